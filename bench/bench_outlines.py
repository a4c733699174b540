"""Benchmark of glacier outlines from a full-scene mask, next to gdal_polygonize.py on the same mask.

A blobby glacier mask (smooth noise at three scales, thresholded, with specks and a tilted scene
footprint of nodata, like a Landsat scene) and a DEM are generated block by block. Each of these runs in
its own process (wall time and peak RSS):
- gdal_polygonize.py on the mask to a GeoPackage (what a user would otherwise run; it polygonizes every
  value, and writes no attributes);
- outline_mask without DEM (polygonize, clean, simplify, RGI attributes, write);
- outline_mask with a DEM on the mask's grid, and with a 90 m DEM that is resampled on the fly.
Target: outline_mask within 1.5 x the time of gdal_polygonize.py.

    .venv/bin/python bench/bench_outlines.py                    # 7,800 x 7,700 px (a Landsat scene)
    .venv/bin/python bench/bench_outlines.py --size 2000 2000   # small
"""
import argparse
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
PIXEL = 30.0
ORIGIN = (400000.0, 5800000.0)
TARGET = 1.5


def import_plugin():
    """Import the plugin as the package ``glacier_mapper``, as QGIS does."""
    plugins = tempfile.mkdtemp(prefix="glacier_mapper_bench_")
    os.symlink(PLUGIN_ROOT, os.path.join(plugins, "glacier_mapper"))
    sys.path.insert(0, plugins)


def smooth_noise(folder, name, width, height, cell, seed):
    """A VRT of Gaussian noise on a grid of ``cell`` px, interpolated to full size by GDAL when read."""
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


def create(path, width, height, data_type, nodata, pixel=PIXEL):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    ds = gdal.GetDriverByName("GTiff").Create(path, width, height, 1, data_type,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "ZLEVEL=1", "BIGTIFF=IF_SAFER"])
    ds.SetGeoTransform((ORIGIN[0], pixel, 0, ORIGIN[1], 0, -pixel))
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    return ds


def generate(folder, width, height):
    """mask.tif (1 glacier, 0 other, 255 outside the footprint), dem.tif on its grid, dem90.tif at 90 m."""
    coarse = smooth_noise(folder, "coarse", width, height, 256, 1)
    medium = smooth_noise(folder, "medium", width, height, 48, 2)
    fine = smooth_noise(folder, "fine", width, height, 6, 3)
    mask = create(os.path.join(folder, "mask.tif"), width, height, gdal.GDT_Byte, 255)
    dem = create(os.path.join(folder, "dem.tif"), width, height, gdal.GDT_Float32, -9999)
    columns = np.arange(width)
    for y in range(0, height, 512):
        rows = min(512, height - y)
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


def peak_rss_mib():
    """Peak resident memory of this process (VmHWM: ru_maxrss would survive exec from the parent)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(mode, mask, dem, out_folder):
    start = time.perf_counter()
    if mode == "gdal_polygonize":
        from osgeo_utils.gdal_polygonize import main as gdal_polygonize  # what gdal_polygonize.py runs
        gdal_polygonize(["gdal_polygonize.py", "-q", mask, "-f", "GPKG", os.path.join(out_folder, "polygonize.gpkg")])
        from osgeo import ogr
        dataset = ogr.Open(os.path.join(out_folder, "polygonize.gpkg"))
        summary = {"features": dataset.GetLayer(0).GetFeatureCount()}
    else:
        import_plugin()
        from glacier_mapper.core.outlines import OutlineOptions, outline_mask
        result = outline_mask(mask, os.path.join(out_folder, f"{mode}.gpkg"), OutlineOptions(src_date="2020-08-16"),
                              dem_path=dem if dem != "-" else None)
        summary = {"features": result.count, "area_km2": result.total_area_km2}
    print(json.dumps({"mode": mode, "seconds": time.perf_counter() - start, "peak_mib": peak_rss_mib(), **summary}))


def run(mode, mask, dem, out_folder, cache_mib):
    env = dict(os.environ)
    if cache_mib:
        env["GDAL_CACHEMAX"] = str(cache_mib)  # GDAL's block cache would otherwise hide our own footprint
    output = subprocess.run([sys.executable, os.path.abspath(__file__), "--child", mode, mask, dem or "-", out_folder],
                            check=True, capture_output=True, text=True, env=env).stdout
    return json.loads(output.strip().splitlines()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each mode; the fastest is reported")
    parser.add_argument("--gdal-cache", type=int, default=64, metavar="MIB",
                        help="GDAL_CACHEMAX of the runs in MiB (0: GDAL's default, 5 %% of the RAM)")
    parser.add_argument("--keep", action="store_true", help="keep the generated rasters and outputs")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    width, height = args.size
    folder = tempfile.mkdtemp(prefix="bench_outlines_")
    try:
        start = time.perf_counter()
        mask, dem, dem90 = generate(folder, width, height)
        print(f"{width} x {height} px ({width * height / 1e6:.1f} Mpx) generated in "
              f"{time.perf_counter() - start:.1f} s; GDAL_CACHEMAX {args.gdal_cache or 'default'} MiB")
        cases = [("gdal_polygonize", None), ("outlines", None), ("outlines_dem", dem), ("outlines_dem90", dem90)]
        runs = {mode: [] for mode, _ in cases}
        for _ in range(max(args.repeat, 1)):  # interleaved, so a busy moment of the machine hits every case
            for mode, dem_path in cases:
                runs[mode].append(run(mode, mask, dem_path, folder, args.gdal_cache))
        results = {}
        for mode, _ in cases:
            results[mode] = r = min(runs[mode], key=lambda x: x["seconds"])
            area = f", {r['area_km2']:.1f} km²" if "area_km2" in r else ""
            print(f"{mode:>16}: {r['seconds']:7.2f} s  peak RSS {r['peak_mib']:7.1f} MiB  "
                  f"{r['features']} features{area}")
        base = results["gdal_polygonize"]["seconds"]
        for mode, _ in cases[1:]:
            ratio = results[mode]["seconds"] / base
            print(f"{mode} / gdal_polygonize.py: {ratio:.2f} (target <= {TARGET})"
                  + ("" if ratio <= TARGET else "  TARGET MISSED"))
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"files kept in {folder}")


if __name__ == "__main__":
    main()
