"""Optional packages: the plugin loads without them, and the algorithms that need them say what to install."""
import importlib
from typing import Any, Iterable, List

# package -> what to tell a user whose QGIS Python lacks it
PACKAGES = {
    "onnxruntime": "onnxruntime (or onnxruntime-gpu for NVIDIA GPUs)",
    "shapely": "shapely (version 2)",
}


def optional_module(name: str) -> Any:
    """The module, or None when it is not installed."""
    # Any, not Optional[ModuleType]: its users run only after missing_packages() found it, so they use it as is
    try:
        return importlib.import_module(name)
    except Exception:
        return None


def missing_packages(*names: str) -> List[str]:
    # an import, not find_spec: a package that is there but broken (e.g. built for numpy 2) counts as missing
    return [name for name in names if optional_module(name) is None]


def install_hint(names: Iterable[str]) -> str:
    """How to install packages into the Python that runs QGIS, per platform."""
    specs = " ".join(f'"{n}"' for n in names)
    wanted = ", ".join(PACKAGES.get(n, n) for n in names)
    return (f"This algorithm needs the Python package(s) {wanted} in QGIS's Python. Install them, then restart "
            f"QGIS: on Linux, `python3 -m pip install --user {specs} \"numpy<2\"` (keep numpy below 2 where GDAL "
            f"was built against numpy 1.x, as on Debian and Ubuntu); on Windows, in the OSGeo4W Shell, "
            f"`python -m pip install {specs}`; on macOS, `/Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip "
            f"install {specs}`.")
