"""Where models live: the plugin's bundled models and the user's own trained models."""
import glob
import os
from typing import List, Optional, Sequence, Tuple

from ..paths import MODELS_DIR
from .model_card import read_card

BUNDLED_DIR = MODELS_DIR


def user_models_dir() -> str:
    """Default home of models trained from QGIS, so they show up in 'Segment' at once."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "glacier_mapper", "models")


def list_models(folders: Optional[Sequence[Optional[str]]] = None) -> List[Tuple[str, str]]:
    """[(display name, path)] of the .onnx models with a readable card, bundled ones first."""
    found = []
    for folder in folders or (BUNDLED_DIR, user_models_dir()):
        if not folder:
            continue
        for path in sorted(glob.glob(os.path.join(folder, "*.onnx"))):
            try:
                card = read_card(path)
            except Exception:  # a model that cannot be read is not offered; 'Segment' explains if given by path
                continue
            found.append((f"{card.name or os.path.basename(path)} ({card.target})", path))
    return found
