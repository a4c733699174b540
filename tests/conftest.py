"""Shared test set-up: import the plugin the way QGIS does, as a package named glacier_mapper.

The repository root is the plugin folder, whatever the checkout is called; a link named
``glacier_mapper`` in a temporary plugins folder makes ``import glacier_mapper`` work as in QGIS.
"""
import os
import sys
import tempfile

import pytest

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

PLUGINS_DIR = tempfile.mkdtemp(prefix="glacier_mapper_plugins_")
os.symlink(PLUGIN_ROOT, os.path.join(PLUGINS_DIR, "glacier_mapper"))
sys.path.insert(0, PLUGINS_DIR)
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def plugins_dir():
    return PLUGINS_DIR
