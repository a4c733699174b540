"""Build the tiny deterministic ONNX models the engine's tests use (models/README.md says what each computes).

Run with the trainer's environment, which has the onnx package:
    .venv-trainer/bin/python tests/models/make_test_models.py
The files are committed; this script only has to run again when a model changes. Every weight is fixed, so
the output is byte-for-byte reproducible.
"""
import os
import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(os.path.dirname(HERE)))  # the plugin root, for core.inference.model_card

from core.inference.model_card import (  # noqa: E402
    CARD_KEY,
    Architecture,
    ClassInfo,
    InputSpec,
    ModelCard,
    Normalization,
    OutputSpec,
    Reflectance,
    TileSpec,
    card_to_json,
)

OPSET = 17
IR_VERSION = 8  # readable by every onnxruntime the plugin supports
# Above this logit scale a pixel with NDSI one float32 step past 0.4 already gives a probability > 0.5.
NDSI_SHARPNESS = 1000.0
NDSI_THRESHOLD = 0.4


def const(name, array):
    return numpy_helper.from_array(np.asarray(array, dtype=np.float32), name)


def card(name, description, bands, normalization, output_kind="sigmoid", classes=None, derived=(),
         target="glacier", architecture=None, tile=(64, 16), output_name="probability"):
    classes = classes or [ClassInfo(0, "background", "#00000000"), ClassInfo(1, "glacier", "#bfe6ff")]
    return ModelCard(
        name=name, description=description, task="segmentation", target=target, classes=classes,
        sensor="landsat_oli",
        input=InputSpec(bands=list(bands), derived=list(derived), reflectance=Reflectance("none", 1.0, 0.0),
                        normalization=normalization),
        resolution_m=30, tile=TileSpec(*tile), output=OutputSpec(output_kind, 0.5, output_name),
        architecture=architecture or Architecture(name, in_channels=len(bands) + len(derived)),
        provenance={"trainer_version": "test", "created": "2026-01-01T00:00:00Z",
                    "data": "none: fixed weights written by tests/models/make_test_models.py"})


def save(graph, path, model_card=None, in_channels=None):
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="glacier-mapper-tests", producer_version="1")
    model.ir_version = IR_VERSION
    if model_card is not None:
        helper.set_model_props(model, {CARD_KEY: card_to_json(model_card)})
    onnx.checker.check_model(model, full_check=True)
    onnx.save(model, path)
    print(f"{os.path.basename(path)}: {os.path.getsize(path)} bytes")


def io(channels, out_channels=1):
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", channels, "H", "W"])
    y = helper.make_tensor_value_info("probability", TensorProto.FLOAT, ["N", out_channels, "H", "W"])
    return x, y


def ndsi_sigmoid(folder, classes=None, name="ndsi_sigmoid"):
    """sigmoid(1000 * (NDSI - 0.4)) from the Green and SWIR1 reflectance channels, computed in the graph the way
    core.spectral.indices.normalized_difference does: negative reflectance taken as 0, then (G - S) / (G + S).
    ``classes``: the card's mask values (default background 0, glacier 1)."""
    x, y = io(2)
    nodes = [
        helper.make_node("Gather", ["input", "i0"], ["green_raw"], axis=1),
        helper.make_node("Gather", ["input", "i1"], ["swir1_raw"], axis=1),
        helper.make_node("Relu", ["green_raw"], ["green"]),
        helper.make_node("Relu", ["swir1_raw"], ["swir1"]),
        helper.make_node("Sub", ["green", "swir1"], ["num"]),
        helper.make_node("Add", ["green", "swir1"], ["den"]),
        helper.make_node("Div", ["num", "den"], ["ndsi"]),
        helper.make_node("Sub", ["ndsi", "threshold"], ["shifted"]),
        helper.make_node("Mul", ["shifted", "k"], ["logit"]),
        helper.make_node("Sigmoid", ["logit"], ["probability"]),
    ]
    inits = [numpy_helper.from_array(np.array([0], np.int64), "i0"),
             numpy_helper.from_array(np.array([1], np.int64), "i1"),
             const("threshold", NDSI_THRESHOLD), const("k", NDSI_SHARPNESS)]
    # Identity normalisation (min 0, max 1): the graph sees reflectance itself; nodata is filled with 0.5.
    model_card = card(name.replace("_", "-"), "Test model: probability > 0.5 exactly where NDSI > 0.4.",
                      ["Green", "SWIR1"], Normalization("minmax", min=[0.0, 0.0], max=[1.0, 1.0]), classes=classes,
                      architecture=Architecture("ndsi_threshold", in_channels=2))
    save(helper.make_graph(nodes, name, [x], [y], inits), os.path.join(folder, f"{name}.onnx"), model_card)


