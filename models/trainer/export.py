"""ONNX export with the model card in metadata_props, and the torch/onnxruntime parity check."""
import warnings

import numpy as np
import torch
from torch import nn

from .errors import TrainerError
from .plugin import CARD_KEY, ModelContractError, read_card, validate_card

OPSET = 17
INPUT_NAME, OUTPUT_NAME = "input", "probability"
PARITY_TOLERANCE = 1e-4
PARITY_CHIPS = 8


class ProbabilityModel(nn.Module):
    """The network with its sigmoid: training works on logits, the exported model gives probabilities."""

    def __init__(self, network):
        super().__init__()
        self.network = network

    def forward(self, x):
        return torch.sigmoid(self.network(x))


def export_onnx(network, path, in_channels, sample_size, card_json):
    """Write ``network`` (eval mode, CPU) to ``path``: input "input" [N, C, H, W] float32 with N, H, W dynamic,
    output "probability" [N, 1, H, W], the card under CARD_KEY."""
    import onnx

    model = ProbabilityModel(network).to("cpu").eval()
    sample = torch.zeros(1, in_channels, sample_size, sample_size)
    axes = {0: "batch", 2: "height", 3: "width"}
    with warnings.catch_warnings():
        # The TorchScript exporter is deprecated upstream but needs no onnxscript and keeps dynamic axes simple.
        warnings.simplefilter("ignore")
        torch.onnx.export(model, (sample,), path, input_names=[INPUT_NAME], output_names=[OUTPUT_NAME],
                          opset_version=OPSET, dynamic_axes={INPUT_NAME: axes, OUTPUT_NAME: axes},
                          do_constant_folding=True, dynamo=False)
    proto = onnx.load(path)
    del proto.metadata_props[:]
    entry = proto.metadata_props.add()
    entry.key, entry.value = CARD_KEY, card_json
    onnx.checker.check_model(proto)
    onnx.save(proto, path)
    try:
        validate_card(read_card(path), input_channels=in_channels)
    except ModelContractError as error:
        raise TrainerError(f"The exported model's card does not read back: {error}") from None


def check_parity(network, path, images):
    """Max |torch - onnxruntime| of the probabilities on ``images`` (normalised chips [N, C, H, W]).

    Raises TrainerError when it reaches PARITY_TOLERANCE: the .onnx would not reproduce the trained model.
    """
    import onnxruntime

    model = ProbabilityModel(network).to("cpu").eval()
    session = onnxruntime.InferenceSession(path, providers=["CPUExecutionProvider"])
    worst = 0.0
    for batch in torch.split(images[:PARITY_CHIPS], 4):
        with torch.no_grad():
            expected = model(batch).numpy()
        got = session.run([OUTPUT_NAME], {INPUT_NAME: batch.numpy()})[0]
        if got.shape != expected.shape:
            raise TrainerError(f"The exported model gives shape {list(got.shape)} where PyTorch gives "
                               f"{list(expected.shape)}.")
        worst = max(worst, float(np.max(np.abs(got - expected))))
    if not worst < PARITY_TOLERANCE:
        raise TrainerError(f"The exported ONNX model differs from the trained PyTorch model by up to {worst:.3g} "
                           f"(tolerance {PARITY_TOLERANCE:g}) on validation chips; the model was not written.")
    return worst
