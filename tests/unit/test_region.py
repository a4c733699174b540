"""Regional runs on generated sequences: sequential vs a 2-worker LocalCluster, resume, a killed worker,
cancel; lake time series against the generator's truth; the command line's exit codes."""
import configparser
import contextlib
import glob
import json
import os
import re
import socket
import subprocess
import sys
import time

import numpy as np
import psutil
import pytest
from conftest import PLUGINS_DIR
from helpers import PLUGIN_ROOT, write_raster
from osgeo import gdal
from scipy.stats import theilslopes

from glacier_mapper.core.errors import Cancelled
from glacier_mapper.core.inference.onnx_session import THREADS_VARIABLE
from glacier_mapper.core.io.atomic import is_partial
from glacier_mapper.core.region import cli
from glacier_mapper.core.region.runner import local_cluster, map_region
from glacier_mapper.core.region.scene_task import DONE_MARKER, FILES
from glacier_mapper.core.region.timeseries import NOT_OBSERVED, OBSERVED, lake_timeseries
from glacier_mapper.core.sample_scene import generate_sequence

YEARS = (0, 3, 6, 9, 12)
CLOUDY = 6
PIXEL_KM2 = 0.03 * 0.03


@pytest.fixture(scope="module")
def sequence(tmp_path_factory):
    root = tmp_path_factory.mktemp("sequence")
    scenes = generate_sequence(root / "scenes", years=YEARS, cloudy_years=(CLOUDY,), width=256, height=256)
    with open(root / "scenes" / "truth.json", encoding="utf-8") as handle:
        truth = json.load(handle)
    return [s.scene for s in scenes], truth, root


@pytest.fixture(scope="module")
def sequential(sequence):
    paths, _, root = sequence
    out = root / "sequential"
    return map_region(paths, str(out), workers=1), out


@pytest.fixture(scope="module")
def series(sequential, tmp_path_factory):
    _, out = sequential
    return lake_timeseries(str(out), str(tmp_path_factory.mktemp("series")))


def scene_dirs(out):
    return sorted(p for p in os.listdir(out) if not p.startswith("."))


def no_partials(out):
    return [p for p in os.listdir(out) if is_partial(p)] == []


def read(path):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(1).ReadAsArray()


def test_the_sequence_grows_its_lakes_and_clouds_one_date(sequence):
    _, truth, _ = sequence
    dates = sorted(d for d in truth if d[0].isdigit())
    lakes = [truth[d]["lake_km2"] for d in dates]
    assert all(b > a for a, b in zip(lakes, lakes[1:]))
    assert [truth[d]["cloud_share"] > 0.05 for d in dates] == [y == CLOUDY for y in YEARS]
    assert truth["lake_km2_per_yr"]["least_squares"] > 0.02


def test_sequential_run_writes_every_scene_complete(sequential, sequence):
    result, out = sequential
    assert len(result.done) == len(YEARS) and result.failed == {} and result.mode == "sequential"
    assert scene_dirs(out) == sorted(f"LC08_{2021 + y}0815" for y in YEARS)
    for name in scene_dirs(out):
        assert sorted(os.listdir(out / name)) == sorted(list(FILES.values()) + [DONE_MARKER])
    collar = read(out / scene_dirs(out)[0] / "valid.tif")
    assert collar[:6].max() == 0 and collar[128, 128] == 1  # the 6-pixel nodata collar is not observed
    cloudy = json.load(open(out / f"LC08_{2021 + CLOUDY}0815" / DONE_MARKER))
    clear = json.load(open(out / "LC08_20210815" / DONE_MARKER))
    assert cloudy["clear_share"] < clear["clear_share"] - 0.05


def test_two_workers_give_the_sequential_results_and_a_rerun_skips_them(sequential, sequence):
    paths, _, root = sequence
    out = root / "two_workers"
    result = map_region(paths, str(out), workers=2)
    assert result.mode == "local cluster" and re.match(r"http://.+:\d+/status", result.dashboard)
    assert len(result.done) == len(YEARS) and result.failed == {}
    _, seq_out = sequential
    for name in scene_dirs(seq_out):
        for raster in ("glacier_mask.tif", "lake_mask.tif", "valid.tif"):
            assert np.array_equal(read(seq_out / name / raster), read(out / name / raster)), (name, raster)
        a, b = (json.load(open(o / name / DONE_MARKER)) for o in (seq_out, out))
        assert (a["lakes"], a["glaciers"]) == (b["lakes"], b["glaciers"])
        assert a["lake_km2"] == pytest.approx(b["lake_km2"], abs=1e-9)
    stamps = {n: os.path.getmtime(out / n / DONE_MARKER) for n in scene_dirs(out)}
    again = map_region(paths, str(out), workers=2)
    assert len(again.skipped) == len(YEARS) and again.done == []
    assert {n: os.path.getmtime(out / n / DONE_MARKER) for n in scene_dirs(out)} == stamps


