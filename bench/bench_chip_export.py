"""Benchmark: training-chip export (core.training.chip_export) against the bare read of the same bands, at two
scene sizes.

Prints wall and CPU time and peak resident memory of each run, each in its own process (GDAL block cache
capped at GDAL_CACHEMAX=64 MB unless set), and
the ratios that matter: export time over the I/O floor (reading the three bands by chip rows, nothing else),
and the peak memory of the larger scene over that of the smaller one (block-wise export: close to 1).

    .venv/bin/python bench/bench_chip_export.py                     # 3,900 and 7,800 px square scenes
    .venv/bin/python bench/bench_chip_export.py --size 600          # small: 600 and 1,200 px

The synthetic scene: 7 bands of UInt16 Landsat Collection 2 Level-2 DN (smooth snow and rock with noise, no
nodata); labels: a grid of square glacier polygons covering about a third of the scene.
"""
import argparse
import os
import sys

from common import (
    ORIGIN,
    PIXEL,
    child_report,
    import_plugin,
    machine_line,
    print_table,
    run_child,
    script_command,
    timed_work,
    work_folder,
    write_landsat_stack,
)

CHIP = 128


def make_inputs(folder, size):
    """The scene (7 bands, no nodata collar) and its labels: squares of 175 px every 300 px, a third of it."""
    from osgeo import ogr, osr
    import_plugin()
    raster = write_landsat_stack(os.path.join(folder, f"scene_{size}.tif"), size, size, 7, block=512, collar=0)
    labels = os.path.join(folder, f"labels_{size}.gpkg")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    vector = ogr.GetDriverByName("GPKG").CreateDataSource(labels)
    layer = vector.CreateLayer("labels", srs, ogr.wkbPolygon)
    step, side = 300, 175
    for row in range(0, size - side, step):
        for col in range(0, size - side, step):
            x0, y0 = ORIGIN[0] + col * PIXEL, ORIGIN[1] - row * PIXEL
            x1, y1 = x0 + side * PIXEL, y0 - side * PIXEL
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetGeometry(ogr.CreateGeometryFromWkt(
                f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
            layer.CreateFeature(feature)
    vector = layer = None
    return raster, labels


def run_engine(raster, labels, out):
    import_plugin()
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.training.chip_export import ChipOptions, export_chips
    report = {}
    with timed_work(report):
        result = export_chips(Scene.from_raster(raster), labels, out,
                              options=ChipOptions(chip_size=CHIP, derived=("NDSI",)))
    report.update(chips=result.train + result.val, train=result.train, val=result.val)
    return report


def run_io_floor(raster, _labels, _out):
    """The bands the chips take (SWIR1, NIR, Blue, and Green for the NDSI), read by rows of chips."""
    import_plugin()
    from glacier_mapper.core.io.raster import BandReader, Window, raster_info
    report = {}
    with timed_work(report):
        info = raster_info(raster)
        reader = BandReader(raster, [6, 5, 2, 3])
        width = (info.width // CHIP) * CHIP
        for y in range(0, info.height - CHIP + 1, CHIP):
            reader.read(Window(0, y, width, CHIP))
    return report


RUNNERS = {"engine": run_engine, "io_floor": run_io_floor}


def measure(name, raster, labels, out):
    # GDAL's block cache grows up to GDAL_CACHEMAX (5 % of RAM) whatever reads it; cap it so that the peak
    # shows the export's own memory.
    env = dict(os.environ, GDAL_CACHEMAX=os.environ.get("GDAL_CACHEMAX", "64"))
    return run_child(script_command(__file__, "--child", name, "--raster", raster, "--labels", labels, "--out", out),
                     env=env, name=name)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=3900, help="side of the smaller scene in pixels; the larger "
                                                                "is twice as wide and high (default: 7,800 px, "
                                                                "a Landsat scene)")
    parser.add_argument("--workdir", help="folder for the scenes and chips, kept (default: a temporary folder)")
    parser.add_argument("--child", choices=tuple(RUNNERS), help=argparse.SUPPRESS)
    parser.add_argument("--raster", help=argparse.SUPPRESS)
    parser.add_argument("--labels", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    parser.add_argument("--make", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.make:
        raster, labels = make_inputs(args.out, args.make)
        return child_report(raster=raster, labels=labels)
    if args.child:
        return child_report(RUNNERS[args.child](args.raster, args.labels, args.out))
    small, large = args.size, 2 * args.size
    results = {}
    with work_folder(args.workdir, "glacier_mapper_bench_chips_") as folder:
        for size in (small, large):
            # Made in a child too, so that the parent stays small.
            made = run_child(script_command(__file__, "--make", size, "--out", folder), name="scene")
            for name in RUNNERS:
                results[(size, name)] = measure(name, made["raster"], made["labels"],
                                                os.path.join(folder, f"chips_{size}"))
    print(machine_line())
    print_table([("scene", ""), ("run", ""), ("seconds", ".2f"), ("CPU s", ".2f"), ("peak RSS MB", ".1f"),
                 ("chips (train, val)", "")],
                [(f"{size} px", name, r["seconds"], r["cpu_seconds"], r["peak_rss_mb"],
                  f"{r['chips']} ({r['train']}, {r['val']})" if "chips" in r else "-")
                 for (size, name), r in results.items()])
    for size in (small, large):
        ratio = results[(size, "engine")]["seconds"] / results[(size, "io_floor")]["seconds"]
        cpu_ratio = results[(size, "engine")]["cpu_seconds"] / results[(size, "io_floor")]["cpu_seconds"]
        print(f"{size} px: export time / I/O floor = {ratio:.2f} wall, {cpu_ratio:.2f} CPU")
    growth = results[(large, "engine")]["peak_rss_mb"] / results[(small, "engine")]["peak_rss_mb"]
    print(f"peak RSS of the export, {large} px over {small} px (4x the pixels): {growth:.2f} (close to 1: block-wise)")


if __name__ == "__main__":
    sys.exit(main())
