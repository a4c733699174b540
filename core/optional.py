"""Optional packages: the plugin loads without them, and the algorithms that need them name the installer."""
import importlib
from typing import Any, Iterable, List

# package -> what to tell a user whose QGIS Python lacks it
PACKAGES = {
    "onnxruntime": "onnxruntime (or onnxruntime-gpu for NVIDIA GPUs)",
    "shapely": "shapely (version 2)",
}
# Older releases that import but lack what the engine uses (Debian 12's python3-shapely is 1.8.5).
MINIMUM_MAJOR = {"shapely": 2}


def optional_module(name: str) -> Any:
    """The module, or None when it is not installed."""
    # Any, not Optional[ModuleType]: its users run only after missing_packages() found it, so they use it as is
    try:
        return importlib.import_module(name)
    except Exception:
        return None


def _too_old(name: str, module: Any) -> bool:
    try:
        return int(str(module.__version__).split(".")[0]) < MINIMUM_MAJOR.get(name, 0)
    except (AttributeError, ValueError):
        return False


def missing_packages(*names: str) -> List[str]:
    # an import, not find_spec: a package that is there but broken (e.g. built for numpy 2) counts as missing;
    # the plugin's package folder is on sys.path by then, so what the installer put there counts
    missing = []
    for name in names:
        module = optional_module(name)
        if module is None or _too_old(name, module):
            missing.append(name)
    return missing


def package_names(names: Iterable[str]) -> str:
    """The packages as a user reads them, e.g. "shapely (version 2)"."""
    return ", ".join(PACKAGES.get(n, n) for n in names)

