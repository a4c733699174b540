"""Benchmark: segmentation with the shipped models (models/*.onnx) on a scene whose valid data is a rotated
footprint, against bare onnxruntime on exactly the plugin's tiles, a no-skip run of the card's tiling, and
a whole-raster evaluation (seams).

The scene: core.sample_scene.generate_scene (glaciers, lakes, 7 UInt16 bands), then every pixel outside a
square rotated by 9 degrees set to nodata: a collar of 23.6 % of the pixels, as a Landsat path/row footprint.

Contenders, each in its own process, each time including the creation of the ONNX session:
- plugin:  core.inference.segment.segment_raster, default options (probability + mask written);
- bare:    onnxruntime (the plugin's session options) on the plugin's own network calls, the same tiles, crops
           and batches, on normalised arrays read before the clock starts: the compute floor, no I/O;
- floor:   bare, then the plugin's two outputs (its warm-up run's probability and mask, read before the clock)
           written with the engine's writer and options: the compute-and-write floor;
- rcw:     floor, with the reading inside the clock: the model's bands read from the scene in one go (GDAL's
           decoding), normalised and cut into the same batches, then the same network calls and writes, one
           after another: the read-compute-write floor, as the spectral-index benchmarks have it;
- noskip:  bare onnxruntime on every tile of the card's grid (256 px, overlap 64, batch 4), no tile skipped,
           as a plugin that neither skips nodata nor picks its tiling does (Deepness-style);
- whole:   the network once on the whole raster (not timed): the reference for seams.
Rounds alternate the plugin with each other contender in turn after one warm-up run of each; the ratios are
per round, printed as median and min-max.

    .venv/bin/python bench/bench_segment.py            # quick: 2,048 x 2,048, 3 rounds, both models
    .venv/bin/python bench/bench_segment.py --full     # 4,096 x 4,096, 3 rounds, then the full 7,800 x 7,700 scene
    .venv/bin/python bench/bench_segment.py --size 1024 --repeat 1 --models glacier_unet
"""
import argparse
import json
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from common import (
    PLUGIN_ROOT,
    child_report,
    create_geotiff,
    import_plugin,
    landsat_options,
    machine_line,
    print_table,
    row_blocks,
    run_child,
    script_command,
    verdict,
    work_folder,
)

MODELS = ("glacier_unet", "lake_attention_unet")
ANGLE = 9.0  # degrees: the footprint's rotation
NOSKIP_TILE, NOSKIP_OVERLAP, NOSKIP_BATCH = 256, 64, 4


def model_path(name):
    return os.path.join(PLUGIN_ROOT, "models", f"{name}.onnx")


# --- the scene -----------------------------------------------------------------------------------------

def footprint(width, height, y0, rows):
    """Valid pixels of rows [y0, y0 + rows): inside the largest rectangle of the raster's aspect, rotated by ANGLE,
    that fits it (the sample scenes' tilted footprint, core.sample_scene.footprint)."""
    import numpy as np
    import_plugin()
    from glacier_mapper.core.sample_scene.footprint import inside_footprint
    return inside_footprint(np.arange(y0, y0 + rows)[:, None], np.arange(width)[None, :], width, height,
                            rotation_deg=ANGLE)


def make_scene(path, width, height):
    import_plugin()
    from osgeo import gdal

    from glacier_mapper.core.sample_scene import generate_scene
    folder = os.path.join(os.path.dirname(path), f"sample_{width}x{height}")
    generate_scene(folder, width, height, seed=42)
    source = gdal.Open(os.path.join(folder, "scene.tif"))
    target = create_geotiff(path, width, height, 7, "UInt16", landsat_options() + ["INTERLEAVE=BAND"], nodata=0)
    target.SetGeoTransform(source.GetGeoTransform())
    target.SetProjection(source.GetProjection())
    valid = 0
    for y0, rows in row_blocks(height):
        inside = footprint(width, height, y0, rows)
        valid += int(inside.sum())
        for b in range(7):
            data = source.GetRasterBand(b + 1).ReadAsArray(0, y0, width, rows)
            data[~inside] = 0
            target.GetRasterBand(b + 1).WriteArray(data, 0, y0)
        target.FlushCache()
    for b in range(7):
        target.GetRasterBand(b + 1).SetDescription(f"SR_B{b + 1}")
    target = None
    return {"collar": 1 - valid / (width * height)}


