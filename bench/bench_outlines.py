"""Benchmark of glacier outlines from a full-scene mask, next to gdal_polygonize.py on the same mask.

A blobby glacier mask (smooth noise at three scales, thresholded, with specks and a tilted scene
footprint of nodata, like a Landsat scene) and a DEM are generated block by block. Each of these runs in
its own process (wall and CPU time, peak RSS):
- gdal_polygonize.py on the mask to a GeoPackage (what a user would otherwise run; it polygonizes every
  value, and writes no attributes);
- outline_mask without DEM (polygonize, clean, simplify, RGI attributes, write);
- outline_mask with a DEM on the mask's grid, and with a 90 m DEM that is resampled on the fly.
Target: outline_mask within 1.5 x the time of gdal_polygonize.py.

With --speckle, a random-noise mask instead (55 % glacier pixels, 2,048 x 2,048 px by default): the
worst case for outlines, where 8-connected objects are huge multipolygons of many 4-connected pieces.
4- and 8-connectivity run in pairs (A B A B ...) after one warm-up run of each; medians and min-max of
wall time, CPU time, peak RSS, the longest wait between two cancel checks (target: under 1 s) and
the time after the last check (writing the layer).

    .venv/bin/python bench/bench_outlines.py                    # 7,800 x 7,700 px (a Landsat scene)
    .venv/bin/python bench/bench_outlines.py --size 2000 2000   # small
    .venv/bin/python bench/bench_outlines.py --speckle          # 2,048 x 2,048 px noise, both connectivities
"""
import argparse
import os
import statistics
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

TARGET = 1.5
CASES = (("gdal_polygonize", None), ("outlines", None), ("outlines_dem", "dem.tif"), ("outlines_dem90", "dem90.tif"))
SPECKLE_CASES = ("speckle4", "speckle8")
CANCEL_TARGET_S = 1.0


def smooth_noise(folder, name, width, height, cell, seed):
    """A VRT of Gaussian noise on a grid of ``cell`` px, interpolated to full size by GDAL when read."""
    import numpy as np
    from osgeo import gdal
    rng = np.random.default_rng(seed)
    small_w, small_h = width // cell + 4, height // cell + 4
    small = os.path.join(folder, f"{name}_small.tif")
    ds = gdal.GetDriverByName("GTiff").Create(small, small_w, small_h, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, cell, 0, 0, 0, -cell))
    ds.GetRasterBand(1).WriteArray(rng.standard_normal((small_h, small_w)).astype(np.float32))
    ds = None
    path = os.path.join(folder, f"{name}.vrt")
    gdal.Translate(path, small, format="VRT", width=width, height=height,
                   srcWin=[1, 1, width / cell, height / cell], resampleAlg="cubicspline")
    return gdal.Open(path)


