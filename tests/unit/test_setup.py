"""The set-up engine: finding QGIS's Python, the install plan, pip's process and cancel, the trainer venv."""
import json
import os
import subprocess
import sys
import time

import pytest
from helpers import PLUGIN_ROOT

from glacier_mapper.core.environment import dependencies, gpu, interpreter, processes
from glacier_mapper.core.errors import Cancelled, InputError
from glacier_mapper.core.training import trainer_process, trainer_setup

SYSTEM_PYTHON = "/usr/bin/python3"


def touch(path):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    open(path, "w").close()
    return str(path)


def system_version():
    done = subprocess.run([SYSTEM_PYTHON, "-c", "import sys; print(*sys.version_info[:2])"], capture_output=True,
                          text=True, check=True)
    return tuple(int(v) for v in done.stdout.split())


def test_linux_qgis_binary_gives_the_system_python_of_its_version():
    version = system_version()
    found = interpreter.qgis_python("/usr/bin/qgis.bin", "linux", version, "/usr")
    assert found == f"/usr/bin/python{version[0]}.{version[1]}"
    assert interpreter.python_version(found) == version


def test_linux_refuses_a_python_of_another_version():
    with pytest.raises(InputError, match="3.99 was not found"):
        interpreter.qgis_python("/usr/bin/qgis.bin", "linux", (3, 99), "/usr")


def test_a_python_executable_is_used_as_is():
    assert interpreter.qgis_python(sys.executable) == sys.executable


def test_windows_osgeo4w_prefers_the_launcher_then_the_running_version(tmp_path):
    root = tmp_path / "OSGeo4W"
    qgis = touch(root / "bin" / "qgis-ltr-bin.exe")
    apps_39 = touch(root / "apps" / "Python39" / "python.exe")
    touch(root / "apps" / "Python312" / "python.exe")
    launcher = touch(root / "bin" / "python3.exe")
    same = lambda path: (3, 9)  # noqa: E731  (the fake tree's files cannot run)
    assert interpreter.qgis_python(qgis, "win32", (3, 9), str(root / "apps" / "Python39"), same) == launcher
    os.remove(launcher)
    assert interpreter.qgis_python(qgis, "win32", (3, 9), str(root / "apps" / "Python39"), same) == apps_39
    assert interpreter.interpreter_candidates(qgis, "win32", (3, 9), "")[2:] == [
        apps_39, str(root / "apps" / "Python312" / "python.exe")]


def test_macos_bundle_python(tmp_path):
    contents = tmp_path / "QGIS.app" / "Contents"
    qgis = touch(contents / "MacOS" / "QGIS")
    framework = touch(contents / "Frameworks" / "Python.framework" / "Versions" / "3.9" / "bin" / "python3")
    same = lambda path: (3, 9)  # noqa: E731
    assert interpreter.qgis_python(qgis, "darwin", (3, 9), "/", same) == framework
    bundled = touch(contents / "MacOS" / "bin" / "python3")
    assert interpreter.qgis_python(qgis, "darwin", (3, 9), "/", same) == bundled


def test_plan_installs_only_what_is_missing_and_never_numpy():
    install, already = dependencies.plan("onnxruntime", {"numpy": ["1.24.2", "system"],
                                                         "sympy": ["1.11.1", "system"],
                                                         "packaging": ["23.0", "system"],
                                                         "mpmath": ["0.0.0", "system"],
                                                         "shapely": ["1.8.5", "system"]})
    assert install == ["onnxruntime==" + dependencies.ONNXRUNTIME_VERSION, "shapely==2.0.6",
                       "coloredlogs==15.0.1", "flatbuffers==25.12.19", "protobuf==6.33.6", "humanfriendly==10.0"]
    assert already == ["packaging==23.0", "sympy==1.11.1", "mpmath==0.0.0"]
    assert not any(item.startswith("numpy") for item in install)
    done = {name.split("==")[0]: [name.split("==")[1], "target"] for name in install + already}
    again, there = dependencies.plan("onnxruntime", done)
    assert again == [] and len(there) == len(install) + len(already)
    # a system onnxruntime of another version is not the pinned one: it is installed in the folder
    assert dependencies.plan("onnxruntime", dict(done, onnxruntime=["1.16.0", "system"]))[0] == [
        "onnxruntime==" + dependencies.ONNXRUNTIME_VERSION]


