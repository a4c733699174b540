"""The plugin modules the trainer shares: the model card, the chip-folder format, the nodata values, the
metric formulas, the trainer's choices (core.training.trainer_process) and the version.

The trainer runs in its own interpreter with ``models/`` on the path; the plugin root (two levels above
this package) is put on sys.path so ``core`` can be imported. These modules need only the standard library
(core.accuracy.metrics also numpy), never GDAL or QGIS.
"""
import os
import sys

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
if PLUGIN_ROOT not in sys.path:
    sys.path.insert(0, PLUGIN_ROOT)

import core.training.chip_format as chip_format  # noqa: E402
from core.accuracy.metrics import Confusion  # noqa: E402
from core.accuracy.metrics import metrics as paper_metrics  # noqa: E402
from core.errors import ModelContractError  # noqa: E402
from core.inference.model_card import CARD_KEY, Normalization, card_to_json, parse_card, read_card, validate_card  # noqa: E402
from core.nodata import MASK_NODATA  # noqa: E402
from core.training.chip_format import IGNORE_LABEL, ChipFolder, ChipFormatError  # noqa: E402
from core.training.trainer_process import ARCHITECTURES, DEVICES, LOSSES, OPTIMIZERS  # noqa: E402
from core.version import VERSION  # noqa: E402

__all__ = ["ARCHITECTURES", "CARD_KEY", "DEVICES", "IGNORE_LABEL", "LOSSES", "MASK_NODATA", "OPTIMIZERS",
           "ChipFolder", "ChipFormatError", "Confusion", "ModelContractError", "Normalization", "VERSION",
           "card_to_json", "chip_format", "paper_metrics", "parse_card", "read_card", "validate_card"]