def generate(folder, width, height):
    """mask.tif (1 glacier, 0 other, 255 outside the footprint), dem.tif on its grid, dem90.tif at 90 m."""
    import numpy as np
    from osgeo import gdal
    gdal.UseExceptions()
    options = ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"]
    coarse = smooth_noise(folder, "coarse", width, height, 256, 1)
    medium = smooth_noise(folder, "medium", width, height, 48, 2)
    fine = smooth_noise(folder, "fine", width, height, 6, 3)
    mask = create_geotiff(os.path.join(folder, "mask.tif"), width, height, 1, "Byte", options, nodata=255)
    dem = create_geotiff(os.path.join(folder, "dem.tif"), width, height, 1, "Float32", options, nodata=-9999)
    columns = np.arange(width)
    for y, rows in row_blocks(height):
        c = coarse.ReadAsArray(0, y, width, rows)
        m = medium.ReadAsArray(0, y, width, rows)
        f = fine.ReadAsArray(0, y, width, rows)
        elevation = 2600.0 + 700.0 * c + 200.0 * m + 15.0 * f
        glacier = (0.9 * c + 0.45 * m + 0.3 * f + 0.0004 * (elevation - 2600.0)) > 0.5
        row_index = (y + np.arange(rows))[:, None]
        # a footprint tilted by 12 degrees, as Landsat scenes are in their UTM frame
        inside = (np.abs((columns[None, :] - width / 2) * 0.978 + (row_index - height / 2) * 0.208) < width * 0.46) & \
                 (np.abs((row_index - height / 2) * 0.978 - (columns[None, :] - width / 2) * 0.208) < height * 0.46)
        mask.GetRasterBand(1).WriteArray(np.where(inside, glacier, 255).astype(np.uint8), 0, y)
        dem.GetRasterBand(1).WriteArray(elevation.astype(np.float32), 0, y)
    mask = dem = None
    gdal.Translate(os.path.join(folder, "dem90.tif"), os.path.join(folder, "dem.tif"), xRes=90.0, yRes=90.0,
                   resampleAlg="average", creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    return os.path.join(folder, "mask.tif"), os.path.join(folder, "dem.tif"), os.path.join(folder, "dem90.tif")


def child(mode, mask, dem, out_folder):
    report = {"mode": mode}
    output = os.path.join(out_folder, "polygonize.gpkg")
    if mode == "gdal_polygonize":
        from osgeo_utils.gdal_polygonize import main as gdal_polygonize  # what gdal_polygonize.py runs
        if os.path.exists(output):
            os.remove(output)  # gdal_polygonize.py would add to the previous run's file
        with timed_work(report):
            gdal_polygonize(["gdal_polygonize.py", "-q", mask, "-f", "GPKG", output])
        from osgeo import ogr
        dataset = ogr.Open(output)  # held: a layer outlives its dataset only in a crash
        report["features"] = dataset.GetLayer(0).GetFeatureCount()
    elif mode in SPECKLE_CASES:
        import_plugin()
        from glacier_mapper.core.outlines.outlines import OutlineOptions, outline_mask
        asked = []
        with timed_work(report):
            started = time.perf_counter()
            result = outline_mask(mask, os.path.join(out_folder, f"{mode}.gpkg"),
                                  OutlineOptions(connectivity=int(mode[-1]), src_date="2020-08-16"),
                                  is_cancelled=lambda: asked.append(time.perf_counter()) and False)
        gaps = [b - a for a, b in zip([started] + asked, asked)]
        # after the last check the layer is written and moved into place: not cancellable, reported apart
        report.update(features=result.count, area_km2=result.total_area_km2, cancel_gap_s=max(gaps),
                      write_tail_s=time.perf_counter() - asked[-1])
    else:
        import_plugin()
        from glacier_mapper.core.outlines.outlines import OutlineOptions, outline_mask
        with timed_work(report):
            result = outline_mask(mask, os.path.join(out_folder, f"{mode}.gpkg"), OutlineOptions(src_date="2020-08-16"),
                                  dem_path=dem if dem != "-" else None)
        report.update(features=result.count, area_km2=result.total_area_km2)
    child_report(report)


def run(mode, mask, dem, out_folder, cache_mib):
    env = dict(os.environ)
    if cache_mib:
        env["GDAL_CACHEMAX"] = str(cache_mib)  # GDAL's block cache would otherwise hide our own footprint
    return run_child(script_command(__file__, "--child", mode, mask, dem or "-", out_folder), env=env, name=mode)


def noise_mask(folder, size, fraction=0.55, seed=0):
    """A mask of independent random pixels, ``fraction`` of them glacier (1), the rest 0."""
    import numpy as np
    from osgeo import gdal
    gdal.UseExceptions()
    rng = np.random.default_rng(seed)
    mask = create_geotiff(os.path.join(folder, "noise.tif"), size, size, 1, "Byte", ["TILED=YES", "COMPRESS=DEFLATE"])
    for y, rows in row_blocks(size):
        mask.GetRasterBand(1).WriteArray((rng.random((rows, size)) < fraction).astype(np.uint8), 0, y)
    mask = None
    return os.path.join(folder, "noise.tif")


def speckle(args):
    """4- and 8-connected outlines of a noise mask, paired runs after a warm-up: medians and min-max."""
    size = args.speckle
    with work_folder(args.keep, "bench_outlines_speckle_") as folder:
        mask = noise_mask(folder, size)
        for mode in SPECKLE_CASES:  # warm-up: file cache, imports
            run(mode, mask, None, folder, args.gdal_cache)
        runs = {mode: [] for mode in SPECKLE_CASES}
        for _ in range(max(args.repeat, 1)):
            for mode in SPECKLE_CASES:
                runs[mode].append(run(mode, mask, None, folder, args.gdal_cache))
    print(f"{size} x {size} px random noise (55 % glacier); {machine_line()}; {max(args.repeat, 1)} pair(s) "
          "after a warm-up, median (min-max)")

    def spread(values, spec):
        return f"{format(statistics.median(values), spec)} ({format(min(values), spec)}-{format(max(values), spec)})"

    print_table([("mode", ""), ("seconds", ""), ("CPU s", ""), ("peak RSS MiB", ""), ("cancel gap s", ""),
                 ("write s", ""), ("features", "d"), ("area km2", ".4f")],
                [(mode, spread([r["seconds"] for r in rs], ".2f"), spread([r["cpu_seconds"] for r in rs], ".2f"),
                  spread([r["peak_rss_mb"] for r in rs], ".0f"), spread([r["cancel_gap_s"] for r in rs], ".2f"),
                  spread([r["write_tail_s"] for r in rs], ".2f"), rs[0]["features"], rs[0]["area_km2"])
                 for mode, rs in runs.items()])
    worst = max(r["cancel_gap_s"] for rs in runs.values() for r in rs)
    print(f"longest wait between cancel checks: {worst:.2f} s (target < {CANCEL_TARGET_S:g} s: "
          f"{verdict(worst, CANCEL_TARGET_S)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each mode; the fastest is reported")
    parser.add_argument("--gdal-cache", type=int, default=64, metavar="MIB",
                        help="GDAL_CACHEMAX of the runs in MiB (0: GDAL's default, 5 %% of the RAM)")
    parser.add_argument("--keep", metavar="FOLDER", help="generate the rasters and outputs in FOLDER and keep them")
    parser.add_argument("--speckle", type=int, nargs="?", const=2048, metavar="SIZE",
                        help="outline a SIZE x SIZE random-noise mask in 4- and 8-connectivity instead (2048)")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(*args.child)
    if args.speckle:
        return speckle(args)
    width, height = args.size
    with work_folder(args.keep, "bench_outlines_") as folder:
        started = time.perf_counter()
        mask, _, _ = generate(folder, width, height)
        print(f"{width} x {height} px ({width * height / 1e6:.1f} Mpx) generated in "
              f"{time.perf_counter() - started:.1f} s; GDAL_CACHEMAX {args.gdal_cache or 'default'} MiB")
        runs = {mode: [] for mode, _ in CASES}
        for _ in range(max(args.repeat, 1)):  # interleaved, so a busy moment of the machine hits every case
            for mode, dem in CASES:
                runs[mode].append(run(mode, mask, dem and os.path.join(folder, dem), folder, args.gdal_cache))
    results = {}
    for mode, _ in CASES:
        results[mode] = min(runs[mode], key=lambda r: r["seconds"])
        results[mode]["cpu_best"] = min(r["cpu_seconds"] for r in runs[mode])
    print(f"{machine_line()}; fastest of {max(args.repeat, 1)} run(s) of each")
    print_table([("mode", ""), ("seconds", ".2f"), ("CPU s", ".2f"), ("peak RSS MiB", ".1f"), ("features", "d"),
                 ("area km2", ".1f")],
                [(mode, r["seconds"], r["cpu_best"], r["peak_rss_mb"], r["features"], r.get("area_km2"))
                 for mode, r in results.items()])
    base = results["gdal_polygonize"]
    for mode, _ in CASES[1:]:
        ratio = results[mode]["seconds"] / base["seconds"]
        cpu_ratio = results[mode]["cpu_best"] / base["cpu_best"]
        print(f"{mode} / gdal_polygonize.py: {ratio:.2f} wall, {cpu_ratio:.2f} CPU (target <= {TARGET}: "
              f"{verdict(ratio, TARGET)})")


if __name__ == "__main__":
    sys.exit(main())
