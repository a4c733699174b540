"""Where the plugin's own files are: one place instead of counting directory levels in every module."""
import os
from typing import Union

# A file or folder argument: a str or a pathlib.Path
PathArg = Union[str, "os.PathLike[str]"]

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
METADATA = os.path.join(PLUGIN_ROOT, "metadata.txt")
MODELS_DIR = os.path.join(PLUGIN_ROOT, "models")
TRAINER_DIR = os.path.join(MODELS_DIR, "trainer")
RESOURCES_DIR = os.path.join(PLUGIN_ROOT, "resources")
STYLES_DIR = os.path.join(RESOURCES_DIR, "styles")
GRAPHICAL_MODELS_DIR = os.path.join(RESOURCES_DIR, "models")
ICON = os.path.join(RESOURCES_DIR, "icon.svg")
I18N_DIR = os.path.join(PLUGIN_ROOT, "i18n")
