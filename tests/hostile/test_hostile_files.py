"""What a run does to the files around its output: other layers of a GeoPackage, a full disk, a killed run."""
import os
import signal
import subprocess
import time
from contextlib import contextmanager

import numpy as np
import pytest
from helpers import read_raster, write_raster
from hostile_helpers import digest, polygons
from osgeo import gdal, ogr

from glacier_mapper.core.io import atomic
from glacier_mapper.scripts.headless import QGIS_PROCESS, make_profile

gdal.UseExceptions()


def survey(path):
    """A GeoPackage holding the user's own 'precious_field_survey' layer: 3 points with a name and a depth."""
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    from osgeo import osr
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32645)
    layer = dataset.CreateLayer("precious_field_survey", srs, ogr.wkbPoint)
    layer.CreateField(ogr.FieldDefn("site", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("depth_m", ogr.OFTReal))
    for i in range(3):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("site", f"stake {i}")
        feature.SetField("depth_m", 1.5 * i)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT ({480100 + 10 * i} 5779900)"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def layer_content(path, name):
    """(feature count, [(attributes, geometry WKT)]) of one layer: its content, whatever the file bytes."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    layer = dataset.GetLayerByName(name)
    if layer is None:
        return None
    rows = [(feature.items(), feature.GetGeometryRef().ExportToWkt()) for feature in layer]
    return layer.GetFeatureCount(), rows


def layer_names(path):
    """The data layers of a GeoPackage (not layer_styles, where QGIS keeps the label layers' styles)."""
    dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR)
    names = (dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount()))
    return sorted(name for name in names if name != "layer_styles")


def mask(path):
    data = np.zeros((1, 40, 48), np.uint8)
    data[0, 5:25, 5:30] = 1
    return write_raster(path, data, nodata=255, epsg=32645)


def test_outlines_and_label_layer_into_an_existing_geopackage_keep_its_layers(run_ok, tmp_path):
    target = survey(tmp_path / "project.gpkg")
    before = layer_content(target, "precious_field_survey")
    assert before[0] == 3
    results = run_ok("glaciermapper:outlines", {"MASK": mask(tmp_path / "mask.tif"), "OUTPUT": target})
    assert layer_names(target) == ["outlines", "precious_field_survey"]
    assert layer_content(target, "precious_field_survey") == before
    assert layer_content(target, "outlines")[0] == results["COUNT"] == 1
    run_ok("glaciermapper:newlabellayer", {"CRS": "EPSG:32645", "LAYER_NAME": "corrections", "OUTPUT": target})
    run_ok("glaciermapper:newlabellayer", {"SEED": polygons(tmp_path / "seed.gpkg"), "LAYER_NAME": "labels",
                                           "OUTPUT": target})
    assert layer_names(target) == ["corrections", "labels", "outlines", "precious_field_survey"]
    assert layer_content(target, "precious_field_survey") == before
    assert layer_content(target, "labels")[0] == 1 and layer_content(target, "corrections")[0] == 0
    # the same names again replace only those layers
    run_ok("glaciermapper:newlabellayer", {"CRS": "EPSG:32645", "LAYER_NAME": "labels", "OUTPUT": target})
    assert layer_content(target, "labels")[0] == 0 and layer_content(target, "outlines")[0] == 1
    assert layer_content(target, "precious_field_survey") == before
    # nothing else is left (QGIS itself may leave statistics beside the mask it read)
    assert sorted(n for n in os.listdir(tmp_path) if not n.endswith(".aux.xml")) == [
        "mask.tif", "project.gpkg", "seed.gpkg"]


def test_a_file_that_is_not_a_geopackage_is_refused_and_kept(refusal, tmp_path):
    target = tmp_path / "notes.gpkg"
    target.write_bytes(b"my notes, not a GeoPackage\n")
    message = refusal("glaciermapper:outlines", {"MASK": mask(tmp_path / "mask.tif"), "OUTPUT": str(target)})
    assert "is not a GeoPackage" in message and "Choose another file name" in message, message
    assert target.read_bytes() == b"my notes, not a GeoPackage\n"
    assert sorted(n for n in os.listdir(tmp_path) if not n.endswith(".aux.xml")) == ["mask.tif", "notes.gpkg"]