def pixel_logistic(folder, with_card=True, name="pixel_logistic.onnx"):
    """sigmoid(w . channels + b) per pixel over Green, NIR, SWIR1 and the derived NDSI (a 1x1 convolution)."""
    x, y = io(4)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    inits = [const("w", np.array([1.5, -0.5, -1.0, 2.0]).reshape(1, 4, 1, 1)), const("b", [0.1])]
    model_card = card("pixel-logistic", "Test model: a per-pixel logistic function of Green, NIR, SWIR1, NDSI.",
                      ["Green", "NIR", "SWIR1"],
                      Normalization("meanstd", mean=[0.2, 0.25, 0.15, 0.1], std=[0.1, 0.1, 0.1, 0.4]),
                      derived=["NDSI"]) if with_card else None
    save(helper.make_graph(nodes, "pixel_logistic", [x], [y], inits), os.path.join(folder, name), model_card)


def conv3x3(folder):
    """sigmoid(fixed 3x3 convolution of the normalised Green channel, zero padding): a receptive field of 1 pixel.
    The kernel has no symmetry, so rotated and flipped views of a tile give different results (TTA tests)."""
    x, y = io(1)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[3, 3], pads=[1, 1, 1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    kernel = np.array([[0.05, 0.10, 0.00],
                       [0.15, 0.30, 0.10],
                       [0.00, 0.20, 0.10]])
    inits = [const("w", kernel.reshape(1, 1, 3, 3)), const("b", [0.0])]
    model_card = card("conv3x3", "Test model: sigmoid of a fixed asymmetric 3x3 convolution of normalised Green.",
                      ["Green"],
                      Normalization("meanstd", mean=[0.2], std=[0.1]))
    save(helper.make_graph(nodes, "conv3x3", [x], [y], inits), os.path.join(folder, "conv3x3.onnx"), model_card)


def softmax3(folder):
    """Three-class softmax (background, glacier, lake) of a 1x1 convolution over Green, NIR, SWIR1 + NDWI."""
    x, y = io(4, 3)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logits"], kernel_shape=[1, 1]),
             helper.make_node("Softmax", ["logits"], ["probability"], axis=1)]
    weights = np.array([[0.0, 0.0, 0.0, 0.0],     # background: the reference logit
                        [2.0, -0.5, -2.0, 0.0],   # glacier: bright green, dark SWIR1
                        [0.5, -2.0, 0.0, 3.0]])   # lake: dark NIR, high NDWI
    inits = [const("w", weights.reshape(3, 4, 1, 1)), const("b", [0.0, -0.2, -0.5])]
    classes = [ClassInfo(0, "background", "#00000000"), ClassInfo(1, "glacier", "#bfe6ff"),
               ClassInfo(2, "lake", "#1f78b4")]
    model_card = card("softmax3", "Test model: background / glacier / lake softmax of a 1x1 convolution.",
                      ["Green", "NIR", "SWIR1"],
                      Normalization("meanstd", mean=[0.2, 0.25, 0.15, 0.0], std=[0.1, 0.1, 0.1, 0.5]),
                      output_kind="softmax", classes=classes, derived=["NDWI"])
    save(helper.make_graph(nodes, "softmax3", [x], [y], inits), os.path.join(folder, "softmax3.onnx"), model_card)


def bad_channels(folder):
    """A network with a static 3-channel input whose card lists only 2 channels (Green, SWIR1)."""
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, ["N", 3, "H", "W"])
    _, y = io(3)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    inits = [const("w", np.ones((1, 3, 1, 1))), const("b", [0.0])]
    model_card = card("bad-channels", "Test model: its card and its network disagree on the channel count.",
                      ["Green", "SWIR1"], Normalization("meanstd", mean=[0.2, 0.2], std=[0.1, 0.1]))
    save(helper.make_graph(nodes, "bad_channels", [x], [y], inits), os.path.join(folder, "bad_channels.onnx"),
         model_card)


