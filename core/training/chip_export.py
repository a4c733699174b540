"""Training chips from a raster and label polygons: the folder the trainer (models/trainer) reads.

Folder format "glaciermapper-chips/1" (core.training.chip_format, shared with the trainer):

- ``manifest.json``: channels, bands, reflectance scaling, classes, split, normalisation, label counts and
  the list of chips (file, split, x, y, positive_fraction, valid_fraction);
- ``chips/c_000001.npz`` ...: ``image`` float32 [C, H, W] reflectance of the bands, then the derived indices
  (core.spectral.indices), and ``label`` uint8 [H, W]: 0 background, 1 target, 255 ignored. Ignored are nodata
  pixels (nodata in any band, or a derived index undefined there; they hold 0 in every channel), pixels
  outside the area of interest and, with ``unlabelled="ignore"``, pixels no label polygon covers (these
  keep their data). The trainer leaves 255 out of the loss.

Labels: every polygon of LABELS is the target, unless ``class_field`` is given (its value ``target_value``
is the target, any other value is background, an empty value is skipped). Pixels no polygon covers are
background (or ignored). CORRECTIONS polygons with a non-empty class override LABELS both ways. Both may be
in any CRS (see core.geo.rasterize).

Filters: chips with less than ``min_valid_fraction`` of non-ignored pixels are dropped (dropped_nodata),
then chips whose target share of those pixels is below ``min_positive_fraction`` (dropped_low_positive),
as in the glacier paper. ``keep_negative_fraction`` (default 0, as in the paper) keeps a seeded random
share of those low-target chips anyway, so that the network also sees areas without the target (lakes,
rock, shadow) and learns not to mark them. Chips lie on a grid of ``stride`` pixels from the top-left
corner; pixels right of or below the last whole chip are not chipped. Chips wholly outside the area of
interest are not candidates at all.

Normalisation: mean and standard deviation per channel over the training chips' pixels that hold data
(ignored pixels outside the area of interest included: the network sees them), i.e. those not both 255
in the label and 0 in every channel; accumulated chip by chip in float64.

The raster is read one chip row (full width, chip-size rows) at a time and chips are written as they are
made, so memory does not grow with the scene's height. Everything is built in a hidden partial folder beside
OUTPUT (core.io.atomic) and renamed into place at the end: an error or a cancel leaves nothing.
"""
import datetime
import os
import shutil
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Optional, Tuple

import numpy as np

from ..callbacks import Steps
from ..errors import InputError, OutputError
from ..geo.rasterize import rasterize_polygons
from ..inference.model_card import TARGETS
from ..io import atomic
from ..io.raster import BandReader, RasterWriter, Window, raster_info, windows
from ..io.vector import open_layer
from ..messages import translate
from ..nodata import INDEX_NODATA, MASK_NODATA
from ..sensors.bands import ROLE_LABELS, ROLES, Scaling
from ..sensors.scene import Scene
from ..spectral.indices import INDEX_BANDS, normalized_difference
from ..version import VERSION
from . import chip_format
from .chip_format import CHIPS_DIR, IGNORE_LABEL, MANIFEST, TRAIN
from .chip_split import split_chips
from .label_layer import CLASS_FIELD, default_classes

# Codes of the intermediate label raster beyond 0/1: unlabelled pixels to ignore, and pixels outside the area
# of interest, which are that raster's nodata.
_UNLABELLED_IGNORED = 254
_OUTSIDE_AOI = MASK_NODATA
# Background of the rasterized class rasters: "no polygon here" (class values may be any integer).
_NO_POLYGON = -2147483648
_LABEL_TO_ROLE = {label.lower(): role for role, label in ROLE_LABELS.items()}
# The band sets offered for chips, and their role labels in channel order (None: the model card's).
BAND_SET_CHOICES = (("glacier_paper", "SWIR1, NIR, Blue (false colour 6-5-2 of the glacier paper)"),
                    ("lake_paper", "Green, NIR, SWIR1 (bands 3-5-6 of the lake paper)"),
                    ("all", "All reflective bands (Coastal to SWIR2)"),
                    ("model_card", "As the model card says"))
BAND_SETS = {"glacier_paper": ("SWIR1", "NIR", "Blue"), "lake_paper": ("Green", "NIR", "SWIR1"),
             "all": tuple(ROLE_LABELS[r] for r in ROLES), "model_card": None}
CHIP_SIZE_CHOICES = ((128, "128"), (256, "256"))
_LABEL_TO_ROLE.update({role: role for role in ROLE_LABELS})


