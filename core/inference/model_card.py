"""The model card: what an ONNX model tells the plugin about its inputs and outputs.

Schema "glaciermapper-model-card/1". The card is JSON stored in the ONNX file's metadata_props under
``CARD_KEY``. This module is Python standard library only: the trainer imports it from its own
environment (``from core.inference.model_card import ...``), so no numpy, GDAL or onnx here. ``core.sensors.bands`` and
``core.errors`` are standard-library only as well.

    card = read_card("model.onnx")             # parse + validate, ModelContractError naming the key
    card = parse_card(json_text_or_dict)
    validate_card(card, input_channels=4)      # also checks the ONNX input's channel dimension
    text = card_to_json(card)                  # what the trainer writes into metadata_props
"""
import io
import json
import math
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

from ..errors import ModelContractError
from ..messages import translate
from ..sensors.bands import ROLE_LABELS, SENSORS

SCHEMA = "glaciermapper-model-card/1"
CARD_KEY = "glaciermapper_model_card"
TASKS = ("segmentation",)
TARGETS = ("glacier", "lake", "other")
OUTPUT_KINDS = ("sigmoid", "softmax")
NORMALIZATION_KINDS = ("meanstd", "minmax")
NODATA_POLICIES = ("fill_mean_then_mask",)
LAYOUTS = ("NCHW",)
# Derived channels the plugin can compute (core.spectral.indices.INDEX_BANDS has their bands), appended after the bands.
DERIVED_CHANNELS = ("NDSI", "NDWI", "MNDWI")
REQUIRED_KEYS = ("schema", "task", "target", "classes", "sensor", "input.bands", "input.normalization",
                 "input.reflectance", "tile.size", "output.kind", "output.threshold", "architecture.name")
# Architectures whose spatial size must be a multiple of 2**depth (one halving per encoder level).
POOLING_ARCHITECTURES = ("unet", "attention_unet", "attention-unet", "attunet", "resunet")

_LABEL_TO_ROLE = {label.lower(): role for role, label in ROLE_LABELS.items()}
_LABEL_TO_ROLE.update({role: role for role in ROLE_LABELS})


def _error(message):
    return ModelContractError(translate("GlacierMapperCore", "model card: {message}").format(message=message))


@dataclass
class ClassInfo:
    value: int
    name: str
    color: str = ""


@dataclass
class Reflectance:
    """How the training data's stored values became reflectance (documentation for users; the plugin
    scales the user's raster with its own scaling choice)."""
    preset: str = "none"
    scale: float = 1.0
    offset: float = 0.0


@dataclass
class Normalization:
    """Per-channel normalisation applied to reflectance (and derived indices) before the network."""
    kind: str = "meanstd"
    mean: list = field(default_factory=list)
    std: list = field(default_factory=list)
    min: list = field(default_factory=list)
    max: list = field(default_factory=list)

    def channel_count(self) -> int:
        return len(self.mean) if self.kind == "meanstd" else len(self.min)

    def multiply_add(self) -> Tuple[List[float], List[float]]:
        """(multiplier, addend) per channel so that normalised = value * multiplier + addend."""
        if self.kind == "meanstd":
            return [1.0 / s for s in self.std], [-m / s for m, s in zip(self.mean, self.std)]
        spans = [hi - lo for lo, hi in zip(self.min, self.max)]
        return [1.0 / d for d in spans], [-lo / d for lo, d in zip(self.min, spans)]

    def fill_values(self) -> List[float]:
        """The value per channel, before normalisation, that nodata pixels are filled with: the channel mean
        (mid-range for min-max cards, which carry no mean)."""
        if self.kind == "meanstd":
            return list(self.mean)
        return [(lo + hi) / 2.0 for lo, hi in zip(self.min, self.max)]

    def to_dict(self) -> Dict[str, Any]:
        if self.kind == "meanstd":
            return {"kind": self.kind, "mean": list(self.mean), "std": list(self.std)}
        return {"kind": self.kind, "min": list(self.min), "max": list(self.max)}


@dataclass
class InputSpec:
    bands: list  # role labels (core.sensors.bands.ROLE_LABELS values) in channel order, e.g. ["SWIR1", "NIR", "Blue"]
    normalization: Normalization
    reflectance: Reflectance
    derived: list = field(default_factory=list)  # "NDSI" | "NDWI" | "MNDWI", after the bands
    nodata: str = "fill_mean_then_mask"
    layout: str = "NCHW"
    name: str = "input"

    @property
    def band_roles(self) -> List[str]:
        """core.sensors.bands role keys of the band channels, e.g. ["swir1", "nir", "blue"]."""
        return [_LABEL_TO_ROLE[b.lower()] for b in self.bands]

    @property
    def channels(self) -> int:
        return len(self.bands) + len(self.derived)