def worker_environment():
    import dask
    return (os.environ.get("MALLOC_TRIM_THRESHOLD_"), os.environ.get(THREADS_VARIABLE),
            dask.config.get("distributed.worker.profile.enabled"), dask.config.get("distributed.admin.tick.interval"))


@pytest.mark.skipif("MALLOC_TRIM_THRESHOLD_" in os.environ, reason="the user's own malloc setting is inherited")
def test_local_cluster_workers_keep_the_default_malloc_one_thread_and_no_profiler():
    # Dask's MALLOC_TRIM_THRESHOLD_ would make each block array a fresh mmap (see runner.local_cluster)
    import distributed
    cluster = local_cluster(2)
    try:
        with distributed.Client(cluster) as client:
            environments = client.run(worker_environment)
    finally:
        cluster.close()
    assert list(environments.values()) == [(None, "1", False, "1s")] * 2


def test_a_failed_scene_on_the_cluster_is_one_line_not_a_traceback(sequence, tmp_path, capfd):
    paths, _, _ = sequence
    one_band = tmp_path / "one_band.tif"
    write_raster(one_band, np.full((1, 64, 64), 1000, np.uint16))  # no band for NDSI: the scene fails
    result = map_region([paths[0], str(one_band)], str(tmp_path / "out"), workers=2)
    assert len(result.done) == 1 and list(result.failed) == [str(one_band)]
    reason = result.failed[str(one_band)]
    assert "\n" not in reason and "band" in reason.lower()
    assert "Traceback" not in capfd.readouterr().err


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def dask_cluster(log_path, engine=True):
    """A user's cluster: a scheduler and a worker started with Dask's own commands, in processes of their own;
    yields the scheduler's address once the worker has joined. ``engine`` False: the worker cannot import it."""
    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    paths = [PLUGINS_DIR] if engine else []
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(paths + [os.environ.get("PYTHONPATH", "")]))
    dask = os.path.join(os.path.dirname(sys.executable), "dask")
    logs = open(log_path, "w")
    cluster = [subprocess.Popen([dask, "scheduler", "--host", "127.0.0.1", "--port", str(port),
                                 "--dashboard-address", ":0"], env=env, stdout=logs, stderr=logs, cwd="/")]
    cluster.append(subprocess.Popen([dask, "worker", address, "--nworkers", "1", "--nthreads", "1",
                                     "--no-dashboard"], env=env, stdout=logs, stderr=logs, cwd="/"))
    try:
        import distributed
        deadline = time.monotonic() + 60
        while True:  # wait for the worker to join the scheduler
            try:
                with distributed.Client(address, timeout=5) as client:
                    if client.scheduler_info()["workers"]:
                        break
            except OSError:
                pass
            assert time.monotonic() < deadline, open(log_path).read()
            time.sleep(0.5)
        yield address
    finally:
        for process in reversed(cluster):
            process.terminate()
            process.wait(timeout=30)
        logs.close()


def test_a_running_cluster_given_by_its_address_maps_the_scenes(sequential, sequence, tmp_path):
    """A user's cluster reached with --scheduler tcp://host:port."""
    paths, _, _ = sequence
    with dask_cluster(tmp_path / "cluster.log") as address:
        out = tmp_path / "out"
        code = cli.main(["map", *paths, "--out", str(out), "--scheduler", address])
        assert code == 0
        _, seq_out = sequential
        assert scene_dirs(out) == scene_dirs(seq_out)
        for name in scene_dirs(seq_out):
            assert np.array_equal(read(seq_out / name / "lake_mask.tif"), read(out / name / "lake_mask.tif"))
            assert json.load(open(out / name / DONE_MARKER))["lakes"] == json.load(
                open(seq_out / name / DONE_MARKER))["lakes"]
    # a scheduler that is not there: a clear error and the bad-input exit code, nothing written
    code = cli.main(["map", paths[0], "--out", str(tmp_path / "none"), "--scheduler", f"tcp://127.0.0.1:{free_port()}"])
    unreached = tmp_path / "none"
    assert code == cli.BAD_INPUT and (not unreached.exists() or scene_dirs(unreached) == [])


