"""The zip of `make package` installs into a fresh QGIS profile and runs there through qgis_process."""
import configparser
import os
import subprocess
import sys
import zipfile

import numpy as np
from helpers import PLUGIN_ROOT, read_raster
from test_threshold_algorithms import seven_band_scene

from glacier_mapper.resources.headless import QGIS_PROCESS, plugin_environment, run_algorithm


def test_zip_installs_and_runs(tmp_path):
    archive = tmp_path / "glacier_mapper.zip"
    subprocess.run([sys.executable, os.path.join(PLUGIN_ROOT, "resources", "package.py"), "--out", str(archive)],
                   check=True, capture_output=True)
    names = zipfile.ZipFile(archive).namelist()
    assert all(n.startswith("glacier_mapper/") for n in names)
    assert not [n for n in names if "/tests/" in n or "/bench/" in n or "__pycache__" in n or "/.venv" in n]
    for required in ("metadata.txt", "__init__.py", "LICENSE", "CHANGELOG.md", "resources/icon.svg"):
        assert f"glacier_mapper/{required}" in names
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
    assert (mask == 1).sum() == 60 * 40 - 100 + 160
    listing = subprocess.run([QGIS_PROCESS, "plugins"], env=env, capture_output=True, text=True).stdout
    assert "* glacier_mapper" in listing
    assert np.isclose(answer["results"]["THRESHOLD_USED"], 0.4)
