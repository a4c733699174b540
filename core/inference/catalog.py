"""Where models live: the plugin's bundled models and the user's own trained models.

Model cards are read once per model file and kept until the provider reloads (``forget_cards``): an algorithm
instance lists the models each time QGIS creates one, and reading every card each time made that slow. A file
that changes (a retrained model saved over the old one) is read again, as is one that appears.
"""
import glob
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..choices import choice_keys
from ..errors import InputError
from ..messages import translate
from ..paths import MODELS_DIR
from .model_card import read_card

BUNDLED_DIR = MODELS_DIR
# Precision of the network that runs: the model file itself, or its static int8 (QDQ) variant beside it.
PRECISION_CHOICES = (("fp32", "fp32 (full precision)"), ("int8", "int8 (quantised variant, where the model has one)"))
PRECISIONS = choice_keys(PRECISION_CHOICES)
INT8_SUFFIX = ".int8.onnx"
# path -> ((mtime_ns, size), card, or None when the card cannot be read)
_CARDS: Dict[str, Tuple[Tuple[int, int], Any]] = {}


def user_models_dir() -> str:
    """Default home of models trained from QGIS, so they show up in 'Segment' at once."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "glacier_mapper", "models")


def forget_cards() -> None:
    """Drop the cards read so far; the provider calls this when it (re)loads its algorithms."""
    _CARDS.clear()


def cached_card(path: str) -> Optional[Any]:
    """The ModelCard of ``path``, read once while the file is unchanged; None when it has no readable card."""
    try:
        stat = os.stat(path)
    except OSError:
        return None
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _CARDS.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    try:
        card = read_card(path)
    except Exception:  # a model that cannot be read is not offered; 'Segment' explains if given by path
        card = None
    _CARDS[path] = (stamp, card)
    return card


def is_variant(path: str) -> bool:
    """Whether ``path`` is a precision variant of another model (listed with that model, not on its own)."""
    return os.path.basename(path).lower().endswith(INT8_SUFFIX)


def int8_path(model_path: str) -> str:
    """Where the int8 variant of ``model_path`` lives: <stem>.int8.onnx beside it."""
    if is_variant(model_path):
        return model_path
    stem = model_path[:-len(".onnx")] if model_path.lower().endswith(".onnx") else model_path
    return stem + INT8_SUFFIX


def variant_path(model_path: str, precision: str) -> str:
    """The file that runs ``model_path`` at ``precision`` ("fp32": the file itself; "int8": its int8 variant).

    Raises InputError for an unknown precision, or when the int8 variant does not exist."""
    if precision not in PRECISIONS:
        raise InputError(translate("GlacierMapperCore", "Unknown precision '{precision}'. Choose one of: "
                                   "{choices}.").format(precision=precision, choices=", ".join(PRECISIONS)))
    if precision == "fp32":
        return model_path
    path = int8_path(model_path)
    if not os.path.exists(path):
        raise InputError(translate(
            "GlacierMapperCore", "The model '{model}' has no int8 variant: {variant} is not beside it. Choose the "
            "precision fp32, or quantise the model to that file (the bundled models' variants are made by 'python -m "
            "scripts.build_models', see models/README.md).").format(model=os.path.basename(model_path),
                                                                    variant=os.path.basename(path)))
    return path


def list_models(folders: Optional[Iterable[Optional[str]]] = None) -> List[Tuple[str, str]]:
    """[(display name, path)] of the .onnx models with a readable card, bundled ones first; precision variants
    (<name>.int8.onnx) are not listed: the precision parameter picks them."""
    found = []
    for folder in folders or (BUNDLED_DIR, user_models_dir()):
        if not folder:
            continue
        for path in sorted(glob.glob(os.path.join(folder, "*.onnx"))):
            if is_variant(path):
                continue
            card = cached_card(path)
            if card is not None:
                found.append((f"{card.name or os.path.basename(path)} ({card.target})", path))
    return found
