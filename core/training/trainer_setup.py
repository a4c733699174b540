"""Creating the trainer's own Python environment (torch, onnx, numpy 2) in the QGIS profile.

The venv is made by QGIS's Python (``-m venv``) in ``<profile>/python/glacier_mapper_trainer`` and filled
from the pinned models/trainer/requirements.txt. Torch comes as the CPU build unless asked otherwise: on
Linux PyPI's torch is the CUDA build with several GB of NVIDIA libraries, so the CPU build is taken from
PyTorch's CPU wheel index. A marker file records what was installed; a second run with the same
requirements and options does nothing.
"""
import json
import os
import sys
from dataclasses import dataclass
from typing import Callable, List, Optional

from ..environment.gpu import nvidia_driver
from ..environment.processes import run_logged
from ..errors import GlacierMapperError, InputError
from ..messages import translate
from .trainer_process import TRAINER_REQUIREMENTS, venv_python

MARKER = "glacier_mapper_installed.json"
TORCH_BUILD_CHOICES = (("cpu", "CPU (PyTorch's CPU wheels)"), ("cuda", "CUDA (NVIDIA GPU)"),
                       ("index", "As the package index serves it (mirrors)"))
TORCH_INDEXES = {"cpu": "https://download.pytorch.org/whl/cpu", "cuda": "https://download.pytorch.org/whl/cu128"}


@dataclass
class TrainerSetup:
    python: str  # the venv's interpreter, for trainmodel
    changed: bool  # False: it was there already with the same requirements and options
    seconds: float = 0.0


def torch_index(build: str, platform: Optional[str] = None) -> Optional[str]:
    """The extra index torch comes from for a TORCH_BUILD_CHOICES key: None means the package index's own
    (macOS wheels on PyPI are CPU/MPS; Linux's PyPI torch is already the CUDA build)."""
    platform = platform or sys.platform
    if build == "index" or platform == "darwin" or (build == "cuda" and platform.startswith("linux")):
        return None
    return TORCH_INDEXES[build]


def pip_install_arguments(python: str, requirements: str, build: str, index_url: Optional[str] = None,
                          platform: Optional[str] = None) -> List[str]:
    args = [python, "-m", "pip", "install", "--no-input", "--progress-bar", "off", "--disable-pip-version-check",
            "-r", requirements]
    if index_url:
        args += ["--index-url", index_url]
    extra = torch_index(build, platform)
    if extra:
        args += ["--extra-index-url", extra]
    return args


def _wanted(requirements: str, build: str, index_url: Optional[str]) -> dict:
    with open(requirements, encoding="utf-8") as handle:
        return {"requirements": handle.read(), "build": build, "index_url": index_url or ""}


def _installed(folder: str) -> Optional[dict]:
    try:
        with open(os.path.join(folder, MARKER), encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return None


def setup_trainer(qgis_python: str, folder: str, build: str = "cpu", index_url: Optional[str] = None,
                  requirements: str = TRAINER_REQUIREMENTS, on_line: Optional[Callable[[str], object]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None) -> TrainerSetup:
    """Create (or complete) the trainer venv in ``folder`` with ``qgis_python``; Cancelled stops pip within a
    second and leaves no marker, so the next run completes the environment."""
    if build not in TORCH_INDEXES and build != "index":
        raise InputError(translate("GlacierMapperCore", "Unknown torch build {build!r}.").format(build=build))
    if build == "cuda" and nvidia_driver() is None:
        raise InputError(translate("GlacierMapperCore", "The CUDA build of torch needs an NVIDIA GPU and its driver, "
                                   "and none was found here: choose the CPU build."))
    python = venv_python(folder)
    wanted = _wanted(requirements, build, index_url)
    if os.path.isfile(python) and _installed(folder) == wanted:
        return TrainerSetup(python, changed=False)
    seconds = 0.0
    if not os.path.isfile(python):
        run = run_logged([qgis_python, "-m", "venv", folder], on_line, is_cancelled)
        seconds += run.seconds
        if run.returncode != 0:
            raise GlacierMapperError(translate("GlacierMapperCore", "Creating the venv {folder} failed (on Debian and "
                                               "Ubuntu install python3-venv):\n{output}").format(
                                               folder=folder, output="\n".join(run.tail[-10:])))
    marker = os.path.join(folder, MARKER)
    if os.path.exists(marker):
        os.remove(marker)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONUNBUFFERED"] = "1"
    run = run_logged(pip_install_arguments(python, requirements, build, index_url), on_line, is_cancelled, env=env)
    seconds += run.seconds
    if run.returncode != 0:
        raise GlacierMapperError(translate("GlacierMapperCore", "pip failed (exit code {returncode}):\n"
                                           "{output}").format(
                                           returncode=run.returncode, output="\n".join(run.tail[-15:])))
    with open(marker, "w", encoding="utf-8") as handle:
        json.dump(wanted, handle)
    return TrainerSetup(python, changed=True, seconds=seconds)
