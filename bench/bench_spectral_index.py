"""Benchmark: NDSI of a full Landsat-size scene by the engine, by gdal_calc.py, and the bare read (I/O floor).

Prints wall time and peak resident memory of each contender, each run in its own process, and the ratios
the project targets: engine no slower than the fastest peer, within 1.5x of the I/O floor, peak RSS under
300 MB.

    .venv/bin/python bench/bench_spectral_index.py                 # 7,800 x 7,700 x 7 bands, UInt16
    .venv/bin/python bench/bench_spectral_index.py --width 1000 --height 1000
    .venv/bin/python bench/bench_spectral_index.py --creation-options TILED=YES COMPRESS=ZSTD   # other outputs

The synthetic scene looks like a Landsat Collection 2 Level-2 stack (UInt16 DN, scale 2.75e-5, offset -0.2,
nodata 0 in the collar; tiled 256 x 256, DEFLATE with predictor 2 like the USGS COGs): smooth snow/ice and
rock areas with noise, written block by block in a child process. ``--layout vrt`` stacks one file per band
in a VRT instead, as users do with downloaded band files.

Peak RSS comes from os.wait4 on each child. The parent imports neither numpy nor GDAL: on Linux a child's
ru_maxrss starts at its parent's resident size when it is forked, so a big parent would hide the children.
"""
import argparse
import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ROOT = os.path.dirname(HERE)
SCALE, OFFSET = 2.75e-5, -0.2  # core.bands SCALING_PRESETS["landsat_c2l2"]
GREEN, SWIR1 = 3, 6  # Landsat 8/9 OLI stack positions

# Contenders run in child processes. A Processing variant ("through the plugin": processing.run(
# "glaciermapper:spectralindex", ...) in a headless QGIS) is one more entry here and in child_main.
CONTENDERS = ("engine", "gdal_calc", "io_floor")


def import_plugin():
    """Import the plugin as the package glacier_mapper, the way QGIS does."""
    if "glacier_mapper" in sys.modules:
        return
    plugins = tempfile.mkdtemp(prefix="glacier_mapper_bench_")
    atexit.register(shutil.rmtree, plugins, True)
    os.symlink(PLUGIN_ROOT, os.path.join(plugins, "glacier_mapper"))
    sys.path.insert(0, plugins)
    import glacier_mapper  # noqa: F401


# --- child processes ---------------------------------------------------------------------------------

def make_scene(path, width, height, bands, layout):
    import numpy as np
    from osgeo import gdal, osr
    gdal.UseExceptions()
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "COMPRESS=DEFLATE", "PREDICTOR=2",
               "BIGTIFF=IF_SAFER", "NUM_THREADS=ALL_CPUS"]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    folder = os.path.dirname(path)
    if layout == "vrt":
        files = [os.path.join(folder, f"band_{b + 1}.tif") for b in range(bands)]
        datasets = [gdal.GetDriverByName("GTiff").Create(f, width, height, 1, gdal.GDT_UInt16, options)
                    for f in files]
    else:
        datasets = [gdal.GetDriverByName("GTiff").Create(path, width, height, bands, gdal.GDT_UInt16,
                                                         options + ["INTERLEAVE=BAND"])]
    for dataset in datasets:
        dataset.SetGeoTransform((400000.0, 30.0, 0.0, 5800000.0, 0.0, -30.0))
        dataset.SetProjection(srs.ExportToWkt())
    rng = np.random.default_rng(0)
    # typical reflectance of snow/ice and of rock in OLI bands 1-7
    snow = np.array([0.85, 0.85, 0.8, 0.75, 0.6, 0.05, 0.04])
    rock = np.array([0.08, 0.09, 0.12, 0.15, 0.22, 0.28, 0.22])
    x = np.arange(width, dtype=np.float32)
    collar = width // 20
    block_rows = 512
    for y0 in range(0, height, block_rows):
        rows = min(block_rows, height - y0)
        y = np.arange(y0, y0 + rows, dtype=np.float32)[:, None]
        field = np.sin(x / 310.0) * np.cos(y / 270.0) + 0.5 * np.sin((x + y) / 90.0)
        snow_share = np.clip(field + 0.5, 0, 1)  # mixed pixels between pure snow and pure rock
        for b in range(bands):
            reflectance = rock[b % 7] + (snow[b % 7] - rock[b % 7]) * snow_share
            reflectance = reflectance + rng.normal(0, 0.01, reflectance.shape).astype(np.float32)
            dn = np.clip((reflectance - OFFSET) / SCALE, 1, 65535).astype(np.uint16)
            dn[:, :collar] = 0  # the nodata collar of a Landsat scene
            if layout == "vrt":
                datasets[b].GetRasterBand(1).WriteArray(dn, 0, y0)
            else:
                datasets[0].GetRasterBand(b + 1).WriteArray(dn, 0, y0)
        for dataset in datasets:
            dataset.FlushCache()
    for dataset in datasets:
        for band in range(dataset.RasterCount):
            dataset.GetRasterBand(band + 1).SetNoDataValue(0)
    if layout == "vrt":
        datasets = None
        vrt = gdal.BuildVRT(path, files, separate=True)
        for b in range(bands):
            vrt.GetRasterBand(b + 1).SetDescription(f"SR_B{b + 1}")
        vrt = None
    else:
        for b in range(bands):
            datasets[0].GetRasterBand(b + 1).SetDescription(f"SR_B{b + 1}")
    datasets = None
    return {}


