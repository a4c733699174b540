"""glaciermapper:segment through processing.run and qgis_process, with the committed test models."""
import os
import re

import pytest
from helpers import PLUGIN_ROOT, option, read_raster, real_data, stack_hls
from osgeo import gdal
from qgis.core import QgsProcessingException

from glacier_mapper.core.inference.catalog import PRECISION_CHOICES
from glacier_mapper.core.inference.onnx_session import DEVICE_CHOICES
from glacier_mapper.core.sensors.scaling import SCALING_CHOICES
from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES
from glacier_mapper.scripts.headless import make_profile, run_algorithm

HLS_SCALING = option(SCALING_CHOICES, "hls")  # x 1e-4

NDSI_MODEL = os.path.join(PLUGIN_ROOT, "tests", "models", "ndsi_sigmoid.onnx")


@pytest.fixture(scope="module")
def hls(tmp_path_factory):
    folder = os.path.dirname(real_data("athabasca_hls", "athabasca_2020229_B03_L30.tif"))
    return stack_hls(folder, tmp_path_factory.mktemp("hls") / "hls.vrt")


def test_segment_equals_the_ndsi_mask_on_real_data(run, hls, tmp_path):
    common = {"INPUT": hls, "SCALING": HLS_SCALING}
    segmented, log = run("glaciermapper:segment", dict(
        common, MODEL_FILE=NDSI_MODEL, TILE_SIZE=64, OVERLAP=16, OUTPUT_PROBABILITY=str(tmp_path / "p.tif"),
        OUTPUT_MASK=str(tmp_path / "m.tif"), OUTPUT_CONFIDENCE=str(tmp_path / "c.tif")))
    # the NDSI model is NDSI >= 0.4 alone: compare it with the mask without the water test
    thresholded, _ = run("glaciermapper:ndsiglaciermask", dict(common, THRESHOLD=0.4,
                                                               WATER_TEST=option(WATER_TEST_CHOICES, "none"),
                                                               OUTPUT_MASK=str(tmp_path / "ndsi_mask.tif")))
    model_mask, _ = read_raster(segmented["OUTPUT_MASK"])
    ndsi_mask, _ = read_raster(thresholded["OUTPUT_MASK"])
    assert (model_mask == 255).sum() == (ndsi_mask == 255).sum() > 0
    assert (model_mask == ndsi_mask).all()
    assert segmented["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert "Execution provider: CPUExecutionProvider" in log
    # how the idle cores were split between concurrent network calls and their threads
    calls, threads = map(int, re.search(r"CPU: (\d+) network calls at once, (\d+) onnxruntime thread", log).groups())
    assert 1 <= calls <= 2 and 1 <= calls * threads <= os.cpu_count()
    # the bands the model reads, found from the stack's descriptions, in one line with the scaling
    assert "Sensor: Landsat 8/9 OLI; Green = band 2 (B3), SWIR1 = band 5 (B6); scaling HLS (x 1e-4)" in log
    metadata = gdal.Open(segmented["OUTPUT_PROBABILITY"]).GetMetadata()
    assert metadata["GLACIERMAPPER_EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    confidence, nodata = read_raster(segmented["OUTPUT_CONFIDENCE"])
    valid = confidence != nodata
    assert 0.0 <= confidence[valid].min() and confidence[valid].max() <= 1.0


def test_cuda_request_falls_back_with_a_reason(run, hls, tmp_path):
    results, log = run("glaciermapper:segment", {
        "INPUT": hls, "SCALING": HLS_SCALING, "MODEL_FILE": NDSI_MODEL, "DEVICE": option(DEVICE_CHOICES, "cuda"),
        "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"), "OUTPUT_MASK": str(tmp_path / "m.tif")})
    assert results["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert "WARNING" in log and "CUDA" in log
    notes = [line for line in log.splitlines() if line.startswith("WARNING CUDA not used: ")]
    assert len(notes) == 1  # the engine's warning and the provider note are one message, logged once


def test_model_without_card_is_refused(run, hls, tmp_path):
    with pytest.raises(QgsProcessingException, match="model card"):
        run("glaciermapper:segment", {"INPUT": hls, "MODEL_FILE": os.path.join(PLUGIN_ROOT, "tests", "models",
                                                                               "no_card.onnx"),
                                      "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"),
                                      "OUTPUT_MASK": str(tmp_path / "m.tif")})
    assert os.listdir(tmp_path) == []


def test_segment_through_qgis_process(hls, tmp_path):
    env = make_profile(tmp_path / "profile")
    answer = run_algorithm("glaciermapper:segment", {
        "INPUT": hls, "SCALING": HLS_SCALING, "MODEL_FILE": NDSI_MODEL, "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"),
        "OUTPUT_MASK": str(tmp_path / "m.tif")}, env)
    mask, _ = read_raster(answer["results"]["OUTPUT_MASK"])
    assert answer["results"]["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert int((mask == 1).sum()) == int(MEASURED_GLACIER_PIXELS)


# NDSI > 0.4 on the Athabasca HLS scene, as measured (icefield and tongue)
MEASURED_GLACIER_PIXELS = 30307


def test_int8_precision_runs_the_variant_and_logs_it(run, hls, tmp_path):
    model = os.path.join(PLUGIN_ROOT, "models", "glacier_unet.onnx")
    masks = {}
    for precision in ("fp32", "int8"):
        results, log = run("glaciermapper:segment", {
            "INPUT": hls, "SCALING": HLS_SCALING, "MODEL_FILE": model, "DEVICE": option(DEVICE_CHOICES, "cpu"),
            "PRECISION": option(PRECISION_CHOICES, precision),
            "OUTPUT_PROBABILITY": str(tmp_path / f"{precision}_p.tif"),
            "OUTPUT_MASK": str(tmp_path / f"{precision}_m.tif")})
        ran = model if precision == "fp32" else model[:-len(".onnx")] + ".int8.onnx"
        assert f"Precision: {precision} ({ran})" in log
        metadata = gdal.Open(results["OUTPUT_MASK"]).GetMetadata()
        assert metadata["GLACIERMAPPER_MODEL_NAME"].endswith(" (int8)") == (precision == "int8")
        masks[precision] = read_raster(results["OUTPUT_MASK"])[0]
    valid = masks["fp32"] != 255
    flips = (masks["fp32"] != masks["int8"])[valid].mean()
    assert flips < 0.015  # 0.68 % of the Athabasca HLS pixels change class (the int8 card's figure)
    assert (masks["int8"] == 1).sum() > 0.9 * (masks["fp32"] == 1).sum() > 0
    with pytest.raises(QgsProcessingException, match=r"no int8 variant.*precision fp32"):
        run("glaciermapper:segment", {
            "INPUT": hls, "SCALING": HLS_SCALING, "MODEL_FILE": NDSI_MODEL,
            "PRECISION": option(PRECISION_CHOICES, "int8"), "OUTPUT_PROBABILITY": str(tmp_path / "none_p.tif"),
            "OUTPUT_MASK": str(tmp_path / "none_m.tif")})
    assert not any(name.startswith("none") for name in os.listdir(tmp_path))