# --- child processes -----------------------------------------------------------------------------------

def warm_imports():
    """Import what both contenders load lazily, before their clocks start: the comparison is of the work."""
    import onnxruntime  # noqa: F401
    from osgeo import gdal  # noqa: F401
    import_plugin()
    import glacier_mapper.core.inference.segment
    import glacier_mapper.core.sensors.scene  # noqa: F401
    from glacier_mapper.core.inference import onnx_session
    chosen = onnx_session.cpu_threads

    def recorded(*args, **kwargs):  # the intra-op threads each run got: they follow the load at the session
        THREADS.append(chosen(*args, **kwargs))
        return THREADS[-1]

    onnx_session.cpu_threads = recorded


THREADS = []


def minor_faults():
    """Page faults so far: a fresh allocation of a block-sized array costs one per 4 KiB page."""
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt


def run_plugin(args):
    warm_imports()
    from glacier_mapper.core.inference.model_card import read_card
    from glacier_mapper.core.inference.onnx_session import ModelSession
    from glacier_mapper.core.inference.segment import SegmentOptions, segment_raster
    from glacier_mapper.core.sensors.scene import Scene
    inside = [0.0]
    plain_run = ModelSession.run

    def timed_run(self, batch, output_name=None):  # how much of the plugin's wall time onnxruntime takes
        started = time.perf_counter()
        try:
            return plain_run(self, batch, output_name)
        finally:
            inside[0] += time.perf_counter() - started

    ModelSession.run = timed_run
    options = SegmentOptions(device="cpu", tile_size=args.tile or None)
    started, cpu, faults = time.perf_counter(), time.process_time(), minor_faults()
    scene = Scene.from_raster(args.input, sensor=read_card(args.model).sensor)
    result = segment_raster(scene, args.model, out_probability=os.path.join(args.out, "probability.tif"),
                            out_mask=os.path.join(args.out, "mask.tif"), options=options)
    figures = {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
               "minor_faults": minor_faults() - faults, "tiles_run": result.tiles_run,
               "tiles_total": result.tiles_total, "tile": result.tile_size,
               "overlap": result.overlap, "skipped": result.tiles_skipped_nodata, "calls": len(result.batches),
               "evaluated": result.pixels_evaluated, "onnxruntime_seconds": inside[0], "threads": THREADS,
               "lanes": result.lanes}
    with open(os.path.join(args.out, "plan.json"), "w") as plan:
        json.dump(result.batches, plan)
    return figures


def normalised_raster(args):
    """The whole raster as the network's normalised channels [C, H, W], nodata filled as the plugin does."""
    import numpy as np
    import_plugin()
    from glacier_mapper.core.inference.model_card import read_card
    from glacier_mapper.core.inference.segment import model_roles
    from glacier_mapper.core.io.raster import Window
    from glacier_mapper.core.sensors.scene import Scene
    card = read_card(args.model)
    scene = Scene.from_raster(args.input, sensor=card.sensor)
    roles = model_roles(card)
    reader = scene.reader(roles)
    data, valid = reader.read(Window(0, 0, scene.width, scene.height))
    reader.close()
    multiply, add = card.input.normalization.multiply_add()
    fill = card.input.normalization.fill_values()
    channels = np.stack([np.where(valid, data[roles.index(r)], np.float32(fill[k]))
                         for k, r in enumerate(card.input.band_roles)]).astype(np.float32)
    channels *= np.asarray(multiply, np.float32)[:, None, None]
    channels += np.asarray(add, np.float32)[:, None, None]
    return channels, valid


