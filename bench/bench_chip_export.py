"""Benchmark: training-chip export (core.chip_export) against the bare read of the same bands, at two scene sizes.

Prints wall time and peak resident memory of each run, each in its own process (peak RSS from os.wait4,
GDAL block cache capped at GDAL_CACHEMAX=64 MB unless set), and
the ratios that matter: export time over the I/O floor (reading the three bands by chip rows, nothing else),
and the peak memory of the larger scene over that of the smaller one (block-wise export: close to 1).

    .venv/bin/python bench/bench_chip_export.py                     # 2,000 and 4,000 px square scenes
    .venv/bin/python bench/bench_chip_export.py --size 600          # small: 600 and 1,200 px

The synthetic scene: 7 bands of UInt16 Landsat Collection 2 Level-2 DN with noise; labels: a grid of square
glacier polygons covering about a third of the scene.
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

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ROOT = os.path.dirname(HERE)
CHIP = 128


def import_plugin():
    """Import the plugin as the package glacier_mapper, the way QGIS does."""
    if "glacier_mapper" in sys.modules:
        return
    plugins = tempfile.mkdtemp(prefix="glacier_mapper_bench_")
    atexit.register(shutil.rmtree, plugins, True)
    os.symlink(PLUGIN_ROOT, os.path.join(plugins, "glacier_mapper"))
    sys.path.insert(0, plugins)
    import glacier_mapper  # noqa: F401


def make_inputs(folder, size):
    from osgeo import gdal, ogr, osr
    gdal.UseExceptions()
    raster = os.path.join(folder, f"scene_{size}.tif")
    options = ["TILED=YES", "BLOCKXSIZE=512", "BLOCKYSIZE=512", "COMPRESS=DEFLATE", "PREDICTOR=2"]
    dataset = gdal.GetDriverByName("GTiff").Create(raster, size, size, 7, gdal.GDT_UInt16, options)
    origin = (400000.0, 5800000.0)
    dataset.SetGeoTransform((origin[0], 30.0, 0.0, origin[1], 0.0, -30.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    dataset.SetProjection(srs.ExportToWkt())
    rng = np.random.default_rng(0)
    for band in range(1, 8):
        dataset.GetRasterBand(band).SetDescription(f"B{band}")
        dataset.GetRasterBand(band).SetNoDataValue(0)
        for y in range(0, size, 512):
            rows = min(512, size - y)
            dataset.GetRasterBand(band).WriteArray(rng.integers(8000, 40000, (rows, size)).astype(np.uint16), 0, y)
    dataset = None
    labels = os.path.join(folder, f"labels_{size}.gpkg")
    vector = ogr.GetDriverByName("GPKG").CreateDataSource(labels)
    layer = vector.CreateLayer("labels", srs, ogr.wkbPolygon)
    step, side = 300, 175  # squares of 175 px every 300 px: a third of the scene
    for row in range(0, size - side, step):
        for col in range(0, size - side, step):
            x0, y0 = origin[0] + col * 30.0, origin[1] - row * 30.0
            x1, y1 = x0 + side * 30.0, y0 - side * 30.0
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
            layer.CreateFeature(feature)
    vector = None
    return raster, labels


def run_engine(raster, labels, out):
    import_plugin()
    from glacier_mapper.core.chip_export import ChipOptions, export_chips
    result = export_chips(raster, labels, out, options=ChipOptions(chip_size=CHIP, derived=("NDSI",)))
    return {"chips": result.train + result.val, "train": result.train, "val": result.val}


def run_io_floor(raster, _labels, _out):
    import_plugin()
    from glacier_mapper.core.raster_io import BandReader, Window, raster_info
    info = raster_info(raster)
    reader = BandReader(raster, [6, 5, 2, 3])
    width = (info.width // CHIP) * CHIP
    for y in range(0, info.height - CHIP + 1, CHIP):
        reader.read(Window(0, y, width, CHIP))
    return {}


RUNNERS = {"engine": run_engine, "io_floor": run_io_floor}


def measure(name, raster, labels, out):
    command = [sys.executable, os.path.abspath(__file__), "--child", name, "--raster", raster, "--labels", labels,
               "--out", out]
    started = time.perf_counter()
    # GDAL's block cache grows up to GDAL_CACHEMAX (5 % of RAM) whatever reads it; cap it so that the peak
    # shows the export's own memory.
    env = dict(os.environ, GDAL_CACHEMAX=os.environ.get("GDAL_CACHEMAX", "64"))
    process = subprocess.Popen(command, stdout=subprocess.PIPE, env=env)
    output = process.stdout.read()
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{name} failed with exit code {os.waitstatus_to_exitcode(status)}")
    lines = output.decode().strip().splitlines()
    details = json.loads(lines[-1]) if lines and lines[-1].startswith("{") else {}
    return {"name": name, "seconds": seconds, "peak_rss_mb": usage.ru_maxrss / 1024, **details}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2000, help="side of the smaller scene in pixels; the larger "
                                                                "is twice as wide and high")
    parser.add_argument("--workdir", help="folder for the scenes and chips (default: a temporary folder)")
    parser.add_argument("--child", choices=tuple(RUNNERS), help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--labels", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--make", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        print(json.dumps(make_inputs(args.out, args.make)))
        return
    if args.child:
        print(json.dumps(RUNNERS[args.child](args.raster, args.labels, args.out)))
        return
    folder = args.workdir or tempfile.mkdtemp(prefix="glacier_mapper_bench_chips_")
    if not args.workdir:
        atexit.register(shutil.rmtree, folder, True)
    results = {}
    for size in (args.size, 2 * args.size):
        # Made in a child too: a child's peak RSS starts from its parent's size at fork.
        made = subprocess.run([sys.executable, os.path.abspath(__file__), "--make", str(size), "--out", folder],
                              check=True, stdout=subprocess.PIPE).stdout.decode().strip().splitlines()[-1]
        raster, labels = json.loads(made)
        for name in RUNNERS:
            row = measure(name, raster, labels, os.path.join(folder, f"chips_{size}"))
            results[(size, name)] = row
            extra = f"  chips {row['chips']} (train {row['train']}, val {row['val']})" if "chips" in row else ""
            print(f"{size:>6} px  {name:<9} {row['seconds']:7.2f} s  peak RSS {row['peak_rss_mb']:7.1f} MB{extra}")
    small, large = args.size, 2 * args.size
    for size in (small, large):
        ratio = results[(size, "engine")]["seconds"] / results[(size, "io_floor")]["seconds"]
        print(f"{size} px: export time / I/O floor = {ratio:.2f}")
    growth = results[(large, "engine")]["peak_rss_mb"] / results[(small, "engine")]["peak_rss_mb"]
    print(f"peak RSS of the export, {large} px over {small} px (4x the pixels): {growth:.2f}")


if __name__ == "__main__":
    main()
