"""Chip folders (format "glaciermapper-chips/1"): the manifest, its checks and the chips (numpy only).

A chip folder holds manifest.json and .npz chips with "image" float32 [C, H, W] (reflectance and derived
channels, 0 at nodata) and "label" uint8 [H, W] (0 background, 1 target, 255 ignored).
"""
import json
import math
import os
from dataclasses import dataclass, field

import numpy as np

from .errors import TrainerError

CHIP_FORMAT = "glaciermapper-chips/1"
MANIFEST = "manifest.json"
IGNORE = 255


@dataclass
class Normalization:
    """Per-channel normalisation as in the model card: meanstd, or minmax."""
    kind: str
    values: dict  # {"mean": [...], "std": [...]} or {"min": [...], "max": [...]}

    @classmethod
    def from_dict(cls, data, channels, where):
        if not isinstance(data, dict) or data.get("kind") not in ("meanstd", "minmax"):
            raise TrainerError(f"{where}: normalization must be {{\"kind\": \"meanstd\", \"mean\": [...], "
                               f"\"std\": [...]}} or {{\"kind\": \"minmax\", \"min\": [...], \"max\": [...]}}.")
        keys = ("mean", "std") if data["kind"] == "meanstd" else ("min", "max")
        values = {}
        for key in keys:
            seq = data.get(key)
            if not isinstance(seq, list) or len(seq) != channels:
                raise TrainerError(f"{where}: normalization.{key} must list one number per channel "
                                   f"({channels}), got {seq!r}.")
            values[key] = [float(v) for v in seq]
        spans = values.get("std") or [hi - lo for lo, hi in zip(values["min"], values["max"])]
        if not all(math.isfinite(s) and s > 0 for s in spans):
            raise TrainerError(f"{where}: normalization has a zero or negative spread for a channel ({spans}); "
                               f"a channel that is constant over the training chips carries no information.")
        return cls(data["kind"], values)

    def to_dict(self):
        return {"kind": self.kind, **{k: list(v) for k, v in self.values.items()}}

    def shift_scale(self):
        """(shift, scale) arrays [C, 1, 1] with normalised = (x - shift) / scale."""
        if self.kind == "meanstd":
            shift, scale = self.values["mean"], self.values["std"]
        else:
            shift = self.values["min"]
            scale = [hi - lo for lo, hi in zip(self.values["min"], self.values["max"])]
        as_array = lambda v: np.asarray(v, dtype=np.float32)[:, None, None]  # noqa: E731
        return as_array(shift), as_array(scale)


@dataclass
class ChipManifest:
    folder: str
    channels: list
    bands: list
    derived: list
    chip_size: int
    normalization: Normalization
    train: list  # chip entries (dicts with "file")
    val: list
    raw: dict = field(repr=False, default_factory=dict)  # the manifest as read, for the card

    @property
    def in_channels(self):
        return len(self.channels)

    def path(self, entry):
        return os.path.join(self.folder, entry["file"])