def run_bare(args):
    """The plugin's own network calls (plan.json of its warm-up run) on arrays made before the clock starts."""
    import numpy as np
    warm_imports()
    from glacier_mapper.core.inference.onnx_session import create_session
    if args.child == "noskip":
        from glacier_mapper.core.inference.tiling import TileGrid
        from glacier_mapper.core.io.raster import raster_info
        info = raster_info(args.input)
        grid = TileGrid(info.width, info.height, NOSKIP_TILE, NOSKIP_OVERLAP)
        tiles = [(y, x, NOSKIP_TILE, NOSKIP_TILE) for y in grid.ys for x in grid.xs]
        plan = [tiles[s:s + NOSKIP_BATCH] for s in range(0, len(tiles), NOSKIP_BATCH)]
    else:
        with open(args.plan) as source:
            plan = json.load(source)

    def read_batches():
        channels, _ = normalised_raster(args)
        return [np.stack([channels[:, y:y + h, x:x + w] for y, x, h, w in call]) for call in plan]

    timed_read = args.child == "rcw"
    batches = None if timed_read else read_batches()
    outputs = plugin_outputs(args.out) if args.child in ("floor", "rcw") else None
    started, cpu, faults = time.perf_counter(), time.process_time(), minor_faults()
    if timed_read:
        batches = read_batches()
    session = create_session(args.model, "cpu")
    # As many calls at once as the plugin keeps going (the session's lanes): the floor is bare onnxruntime at its
    # best on these calls, not one call after another.
    with ThreadPoolExecutor(session.lanes) as lanes:
        list(lanes.map(session.run, batches))
    if outputs is not None:
        write_like_the_plugin(outputs, args.out)
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "minor_faults": minor_faults() - faults, "tiles_run": sum(len(b) for b in batches),
            "evaluated": sum(b[0, 0].size * len(b) for b in batches),
            "threads": THREADS, "lanes": session.lanes}


def plugin_outputs(folder):
    """The plugin's warm-up outputs in memory: (grid, probability array, mask array)."""
    from osgeo import gdal

    from glacier_mapper.core.io.raster import raster_info
    arrays = [gdal.Open(os.path.join(folder, f"{name}.tif")).ReadAsArray() for name in ("probability", "mask")]
    return raster_info(os.path.join(folder, "mask.tif")), arrays[0], arrays[1]


def write_like_the_plugin(outputs, folder):
    """Write the two outputs as segment does: its writer, its options, its windows, Float32 and UInt8."""
    from glacier_mapper.core.io.raster import RasterWriter, release_blocks, windows
    grid, probability, mask = outputs
    writers = [RasterWriter(os.path.join(folder, f"floor_{name}.tif"), grid, 1, data_type, nodata=nodata)
               for name, data_type, nodata in (("probability", "Float32", -1.0), ("mask", "Byte", 255))]
    for window in windows(grid.width, grid.height):
        rows, cols = slice(window.y, window.y + window.height), slice(window.x, window.x + window.width)
        writers[0].write(window, probability[rows, cols])
        writers[1].write(window, mask[rows, cols])
        release_blocks(*writers)
    for writer in writers:
        writer.commit()


def run_whole(args):
    """Mask flips of the plugin's masks against the network run once on the whole raster (valid pixels)."""
    import numpy as np
    import onnxruntime as ort
    from osgeo import gdal
    channels, valid = normalised_raster(args)
    from glacier_mapper.core.inference.model_card import read_card
    threshold = read_card(args.model).output.threshold
    session = ort.InferenceSession(args.model, providers=["CPUExecutionProvider"])
    reference = session.run(None, {session.get_inputs()[0].name: channels[None]})[0][0, 0] >= threshold
    flips = {}
    for mask_path in args.masks.split(","):
        mask = gdal.Open(mask_path).ReadAsArray()
        flips[mask_path] = float(np.count_nonzero((mask[valid] == 1) != reference[valid]) / np.count_nonzero(valid))
    return {"flips": flips, "valid_pixels": int(np.count_nonzero(valid))}


RUNNERS = {"plugin": run_plugin, "bare": run_bare, "floor": run_bare, "rcw": run_bare, "noskip": run_bare,
           "whole": run_whole}


def child_main(args):
    if args.child == "scene":
        return child_report(make_scene(args.out, args.size, args.height or args.size))
    child_report(RUNNERS[args.child](args))


# --- parent --------------------------------------------------------------------------------------------