def test_a_cluster_whose_workers_lack_the_engine_is_refused_before_any_scene(sequence, tmp_path, capsys):
    paths, _, _ = sequence
    with dask_cluster(tmp_path / "cluster.log", engine=False) as address:
        out = tmp_path / "out"
        code = cli.main(["map", *paths, "--out", str(out), "--scheduler", address])
    assert code == cli.BAD_INPUT
    assert "cannot load Glacier Mapper's engine" in capsys.readouterr().err
    assert scene_dirs(out) == [] and no_partials(out)


def test_a_killed_worker_scene_is_retried_and_the_outputs_are_complete(sequence, tmp_path):
    paths, _, _ = sequence
    killed = []

    def kill_one(_path, _record, _error):
        if killed:
            return
        workers = [p for p in psutil.Process().children(recursive=True)
                   if any("spawn_main" in part for part in p.cmdline())]
        if workers:
            workers[0].kill()
            killed.append(workers[0].pid)

    # every scene twice under other names: enough tasks that some are running when a worker dies
    links = []
    for k, path in enumerate(paths * 2):
        link = tmp_path / "in" / f"s{k:02d}.tif"
        link.parent.mkdir(exist_ok=True)
        os.symlink(path, link)
        links.append(str(link))
    out = tmp_path / "out"
    result = map_region(links, str(out), workers=2, on_scene=kill_one)
    assert killed and result.failed == {}
    # a scene the killed worker had committed before its result was sent back is found done by its retry
    assert len(result.done) + len(result.skipped) == len(links) and no_partials(out)
    assert all(os.path.isfile(out / f"s{k:02d}" / DONE_MARKER) for k in range(len(links)))


def test_cancel_keeps_finished_scenes_and_leaves_no_partial_one(sequence, tmp_path):
    paths, _, _ = sequence
    # every scene three times under other names: scenes are still queued when the first one finishes
    links = []
    for k, path in enumerate(paths * 3):
        links.append(str(tmp_path / f"s{k:02d}.tif"))
        os.symlink(path, links[-1])
    finished = []
    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        map_region(links, str(out), workers=2, on_scene=lambda p, r, e: finished.append(p),
                   is_cancelled=lambda: bool(finished))
    assert 1 <= len(finished) < len(links) and no_partials(out)
    for name in scene_dirs(out):
        assert os.path.isfile(out / name / DONE_MARKER)
    assert len(scene_dirs(out)) >= 1


def truth_areas(footprint, truth_paths):
    """True lake area (km²) inside a footprint (grown by two pixels) at each date."""
    import shapely
    grown = shapely.buffer(footprint, 60.0)
    areas = []
    for path in truth_paths:
        dataset = gdal.Open(path)
        x0, dx, _, y0, _, dy = dataset.GetGeoTransform()
        lake = dataset.GetRasterBand(1).ReadAsArray() == 1
        rows, cols = np.nonzero(lake)
        inside = shapely.contains_xy(grown, x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy)
        areas.append(inside.sum() * PIXEL_KM2)
    return np.array(areas)


def test_fitted_growth_rates_match_the_generator_truth(series, sequence):
    paths, _, _ = sequence
    truth_paths = [os.path.join(os.path.dirname(p), "lake_truth.tif") for p in paths]
    years = np.array(YEARS, float)
    growing = [s for s in series.lakes if s.rate_km2_per_yr and s.rate_km2_per_yr > 0.002]
    assert growing
    for lake in growing:
        true = truth_areas(lake.track.footprint, truth_paths)
        clear = [k for k, d in enumerate(series.dates) if lake.statuses[d] == OBSERVED]
        true_rate = theilslopes(true[clear], years[clear])[0]
        assert lake.rate_km2_per_yr == pytest.approx(true_rate, rel=0.3), lake.lake_id
    assert any(s.rapid for s in growing)