@contextmanager
def small_disk(folder, size="2m"):
    """A tmpfs of ``size`` mounted on ``folder`` for the block; skipped where mounting is not allowed."""
    os.makedirs(folder, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"CI must be able to mount a tmpfs for the disk-full tests: {done.stderr.strip()}")
        pytest.skip(f"mounting a small tmpfs is not permitted here ({done.stderr.strip()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def big_scene(path, rows=1024, cols=1024, bands=7):
    """A scene of random values that does not compress: its index needs about 4 MiB."""
    rng = np.random.default_rng(7)
    data = (rng.random((bands, rows, cols)) * 20000 + 7300).astype(np.uint16)
    return write_raster(path, data, nodata=0, epsg=32645, descriptions=[f"B{i}" for i in range(1, bands + 1)])


def test_disk_full_says_so_and_keeps_the_earlier_output(refusal, run_ok, tmp_path):
    source = big_scene(tmp_path / "scene.tif")
    disk = tmp_path / "disk"
    with small_disk(disk):
        old = disk / "ndsi.tif"
        old.write_bytes(b"earlier output" * 1000)
        before = digest(old)
        message = refusal("glaciermapper:spectralindex", {"INPUT": source, "OUTPUT": str(old)})
        assert "no space left on device" in message and str(disk) in message, message
        assert "TIFFAppendToStrip" not in message.split("no space left")[0] or "Cannot write" in message
        assert digest(old) == before and os.listdir(disk) == ["ndsi.tif"]
        # segment writes its strips from a thread: the same message, and nothing left
        conv3x3 = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models", "conv3x3.onnx")
        message = refusal("glaciermapper:segment", {"INPUT": source, "MODEL_FILE": conv3x3, "DEVICE": 1,
                                                    "OUTPUT_PROBABILITY": str(disk / "p.tif"),
                                                    "OUTPUT_MASK": str(disk / "m.tif")})
        assert "no space left on device" in message and str(disk) in message, message
        assert digest(old) == before and os.listdir(disk) == ["ndsi.tif"]
        # outlines: the GeoPackage cannot even be created on a full disk
        filler = disk / "filler"
        with open(filler, "wb") as handle:
            try:
                handle.write(b"\0" * (4 << 20))
            except OSError:
                pass
        outlines = disk / "outlines.gpkg"
        message = refusal("glaciermapper:outlines", {"MASK": mask(tmp_path / "mask.tif"), "OUTPUT": str(outlines)})
        assert "no space left on device" in message and str(disk) in message, message
        assert "GPKG: ." not in message
        assert sorted(os.listdir(disk)) == ["filler", "ndsi.tif"] and digest(old) == before


def test_a_partial_left_by_a_killed_run_is_swept_by_the_next_run(tmp_path):
    target = tmp_path / "ndsi.tif"
    stale = tmp_path / atomic.partial_name(target, ".tif")
    stale.write_bytes(b"")
    (tmp_path / (stale.name + ".aux.xml")).write_text("<PAMDataset/>")
    stale_folder = tmp_path / atomic.partial_name(tmp_path / "outlines.gpkg")
    stale_folder.mkdir()
    (stale_folder / "outlines.gpkg").write_bytes(b"half")
    others = [tmp_path / atomic.partial_name(tmp_path / "other.tif", ".tif"), tmp_path / ".ndsi.tif.backup",
              tmp_path / "ndsi.tif.partial.tif"]
    for path in others:
        path.write_bytes(b"not a partial of ndsi.tif")
    old = time.time() - 60
    for path in [stale, stale_folder, stale_folder / "outlines.gpkg"] + others:
        os.utime(path, (old, old))
    live = atomic.partial_path(target, ".tif")  # this run's own: never swept
    open(live, "wb").close()
    # the sweep runs when a partial is made: only the partials of ndsi.tif older than the run go
    second = atomic.partial_path(target, ".tif")
    assert not stale.exists() and not os.path.exists(str(stale) + ".aux.xml")
    assert os.path.exists(live) and all(p.exists() for p in others) and stale_folder.exists()
    with atomic.work_dir(str(tmp_path / "outlines.gpkg")) as work:
        assert os.path.isdir(work) and atomic.is_partial_of(work, tmp_path / "outlines.gpkg")
        assert not stale_folder.exists()
    assert not os.path.exists(work)
    atomic.discard(live, second)


def test_kill_9_mid_write_keeps_the_earlier_output_and_the_next_run_cleans_up(tmp_path):
    env = make_profile(tmp_path / "profile")
    source = big_scene(tmp_path / "scene.tif", rows=4096, cols=4096, bands=6)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "ndsi.tif"
    command = [QGIS_PROCESS, "run", "glaciermapper:spectralindex", "--", f"INPUT={source}", f"OUTPUT={target}"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert first.returncode == 0, first.stdout + first.stderr
    before = digest(target)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    partial, deadline = None, time.time() + 120
    try:
        while time.time() < deadline and process.poll() is None:
            partials = [n for n in os.listdir(out) if atomic.is_partial_of(n, target)]
            if partials and os.path.getsize(out / partials[0]) > 0:
                partial = partials[0]
                break
            time.sleep(0.02)
        assert partial, "the run finished before it could be killed mid-write"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    leftovers = [n for n in os.listdir(out) if atomic.is_partial_of(n.replace(".aux.xml", ""), target)]
    assert leftovers, "the killed run left no partial: nothing was tested"
    assert digest(target) == before
    values, _ = read_raster(target)
    assert values.shape == (4096, 4096)
    again = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stdout + again.stderr
    assert sorted(n for n in os.listdir(out) if not n.endswith(".aux.xml")) == ["ndsi.tif"], os.listdir(out)
    assert not [n for n in os.listdir(out) if n.startswith(".")]