def measure(name, args, scene, model, out, **extra):
    command = script_command(__file__, "--child", name, "--input", scene, "--model", model, "--out", out,
                             *sum(([f"--{k}", v] for k, v in extra.items()), []))
    return run_child(command, name=name)


def scene_path(workdir, width, height):
    path = os.path.join(workdir, f"footprint_{width}x{height}.tif")
    if not os.path.exists(path):
        made = run_child(script_command(__file__, "--child", "scene", "--out", path, "--size", width,
                                        "--height", height))
        print(f"scene: {width} x {height} x 7 UInt16, rotated footprint, collar {made['collar'] * 100:.1f} % of "
              f"the pixels, made in {made['wall_seconds']:.1f} s")
    return path


def spread(values):
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def paired(args, workdir, scene, name, pixels):
    """One warm-up run of plugin and bare, then rounds of plugin, bare, floor, rcw, noskip; the ratios are per round."""
    model = model_path(name)
    out = os.path.join(workdir, f"out_{name}")
    os.makedirs(out, exist_ok=True)
    plan = os.path.join(out, "plan.json")
    measure("plugin", args, scene, model, out)  # warm-up; writes the plan the bare run replays
    measure("bare", args, scene, model, out, plan=plan)
    rounds = {"plugin": [], "bare": [], "floor": [], "rcw": [], "noskip": []}
    for _ in range(args.repeat):
        for contender in rounds:
            rounds[contender].append(measure(contender, args, scene, model, out, plan=plan))
    plugin, bare, floor, rcw, noskip = (rounds[c] for c in ("plugin", "bare", "floor", "rcw", "noskip"))
    to_bare = [b["seconds"] / p["seconds"] for p, b in zip(plugin, bare)]
    to_floor = [f["seconds"] / p["seconds"] for p, f in zip(plugin, floor)]
    cpu_to_floor = [f["cpu_seconds"] / p["cpu_seconds"] for p, f in zip(plugin, floor)]
    to_rcw = [f["seconds"] / p["seconds"] for p, f in zip(plugin, rcw)]
    cpu_to_rcw = [f["cpu_seconds"] / p["cpu_seconds"] for p, f in zip(plugin, rcw)]
    to_noskip = [n["seconds"] / p["seconds"] for p, n in zip(plugin, noskip)]
    cpu_to_bare = [b["cpu_seconds"] / p["cpu_seconds"] for p, b in zip(plugin, bare)]
    first = plugin[0]
    # onnxruntime's seconds summed over the lanes, as a share of the lanes' wall time
    inside = [p["onnxruntime_seconds"] / (p["seconds"] * p.get("lanes", 1)) for p in plugin]
    print(f"\n{name}: tile {first['tile']} overlap {first['overlap']}, {first['tiles_total']} tiles, "
          f"{first['skipped']} skipped, {first['tiles_run']} run in {first['calls']} calls")
    print_table([("contender", ""), ("median s", ".2f"), ("min s", ".2f"), ("max s", ".2f"), ("CPU s", ".1f"),
                 ("page faults", ".0f"), ("peak RSS MB", ".0f"), ("load", ".1f")],
                [(c, statistics.median(r["seconds"] for r in runs), min(r["seconds"] for r in runs),
                  max(r["seconds"] for r in runs), statistics.median(r["cpu_seconds"] for r in runs),
                  statistics.median(r["minor_faults"] for r in runs), max(r["peak_rss_mb"] for r in runs),
                  statistics.mean(r["load"] for r in runs))
                 for c, runs in (("plugin", plugin), ("bare (compute)", bare), ("floor (compute + writes)", floor),
                                 ("floor (read + compute + writes)", rcw), ("noskip", noskip))])
    print(f"  bare / plugin (share of the compute floor), {len(to_bare)} pairs: {spread(to_bare)} wall, "
          f"{spread(cpu_to_bare)} CPU (target >= 0.9: {verdict(statistics.median(to_bare), 0.9, True)})")
    print(f"  floor / plugin (share of the compute-and-write floor), {len(to_floor)} pairs: {spread(to_floor)} wall, "
          f"{spread(cpu_to_floor)} CPU (target >= 0.9: {verdict(statistics.median(to_floor), 0.9, True)})")
    print(f"  rcw / plugin (share of the read-compute-write floor), {len(to_rcw)} pairs: {spread(to_rcw)} wall, "
          f"{spread(cpu_to_rcw)} CPU (target >= 0.9: {verdict(statistics.median(to_rcw), 0.9, True)})")
    print(f"  noskip / plugin (Deepness-style run of the card's tiles), {len(to_noskip)} pairs: {spread(to_noskip)}")
    print(f"  share of the plugin's wall time inside onnxruntime: {spread(inside)}; CPU threads per run: "
          f"plugin {[p.get('threads') for p in plugin]}, bare {[b.get('threads') for b in bare]}, as "
          f"{first.get('lanes', 1)} calls at once")
    print(f"  evaluations per raster pixel: plugin {first['evaluated'] / pixels:.3f}, "
          f"noskip {noskip[0]['evaluated'] / pixels:.3f} (target <= 1.3: "
          f"{verdict(first['evaluated'] / pixels, 1.3)})")
    return out