def test_plan_with_dask_adds_its_pins_and_keeps_the_system_requirements():
    # Debian 12's Python: packaging, pyyaml, jinja2, markupsafe and urllib3 are system packages
    system = {name: [version, "system"] for name, version in (
        ("packaging", "23.0"), ("pyyaml", "6.0"), ("jinja2", "3.1.2"), ("markupsafe", "2.1.2"), ("urllib3", "1.26.12"))}
    install, already = dependencies.plan("onnxruntime", system, dependencies.DASK_PACKAGES)
    names = [item.split("==")[0] for item in install]
    assert install[:2] == ["onnxruntime==" + dependencies.ONNXRUNTIME_VERSION, "shapely==2.0.6"]
    assert {"dask==2024.8.0", "distributed==2024.8.0", "importlib-metadata==8.5.0", "zipp==3.20.2",
            "tornado==6.4.1", "msgpack==1.1.0", "psutil==6.1.0"} <= set(install)
    assert not {"packaging", "pyyaml", "jinja2", "markupsafe", "urllib3", "numpy"} & set(names)
    assert sorted(already) == sorted(f"{n}=={v[0]}" for n, v in system.items())
    # the Dask pins match the engine's own (requirements.txt, pyproject's dask extra)
    with open(os.path.join(PLUGIN_ROOT, "requirements.txt"), encoding="utf-8") as handle:
        pinned = dict(line.strip().split("==") for line in handle if "==" in line and not line.startswith("#"))
    assert {n: dependencies.PINS[n][0] for n in dependencies.DASK_PACKAGES} == {
        n: pinned[n] for n in dependencies.DASK_PACKAGES}


def test_auto_build_follows_the_nvidia_driver(tmp_path):
    assert dependencies.choose_build("auto", str(tmp_path)) == "onnxruntime"
    reason = "no NVIDIA driver (no /proc/driver/nvidia/version, no nvidia-smi)"
    assert gpu.provider_problems(["TensorrtExecutionProvider", "CUDAExecutionProvider", "CPUExecutionProvider"],
                                 str(tmp_path)) == {"TensorrtExecutionProvider": reason,
                                                    "CUDAExecutionProvider": reason}
    touch(tmp_path / "proc" / "driver" / "nvidia" / "version")
    assert dependencies.choose_build("auto", str(tmp_path)) == "onnxruntime-gpu"
    assert dependencies.choose_build("onnxruntime", str(tmp_path)) == "onnxruntime"
    with pytest.raises(InputError, match="Unknown onnxruntime build"):
        dependencies.choose_build("onnxruntime-cuda")


def test_remove_distribution_follows_its_record(tmp_path):
    touch(tmp_path / "onnxruntime" / "__init__.py")
    touch(tmp_path / "shapely" / "__init__.py")
    info = tmp_path / "onnxruntime_gpu-1.23.2.dist-info"
    info.mkdir()
    (info / "RECORD").write_text("onnxruntime/__init__.py,sha256=x,1\n../outside.txt,,\n")
    touch(tmp_path.parent / "outside.txt")
    assert dependencies.remove_distribution(str(tmp_path), "onnxruntime-gpu")
    assert sorted(os.listdir(tmp_path)) == ["onnxruntime", "shapely"]
    assert os.listdir(tmp_path / "onnxruntime") == [] and (tmp_path.parent / "outside.txt").exists()
    assert not dependencies.remove_distribution(str(tmp_path), "onnxruntime-gpu")


def test_activate_puts_the_folder_first_once(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))
    folder = tmp_path / "glacier_mapper_packages"
    assert dependencies.activate(str(folder)) and sys.path[0] == str(folder)
    folder.mkdir()
    (folder / "made_after_start.py").write_text("VALUE = 42\n")
    import importlib
    assert importlib.import_module("made_after_start").VALUE == 42
    assert not dependencies.activate(str(folder)) and sys.path.count(str(folder)) == 1


def test_pip_arguments_install_into_the_folder_only():
    args = dependencies.pip_arguments("/usr/bin/python3", "/p/glacier_mapper_packages", ["shapely==2.0.6"],
                                      "https://mirror.example/simple")
    assert args[:4] == ["/usr/bin/python3", "-m", "pip", "install"]
    assert args[args.index("--target") + 1] == "/p/glacier_mapper_packages" and "--no-deps" in args
    assert args[args.index("--index-url") + 1] == "https://mirror.example/simple" and args[-1] == "shapely==2.0.6"
    assert "--user" not in args and "--break-system-packages" not in args


CHILDREN = r"""
import subprocess, sys, time
child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
print("child", child.pid, flush=True)
for i in range(600):
    print("line", i, flush=True)
    time.sleep(0.05)
"""