@dataclass
class TileSpec:
    size: int = 256
    overlap: int = 64


@dataclass
class OutputSpec:
    kind: str = "sigmoid"
    threshold: float = 0.5
    name: str = "probability"


@dataclass
class Architecture:
    name: str
    in_channels: Optional[int] = None
    base_width: Optional[int] = None
    depth: Optional[int] = None
    extra: dict = field(default_factory=dict)  # any further keys, kept as written

    @property
    def size_multiple(self) -> int:
        """Tile sizes must be a multiple of this (2**depth for pooling encoders, else 1)."""
        if self.depth and self.name.lower() in POOLING_ARCHITECTURES:
            return 2 ** int(self.depth)
        return 1

    def to_dict(self) -> Dict[str, Any]:
        result = {"name": self.name}
        for key in ("in_channels", "base_width", "depth"):
            if getattr(self, key) is not None:
                result[key] = getattr(self, key)
        result.update(self.extra)
        return result


@dataclass
class ModelCard:
    task: str
    target: str
    classes: list  # of ClassInfo; for softmax models in the order of the output channels
    sensor: str
    input: InputSpec
    tile: TileSpec
    output: OutputSpec
    architecture: Architecture
    name: str = ""
    description: str = ""
    resolution_m: Optional[float] = None
    provenance: dict = field(default_factory=dict)
    schema: str = SCHEMA
    extra: dict = field(default_factory=dict)  # unknown top-level keys, kept so a round trip loses nothing

    @property
    def channels(self) -> int:
        return self.input.channels

    @property
    def target_value(self) -> int:
        """The mask value of the target class: the class named like ``target``, else the first non-zero class."""
        for c in self.classes:
            if c.name == self.target:
                return c.value
        nonzero = [c.value for c in self.classes if c.value != 0]
        return nonzero[0] if nonzero else 1

    @property
    def target_index(self) -> int:
        """Output channel of the target class for softmax models."""
        values = [c.value for c in self.classes]
        return values.index(self.target_value) if self.target_value in values else len(values) - 1

    def to_dict(self) -> Dict[str, Any]:
        result: Dict[str, Any] = {
            "schema": self.schema,
            "name": self.name,
            "description": self.description,
            "task": self.task,
            "target": self.target,
            "classes": [{"value": c.value, "name": c.name, "color": c.color} for c in self.classes],
            "sensor": self.sensor,
            "input": {
                "bands": list(self.input.bands),
                "derived": list(self.input.derived),
                "reflectance": {"preset": self.input.reflectance.preset, "scale": self.input.reflectance.scale,
                                "offset": self.input.reflectance.offset},
                "normalization": self.input.normalization.to_dict(),
                "nodata": self.input.nodata,
                "layout": self.input.layout,
                "name": self.input.name,
            },
            "tile": {"size": self.tile.size, "overlap": self.tile.overlap},
            "output": {"kind": self.output.kind, "threshold": self.output.threshold, "name": self.output.name},
            "architecture": self.architecture.to_dict(),
            "provenance": dict(self.provenance),
        }
        if self.resolution_m is not None:
            result["resolution_m"] = self.resolution_m
        result.update(self.extra)
        return result


def card_to_json(card: ModelCard) -> str:
    """The JSON text to store under CARD_KEY in the ONNX metadata_props (validated first)."""
    validate_card(card)
    return json.dumps(card.to_dict(), indent=None, sort_keys=False)


# ---------------------------------------------------------------- parsing

def _get(data, dotted):
    node = data
    for part in dotted.split("."):
        if not isinstance(node, dict) or part not in node:
            return None, False
        node = node[part]
    return node, True


def _number(value, key):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _error(translate("GlacierMapperCore", "{key} must be a finite number, not "
                               "{value!r}.").format(key=key, value=value))
    return float(value)


def _integer(value, key, minimum=None):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise _error(translate("GlacierMapperCore", "{key} must be a whole number, not "
                               "{value!r}.").format(key=key, value=value))
    if minimum is not None and value < minimum:
        raise _error(translate("GlacierMapperCore", "{key} must be at least {minimum}, not {value!r}.").format(
                               key=key, minimum=minimum, value=value))
    return int(value)