@dataclass
class ChipOptions:
    chip_size: int = 128  # pixels; 128 (glacier paper) or 256 (lake paper); a multiple of 16
    stride: Optional[int] = None  # default chip_size (no overlap); the lake paper uses 128 for 256-px chips
    bands: tuple = ("SWIR1", "NIR", "Blue")  # role labels in channel order (see options_from_model_card)
    derived: tuple = ()  # indices appended after the bands: "NDSI", "NDWI", "MNDWI"
    min_positive_fraction: float = 0.05  # share of target pixels among a chip's non-ignored pixels
    keep_negative_fraction: float = 0.0  # share of the chips below min_positive_fraction kept anyway (seeded)
    min_valid_fraction: float = 0.5  # share of non-ignored pixels in a chip
    validation_fraction: float = 0.2
    split_block_px: Optional[int] = None  # default 4 x chip_size
    seed: int = 0
    target: str = "glacier"  # glacier | lake | other: the name of class 1
    target_value: int = 1  # the value of class_field that marks the target
    class_field: Optional[str] = None  # None: every label polygon is the target
    unlabelled: str = "background"  # pixels no label polygon covers: "background" or "ignore"


@dataclass
class ChipExportResult:
    folder: str
    manifest_path: str
    train: int
    val: int
    dropped_low_positive: int
    dropped_nodata: int
    positive_fraction: float  # target share of the non-ignored pixels of all exported chips
    warnings: list = field(default_factory=list)
    dropped_split_overlap: int = 0  # training chips dropped for overlapping validation
    block_size_px: int = 0  # split block size used
    corrected_pixels: int = 0
    normalization: Optional[dict] = None


def options_from_model_card(card: Any, base: Optional[ChipOptions] = None) -> ChipOptions:
    """ChipOptions whose bands, derived channels, sensor and target are those of a model card, so chips fit
    the model to fine-tune. ``card``: a core.inference.model_card.ModelCard, an .onnx or .json path, JSON text
    or a dict; the other options come from ``base``."""
    from ..inference.model_card import ModelCard, parse_card, read_card
    if not isinstance(card, ModelCard):
        if isinstance(card, (str, os.PathLike)) and os.path.isfile(card):
            if os.fspath(card).lower().endswith(".onnx"):
                card = read_card(os.fspath(card))
            else:
                with open(card, encoding="utf-8") as handle:
                    card = parse_card(handle.read())
        else:
            card = parse_card(card)
    return replace(base or ChipOptions(), bands=tuple(card.input.bands), derived=tuple(card.input.derived),
                   target=card.target)


def _check_options(options):
    o = options
    if not isinstance(o.chip_size, int) or o.chip_size < 16 or o.chip_size % 16:
        raise InputError(translate("GlacierMapperCore", "Chip size {chip_size} is not usable: give a multiple of 16 "
                                   "such as 128 or 256 (U-Nets halve the chip four "
                                   "times or more).").format(chip_size=o.chip_size))
    stride = o.stride or o.chip_size
    if not isinstance(stride, int) or stride < 1:
        raise InputError(translate("GlacierMapperCore", "Stride {stride} must be a positive number of pixels (default: "
                                   "the chip size).").format(stride=o.stride))
    block = o.split_block_px or 4 * o.chip_size
    if block < o.chip_size:
        raise InputError(translate("GlacierMapperCore", "The split block size ({block} px) must be at least the chip "
                                   "size ({chip_size} px).").format(block=block, chip_size=o.chip_size))
    for name in ("min_positive_fraction", "keep_negative_fraction", "min_valid_fraction"):
        if not 0.0 <= getattr(o, name) <= 1.0:
            raise InputError(translate("GlacierMapperCore", "{name} must lie between 0 and 1, not {value}.").format(
                                       name=name, value=getattr(o, name)))
    if not 0.0 <= o.validation_fraction < 1.0:
        raise InputError(translate("GlacierMapperCore", "validation_fraction must be at least 0 and less than 1, not "
                                   "{validation_fraction}.").format(validation_fraction=o.validation_fraction))
    if o.target not in TARGETS:
        raise InputError(translate("GlacierMapperCore", "Target '{target}' is not one of: {targets}.").format(
                                   target=o.target, targets=', '.join(TARGETS)))
    if o.unlabelled not in ("background", "ignore"):
        raise InputError(translate("GlacierMapperCore", "unlabelled must be 'background' or 'ignore', not "
                                   "{unlabelled!r}.").format(unlabelled=o.unlabelled))
    roles = []
    for label in o.bands:
        role = _LABEL_TO_ROLE.get(str(label).strip().lower())
        if role is None:
            raise InputError(translate("GlacierMapperCore", "'{label}' is not a band role. Choose from: "
                                       "{roles}.").format(
                                       label=label, roles=', '.join(ROLE_LABELS.values())))
        roles.append(role)
    if not roles:
        raise InputError(translate("GlacierMapperCore", "Choose at least one band for the chips."))
    if len(set(roles)) != len(roles):
        raise InputError(translate("GlacierMapperCore", "A band is listed twice: "
                                   "{bands}.").format(bands=', '.join(o.bands)))
    derived = []
    for name in o.derived:
        key = str(name).strip().lower()
        if key not in INDEX_BANDS:
            raise InputError(translate("GlacierMapperCore", "'{name}' is not a derived channel. Choose from: "
                                       "{value}.").format(
                                       name=name, value=', '.join(k.upper() for k in INDEX_BANDS)))
        derived.append(key)
    return stride, block, roles, derived


