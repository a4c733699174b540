"""The layering of core/, read from the source with ast (imports inside functions included), and the light
imports that the trainer and the subpackages' __init__ files promise, tried in a fresh interpreter.

core/ is layered io < geo < sensors < spectral < inference < {outlines, accuracy} < training < region: a subpackage
imports only those below it, and outlines and accuracy not each other. sample_scene (the test-scene generator)
uses io, geo and sensors, and no other part of core/ uses it. The root modules (errors, callbacks, paths, ...)
import no subpackage, so every layer can use them. Nothing in core/ or models/trainer/ imports QGIS or Qt.
"""
import ast
import json
import os
import subprocess
import sys

import pytest
from helpers import PLUGIN_ROOT

CORE = os.path.join(PLUGIN_ROOT, "core")
TRAINER = os.path.join(PLUGIN_ROOT, "models", "trainer")
ORDER = (("environment",), ("io",), ("geo",), ("sensors",), ("spectral",), ("inference",), ("outlines", "accuracy"),
         ("training",), ("region",))
RANK = {name: rank for rank, names in enumerate(ORDER) for name in names}
ALLOWED = {name: {other for other, other_rank in RANK.items() if other_rank < rank} for name, rank in RANK.items()}
ALLOWED["sample_scene"] = {"io", "geo", "sensors"}
GUI = ("qgis", "PyQt5", "PyQt6", "processing", "sip")
HEAVY = ("numpy", "osgeo", "scipy", "shapely", "onnxruntime", "torch") + GUI
# What models/trainer imports from core/, in the trainer's environment (torch and numpy 2, no GDAL, no QGIS):
# module -> the heavy packages it may use there.
TRAINER_MODULES = {
    "core.inference.model_card": (),
    "core.accuracy.metrics": ("numpy",),
    "core.errors": (),
    "core.version": (),
    "core.paths": (),
    "core.training.chip_format": (),
    "core.training.trainer_process": (),  # the trainer's option lists, shared with trainmodel
    "core.nodata": (),
}


def resolve(module, source):
    """The absolute names ``source`` (the text of ``module``, dotted) imports, wherever the import statement is.

    ``from . import x`` gives package.x: x may be a module or a name, and both belong to that package."""
    package = module.split(".") if module.endswith(".__init__") else module.split(".")[:-1]
    package = [p for p in package if p != "__init__"]
    names = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                names.append(node.module)
                continue
            base = package[:len(package) - node.level + 1]
            if node.module:
                names.append(".".join(base + [node.module]))
            else:
                names += [".".join(base + [alias.name]) for alias in node.names]
    return names


def modules_under(folder, dotted):
    """(dotted module name, path) of every .py file under folder."""
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if f != "__pycache__")
        for name in sorted(f for f in files if f.endswith(".py")):
            relative = os.path.relpath(os.path.join(root, name), folder)[:-len(".py")].split(os.sep)
            yield ".".join([dotted] + relative), os.path.join(root, name)


def core_imports():
    """[(importing module, imported name)] over core/, names starting core.; glacier_mapper.core. read as core."""
    found = []
    for module, path in modules_under(CORE, "core"):
        with open(path, encoding="utf-8") as handle:
            for name in resolve(module, handle.read()):
                if name.startswith("glacier_mapper."):
                    name = name[len("glacier_mapper."):]
                found.append((module, name))
    return found


def part(name):
    """The part of core/ a dotted name is in: a subpackage, "root" for core/*.py, None outside core."""
    pieces = name.split(".")
    if pieces[0] != "core":
        return None
    if len(pieces) == 1:
        return "root"
    return pieces[1] if os.path.isdir(os.path.join(CORE, pieces[1])) else "root"


def test_resolve_reads_relative_absolute_and_function_level_imports():
    source = ("import os\nfrom ..spectral.indices import ndsi\nfrom . import tiling\n"
              "def run():\n    import onnxruntime\n    from ...core.io import raster\n    from .. import errors\n")
    assert resolve("core.inference.segment", source) == [
        "os", "core.spectral.indices", "core.inference.tiling", "onnxruntime", "core.io", "core.errors"]
    assert resolve("core.inference.__init__", "from .model_card import read_card\n") == [
        "core.inference.model_card"]


