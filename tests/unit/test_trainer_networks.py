"""The trainer's networks (models/trainer/networks): shapes, layer order, attention gates, parameter counts;
and the pieces they are trained with: losses that skip ignored pixels, validation counts, augmentation, batches.

torch lives only in the trainer's environment, so scripts run there and print JSON that these tests check.
"""
import json
import os
import subprocess
import textwrap

import pytest
from helpers import PLUGIN_ROOT, trainer_python

PROBE = textwrap.dedent("""
    import json
    import torch
    from trainer.networks import ARCHITECTURES, create_model, parameter_count

    torch.manual_seed(0)
    torch.set_num_threads(1)
    result = {"shapes": [], "params": [], "gates": [], "errors": {}}
    cases = [(4, 8, 1, 2, 16, 16), (3, 4, 3, 1, 64, 32), (11, 4, 5, 2, 64, 64), (4, 8, 4, 1, 48, 80),
             (4, 16, 2, 3, 128, 128)]
    for arch in ("unet", "attention_unet"):
        for c, b, d, n, h, w in cases:
            model = create_model(arch, c, b, d).eval()
            with torch.no_grad():
                logits, attention = model(torch.randn(n, c, h, w), return_attention=True)
            result["shapes"].append({
                "arch": arch, "in": [n, c, h, w], "depth": d, "out": list(logits.shape),
                "attention": [list(a.shape) for a in attention],
                "alpha_min": min((float(a.min()) for a in attention), default=None),
                "alpha_max": max((float(a.max()) for a in attention), default=None),
                "alpha_spread": max((float(a.max() - a.min()) for a in attention), default=None)})
    for arch, c, b, d in [("unet", 4, 32, 4), ("attention_unet", 4, 32, 4), ("unet", 3, 32, 5),
                          ("attention_unet", 11, 16, 4), ("unet", 4, 8, 2), ("attention_unet", 3, 5, 3)]:
        result["params"].append({"arch": arch, "in": c, "base": b, "depth": d,
                                 "count": parameter_count(create_model(arch, c, b, d))})

    # The gate's output is the skip feature weighted by alpha.
    model = create_model("attention_unet", 4, 8, 3).eval()
    seen = []
    model.gates[1].register_forward_hook(lambda module, inputs, output: seen.append((inputs, output)))
    with torch.no_grad():
        model(torch.randn(2, 4, 32, 32))
    (x, g), (gated, alpha) = seen[0]
    result["gates"] = {"x": list(x.shape), "g": list(g.shape), "alpha": list(alpha.shape),
                       "gated_error": float((gated - x * alpha).abs().max()),
                       "combine": [model.gates[1].combine.in_channels, model.gates[1].combine.out_channels,
                                   list(model.gates[1].combine.kernel_size), list(model.gates[1].combine.padding)],
                       "psi": [model.gates[1].psi.in_channels, model.gates[1].psi.out_channels,
                               list(model.gates[1].psi.kernel_size)]}

    unet = create_model("unet", 3, 8, 2)
    first = unet.encoders[0]
    result["layers"] = {
        "block": [type(m).__name__ for m in first],
        "conv": [list(first[0].kernel_size), list(first[0].stride), list(first[0].padding)],
        "pool": [unet.pool.kernel_size, unet.pool.stride],
        "ups": [[u.in_channels, u.out_channels, list(u.kernel_size), list(u.stride)] for u in unet.ups],
        "decoders": [[d[0].in_channels, d[0].out_channels, d[3].in_channels, d[3].out_channels] for d in unet.decoders],
        "head": [unet.head.in_channels, unet.head.out_channels, list(unet.head.kernel_size)],
        "registry": sorted(ARCHITECTURES)}
    for name, call in (("size", lambda: unet(torch.randn(1, 3, 18, 18))),
                       ("channels", lambda: unet(torch.randn(1, 5, 32, 32))),
                       ("arch", lambda: create_model("segformer", 3))):
        try:
            call()
        except ValueError as error:
            result["errors"][name] = str(error)
    print(json.dumps(result))
""")


