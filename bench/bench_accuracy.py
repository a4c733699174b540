"""Benchmark of the accuracy assessment: a full-scene probability raster against a reference mask.

Runs, each in its own process (time and peak RSS): reading both rasters block by block (the I/O floor),
an assessment at one threshold, and a sweep over 10 thresholds. The sweep is one pass over the data, so
it must cost less than twice the single assessment.

    .venv/bin/python bench/bench_accuracy.py                  # 7,800 x 7,700 px (a Landsat scene)
    .venv/bin/python bench/bench_accuracy.py --size 2000 2000 # small
"""
import argparse
import atexit
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

import numpy as np
from osgeo import gdal, osr

gdal.UseExceptions()
PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SWEEP = [round(0.05 + 0.1 * k, 2) for k in range(10)]


def import_plugin():
    """Import the plugin as the package ``glacier_mapper``, as QGIS does."""
    plugins = tempfile.mkdtemp(prefix="glacier_mapper_bench_")
    os.symlink(PLUGIN_ROOT, os.path.join(plugins, "glacier_mapper"))
    atexit.register(shutil.rmtree, plugins, True)  # removes the link, never the plugin it points to
    sys.path.insert(0, plugins)


def generate(folder, width, height):
    """A smooth 'glacier probability' with noise (Float32) and a reference mask (Byte), written in strips."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"]
    paths = os.path.join(folder, "probability.tif"), os.path.join(folder, "reference.tif")
    datasets = [gdal.GetDriverByName("GTiff").Create(paths[0], width, height, 1, gdal.GDT_Float32, options),
                gdal.GetDriverByName("GTiff").Create(paths[1], width, height, 1, gdal.GDT_Byte,
                                                     options + ["COMPRESS=DEFLATE", "ZLEVEL=1"])]
    for ds in datasets:
        ds.SetGeoTransform((300000.0, 30.0, 0, 5800000.0, 0, -30.0))
        ds.SetProjection(srs.ExportToWkt())
    datasets[1].GetRasterBand(1).SetNoDataValue(255)
    rng = np.random.default_rng(0)
    x = np.arange(width) / 700.0
    for y0 in range(0, height, 512):
        rows = min(512, height - y0)
        y = (y0 + np.arange(rows))[:, None] / 650.0
        field = 0.5 + 0.35 * np.sin(x[None, :] * 2.1) * np.cos(y * 1.7)
        reference = (field > 0.6).astype(np.uint8)
        probability = np.clip(field + rng.normal(0, 0.15, field.shape), 0, 1).astype(np.float32)
        datasets[0].GetRasterBand(1).WriteArray(probability, 0, y0)
        datasets[1].GetRasterBand(1).WriteArray(reference, 0, y0)
    datasets = None
    return paths


def peak_rss_mib():
    """The process's peak resident memory. VmHWM, because ru_maxrss survives exec and would report the
    parent's peak (the raster generation) instead."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode, prediction, reference):
    import_plugin()
    from glacier_mapper.core.accuracy import AssessOptions, assess
    from glacier_mapper.core.raster_io import BandReader, raster_info, windows
    start = time.perf_counter()
    if mode == "read":
        info = raster_info(prediction)
        readers = [BandReader(prediction, [1]), BandReader(reference, [1])]
        for window in windows(info.width, info.height):
            for reader in readers:
                reader.read(window, raw=True)
        summary = {}
    else:
        thresholds = [0.5] if mode == "single" else SWEEP
        result = assess(prediction, reference, options=AssessOptions(thresholds=thresholds))
        summary = {"best": result.best_threshold, "kappa": result.metrics["kappa"], "auc": result.auc}
    seconds = time.perf_counter() - start
    peak_mib = peak_rss_mib()
    print(json.dumps({"mode": mode, "seconds": seconds, "peak_mib": peak_mib, **summary}))


def run(mode, prediction, reference, cache_mib):
    env = dict(os.environ)
    if cache_mib:
        env["GDAL_CACHEMAX"] = str(cache_mib)  # GDAL's block cache would otherwise hide our own footprint
    output = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", mode, prediction, reference],
                            check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--repeat", type=int, default=1, help="runs of each mode; the fastest is reported")
    parser.add_argument("--gdal-cache", type=int, default=64, metavar="MIB",
                        help="GDAL_CACHEMAX of the runs in MiB (0: GDAL's default, 5 %% of the RAM)")
    parser.add_argument("--keep", action="store_true", help="keep the generated rasters")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    width, height = args.size
    folder = tempfile.mkdtemp(prefix="bench_accuracy_")
    try:
        start = time.perf_counter()
        prediction, reference = generate(folder, width, height)
        print(f"{width} x {height} px ({width * height / 1e6:.1f} Mpx) generated in "
              f"{time.perf_counter() - start:.1f} s; GDAL_CACHEMAX {args.gdal_cache or 'default'} MiB")
        results = {}
        for mode in ("read", "single", "sweep"):
            runs = [run(mode, prediction, reference, args.gdal_cache) for _ in range(max(args.repeat, 1))]
            results[mode] = min(runs, key=lambda r: r["seconds"])
            r = results[mode]
            extra = f"  best {r['best']}, kappa {r['kappa']:.4f}, AUC {r['auc']:.4f}" if mode != "read" else ""
            print(f"{mode:>7}: {r['seconds']:7.2f} s  peak RSS {r['peak_mib']:7.1f} MiB{extra}")
        ratio = results["sweep"]["seconds"] / results["single"]["seconds"]
        print(f"sweep of {len(SWEEP)} thresholds / single assessment: {ratio:.2f} (target < 2)")
        overhead = results["single"]["seconds"] / results["read"]["seconds"]
        print(f"single assessment / reading the two rasters: {overhead:.2f}")
        if ratio >= 2:
            print("TARGET MISSED: the sweep costs twice a single assessment or more")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"rasters kept in {folder}")


if __name__ == "__main__":
    main()