def test_lake_ids_are_stable_and_a_cloud_hidden_date_is_not_observed(series, sequential, tmp_path):
    ids = [s.lake_id for s in series.lakes]
    assert ids == [f"GM-L{k:05d}" for k in range(1, len(ids) + 1)]
    again = lake_timeseries(str(sequential[1]), str(tmp_path))
    assert [s.lake_id for s in again.lakes] == ids
    assert [s.first_seen for s in again.lakes] == [s.first_seen for s in series.lakes]
    cloudy = series.dates[YEARS.index(CLOUDY)]
    hidden = [s for s in series.lakes if s.statuses[cloudy] == NOT_OBSERVED]
    assert hidden
    for lake in hidden:
        assert lake.area_km2(cloudy) is None and lake.hidden[cloudy] > 0.25
    # lakes seen before and after the clouds keep one id, not a lake gone and a new one (the threshold method
    # also finds short-lived false lakes on debris and ice in these scenes, which need not span the clouds)
    spanning = [lake for lake in hidden
                if lake.statuses[series.dates[0]] == OBSERVED and lake.statuses[series.dates[-1]] == OBSERVED]
    assert spanning
    with open(series.paths["csv"], encoding="utf-8") as handle:
        text = handle.read()
    assert f"{hidden[0].lake_id},{cloudy.isoformat()},not_observed,," in text
    html = open(series.paths["html"], encoding="utf-8").read()
    assert html.count("<svg") == 1 + sum(s.rapid for s in series.lakes)


def test_the_command_line_exit_codes(sequence, tmp_path, capsys):
    paths, _, _ = sequence
    assert cli.main(["map", "/no/such/scene.tif", "--out", str(tmp_path / "a")]) == cli.BAD_INPUT
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("glacier-mapper: error: The input")
    not_raster = tmp_path / "notes.tif"
    not_raster.write_text("not a raster")
    code = cli.main(["map", paths[0], str(not_raster), "--out", str(tmp_path / "b"), "--workers", "1"])
    err = capsys.readouterr().err
    assert code == cli.SOME_FAILED
    assert len([line for line in err.splitlines() if line.startswith("glacier-mapper: scene failed:")]) == 1
    assert len(glob.glob(str(tmp_path / "b" / "*" / DONE_MARKER))) == 1  # the good scene is complete
    assert cli.main(["timeseries", str(tmp_path / "b"), "--out", str(tmp_path / "c")]) == cli.BAD_INPUT
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["map", "--glaciers", "nope", paths[0], "--out", str(tmp_path)])
    assert exit_info.value.code == 2


def test_the_package_version_is_the_plugin_version():
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(os.path.join(PLUGIN_ROOT, "metadata.txt"), encoding="utf-8")
    text = open(os.path.join(PLUGIN_ROOT, "pyproject.toml"), encoding="utf-8").read()
    assert re.search(r'^version = "([^"]+)"', text, re.M).group(1) == parser.get("general", "version")


def test_overlapping_scenes_merge_into_one_inventory(tmp_path):
    from glacier_mapper.core.region.inventory import merge_inventory, scenes_from_folder
    from glacier_mapper.core.sample_scene import generate_scene
    cloudy = generate_scene(tmp_path / "cloudy", 256, 256, clouds=True, years_later=6)
    clear = generate_scene(tmp_path / "clear", 256, 256, clouds=False, years_later=6)
    # two scenes of one season overlapping by 96 columns: the western one cloudy, the eastern one clear
    gdal.Translate(str(tmp_path / "west.tif"), cloudy.scene, srcWin=[0, 0, 176, 256])
    gdal.Translate(str(tmp_path / "east.tif"), clear.scene, srcWin=[80, 0, 176, 256])
    out = tmp_path / "out"
    assert map_region([str(tmp_path / "west.tif"), str(tmp_path / "east.tif"), clear.scene], str(out),
                      workers=1).failed == {}
    scenes = [s for s in scenes_from_folder(out) if s.name in ("west", "east")]
    result = merge_inventory(scenes, tmp_path / "inventory.gpkg", region="15")
    whole = json.load(open(out / "scene" / DONE_MARKER))  # the same ground as one clear scene
    west, east = (json.load(open(out / n / DONE_MARKER))["glaciers"] for n in ("west", "east"))
    assert west + east > whole["glaciers"] + 10  # the overlap holds many objects twice
    assert result.count == whole["glaciers"]
    assert result.total_km2 == pytest.approx(whole["glacier_km2"], rel=0.03)
    assert set(result.by_scene) == {"west", "east"}
    dataset = gdal.OpenEx(result.path)
    layer = dataset.GetLayer(0)
    features = [(f["rgi_id"], f["clear_share"], f["joined"], f["n_scenes"]) for f in layer]
    assert [f[0] for f in features] == [f"GMG-15-{k:05d}" for k in range(1, len(features) + 1)]
    # an object seen by both scenes comes whole from one, or is joined from both
    assert all(share >= 0.999 or joined for _, share, joined, n in features if n == 2)
    assert cli.main(["inventory", str(out), "--out", str(tmp_path / "cli.gpkg")]) == cli.OK
    assert sum(n == 2 for *_, n in features) >= 5