PIECES = textwrap.dedent("""
    import json
    import torch
    import torch.nn.functional as F
    from trainer.data import augment, make_batches
    from trainer.losses import bce_loss, dice_loss
    from trainer.metrics import ConfusionCounter

    torch.manual_seed(0)
    torch.set_num_threads(1)
    result = {}
    logits = torch.randn(2, 1, 8, 8, requires_grad=True)
    labels = (torch.rand(2, 8, 8) > 0.5).to(torch.uint8)
    labels[0, :3] = 255
    valid = labels != 255
    reference = F.binary_cross_entropy_with_logits(logits[:, 0][valid], (labels[valid] == 1).float())
    loss = bce_loss(logits, labels)
    loss.backward()
    result["bce_error"] = abs(float(loss) - float(reference))
    result["grad_at_ignored"] = float(logits.grad[:, 0][~valid].abs().max())
    result["grad_at_valid"] = float(logits.grad[:, 0][valid].abs().min())
    x, t = logits.detach()[:, 0][valid], (labels[valid] == 1).float()
    manual = -(3.0 * t * F.logsigmoid(x) + (1 - t) * F.logsigmoid(-x)).mean()
    result["pos_weight_error"] = abs(float(bce_loss(logits.detach(), labels, pos_weight=3.0)) - float(manual))
    sure = torch.where(labels == 1, 30.0, -30.0)[:, None].float()
    result["dice_right"] = float(dice_loss(sure, labels))
    result["dice_wrong"] = float(dice_loss(-sure, labels))

    # 4 x 4 map, one row ignored: TP 3, FP 2, FN 1, TN 6.
    truth = torch.tensor([[1, 1, 1, 1], [0, 0, 0, 0], [0, 0, 0, 0], [255, 255, 255, 255]], dtype=torch.uint8)
    probability = torch.tensor([[0.9, 0.8, 0.7, 0.2], [0.6, 0.5, 0.1, 0.0], [0.0, 0.3, 0.4, 0.49],
                                [0.9, 0.9, 0.1, 0.1]])[None, None]
    counter = ConfusionCounter()
    counter.update(probability, truth[None], 0.5)
    result["counts"] = counter.counts()
    result["scores"] = counter.scores()
    empty = ConfusionCounter()
    empty.update(torch.zeros(1, 1, 2, 2), torch.zeros(1, 2, 2, dtype=torch.uint8), 0.5)
    result["undefined_iou"] = repr(empty.scores()["val_iou"])

    generator = torch.Generator().manual_seed(1)
    images = torch.rand(64, 2, 8, 8)
    marks = (images[:, 0] > 0.5).to(torch.uint8)
    images[:, 0] = marks.float()
    out_images, out_labels = augment(images, marks, generator)
    result["aligned"] = bool(torch.equal(out_images[:, 0], out_labels.float()))
    originals = [images[i, 1] for i in range(64)]
    seen = set()
    for i in range(64):
        for k in range(4):
            for flip in (False, True):
                candidate = originals[i].flip(-1) if flip else originals[i]
                if torch.equal(torch.rot90(candidate, k, (-2, -1)), out_images[i, 1]):
                    seen.add((k, flip))
    result["transforms_seen"] = len(seen)
    result["inputs_untouched"] = bool(torch.equal(images[:, 0], marks.float()))

    result["batches_17"] = [len(b) for b in make_batches(17, 8, torch.Generator().manual_seed(0))]
    result["batches_16"] = [len(b) for b in make_batches(16, 8, torch.Generator().manual_seed(0))]
    result["cover_17"] = sorted(int(i) for b in make_batches(17, 8, torch.Generator().manual_seed(0)) for i in b)
    print(json.dumps(result))
""")


