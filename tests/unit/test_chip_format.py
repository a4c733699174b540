"""The chip-folder format shared by chip export and the trainer (core.training.chip_format), the nodata values
(core.nodata) and the atomic-output helper (core.io.atomic): one definition each, read the same on both sides."""
import json
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest
from helpers import PLUGIN_ROOT, trainer_python, write_raster
from osgeo import ogr, osr

from glacier_mapper.core import nodata
from glacier_mapper.core.io import atomic
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.training import chip_format
from glacier_mapper.core.training.chip_export import ChipOptions, export_chips


def _scene_and_labels(tmp_path):
    rng = np.random.default_rng(7)
    bands = rng.integers(8000, 40000, size=(7, 128, 128)).astype(np.uint16)
    scene = write_raster(tmp_path / "scene.tif", bands, nodata=0, descriptions=[f"B{i}" for i in range(1, 8)])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "labels.gpkg"))
    layer = source.CreateLayer("labels", srs, ogr.wkbPolygon)
    x0, y0 = 480000.0 + 30 * 20, 5780000.0 - 30 * 20
    x1, y1 = 480000.0 + 30 * 100, 5780000.0 - 30 * 100
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
    layer.CreateFeature(feature)
    source = None
    return scene, str(tmp_path / "labels.gpkg")


def test_manifest_written_by_chip_export_round_trips_through_the_trainer_reader(tmp_path):
    scene, labels = _scene_and_labels(tmp_path)
    exported = export_chips(Scene.from_raster(scene), labels, tmp_path / "chips",
                            options=ChipOptions(chip_size=32, derived=("NDSI",), min_positive_fraction=0.0,
                                                validation_fraction=0.25, split_block_px=32))
    probe = textwrap.dedent(f"""
        import json
        from trainer.manifest import load_manifest, shift_scale
        manifest = load_manifest({exported.folder!r})
        shift, scale = shift_scale(manifest.normalization)
        print(json.dumps({{"normalization": manifest.normalization.to_dict(), "shift": shift.ravel().tolist(),
                          "scale": scale.ravel().tolist(), "class": type(manifest.normalization).__module__,
                          "channels": manifest.channels, "train": len(manifest.train), "val": len(manifest.val)}}))
    """)
    env = dict(os.environ, PYTHONPATH=os.path.join(PLUGIN_ROOT, "models"))
    done = subprocess.run([trainer_python(), "-c", probe], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)
    # The same numbers, not merely close: the manifest carries them as written.
    assert read["normalization"] == exported.normalization
    assert read["class"] == "core.inference.model_card"  # the model card's Normalization, not a copy
    assert read["shift"] == np.float32(exported.normalization["mean"]).tolist()
    assert read["scale"] == np.float32(exported.normalization["std"]).tolist()
    assert read["channels"] == ["SWIR1", "NIR", "Blue", "NDSI"]
    assert (read["train"], read["val"]) == (exported.train, exported.val)
    # and the plugin side reads the same manifest the same way
    ours = chip_format.read_manifest(exported.folder, required_splits=chip_format.SPLITS)
    assert ours.normalization.to_dict() == exported.normalization
    assert ours.in_channels == 4 and len(ours.train) == exported.train


def test_manifest_checks_name_what_is_wrong(tmp_path):
    folder = tmp_path / "chips"
    (folder / chip_format.CHIPS_DIR).mkdir(parents=True)
    (folder / chip_format.chip_file(1)).write_bytes(b"")
    entry = {"file": chip_format.chip_file(1), "split": chip_format.TRAIN}
    base = {"chip_size": 32, "channels": ["NIR", "NDSI"], "bands": ["NIR"], "derived": ["NDSI"], "chips": [entry]}
    chip_format.write_manifest(str(folder), dict(base, normalization={"kind": "meanstd", "mean": [0.1, 0.2],
                                                                      "std": [0.05, 0.0]}))
    with open(folder / chip_format.MANIFEST, encoding="utf-8") as handle:
        written = json.load(handle)
    assert list(written)[:3] == ["format", "chip_size", "channels"] and written["format"] == chip_format.FORMAT
    with pytest.raises(chip_format.ChipFormatError, match=r"zero or negative spread .*\[0.05, 0.0\]"):
        chip_format.read_manifest(str(folder))
    chip_format.write_manifest(str(folder), base)
    with pytest.raises(chip_format.ChipFormatError, match="has no validation chips"):
        chip_format.read_manifest(str(folder), required_splits=chip_format.SPLITS)
    assert chip_format.read_manifest(str(folder)).normalization is None
    with pytest.raises(ValueError, match=r"unknown keys \['colour'\]"):
        chip_format.write_manifest(str(folder), dict(base, colour="blue"))