def test_every_subpackage_has_a_place_in_the_layers():
    on_disk = sorted(f for f in os.listdir(CORE) if os.path.isfile(os.path.join(CORE, f, "__init__.py")))
    assert on_disk == sorted(ALLOWED)
    assert len(core_imports()) > 100  # the scan read the engine, not an empty folder


def test_subpackages_import_only_layers_below_them():
    wrong = sorted(f"{module} imports {name}" for module, name in core_imports()
                   if part(module) in ALLOWED and part(name) not in (None, "root", part(module))
                   and part(name) not in ALLOWED[part(module)])
    assert wrong == []


def test_root_modules_import_no_subpackage():
    wrong = sorted(f"{module} imports {name}" for module, name in core_imports()
                   if part(module) == "root" and part(name) not in (None, "root"))
    assert wrong == []


def test_core_reaches_nothing_of_the_plugin_outside_core():
    # a relative import climbing out of core/ (to algorithms/ or plugin.py) would tie the engine to QGIS
    escaping = sorted(f"{module} imports {name}" for module, name in core_imports()
                      if name.split(".")[0] in ("algorithms", "plugin", "resources", "models", "glacier_mapper"))
    assert escaping == []


@pytest.mark.parametrize("folder, dotted", [(CORE, "core"), (TRAINER, "trainer")])
def test_no_qgis_or_qt_in_the_engine_or_the_trainer(folder, dotted):
    gui = []
    count = 0
    for module, path in modules_under(folder, dotted):
        count += 1
        with open(path, encoding="utf-8") as handle:
            gui += [f"{module} imports {name}" for name in resolve(module, handle.read())
                    if name.split(".")[0] in GUI]
    assert count > 10 and gui == []


def test_the_trainer_imports_only_the_light_modules():
    used = set()
    for module, path in modules_under(TRAINER, "trainer"):
        with open(path, encoding="utf-8") as handle:
            used |= {name for name in resolve(module, handle.read()) if name.split(".")[0] == "core"}
    assert used and sorted(used - set(TRAINER_MODULES)) == []


BLOCKING_IMPORT = """
import importlib, json, sys
blocked = set(sys.argv[2].split(","))

class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in blocked:
            raise ImportError("blocked for this test: " + name)
        return None

sys.meta_path.insert(0, Blocker())
sys.path.insert(0, sys.argv[3])
for module in sys.argv[1].split(","):
    importlib.import_module(module)
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules})))
"""


def import_blocked(modules, blocked):
    """Import modules in a fresh interpreter (-I: no site of the user, no PYTHONPATH) with ``blocked``
    unimportable; returns (exit status, top-level packages loaded, stderr)."""
    done = subprocess.run([sys.executable, "-I", "-c", BLOCKING_IMPORT, ",".join(modules), ",".join(blocked),
                           PLUGIN_ROOT], capture_output=True, text=True, timeout=120)
    loaded = json.loads(done.stdout) if done.returncode == 0 else []
    return done.returncode, loaded, done.stderr[-2000:]


@pytest.mark.parametrize("module", sorted(TRAINER_MODULES))
def test_trainer_modules_import_without_gdal_or_qgis(module):
    if not os.path.isfile(os.path.join(PLUGIN_ROOT, *module.split(".")) + ".py"):
        pytest.skip(f"{module} is not in this tree")
    allowed = TRAINER_MODULES[module]
    code, loaded, error = import_blocked([module], [name for name in HEAVY if name not in allowed])
    assert code == 0, error
    assert "core" in loaded and sorted(set(loaded) & set(HEAVY)) == sorted(allowed)


def test_subpackage_init_files_import_nothing_heavy():
    packages = ["core"] + [f"core.{name}" for name in sorted(ALLOWED)]
    code, loaded, error = import_blocked(packages, HEAVY)
    assert code == 0, error
    assert sorted(set(loaded) & set(HEAVY)) == []
