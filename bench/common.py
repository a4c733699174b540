"""What the benchmarks share: importing the plugin as QGIS does, measuring a contender in its own process,
a headless QGIS with the plugin registered, synthetic rasters written block by block, and figure tables.

Nothing here imports numpy, GDAL or QGIS at module level: the trainer's benchmark imports this module from
the trainer's environment, and a parent process that stays small keeps its children's figures honest.

Peak memory of a contender: each child reports its own VmHWM (the high-water mark of its resident set,
/proc/self/status) when it is done, with ``child_report``. os.wait4's ru_maxrss is only the fallback for
commands that cannot report: on Linux a child's ru_maxrss starts from the resident size of the parent that
forked it and survives exec, so it shows the parent's peak whenever that is the larger.
"""
import atexit
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ROOT = os.path.dirname(BENCH_DIR)
QGIS_PLUGINS = "/usr/share/qgis/python/plugins"  # Debian's QGIS: the processing framework lives here
PLUGIN_PYTHON = os.path.join(PLUGIN_ROOT, ".venv", "bin", "python")
TRAINER_PYTHON = os.environ.get("GLACIERMAPPER_TRAINER_PYTHON") or os.path.join(PLUGIN_ROOT, ".venv-trainer", "bin",
                                                                                 "python")
# Where the synthetic scenes sit: UTM 11N, 30 m pixels (a Landsat grid)
EPSG = 32611
ORIGIN = (400000.0, 5800000.0)
PIXEL = 30.0
MIB = 2 ** 20


# --- the plugin, as QGIS sees it -------------------------------------------------------------------------

def import_plugin():
    """Import the plugin as the package ``glacier_mapper``, the way QGIS does, through a symbolic link in a
    temporary plugins folder (removed at exit: the link only, never the plugin it points to)."""
    if "glacier_mapper" not in sys.modules:
        plugins = tempfile.mkdtemp(prefix="glacier_mapper_bench_")
        atexit.register(shutil.rmtree, plugins, True)
        os.symlink(PLUGIN_ROOT, os.path.join(plugins, "glacier_mapper"))
        sys.path.insert(0, plugins)
    import glacier_mapper
    return glacier_mapper


def qgis_environment(env=None):
    """The environment a headless QGIS child needs: no display, and Debian's processing framework importable."""
    env = dict(os.environ if env is None else env)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    paths = [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p]
    if QGIS_PLUGINS not in paths:
        env["PYTHONPATH"] = os.pathsep.join([QGIS_PLUGINS] + paths)
    return env


class HeadlessQgis:
    """A QGIS application without a display, with Processing initialised and the plugin's provider registered
    the way QGIS registers it: ``glacier_mapper.classFactory(iface).initProcessing()``.

    The application and the plugin object are kept here: if either were garbage-collected, Qt would delete
    the provider and its algorithms.
    """

    def __init__(self, with_plugin=True):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if QGIS_PLUGINS not in sys.path:
            sys.path.append(QGIS_PLUGINS)
        from qgis.core import QgsApplication
        self.application = QgsApplication([], False)
        self.application.initQgis()
        from processing.core.Processing import Processing
        Processing.initialize()
        self.plugin = None
        if with_plugin:
            self.plugin = import_plugin().classFactory(None)
            self.plugin.initProcessing()

    @staticmethod
    def algorithm_id(*candidates):
        """The first of ``candidates`` this QGIS has (ids move between versions: qgis: -> native:)."""
        from qgis.core import QgsApplication
        registry = QgsApplication.processingRegistry()
        for candidate in candidates:
            if registry.algorithmById(candidate) is not None:
                return candidate
        raise SystemExit(f"none of {', '.join(candidates)} is in this QGIS")

    @staticmethod
    def run(algorithm, parameters):
        """processing.run with a feedback that stays quiet; returns (seconds, results)."""
        import processing
        from qgis.core import QgsProcessingFeedback
        started = time.perf_counter()
        results = processing.run(algorithm, parameters, feedback=QgsProcessingFeedback())
        return time.perf_counter() - started, results

    def close(self):
        if self.plugin is not None:
            self.plugin.unload()
        self.application.exitQgis()


# --- contenders in child processes -----------------------------------------------------------------------

