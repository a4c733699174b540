"""The zip in a fresh profile, as a desktop user gets it: QGIS's own (system) Python, no project venv.

Install dependencies runs through qgis_process and leaves the system Python as it was; Segment then runs
through qgis_process and in the real QGIS desktop (under Xvfb) from its dialog, with styled outputs.
"""
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile

import pytest
from helpers import PLUGIN_ROOT, read_raster

from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.scripts.headless import QGIS_PROCESS

SYSTEM_PYTHON = "/usr/bin/python3"
QGIS_DESKTOP = shutil.which("qgis") or "/usr/bin/qgis"
SEGMENT = "glaciermapper:segment"
# the CPU build whatever the machine: the GPU build is a 300 MB download
INSTALL_CPU = ("glaciermapper:installdependencies", "--", "BUILD=1")


def system_environment(config, home):
    """qgis_process's environment with nothing of the project's venv: Debian's Python and QGIS's plugins only
    (pip's own settings kept: they say where this machine's packages come from)."""
    env = {k: v for k, v in os.environ.items() if k.startswith(("PIP_", "LANG", "LC_"))}
    env.update(PATH="/usr/bin:/bin", HOME=str(home), QGIS_CUSTOM_CONFIG_PATH=str(config),
               QT_QPA_PLATFORM="offscreen", PYTHONPATH="/usr/share/qgis/python/plugins",
               PYTHONDONTWRITEBYTECODE="1")
    return env


def qgis_process(env, *args, timeout=600):
    done = subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout)
    return done.returncode, done.stdout + done.stderr


def system_packages():
    done = subprocess.run([SYSTEM_PYTHON, "-m", "pip", "list", "--format=json"], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent"}, check=True)
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def profile(tmp_path_factory):
    """A fresh profile with the zip installed and enabled; the system Python's packages before anything."""
    folder = tmp_path_factory.mktemp("desktop")
    archive = folder / "glacier_mapper.zip"
    subprocess.run([sys.executable, os.path.join(PLUGIN_ROOT, "scripts", "package.py"), "--out", str(archive)],
                   check=True, capture_output=True)
    config, home = folder / "config", folder / "home"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    home.mkdir()
    zipfile.ZipFile(archive).extractall(plugins)
    env = system_environment(config, home)
    assert qgis_process(env, "plugins", "enable", "glacier_mapper")[0] == 0
    scene = generate_scene(folder / "scene", width=256, height=256, seed=5)
    return {"folder": folder, "env": env, "config": config, "home": home, "scene": scene.scene,
            "packages_before": system_packages()}


def test_install_dependencies_with_the_system_python_then_segment(profile):
    env, folder = profile["env"], profile["folder"]
    segment = [f"INPUT={profile['scene']}", f"OUTPUT_MASK={folder / 'mask.tif'}",
               f"OUTPUT_PROBABILITY={folder / 'probability.tif'}"]
    code, before = qgis_process(env, "run", SEGMENT, "--", *segment)
    assert code != 0 and "glaciermapper:installdependencies" in before and "numpy<2" not in before

    started = time.perf_counter()
    code, first = qgis_process(env, "run", *INSTALL_CPU)
    first_seconds = time.perf_counter() - started
    assert code == 0, first[-3000:]
    assert f"QGIS's Python: {SYSTEM_PYTHON}" in first and "Successfully installed" in first
    assert "CHANGED:\ttrue" in first and "numpy" not in first.split("Installed in")[1].split("\n")[0]
    packages = profile["config"] / "profiles" / "default" / "python" / "glacier_mapper_packages"
    assert sorted(p for p in os.listdir(packages) if p in ("onnxruntime", "shapely", "numpy")) == [
        "onnxruntime", "shapely"]

    started = time.perf_counter()
    code, second = qgis_process(env, "run", *INSTALL_CPU)
    second_seconds = time.perf_counter() - started
    assert code == 0 and "Nothing to do" in second and "CHANGED:\tfalse" in second
    assert "Collecting" not in second

    code, segmented = qgis_process(env, "run", SEGMENT, "--", *segment)
    assert code == 0, segmented[-3000:]
    # the CPU build from the profile's folder (the project's venv has onnxruntime-gpu)
    assert "onnxruntime: onnxruntime 1.23.2" in segmented
    mask, nodata = read_raster(str(folder / "mask.tif"))
    assert mask.shape == (256, 256) and 0 < (mask == 1).sum() < 256 * 256

    # the system Python is as it was: no onnxruntime there, no package added, nothing in the user site
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import onnxruntime"], capture_output=True, text=True,
                           env={"PATH": "/usr/bin:/bin", "HOME": str(profile["home"])})
    assert probe.returncode != 0 and "No module named 'onnxruntime'" in probe.stderr
    assert system_packages() == profile["packages_before"]
    assert not (profile["home"] / ".local" / "lib").exists()
    print(f"\ninstalldependencies: first run {first_seconds:.1f} s, second run {second_seconds:.1f} s")