def _check_output(folder: str) -> None:
    """Refuse to replace a folder that is not an earlier chip export."""
    if not os.path.exists(folder):
        parent = os.path.dirname(folder)
        if not os.path.isdir(parent):
            raise OutputError(translate("GlacierMapperCore", "The folder '{parent}' does not exist. Create it or "
                                        "choose another output folder.").format(parent=parent))
        if not os.access(parent, os.W_OK | os.X_OK):
            raise OutputError(translate("GlacierMapperCore", "Cannot write in '{parent}' (permission denied). Choose a "
                                        "folder you can write to.").format(parent=parent))
        return
    if not os.path.isdir(folder):
        raise OutputError(translate("GlacierMapperCore", "'{folder}' is a file, not a folder. Choose a folder for the "
                                    "chips.").format(folder=folder))
    entries = set(os.listdir(folder))
    if entries and not chip_format.is_chip_folder(folder):
        shown = ", ".join(sorted(entries)[:5]) + (" ..." if len(entries) > 5 else "")
        raise OutputError(translate("GlacierMapperCore", "The output folder '{folder}' already holds other files "
                                    "({shown}). Choose an empty or new folder, or "
                                    "an earlier chip folder to replace.").format(folder=folder, shown=shown))


def _move_into_place(temp: str, folder: str) -> None:
    _check_output(folder)  # again: the folder may have changed while the chips were cut
    try:
        atomic.commit(temp, folder)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot move the chips into '{folder}': {error}.").format(
                                    folder=folder, error=error)) from None


def _layer_summary(path, layer_name):
    dataset, layer = open_layer(path, layer_name)
    count = layer.GetFeatureCount()
    fields = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    extent = layer.GetExtent() if count else None
    srs = layer.GetSpatialRef()
    crs_name = srs.GetName() if srs is not None else "no CRS"
    del dataset
    return count, fields, extent, crs_name


def _check_target_present(path, layer_name, field_name, target_value, target):
    """Refuse labels whose class field never holds the target value: the chips would hold no target at all."""
    dataset, layer = open_layer(path, layer_name)
    if layer.GetLayerDefn().GetFieldIndex(field_name) < 0:
        return  # the rasterizing step names the fields the layer has
    values = set()
    layer.ResetReading()
    for feature in layer:
        value = feature.GetField(field_name)
        if value is not None:
            values.add(value)
    del dataset

    def matches(value):
        try:
            return float(value) == float(target_value)
        except (TypeError, ValueError):
            return False
    if not any(matches(v) for v in values):
        found = ", ".join(str(v) for v in sorted(values, key=str)[:20]) or translate(
            "GlacierMapperCore", "none (every value is empty)")
        raise InputError(translate("GlacierMapperCore", "No polygon of the label layer '{path}' has {field_name} = "
                                   "{target_value}, the target value, so the chips would hold no {target} at all. The "
                                   "values of '{field_name}' are: {found}. Set the target value to the one that marks "
                                   "{target}, or choose another class field.").format(
                                   path=path, field_name=field_name, target_value=target_value, target=target,
                                   found=found))


def _extent_text(info):
    x0, dx, _, y0, _, dy = info.geotransform
    xs, ys = sorted((x0, x0 + dx * info.width)), sorted((y0, y0 + dy * info.height))
    return f"x {xs[0]:.6g} to {xs[1]:.6g}, y {ys[0]:.6g} to {ys[1]:.6g}"


