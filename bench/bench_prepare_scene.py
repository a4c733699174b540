"""Benchmark: Prepare scene on a full-size Landsat 8 Collection 2 Level-2 product (7,800 x 7,700, seven band
files and QA_PIXEL), next to what users do by hand, and NDSI from the prepared VRT next to a stacked GeoTIFF.

Contenders, each in its own process (work seconds, CPU seconds, peak RSS):
- prepare_vrt:   core prepare_product to a VRT over the band files, QA_PIXEL cloud mask included (the pass
                 that counts the QA values is the only read of the data);
- prepare_tif:   the same to a GeoTIFF (the masked VRT translated with the plugin's output options);
- translate:     gdal.BuildVRT(separate=True) + gdal.Translate to a GeoTIFF, same options, no masks;
- ndsi_vrt:      prepare_vrt then NDSI (compute_index, every default) from the prepared VRT: end to end;
- ndsi_stacked:  translate then NDSI from the stacked GeoTIFF: end to end;
- ndsi_stack_only: NDSI from the stacked GeoTIFF already written.

Paired runs after one warm-up of each: A B A B ... (``--repeat`` rounds, the order alternating), median and
min-max. Targets: ndsi_vrt <= 1.1 x ndsi_stacked; prepare_tif <= 1.2 x translate; peak RSS flat (no
contender above 1.5 x the smallest, none growing with the scene).

    .venv/bin/python bench/bench_prepare_scene.py --work /tmp/prepare_bench     # generated once, then reused
    .venv/bin/python bench/bench_prepare_scene.py --quick                       # 2,000 x 2,000
"""
import argparse
import datetime
import json
import os
import statistics
import sys

from common import (
    child_report,
    import_plugin,
    machine_line,
    print_table,
    run_child,
    script_command,
    timed_work,
    verdict,
    work_folder,
    write_landsat_stack,
)

CONTENDERS = ("prepare_vrt", "prepare_tif", "translate", "ndsi_vrt", "ndsi_stacked", "ndsi_stack_only")
DATE = datetime.date(2020, 8, 16)


def generate(folder, width, height):
    """The product folder under ``folder`` (made once; an existing one of the same size is reused)."""
    import_plugin()
    from osgeo import gdal

    from glacier_mapper.core.sample_scene.product import product_id, write_mtl
    name = product_id(DATE)
    product = os.path.join(folder, name)
    mtl = os.path.join(product, f"{name}_MTL.txt")
    if os.path.exists(mtl) and gdal.Open(os.path.join(product, f"{name}_SR_B1.TIF")).RasterXSize == width:
        return product
    os.makedirs(product, exist_ok=True)
    write_landsat_stack(os.path.join(product, "stack.vrt"), width, height, layout="vrt")
    for band in range(1, 8):
        os.replace(os.path.join(product, f"band_{band}.tif"), os.path.join(product, f"{name}_SR_B{band}.TIF"))
    os.remove(os.path.join(product, "stack.vrt"))
    write_qa(os.path.join(product, f"{name}_SR_B1.TIF"), os.path.join(product, f"{name}_QA_PIXEL.TIF"))
    write_mtl(product, name, width, height, 7, DATE)
    return product


