"""Benchmark of the accuracy assessment: a full-scene probability raster against a reference mask.

Runs, each in its own process (wall and CPU time, peak RSS): reading both rasters block by block (the I/O
floor), an assessment at one threshold, and a sweep over 10 thresholds. The sweep is one pass over the data,
so it must cost less than twice the single assessment.

    .venv/bin/python bench/bench_accuracy.py                  # 7,800 x 7,700 px (a Landsat scene)
    .venv/bin/python bench/bench_accuracy.py --size 2000 2000 # small
"""
import argparse
import os
import sys
import time

from common import (
    child_report,
    create_geotiff,
    import_plugin,
    machine_line,
    print_table,
    row_blocks,
    run_child,
    script_command,
    timed_work,
    verdict,
    work_folder,
)

SWEEP = [round(0.05 + 0.1 * k, 2) for k in range(10)]
MODES = ("read", "single", "sweep")
TARGET = 2.0


def generate(folder, width, height):
    """A smooth 'glacier probability' with noise (Float32) and a reference mask (Byte), written in strips."""
    import numpy as np
    options = ["TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER"]
    paths = os.path.join(folder, "probability.tif"), os.path.join(folder, "reference.tif")
    probability = create_geotiff(paths[0], width, height, 1, "Float32", options)
    reference = create_geotiff(paths[1], width, height, 1, "Byte", options + ["COMPRESS=DEFLATE", "ZLEVEL=1"],
                               nodata=255)
    rng = np.random.default_rng(0)
    x = np.arange(width) / 700.0
    for y0, rows in row_blocks(height):
        y = (y0 + np.arange(rows))[:, None] / 650.0
        field = 0.5 + 0.35 * np.sin(x[None, :] * 2.1) * np.cos(y * 1.7)
        reference.GetRasterBand(1).WriteArray((field > 0.6).astype(np.uint8), 0, y0)
        noisy = np.clip(field + rng.normal(0, 0.15, field.shape), 0, 1).astype(np.float32)
        probability.GetRasterBand(1).WriteArray(noisy, 0, y0)
    probability = reference = None
    return paths


def child(mode, prediction, reference):
    import_plugin()
    from glacier_mapper.core.accuracy.assessment import AssessOptions, assess
    from glacier_mapper.core.io.raster import BandReader, raster_info, windows
    report = {"mode": mode}
    with timed_work(report):
        if mode == "read":
            info = raster_info(prediction)
            readers = [BandReader(prediction, [1]), BandReader(reference, [1])]
            for window in windows(info.width, info.height):
                for reader in readers:
                    reader.read(window, raw=True)
        else:
            thresholds = [0.5] if mode == "single" else SWEEP
            result = assess(prediction, reference, options=AssessOptions(thresholds=thresholds))
            report.update(best=result.best_threshold, kappa=result.metrics["kappa"], auc=result.auc)
    child_report(report)


def run(mode, prediction, reference, cache_mib):
    env = dict(os.environ)
    if cache_mib:
        env["GDAL_CACHEMAX"] = str(cache_mib)  # GDAL's block cache would otherwise hide our own footprint
    return run_child(script_command(__file__, "--child", mode, prediction, reference), env=env, name=mode)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each mode; the fastest is reported")
    parser.add_argument("--gdal-cache", type=int, default=64, metavar="MIB",
                        help="GDAL_CACHEMAX of the runs in MiB (0: GDAL's default, 5 %% of the RAM)")
    parser.add_argument("--keep", metavar="FOLDER", help="generate the rasters in FOLDER and keep them")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    width, height = args.size
    with work_folder(args.keep, "bench_accuracy_") as folder:
        started = time.perf_counter()
        prediction, reference = generate(folder, width, height)
        print(f"{width} x {height} px ({width * height / 1e6:.1f} Mpx) generated in "
              f"{time.perf_counter() - started:.1f} s; GDAL_CACHEMAX {args.gdal_cache or 'default'} MiB")
        results = {}
        for mode in MODES:
            runs = [run(mode, prediction, reference, args.gdal_cache) for _ in range(max(args.repeat, 1))]
            results[mode] = min(runs, key=lambda r: r["seconds"])
            results[mode]["cpu_best"] = min(r["cpu_seconds"] for r in runs)
    print(f"{machine_line()}; fastest of {max(args.repeat, 1)} run(s) of each")
    print_table([("mode", ""), ("seconds", ".2f"), ("CPU s", ".2f"), ("peak RSS MiB", ".1f"), ("best threshold", ""),
                 ("kappa", ".4f"), ("AUC", ".4f")],
                [(mode, r["seconds"], r["cpu_best"], r["peak_rss_mb"], str(r.get("best", "-")), r.get("kappa"),
                  r.get("auc")) for mode, r in results.items()])
    ratio = results["sweep"]["seconds"] / results["single"]["seconds"]
    cpu_ratio = results["sweep"]["cpu_best"] / results["single"]["cpu_best"]
    print(f"sweep of {len(SWEEP)} thresholds / single assessment: {ratio:.2f} wall, {cpu_ratio:.2f} CPU "
          f"(target < {TARGET:g}: {verdict(ratio, TARGET)})")
    overhead = results["single"]["seconds"] / results["read"]["seconds"]
    print(f"single assessment / reading the two rasters: {overhead:.2f}")


if __name__ == "__main__":
    sys.exit(main())