def _rasterize_classes(path, layer_name, field_name, info, out_path, what, value=None):
    """Rasterize a polygon layer to Int32 class values (_NO_POLYGON elsewhere)."""
    count, fields, extent, crs_name = _layer_summary(path, layer_name)
    if field_name and field_name not in fields:
        raise InputError(translate("GlacierMapperCore", "The {what} layer '{path}' has no field '{field_name}'. Its "
                                   "fields are: {fields}. Choose its class field.").format(
                                   what=what, path=path, field_name=field_name,
                                   fields=', '.join(fields) or translate("GlacierMapperCore", "none")))
    result = rasterize_polygons(path, info, out_path, layer_name=layer_name, class_field=field_name,
                                burn_value=value if value is not None else 1, background=_NO_POLYGON,
                                data_type="Int32")
    return result, count, extent, crs_name


def _build_label_raster(info, labels_path, corrections_path, aoi_path, work, options, steps):
    """One Byte raster of final labels (0, 1, _UNLABELLED_IGNORED, _OUTSIDE_AOI), window by window.

    Returns (path, corrected_pixels, target_pixels)."""
    unlabelled = 0 if options.unlabelled == "background" else _UNLABELLED_IGNORED
    readers = [BandReader(labels_path, [1])]
    if corrections_path:
        readers.append(BandReader(corrections_path, [1]))
    if aoi_path:
        readers.append(BandReader(aoi_path, [1]))
    out_path = os.path.join(work, "labels.tif")
    writer = RasterWriter(out_path, info, 1, "Byte")
    corrected = target = 0
    target_value = np.float32(options.target_value)
    try:
        for window in windows(info.width, info.height):
            steps.check()
            raw = readers[0].read(window, raw=True)[0][0]
            label = np.where(raw == target_value, 1, np.where(raw == _NO_POLYGON, unlabelled, 0)).astype(np.uint8)
            k = 1
            inside = np.ones(window.shape, dtype=bool)
            if corrections_path:
                correction = readers[k].read(window, raw=True)[0][0]
                k += 1
                has = correction != _NO_POLYGON
                before = label.copy()
                label[has] = np.where(correction[has] == target_value, 1, 0)
                changed = before != label
            if aoi_path:
                inside = readers[k].read(window, raw=True)[0][0] != 0
                label[~inside] = _OUTSIDE_AOI
            if corrections_path:
                corrected += int(np.count_nonzero(changed & inside))
            target += int(np.count_nonzero(label == 1))
            writer.write(window, label)
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    finally:
        for reader in readers:
            reader.close()
    return out_path, corrected, target


@dataclass
class _Plan:
    """What to read and how: checked options, bands and scaling of one export."""
    chip: int
    stride: int
    block_px: int
    roles: List[str]  # band roles in channel order
    derived: List[str]  # index keys appended after the bands
    read_roles: List[str]  # the roles read: the bands, then those only the derived indices need
    band_of: Dict[str, int]  # role -> 1-based band index
    scaling: Scaling
    sensor: str  # key of the scene's sensor, recorded in the manifest
    resolution_m: float  # core.geo.geodesy.resolution_m, the figure segment compares model cards with

    @property
    def channel_names(self) -> List[str]:
        return [ROLE_LABELS[r] for r in self.roles] + [k.upper() for k in self.derived]


@dataclass
class _Sources:
    """The label, correction and area-of-interest layers of one export."""
    labels_path: str
    labels_layer: Optional[str]
    corrections_path: Optional[str]
    corrections_layer: Optional[str]
    corrections_field: str
    aoi_path: Optional[str]
    aoi_layer: Optional[str]


@dataclass
class _Cut:
    """What cutting found: the chips written, their statistics and the counts of dropped candidates."""
    records: list = field(default_factory=list)  # manifest chip entries, split still None
    stats: list = field(default_factory=list)  # per chip: (sum, sum of squares, pixels with data, counted, positives)
    candidates: int = 0
    dropped_nodata: int = 0
    dropped_low: int = 0
    max_valid: float = 0.0
    max_positive: float = 0.0