NO_DASK = """
import json, sys
class Blocker:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("dask", "distributed"):
            raise ImportError("blocked for this test: " + name)
sys.meta_path.insert(0, Blocker())
sys.path.insert(0, sys.argv[1])
from glacier_mapper.core.region.runner import map_region
result = map_region([sys.argv[2]], sys.argv[3], workers=2)
print(json.dumps({"mode": result.mode, "notes": result.notes, "done": len(result.done)}))
"""


def test_without_dask_the_scenes_run_in_turn_and_the_run_says_so(sequence, tmp_path):
    import subprocess
    import sys
    paths, _, _ = sequence
    plugins = tmp_path / "plugins"
    plugins.mkdir()
    os.symlink(PLUGIN_ROOT, plugins / "glacier_mapper")
    done = subprocess.run([sys.executable, "-c", NO_DASK, str(plugins), paths[0], str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["mode"] == "sequential" and report["done"] == 1
    assert "dask.distributed is not installed" in report["notes"][0]


def test_a_product_folder_is_prepared_and_mapped_with_its_cloud_mask(tmp_path):
    """A Landsat Collection 2 product as downloaded maps like its stacked scene, QA clouds not observed."""
    from glacier_mapper.core.sample_scene import generate_scene
    from glacier_mapper.core.sample_scene.product import write_landsat_product
    generated = generate_scene(tmp_path / "gen", width=256, height=256, seed=5)
    product = write_landsat_product(generated.scene, str(tmp_path / "products"), generated.classes)
    result = map_region([product], str(tmp_path / "out"), workers=1)
    assert result.failed == {} and len(result.done) == 1
    folder = tmp_path / "out" / os.path.basename(product)
    assert (folder / "scene.vrt").is_file() and (folder / DONE_MARKER).is_file()
    glaciers = read(folder / "glacier_mask.tif")
    direct = map_region([generated.scene], str(tmp_path / "direct"), workers=1)
    assert direct.failed == {}
    stacked = read(tmp_path / "direct" / scene_dirs(tmp_path / "direct")[0] / "glacier_mask.tif")
    # the product's bands and scaling reproduce the stacked scene's glacier mask where both observed
    both = (glaciers != 255) & (stacked != 255)
    assert both.sum() > 0.5 * glaciers.size and (glaciers[both] == stacked[both]).mean() > 0.999


def test_the_bundled_u_nets_map_a_scene_of_a_region(sequence, tmp_path):
    """--glaciers unet --lakes unet: the bundled models run in the scene task and agree with the masks' outlines."""
    from glacier_mapper.core.region.scene_task import MapOptions
    paths, _, _ = sequence
    result = map_region(paths[:1], str(tmp_path / "out"), MapOptions(glaciers="unet", lakes="unet"), workers=1)
    assert result.failed == {} and len(result.done) == 1
    record = result.done[0]
    mask = read(os.path.join(record["folder"], FILES["glacier_mask"]))
    assert record["glaciers"] > 0 and record["lakes"] > 0 and 0.05 < float((mask == 1).mean()) < 0.9


def test_map_precision_int8_runs_the_int8_variants(sequence, tmp_path):
    """glacier-mapper map --precision int8: the scene task runs the bundled models' int8 variants."""
    from glacier_mapper.core.region.scene_task import MapOptions
    paths, _, _ = sequence
    fp32 = map_region(paths[:1], str(tmp_path / "fp32"), MapOptions(glaciers="unet", lakes="unet"), workers=1)
    assert cli.main(["map", paths[0], "--glaciers", "unet", "--lakes", "unet", "--precision", "int8", "--workers",
                     "1", "--out", str(tmp_path / "int8")]) == cli.OK
    folder = os.path.join(str(tmp_path / "int8"), os.path.basename(fp32.done[0]["folder"]))
    for name in ("glacier_mask", "lake_mask"):
        path = os.path.join(folder, FILES[name])
        assert gdal.Open(path).GetMetadataItem("GLACIERMAPPER_MODEL_NAME").endswith(" (int8)")
        a, b = read(os.path.join(fp32.done[0]["folder"], FILES[name])), read(path)
        valid = a != 255
        # measured on this scene: 99.72 % of the glacier mask, 99.998 % of the lake mask
        assert (a[valid] == b[valid]).mean() > 0.995
