"""glaciermapper:preparescene on the real products, and the imagery algorithms reading its output (and the HLS
stack) with every parameter at its default."""
import os
import shutil
import tarfile

import pytest
from helpers import read_raster, real_data, stack_hls
from osgeo import gdal
from qgis.core import QgsProcessingException

from glacier_mapper.core.choices import choice_index
from glacier_mapper.core.sensors.products.prepare import FORMAT_CHOICES

LANDSAT_ID = "LC08_L2SP_001062_20201031_20201106_02_T2"


def test_prepare_landsat_product_folder(run, tmp_path):
    folder = real_data("products", LANDSAT_ID)
    results, log = run("glaciermapper:preparescene", {"INPUT": folder, "OUTPUT": str(tmp_path / "scene.vrt"),
                                                      "OUTPUT_QA": str(tmp_path / "qa.tif")})
    assert results["OUTPUT"] == str(tmp_path / "scene.vrt")
    assert gdal.Open(results["OUTPUT"]).GetDriver().ShortName == "VRT"
    # a file the user named is the one written, in the format its extension says, whatever FORMAT is
    named, log_tif = run("glaciermapper:preparescene", {"INPUT": folder, "OUTPUT": str(tmp_path / "scene.tif")})
    assert named["OUTPUT"] == str(tmp_path / "scene.tif") and "written as GeoTIFF" in log_tif
    assert gdal.Open(named["OUTPUT"]).GetDriver().ShortName == "GTiff"
    assert not os.path.exists(tmp_path / "scene.vrt.aux.xml")
    assert results["MASKED_SHARE"] == 1.0 and results["PRODUCT_ID"] == LANDSAT_ID
    assert results["SENSOR_KEY"] == "landsat_oli"
    dataset = gdal.Open(results["OUTPUT"])
    assert dataset.RasterCount == 7 and dataset.GetRasterBand(6).GetDescription() == "B6 swir1"
    assert (dataset.GetRasterBand(6).GetScale(), dataset.GetRasterBand(6).GetOffset()) == (2.75e-5, -0.2)
    assert "379 x 386" in log and "7581 x 7731" in log  # the downsampled product: a warning, not a refusal
    assert "Masked: 101440 of 101440 pixels with data (100.00%)" in log
    reasons, _ = read_raster(results["OUTPUT_QA"])
    assert int((reasons == 2).sum()) == 101378


def hls_folder(tmp_path):
    folder = tmp_path / "hls"
    folder.mkdir()
    for n in range(2, 8):
        shutil.copy(os.path.join(real_data("athabasca_hls"), f"athabasca_2020229_B0{n}_L30.tif"),
                    folder / f"HLS.L30.T11UMU.2020229T184845.v2.0.B0{n}.tif")
    return folder


def test_prepared_hls_scene_maps_with_defaults(run, tmp_path):
    results, log = run("glaciermapper:preparescene", {
        "INPUT": str(hls_folder(tmp_path)), "FORMAT": choice_index(FORMAT_CHOICES, "GTiff"),
        "OUTPUT": str(tmp_path / "scene.tif")})
    assert results["OUTPUT"] == str(tmp_path / "scene.tif") and "no Fmask file" in log
    assert gdal.Open(results["OUTPUT"]).GetDriver().ShortName == "GTiff"
    mask_results, mask_log = run("glaciermapper:ndsiglaciermask", {"INPUT": results["OUTPUT"],
                                                                   "OUTPUT_MASK": str(tmp_path / "mask.tif")})
    assert "Sensor: Landsat 8/9 OLI" in mask_log and "scaling HLS (x 1e-4)" in mask_log
    # 30,307 pixels have NDSI >= 0.4 with HLS scaling (tests/unit/test_indices.py); the default water test
    # removes 1,783 of them (dark, NIR-bright pixels at the glacier's margins)
    assert mask_results["GLACIER_PIXELS"] == 28524
    assert "Glacier pixels: 28524 of 42663 valid" in mask_log


def test_hls_stack_default_scaling_is_hls(run, tmp_path):
    # copies: QGIS computes statistics of the layer's first bands, which GDAL stores beside the source files
    folder = tmp_path / "athabasca"
    folder.mkdir()
    for n in range(2, 8):
        shutil.copy(os.path.join(real_data("athabasca_hls"), f"athabasca_2020229_B0{n}_L30.tif"), folder)
    vrt = stack_hls(str(folder), tmp_path / "hls.vrt")
    _, log = run("glaciermapper:ndsiglaciermask", {"INPUT": vrt, "OUTPUT_MASK": str(tmp_path / "mask.tif")})
    assert "Glacier pixels: 28524 of 42663 valid" in log and "WARNING" not in log  # as with HLS scaling given
    # Landsat C2 scaling on HLS values: a loud warning that names the scaling that fits
    _, wrong = run("glaciermapper:ndsiglaciermask", {"INPUT": vrt, "SCALING": 1,
                                                     "OUTPUT_MASK": str(tmp_path / "mask2.tif")})
    assert "WARNING WARNING: with the scaling Landsat Collection 2" in wrong and "fit HLS (x 1e-4)" in wrong


@pytest.mark.parametrize("make, match", [
    (lambda p: p, "holds no product"),
    (lambda p: (p / "a.zip").write_bytes(b"PK\x05\x06" + b"\0" * 18) and p / "a.zip", "not a product"),
])
def test_bad_input_writes_nothing(run, tmp_path, make, match):
    source = tmp_path / "in"
    source.mkdir()
    source = make(source)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(QgsProcessingException, match=match):
        run("glaciermapper:preparescene", {"INPUT": str(source), "OUTPUT": str(out / "scene.vrt")})
    assert os.listdir(out) == []


def test_prepare_scene_through_qgis_process(tmp_path):
    from glacier_mapper.scripts.headless import make_profile, run_algorithm
    env = make_profile(tmp_path / "profile")
    archive = tmp_path / f"{LANDSAT_ID}.tar"
    with tarfile.open(archive, "w") as tar:
        for name in sorted(os.listdir(real_data("products", LANDSAT_ID))):
            tar.add(os.path.join(real_data("products", LANDSAT_ID), name), arcname=name)
    answer = run_algorithm("glaciermapper:preparescene", {"INPUT": str(archive), "OUTPUT": str(tmp_path / "s.vrt")},
                           env)
    dataset = gdal.Open(answer["results"]["OUTPUT"])
    assert dataset.GetMetadataItem("GLACIERMAPPER_PRODUCT_ID") == LANDSAT_ID
    assert dataset.GetRasterBand(3).GetDescription() == "B3 green" and answer["results"]["MASKED_SHARE"] == 1.0
