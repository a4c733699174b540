"""Losses on logits that skip ignored pixels (label 255): BCE (both papers), soft Dice, and their sum."""
import torch
import torch.nn.functional as F

from .manifest import IGNORE

LOSSES = ("bce", "dice", "bce_dice")


def _valid_and_target(logits, labels):
    valid = labels != IGNORE
    return logits[:, 0], valid, (labels == 1).to(logits.dtype)


def bce_loss(logits, labels, pos_weight=None):
    """Mean binary cross-entropy over valid pixels, computed from logits for numerical stability."""
    logits, valid, target = _valid_and_target(logits, labels)
    weight = None if pos_weight is None else torch.as_tensor(pos_weight, dtype=logits.dtype, device=logits.device)
    per_pixel = F.binary_cross_entropy_with_logits(logits, target, pos_weight=weight, reduction="none")
    return (per_pixel * valid).sum() / valid.sum().clamp(min=1)


def dice_loss(logits, labels, smooth=1.0):
    """1 - soft Dice over the valid pixels of the batch."""
    logits, valid, target = _valid_and_target(logits, labels)
    probability = torch.sigmoid(logits) * valid
    target = target * valid
    overlap = (probability * target).sum()
    return 1.0 - (2.0 * overlap + smooth) / (probability.sum() + target.sum() + smooth)


def make_loss(kind, pos_weight=None):
    """loss(logits [N, 1, H, W], labels uint8 [N, H, W]) -> scalar tensor."""
    if kind == "bce":
        return lambda logits, labels: bce_loss(logits, labels, pos_weight)
    if kind == "dice":
        return dice_loss
    if kind == "bce_dice":
        return lambda logits, labels: bce_loss(logits, labels, pos_weight) + dice_loss(logits, labels)
    raise ValueError(f"unknown loss {kind!r}; choose one of: {', '.join(LOSSES)}.")
