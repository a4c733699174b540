"""End to end through qgis_process (Debian: qgis_process.bin) with the plugin enabled from a temporary profile."""
import numpy as np
import pytest
from helpers import option, read_raster
from test_threshold_algorithms import seven_band_scene

from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES
from glacier_mapper.core.spectral.indices import INDEX_CHOICES
from glacier_mapper.scripts.headless import QGIS_PROCESS, make_profile, run_algorithm


@pytest.fixture(scope="module")
def profile_env(tmp_path_factory):
    return make_profile(tmp_path_factory.mktemp("qgis_profile"))


def test_glacier_mask_through_qgis_process(profile_env, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene with spaces.tif")
    answer = run_algorithm("glaciermapper:ndsiglaciermask", {
        "INPUT": str(scene), "AUTO_THRESHOLD": "true", "WATER_TEST": option(WATER_TEST_CHOICES, "nir"),
        "OUTPUT_MASK": str(tmp_path / "mask.tif")}, profile_env)
    mask, _ = read_raster(answer["results"]["OUTPUT_MASK"])
    assert (mask == 1).sum() == 60 * 40 - 100
    assert answer["results"]["GLACIER_PIXELS"] == 60 * 40 - 100
    assert -0.2 < answer["results"]["THRESHOLD_USED"] < 0.8


def test_every_algorithm_is_listed(profile_env):
    import subprocess
    listing = subprocess.run([QGIS_PROCESS, "list"], env=profile_env, capture_output=True, text=True).stdout
    for name in ("spectralindex", "ndsiglaciermask", "ndwilakemask"):
        assert f"glaciermapper:{name}" in listing


def test_spectral_index_through_qgis_process(profile_env, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    answer = run_algorithm("glaciermapper:spectralindex", {
        "INPUT": str(scene), "INDEX": option(INDEX_CHOICES, "ndwi"), "OUTPUT": str(tmp_path / "ndwi.tif")}, profile_env)
    values, nodata = read_raster(answer["results"]["OUTPUT"])
    assert nodata == -9999 and (values == nodata).sum() == 100
    assert np.nanmax(values[values != nodata]) <= 1.0
