"""The Python interpreter of the running QGIS, for running pip and venv from inside QGIS.

Inside QGIS, sys.executable is the qgis (or qgis_process) binary, not a Python: starting it with ``-m pip``
would open another QGIS. The interpreter is found beside the installation instead, per platform:

- Linux: ``<base_prefix>/bin/python3.X``, ``/usr/bin/python3.X``, ``/usr/bin/python3`` (distribution packages
  run the system Python), the first whose version is the running one;
- Windows (OSGeo4W, standalone installer): ``<root>/bin/python3.exe`` (the launcher that sets QGIS's
  environment), ``<root>/bin/python.exe``, then ``<root>/apps/Python3X/python.exe`` for the running 3.X first,
  where ``<root>`` is the folder above the qgis binary's ``bin``;
- macOS: the bundle's ``QGIS.app/Contents/MacOS/bin/python3[.X]``, then its
  ``Contents/Frameworks/Python.framework/Versions/3.X/bin/python3``.

When sys.executable is already a Python (a script, the tests), it is used as is.
"""
import glob
import os
import subprocess
import sys
from typing import Callable, List, Optional, Sequence

from ..errors import InputError
from ..messages import translate


def _is_python(executable: str) -> bool:
    return os.path.basename(executable).lower().startswith("python")


def _windows_candidates(executable: str, version: Sequence[int]) -> List[str]:
    bin_dir = os.path.dirname(executable)
    root = os.path.dirname(bin_dir) if os.path.basename(bin_dir).lower() == "bin" else bin_dir
    apps = os.path.join(root, "apps")
    exact = os.path.join(apps, f"Python{version[0]}{version[1]}", "python.exe")
    others = sorted(p for p in glob.glob(os.path.join(apps, "Python3*", "python.exe")) if p != exact)
    return [os.path.join(root, "bin", "python3.exe"), os.path.join(root, "bin", "python.exe"), exact] + others


def _macos_candidates(executable: str, version: Sequence[int]) -> List[str]:
    contents = executable
    while contents and os.path.basename(contents) != "Contents" and os.path.dirname(contents) != contents:
        contents = os.path.dirname(contents)
    dotted = f"{version[0]}.{version[1]}"
    return [os.path.join(contents, "MacOS", "bin", "python3"), os.path.join(contents, "MacOS", "bin",
                                                                           f"python{dotted}"),
            os.path.join(contents, "Frameworks", "Python.framework", "Versions", dotted, "bin", "python3")]


def interpreter_candidates(executable: str, platform: str, version: Sequence[int], base_prefix: str) -> List[str]:
    """Where QGIS's Python may be, most likely first, for the qgis binary ``executable`` on ``platform``."""
    if _is_python(executable):
        return [executable]
    if platform == "win32":
        return _windows_candidates(executable, version)
    if platform == "darwin":
        return _macos_candidates(executable, version)
    dotted = f"{version[0]}.{version[1]}"
    return [os.path.join(base_prefix, "bin", f"python{dotted}"), f"/usr/bin/python{dotted}", "/usr/bin/python3"]


def python_version(python: str) -> Optional[tuple]:
    """(major, minor) that ``python`` reports, or None when it does not run."""
    try:
        done = subprocess.run([python, "-c", "import sys; print(sys.version_info[0], sys.version_info[1])"],
                              capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
        major, minor = done.stdout.split()
        return int(major), int(minor)
    except (OSError, ValueError, subprocess.SubprocessError):
        return None


def qgis_python(executable: Optional[str] = None, platform: Optional[str] = None,
                version: Optional[Sequence[int]] = None, base_prefix: Optional[str] = None,
                version_of: Callable[[str], Optional[tuple]] = python_version) -> str:
    """The first candidate that exists and runs the same Python version as QGIS; InputError when none does."""
    executable = executable or sys.executable
    version = tuple(version or sys.version_info[:2])
    candidates = interpreter_candidates(executable, platform or sys.platform, version, base_prefix or sys.base_prefix)
    for candidate in candidates:
        if os.path.isfile(candidate) and version_of(candidate) == version[:2]:
            return candidate
    raise InputError(translate("GlacierMapperCore", "QGIS's Python {version}.{version2} was not found (looked for "
                               "{candidates}).").format(
                               version=version[0], version2=version[1], candidates=', '.join(candidates)))
