"""The model card contract: parsing, validation messages naming the key, reading the card from .onnx files."""
import copy
import json
import os
import subprocess
import sys

import onnxruntime as ort
import pytest

from glacier_mapper.core.errors import ModelContractError
from glacier_mapper.core.inference import model_card as mc

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODELS = os.path.join(PLUGIN_ROOT, "tests", "models")

EXAMPLE = {
    "schema": "glaciermapper-model-card/1",
    "name": "glacier-unet-swir1-nir-blue",
    "description": "free text",
    "task": "segmentation",
    "target": "glacier",
    "classes": [{"value": 0, "name": "background", "color": "#00000000"},
                {"value": 1, "name": "glacier", "color": "#bfe6ff"}],
    "sensor": "landsat_oli",
    "input": {
        "bands": ["SWIR1", "NIR", "Blue"],
        "derived": ["NDSI"],
        "reflectance": {"preset": "landsat_c2l2", "scale": 2.75e-5, "offset": -0.2},
        "normalization": {"kind": "meanstd", "mean": [0.1, 0.2, 0.05, 0.3], "std": [0.1, 0.1, 0.05, 0.4]},
        "nodata": "fill_mean_then_mask",
        "layout": "NCHW", "name": "input"},
    "resolution_m": 30,
    "tile": {"size": 256, "overlap": 64},
    "output": {"kind": "sigmoid", "threshold": 0.5, "name": "probability"},
    "architecture": {"name": "unet", "in_channels": 4, "base_width": 32, "depth": 4},
    "provenance": {"trainer_version": "0.1.0", "created": "2026-11-21T08:00:00Z", "epochs": 30,
                   "metrics": {"val_iou": 0.81}},
}


def example(**changes):
    data = copy.deepcopy(EXAMPLE)
    for dotted, value in changes.items():
        node = data
        *parents, last = dotted.split("__")
        for part in parents:
            node = node[part]
        if value is None:
            del node[last]
        else:
            node[last] = value
    return data


def test_example_card_parses_and_round_trips():
    card = mc.parse_card(json.dumps(EXAMPLE))
    assert card.input.band_roles == ["swir1", "nir", "blue"]
    assert card.channels == 4
    assert card.target_value == 1
    assert card.architecture.size_multiple == 16
    assert card.provenance["metrics"]["val_iou"] == 0.81
    again = mc.parse_card(mc.card_to_json(card))
    assert again == card
    assert json.loads(mc.card_to_json(card))["input"]["normalization"]["std"] == [0.1, 0.1, 0.05, 0.4]


def test_normalisation_as_multiply_add_and_fill_values():
    card = mc.parse_card(EXAMPLE)
    multiply, add = card.input.normalization.multiply_add()
    assert [0.3 * m + a for m, a in zip(multiply, add)][3] == pytest.approx(0.0)
    assert multiply[0] == pytest.approx(10.0)
    assert card.input.normalization.fill_values() == [0.1, 0.2, 0.05, 0.3]
    minmax = mc.parse_card(example(input__normalization={"kind": "minmax", "min": [0, 0, 0, -1],
                                                         "max": [1, 1, 0.5, 1]}))
    assert minmax.input.normalization.fill_values() == [0.5, 0.5, 0.25, 0.0]
    multiply, add = minmax.input.normalization.multiply_add()
    assert 1.0 * multiply[3] + add[3] == pytest.approx(1.0)


@pytest.mark.parametrize("key", mc.REQUIRED_KEYS)
def test_each_missing_required_key_is_named(key):
    with pytest.raises(ModelContractError, match=f"missing: {key.replace('.', r'[.]')}"):
        mc.parse_card(example(**{key.replace(".", "__"): None}))


