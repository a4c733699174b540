"""Installing onnxruntime and shapely (and Dask, on request) for QGIS's own Python, into a folder of the plugin
in the QGIS profile.

QGIS runs the Python it was built with (Debian's /usr/bin/python3, OSGeo4W's, the macOS bundle's), often
externally managed and with its own numpy. pip installs with ``--target <profile>/python/glacier_mapper_packages
--no-deps`` and an explicit, pinned list: nothing is written to the system Python or the user site, and numpy
is never installed (the wheels below work with numpy 1.21 and later, 1.24 included). The plugin puts the folder
first on sys.path when it loads (``activate``).
"""
import importlib
import json
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from ..errors import GlacierMapperError, InputError
from ..messages import translate
from .gpu import nvidia_driver
from .processes import run_logged

PACKAGES_FOLDER = "glacier_mapper_packages"
# (distribution, version, its requirements other than numpy). onnxruntime 1.20 and later need Python 3.10;
# QGIS 3.22's Windows and macOS builds run 3.9, which gets 1.19.2 (also built for numpy 1.x and 2).
ONNXRUNTIME_VERSION = "1.23.2" if sys.version_info >= (3, 10) else "1.19.2"
ONNX_DEPENDENCIES = ("coloredlogs", "flatbuffers", "packaging", "protobuf", "sympy")
PINS: Dict[str, Tuple[str, Tuple[str, ...]]] = {
    "onnxruntime": (ONNXRUNTIME_VERSION, ONNX_DEPENDENCIES),
    "onnxruntime-gpu": (ONNXRUNTIME_VERSION, ONNX_DEPENDENCIES),
    "shapely": ("2.0.6", ()),
    "coloredlogs": ("15.0.1", ("humanfriendly",)),
    "humanfriendly": ("10.0", ()),
    "flatbuffers": ("25.12.19", ()),
    "packaging": ("24.2", ()),
    "protobuf": ("6.33.6", ()),  # abi3 wheels for Python 3.9 to 3.13
    "sympy": ("1.13.3", ("mpmath",)),
    "mpmath": ("1.3.0", ()),
    # Dask, optional (Map scenes on several worker processes): the engine's pins, with requirements of their
    # time; pure Python but msgpack, psutil, pyyaml, markupsafe and tornado (abi3 or per-Python wheels).
    "dask": ("2024.8.0", ("click", "cloudpickle", "fsspec", "importlib-metadata", "packaging", "partd", "pyyaml",
                          "toolz")),
    "distributed": ("2024.8.0", ("dask", "click", "cloudpickle", "jinja2", "locket", "msgpack", "packaging", "psutil",
                                 "pyyaml", "sortedcontainers", "tblib", "toolz", "tornado", "urllib3", "zict")),
    "click": ("8.1.7", ()),
    "cloudpickle": ("3.1.0", ()),
    "fsspec": ("2024.9.0", ()),
    "importlib-metadata": ("8.5.0", ("zipp",)),  # dask imports it on Python < 3.12
    "zipp": ("3.20.2", ()),
    "partd": ("1.4.2", ("locket", "toolz")),
    "pyyaml": ("6.0.2", ()),
    "toolz": ("1.0.0", ()),
    "jinja2": ("3.1.4", ("markupsafe",)),
    "markupsafe": ("2.1.5", ()),
    "locket": ("1.0.0", ()),
    "msgpack": ("1.1.0", ()),
    "psutil": ("6.1.0", ()),
    "sortedcontainers": ("2.4.0", ()),
    "tblib": ("3.0.0", ()),
    "tornado": ("6.4.1", ()),
    "urllib3": ("1.26.20", ()),
    "zict": ("3.0.0", ()),
}
# What "Also install Dask" adds to onnxruntime and shapely.
DASK_PACKAGES = ("dask", "distributed")
BUILDS = ("onnxruntime", "onnxruntime-gpu")  # both install the onnxruntime package: one at a time
BUILD_CHOICES = (("auto", "Automatic: the GPU build where an NVIDIA driver is present"),
                 ("onnxruntime", "onnxruntime (CPU)"), ("onnxruntime-gpu", "onnxruntime-gpu (NVIDIA CUDA 12)"))

# Run by QGIS's interpreter: the distributions it sees, the target folder first, and its numpy.
PROBE = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from importlib import metadata
found = {}
for where, paths in (("target", sys.path[:1]), ("system", sys.path[1:])):
    for dist in metadata.distributions(path=paths):
        name = (dist.metadata["Name"] or "").lower().replace("_", "-")
        found.setdefault(name, [dist.version, where])
try:
    import pip
    pip_version = pip.__version__
except ImportError:
    pip_version = None
print(json.dumps({"found": found, "pip": pip_version, "version": list(sys.version_info[:3])}))
"""


@dataclass
class InstallResult:
    folder: str
    installed: List[str] = field(default_factory=list)  # "name==version" installed by this run
    already: List[str] = field(default_factory=list)  # what was there already
    removed: List[str] = field(default_factory=list)  # the other onnxruntime build, replaced
    seconds: float = 0.0


def packages_dir(profile_dir: str) -> str:
    """The plugin's package folder in a QGIS profile folder (QgsApplication.qgisSettingsDirPath())."""
    return os.path.join(profile_dir, "python", PACKAGES_FOLDER)


