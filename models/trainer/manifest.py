"""Chip folders for training: the manifest read through the plugin's chip format, and the chips (numpy).

The folder format, its manifest keys, the ignore label and the Normalization are core.training.chip_format's
(the same module chip export writes with); this module adds what needs numpy: reading and checking chips,
and a normalisation computed from the chips when the manifest has none.
"""
import numpy as np

from .errors import TrainerError
from .plugin import IGNORE_LABEL, ChipFolder, ChipFormatError, Normalization, chip_format

CHIP_FORMAT = chip_format.FORMAT
MANIFEST = chip_format.MANIFEST
IGNORE = IGNORE_LABEL  # the label of pixels left out of the loss and the metrics
ChipManifest = ChipFolder


def parse_normalization(data, channels, where):
    """A checked Normalization from a manifest, checkpoint or card dict; TrainerError when unusable."""
    try:
        return chip_format.parse_normalization(data, channels, where)
    except ChipFormatError as error:
        raise TrainerError(str(error)) from None


def shift_scale(normalization):
    """(shift, scale) arrays [C, 1, 1] with normalised = (x - shift) / scale."""
    if normalization.kind == "meanstd":
        shift, scale = normalization.mean, normalization.std
    else:
        shift = normalization.min
        scale = [hi - lo for lo, hi in zip(normalization.min, normalization.max)]
    return np.asarray(shift, dtype=np.float32)[:, None, None], np.asarray(scale, dtype=np.float32)[:, None, None]


def load_manifest(folder):
    """Read and check a chip folder's manifest; every chip file must exist and both splits be non-empty."""
    try:
        manifest = chip_format.read_manifest(folder, required_splits=chip_format.SPLITS)
    except ChipFormatError as error:
        raise TrainerError(str(error)) from None
    if manifest.normalization is None:
        manifest.normalization = normalization_from_chips(manifest)
    return manifest


def read_chip(path, channels, size):
    """(image float32 [C, S, S], label uint8 [S, S]) of one chip, checked."""
    try:
        with np.load(path) as chip:
            image, label = chip[chip_format.IMAGE], chip[chip_format.LABEL]
    except KeyError as error:
        raise TrainerError(f"Chip '{path}' lacks the array {error}; a chip holds '{chip_format.IMAGE}' and "
                           f"'{chip_format.LABEL}'.") from None
    except (OSError, ValueError) as error:
        raise TrainerError(f"Chip '{path}' cannot be read ({error}). Export the chips again.") from None
    if image.shape != (channels, size, size) or label.shape != (size, size):
        raise TrainerError(f"Chip '{path}' has image {list(image.shape)} and label {list(label.shape)}; the manifest "
                           f"promises image [{channels}, {size}, {size}] and label [{size}, {size}].")
    image = image.astype(np.float32, copy=False)
    if not np.isfinite(image).all():
        raise TrainerError(f"Chip '{path}' holds NaN or infinite values; nodata pixels must hold 0 with label "
                           f"{IGNORE}.")
    label = label.astype(np.uint8, copy=False)
    unexpected = np.setdiff1d(np.unique(label), chip_format.LABEL_VALUES)
    if unexpected.size:
        raise TrainerError(f"Chip '{path}' has label values {unexpected.tolist()}; labels are 0 (background), "
                           f"1 (target) or {IGNORE} (ignored).")
    return image, label


def nodata_mask(image, label):
    """Nodata pixels: ignored in the label and 0 in every channel (ignored pixels inside the scene keep data)."""
    return (label == IGNORE) & ~image.any(axis=0)


def normalization_from_chips(manifest):
    """Mean and std per channel over the valid pixels of the training chips (when the manifest has none)."""
    count, total, squares = 0, np.zeros(manifest.in_channels), np.zeros(manifest.in_channels)
    for entry in manifest.train:
        image, label = read_chip(manifest.path(entry), manifest.in_channels, manifest.chip_size)
        valid = ~nodata_mask(image, label)
        pixels = image[:, valid].astype(np.float64)
        count += pixels.shape[1]
        total += pixels.sum(axis=1)
        squares += (pixels ** 2).sum(axis=1)
    if count == 0:
        raise TrainerError(f"The training chips in '{manifest.folder}' hold no valid pixels.")
    mean = total / count
    std = np.sqrt(np.maximum(squares / count - mean ** 2, 0.0))
    return parse_normalization({"kind": "meanstd", "mean": mean.tolist(), "std": std.tolist()},
                               manifest.in_channels, manifest.folder)


__all__ = ["CHIP_FORMAT", "IGNORE", "MANIFEST", "ChipManifest", "Normalization", "load_manifest", "nodata_mask",
           "normalization_from_chips", "parse_normalization", "read_chip", "shift_scale"]