def seams(args, workdir, scene, name, out):
    """The plugin's default mask and the card-tiling (256 px) mask against the whole-raster evaluation."""
    model = model_path(name)
    card_out = os.path.join(workdir, f"card_{name}")
    os.makedirs(card_out, exist_ok=True)
    measure("plugin", args, scene, model, card_out, tile=NOSKIP_TILE)
    masks = [os.path.join(out, "mask.tif"), os.path.join(card_out, "mask.tif")]
    result = measure("whole", args, scene, model, out, masks=",".join(masks))
    flips = result["flips"]
    print(f"  mask flips against one whole-raster evaluation ({result['valid_pixels']} valid pixels): plugin "
          f"default {flips[masks[0]] * 100:.4f} %, card tiling 256/64 {flips[masks[1]] * 100:.4f} %")


def full_scene(args, workdir):
    scene = scene_path(workdir, args.full_width, args.full_height)
    total, rows = 0.0, []
    for name in args.models:
        out = os.path.join(workdir, f"full_{name}")
        os.makedirs(out, exist_ok=True)
        result = measure("plugin", args, scene, model_path(name), out)
        total += result["seconds"]
        rows.append((name, result["seconds"], result["cpu_seconds"], result["peak_rss_mb"], result["tiles_run"],
                     result["evaluated"] / (args.full_width * args.full_height), result["load"]))
    print(f"\nfull scene {args.full_width} x {args.full_height}; {machine_line()}")
    print_table([("model", ""), ("s", ".1f"), ("CPU s", ".1f"), ("peak RSS MB", ".0f"), ("tiles", "d"),
                 ("evals/px", ".3f"), ("load", ".1f")], rows)
    print(f"  both models: {total:.1f} s (target <= 60 s on two idle cores); peak RSS "
          f"{max(r[3] for r in rows):.0f} MB (target < 1000: {verdict(max(r[3] for r in rows), 1000)})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=2048, help="side of the square scene of the paired runs")
    parser.add_argument("--repeat", type=int, default=3, help="paired rounds after the warm-up")
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=MODELS)
    parser.add_argument("--full", action="store_true", help="4,096 x 4,096 paired runs, then the full scene")
    parser.add_argument("--full-scene-only", action="store_true", help="only the full scene, without the paired runs")
    parser.add_argument("--full-width", type=int, default=7800)
    parser.add_argument("--full-height", type=int, default=7700)
    parser.add_argument("--workdir", help="folder for scenes and outputs (default: a temporary folder)")
    for hidden in ("--child", "--input", "--model", "--out", "--plan", "--masks"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    parser.add_argument("--tile", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--height", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_main(args)
    if args.full:
        args.size = max(args.size, 4096)
    with work_folder(args.workdir, "bench_segment_") as workdir:
        scene = scene_path(workdir, args.size, args.size)
        print(machine_line())
        for name in [] if args.full_scene_only else args.models:
            out = paired(args, workdir, scene, name, args.size * args.size)
            seams(args, workdir, scene, name, out)
        if args.full or args.full_scene_only:
            full_scene(args, workdir)
        print(machine_line())


if __name__ == "__main__":
    sys.exit(main())
