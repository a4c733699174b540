"""Where models live: the plugin's bundled models and the user's own trained models.

Model cards are read once per model file and kept until the provider reloads (``forget_cards``): an algorithm
instance lists the models each time QGIS creates one, and reading every card each time made that slow. A file
that changes (a retrained model saved over the old one) is read again, as is one that appears.
"""
import glob
import os
from typing import Any, Dict, Iterable, List, Optional, Tuple

from ..paths import MODELS_DIR
from .model_card import read_card

BUNDLED_DIR = MODELS_DIR
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


def list_models(folders: Optional[Iterable[Optional[str]]] = None) -> List[Tuple[str, str]]:
    """[(display name, path)] of the .onnx models with a readable card, bundled ones first."""
    found = []
    for folder in folders or (BUNDLED_DIR, user_models_dir()):
        if not folder:
            continue
        for path in sorted(glob.glob(os.path.join(folder, "*.onnx"))):
            card = cached_card(path)
            if card is not None:
                found.append((f"{card.name or os.path.basename(path)} ({card.target})", path))
    return found
