"""Benchmark: NDSI of a full Landsat-size scene through the plugin, next to gdal_calc.py, QGIS's raster
calculator and the bare read of the two bands (the I/O floor).

Contenders, each in its own process (wall time, CPU time and peak RSS of each):
- plugin:    processing.run("glaciermapper:spectralindex") in a headless QGIS, the plugin registered as QGIS
             registers it (classFactory(None).initProcessing());
- engine:    core.spectral.indices.compute_index alone in plain Python (what the plugin runs, without QGIS);
- gdal_calc: gdal_calc.py (its main(), in the child) with the same formula and the plugin's output options;
- qgis_calc: QGIS's own raster calculator (native:rastercalculator, qgis:rastercalculator before QGIS 3.28)
             through processing.run in a headless QGIS;
- io_floor:  the two bands read in the engine's windows and one Float32 band written with the engine's
             output options (a cast between): the read-compute-write floor of the index;
- mask:      core.spectral.glacier_mask.ndsi_glacier_mask (what glaciermapper:ndsiglaciermask runs);
- mask_floor: every band the mask reads (NDSI and water-test bands) and one UInt8 band written (one
              comparison between): the mask's floor;
- lake_mask: core.spectral.lake_mask.ndwi_lake_mask at its defaults (what glaciermapper:ndwilakemask runs);
- lake_mask_floor: every band the lake mask reads (MNDWI and its snow/ice and shadow tests) and one UInt8 band
              written: the lake mask's floor.
By default only engine, io_floor, mask, mask_floor, lake_mask and lake_mask_floor run, in paired rounds
(median and min-max of the per-round ratios); --full adds the plugin through QGIS and the peers.

Times are those of the work itself (from the call to the closed output), without the start-up of Python or
QGIS; CPU seconds count every thread of the process. Targets: the plugin no slower than the fastest peer,
within 1.3 x the read-compute-write floor, peak RSS under 300 MB.

    .venv/bin/python bench/bench_spectral_index.py                 # 7,800 x 7,700 x 7 bands UInt16
    .venv/bin/python bench/bench_spectral_index.py --width 1000 --height 1000
    .venv/bin/python bench/bench_spectral_index.py --contenders engine io_floor --repeat 3 \\
        --creation-options TILED=YES COMPRESS=ZSTD ZSTD_LEVEL=1 NUM_THREADS=ALL_CPUS   # other output options

The same NDSI everywhere: reflectance = DN x 2.75e-5 - 0.2 (Landsat Collection 2 Level-2) for both bands,
negative reflectance taken as 0 (as the plugin does), (G - S) / (G + S) in Float32; nodata where an input
is nodata (0) or the sum is 0. gdal_calc.py computes it in float32 numpy with maximum(); QGIS's calculator,
which has no float32 arithmetic, computes it in doubles with max(x, 0) written as (x + abs(x)) / 2, and
writes its own nodata value. The outputs are compared with the plugin's at the end (--no-check skips it).

The synthetic scene looks like a Collection 2 Level-2 stack (UInt16 DN, nodata 0 in the collar; tiled
256 x 256, DEFLATE with predictor 2 like the USGS files): smooth snow/ice and rock with noise, written block
by block in a child process. ``--layout vrt`` stacks one file per band in a VRT instead.
"""
import argparse
import os
import sys

from common import (
    HeadlessQgis,
    best_runs,
    child_report,
    current_rss_mb,
    import_plugin,
    machine_line,
    print_table,
    qgis_environment,
    run_child,
    script_command,
    timed_work,
    verdict,
    work_folder,
    write_landsat_stack,
)

GREEN, SWIR1 = 3, 6  # Landsat 8/9 OLI stack positions of the NDSI bands
CONTENDERS = ("plugin", "engine", "gdal_calc", "qgis_calc", "io_floor", "mask", "mask_floor", "lake_mask",
              "lake_mask_floor")
# each engine against its read-compute-write floor
PAIRS = (("engine", "io_floor"), ("mask", "mask_floor"), ("lake_mask", "lake_mask_floor"))
PEERS = ("gdal_calc", "qgis_calc")
NODATA = -9999.0  # core.spectral.indices.INDEX_NODATA; gdal_calc.py is given the same