def test_run_logged_streams_lines_and_cancel_stops_the_group_within_a_second():
    lines = []
    state = {}

    def cancel():
        if len(lines) >= 5 and "at" not in state:
            state["at"] = time.perf_counter()
        return "at" in state

    with pytest.raises(Cancelled, match="stopped"):
        processes.run_logged([sys.executable, "-c", CHILDREN], lines.append, cancel)
    stopped = time.perf_counter() - state["at"]
    assert stopped < 1.0
    child = int(lines[0].split()[1])
    time.sleep(0.2)
    alive = os.path.exists(f"/proc/{child}") and "zombie" not in open(f"/proc/{child}/status").read().lower()
    assert not alive
    assert lines[1:4] == ["line 0", "line 1", "line 2"]


def test_run_logged_returns_the_exit_status_and_the_tail():
    run = processes.run_logged([sys.executable, "-c", "import sys; print('a'); print('b', file=sys.stderr); "
                                "sys.exit(3)"])
    assert run.returncode == 3 and run.tail == ["a", "b"]


def test_torch_comes_from_the_cpu_index_by_default():
    args = trainer_setup.pip_install_arguments("py", "req.txt", "cpu", platform="linux")
    assert args[args.index("--extra-index-url") + 1] == "https://download.pytorch.org/whl/cpu"
    assert "--extra-index-url" not in trainer_setup.pip_install_arguments("py", "req.txt", "cuda", platform="linux")
    windows = trainer_setup.pip_install_arguments("py", "req.txt", "cuda", "https://m/simple", platform="win32")
    assert windows[windows.index("--extra-index-url") + 1].endswith("/cu128") and "https://m/simple" in windows
    assert "--extra-index-url" not in trainer_setup.pip_install_arguments("py", "req.txt", "cpu", platform="darwin")
    assert "--extra-index-url" not in trainer_setup.pip_install_arguments("py", "req.txt", "index")


def test_setup_trainer_refuses_cuda_without_a_gpu(tmp_path):
    if gpu.nvidia_driver():
        pytest.skip("this machine has an NVIDIA driver")
    with pytest.raises(InputError, match="NVIDIA"):
        trainer_setup.setup_trainer(SYSTEM_PYTHON, str(tmp_path / "venv"), "cuda")
    assert not (tmp_path / "venv").exists()


def test_trainer_venv_of_a_tiny_requirement_is_idempotent_and_found(tmp_path, monkeypatch):
    wheel = sorted(f for f in os.listdir("/opt/pypi/files") if f.startswith("six-")) \
        if os.path.isdir("/opt/pypi/files") else []
    requirements = tmp_path / "requirements.txt"
    requirements.write_text("six==1.17.0\n" if wheel else "pip\n")
    profile = tmp_path / "profile"
    folder = trainer_process.trainer_venv_dir(str(profile))
    lines = []
    first = trainer_setup.setup_trainer(SYSTEM_PYTHON, folder, "index", requirements=str(requirements),
                                        on_line=lines.append)
    assert first.changed and os.path.isfile(first.python) and any("six" in line or "pip" in line for line in lines)
    again = trainer_setup.setup_trainer(SYSTEM_PYTHON, folder, "index", requirements=str(requirements))
    assert not again.changed and again.python == first.python
    assert json.load(open(os.path.join(folder, trainer_setup.MARKER)))["build"] == "index"
    monkeypatch.delenv(trainer_process.TRAINER_PYTHON_VARIABLE, raising=False)
    assert trainer_process.default_trainer_python(str(profile)) == first.python
    assert trainer_process.default_trainer_python(str(tmp_path / "other")).endswith(
        os.path.join(".venv-trainer", "bin", "python"))
    # a cancel stops pip and leaves no marker: the next run completes the environment
    requirements.write_text("six==1.16.0\n")
    with pytest.raises(Cancelled):
        trainer_setup.setup_trainer(SYSTEM_PYTHON, folder, "index", requirements=str(requirements),
                                    is_cancelled=lambda: True)
    assert not os.path.exists(os.path.join(folder, trainer_setup.MARKER))


def test_trainer_problem_names_the_set_up_algorithm():
    message = trainer_process.trainer_problem("/nowhere/python")
    assert "glaciermapper:setuptrainer" in message and "make trainer-venv" not in message
    assert "<" not in message and ">" not in message


def test_install_dependencies_cancel_stops_pip_and_installs_nothing(tmp_path):
    folder = tmp_path / "glacier_mapper_packages"
    lines = []
    state = {}

    def cancel():
        if lines and "at" not in state:  # pip has started talking
            state["at"] = time.perf_counter()
        return "at" in state

    with pytest.raises(Cancelled):
        dependencies.install_dependencies(SYSTEM_PYTHON, str(folder), "onnxruntime", on_line=lines.append,
                                          is_cancelled=cancel)
    assert time.perf_counter() - state["at"] < 1.0
    assert not (folder / "onnxruntime").exists() and not (folder / "shapely").exists()
