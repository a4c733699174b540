"""Write a deterministic Landsat 8 OLI sample scene with its glacier, lake, class and DEM references.

Usage: python scripts/make_sample_scene.py OUT_DIR [--width 512] [--height 512] [--seed 42]
       [--clouds] [--years-later N] [--nodata-border PX] [--footprint-rotation DEG]
       [--sun-azimuth 135] [--sun-elevation 45] [--epsg 32645] [--pixel-size 30]
       [--randomise] [--sensor landsat_oli|sentinel2] [--toa] [--mosaic] [--real-dem DEM --real-outlines SHP]

Runs with the plugin's Python (numpy and GDAL), without QGIS. The same arguments give identical files.
"""
import argparse
import os
import sys
import time

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, PLUGIN_ROOT)

from core.errors import GlacierMapperError  # noqa: E402
from core.sample_scene import CLASS_CODES, Randomisation, RealTerrain, generate_scene  # noqa: E402


def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", help="folder for scene.tif, glacier_truth.tif, lake_truth.tif, classes.tif, dem.tif")
    parser.add_argument("--width", type=int, default=512, help="pixels (a full Landsat scene is about 7800)")
    parser.add_argument("--height", type=int, default=512, help="pixels (a full Landsat scene is about 7700)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--clouds", action="store_true", help="add clouds and their shadows")
    parser.add_argument("--years-later", type=int, default=0,
                        help="the same terrain N years later: higher snow line, retreated termini, larger lakes")
    parser.add_argument("--nodata-border", type=int, default=0, help="width in pixels of a nodata frame")
    parser.add_argument("--footprint-rotation", type=float, default=0.0,
                        help="tilt the valid footprint by this many degrees, as a Landsat scene in its UTM grid")
    parser.add_argument("--sun-azimuth", type=float, default=135.0, help="degrees clockwise from north")
    parser.add_argument("--sun-elevation", type=float, default=45.0, help="degrees above the horizon (10-85)")
    parser.add_argument("--epsg", type=int, default=None,
                        help="projected CRS in metres (default UTM 45N; with --real-dem the UTM zone of the DEM)")
    parser.add_argument("--pixel-size", type=float, default=30.0, help="metres")
    parser.add_argument("--randomise", action="store_true",
                        help="spectra drawn from real labelled ones, turbid lakes, deep shadows, saturation")
    parser.add_argument("--sensor", choices=("landsat_oli", "sentinel2"), default="landsat_oli",
                        help="band set of a randomised scene (Sentinel-2: L2A B2-B4, B8, B8A, B11, B12)")
    parser.add_argument("--toa", action="store_true", help="a randomised scene with a TOA-like atmosphere")
    parser.add_argument("--mosaic", action="store_true",
                        help="a randomised spectral mosaic without terrain: water of every size and turbidity "
                             "among snow, ice, rock and vegetation, all water as lake truth, no glacier truth")
    parser.add_argument("--real-dem", help="build the scene on this real DEM (e.g. an SRTM clip), centred on it")
    parser.add_argument("--real-outlines", help="with --real-dem: glacier outlines (e.g. RGI) that are the glaciers")
    args = parser.parse_args(argv)
    if bool(args.real_dem) != bool(args.real_outlines):
        parser.error("--real-dem and --real-outlines go together")
    return args


def main(argv=None):
    args = parse_args(argv)
    started = time.time()
    shown = [-1]

    def progress(fraction):
        percent = int(fraction * 100)
        if percent // 10 != shown[0] // 10:
            shown[0] = percent
            print(f"  {percent:3d} %", file=sys.stderr, flush=True)

    try:
        scene = generate_scene(args.out_dir, width=args.width, height=args.height, seed=args.seed,
                               pixel_size=args.pixel_size, epsg=args.epsg, sun_azimuth=args.sun_azimuth,
                               sun_elevation=args.sun_elevation, clouds=args.clouds,
                               years_later=args.years_later, nodata_border=args.nodata_border,
                               footprint_rotation=args.footprint_rotation,
                               progress=progress,
                               terrain=RealTerrain(args.real_dem, args.real_outlines) if args.real_dem else None,
                               randomise=Randomisation(sensor=args.sensor, atmosphere=args.toa, mosaic=args.mosaic)
                               if args.randomise or args.toa or args.mosaic or args.sensor != "landsat_oli"
                               else None)
    except GlacierMapperError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"Sample scene {args.width} x {args.height} (seed {args.seed}) written in {time.time() - started:.1f} s:")
    bands = ("B2-B4, B8, B8A, B11, B12, (DN - 1000) x 1e-4" if args.sensor == "sentinel2"
             else "B1-B7, DN x 2.75e-5 - 0.2")
    for label, path in ((f"scene ({bands})", scene.scene), ("glacier truth", scene.glacier_truth),
                        ("lake truth", scene.lake_truth), ("class map", scene.classes), ("DEM (m)", scene.dem)):
        print(f"  {label}: {path}")
    print("  class codes: " + ", ".join(f"{code} {name}" for name, code in CLASS_CODES.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