# --- child processes ---------------------------------------------------------------------------------

def landsat_scaling():
    import_plugin()
    from glacier_mapper.core.sensors.bands import SCALING_PRESETS
    preset = SCALING_PRESETS["landsat_c2l2"]
    return preset.scale, preset.offset


def use_output_options(creation_options):
    """Make RasterWriter use other GeoTIFF creation options in this process, without touching the module."""
    import_plugin()
    from glacier_mapper.core.io import raster as raster_io
    defaults = list(raster_io.RasterWriter.__init__.__defaults__)
    defaults[-1] = tuple(creation_options)
    raster_io.RasterWriter.__init__.__defaults__ = tuple(defaults)


def output_options(creation_options):
    import_plugin()
    from glacier_mapper.core.io.raster import GTIFF_OPTIONS
    return list(creation_options) if creation_options else list(GTIFF_OPTIONS)


def run_plugin(args):
    qgis = HeadlessQgis()
    if args.creation_options:
        use_output_options(args.creation_options)
    report = {"rss_before_mb": current_rss_mb()}
    with timed_work(report):
        _, results = qgis.run("glaciermapper:spectralindex", {"INPUT": args.input, "INDEX": 0, "SENSOR": 0,
                                                              "OUTPUT": args.output})
    report["algorithm"] = "glaciermapper:spectralindex"
    qgis.close()
    return report


def run_engine(args):
    import_plugin()
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.spectral.indices import compute_index
    if args.creation_options:
        use_output_options(args.creation_options)
    report = {}
    with timed_work(report):
        result = compute_index(Scene.from_raster(args.input, sensor="landsat_oli"), "ndsi", args.output)
    report.update(valid_pixels=result.valid_pixels, mean=result.mean)
    return report


def run_gdal_calc(args):
    from osgeo_utils.gdal_calc import main as gdal_calc  # what gdal_calc.py runs
    scale, offset = landsat_scaling()
    reflectance = f"maximum(float32({{}})*float32({scale!r})+float32({offset!r}),float32(0))"
    green, swir = reflectance.format("A"), reflectance.format("B")
    total = f"({green}+{swir})"
    # where() keeps 0/0 out of the ratio; pixels that are nodata in A or B become NoDataValue in gdal_calc
    formula = f"where({total}>0,({green}-{swir})/where({total}>0,{total},float32(1)),float32({NODATA}))"
    argv = ["gdal_calc.py", "-A", args.input, f"--A_band={GREEN}", "-B", args.input, f"--B_band={SWIR1}",
            f"--outfile={args.output}", "--type=Float32", f"--NoDataValue={NODATA}", f"--calc={formula}",
            "--quiet", "--overwrite"]
    for option in output_options(args.creation_options):
        argv += ["--co", option]
    report = {}
    with timed_work(report):
        code = gdal_calc(argv)
    if code:
        raise SystemExit(f"gdal_calc.py failed with exit code {code}")
    return report


def run_qgis_calc(args):
    qgis = HeadlessQgis(with_plugin=False)
    algorithm = qgis.algorithm_id("native:rastercalculator", "qgis:rastercalculator")
    scale, offset = landsat_scaling()
    layer = os.path.splitext(os.path.basename(args.input))[0]

    def reflectance(band):  # max(x, 0) as (x + abs(x)) / 2, which every QGIS 3 calculator knows
        x = f'("{layer}@{band}" * {scale!r} + {offset!r})'
        return f"(({x} + abs({x})) / 2)"

    green, swir = reflectance(GREEN), reflectance(SWIR1)
    # a zero sum divides by zero: QGIS's calculator makes that pixel nodata, as the plugin does
    expression = f"({green} - {swir}) / ({green} + {swir})"
    report = {"rss_before_mb": current_rss_mb(), "algorithm": algorithm}
    with timed_work(report):
        qgis.run(algorithm, {"EXPRESSION": expression, "LAYERS": [args.input], "OUTPUT": args.output})
    qgis.close()
    return report