def set_output_options(creation_options):
    """Make RasterWriter use other GeoTIFF creation options, without touching the module on disk."""
    from glacier_mapper.core import raster_io
    defaults = list(raster_io.RasterWriter.__init__.__defaults__)
    defaults[-1] = tuple(creation_options)
    raster_io.RasterWriter.__init__.__defaults__ = tuple(defaults)


def run_engine(input_path, output_path, creation_options):
    import_plugin()
    from glacier_mapper.core.indices import compute_index
    if creation_options:
        set_output_options(creation_options)
    result = compute_index(input_path, "ndsi", output_path, sensor="landsat_oli")
    return {"valid_pixels": result.valid_pixels, "mean": result.mean}


def run_io_floor(input_path, _output_path, _creation_options):
    """The two bands read in the engine's windows, into their native type, and nothing else."""
    import_plugin()
    from osgeo import gdal
    from glacier_mapper.core.indices import processing_windows
    from glacier_mapper.core.raster_io import BandReader, raster_info, release_blocks
    gdal.UseExceptions()
    reader = BandReader(input_path, [GREEN, SWIR1])
    green, swir = (reader.dataset.GetRasterBand(i) for i in (GREEN, SWIR1))
    checksum = 0
    for window in processing_windows(raster_info(input_path), reader=reader):
        args = (window.x, window.y, window.width, window.height)
        checksum += int(green.ReadAsArray(*args)[0, -1]) + int(swir.ReadAsArray(*args)[0, -1])
        release_blocks(reader)
    return {"checksum": checksum}


def print_options(*_args):
    import_plugin()
    from glacier_mapper.core.raster_io import GTIFF_OPTIONS
    return {"options": list(GTIFF_OPTIONS)}


def child_main(args):
    runners = {"engine": run_engine, "io_floor": run_io_floor, "options": print_options}
    started = time.perf_counter()
    if args.child == "scene":
        details = make_scene(args.output, args.width, args.height, args.bands, args.layout)
    else:
        details = runners[args.child](args.input, args.output, args.creation_options)
    details["inner_seconds"] = time.perf_counter() - started
    print(json.dumps(details))


# --- parent ------------------------------------------------------------------------------------------

def gdal_calc_command(input_path, output_path, creation_options):
    """gdal_calc.py computing the same NDSI: reflectance first (scale, offset, negatives to 0), Float32, -9999."""
    s, o = repr(SCALE), repr(OFFSET)
    green, swir = f"maximum(A*{s}{o},0)", f"maximum(B*{s}{o},0)"
    formula = f"where({green}+{swir}>0,({green}-{swir})/maximum({green}+{swir},1e-30),-9999)"
    command = [shutil.which("gdal_calc.py") or "gdal_calc.py", "-A", input_path, f"--A_band={GREEN}",
               "-B", input_path, f"--B_band={SWIR1}", f"--outfile={output_path}", "--type=Float32",
               "--NoDataValue=-9999", f"--calc={formula}", "--quiet", "--overwrite"]
    for option in creation_options:
        command += ["--co", option]
    return command


