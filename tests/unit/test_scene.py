"""The Scene: band roles from descriptions, overrides and stack positions, lazy band errors, the log line,
scene warnings, pixel size, acquisition date, sun position and TOA scaling from a real Landsat MTL file."""
import datetime
import glob
import os

import numpy as np
import pytest
from helpers import real_data, stack_hls, write_raster

from glacier_mapper.core.errors import BandError, InputError
from glacier_mapper.core.sensors.band_stack import stack_band_files
from glacier_mapper.core.sensors.bands import Scaling
from glacier_mapper.core.sensors.scene import BY_DESCRIPTION, BY_OVERRIDE, BY_POSITION, Scene, no_crs_warning


def undescribed(tmp_path, bands, name="stack.tif", **kwargs):
    return write_raster(tmp_path / name, np.full((bands, 6, 5), 1000, np.uint16), **kwargs)


def test_athabasca_hls_roles_come_from_the_band_descriptions(tmp_path):
    vrt = stack_hls(real_data("athabasca_hls"), tmp_path / "hls.vrt")
    scene = Scene.from_raster(vrt, scaling="hls")
    assert scene.band_count == 6
    assert scene.descriptions == ("B2", "B3", "B4", "B5", "B6", "B7")
    assert scene.bands_for(["green", "swir1", "nir", "blue", "red", "swir2"]) == {
        "green": 2, "swir1": 5, "nir": 4, "blue": 1, "red": 3, "swir2": 6}
    assert {scene.role_evidence[r] for r in ("green", "swir1", "nir")} == {BY_DESCRIPTION}
    assert scene.describe_bands(["green", "swir1"]) == "Green = band 2 (B3), SWIR1 = band 5 (B6); scaling HLS (x 1e-4)"
    # HLS has no coastal band: the scene is still made, the error comes when a function asks for it
    with pytest.raises(BandError, match="do not include the Coastal band"):
        scene.bands_for(["green", "coastal"])
    assert "Coastal = not found" in scene.describe_bands(["coastal"])
    assert scene.describe_bands([]) == "scaling HLS (x 1e-4)"  # e.g. a model without a readable card
    assert scene.warnings == ()  # described bands: nothing was assumed; UTM: the CRS is there
    assert scene.nodata == (-9999.0,) * 6
    assert scene.pixel_size_m == pytest.approx((30.0, 30.0)) and scene.resolution_m == pytest.approx(30.0)
    assert (scene.scaling.scale, scene.scaling.offset) == (1e-4, 0.0)
    assert scene.acquisition_date is None and scene.sun_elevation is None and scene.sun_azimuth is None


def test_overrides_win_and_bad_ones_fail_only_when_asked(tmp_path):
    path = undescribed(tmp_path, 7)
    scene = Scene.from_raster(path, band_overrides={"green": 2, "nir": 9, "swir1": None})
    assert scene.bands_for(["green", "swir1"]) == {"green": 2, "swir1": 6}
    assert (scene.role_evidence["green"], scene.role_evidence["swir1"]) == (BY_OVERRIDE, BY_POSITION)
    assert scene.band_overrides == {"green": 2, "nir": 9}
    with pytest.raises(BandError, match="NIR band index 9 is out of range"):
        scene.bands_for(["nir"])
    assert scene.describe_bands(["green", "swir1", "nir"]) == (
        "Green = band 2 (set by hand), SWIR1 = band 6 (B6 by stack position), NIR = not found; "
        "scaling Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)")
    # an override the band's own description contradicts is refused, as resolve_bands does
    described = write_raster(tmp_path / "described.tif", np.zeros((3, 4, 4), np.float32),
                             descriptions=["SR_B6", "SR_B5", "SR_B3"])
    with pytest.raises(BandError, match="described as 'SR_B6'"):
        Scene.from_raster(described, band_overrides={"green": 1}).bands_for(["green"])


def test_missing_role_is_an_error_only_for_the_function_that_needs_it(tmp_path):
    path = undescribed(tmp_path, 4)
    scene = Scene.from_raster(path)
    assert scene.bands_for(["green", "red"]) == {"green": 3, "red": 4}
    with pytest.raises(BandError, match=r"4 band\(s\).*SWIR1 \(B6\) would be band 6"):
        scene.bands_for(["green", "swir1"])
    with pytest.raises(BandError, match="Unknown spectral role 'thermal'"):
        scene.bands_for(["thermal"])