@pytest.fixture(scope="module")
def probe():
    env = dict(os.environ, PYTHONPATH=os.path.join(PLUGIN_ROOT, "models"))
    done = subprocess.run([trainer_python(), "-c", PROBE], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def pieces():
    env = dict(os.environ, PYTHONPATH=os.path.join(PLUGIN_ROOT, "models"))
    done = subprocess.run([trainer_python(), "-c", PIECES], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def conv_block(c_in, c_out):
    """Two 3x3 convolutions with bias, each with a batch norm (weight and bias)."""
    return (9 * c_in * c_out + c_out + 2 * c_out) + (9 * c_out * c_out + c_out + 2 * c_out)


def unet_parameters(c_in, base, depth):
    widths = [base * 2 ** level for level in range(depth + 1)]
    total, previous = 0, c_in
    for width in widths[:-1]:
        total += conv_block(previous, width)
        previous = width
    total += conv_block(widths[-2], widths[-1])  # bottleneck
    for level in range(depth):
        total += 4 * widths[level + 1] * widths[level] + widths[level]  # 2x2 transposed convolution
        total += conv_block(2 * widths[level], widths[level])  # after the skip concatenation
    return total + widths[0] + 1  # 1x1 head to one channel


def attention_unet_parameters(c_in, base, depth):
    total = unet_parameters(c_in, base, depth)
    for level in range(depth):
        width = base * 2 ** level
        inner = max(1, width // 2)
        total += 9 * (2 * width) * inner + inner  # 3x3 convolution over [x, g] to half the channels
        total += inner + 1  # 1x1 convolution to one channel
    return total


FORMULAS = {"unet": unet_parameters, "attention_unet": attention_unet_parameters}


def test_output_is_one_logit_map_of_the_input_size(probe):
    assert len(probe["shapes"]) == 10
    for case in probe["shapes"]:
        n, _, h, w = case["in"]
        assert case["out"] == [n, 1, h, w], case


def test_attention_weights_lie_in_0_1_at_each_skip_resolution(probe):
    for case in probe["shapes"]:
        n, _, h, w = case["in"]
        if case["arch"] == "unet":
            assert case["attention"] == []
            continue
        depth = case["depth"]
        # Deepest level first: one map per skip connection, [N, 1] at the skip's size.
        assert case["attention"] == [[n, 1, h >> level, w >> level] for level in reversed(range(depth))]
        assert 0.0 <= case["alpha_min"] <= case["alpha_max"] <= 1.0, case
        assert case["alpha_spread"] > 0.0, case  # the gates weight pixels differently


def test_gate_multiplies_the_skip_by_alpha(probe):
    gates = probe["gates"]
    # gates[1] of depth 3, base 8: the level with 16 channels at 16 x 16.
    assert gates["x"] == [2, 16, 16, 16] and gates["g"] == [2, 16, 16, 16]
    assert gates["alpha"] == [2, 1, 16, 16]
    assert gates["gated_error"] == 0.0
    assert gates["combine"] == [32, 8, [3, 3], [1, 1]]  # 3x3 "same" over [x, g], half the channels
    assert gates["psi"] == [8, 1, [1, 1]]


def test_layers_follow_the_glacier_paper(probe):
    layers = probe["layers"]
    assert layers["block"] == ["Conv2d", "ReLU", "BatchNorm2d", "Conv2d", "ReLU", "BatchNorm2d"]
    assert layers["conv"] == [[3, 3], [1, 1], [1, 1]]
    assert layers["pool"] == [2, 2]
    # base 8, depth 2: bottleneck 32 -> up to 16 -> up to 8, each transposed 2x2 stride 2.
    assert layers["ups"] == [[32, 16, [2, 2], [2, 2]], [16, 8, [2, 2], [2, 2]]]
    # After concatenation the first 3x3 convolution halves the channels, the second keeps them.
    assert layers["decoders"] == [[32, 16, 16, 16], [16, 8, 8, 8]]
    assert layers["head"] == [8, 1, [1, 1]]
    assert layers["registry"] == ["attention_unet", "unet"]


def test_parameter_counts_match_the_formula(probe):
    for case in probe["params"]:
        expected = FORMULAS[case["arch"]](case["in"], case["base"], case["depth"])
        assert case["count"] == expected, case


def test_parameter_counts_of_the_stated_configurations(probe):
    counts = {(c["arch"], c["in"], c["base"], c["depth"]): c["count"] for c in probe["params"]}
    # Defaults (4 channels SWIR1, NIR, Blue, NDSI; base 32; depth 4) and the glacier paper's depth 5 on 3 bands.
    assert counts[("unet", 4, 32, 4)] == 7_766_273
    assert counts[("attention_unet", 4, 32, 4)] == 8_550_117
    assert counts[("unet", 3, 32, 5)] == 31_106_529


def test_bad_inputs_raise_clear_errors(probe):
    errors = probe["errors"]
    assert "multiples of 4" in errors["size"] and "18 x 18" in errors["size"]
    assert "[N, 3, H, W]" in errors["channels"]
    assert "segformer" in errors["arch"] and "attention_unet" in errors["arch"]


def test_losses_skip_ignored_pixels(pieces):
    assert pieces["bce_error"] < 1e-6  # torch's BCE over the valid pixels only
    assert pieces["grad_at_ignored"] == 0.0 and pieces["grad_at_valid"] > 0.0
    assert pieces["pos_weight_error"] < 1e-6
    assert pieces["dice_right"] < 1e-3 and pieces["dice_wrong"] > 0.95


def test_validation_counts_and_scores(pieces):
    assert pieces["counts"] == {"tp": 3, "fp": 2, "fn": 1, "tn": 6}
    assert pieces["scores"]["val_iou"] == pytest.approx(3 / 6)
    assert pieces["scores"]["val_f1"] == pytest.approx(6 / 9)
    assert pieces["scores"]["val_oa"] == pytest.approx(9 / 12)
    assert pieces["undefined_iou"] == "nan"  # no target in labels or prediction: undefined, as in core.accuracy.metrics


def test_augmentation_keeps_image_and_label_aligned(pieces):
    assert pieces["aligned"] and pieces["inputs_untouched"]
    assert pieces["transforms_seen"] == 8  # all rotations, with and without a flip


def test_batches_never_end_with_a_single_chip(pieces):
    assert pieces["batches_17"] == [8, 9]
    assert pieces["batches_16"] == [8, 8]
    assert pieces["cover_17"] == list(range(17))