def mask_bands(path, kind="glacier"):
    """Stack positions of every band a mask reads at its defaults: the NDSI glacier mask (NDSI and the water
    test) or the lake mask (MNDWI and its snow/ice and shadow tests)."""
    import_plugin()
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, glacier_rule
    from glacier_mapper.core.spectral.indices import INDEX_BANDS
    from glacier_mapper.core.spectral.lake_mask import LakeMaskOptions, lake_rule
    scene = Scene.from_raster(path, sensor="landsat_oli")
    rule = glacier_rule(GlacierMaskOptions()) if kind == "glacier" else lake_rule(LakeMaskOptions(), scene)[0]
    roles = tuple(dict.fromkeys(INDEX_BANDS[rule.index] + tuple(rule.extra_roles)))
    return list(scene.bands_for(roles).values())


def floor_run(args, data_type, kind="glacier"):
    """The floor of a per-pixel index or mask: the bands it needs (the two NDSI bands for the index; every
    band the mask reads for the mask) read in the engine's windows in one pass, one band of ``data_type``
    written with the engine's output options, and the least computing between (a cast, or one comparison):
    what any tool that makes this output must do."""
    import numpy as np
    import_plugin()
    from osgeo import gdal

    from glacier_mapper.core.io.raster import GTIFF_OPTIONS, BandReader, raster_info, release_blocks
    from glacier_mapper.core.spectral.indices import processing_windows
    gdal.UseExceptions()
    options = output_options(args.creation_options) if args.creation_options else list(GTIFF_OPTIONS)
    bands = [GREEN, SWIR1] if data_type == "Float32" else mask_bands(args.input, kind)
    report = {"bands_read": bands}
    with timed_work(report):
        reader = BandReader(args.input, bands)
        info = raster_info(args.input)
        out = gdal.GetDriverByName("GTiff").Create(args.output, info.width, info.height, 1,
                                                   gdal.GetDataTypeByName(data_type), options)
        band = out.GetRasterBand(1)
        for window in processing_windows(info, reader=reader):
            data = reader.dataset.ReadAsArray(window.x, window.y, window.width, window.height, band_list=bands)
            g, s = data[0], data[1]
            band.WriteArray(g.astype(np.float32) if data_type == "Float32" else (g > s).astype(np.uint8),
                            window.x, window.y)
            release_blocks(reader)
            out.FlushCache()
        band = out = None
    return report


def run_io_floor(args):
    return floor_run(args, "Float32")


def run_mask_floor(args):
    return floor_run(args, "Byte")


def run_lake_mask_floor(args):
    return floor_run(args, "Byte", "lake")


def engine_mask(args, kind):
    """A threshold mask of the engine at its defaults: ``ndsi_glacier_mask`` (what 'ndsiglaciermask' runs) or
    ``ndwi_lake_mask`` (what 'ndwilakemask' runs)."""
    import_plugin()
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.spectral.glacier_mask import ndsi_glacier_mask
    from glacier_mapper.core.spectral.lake_mask import ndwi_lake_mask
    if args.creation_options:
        use_output_options(args.creation_options)
    make_mask = ndsi_glacier_mask if kind == "glacier" else ndwi_lake_mask
    report = {}
    with timed_work(report):
        make_mask(Scene.from_raster(args.input, sensor="landsat_oli"), args.output)
    return report


def run_mask(args):
    return engine_mask(args, "glacier")


def run_lake_mask(args):
    return engine_mask(args, "lake")


def compare_outputs(args):
    """Each peer's output against the reference one, window by window: valid pixels that differ in being
    valid, and the largest difference of the values valid in both."""
    import numpy as np
    import_plugin()
    from glacier_mapper.core.io.raster import BandReader, raster_info, windows
    info = raster_info(args.input)
    reference = BandReader(args.input, [1])
    report = {}
    for path in args.others:
        other = BandReader(path, [1])
        mismatched, largest, valid = 0, 0.0, 0
        for window in windows(info.width, info.height):
            a, a_ok = reference.read(window, raw=True)
            b, b_ok = other.read(window, raw=True)
            mismatched += int(np.count_nonzero(a_ok != b_ok))
            both = a_ok & b_ok
            valid += int(np.count_nonzero(both))
            if both.any():
                largest = max(largest, float(np.abs(a[0][both] - b[0][both]).max()))
        report[path] = {"validity_mismatches": mismatched, "max_abs_difference": largest, "valid_in_both": valid}
    return {"comparisons": report}