def peak_rss_mb():
    """This process's peak resident memory in MiB (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb():
    """This process's resident memory now, in MiB (VmRSS): a baseline to show what a run adds to it."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def child_report(details=None, **more):
    """Print, as the child's last line of output, its figures: ``details`` plus its peak RSS and CPU time."""
    report = dict(details or {}, **more)
    report["peak_rss_mb"] = peak_rss_mb()
    report["process_cpu_seconds"] = time.process_time()
    print(json.dumps(report), flush=True)


@contextmanager
def timed_work(report):
    """``with timed_work(figures): ...`` puts the wall and CPU seconds (all threads) of the block in ``figures``:
    the work without the start-up of the interpreter or of QGIS."""
    wall, cpu = time.perf_counter(), time.process_time()
    yield report
    report["seconds"] = time.perf_counter() - wall
    report["cpu_seconds"] = time.process_time() - cpu


def script_command(script, *arguments, python=None):
    """A command that runs a benchmark script again (as a child) with ``arguments``."""
    return [python or sys.executable, os.path.abspath(script), *map(str, arguments)]


def run_child(command, env=None, name=None):
    """Run ``command`` to its end and return its figures: ``wall_seconds`` of the whole process, its
    ``process_cpu_seconds`` (children included) and ``peak_rss_mb``, plus what it printed as a JSON last line
    (``child_report``), whose own ``seconds``/``cpu_seconds``/``peak_rss_mb`` take precedence.

    os.wait4 gives the CPU time of everything the child ran; its ru_maxrss stands in for the peak only when
    the child reports none (see the module note).
    """
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        output, errors = out.read().decode(errors="replace"), err.read().decode(errors="replace")
    if code:
        sys.stderr.write(errors[-4000:])
        raise SystemExit(f"{name or ' '.join(command[:3])} failed with exit code {code}")
    lines = output.strip().splitlines()
    report = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    figures = {"name": name, "wall_seconds": wall, "seconds": wall,
               "process_cpu_seconds": usage.ru_utime + usage.ru_stime, "cpu_seconds": usage.ru_utime + usage.ru_stime,
               "peak_rss_mb": usage.ru_maxrss / 1024, "peak_from": "wait4"}
    if "peak_rss_mb" in report:
        figures["peak_from"] = "VmHWM"
    figures.update(report)
    figures["process_cpu_seconds"] = usage.ru_utime + usage.ru_stime  # the kernel's, children included
    figures["load"] = os.getloadavg()[0]
    return figures


def best_runs(names, repeat, measure):
    """Run ``measure(name)`` for every name, ``repeat`` rounds, the names alternating within a round so that
    a busy moment of a shared machine hits each alike; keep each name's fastest run (by ``seconds``), with
    ``runs`` (how many) and ``cpu_best`` (its least CPU time) added."""
    best = {}
    for _ in range(max(1, repeat)):
        for name in names:
            result = measure(name)
            previous = best.get(name)
            cpu_best = min(result["cpu_seconds"], previous["cpu_best"]) if previous else result["cpu_seconds"]
            runs = previous["runs"] + 1 if previous else 1
            if previous is None or result["seconds"] < previous["seconds"]:
                best[name] = result
            best[name].update(runs=runs, cpu_best=cpu_best)
    return best


@contextmanager
def work_folder(path=None, prefix="glacier_mapper_bench_"):
    """``path`` (created, kept), or a temporary folder removed afterwards."""
    if path:
        os.makedirs(path, exist_ok=True)
        yield path
        return
    folder = tempfile.mkdtemp(prefix=prefix)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# --- figures ---------------------------------------------------------------------------------------------

def machine_line():
    """CPUs and load average: other work on a shared machine slows the wall times, not the CPU times."""
    one, five, _ = os.getloadavg()
    return f"machine: {os.cpu_count()} CPUs, load average {one:.1f} (5 min {five:.1f})"


def print_table(columns, rows, indent="  "):
    """Print ``rows`` under ``columns``, a list of (title, format) such as ("wall s", ".2f"); a value that is
    None or a string is printed as it is. The first column is left-aligned, the others right-aligned."""
    cells = [[title for title, _ in columns]]
    for row in rows:
        cells.append([value if isinstance(value, str) else "-" if value is None else format(value, spec)
                      for value, (_, spec) in zip(row, columns)])
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    for line in cells:
        print(indent + "  ".join(cell.ljust(w) if i == 0 else cell.rjust(w)
                                 for i, (cell, w) in enumerate(zip(line, widths))))


def verdict(value, target, higher_is_better=False):
    met = value >= target if higher_is_better else value <= target
    return "met" if met else "NOT met"