def _numbers(value, key):
    if not isinstance(value, list) or not value:
        raise _error(translate("GlacierMapperCore", "{key} must be a non-empty list of numbers, one "
                               "per input channel.").format(key=key))
    return [_number(v, f"{key}[{i}]") for i, v in enumerate(value)]


def _string(value, key):
    if not isinstance(value, str) or not value:
        raise _error(translate("GlacierMapperCore", "{key} must be a non-empty string, "
                               "not {value!r}.").format(key=key, value=value))
    return value


def _choice(value, key, choices):
    if value not in choices:
        raise _error(translate("GlacierMapperCore", "{key} is {value!r}; it must be one of: {choices}.").format(
                               key=key, value=value, choices=', '.join(choices)))
    return value


def _parse_normalization(data):
    if not isinstance(data, dict):
        raise _error(translate("GlacierMapperCore", "input.normalization must be an object such as {\"kind\": "
                               "\"meanstd\", \"mean\": [...], \"std\": [...]}."))
    kind = _choice(data.get("kind"), "input.normalization.kind", NORMALIZATION_KINDS)
    if kind == "meanstd":
        for key in ("mean", "std"):
            if key not in data:
                raise _error(translate("GlacierMapperCore", "input.normalization.{key} is missing (kind meanstd needs "
                                       "mean and std).").format(key=key))
        return Normalization(kind, mean=_numbers(data["mean"], "input.normalization.mean"),
                             std=_numbers(data["std"], "input.normalization.std"))
    for key in ("min", "max"):
        if key not in data:
            raise _error(translate("GlacierMapperCore", "input.normalization.{key} is missing (kind minmax needs min "
                                   "and max).").format(key=key))
    return Normalization(kind, min=_numbers(data["min"], "input.normalization.min"),
                         max=_numbers(data["max"], "input.normalization.max"))


def _parse_reflectance(data):
    if not isinstance(data, dict):
        raise _error(translate("GlacierMapperCore", "input.reflectance must be an object such as {\"preset\": "
                               "\"landsat_c2l2\", \"scale\": 2.75e-5, \"offset\": -0.2}."))
    return Reflectance(str(data.get("preset", "none")),
                       _number(data.get("scale", 1.0), "input.reflectance.scale"),
                       _number(data.get("offset", 0.0), "input.reflectance.offset"))


def _parse_classes(data):
    if not isinstance(data, list) or not data:
        raise _error(translate("GlacierMapperCore", "classes must be a non-empty list of {\"value\", \"name\"} "
                               "objects."))
    classes = []
    for i, item in enumerate(data):
        if not isinstance(item, dict) or "value" not in item or "name" not in item:
            raise _error(translate("GlacierMapperCore", "classes[{i}] must be an object with 'value' and "
                                   "'name'.").format(i=i))
        classes.append(ClassInfo(_integer(item["value"], f"classes[{i}].value", 0),
                                 _string(item["name"], f"classes[{i}].name"), str(item.get("color", ""))))
    return classes