def _no_chip_error(cut, options, aoi_path):
    if cut.candidates == 0:
        raise InputError(translate("GlacierMapperCore", "No chip lies inside the area of interest. Check that the area "
                                   "of interest covers the raster, or leave it out."))
    if cut.dropped_nodata == cut.candidates:
        causes = ["the raster's nodata"] + (["the area of interest"] if aoi_path else []) + (
            [translate("GlacierMapperCore", "the label coverage (unlabelled pixels are ignored)")]
            if options.unlabelled == "ignore" else [])
        raise InputError(
            translate("GlacierMapperCore", "All {candidates} chip(s) failed the valid-pixel filter: the best has "
                      "{max_valid:.1f}% non-ignored pixels, below the minimum of {min_valid_fraction:.0f}%. Check "
                      "{causes}, or lower the minimum valid fraction.").format(
                      candidates=cut.candidates, max_valid=100 * cut.max_valid,
                      min_valid_fraction=100 * options.min_valid_fraction, causes=', '.join(causes)))
    raise InputError(
        translate("GlacierMapperCore", "No chip passed the target filter: {dropped_low} chip(s) have less than "
                  "{min_positive_fraction:.1f}% {target} pixels (the highest observed is "
                  "{max_positive:.2f}%){and_nodata}. "
                  "Lower the minimum positive fraction, use a smaller chip size, or check that the labels mark the "
                  "{target} (class field and target value).").format(
                  dropped_low=cut.dropped_low, min_positive_fraction=100 * options.min_positive_fraction,
                  target=options.target, max_positive=100 * cut.max_positive,
                  and_nodata=translate("GlacierMapperCore", " and {count} too few valid pixels").format(
                      count=cut.dropped_nodata) if cut.dropped_nodata else ''))


def _band_reading(scene: Scene, roles: List[str], derived: List[str]) -> Tuple[List[str], Dict[str, int]]:
    """(roles to read, role -> band index): the bands, then those only the derived indices need."""
    derived_roles = [role for key in derived for role in INDEX_BANDS[key] if role not in roles]
    read_roles = roles + list(dict.fromkeys(derived_roles))
    return read_roles, scene.bands_for(read_roles)


def _rasterize_inputs(info, sources, options, work):
    """(labels, corrections or None, aoi or None, warnings): the polygon layers rasterized on the raster's grid."""
    labels, count, extent, crs_name = _rasterize_classes(
        sources.labels_path, sources.labels_layer, options.class_field, info, os.path.join(work, "labels_raw.tif"),
        translate("GlacierMapperCore", "label"), None if options.class_field else options.target_value)
    if labels.burned == 0:
        if labels.dropped == labels.features:
            raise InputError(translate("GlacierMapperCore", "None of the {features} label polygons has a valid area: "
                                       "check the label layer '{labels_path}' (Vector > Geometry Tools > Check "
                                       "Validity).").format(features=labels.features, labels_path=sources.labels_path))
        raise InputError(
            translate("GlacierMapperCore", "None of the {count} label polygons overlaps the raster{or_no_class}. "
                      "The labels ({crs_name}) extend over x {x_min:.6g} to {x_max:.6g}, y {y_min:.6g} to "
                      "{y_max:.6g}; the raster covers {extent_text} in its own CRS. Choose labels drawn on this "
                      "scene.").format(
                      count=count, or_no_class=translate("GlacierMapperCore", " (or they have no class value)")
                      if options.class_field else '',
                      crs_name=crs_name, x_min=extent[0], x_max=extent[1], y_min=extent[2], y_max=extent[3],
                      extent_text=_extent_text(info)))
    warnings = [translate("GlacierMapperCore", "Labels: {warning}").format(warning=w) for w in labels.warnings]
    corrections = aoi = None
    if sources.corrections_path:
        corrections, *_ = _rasterize_classes(sources.corrections_path, sources.corrections_layer,
                                             sources.corrections_field, info,
                                             os.path.join(work, "corrections_raw.tif"),
                                             translate("GlacierMapperCore", "corrections"))
        warnings += [translate("GlacierMapperCore", "Corrections: {warning}").format(warning=w)
                     for w in corrections.warnings]
        if corrections.burned == 0:
            warnings.append(translate("GlacierMapperCore", "No correction polygon with a class overlaps the raster: "
                                      "the corrections change nothing."))
    if sources.aoi_path:
        aoi = rasterize_polygons(sources.aoi_path, info, os.path.join(work, "aoi.tif"), layer_name=sources.aoi_layer)
        if aoi.burned == 0:
            raise InputError(translate("GlacierMapperCore", "The area of interest '{aoi_path}' does not overlap the "
                                       "raster. Choose an area on this scene, or "
                                       "leave it out.").format(aoi_path=sources.aoi_path))
        warnings += [translate("GlacierMapperCore", "Area of interest: {warning}").format(warning=w)
                     for w in aoi.warnings]
    return labels, corrections, aoi, warnings