def write_qa(band_path, qa_path):
    """QA_PIXEL: fill where the band is nodata, cloud in a band of blocks, clear elsewhere; by strips."""
    import numpy as np
    from common import create_geotiff, landsat_options, row_blocks
    from osgeo import gdal

    from glacier_mapper.core.sample_scene.product import QA_CLEAR, QA_CLOUD, QA_FILL
    band = gdal.Open(band_path)
    width, height = band.RasterXSize, band.RasterYSize
    out = create_geotiff(qa_path, width, height, 1, "UInt16", landsat_options())
    for y0, rows in row_blocks(height):
        qa = np.full((rows, width), QA_CLEAR, np.uint16)
        ys = np.arange(y0, y0 + rows)[:, None]
        xs = np.arange(width)[None, :]
        qa[((xs // 600 + ys // 600) % 5 == 0).repeat(1, 0)] = QA_CLOUD  # a fifth of the scene is cloud
        qa[band.GetRasterBand(1).ReadAsArray(0, y0, width, rows) == 0] = QA_FILL
        out.GetRasterBand(1).WriteArray(qa, 0, y0)
    out = None


def child(name, product, scratch):
    import_plugin()
    from osgeo import gdal

    from glacier_mapper.core.io.raster import GTIFF_OPTIONS
    from glacier_mapper.core.sensors.products.prepare import prepare_product
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.spectral.indices import compute_index
    band_files = sorted(f for f in os.listdir(product) if "_SR_B" in f)
    stacked = os.path.join(scratch, "stacked_ready.tif")
    figures = {}
    with timed_work(figures):
        if name in ("prepare_vrt", "ndsi_vrt"):
            prepare_product(product, os.path.join(scratch, f"{name}.vrt"))
            if name == "ndsi_vrt":
                compute_index(Scene.from_raster(os.path.join(scratch, f"{name}.vrt")), "ndsi",
                              os.path.join(scratch, f"{name}_ndsi.tif"))
        elif name == "prepare_tif":
            prepare_product(product, os.path.join(scratch, "prepared.tif"), output_format="GTiff")
        elif name in ("translate", "ndsi_stacked"):
            vrt = gdal.BuildVRT(os.path.join(scratch, f"{name}_separate.vrt"),
                                [os.path.join(product, f) for f in band_files], separate=True)
            gdal.Translate(os.path.join(scratch, f"{name}.tif"), vrt, creationOptions=list(GTIFF_OPTIONS))
            vrt = None
            if name == "ndsi_stacked":
                compute_index(Scene.from_raster(os.path.join(scratch, f"{name}.tif"), scaling="landsat_c2l2"),
                              "ndsi", os.path.join(scratch, f"{name}_ndsi.tif"))
        elif name == "ndsi_stack_only":
            compute_index(Scene.from_raster(stacked, scaling="landsat_c2l2"), "ndsi",
                          os.path.join(scratch, f"{name}_ndsi.tif"))
    child_report(figures)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--width", type=int, default=7800)
    parser.add_argument("--height", type=int, default=7700)
    parser.add_argument("--quick", action="store_true", help="2,000 x 2,000 instead of the full scene")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--work", help="folder for the generated product (kept and reused)")
    parser.add_argument("--contenders", nargs="+", default=list(CONTENDERS), choices=CONTENDERS)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--product", help=argparse.SUPPRESS)
    parser.add_argument("--scratch", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.product, args.scratch)
    if args.quick:
        args.width = args.height = 2000
    print(machine_line())
    with work_folder(args.work) as folder:
        product = generate(folder, args.width, args.height)
        scratch = os.path.join(folder, "scratch")
        os.makedirs(scratch, exist_ok=True)
        measure = lambda name: run_child(script_command(__file__, "--child", name, "--product", product,  # noqa: E731
                                                        "--scratch", scratch), name=name)
        measure("translate")
        os.replace(os.path.join(scratch, "translate.tif"), os.path.join(scratch, "stacked_ready.tif"))
        runs = {name: [] for name in args.contenders}
        for name in args.contenders:  # warm-up: the page cache holds the files for every contender alike
            measure(name)
        for round_ in range(args.repeat):
            order = args.contenders if round_ % 2 == 0 else list(reversed(args.contenders))
            for name in order:
                runs[name].append(measure(name))
    report(runs, args)


def report(runs, args):
    rows = []
    summary = {}
    for name, results in runs.items():
        seconds = [r["seconds"] for r in results]
        summary[name] = statistics.median(seconds)
        rows.append([name, statistics.median(seconds), min(seconds), max(seconds),
                     statistics.median(r["cpu_seconds"] for r in results), max(r["peak_rss_mb"] for r in results)])
    print(f"Prepare scene, {args.width} x {args.height} x 7 bands + QA_PIXEL, {args.repeat} paired rounds:")
    print_table([("contender", ""), ("median s", ".2f"), ("min s", ".2f"), ("max s", ".2f"), ("cpu s", ".2f"),
                 ("peak MB", ".0f")], rows)
    if "ndsi_vrt" in summary and "ndsi_stacked" in summary:
        ratio = summary["ndsi_vrt"] / summary["ndsi_stacked"]
        print(f"  NDSI end to end, prepared VRT / stacked GeoTIFF: {ratio:.2f} x {verdict(ratio, 1.1)}")
    if "prepare_tif" in summary and "translate" in summary:
        ratio = summary["prepare_tif"] / summary["translate"]
        print(f"  Prepare to GeoTIFF / gdalbuildvrt + gdal_translate: {ratio:.2f} x {verdict(ratio, 1.2)}")
    print(json.dumps({"medians": summary}))


if __name__ == "__main__":
    sys.exit(main())