def child_main(args):
    if args.child == "scene":
        write_landsat_stack(args.output, args.width, args.height, args.bands, args.layout)
        return child_report()
    if args.child == "options":
        return child_report(options=output_options(None))
    if args.child == "compare":
        return child_report(compare_outputs(args))
    runners = {"plugin": run_plugin, "engine": run_engine, "gdal_calc": run_gdal_calc, "qgis_calc": run_qgis_calc,
               "io_floor": run_io_floor, "mask": run_mask, "mask_floor": run_mask_floor,
               "lake_mask": run_lake_mask, "lake_mask_floor": run_lake_mask_floor}
    child_report(runners[args.child](args))


# --- parent ------------------------------------------------------------------------------------------

def child_command(child, *more):
    return script_command(__file__, "--child", child, *more)


def measure(name, args, scene, workdir, options):
    output = os.path.join(workdir, f"ndsi_{name}.tif")
    if os.path.exists(output):
        os.remove(output)
    command = child_command(name, "--input", scene, "--output", output)
    if args.creation_options:
        command += ["--creation-options", *options]
    env = qgis_environment() if name in ("plugin", "qgis_calc") else None
    result = run_child(command, env=env, name=name)
    result["output_mb"] = os.path.getsize(output) / 2 ** 20 if os.path.exists(output) else None
    result["output"] = output
    return result


def print_results(results, args, options):
    print(f"{args.width} x {args.height} px, {args.bands} bands UInt16 ({args.layout}); NDSI of bands {GREEN} and "
          f"{SWIR1}; plugin and gdal_calc outputs: {' '.join(options)}")
    runs = min(r["runs"] for r in results.values())
    print(f"{machine_line()}; fastest of {runs} run(s) of each contender")
    rows = []
    for name, r in results.items():
        rows.append((name, r["seconds"], r["cpu_seconds"], r["cpu_best"], r["wall_seconds"], r["peak_rss_mb"],
                     r.get("rss_before_mb"), r["output_mb"]))
    print_table([("contender", ""), ("work s", ".2f"), ("CPU s", ".2f"), ("least CPU s", ".2f"),
                 ("process s", ".2f"), ("peak RSS MB", ".0f"), ("RSS before MB", ".0f"), ("output MB", ".0f")], rows)
    floor = results.get("io_floor")
    peers = [results[n] for n in PEERS if n in results]
    for name in ("plugin", "engine"):
        if name not in results:
            continue
        r = results[name]
        if peers:
            fastest = min(peers, key=lambda p: p["seconds"])
            ratio = r["seconds"] / fastest["seconds"]
            cpu_ratio = r["cpu_best"] / fastest["cpu_best"]
            print(f"{name} / fastest peer ({fastest['name']}): {ratio:.2f} wall, {cpu_ratio:.2f} CPU "
                  f"(target <= 1: {verdict(ratio, 1.0)})")
        if floor:
            ratio = r["seconds"] / floor["seconds"]
            cpu_ratio = r["cpu_best"] / floor["cpu_best"]
            print(f"{name} / floor: {ratio:.2f} wall, {cpu_ratio:.2f} CPU (target <= 1.3: {verdict(ratio, 1.3)})")
        extra = (f" ({r['peak_rss_mb'] - r['rss_before_mb']:.0f} MB over QGIS's own {r['rss_before_mb']:.0f} MB)"
                 if r.get("rss_before_mb") else "")
        print(f"{name} peak RSS: {r['peak_rss_mb']:.0f} MB{extra} (target < 300: {verdict(r['peak_rss_mb'], 300)})")