def test_undescribed_six_band_stack_read_as_oli_warns_that_positions_were_assumed(tmp_path):
    scene = Scene.from_raster(undescribed(tmp_path, 6))
    assert len(scene.warnings) == 1
    warning = scene.warnings[0]
    assert "6 band(s)" in warning and "Landsat 8/9 OLI preset stacks 7" in warning
    assert "positions were assumed" in warning and "Green = band 3" in warning and "SWIR1 = band 6" in warning
    assert scene.bands_for(["green", "swir1"]) == {"green": 3, "swir1": 6}  # assumed, as the warning says
    # the same stack read as TM (6 bands B1-B5, B7), a full OLI stack, and an HLS stack with descriptions: no warning
    assert Scene.from_raster(undescribed(tmp_path, 6, "tm.tif"), sensor="landsat_tm").warnings == ()
    assert Scene.from_raster(undescribed(tmp_path, 7, "oli.tif")).warnings == ()
    named = undescribed(tmp_path, 6, "named.tif", descriptions=["B02", "B03", "B04", "B05", "B06", "B07"])
    assert Scene.from_raster(named).warnings == ()
    # every role set by hand: nothing assumed, nothing to warn about
    all_set = {r: i for i, r in enumerate(("coastal", "blue", "green", "red", "nir", "swir1"), start=1)}
    assert Scene.from_raster(undescribed(tmp_path, 6, "set.tif"), band_overrides=all_set).warnings == ()


def test_raster_without_crs_has_exactly_one_warning(tmp_path):
    path = undescribed(tmp_path, 7, "nocrs.tif", epsg=None)
    scene = Scene.from_raster(path)
    assert scene.warnings == (no_crs_warning(path),)
    assert "no coordinate reference system" in scene.warnings[0] and path in scene.warnings[0]
    assert not scene.has_crs and scene.pixel_size_m == (30.0, 30.0)  # the geotransform's own units


def test_scaling_given_ready_or_by_preset_with_overrides(tmp_path):
    path = undescribed(tmp_path, 7)
    ready = Scaling(0.5, 0.1, label="custom")
    assert Scene.from_raster(path, scaling=ready).scaling is ready
    scene = Scene.from_raster(path, scaling="hls", offset=0.05)
    assert scene.scaling.for_band(3) == (1e-4, 0.05)
    assert scene.describe_bands(["green"]).endswith("; scaling hls: x0.0001 +0.05")  # changed preset: its numbers
    with pytest.raises(BandError, match="Unknown reflectance scaling"):
        Scene.from_raster(path, scaling="dn")
    with pytest.raises(BandError, match="Unknown sensor"):
        Scene.from_raster(path, sensor="modis")
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    with pytest.raises(InputError, match="not a raster"):
        Scene.from_raster(str(text))


def test_landsat_level1_with_mtl_gives_toa_scaling_date_and_sun(tmp_path):
    folder = real_data("landsat8_l1_sattestdata")
    files = [os.path.join(folder, f"l8_B{i}.tif") for i in range(1, 8)]
    vrt = stack_band_files(files, tmp_path / "l8.vrt")
    mtl = glob.glob(os.path.join(folder, "*_MTL.txt"))[0]
    scene = Scene.from_raster(vrt, scaling="landsat_toa_mtl", mtl_path=mtl)
    assert scene.acquisition_date == datetime.date(2015, 8, 4)
    assert scene.acquisition_date_source == "DATE_ACQUIRED of the MTL file"
    assert scene.sun_azimuth == pytest.approx(115.87210674) and scene.sun_elevation == pytest.approx(64.74360932)
    sin_elevation = np.sin(np.radians(64.74360932))
    scale, offset = scene.scaling.for_band(scene.bands_for(["green"])["green"])
    assert scale == pytest.approx(2.0e-5 / sin_elevation) and offset == pytest.approx(-0.1 / sin_elevation)
    assert scene.describe_bands(["green"]).startswith("Green = band 3 (B3); scaling landsat_toa_mtl: band 1: x")
    assert scene.warnings == () and scene.resolution_m == pytest.approx(30.0)


def test_hls_sun_angles_and_date_from_metadata_and_product_name(tmp_path):
    path = write_raster(tmp_path / "HLS.L30.T11UNT.2020229T184845.v2.0.B03.tif", np.ones((1, 4, 4), np.int16),
                        descriptions=["B03"])
    from osgeo import gdal
    dataset = gdal.Open(path, gdal.GA_Update)
    dataset.SetMetadata({"MEAN_SUN_AZIMUTH_ANGLE": "152.5", "MEAN_SUN_ZENITH_ANGLE": "37.25"})
    dataset = None
    scene = Scene.from_raster(path, scaling="hls")
    assert scene.acquisition_date == datetime.date(2020, 8, 16)  # day 229
    assert (scene.sun_azimuth, scene.sun_elevation) == (152.5, 52.75)
    assert scene.bands_for(["green"]) == {"green": 1}