def run_child(command):
    """Run a command; return (seconds, peak RSS in MB, CPU seconds, last JSON line), the last two of the
    process and its children. CPU time is steadier than wall time on a busy machine."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    code = os.waitstatus_to_exitcode(status)
    if code:
        raise SystemExit(f"{' '.join(command[:4])} ... failed with exit code {code}")
    lines = output.decode().strip().splitlines()
    details = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime, details  # maxrss in kB on Linux


def self_command(*arguments):
    return [sys.executable, os.path.abspath(__file__), *arguments]


def measure(name, input_path, output_path, creation_options):
    if name == "gdal_calc":
        command = gdal_calc_command(input_path, output_path, creation_options)
    else:
        command = self_command("--child", name, "--input", input_path, "--output", output_path,
                               "--creation-options", *creation_options)
    seconds, peak_mb, cpu, details = run_child(command)
    size_mb = os.path.getsize(output_path) / 2 ** 20 if os.path.exists(output_path) else 0.0
    return {"name": name, "seconds": seconds, "peak_rss_mb": peak_mb, "cpu_seconds": cpu, "output_mb": size_mb,
            **details}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--width", type=int, default=7800)
    parser.add_argument("--height", type=int, default=7700)
    parser.add_argument("--bands", type=int, default=7)
    parser.add_argument("--layout", choices=("stack", "vrt"), default="stack",
                        help="one multiband GeoTIFF, or a VRT over one GeoTIFF per band")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each contender; the fastest is reported")
    parser.add_argument("--workdir", help="folder for the scene and outputs, kept (default: a temporary folder)")
    parser.add_argument("--contenders", nargs="+", default=list(CONTENDERS), choices=CONTENDERS)
    parser.add_argument("--creation-options", nargs="*", default=None,
                        help="GeoTIFF creation options of the outputs (default: core.raster_io.GTIFF_OPTIONS)")
    parser.add_argument("--child", choices=CONTENDERS + ("scene", "options"), help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args)

    workdir = args.workdir or tempfile.mkdtemp(prefix="bench_spectral_index_")
    os.makedirs(workdir, exist_ok=True)
    suffix = "vrt" if args.layout == "vrt" else "tif"
    scene = os.path.join(workdir, f"scene_{args.width}x{args.height}x{args.bands}.{suffix}")
    try:
        if not os.path.exists(scene):
            seconds, _, _, _ = run_child(self_command("--child", "scene", "--output", scene, "--width", str(args.width),
                                                   "--height", str(args.height), "--bands", str(args.bands),
                                                   "--layout", args.layout))
            print(f"scene: {scene} made in {seconds:.1f} s")
        options = args.creation_options
        if options is None:
            options = run_child(self_command("--child", "options"))[3]["options"]
        print(f"{args.width} x {args.height} px, {args.bands} bands UInt16 ({args.layout}); NDSI of bands "
              f"{GREEN} and {SWIR1}; outputs: {' '.join(options)}")
        load_before = os.getloadavg()[0]
        results = {}
        for _ in range(args.repeat):
            for name in args.contenders:
                output = os.path.join(workdir, f"ndsi_{name}.tif")
                if os.path.exists(output):
                    os.remove(output)
                result = measure(name, scene, output, options)
                if name not in results or result["seconds"] < results[name]["seconds"]:
                    results[name] = result
        print(f"machine: {os.cpu_count()} CPUs, load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} "
              "after (other work on the machine slows the wall times)")
        print(f"{'contender':<12}{'wall s':>9}{'CPU s':>9}{'peak RSS MB':>13}{'output MB':>11}")
        for result in results.values():
            print(f"{result['name']:<12}{result['seconds']:>9.2f}{result['cpu_seconds']:>9.2f}"
                  f"{result['peak_rss_mb']:>13.0f}{result['output_mb']:>11.0f}")
        if "engine" in results:
            engine = results["engine"]
            peers = [r for n, r in results.items() if n not in ("engine", "io_floor")]
            if peers:
                fastest = min(peers, key=lambda r: r["seconds"])
                print(f"engine / fastest peer ({fastest['name']}): "
                      f"{engine['seconds'] / fastest['seconds']:.2f} (target <= 1)")
            if "io_floor" in results:
                print(f"engine / I/O floor: {engine['seconds'] / results['io_floor']['seconds']:.2f} (target <= 1.5)")
            print(f"engine peak RSS: {engine['peak_rss_mb']:.0f} MB (target < 300)")
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