def _image_row(reader, window, plan):
    """(channels [C, h, w] float32, pixels with data [h, w]) of one chip row: bands, then derived indices."""
    data, data_valid = reader.read(window)
    planes = [data[plan.read_roles.index(r)] for r in plan.roles]
    for key in plan.derived:
        a, b = INDEX_BANDS[key]
        index = normalized_difference(data[plan.read_roles.index(a)], data[plan.read_roles.index(b)], data_valid)
        data_valid &= index != INDEX_NODATA
        planes.append(index)
    return np.stack(planes), data_valid


def _cut_row(cut, y, image_row, data_valid, label_row, plan, options, has_aoi, keep_negative, temp):
    """Filter the candidate chips of one row and write those kept into ``temp``."""
    chip = plan.chip
    counted_row = data_valid & (label_row <= 1)
    for x in range(0, image_row.shape[2] - chip + 1, plan.stride):
        label = label_row[:, x:x + chip]
        if has_aoi and not np.any(label != _OUTSIDE_AOI):
            continue  # wholly outside the area of interest: not a candidate
        cut.candidates += 1
        counted = counted_row[:, x:x + chip]
        n_counted = int(np.count_nonzero(counted))
        valid_fraction = n_counted / float(chip * chip)
        cut.max_valid = max(cut.max_valid, valid_fraction)
        if valid_fraction < options.min_valid_fraction or n_counted == 0:
            cut.dropped_nodata += 1
            continue
        positives = int(np.count_nonzero(counted & (label == 1)))
        positive_fraction = positives / float(n_counted)
        cut.max_positive = max(cut.max_positive, positive_fraction)
        if positive_fraction < options.min_positive_fraction and not (
                options.keep_negative_fraction > 0 and keep_negative.random() < options.keep_negative_fraction):
            cut.dropped_low += 1
            continue
        has_data = data_valid[:, x:x + chip]
        image = np.where(has_data, image_row[:, :, x:x + chip], np.float32(0)).astype(np.float32)
        chip_label = np.where(counted, label, np.uint8(IGNORE_LABEL)).astype(np.uint8)
        name = chip_format.chip_file(len(cut.records) + 1)
        # uncompressed: float32 reflectance barely compresses and deflate dominated export time
        np.savez(os.path.join(temp, name), **{chip_format.IMAGE: image, chip_format.LABEL: chip_label})
        values = image[:, has_data].astype(np.float64)
        cut.stats.append((values.sum(axis=1), np.square(values).sum(axis=1), values.shape[1], n_counted, positives))
        cut.records.append({"file": name, "split": None, "x": x, "y": y,
                            "positive_fraction": round(positive_fraction, 6),
                            "valid_fraction": round(valid_fraction, 6)})


def _cut_chips(raster_path, label_path, info, plan, options, has_aoi, temp, steps):
    """Read the raster and the final labels one chip row at a time and write the chips that pass the filters."""
    xs = list(range(0, info.width - plan.chip + 1, plan.stride))
    ys = list(range(0, info.height - plan.chip + 1, plan.stride))
    reader = BandReader(raster_path, [plan.band_of[r] for r in plan.read_roles], plan.scaling)
    label_reader = BandReader(label_path, [1])
    keep_negative = np.random.default_rng([options.seed, 1])
    cut = _Cut()
    steps.total = len(ys)
    try:
        for y in ys:
            steps.check()
            window = Window(0, y, xs[-1] + plan.chip, plan.chip)
            image_row, data_valid = _image_row(reader, window, plan)
            label_row = label_reader.read(window, raw=True)[0][0].astype(np.uint8)
            _cut_row(cut, y, image_row, data_valid, label_row, plan, options, has_aoi, keep_negative, temp)
            steps.advance()
    finally:
        reader.close()
        label_reader.close()
    return cut


def _apply_split(temp, cut, plan, options):
    """(kept chip entries with their split, [(stats, split)], the ChipSplit): chips dropped for overlapping
    validation are removed and the others renumbered without gaps."""
    split = split_chips([(r["x"], r["y"]) for r in cut.records], plan.chip, plan.block_px,
                        options.validation_fraction, options.seed)
    kept, kept_stats = [], []
    for record, chip_stats, assigned in zip(cut.records, cut.stats, split.splits):
        if assigned is None:
            os.remove(os.path.join(temp, record["file"]))
            continue
        name = chip_format.chip_file(len(kept) + 1)
        if name != record["file"]:
            os.rename(os.path.join(temp, record["file"]), os.path.join(temp, name))
        kept.append(dict(record, file=name, split=assigned))
        kept_stats.append((chip_stats, assigned))
    return kept, kept_stats, split