def test_install_dask_then_map_scenes_runs_on_two_worker_processes(profile):
    """Map scenes with QGIS's own Python: one scene after another without Dask, saying so; on two worker
    processes once 'Also install Dask' has installed it into the profile's folder, with the same masks."""
    env, folder = profile["env"], profile["folder"]
    scenes = [generate_scene(folder / f"region_{k}", width=160, height=160, seed=30 + k).scene for k in range(3)]

    def map_scenes(out):
        return qgis_process(env, "run", "glaciermapper:mapscenes", "--", *(f"INPUTS={s}" for s in scenes),
                            "WORKERS=2", f"OUTPUT={out}")

    assert qgis_process(env, "run", *INSTALL_CPU)[0] == 0  # onnxruntime and shapely, if the test runs alone
    code, in_turn = map_scenes(folder / "in_turn")
    assert code == 0, in_turn[-3000:]
    assert "one after another" in in_turn and "Dask dashboard" not in in_turn
    code, installed = qgis_process(env, "run", *INSTALL_CPU, "DASK=true")
    assert code == 0, installed[-3000:]
    assert "dask==2024.8.0" in installed and "distributed==2024.8.0" in installed
    assert "Ready: dask 2024.8.0" in installed and "numpy" not in installed.split("Installed in")[1].split("\n")[0]
    code, parallel = map_scenes(folder / "parallel")
    assert code == 0, parallel[-3000:]
    assert "Dask dashboard: http" in parallel and "one after another" not in parallel
    names = sorted(os.listdir(folder / "in_turn"))
    assert len(names) == 3 and sorted(os.listdir(folder / "parallel")) == names
    for name in names:
        for raster in ("glacier_mask.tif", "lake_mask.tif"):
            a, _ = read_raster(str(folder / "in_turn" / name / raster))
            b, _ = read_raster(str(folder / "parallel" / name / raster))
            assert (a == b).all(), (name, raster)
    # nothing of it in the system Python: dask came from the profile's folder (the first run had none)
    assert system_packages() == profile["packages_before"]


DESKTOP_SCRIPT = r"""
import json, os, sys, traceback
from qgis.core import QgsApplication, QgsProject
from qgis.PyQt.QtCore import QTimer
from qgis.utils import active_plugins, iface

report = {"plugins": list(active_plugins), "python": sys.executable}
parameters = json.loads(os.environ["GM_PARAMETERS"])


def finish():
    with open(os.environ["GM_REPORT"], "w") as handle:
        json.dump(report, handle)
    os._exit(0)  # no "save the project?" question


def check(tries=[0]):
    layers = [layer for layer in QgsProject.instance().mapLayers().values()]
    tries[0] += 1
    if len(layers) >= 2 or tries[0] > 240:
        report["layers"] = [{"name": layer.name(), "source": layer.source(), "renderer": layer.renderer().type()}
                            for layer in layers]
        finish()
    else:
        QTimer.singleShot(500, check)


def start():
    try:
        import processing
        bar = iface.messageBar()
        report["message_bar"] = [item.text() for item in bar.items()] if hasattr(bar, "items") else []
        dialog = processing.createAlgorithmDialog("glaciermapper:segment", parameters)
        report["dialog"] = type(dialog).__name__
        dialog.show()
        dialog.runAlgorithm()  # what its Run button does: a background task, then the outputs are loaded
        QTimer.singleShot(500, check)
        QTimer.singleShot(150000, finish)  # whatever happens, QGIS does not outlive the test
    except Exception:
        report["error"] = traceback.format_exc()
        finish()


QTimer.singleShot(1000, start)
"""


