"""The chip-folder format "glaciermapper-chips/1": the one definition that chip export writes and the trainer reads.

A chip folder holds ``manifest.json`` and ``chips/c_000001.npz`` ... Each chip has ``image`` float32 [C, H, W]
(reflectance of the bands, then the derived indices; 0 at nodata) and ``label`` uint8 [H, W]: 0 background,
1 target, IGNORE_LABEL (255) left out of the loss. The manifest lists the channels (the bands followed by the
derived channels), the chip size, the normalisation (a core.inference.model_card.Normalization, so the
trainer copies it into the model card unchanged) and the chips with their split.

Standard library only: the trainer imports this module from its own environment (models/trainer/plugin.py).
"""
import json
import math
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence

from ..inference.model_card import NORMALIZATION_KINDS, Normalization
from ..nodata import MASK_NODATA

FORMAT = "glaciermapper-chips/1"
MANIFEST = "manifest.json"
CHIPS_DIR = "chips"
IMAGE = "image"  # the arrays of a chip's .npz
LABEL = "label"
TRAIN = "train"
VAL = "val"
SPLITS = (TRAIN, VAL)
BACKGROUND_LABEL = 0
TARGET_LABEL = 1
# Pixels the loss leaves out (nodata, outside the area of interest, unlabelled on request): the masks' nodata
# value, so a label chip reads like a mask; class values therefore stop at 254.
IGNORE_LABEL = MASK_NODATA
LABEL_VALUES = (BACKGROUND_LABEL, TARGET_LABEL, IGNORE_LABEL)
# Every key chip export writes, in order; the reader needs REQUIRED_KEYS.
MANIFEST_KEYS = ("format", "chip_size", "stride", "channels", "bands", "band_indices", "derived", "sensor",
                 "reflectance", "target", "classes", "resolution_m", "source", "crs", "geotransform", "split",
                 "normalization", "labels", "filters", "counts", "positive_fraction", "warnings", "created",
                 "glaciermapper_version", "chips")
REQUIRED_KEYS = ("format", "chip_size", "channels", "chips")
CHIP_KEYS = ("file", "split", "x", "y", "positive_fraction", "valid_fraction")


class ChipFormatError(ValueError):
    """A chip folder or manifest does not follow the format; the message says what is wrong and what to do."""


def chip_file(number: int) -> str:
    """The manifest's ``file`` of the chip numbered ``number`` (from 1), relative to the folder."""
    return f"{CHIPS_DIR}/c_{number:06d}.npz"


@dataclass
class ChipFolder:
    """A chip folder's manifest as read and checked."""
    folder: str
    channels: List[str]
    bands: List[str]
    derived: List[str]
    chip_size: int
    normalization: Optional[Normalization]  # None when the manifest has none (the trainer computes one)
    train: List[dict]  # chip entries, dicts with "file"
    val: List[dict]
    raw: Dict[str, Any] = field(repr=False, default_factory=dict)  # the manifest as read, for the model card

    @property
    def in_channels(self) -> int:
        return len(self.channels)

    def path(self, entry: dict) -> str:
        return os.path.join(self.folder, entry["file"])


def parse_normalization(data: Any, channels: int, where: str) -> Normalization:
    """A checked Normalization (one finite value per channel, a positive spread) from its manifest dict."""
    if not isinstance(data, dict) or data.get("kind") not in NORMALIZATION_KINDS:
        raise ChipFormatError(f"{where}: normalization must be {{\"kind\": \"meanstd\", \"mean\": [...], "
                              f"\"std\": [...]}} or {{\"kind\": \"minmax\", \"min\": [...], \"max\": [...]}}.")
    keys = ("mean", "std") if data["kind"] == "meanstd" else ("min", "max")
    values = {}
    for key in keys:
        seq = data.get(key)
        if not isinstance(seq, list) or len(seq) != channels:
            raise ChipFormatError(f"{where}: normalization.{key} must list one number per channel "
                                  f"({channels}), got {seq!r}.")
        try:
            values[key] = [float(v) for v in seq]
        except (TypeError, ValueError):
            raise ChipFormatError(f"{where}: normalization.{key} must hold numbers, got {seq!r}.") from None
    normalization = Normalization(data["kind"], **values)
    spans = normalization.std if normalization.kind == "meanstd" else [
        hi - lo for lo, hi in zip(normalization.min, normalization.max)]
    if not all(math.isfinite(s) and s > 0 for s in spans):
        raise ChipFormatError(f"{where}: normalization has a zero or negative spread for a channel ({spans}); "
                              f"a channel that is constant over the training chips carries no information.")
    return normalization


def is_chip_folder(folder: str) -> bool:
    """Whether ``folder`` holds only a chip export (manifest of this format and the chips folder)."""
    entries = set(os.listdir(folder)) if os.path.isdir(folder) else set()
    manifest = os.path.join(folder, MANIFEST)
    if not entries <= {MANIFEST, CHIPS_DIR} or not os.path.isfile(manifest):
        return False
    try:
        with open(manifest, encoding="utf-8") as handle:
            return json.load(handle).get("format") == FORMAT
    except (OSError, ValueError, AttributeError):
        return False