def _normalization(train_stats, channel_names, warnings):
    """Mean and standard deviation per channel over the training chips' pixels with data, as a manifest dict."""
    total = max(sum(s[2] for s in train_stats), 1)
    mean = sum(s[0] for s in train_stats) / total
    std = np.sqrt(np.maximum(sum(s[1] for s in train_stats) / total - mean ** 2, 0.0))
    if np.any(std < 1e-6):
        flat = [channel_names[i] for i in np.flatnonzero(std < 1e-6)]
        warnings.append(translate("GlacierMapperCore", "Channel(s) {flat} are constant over the training chips; their "
                                  "standard deviation is set to 1e-6.").format(flat=', '.join(flat)))
        std = np.maximum(std, 1e-6)
    return {"kind": "meanstd", "mean": [float(v) for v in mean], "std": [float(v) for v in std]}


def _raster_fields(info, raster_path, plan, options):
    """The manifest's description of the imagery: channels, bands, sensor, scaling, grid."""
    scaling = plan.scaling
    reflectance = {"preset": scaling.label, "scale": scaling.scale, "offset": scaling.offset}
    if scaling.per_band:
        reflectance["per_band"] = {str(k): list(v) for k, v in sorted(scaling.per_band.items())}
    return {"chip_size": plan.chip, "stride": plan.stride, "channels": plan.channel_names,
            "bands": [ROLE_LABELS[r] for r in plan.roles], "band_indices": [plan.band_of[r] for r in plan.roles],
            "derived": [k.upper() for k in plan.derived], "sensor": plan.sensor, "reflectance": reflectance,
            "target": options.target, "classes": default_classes(options.target, 1),
            "resolution_m": plan.resolution_m, "source": raster_path, "crs": info.projection,
            "geotransform": list(info.geotransform)}


def _label_fields(sources, options, labels, corrections, corrected_pixels):
    """The manifest's description of the labels: layers, rules, repairs and corrections."""
    has_corrections = bool(sources.corrections_path)
    return {"path": os.path.abspath(os.fspath(sources.labels_path)), "layer": sources.labels_layer,
            "field": options.class_field, "target_value": options.target_value, "unlabelled": options.unlabelled,
            "corrections": os.path.abspath(os.fspath(sources.corrections_path)) if has_corrections else None,
            "corrections_field": sources.corrections_field if has_corrections else None,
            "aoi": os.path.abspath(os.fspath(sources.aoi_path)) if sources.aoi_path else None,
            "repaired": labels.repaired + (corrections.repaired if corrections else 0),
            "dropped": labels.dropped + (corrections.dropped if corrections else 0),
            "corrected_pixels": corrected_pixels}