def test_segment_dialog_in_the_qgis_desktop_adds_styled_outputs(profile):
    if not shutil.which("xvfb-run"):
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing: make system installs it (xvfb)")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb): the desktop test needs a display")
    folder = profile["folder"]
    env = dict(profile["env"])
    env.pop("QT_QPA_PLATFORM")
    script = folder / "desktop_check.py"
    script.write_text(DESKTOP_SCRIPT)
    report_path = folder / "desktop_report.json"
    env.update(LANG="C.UTF-8", LC_ALL="C.UTF-8")  # English layer names, checked below
    env.update(GM_REPORT=str(report_path), GM_PARAMETERS=json.dumps({
        "INPUT": str(profile["scene"]), "OUTPUT_MASK": str(folder / "desktop_mask.tif"),
        "OUTPUT_PROBABILITY": str(folder / "desktop_probability.tif")}))
    installed = qgis_process(env | {"QT_QPA_PLATFORM": "offscreen"}, "run", *INSTALL_CPU)
    assert installed[0] == 0, installed[1][-2000:]
    started = time.perf_counter()
    done = subprocess.run(["xvfb-run", "-a", "-s", "-screen 0 1280x1024x24", QGIS_DESKTOP, "--nologo",
                           "--noversioncheck", "--profiles-path", str(profile["config"]), "--code", str(script)],
                          env=env, capture_output=True, text=True, timeout=200)
    seconds = time.perf_counter() - started
    assert report_path.exists(), (done.stdout + done.stderr)[-3000:]
    report = json.loads(report_path.read_text())
    assert "error" not in report, report.get("error")
    assert "glacier_mapper" in report["plugins"] and report["dialog"] == "AlgorithmDialog"
    layers = {layer["name"]: layer for layer in report["layers"]}
    assert sorted(layers) == ["Glacier mask (U-Net glacier_unet)", "Glacier probability (U-Net glacier_unet)"]
    assert layers["Glacier mask (U-Net glacier_unet)"]["renderer"] == "paletted"
    assert layers["Glacier probability (U-Net glacier_unet)"]["renderer"] == "singlebandpseudocolor"
    mask, _ = read_raster(str(folder / "desktop_mask.tif"))
    assert (mask == 1).sum() > 0
    print(f"\nQGIS desktop under Xvfb: Segment dialog run and outputs loaded in {seconds:.0f} s")


BAR_SCRIPT = r"""
import json, os, traceback
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QApplication, QPushButton
from qgis.utils import iface

report = {}


def finish():
    with open(os.environ["GM_REPORT"], "w") as handle:
        json.dump(report, handle)
    os._exit(0)


def close_dialog():
    dialogs = [w for w in QApplication.topLevelWidgets() if w.isVisible() and type(w).__name__ == "AlgorithmDialog"]
    report["opened"] = [w.windowTitle() for w in dialogs]
    for dialog in dialogs:
        dialog.reject()


def start():
    try:
        items = iface.messageBar().items()
        report["messages"] = [item.text() for item in items]
        # the plugin's message, whatever the language: it names the packages
        buttons = [b for item in items if "onnxruntime" in item.text() for b in item.findChildren(QPushButton)]
        report["buttons"] = len(buttons)
        if buttons:
            QTimer.singleShot(3000, close_dialog)
            buttons[0].click()  # opens the installer's dialog until close_dialog rejects it
    except Exception:
        report["error"] = traceback.format_exc()
    finish()


QTimer.singleShot(1000, start)
QTimer.singleShot(90000, finish)  # whatever happens, QGIS does not outlive the test
"""