def parse_card(source: Union[str, bytes, bytearray, Mapping[str, Any]]) -> ModelCard:
    """A ModelCard from JSON text or an already decoded dict; raises ModelContractError naming the bad key."""
    if isinstance(source, (bytes, bytearray)):
        source = source.decode("utf-8", errors="replace")
    if isinstance(source, str):
        try:
            data = json.loads(source)
        except ValueError as error:
            raise _error(translate("GlacierMapperCore", "the text stored under '{card_key}' is not valid JSON "
                                   "({error}).").format(card_key=CARD_KEY, error=error)) from None
    else:
        data = source
    if not isinstance(data, dict):
        raise _error(translate("GlacierMapperCore", "the card must be a JSON object."))
    missing = [key for key in REQUIRED_KEYS if not _get(data, key)[1]]
    if missing:
        raise _error(translate("GlacierMapperCore", "required key(s) missing: "
                               "{missing}.").format(missing=', '.join(missing)))
    inp = data["input"]
    bands = inp["bands"]
    if not isinstance(bands, list) or not bands or not all(isinstance(b, str) for b in bands):
        raise _error(translate("GlacierMapperCore", "input.bands must be a non-empty list of band roles such as "
                               "[\"Green\", \"SWIR1\"]."))
    derived = inp.get("derived") or []
    if not isinstance(derived, list) or not all(isinstance(d, str) for d in derived):
        raise _error(translate("GlacierMapperCore", "input.derived must be a list drawn from "
                               "{derived_channels}.").format(
                               derived_channels=', '.join(DERIVED_CHANNELS)))
    tile = data["tile"]
    output = data["output"]
    arch = dict(data["architecture"]) if isinstance(data["architecture"], dict) else {}
    if not arch:
        raise _error(translate("GlacierMapperCore", "architecture must be an object with at least a 'name'."))
    known = {"schema", "name", "description", "task", "target", "classes", "sensor", "input", "resolution_m",
             "tile", "output", "architecture", "provenance"}
    card = ModelCard(
        schema=data["schema"],
        name=str(data.get("name", "")),
        description=str(data.get("description", "")),
        task=data["task"],
        target=data["target"],
        classes=_parse_classes(data["classes"]),
        sensor=data["sensor"],
        input=InputSpec(
            bands=list(bands),
            derived=[d.upper() for d in derived],
            reflectance=_parse_reflectance(inp["reflectance"]),
            normalization=_parse_normalization(inp["normalization"]),
            nodata=inp.get("nodata", "fill_mean_then_mask"),
            layout=inp.get("layout", "NCHW"),
            name=str(inp.get("name", "input")),
        ),
        resolution_m=(None if data.get("resolution_m") is None
                      else _number(data["resolution_m"], "resolution_m")),
        tile=TileSpec(_integer(tile["size"], "tile.size", 1),
                      _integer(tile.get("overlap", int(tile["size"]) // 4), "tile.overlap", 0)),
        output=OutputSpec(output["kind"], _number(output["threshold"], "output.threshold"),
                          str(output.get("name", "probability"))),
        architecture=Architecture(
            name=_string(arch.pop("name"), "architecture.name"),
            in_channels=(None if arch.get("in_channels") is None
                         else _integer(arch.pop("in_channels"), "architecture.in_channels", 1)),
            base_width=(None if arch.get("base_width") is None
                        else _integer(arch.pop("base_width"), "architecture.base_width", 1)),
            depth=(None if arch.get("depth") is None else _integer(arch.pop("depth"), "architecture.depth", 0)),
            extra={k: v for k, v in arch.items() if k not in ("in_channels", "base_width", "depth")},
        ),
        provenance=dict(data.get("provenance") or {}),
        extra={k: v for k, v in data.items() if k not in known},
    )
    validate_card(card)
    return card


def validate_card(card: ModelCard, input_channels: Optional[int] = None) -> ModelCard:
    """Check a card's values and their consistency; with ``input_channels`` (the ONNX input's static channel
    dimension) also that the card and the network agree. Raises ModelContractError naming the key."""
    if card.schema != SCHEMA:
        raise _error(translate("GlacierMapperCore", "schema is {schema!r}; this plugin reads {schema2!r}. Re-export "
                               "the model with a matching trainer or update the plugin.").format(
                               schema=card.schema, schema2=SCHEMA))
    _choice(card.task, "task", TASKS)
    _choice(card.target, "target", TARGETS)
    _choice(card.sensor, "sensor", tuple(SENSORS))
    for i, band in enumerate(card.input.bands):
        if not isinstance(band, str) or band.lower() not in _LABEL_TO_ROLE:
            raise _error(translate("GlacierMapperCore", "input.bands[{i}] is {band!r}; band roles are: "
                                   "{roles}.").format(
                                   i=i, band=band, roles=', '.join(ROLE_LABELS.values())))
    if len(set(card.input.band_roles)) != len(card.input.bands):
        raise _error(translate("GlacierMapperCore", "input.bands lists a band twice: "
                               "{bands}.").format(bands=card.input.bands))
    for i, name in enumerate(card.input.derived):
        if name not in DERIVED_CHANNELS:
            raise _error(translate("GlacierMapperCore", "input.derived[{i}] is {name!r}; derived channels are: "
                                   "{derived_channels}.").format(
                                   i=i, name=name, derived_channels=', '.join(DERIVED_CHANNELS)))
    _choice(card.input.nodata, "input.nodata", NODATA_POLICIES)
    _choice(card.input.layout, "input.layout", LAYOUTS)
    channels = card.input.channels
    norm = card.input.normalization
    _choice(norm.kind, "input.normalization.kind", NORMALIZATION_KINDS)
    pairs = (("mean", "std"),) if norm.kind == "meanstd" else (("min", "max"),)
    for key in pairs[0]:
        values = getattr(norm, key)
        if len(values) != channels:
            raise _error(translate("GlacierMapperCore", "input.normalization.{key} has {values} value(s) but the "
                                   "model takes {channels} channel(s) ({bands} band(s) + {derived} "
                                   "derived).").format(
                                   key=key, values=len(values), channels=channels,
                                   bands=len(card.input.bands), derived=len(card.input.derived)))
    if norm.kind == "meanstd" and any(s <= 0 for s in norm.std):
        raise _error(translate("GlacierMapperCore", "input.normalization.std must be positive "
                               "for every channel: {std}.").format(std=norm.std))
    if norm.kind == "minmax" and any(hi <= lo for lo, hi in zip(norm.min, norm.max)):
        raise _error(translate("GlacierMapperCore", "input.normalization.max must be greater than min for every "
                               "channel."))
    if card.tile.size < 1:
        raise _error(translate("GlacierMapperCore", "tile.size must be positive, not "
                               "{size}.").format(size=card.tile.size))
    if not 0 <= card.tile.overlap < card.tile.size:
        raise _error(translate("GlacierMapperCore", "tile.overlap ({overlap}) must be at least 0 and less than "
                               "tile.size ({size}).").format(overlap=card.tile.overlap, size=card.tile.size))
    multiple = card.architecture.size_multiple
    if card.tile.size % multiple:
        raise _error(translate("GlacierMapperCore", "tile.size {size} is not a multiple of {multiple}, which "
                               "architecture {name} of depth {depth} needs.").format(
                               size=card.tile.size, multiple=multiple, name=card.architecture.name,
                               depth=card.architecture.depth))
    _choice(card.output.kind, "output.kind", OUTPUT_KINDS)
    if not 0.0 < card.output.threshold < 1.0:
        raise _error(translate("GlacierMapperCore", "output.threshold must lie strictly between 0 and 1, not "
                               "{threshold}.").format(threshold=card.output.threshold))
    values = [c.value for c in card.classes]
    if len(set(values)) != len(values):
        raise _error(translate("GlacierMapperCore", "classes has repeated values: {values}.").format(values=values))
    if any(v > 254 for v in values):
        raise _error(translate("GlacierMapperCore", "classes values must be 0-254 (255 is the mask's nodata value)."))
    if card.output.kind == "sigmoid" and len(card.classes) != 2:
        raise _error(translate("GlacierMapperCore", "a sigmoid model has two classes (background and {target}), but "
                               "classes lists {count}.").format(
                               target=card.target, count=len(card.classes)))
    if card.output.kind == "softmax" and len(card.classes) < 2:
        raise _error(translate("GlacierMapperCore", "a softmax model needs at least two classes."))
    if card.architecture.in_channels is not None and card.architecture.in_channels != channels:
        raise _error(translate("GlacierMapperCore", "architecture.in_channels is {in_channels} but input.bands + "
                               "input.derived give {channels} channel(s).").format(
                               in_channels=card.architecture.in_channels, channels=channels))
    if input_channels is not None and int(input_channels) != channels:
        raise _error(translate("GlacierMapperCore", "input.bands + input.derived give {channels} channel(s) "
                               "({derived}), but the ONNX input takes {input_channels}. The card does not belong to "
                               "this network.").format(
                               channels=channels, derived=', '.join(card.input.bands + card.input.derived),
                               input_channels=int(input_channels)))
    return card


# ---------------------------------------------------------------- reading the card from an .onnx file

def _varint(stream):
    result = shift = 0
    while True:
        byte = stream.read(1)
        if not byte:
            raise EOFError
        result |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return result
        shift += 7
        if shift > 63:
            raise ValueError("varint too long")


def _string_pair(payload):
    """key (field 1) and value (field 2) of an ONNX StringStringEntryProto."""
    stream, fields = io.BytesIO(payload), {}
    while stream.tell() < len(payload):
        tag = _varint(stream)
        if tag & 7 != 2:
            raise ValueError("unexpected wire type in metadata entry")
        length = _varint(stream)
        fields[tag >> 3] = stream.read(length).decode("utf-8", errors="replace")
    return fields.get(1, ""), fields.get(2, "")


def read_metadata_props(onnx_path: str) -> Dict[str, str]:
    """The metadata_props of an .onnx file as a dict, read with the standard library only.

    Walks the top-level fields of the ModelProto and skips the graph without loading it. Raises
    ModelContractError if the file is not an ONNX model.
    """
    if not os.path.isfile(onnx_path):
        raise ModelContractError(translate("GlacierMapperCore", "The model file "
                                           "'{onnx_path}' does not exist.").format(onnx_path=onnx_path))
    size = os.path.getsize(onnx_path)
    props, seen = {}, set()
    try:
        with open(onnx_path, "rb") as stream:
            while stream.tell() < size:
                tag = _varint(stream)
                number, wire = tag >> 3, tag & 7
                if number == 0:
                    raise ValueError("field number 0")
                if wire == 0:
                    _varint(stream)
                elif wire == 1:
                    stream.seek(8, 1)
                elif wire == 5:
                    stream.seek(4, 1)
                elif wire == 2:
                    length = _varint(stream)
                    if stream.tell() + length > size:
                        raise ValueError("field runs past the end of the file")
                    if number == 14:  # ModelProto.metadata_props
                        key, value = _string_pair(stream.read(length))
                        props[key] = value
                    else:
                        stream.seek(length, 1)
                else:
                    raise ValueError(f"wire type {wire}")
                seen.add(number)
    except (EOFError, ValueError) as error:
        raise ModelContractError(
            translate("GlacierMapperCore", "'{onnx_path}' is not a valid ONNX model ({error}). Give an .onnx file "
                      "exported by the trainer.").format(onnx_path=onnx_path, error=error)) from None
    if 1 not in seen or 7 not in seen:  # ir_version and graph
        raise ModelContractError(
            translate("GlacierMapperCore", "'{onnx_path}' is not a valid ONNX model (no ir_version or graph). Give an "
                      ".onnx file exported by the trainer.").format(onnx_path=onnx_path))
    return props


def card_from_metadata(metadata: Optional[Mapping[str, str]], source: str = "the model") -> ModelCard:
    """Parse the card out of a metadata_props dict (from read_metadata_props or onnxruntime's modelmeta)."""
    text = (metadata or {}).get(CARD_KEY)
    if not text:
        raise ModelContractError(
            translate("GlacierMapperCore", "{source} has no Glacier Mapper model card (ONNX metadata key "
                      "'{card_key}'). Export the model with the Glacier Mapper trainer, or add the card to its "
                      "metadata_props (see models/README.md).").format(source=source, card_key=CARD_KEY))
    return parse_card(text)


def read_card(onnx_path: str) -> ModelCard:
    """The validated ModelCard of an .onnx file (standard library only; the graph is not loaded)."""
    return card_from_metadata(read_metadata_props(onnx_path), f"The model '{onnx_path}'")


# Files that hold PyTorch weights, not a network onnxruntime can run.
_CHECKPOINT_EXTENSIONS = (".pt", ".pth", ".ckpt")


def model_file_problem(path: Optional[str]) -> Optional[str]:
    """Why ``path`` cannot be a model file to segment with (a folder, a PyTorch checkpoint, ...), or None."""
    if not path:
        return None
    path = os.fspath(path)
    if os.path.isdir(path):
        inside = sorted(name for name in os.listdir(path) if name.lower().endswith(".onnx"))
        found = f" It holds: {', '.join(inside[:5])}." if inside else " It holds no .onnx file."
        return translate("GlacierMapperCore", "The model file '{path}' is a folder. Give the .onnx model file inside "
                         "it.{found}").format(path=path, found=found)
    extension = os.path.splitext(path)[1].lower()
    if extension in _CHECKPOINT_EXTENSIONS:
        onnx = os.path.splitext(path)[0] + ".onnx"
        beside = translate("GlacierMapperCore", " The ONNX model '{onnx}' lies beside it: give that file.").format(
                           onnx=onnx) if os.path.isfile(onnx) else ""
        return (translate("GlacierMapperCore", "The model file '{path}' is a PyTorch checkpoint, not an ONNX model; "
                          "the plugin runs ONNX models only.{beside} Export it to ONNX with 'Train model' (fine-tune "
                          "from it) or the trainer (python -m trainer train ... --out model.onnx), then give the .onnx "
                          "file.").format(path=path, beside=beside))
    if extension != ".onnx":
        return translate("GlacierMapperCore", "The model file '{path}' is not an ONNX model (.onnx). Give a .onnx file "
                         "exported by the trainer.").format(path=path)
    if not os.path.exists(path):
        return translate("GlacierMapperCore", "The model file '{path}' does not exist. Check the path, or choose a "
                         "bundled model.").format(path=path)
    return None
