import pytest

from glacier_mapper.core.errors import BandError
from glacier_mapper.core.sensors import bands


def test_hls_stack_starting_at_b2_maps_by_description():
    found = bands.resolve_bands(["green", "swir1", "nir"], 6, ["B02", "B03", "B04", "B05", "B06", "B07"])
    assert found == {"green": 2, "swir1": 5, "nir": 4}


def test_positions_from_preset_without_descriptions():
    assert bands.resolve_bands(["green", "swir1"], 7, []) == {"green": 3, "swir1": 6}
    assert bands.resolve_bands(["green", "swir1"], 6, [], "landsat_tm") == {"green": 2, "swir1": 5}
    assert bands.resolve_bands(["nir", "swir1"], 12, [], "sentinel2") == {"nir": 8, "swir1": 11}


@pytest.mark.parametrize("text,expected", [
    ("B3", ("band", "B3")), ("B03", ("band", "B3")), ("SR_B3", ("band", "B3")), ("green", ("role", "green")),
    ("Band 6", ("band", "B6")), ("athabasca_2020229_B03_L30", ("band", "B3")), ("B8A", ("band", "B8A")),
    ("SWIR 1", ("role", "swir1")), ("", None), ("elevation", None)])
def test_description_forms(text, expected):
    assert bands.parse_description(text) == expected


def test_too_few_bands_names_the_missing_band():
    with pytest.raises(BandError, match=r"4 band\(s\).*SWIR1 \(B6\) would be band 6"):
        bands.resolve_bands(["green", "swir1"], 4, [])


def test_override_out_of_range():
    with pytest.raises(BandError, match="index 9 is out of range"):
        bands.resolve_bands(["green"], 7, [], overrides={"green": 9})


def test_override_contradicted_by_description():
    with pytest.raises(BandError, match="described as 'B6'"):
        bands.resolve_bands(["green"], 7, ["B1", "B2", "B6", "B4", "B5", "B3", "B7"], overrides={"green": 3})


def test_descriptions_from_another_sensor():
    s2 = ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12"]
    with pytest.raises(BandError, match="another sensor"):
        bands.resolve_bands(["green", "swir1"], 12, s2, "landsat_oli")
    assert bands.resolve_bands(["green", "swir1"], 12, s2, "sentinel2") == {"green": 3, "swir1": 11}


def test_scaling_presets():
    c2 = bands.scaling_from_preset("landsat_c2l2")
    assert c2.for_band(3) == (2.75e-5, -0.2)
    assert bands.scaling_from_preset("hls", offset=0.05).for_band(1) == (1e-4, 0.05)
    with pytest.raises(BandError, match="MTL"):
        bands.scaling_from_preset("landsat_toa_mtl")