@pytest.mark.parametrize("changes,message", [
    ({"input__normalization": {"kind": "meanstd", "mean": [0.1, 0.2, 0.3], "std": [1, 1, 1]}},
     r"input.normalization.mean has 3 value\(s\) but the model takes 4 channel\(s\)"),
    ({"input__normalization": {"kind": "meanstd", "mean": [0, 0, 0, 0], "std": [1, 0, 1, 1]}},
     "std must be positive"),
    ({"input__bands": ["SWIR1", "Thermal", "Blue"]}, r"input.bands\[1\] is 'Thermal'"),
    ({"input__derived": ["NDVI"]}, r"input.derived\[0\] is 'NDVI'"),
    ({"sensor": "modis"}, "sensor is 'modis'"),
    ({"schema": "glaciermapper-model-card/2"}, "schema is"),
    ({"output__threshold": 1.5}, "output.threshold must lie strictly between 0 and 1"),
    ({"output__kind": "linear"}, "output.kind is 'linear'"),
    ({"tile__overlap": 256}, r"tile.overlap \(256\) must be"),
    ({"tile__size": 200}, "tile.size 200 is not a multiple of 16"),
    ({"architecture__in_channels": 3}, "architecture.in_channels is 3"),
    ({"classes": [{"value": 0, "name": "background"}, {"value": 1, "name": "glacier"},
                  {"value": 2, "name": "lake"}]}, "a sigmoid model has two classes"),
    ({"classes": [{"value": 0, "name": "background"}, {"value": 255, "name": "glacier"}]}, "0-254"),
    ({"tile__size": "large"}, "tile.size must be a whole number"),
])
def test_wrong_values_are_named(changes, message):
    with pytest.raises(ModelContractError, match=message):
        mc.parse_card(example(**changes))


def test_invalid_json_and_channel_count_against_the_network():
    with pytest.raises(ModelContractError, match="not valid JSON"):
        mc.parse_card("{'schema': oops")
    card = mc.parse_card(EXAMPLE)
    assert mc.validate_card(card, input_channels=4) is card
    with pytest.raises(ModelContractError, match=r"give 4 channel\(s\).*ONNX input takes 5"):
        mc.validate_card(card, input_channels=5)


def test_unknown_keys_survive_a_round_trip():
    data = example(**{"license": "CC-BY-4.0", "architecture__attention": True})
    text = mc.card_to_json(mc.parse_card(data))
    back = json.loads(text)
    assert back["license"] == "CC-BY-4.0"
    assert back["architecture"]["attention"] is True


@pytest.mark.parametrize("name", ["ndsi_sigmoid", "pixel_logistic", "conv3x3", "softmax3", "tiny_unet"])
def test_read_card_matches_onnxruntime_metadata(name):
    path = os.path.join(MODELS, f"{name}.onnx")
    card = mc.read_card(path)
    session = ort.InferenceSession(path, providers=["CPUExecutionProvider"])
    from_ort = mc.card_from_metadata(session.get_modelmeta().custom_metadata_map)
    assert card == from_ort
    assert card.channels == session.get_inputs()[0].shape[1]


def test_model_without_card_and_corrupt_files(tmp_path):
    assert mc.read_metadata_props(os.path.join(MODELS, "no_card.onnx")) == {}
    with pytest.raises(ModelContractError, match="has no Glacier Mapper model card.*glaciermapper_model_card"):
        mc.read_card(os.path.join(MODELS, "no_card.onnx"))
    text = tmp_path / "notes.onnx"
    text.write_text("this is not a model\n" * 20)
    with pytest.raises(ModelContractError, match="is not a valid ONNX model"):
        mc.read_card(str(text))
    truncated = tmp_path / "truncated.onnx"
    truncated.write_bytes(open(os.path.join(MODELS, "ndsi_sigmoid.onnx"), "rb").read()[:700])
    with pytest.raises(ModelContractError, match="is not a valid ONNX model"):
        mc.read_card(str(truncated))
    with pytest.raises(ModelContractError, match="does not exist"):
        mc.read_card(str(tmp_path / "missing.onnx"))


def test_module_needs_only_the_standard_library():
    """The trainer imports core.inference.model_card from another environment: numpy, GDAL and onnx are not
    needed."""
    code = (
        "import sys\n"
        "for name in ('numpy', 'osgeo', 'onnx', 'onnxruntime', 'shapely', 'qgis'):\n"
        "    sys.modules[name] = None\n"
        f"sys.path.insert(0, {PLUGIN_ROOT!r})\n"
        "from core.inference.model_card import read_card\n"
        f"print(read_card({os.path.join(MODELS, 'softmax3.onnx')!r}).classes[2].name)\n")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "lake"