# --- synthetic rasters, block by block -------------------------------------------------------------------

def row_blocks(height, rows=512):
    """(first row, row count) of the strips a generator writes: memory follows the width, not the height."""
    for y in range(0, height, rows):
        yield y, min(rows, height - y)


def create_geotiff(path, width, height, bands=1, data_type="UInt16", options=(), nodata=None, pixel=PIXEL):
    """An empty GeoTIFF on the benchmarks' UTM grid; returns the open GDAL dataset."""
    from osgeo import gdal, osr
    gdal.UseExceptions()
    dataset = gdal.GetDriverByName("GTiff").Create(path, width, height, bands, gdal.GetDataTypeByName(data_type),
                                                   list(options))
    dataset.SetGeoTransform((ORIGIN[0], pixel, 0.0, ORIGIN[1], 0.0, -pixel))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(EPSG)
    dataset.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        for band in range(bands):
            dataset.GetRasterBand(band + 1).SetNoDataValue(nodata)
    return dataset


def landsat_options(block=256):
    """How USGS delivers Collection 2 bands (tiled, DEFLATE with horizontal predictor)."""
    return ["TILED=YES", f"BLOCKXSIZE={block}", f"BLOCKYSIZE={block}", "COMPRESS=DEFLATE", "PREDICTOR=2",
            "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]


def write_landsat_stack(path, width, height, bands=7, layout="stack", block=256, collar=None, seed=0):
    """A Landsat 8/9 Collection 2 Level-2-like scene: ``bands`` UInt16 DN bands named SR_B1.. (reflectance =
    DN x 2.75e-5 - 0.2), nodata 0 in a collar of ``collar`` columns (default a twentieth of the width), with
    smooth snow/ice and rock fields, mixed pixels between them and noise. Written by strips of 512 rows.

    ``layout`` "stack": one band-interleaved GeoTIFF; "vrt": one GeoTIFF per band under a VRT at ``path``, as
    users stack downloaded band files.
    """
    import numpy as np
    from osgeo import gdal
    import_plugin()
    from glacier_mapper.core.sensors.bands import SCALING_PRESETS
    preset = SCALING_PRESETS["landsat_c2l2"]
    options = landsat_options(block)
    if layout == "vrt":
        files = [os.path.join(os.path.dirname(path), f"band_{b + 1}.tif") for b in range(bands)]
        datasets = [create_geotiff(f, width, height, 1, "UInt16", options, nodata=0) for f in files]
        targets = [(ds, 1) for ds in datasets]
    else:
        datasets = [create_geotiff(path, width, height, bands, "UInt16", options + ["INTERLEAVE=BAND"], nodata=0)]
        targets = [(datasets[0], b + 1) for b in range(bands)]
    # typical reflectance of snow/ice and of rock in OLI bands 1-7
    snow = np.array([0.85, 0.85, 0.8, 0.75, 0.6, 0.05, 0.04])
    rock = np.array([0.08, 0.09, 0.12, 0.15, 0.22, 0.28, 0.22])
    rng = np.random.default_rng(seed)
    x = np.arange(width, dtype=np.float32)
    collar = width // 20 if collar is None else collar
    for y0, rows in row_blocks(height):
        y = np.arange(y0, y0 + rows, dtype=np.float32)[:, None]
        share = np.clip(np.sin(x / 310.0) * np.cos(y / 270.0) + 0.5 * np.sin((x + y) / 90.0) + 0.5, 0, 1)
        for b, (dataset, band) in enumerate(targets):
            reflectance = rock[b % 7] + (snow[b % 7] - rock[b % 7]) * share
            reflectance = reflectance + rng.normal(0, 0.01, share.shape).astype(np.float32)
            dn = np.clip((reflectance - preset.offset) / preset.scale, 1, 65535).astype(np.uint16)
            dn[:, :collar] = 0
            dataset.GetRasterBand(band).WriteArray(dn, 0, y0)
        for dataset in datasets:
            dataset.FlushCache()  # written strip by strip: the block cache never holds the scene
    for b, (dataset, band) in enumerate(targets):
        dataset.GetRasterBand(band).SetDescription(f"SR_B{b + 1}")
    datasets = targets = None
    if layout == "vrt":
        vrt = gdal.BuildVRT(path, files, separate=True)
        for b in range(bands):
            vrt.GetRasterBand(b + 1).SetDescription(f"SR_B{b + 1}")
        vrt = None
    return path