def write_manifest(folder: str, manifest: Dict[str, Any]) -> str:
    """Write ``manifest`` (MANIFEST_KEYS, "format" set here) as the folder's manifest.json; returns its path."""
    unknown = [key for key in manifest if key not in MANIFEST_KEYS]
    missing = [key for key in REQUIRED_KEYS if key != "format" and key not in manifest]
    if unknown or missing:
        raise ValueError(f"chip manifest: unknown keys {unknown}, missing keys {missing}")
    data = {key: FORMAT if key == "format" else manifest[key] for key in MANIFEST_KEYS
            if key == "format" or key in manifest}
    path = os.path.join(folder, MANIFEST)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
    return path


def _load_json(folder: str) -> Dict[str, Any]:
    if not folder or not os.path.isdir(folder):
        raise ChipFormatError(f"The chip folder '{folder}' does not exist. Export chips first with Glacier "
                              f"Mapper's chip export and give that folder.")
    path = os.path.join(folder, MANIFEST)
    if not os.path.isfile(path):
        raise ChipFormatError(f"'{folder}' is not a chip folder: it has no {MANIFEST}. Give the folder that the "
                              f"chip export wrote.")
    try:
        with open(path, encoding="utf-8") as stream:
            raw = json.load(stream)
    except (OSError, ValueError) as error:
        raise ChipFormatError(f"{path} cannot be read as JSON ({error}). Export the chips again.") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        found = raw.get("format") if isinstance(raw, dict) else type(raw).__name__
        raise ChipFormatError(f"{path} has format {found!r}; this version reads {FORMAT!r}. Export the "
                              f"chips again with this version of Glacier Mapper.")
    return raw


def _split_entries(folder: str, chips: Any, where: str) -> Dict[str, List[dict]]:
    if not isinstance(chips, list):
        raise ChipFormatError(f"{where}: 'chips' must be a list of chip entries.")
    splits: Dict[str, List[dict]] = {name: [] for name in SPLITS}
    for i, entry in enumerate(chips):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or entry.get("split") not in splits:
            raise ChipFormatError(f"{where}: chips[{i}] needs a 'file' and a 'split' of 'train' or 'val', "
                                  f"got {entry!r}.")
        if not os.path.isfile(os.path.join(folder, entry["file"])):
            raise ChipFormatError(f"{where}: chips[{i}] names '{entry['file']}', which is not in the folder. "
                                  f"The chip folder is incomplete; export the chips again.")
        splits[entry["split"]].append(entry)
    return splits


def _check_splits(folder: str, splits: Dict[str, List[dict]], required: Sequence[str]) -> None:
    if TRAIN in required and not splits[TRAIN]:
        raise ChipFormatError(f"The chip folder '{folder}' has no training chips ({len(splits[VAL])} validation "
                              f"chip(s)). Export chips from a larger labelled area, or lower the validation "
                              f"fraction.")
    if VAL in required and not splits[VAL]:
        raise ChipFormatError(f"The chip folder '{folder}' has no validation chips (all {len(splits[TRAIN])} are "
                              f"'train'). The trainer needs validation chips to keep the best epoch and to check "
                              f"the exported model: export the chips again with a validation fraction above 0 (or "
                              f"a smaller split block size so that some blocks fall into validation).")


def read_manifest(folder: str, required_splits: Sequence[str] = ()) -> ChipFolder:
    """Read and check a chip folder's manifest: format, channels, chip size, that every chip it lists exists,
    that the ``required_splits`` hold chips, and the normalisation. Raises ChipFormatError naming what is
    wrong."""
    raw = _load_json(folder)
    where = os.path.join(folder, MANIFEST)
    channels = raw.get("channels")
    if not isinstance(channels, list) or not channels or not all(isinstance(c, str) for c in channels):
        raise ChipFormatError(f"{where}: 'channels' must be a non-empty list of channel names.")
    bands = raw.get("bands", channels)
    derived = raw.get("derived", [])
    if not isinstance(bands, list) or not isinstance(derived, list) or list(bands) + list(derived) != channels:
        raise ChipFormatError(f"{where}: channels {channels} must be the bands {bands} followed by the "
                              f"derived channels {derived}.")
    chip_size = raw.get("chip_size")
    if isinstance(chip_size, bool) or not isinstance(chip_size, int) or chip_size < 1:
        raise ChipFormatError(f"{where}: 'chip_size' must be a positive whole number, not {chip_size!r}.")
    splits = _split_entries(folder, raw.get("chips"), where)
    _check_splits(folder, splits, required_splits)
    normalization = None
    if raw.get("normalization") is not None:
        normalization = parse_normalization(raw["normalization"], len(channels), where)
    return ChipFolder(folder=folder, channels=list(channels), bands=list(bands), derived=list(derived),
                      chip_size=chip_size, normalization=normalization, train=splits[TRAIN], val=splits[VAL],
                      raw=raw)