def test_nodata_values_are_defined_once():
    from glacier_mapper.core.accuracy import assessment
    from glacier_mapper.core.spectral import indices, mask_filters
    assert (nodata.MASK_NODATA, nodata.INDEX_NODATA) == (255, -9999.0)
    assert mask_filters.MASK_NODATA is nodata.MASK_NODATA and assessment.MASK_NODATA is nodata.MASK_NODATA
    assert indices.INDEX_NODATA is nodata.INDEX_NODATA
    assert chip_format.IGNORE_LABEL == nodata.MASK_NODATA and chip_format.LABEL_VALUES == (0, 1, 255)


def test_shared_modules_need_only_the_standard_library(tmp_path):
    """The trainer imports these from its own environment: numpy, GDAL and QGIS must not be needed."""
    code = (
        "import sys\n"
        "for name in ('numpy', 'osgeo', 'onnx', 'onnxruntime', 'shapely', 'qgis', 'scipy'):\n"
        "    sys.modules[name] = None\n"
        f"sys.path.insert(0, {PLUGIN_ROOT!r})\n"
        "from core.nodata import MASK_NODATA\n"
        "from core.io import atomic\n"
        "from core.training import chip_format\n"
        "from core.training.trainer_process import default_trainer_python\n"
        f"print(MASK_NODATA, chip_format.is_chip_folder({str(tmp_path)!r}),"
        " atomic.is_partial('.a.tif.0123abcd.partial'))\n")
    done = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["255", "False", "True"]


def test_partial_names_are_recognised_per_output(tmp_path):
    target = tmp_path / "mask.tif"
    name = atomic.partial_name(target, ".tif")
    assert name.startswith(".mask.tif.") and name.endswith(".partial.tif") and len(name) == len(".mask.tif.") + 20
    assert atomic.is_partial_of(name, target) and atomic.is_partial_of(tmp_path / name, str(target))
    assert not atomic.is_partial_of(name, tmp_path / "other.tif")
    assert atomic.is_partial_of(".mask.tif.0123abcd.partial", target)
    for other in ("mask.tif", ".mask.tif.0123abcd.partial.tif.aux.xml", ".mask.tif.0123ABCD.partial",
                  ".mask.tif.123abcd.partial", ".mask.tif.0123abcd.replaced"):
        assert not atomic.is_partial(other), other
    assert atomic.partial_name(target) != atomic.partial_name(target)


def test_commit_replaces_files_and_folders_and_discard_removes_them(tmp_path):
    target = tmp_path / "out.txt"
    target.write_text("old")
    partial = atomic.partial_path(target)
    with open(partial, "w") as handle:
        handle.write("new")
    atomic.commit(partial, str(target))
    assert target.read_text() == "new" and sorted(os.listdir(tmp_path)) == ["out.txt"]
    folder = tmp_path / "chips"
    (folder / "a").mkdir(parents=True)
    (folder / "a" / "old.npz").write_text("old")
    staged = atomic.partial_dir(folder)
    os.mkdir(os.path.join(staged, "b"))
    atomic.commit(staged, str(folder))
    assert os.listdir(folder) == ["b"] and sorted(os.listdir(tmp_path)) == ["chips", "out.txt"]
    leftover = atomic.partial_dir(folder)
    (tmp_path / "x.partial").write_text("not ours")
    atomic.discard(leftover, None, str(tmp_path / "missing"))
    assert sorted(os.listdir(tmp_path)) == ["chips", "out.txt", "x.partial"]


def test_atomic_outputs_commit_all_or_none(tmp_path):
    from glacier_mapper.core.accuracy.report import TextOutput
    with atomic.atomic_outputs() as outputs:
        outputs.add(TextOutput(tmp_path / "a.csv", "1"))
        outputs.add(TextOutput(tmp_path / "b.json", "2"))
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.json"]
    with pytest.raises(RuntimeError):
        with atomic.atomic_outputs() as outputs:
            outputs.add(TextOutput(tmp_path / "c.csv", "3"))
            assert any(atomic.is_partial_of(n, tmp_path / "c.csv") for n in os.listdir(tmp_path))
            raise RuntimeError("stop")
    assert sorted(os.listdir(tmp_path)) == ["a.csv", "b.json"]