def load_manifest(folder):
    """Read and check a chip folder's manifest; every chip file must exist and both splits be non-empty."""
    if not folder or not os.path.isdir(folder):
        raise TrainerError(f"The chip folder '{folder}' does not exist. Export chips first "
                           f"with Glacier Mapper's chip export and pass that folder to --chips.")
    manifest_path = os.path.join(folder, MANIFEST)
    if not os.path.isfile(manifest_path):
        raise TrainerError(f"'{folder}' is not a chip folder: it has no {MANIFEST}. Pass the folder that the "
                           f"chip export wrote.")
    try:
        with open(manifest_path, encoding="utf-8") as stream:
            raw = json.load(stream)
    except (OSError, ValueError) as error:
        raise TrainerError(f"{manifest_path} cannot be read as JSON ({error}). Export the chips again.") from None
    if not isinstance(raw, dict) or raw.get("format") != CHIP_FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise TrainerError(f"{manifest_path} has format {found!r}; this trainer reads {CHIP_FORMAT!r}. Export the "
                           f"chips again with this version of Glacier Mapper.")
    channels = raw.get("channels")
    if not isinstance(channels, list) or not channels or not all(isinstance(c, str) for c in channels):
        raise TrainerError(f"{manifest_path}: 'channels' must be a non-empty list of channel names.")
    bands = raw.get("bands", channels)
    derived = raw.get("derived", [])
    if list(bands) + list(derived) != channels:
        raise TrainerError(f"{manifest_path}: channels {channels} must be the bands {bands} followed by the "
                           f"derived channels {derived}.")
    chip_size = raw.get("chip_size")
    if isinstance(chip_size, bool) or not isinstance(chip_size, int) or chip_size < 1:
        raise TrainerError(f"{manifest_path}: 'chip_size' must be a positive whole number, not {chip_size!r}.")
    chips = raw.get("chips")
    if not isinstance(chips, list):
        raise TrainerError(f"{manifest_path}: 'chips' must be a list of chip entries.")
    splits = {"train": [], "val": []}
    for i, entry in enumerate(chips):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or entry.get("split") not in splits:
            raise TrainerError(f"{manifest_path}: chips[{i}] needs a 'file' and a 'split' of 'train' or 'val', "
                               f"got {entry!r}.")
        if not os.path.isfile(os.path.join(folder, entry["file"])):
            raise TrainerError(f"{manifest_path}: chips[{i}] names '{entry['file']}', which is not in the folder. "
                               f"The chip folder is incomplete; export the chips again.")
        splits[entry["split"]].append(entry)
    if not splits["train"]:
        raise TrainerError(f"The chip folder '{folder}' has no training chips ({len(splits['val'])} validation "
                           f"chip(s)). Export chips from a larger labelled area, or lower the validation fraction.")
    if not splits["val"]:
        raise TrainerError(f"The chip folder '{folder}' has no validation chips (all {len(splits['train'])} are "
                           f"'train'). The trainer needs validation chips to keep the best epoch and to check the "
                           f"exported model: export the chips again with a validation fraction above 0 (or a "
                           f"smaller split block size so that some blocks fall into validation).")
    manifest = ChipManifest(folder=folder, channels=list(channels), bands=list(bands), derived=list(derived),
                            chip_size=chip_size, normalization=None, train=splits["train"], val=splits["val"],
                            raw=raw)
    if raw.get("normalization") is not None:
        manifest.normalization = Normalization.from_dict(raw["normalization"], len(channels), manifest_path)
    else:
        manifest.normalization = normalization_from_chips(manifest)
    return manifest


def read_chip(path, channels, size):
    """(image float32 [C, S, S], label uint8 [S, S]) of one chip, checked."""
    try:
        with np.load(path) as chip:
            image, label = chip["image"], chip["label"]
    except KeyError as error:
        raise TrainerError(f"Chip '{path}' lacks the array {error}; a chip holds 'image' and 'label'.") from None
    except (OSError, ValueError) as error:
        raise TrainerError(f"Chip '{path}' cannot be read ({error}). Export the chips again.") from None
    if image.shape != (channels, size, size) or label.shape != (size, size):
        raise TrainerError(f"Chip '{path}' has image {list(image.shape)} and label {list(label.shape)}; the manifest "
                           f"promises image [{channels}, {size}, {size}] and label [{size}, {size}].")
    image = image.astype(np.float32, copy=False)
    if not np.isfinite(image).all():
        raise TrainerError(f"Chip '{path}' holds NaN or infinite values; nodata pixels must hold 0 with label 255.")
    label = label.astype(np.uint8, copy=False)
    unexpected = np.setdiff1d(np.unique(label), (0, 1, IGNORE))
    if unexpected.size:
        raise TrainerError(f"Chip '{path}' has label values {unexpected.tolist()}; labels are 0 (background), "
                           f"1 (target) or 255 (ignored).")
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
    return Normalization.from_dict({"kind": "meanstd", "mean": mean.tolist(), "std": std.tolist()},
                                   manifest.in_channels, manifest.folder)