def test_desktop_offers_the_installer_when_packages_are_missing(tmp_path):
    if not shutil.which("xvfb-run"):
        if os.environ.get("CI"):
            pytest.fail("xvfb-run is missing: make system installs it (xvfb)")
        pytest.skip("xvfb-run is not installed (apt-get install xvfb): the desktop test needs a display")
    archive = tmp_path / "glacier_mapper.zip"
    subprocess.run([sys.executable, os.path.join(PLUGIN_ROOT, "scripts", "package.py"), "--out", str(archive)],
                   check=True, capture_output=True)
    config, home = tmp_path / "config", tmp_path / "home"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True)
    home.mkdir()
    zipfile.ZipFile(archive).extractall(plugins)
    env = system_environment(config, home)
    assert qgis_process(env, "plugins", "enable", "glacier_mapper")[0] == 0
    env.pop("QT_QPA_PLATFORM")
    script = tmp_path / "bar_check.py"
    script.write_text(BAR_SCRIPT)
    env["GM_REPORT"] = str(tmp_path / "report.json")
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"  # English: the dialog's title is checked below
    done = subprocess.run(["xvfb-run", "-a", QGIS_DESKTOP, "--nologo", "--noversioncheck", "--profiles-path",
                           str(config), "--code", str(script)], env=env, capture_output=True, text=True, timeout=180)
    assert (tmp_path / "report.json").exists(), (done.stdout + done.stderr)[-3000:]
    report = json.loads((tmp_path / "report.json").read_text())
    assert any("onnxruntime" in m and "shapely" in m for m in report["messages"]), report
    assert report["buttons"] == 1 and report["opened"] == ["Install dependencies"]


def test_set_up_the_trainer_then_train_model_finds_it(profile):
    """The real trainer venv (torch 2.13.0 CPU: this machine's pip takes it from its local wheel): about a
    minute here. Train model then runs with it, no setting and no environment variable naming it."""
    env, folder = dict(profile["env"]), profile["folder"]
    env.pop("GLACIERMAPPER_TRAINER_PYTHON", None)
    assert qgis_process(env, "run", *INSTALL_CPU)[0] == 0  # Outlines needs shapely
    started = time.perf_counter()
    # "as the package index serves it": this machine reaches PyPI only, not PyTorch's wheel index
    code, log = qgis_process(env, "run", "glaciermapper:setuptrainer", "--", "BUILD=2", timeout=900)
    seconds = time.perf_counter() - started
    assert code == 0, log[-3000:]
    venv = profile["config"] / "profiles" / "default" / "python" / "glacier_mapper_trainer"
    assert f"PYTHON:\t{venv / 'bin' / 'python'}" in log and "CHANGED:\ttrue" in log
    code, again = qgis_process(env, "run", "glaciermapper:setuptrainer", "--", "BUILD=2")
    assert code == 0 and "Nothing to do" in again and "CHANGED:\tfalse" in again
    labels = str(folder / "labels.gpkg")
    truth = os.path.join(os.path.dirname(profile["scene"]), "glacier_truth.tif")
    code, log = qgis_process(env, "run", "glaciermapper:outlines", "--", f"MASK={truth}", "MIN_AREA=0",
                             f"OUTPUT={labels}")
    assert code == 0, log[-2000:]
    code, log = qgis_process(env, "run", "glaciermapper:exportchips", "--", f"INPUT={profile['scene']}",
                             f"LABELS={labels}", "CHIP_SIZE=0", "STRIDE=64", "MIN_POSITIVE_FRACTION=0",
                             "SPLIT_BLOCK=128", f"OUTPUT={folder / 'chips'}")
    assert code == 0, log[-2000:]
    code, log = qgis_process(env, "run", "glaciermapper:trainmodel", "--", f"CHIPS={folder / 'chips'}", "EPOCHS=1",
                             "BATCH_SIZE=4", "BASE_WIDTH=4", "DEPTH=2", "TILE_SIZE=64",
                             f"OUTPUT_MODEL={folder / 'model.onnx'}")
    assert code == 0, log[-3000:]
    assert f"Trainer Python: {venv / 'bin' / 'python'}" in log and (folder / "model.onnx").is_file()
    print(f"\nsetuptrainer: {seconds:.0f} s")
