"""The bundled models (models/*.onnx): their cards, and glaciermapper:segment on a generated scene and on the
real Athabasca HLS scene, scored as scripts/build_models scored them when it built them.

The expected numbers are those the build measured and wrote to models/evaluation.json (CPU inference is
deterministic, so the same model gives the same mask); rebuilding the models rewrites them.
"""
import json
import os

import numpy as np
import pytest
from helpers import PLUGIN_ROOT, option, read_raster, real_data, stack_hls
from osgeo import gdal, ogr, osr
from qgis.core import QgsProcessingException

from glacier_mapper.core.inference.catalog import BUNDLED_DIR, list_models
from glacier_mapper.core.inference.model_card import read_card, validate_card
from glacier_mapper.core.inference.onnx_session import DEVICE_CHOICES
from glacier_mapper.core.sample_scene import CLASS_CODES, Randomisation, generate_scene
from glacier_mapper.core.sensors.scaling import SCALING_CHOICES
from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES

MODELS_DIR = os.path.join(PLUGIN_ROOT, "models")
with open(os.path.join(MODELS_DIR, "evaluation.json"), encoding="utf-8") as _handle:
    EVALUATION = json.load(_handle)
NAMES = tuple(sorted(EVALUATION["models"]))  # every model the build evaluated
MAX_FILE_BYTES = 10 ** 7  # the depth-5 glacier Deep U-Nets are 7.8 MB; the plugin zip stays small
TOLERANCE = 0.01  # on Kappa and IoU
HLS_SCALING = option(SCALING_CHOICES, "hls")
MAX_ATHABASCA_LAKE_SHARE = 0.02


def model_path(name):
    return os.path.join(MODELS_DIR, name + ".onnx")


def scores(run, prediction, folder, **reference):
    results, _ = run("glaciermapper:assessaccuracy", dict(
        {"PREDICTION": prediction, "OUTPUT_HTML": str(folder / f"report_{len(os.listdir(folder))}.html")},
        **reference))
    return results


def segment(run, raster, name, folder, **extra):
    results, log = run("glaciermapper:segment", dict(
        {"INPUT": raster, "MODEL_FILE": model_path(name), "DEVICE": option(DEVICE_CHOICES, "cpu"),
         "OUTPUT_PROBABILITY": str(folder / f"{name}_p.tif"), "OUTPUT_MASK": str(folder / f"{name}_m.tif")}, **extra))
    return results, log


@pytest.fixture(scope="module")
def test_scenes(tmp_path_factory):
    """The generated test scene of a model (its sensor's), each made once: name -> SampleScene."""
    made = {}

    def scene_of(name):
        recipe = EVALUATION["models"][name].get("scenes", {}).get("test_scene", EVALUATION["scenes"]["test_scene"])
        key = json.dumps(recipe, sort_keys=True)
        if key not in made:
            assert recipe["seed"] not in {s["seed"] for s in EVALUATION["scenes"]["training"]}
            randomise = (Randomisation(sensor=recipe["sensor"], atmosphere=recipe["atmosphere"],
                                       mosaic=recipe["mosaic"]) if recipe["randomised"] else None)
            made[key] = generate_scene(tmp_path_factory.mktemp("scene"), width=recipe["size"],
                                       height=recipe["size"], seed=recipe["seed"],
                                       years_later=recipe["years_later"], sun_azimuth=recipe["sun_azimuth"],
                                       sun_elevation=recipe["sun_elevation"], pixel_size=recipe["pixel_size"],
                                       nodata_border=recipe["nodata_border"], randomise=randomise)
        return made[key]
    return scene_of