def tiny_unet(folder):
    """Two 2x2 max-pool levels, nearest upsampling and skip additions: spatial sizes must be multiples of 4."""
    x, y = io(1)
    nodes = [
        helper.make_node("MaxPool", ["input"], ["d1"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("MaxPool", ["d1"], ["d2"], kernel_shape=[2, 2], strides=[2, 2]),
        helper.make_node("Resize", ["d2", "", "scales"], ["u2"], mode="nearest"),
        helper.make_node("Add", ["u2", "d1"], ["s1"]),
        helper.make_node("Resize", ["s1", "", "scales"], ["u1"], mode="nearest"),
        helper.make_node("Add", ["u1", "input"], ["s0"]),
        helper.make_node("Sigmoid", ["s0"], ["probability"]),
    ]
    inits = [const("scales", [1.0, 1.0, 2.0, 2.0])]
    model_card = card("tiny-unet", "Test model: a depth-2 pooling network (tile sizes multiple of 4).", ["Green"],
                      Normalization("meanstd", mean=[0.2], std=[0.1]),
                      architecture=Architecture("unet", in_channels=1, base_width=1, depth=2))
    save(helper.make_graph(nodes, "tiny_unet", [x], [y], inits), os.path.join(folder, "tiny_unet.onnx"), model_card)


def static_batch(folder):
    """A per-pixel logistic function of Green, NIR, SWIR1 exported with a static input [2, 3, 64, 64]: batches of
    exactly 2 tiles, as some exporters write them; the last batch of a run must be padded to 2."""
    x = helper.make_tensor_value_info("input", TensorProto.FLOAT, [2, 3, 64, 64])
    y = helper.make_tensor_value_info("probability", TensorProto.FLOAT, [2, 1, 64, 64])
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    inits = [const("w", np.array([1.5, -0.5, -1.0]).reshape(1, 3, 1, 1)), const("b", [0.1])]
    model_card = card("static-batch", "Test model: a per-pixel logistic function with a static batch of 2.",
                      ["Green", "NIR", "SWIR1"], Normalization("meanstd", mean=[0.2, 0.25, 0.15], std=[0.1] * 3))
    save(helper.make_graph(nodes, "static_batch", [x], [y], inits), os.path.join(folder, "static_batch.onnx"),
         model_card)


def wrong_output_name(folder):
    """conv3x3's network with a card whose output.name ('logits') is none of the network's outputs."""
    x, y = io(1)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    inits = [const("w", np.ones((1, 1, 1, 1))), const("b", [0.0])]
    model_card = card("wrong-output-name", "Test model: its card names an output the network does not have.",
                      ["Green"], Normalization("meanstd", mean=[0.2], std=[0.1]), output_name="logits")
    save(helper.make_graph(nodes, "wrong_output_name", [x], [y], inits),
         os.path.join(folder, "wrong_output_name.onnx"), model_card)


def huge_tile(folder):
    """conv3x3's network with a card asking for 100000 px tiles: tens of GiB of buffers, to be refused up front."""
    x, y = io(1)
    nodes = [helper.make_node("Conv", ["input", "w", "b"], ["logit"], kernel_shape=[1, 1]),
             helper.make_node("Sigmoid", ["logit"], ["probability"])]
    inits = [const("w", np.ones((1, 1, 1, 1))), const("b", [0.0])]
    model_card = card("huge-tile", "Test model: its card asks for tiles of 100000 x 100000 px.",
                      ["Green"], Normalization("meanstd", mean=[0.2], std=[0.1]), tile=(100000, 16))
    save(helper.make_graph(nodes, "huge_tile", [x], [y], inits), os.path.join(folder, "huge_tile.onnx"), model_card)


def main(folder=HERE):
    ndsi_sigmoid(folder)
    # glacier 0 and background 9: a target value below the background's
    ndsi_sigmoid(folder, [ClassInfo(9, "background", "#00000000"), ClassInfo(0, "glacier", "#bfe6ff")],
                 "ndsi_sigmoid_values")
    pixel_logistic(folder)
    pixel_logistic(folder, with_card=False, name="no_card.onnx")
    conv3x3(folder)
    softmax3(folder)
    bad_channels(folder)
    tiny_unet(folder)
    static_batch(folder)
    wrong_output_name(folder)
    huge_tile(folder)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else HERE)