def activate(folder: str) -> bool:
    """Put ``folder`` first on sys.path (once) so that its packages win over older system ones; True if added."""
    folder = os.path.abspath(folder)
    importlib.invalidate_caches()
    sys.path_importer_cache.pop(folder, None)  # a folder created after a failed look-up must be read again
    if folder in sys.path:
        return False
    sys.path.insert(0, folder)
    return True


def choose_build(choice: str, root: str = "/") -> str:
    """The onnxruntime distribution for a BUILD_CHOICES key: auto takes the GPU build where a driver is found
    (and never on macOS, which has no GPU build)."""
    if choice != "auto":
        if choice not in BUILDS:
            raise InputError(translate("GlacierMapperCore", "Unknown onnxruntime build {choice!r}: one of "
                                       "{builds}.").format(
                                       choice=choice, builds=', '.join(BUILDS)))
        return choice
    return "onnxruntime-gpu" if sys.platform != "darwin" and nvidia_driver(root) else "onnxruntime"


def probe(python: str, folder: str) -> dict:
    """What ``python`` (QGIS's) has: {"found": {name: [version, "target"|"system"]}, "pip": ..., "version"}."""
    env = _environment()
    done = subprocess.run([python, "-c", PROBE, folder], capture_output=True, text=True, timeout=120, env=env,
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise GlacierMapperError(translate("GlacierMapperCore", "QGIS's Python {python} could not list its packages:\n"
                                           "{stderr}").format(python=python, stderr=done.stderr[-2000:]))
    return json.loads(done.stdout.strip().splitlines()[-1])


def _closure(roots: Sequence[str]) -> List[str]:
    ordered: List[str] = []
    pending = list(roots)
    while pending:
        name = pending.pop(0)
        if name not in ordered:
            ordered.append(name)
            pending += PINS[name][1]
    return ordered


def plan(build: str, found: Dict[str, list], extras: Sequence[str] = ()) -> Tuple[List[str], List[str]]:
    """(to install as name==version, already there): the pinned build, shapely and the ``extras`` (e.g.
    DASK_PACKAGES) must be in the folder or the system at their pinned version; their requirements count as
    there at any version."""
    install, already = [], []
    roots = [build, "shapely", *extras]
    for name in _closure(roots):
        version = PINS[name][0]
        have = found.get(name)
        if have and (name not in roots or have[0] == version):
            already.append(f"{name}=={have[0]}")
        else:
            install.append(f"{name}=={version}")
    return install, already


def _environment() -> Dict[str, str]:
    # PYTHONHOME/PYTHONPATH of a QGIS session belong to it; pip's own run must see only QGIS's Python
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONSTARTUP", "PYTHONPATH")}
    env["PYTHONUNBUFFERED"] = "1"
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def pip_arguments(python: str, folder: str, requirements: Sequence[str], index_url: Optional[str] = None) -> List[str]:
    """The pip command line: into ``folder`` only, no dependency resolution (the pins name every package)."""
    args = [python, "-m", "pip", "install", "--target", folder, "--no-deps", "--upgrade", "--no-input",
            "--progress-bar", "off", "--no-warn-script-location"]
    if index_url:
        args += ["--index-url", index_url]
    return args + list(requirements)


def remove_distribution(folder: str, name: str) -> bool:
    """Remove an installed distribution from ``folder`` by its RECORD; True if it was there."""
    prefix = name.replace("-", "_").lower() + "-"
    removed = False
    for entry in os.listdir(folder) if os.path.isdir(folder) else []:
        if entry.lower().startswith(prefix) and entry.endswith(".dist-info"):
            record = os.path.join(folder, entry, "RECORD")
            paths = [line.split(",")[0] for line in open(record, encoding="utf-8")] if os.path.isfile(record) else []
            for relative in paths:
                path = os.path.normpath(os.path.join(folder, relative))
                if path.startswith(os.path.abspath(folder) + os.sep) and os.path.isfile(path):
                    os.remove(path)
            shutil.rmtree(os.path.join(folder, entry), ignore_errors=True)
            removed = True
    return removed


def install_dependencies(python: str, folder: str, build: str, on_line: Optional[Callable[[str], object]] = None,
                         is_cancelled: Optional[Callable[[], bool]] = None,
                         index_url: Optional[str] = None, extras: Sequence[str] = ()) -> InstallResult:
    """Install the pinned packages missing from QGIS's Python ``python`` into ``folder`` (onnxruntime's
    ``build``, shapely and the ``extras``); nothing when all are there (a second run costs a probe). Raises
    GlacierMapperError with pip's last lines when pip fails."""
    state = probe(python, folder)
    if state["pip"] is None:
        raise InputError(translate("GlacierMapperCore", "QGIS's Python {python} has no pip. Install it (Debian and "
                                   "Ubuntu: sudo apt install python3-pip), then run this again.").format(python=python))
    result = InstallResult(folder)
    found = state["found"]
    other = [b for b in BUILDS if b != build and found.get(b, [None, ""])[1] == "target"]
    install, result.already = plan(build, {k: v for k, v in found.items() if k not in other}, extras)
    if not install:
        return result
    for name in other:
        if remove_distribution(folder, name):
            result.removed.append(name)
    os.makedirs(folder, exist_ok=True)
    run = run_logged(pip_arguments(python, folder, install, index_url), on_line, is_cancelled, env=_environment())
    result.seconds = run.seconds
    if run.returncode != 0:
        raise GlacierMapperError(translate("GlacierMapperCore", "pip failed (exit code {returncode}):\n"
                                           "{output}").format(
                                           returncode=run.returncode, output="\n".join(run.tail[-15:])))
    result.installed = install
    return result