def paired(args, scene, workdir, options):
    """One warm-up round, then ``--repeat`` rounds of engine, floor, mask, mask floor: per-round ratios."""
    import statistics
    names = [name for pair in PAIRS for name in pair]
    rounds = [{n: measure(n, args, scene, workdir, options) for n in names} for _ in range(args.repeat + 1)][1:]
    print(f"{args.width} x {args.height} px; {machine_line()}; {len(rounds)} rounds after a warm-up")
    print_table([("contender", ""), ("median s", ".2f"), ("min s", ".2f"), ("max s", ".2f"), ("CPU s", ".2f"),
                 ("peak RSS MB", ".0f"), ("output MB", ".0f")],
                [(n, statistics.median(r[n]["seconds"] for r in rounds), min(r[n]["seconds"] for r in rounds),
                  max(r[n]["seconds"] for r in rounds), statistics.median(r[n]["cpu_seconds"] for r in rounds),
                  max(r[n]["peak_rss_mb"] for r in rounds), rounds[0][n]["output_mb"]) for n in names])
    for engine, floor in PAIRS:
        ratios = [r[engine]["seconds"] / r[floor]["seconds"] for r in rounds]
        cpu = [r[engine]["cpu_seconds"] / r[floor]["cpu_seconds"] for r in rounds]
        print(f"{engine} / {floor}: {statistics.median(ratios):.2f} ({min(ratios):.2f}-{max(ratios):.2f}) wall, "
              f"{statistics.median(cpu):.2f} CPU (target <= 1.3: {verdict(statistics.median(ratios), 1.3)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--width", type=int, default=7800)
    parser.add_argument("--height", type=int, default=7700)
    parser.add_argument("--size", type=int, help="a square scene of this side (sets --width and --height)")
    parser.add_argument("--bands", type=int, default=7)
    parser.add_argument("--layout", choices=("stack", "vrt"), default="stack",
                        help="one multiband GeoTIFF, or a VRT over one GeoTIFF per band")
    parser.add_argument("--repeat", type=int, default=3,
                        help="rounds (paired ratios; with --full each peer's fastest is kept)")
    parser.add_argument("--workdir", help="folder for the scene and outputs, kept (default: a temporary folder)")
    parser.add_argument("--contenders", nargs="+", default=list(CONTENDERS), choices=CONTENDERS)
    parser.add_argument("--creation-options", nargs="*", default=None,
                        help="GeoTIFF creation options of the plugin's, the engine's and gdal_calc's outputs "
                             "(default: core.io.raster.GTIFF_OPTIONS)")
    parser.add_argument("--full", action="store_true", help="after the paired floors, every contender and peer")
    parser.add_argument("--no-check", action="store_true", help="do not compare the outputs with the plugin's")
    parser.add_argument("--child", choices=CONTENDERS + ("scene", "options", "compare"), help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    parser.add_argument("--output", help=argparse.SUPPRESS)
    parser.add_argument("--others", nargs="*", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.size:
        args.width = args.height = args.size
    if args.child:
        return child_main(args)

    with work_folder(args.workdir, "bench_spectral_index_") as workdir:
        suffix = "vrt" if args.layout == "vrt" else "tif"
        scene = os.path.join(workdir, f"scene_{args.width}x{args.height}x{args.bands}.{suffix}")
        if not os.path.exists(scene):
            made = run_child(child_command("scene", "--output", scene, "--width", args.width, "--height",
                                           args.height, "--bands", args.bands, "--layout", args.layout))
            print(f"scene: {scene} made in {made['wall_seconds']:.1f} s")
        options = args.creation_options or run_child(child_command("options"))["options"]
        paired(args, scene, workdir, options)
        if not args.full:
            return
        results = best_runs(args.contenders, args.repeat, lambda name: measure(name, args, scene, workdir, options))
        print_results(results, args, options)
        reference = results.get("plugin") or results.get("engine")
        others = [r for n, r in results.items() if n in ("engine",) + PEERS and r is not reference]
        if not args.no_check and reference and others:
            check = run_child(child_command("compare", "--input", reference["output"], "--others",
                                            *[r["output"] for r in others]))
            for r in others:
                c = check["comparisons"][r["output"]]
                print(f"{r['name']} output against {reference['name']}'s: {c['validity_mismatches']} pixels valid in "
                      f"one only, largest difference {c['max_abs_difference']:.2g} over {c['valid_in_both']} pixels")


if __name__ == "__main__":
    sys.exit(main())