def _export_into(temp, info, raster_path, sources, plan, options, warnings, progress, is_cancelled):
    """Build the whole chip folder in ``temp`` and return its ChipExportResult (folder still ``temp``)."""
    work = os.path.join(temp, ".work")
    os.makedirs(os.path.join(temp, CHIPS_DIR))
    os.makedirs(work)
    steps = Steps(1, progress, is_cancelled, 0.0, 0.05)
    steps.check()
    labels, corrections, aoi, layer_warnings = _rasterize_inputs(info, sources, options, work)
    warnings += layer_warnings
    steps.advance()
    label_path, corrected_pixels, _ = _build_label_raster(
        info, labels.path, corrections.path if corrections else None, aoi.path if aoi else None, work,
        options, Steps(1, progress, is_cancelled, 0.05, 0.15))
    for leftover in (labels, corrections, aoi):
        if leftover is not None:
            os.remove(leftover.path)
    cut = _cut_chips(raster_path, label_path, info, plan, options, aoi is not None, temp,
                     Steps(1, progress, is_cancelled, 0.15, 0.95))
    if not cut.records:
        _no_chip_error(cut, options, sources.aoi_path)
    kept, kept_stats, split = _apply_split(temp, cut, plan, options)
    warnings += split.warnings
    normalization = _normalization([s for s, assigned in kept_stats if assigned == TRAIN], plan.channel_names,
                                   warnings)
    positive_fraction = sum(s[0][4] for s in kept_stats) / sum(s[0][3] for s in kept_stats)
    train_count = sum(1 for r in kept if r["split"] == TRAIN)
    manifest = dict(
        _raster_fields(info, raster_path, plan, options),
        split={"method": "blocks", "block_size_px": split.block_size_px,
               "validation_fraction": options.validation_fraction, "seed": options.seed},
        normalization=normalization, labels=_label_fields(sources, options, labels, corrections, corrected_pixels),
        filters={"min_positive_fraction": options.min_positive_fraction,
                 "keep_negative_fraction": options.keep_negative_fraction,
                 "min_valid_fraction": options.min_valid_fraction},
        counts={"train": train_count, "val": len(kept) - train_count, "dropped_low_positive": cut.dropped_low,
                "dropped_nodata": cut.dropped_nodata, "dropped_split_overlap": split.dropped_overlap},
        positive_fraction=positive_fraction, warnings=warnings,
        created=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        glaciermapper_version=VERSION, chips=kept)
    manifest_path = chip_format.write_manifest(temp, manifest)
    shutil.rmtree(work)
    Steps(1, progress, is_cancelled, 0.95, 1.0).advance()
    return ChipExportResult(temp, manifest_path, train_count, len(kept) - train_count, cut.dropped_low,
                            cut.dropped_nodata, positive_fraction, warnings, split.dropped_overlap,
                            split.block_size_px, corrected_pixels, normalization)


def export_chips(scene: Scene, labels_path: str, out_folder: str, labels_layer: Optional[str] = None,
                 corrections_path: Optional[str] = None, corrections_layer: Optional[str] = None,
                 corrections_field: Optional[str] = None, aoi_path: Optional[str] = None,
                 aoi_layer: Optional[str] = None, options: Optional[ChipOptions] = None,
                 progress: Any = None, is_cancelled: Any = None) -> ChipExportResult:
    """Cut the scene's raster and its labels into training chips in ``out_folder``: a ChipExportResult.

    The bands, their reflectance scaling and the sensor come from ``scene`` (core.sensors.scene.Scene).

    See the module note for the folder format, the label rules and the filters; core.training.chip_split for the
    spatially blocked train/validation split. Raises InputError (with the fix) on unusable input,
    OutputError when OUTPUT holds something other than an earlier chip export, Cancelled on cancel.
    """
    options = options or ChipOptions()
    stride, block_px, roles, derived = _check_options(options)
    out_folder = os.path.abspath(os.fspath(out_folder))
    _check_output(out_folder)
    raster_path = os.path.abspath(scene.path)
    info = raster_info(raster_path)
    chip = options.chip_size
    if chip > info.width or chip > info.height:
        raise InputError(translate("GlacierMapperCore", "The chip size ({chip} px) is larger than the raster ({width} "
                                   "x {height} px). Choose a chip size of at most {width2} px.").format(
                                   chip=chip, width=info.width, height=info.height,
                                   width2=min(info.width, info.height) // 16 * 16))
    read_roles, band_of = _band_reading(scene, roles, derived)
    plan = _Plan(chip, stride, block_px, roles, derived, read_roles, band_of, scene.scaling, scene.sensor.key,
                 scene.resolution_m)
    warnings = list(scene.warnings)
    if not scene.has_crs:
        warnings.append(translate("GlacierMapperCore", "Without a CRS, the label polygons' coordinates are taken to be "
                                  "in the raster's georeferencing as they are."))
    if _layer_summary(labels_path, labels_layer)[0] == 0:
        raise InputError(translate("GlacierMapperCore", "The label layer '{labels_path}' has no polygons. Draw "
                                   "{target} polygons in it (or seed it from outlines) before exporting chips.").format(
                                   labels_path=labels_path, target=options.target))
    if options.class_field:
        _check_target_present(labels_path, labels_layer, options.class_field, options.target_value, options.target)
    sources = _Sources(labels_path, labels_layer, corrections_path, corrections_layer,
                       corrections_field or CLASS_FIELD, aoi_path, aoi_layer)
    temp = atomic.partial_dir(out_folder)
    try:
        result = _export_into(temp, info, raster_path, sources, plan, options, warnings, progress, is_cancelled)
        _move_into_place(temp, out_folder)
    except BaseException:
        atomic.discard(temp)
        raise
    return replace(result, folder=out_folder, manifest_path=os.path.join(out_folder, MANIFEST))