@pytest.fixture(scope="module")
def athabasca(tmp_path_factory):
    """(HLS stack, the 1984 outline, a polygon of the outline's bounding box)."""
    outline = real_data("athabasca_hls", "athabasca_outline.shp")
    folder = tmp_path_factory.mktemp("athabasca")
    vrt = stack_hls(os.path.dirname(outline), folder / "hls.vrt")
    source = ogr.Open(outline)
    layer = source.GetLayer()
    x0, x1, y0, y1 = layer.GetExtent()
    srs = osr.SpatialReference(layer.GetSpatialRef().ExportToWkt())
    bbox = str(folder / "bbox.gpkg")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(bbox)
    box_layer = target.CreateLayer("bbox", srs, ogr.wkbPolygon)
    feature = ogr.Feature(box_layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
    box_layer.CreateFeature(feature)
    target = source = None
    return vrt, outline, bbox


def test_every_bundled_model_keeps_the_contract_and_is_listed():
    listed = {os.path.basename(path) for _, path in list_models([BUNDLED_DIR])}
    assert listed == {name + ".onnx" for name in NAMES}  # no bundled model without its evaluation
    for name in NAMES:
        path, entry = model_path(name), EVALUATION["models"][name]
        card = read_card(path)
        validate_card(card, len(entry["channels"]))
        assert os.path.basename(path) in listed
        assert card.name == entry["title"] and card.target == entry["target"]
        assert list(card.input.bands) + list(card.input.derived) == entry["channels"]
        assert card.architecture.name == entry["arch"]
        assert card.provenance["metrics"]["val_iou"] == pytest.approx(entry["training"]["val_iou"], abs=1e-4)
        assert "simulated scenes" in card.description
        for suffix in (".onnx", ".pt"):
            size = os.path.getsize(os.path.join(MODELS_DIR, name + suffix))
            assert 0 < size < MAX_FILE_BYTES, f"{name}{suffix} is {size} bytes"
        assert os.path.isfile(os.path.join(MODELS_DIR, f"{name}.MODEL_CARD.md"))


@pytest.mark.parametrize("name", NAMES)
def test_model_on_a_generated_scene_beats_the_threshold_method(run, test_scenes, tmp_path, name):
    entry, scene = EVALUATION["models"][name], test_scenes(name)
    glacier = entry["target"] == "glacier"
    truth = scene.glacier_truth if glacier else scene.lake_truth
    results, log = segment(run, scene.scene, name, tmp_path)
    assert results["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    model = scores(run, results["OUTPUT_MASK"], tmp_path, REFERENCE=truth)
    expected = entry["test_scene"]
    assert model["KAPPA"] == pytest.approx(expected["kappa"], abs=TOLERANCE)
    assert model["IOU"] == pytest.approx(expected["iou"], abs=TOLERANCE)
    assert scores(run, results["OUTPUT_PROBABILITY"], tmp_path, REFERENCE=truth)["AUC"] == pytest.approx(
        expected["auc"], abs=TOLERANCE)
    method, parameters = (("glaciermapper:ndsiglaciermask", {}) if glacier else ("glaciermapper:ndwilakemask", {}))
    threshold, _ = run(method, dict({"INPUT": scene.scene, "OUTPUT_MASK": str(tmp_path / "threshold.tif")},
                                    **parameters))
    if not glacier:
        # Rivers are water that the lake truth calls land; the lake models learn nothing of them (their river
        # pixels are left out of the training loss), so both methods are compared without them.
        truth = without_rivers(scene, tmp_path / "lake_truth_without_rivers.tif")
        model = scores(run, results["OUTPUT_MASK"], tmp_path, REFERENCE=truth)
    baseline = scores(run, threshold["OUTPUT_MASK"], tmp_path, REFERENCE=truth)
    # trained on randomised scenes, the models still beat the threshold method on the fixed-spectra scene they
    # never saw (measured IoU and Kappa margins 0.021-0.034 for the glacier models; without the rivers 0.015 and
    # 0.010 for the B1-B7 lake model, 0.060 and 0.041 for the three-band lake model)
    assert model["IOU"] > baseline["IOU"] + 0.005
    assert model["KAPPA"] > baseline["KAPPA"] + 0.005


def without_rivers(scene, path):
    """The scene's lake truth with its river pixels as nodata (255)."""
    truth, classes = read_raster(scene.lake_truth)[0], read_raster(scene.classes)[0]
    source = gdal.Open(scene.lake_truth)
    copy = gdal.GetDriverByName("GTiff").CreateCopy(str(path), source)
    copy.GetRasterBand(1).WriteArray(np.where(classes == CLASS_CODES["river"], 255, truth).astype(np.uint8))
    copy = source = None
    return str(path)


@pytest.mark.parametrize("name", [n for n in NAMES if EVALUATION["models"][n]["target"] == "glacier"])
def test_glacier_model_on_athabasca_as_measured(run, athabasca, tmp_path, name):
    vrt, outline, bbox = athabasca
    results, _ = segment(run, vrt, name, tmp_path, SCALING=HLS_SCALING)
    measured = scores(run, results["OUTPUT_MASK"], tmp_path, REFERENCE_VECTOR=outline, AOI=bbox)
    expected = EVALUATION["models"][name]["athabasca"]
    assert measured["KAPPA"] == pytest.approx(expected["kappa"], abs=TOLERANCE)
    assert measured["IOU"] == pytest.approx(expected["iou"], abs=TOLERANCE)
    mask, _ = read_raster(results["OUTPUT_MASK"])
    assert int((mask == 1).sum()) == pytest.approx(expected["scene_pixels_target"], rel=0.01)
    # the NDSI method at its defaults scored the same way, as the model card reports it: its water test (by
    # spectrum) removes the meltwater on and at the tongue, which without it counts as glacier (Kappa 0.3651)
    default, _ = run("glaciermapper:ndsiglaciermask", {"INPUT": vrt, "SCALING": HLS_SCALING,
                                                        "OUTPUT_MASK": str(tmp_path / "default.tif")})
    default_scores = scores(run, default["OUTPUT_MASK"], tmp_path, REFERENCE_VECTOR=outline, AOI=bbox)
    assert default_scores["KAPPA"] == pytest.approx(EVALUATION["baselines"]["athabasca"]["ndsi"]["kappa"], abs=1e-4)
    assert default_scores["KAPPA"] == pytest.approx(0.4085, abs=1e-4)
    ndsi, _ = run("glaciermapper:ndsiglaciermask", {"INPUT": vrt, "SCALING": HLS_SCALING,
                                                     "WATER_TEST": option(WATER_TEST_CHOICES, "none"),
                                                     "OUTPUT_MASK": str(tmp_path / "ndsi.tif")})
    ndsi_scores = scores(run, ndsi["OUTPUT_MASK"], tmp_path, REFERENCE_VECTOR=outline, AOI=bbox)
    assert ndsi_scores["KAPPA"] == pytest.approx(0.3651, abs=1e-4)


def test_lake_model_on_athabasca_as_measured(run, athabasca, tmp_path):
    vrt, _, _ = athabasca
    results, _ = segment(run, vrt, "lake_attention_unet", tmp_path, SCALING=HLS_SCALING)
    expected = EVALUATION["models"]["lake_attention_unet"]["athabasca"]
    mask, _ = read_raster(results["OUTPUT_MASK"])
    lake, valid = int((mask == 1).sum()), int((mask != 255).sum())
    assert valid == expected["scene_pixels_valid"]
    assert lake == pytest.approx(expected["scene_pixels_target"], rel=0.02, abs=5)
    # Trained without darkened chips, the model took the scene's deep shadows for lakes: a tenth of it.
    assert lake < MAX_ATHABASCA_LAKE_SHARE * valid


def test_all_band_lake_model_needs_the_coastal_band(run, athabasca, tmp_path):
    vrt, _, _ = athabasca  # HLS L30 files here hold B02..B07: no coastal band
    with pytest.raises(QgsProcessingException, match="Coastal"):
        segment(run, vrt, "lake_attention_unet_b1_b7", tmp_path, SCALING=HLS_SCALING)
    assert not EVALUATION["models"]["lake_attention_unet_b1_b7"]["athabasca"]["applicable"]
