"""The zip of `make package` installs into a fresh QGIS profile and runs there through qgis_process."""
import configparser
import os
import subprocess
import sys
import zipfile

import numpy as np
from helpers import PLUGIN_ROOT, read_raster
from test_threshold_algorithms import seven_band_scene

from glacier_mapper.scripts.headless import QGIS_PROCESS, plugin_environment, run_algorithm

# Only for developing and building the plugin: never in the zip.
DEVELOPER_FOLDERS = ("scripts/", "tests/", "bench/", "models/reports/", "build/", "dist/", "demo_output/")
BUILD_TOOLING = {"Makefile", "pyproject.toml", "pytest.ini", "requirements.txt", "requirements-dev.txt",
                 ".gitignore", ".ci/run"}


def plugin_modules():
    for top in ("algorithms", "core", os.path.join("models", "trainer")):
        for folder, folders, files in os.walk(os.path.join(PLUGIN_ROOT, top)):
            folders[:] = [f for f in folders if f != "__pycache__"]
            yield from (os.path.relpath(os.path.join(folder, f), PLUGIN_ROOT) for f in files if f.endswith(".py"))


def test_zip_installs_and_runs(tmp_path):
    archive = tmp_path / "glacier_mapper.zip"
    subprocess.run([sys.executable, os.path.join(PLUGIN_ROOT, "scripts", "package.py"), "--out", str(archive)],
                   check=True, capture_output=True)
    names = zipfile.ZipFile(archive).namelist()
    assert all(n.startswith("glacier_mapper/") for n in names)
    relative = [n[len("glacier_mapper/"):] for n in names]
    developer_only = [n for n in relative if n.startswith(DEVELOPER_FOLDERS) or n in BUILD_TOOLING
                      or n.endswith((".pyc", ".ts")) or "__pycache__" in n or "/." in "/" + n]
    assert developer_only == []
    for required in ("metadata.txt", "__init__.py", "LICENSE", "CHANGELOG.md", "resources/icon.svg",
                     "models/glacier_unet.onnx", "models/glacier_unet.MODEL_CARD.md", "models/trainer/__main__.py",
                     "models/glacier_unet.int8.onnx", "models/glacier_unet.int8.MODEL_CARD.md",
                     "resources/models/map_glaciers_and_lakes.model3", "i18n/glacier_mapper_de.qm"):
        assert required in relative
    # every module of the plugin ships: a module left out would break the installed plugin, not the checkout
    assert sorted(set(plugin_modules()) - set(relative)) == []
    metadata = configparser.ConfigParser(interpolation=None)
    metadata.read_string(zipfile.ZipFile(archive).read("glacier_mapper/metadata.txt").decode())
    assert metadata.get("general", "version") in open(os.path.join(PLUGIN_ROOT, "CHANGELOG.md")).read() or \
        "[Unreleased]" in open(os.path.join(PLUGIN_ROOT, "CHANGELOG.md")).read()

    # what "Install from ZIP" does: extract into the profile's plugin folder, then enable the plugin
    config = tmp_path / "config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    zipfile.ZipFile(archive).extractall(plugins)
    env = plugin_environment(config)
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "glacier_mapper"], env=env, check=True, capture_output=True)
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    answer = run_algorithm("glaciermapper:ndsiglaciermask", {"INPUT": str(scene),
                                                             "OUTPUT_MASK": str(tmp_path / "mask.tif")}, env)
    mask, _ = read_raster(answer["results"]["OUTPUT_MASK"])
    assert (mask == 1).sum() == 60 * 40 - 100 + 5  # snow; the default water test leaves 5 of 160 lake px
    listing = subprocess.run([QGIS_PROCESS, "plugins"], env=env, capture_output=True, text=True).stdout
    assert "* glacier_mapper" in listing
    assert np.isclose(answer["results"]["THRESHOLD_USED"], 0.4)
