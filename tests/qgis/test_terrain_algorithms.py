"""The DEM and sun parameters of the threshold masks, through processing.run on the real Athabasca scene."""
import datetime
import os

from helpers import option, real_data, stack_hls

from glacier_mapper.core.sensors.scaling import SCALING_CHOICES
from glacier_mapper.core.spectral.terrain import solar_position

HLS_SCALING = option(SCALING_CHOICES, "hls")
# the HLS files hold no sun angles: 2020-08-16 19:00 UTC at 52.2 N, 117.25 W (test_terrain.py)
AZIMUTH, ELEVATION = solar_position(datetime.datetime(2020, 8, 16, 19, 0), 52.2, -117.25)


def athabasca(tmp_path):
    folder = real_data("athabasca_hls")
    return stack_hls(folder, tmp_path / "hls.vrt"), os.path.join(folder, "athabasca_dem.tif")


def test_lake_mask_with_dem_and_sun(run, tmp_path):
    vrt, dem = athabasca(tmp_path)
    common = {"INPUT": vrt, "SCALING": HLS_SCALING}
    plain, _ = run("glaciermapper:ndwilakemask", dict(common, OUTPUT_MASK=str(tmp_path / "plain.tif")))
    with_dem, log = run("glaciermapper:ndwilakemask", dict(common, DEM=dem, SUN_AZIMUTH=AZIMUTH,
                                                           SUN_ELEVATION=ELEVATION,
                                                           OUTPUT_MASK=str(tmp_path / "dem.tif")))
    # measured as in tests/unit/test_terrain.py: steep slopes and DEM shadows remove most water-like pixels
    assert (plain["LAKE_PIXELS"], with_dem["LAKE_PIXELS"]) == (1315, 310)
    assert "Excluded as steep: 19395 pixels" in log and "Excluded as terrain_shadow: 1178 pixels" in log
    assert "Sun azimuth 159.59, elevation 49.93" in log


def test_glacier_mask_counts_glacier_in_shadow_and_says_when_the_sun_is_unknown(run, tmp_path):
    vrt, dem = athabasca(tmp_path)
    common = {"INPUT": vrt, "SCALING": HLS_SCALING, "DEM": dem}
    known, _ = run("glaciermapper:ndsiglaciermask", dict(common, SUN_AZIMUTH=AZIMUTH, SUN_ELEVATION=ELEVATION,
                                                         OUTPUT_MASK=str(tmp_path / "g.tif")))
    assert (known["GLACIER_PIXELS"], known["GLACIER_PIXELS_IN_SHADOW"]) == (28524, 166)
    unknown, log = run("glaciermapper:ndsiglaciermask", dict(common, OUTPUT_MASK=str(tmp_path / "u.tif")))
    assert "sun position is not known" in log
    assert unknown["GLACIER_PIXELS_IN_SHADOW"] == 0 and unknown["GLACIER_PIXELS"] == 28524
