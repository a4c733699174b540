"""Models that are not what the plugin expects: a static batch, a huge tile, a checkpoint or a folder as the
model file, a card naming an output the network lacks."""
import os

import numpy as np
from helpers import read_raster
from hostile_helpers import scene

from glacier_mapper.core.inference.segment import available_memory, memory_needed

MODELS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models")


def model(name):
    return os.path.join(MODELS, name)


def test_a_static_batch_model_runs_its_last_partial_batch_on_the_cpu(run_ok, tmp_path):
    source = scene(tmp_path / "scene.tif", rows=100, cols=130)
    out = tmp_path / "probability.tif"
    results = run_ok("glaciermapper:segment", {
        "INPUT": source, "MODEL_FILE": model("static_batch.onnx"), "DEVICE": 1, "BATCH_SIZE": 4,
        "OUTPUT_PROBABILITY": str(out), "OUTPUT_MASK": str(tmp_path / "mask.tif")})
    # 3 columns of 64 px tiles per tile row: batches of 2 and 1, the 1 padded to the network's 2
    assert results["TILES_RUN"] == 6 and results["EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    probability, _ = read_raster(out)
    bands = [read_raster(source, band=b)[0].astype(np.float64) * 2.75e-5 - 0.2 for b in (3, 5, 6)]
    logit = 0.1 + sum(w * (x - m) / 0.1 for w, x, m in zip((1.5, -0.5, -1.0), bands, (0.2, 0.25, 0.15)))
    expected = 1 / (1 + np.exp(-logit))
    assert probability.shape == (100, 130) and np.abs(probability - expected).max() < 1e-4


def test_a_huge_tile_is_refused_up_front_with_the_memory_it_needs(refusal, tmp_path):
    source = scene(tmp_path / "scene.tif")
    out = tmp_path / "out"
    out.mkdir()
    # two or three calls in flight: one more than the lanes the idle cores give (1 or 2)
    needed = {calls: memory_needed(100000, 1, 1, 4, 48, calls) for calls in (2, 3)}
    assert min(needed.values()) > 100 * 2 ** 30 and min(needed.values()) > (available_memory() or 0)
    for parameters in ({"MODEL_FILE": model("huge_tile.onnx")},
                       {"MODEL_FILE": model("conv3x3.onnx"), "TILE_SIZE": 100000}):
        message = refusal("glaciermapper:segment", dict(parameters, INPUT=source, DEVICE=1,
                                                         OUTPUT_PROBABILITY=str(out / "p.tif"),
                                                         OUTPUT_MASK=str(out / "m.tif")))
        assert "Tile size 100000 px needs about" in message, message
        assert any(f"{n / 2 ** 30:.1f} GiB" in message for n in needed.values()), message
        assert "The raster is only 48 x 40 px" in message and "MemoryError" not in message
        assert os.listdir(out) == []


def test_a_checkpoint_or_a_folder_as_model_file_says_what_to_give(refusal, tmp_path):
    source = scene(tmp_path / "scene.tif")
    checkpoint = tmp_path / "glacier.pt"
    checkpoint.write_bytes(b"torch weights")
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "glacier.onnx").write_bytes(b"onnx")
    base = {"INPUT": source, "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"),
            "OUTPUT_MASK": str(tmp_path / "m.tif")}
    message = refusal("glaciermapper:segment", dict(base, MODEL_FILE=str(checkpoint)))
    assert "is a PyTorch checkpoint, not an ONNX model" in message and "Train model" in message, message
    assert "Incorrect parameter value" not in message
    message = refusal("glaciermapper:segment", dict(base, MODEL_FILE=str(folder)))
    assert "is a folder. Give the .onnx model file inside it" in message and "glacier.onnx" in message, message
    assert "does not exist" not in message
    assert sorted(os.listdir(tmp_path)) == ["export", "glacier.pt", "scene.tif"]


def test_a_card_naming_an_output_the_network_lacks_is_refused(refusal, tmp_path):
    source = scene(tmp_path / "scene.tif")
    message = refusal("glaciermapper:segment", {
        "INPUT": source, "MODEL_FILE": model("wrong_output_name.onnx"), "DEVICE": 1,
        "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"), "OUTPUT_MASK": str(tmp_path / "m.tif")})
    assert "names the output 'logits'" in message and "network's outputs are: probability" in message, message
    assert not (tmp_path / "p.tif").exists() and not (tmp_path / "m.tif").exists()


def test_accuracy_with_only_a_json_or_only_a_csv_and_none_refused(run_ok, refusal, tmp_path):
    from helpers import write_raster
    truth = np.zeros((1, 40, 48), np.uint8)
    truth[0, 5:25, 5:30] = 1
    prediction = truth.copy()
    prediction[0, 5:25, 25:35] = 1  # 20 x 5 false positives beside 20 x 25 true positives
    reference = write_raster(tmp_path / "reference.tif", truth, nodata=255, epsg=32645)
    predicted = write_raster(tmp_path / "prediction.tif", prediction, nodata=255, epsg=32645)
    base = {"PREDICTION": predicted, "REFERENCE": reference}
    results = run_ok("glaciermapper:assessaccuracy", dict(base, OUTPUT_JSON=str(tmp_path / "m.json")))
    import json
    metrics = json.load(open(tmp_path / "m.json"))
    assert results["OUTPUT_JSON"] == str(tmp_path / "m.json") and "OUTPUT_HTML" not in results
    assert abs(results["IOU"] - 500 / 600) < 1e-4 and json.dumps(metrics).count("0.8333") >= 1
    results = run_ok("glaciermapper:assessaccuracy", dict(base, OUTPUT_CSV=str(tmp_path / "m.csv")))
    assert "iou" in (tmp_path / "m.csv").read_text().splitlines()[0] and abs(results["IOU"] - 500 / 600) < 1e-4
    message = refusal("glaciermapper:assessaccuracy", base)
    assert "No output was asked for" in message and "OUTPUT_JSON" in message, message
    assert sorted(p for p in os.listdir(tmp_path) if not p.endswith(".aux.xml")) == [
        "m.csv", "m.json", "prediction.tif", "reference.tif"]


def test_chips_whose_class_field_never_holds_the_target_are_refused_with_the_values(refusal, run_ok, tmp_path):
    from hostile_helpers import polygons
    from osgeo import ogr

    from glacier_mapper.core.training.chip_export import CHIP_SIZE_CHOICES
    source = scene(tmp_path / "scene.tif", rows=256, cols=256)
    labels = polygons(tmp_path / "labels.gpkg", layers=("labels",))
    dataset = ogr.Open(labels, 1)
    layer = dataset.GetLayer(0)
    for value in (0, 2):  # background and rock: no glacier (1) anywhere
        feature = layer.GetNextFeature() if value == 0 else ogr.Feature(layer.GetLayerDefn())
        feature.SetField("class", value)
        if value == 0:
            layer.SetFeature(feature)
        else:
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                "POLYGON ((481100 5779900, 481600 5779900, 481600 5779400, 481100 5779400, 481100 5779900))"))
            layer.CreateFeature(feature)
    dataset = None
    chip_size = [key for key, _ in CHIP_SIZE_CHOICES].index(128)
    parameters = {"INPUT": source, "LABELS": labels, "LABEL_FIELD": "class", "CHIP_SIZE": chip_size,
                  "MIN_POSITIVE_FRACTION": 0.0, "OUTPUT": str(tmp_path / "chips")}
    message = refusal("glaciermapper:exportchips", parameters)
    assert "No polygon of the label layer" in message and "class = 1" in message, message
    assert "The values of 'class' are: 0, 2" in message
    assert not (tmp_path / "chips").exists() and not [n for n in os.listdir(tmp_path) if n.startswith(".")]
