"""Benchmark: the int8 variants of the shipped models (models/<name>.int8.onnx) against their fp32 models.

The scene is bench_segment's: core.sample_scene.generate_scene with a footprint rotated by 9 degrees (a 23.6 %
nodata collar). Contenders, each in its own process:
- segment fp32 / int8: core.inference.segment.segment_raster, default options but precision (probability and
  mask written; the session's creation counts), with GLACIERMAPPER_THREADS=2;
- network fp32 / int8: bare onnxruntime, 2 intra-op threads, on the card's 256 px tiles of the scene that hold
  valid data (batches of 4), on arrays normalised before the clock starts: the compute alone.
One warm-up run of each, then rounds of fp32, int8 (A B A B); the int8 / fp32 ratios are per round, printed as
median and min-max, for wall and CPU time. Mask flips of int8 against fp32 close the table.

    .venv/bin/python bench/bench_int8.py              # quick: 1,024 x 1,024, 3 rounds, both models
    .venv/bin/python bench/bench_int8.py --full       # 4,096 x 4,096, 5 rounds
    .venv/bin/python bench/bench_int8.py --size 512 --repeat 1 --models glacier_unet
"""
import argparse
import os
import statistics
import sys
import time

import bench_segment
from common import (
    PLUGIN_ROOT,
    child_report,
    import_plugin,
    machine_line,
    print_table,
    run_child,
    script_command,
    work_folder,
)

MODELS = ("glacier_unet", "lake_attention_unet")
THREADS = 2
TILE, OVERLAP, BATCH = 256, 64, 4


def model_path(name, precision):
    return os.path.join(PLUGIN_ROOT, "models", f"{name}{'.int8' if precision == 'int8' else ''}.onnx")


# --- children ------------------------------------------------------------------------------------------

def run_segment(args):
    import_plugin()
    from glacier_mapper.core.inference.model_card import read_card
    from glacier_mapper.core.inference.segment import SegmentOptions, segment_raster
    from glacier_mapper.core.sensors.scene import Scene
    fp32 = model_path(args.model, "fp32")
    started, cpu = time.perf_counter(), time.process_time()
    scene = Scene.from_raster(args.input, sensor=read_card(fp32).sensor)
    result = segment_raster(scene, fp32, out_probability=os.path.join(args.out, f"{args.precision}_p.tif"),
                            out_mask=os.path.join(args.out, f"{args.precision}_mask.tif"),
                            options=SegmentOptions(device="cpu", precision=args.precision))
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "tiles_run": result.tiles_run}


def run_network(args):
    import numpy as np
    import onnxruntime as ort
    import_plugin()
    from glacier_mapper.core.inference.tiling import TileGrid
    # the models of MODELS have no derived channels, which normalised_raster leaves out
    channels, valid = bench_segment.normalised_raster(argparse.Namespace(model=model_path(args.model, "fp32"),
                                                                         input=args.input))
    grid = TileGrid(channels.shape[2], channels.shape[1], TILE, OVERLAP)
    tiles = [channels[:, y:y + TILE, x:x + TILE] for y in grid.ys for x in grid.xs
             if valid[y:y + TILE, x:x + TILE].any()]
    batches = [np.ascontiguousarray(np.stack(tiles[s:s + BATCH])) for s in range(0, len(tiles), BATCH)]
    del channels
    options = ort.SessionOptions()
    options.intra_op_num_threads = THREADS
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    session = ort.InferenceSession(model_path(args.model, args.precision), sess_options=options,
                                   providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name
    started, cpu = time.perf_counter(), time.process_time()
    for batch in batches:
        session.run(None, {name: batch})
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu,
            "tiles_run": len(tiles)}


def run_flips(args):
    import numpy as np
    from osgeo import gdal
    fp32 = gdal.Open(os.path.join(args.out, "fp32_mask.tif")).ReadAsArray()
    int8 = gdal.Open(os.path.join(args.out, "int8_mask.tif")).ReadAsArray()
    valid = fp32 != 255
    return {"flips": float(np.count_nonzero(valid & (fp32 != int8)) / np.count_nonzero(valid))}


RUNNERS = {"segment": run_segment, "network": run_network, "flips": run_flips}


# --- parent --------------------------------------------------------------------------------------------

def measure(kind, scene, name, precision, out):
    env = dict(os.environ, GLACIERMAPPER_THREADS=str(THREADS))
    return run_child(script_command(__file__, "--child", kind, "--input", scene, "--model", name, "--precision",
                                    precision, "--out", out), env=env, name=f"{kind} {precision}")


def spread(values):
    return f"{statistics.median(values):.3f} ({min(values):.3f}-{max(values):.3f})"


def paired(args, scene, name, out):
    rows = []
    for kind in ("segment", "network"):
        for precision in ("fp32", "int8"):
            measure(kind, scene, name, precision, out)  # warm-up
        runs = {"fp32": [], "int8": []}
        for _ in range(args.repeat):
            for precision in ("fp32", "int8"):
                runs[precision].append(measure(kind, scene, name, precision, out))
        wall = [b["seconds"] / a["seconds"] for a, b in zip(runs["fp32"], runs["int8"])]
        cpu = [b["cpu_seconds"] / a["cpu_seconds"] for a, b in zip(runs["fp32"], runs["int8"])]
        rows.append((kind, statistics.median(r["seconds"] for r in runs["fp32"]),
                     statistics.median(r["seconds"] for r in runs["int8"]), spread(wall), spread(cpu),
                     runs["int8"][0]["tiles_run"], statistics.mean(r["load"] for r in runs["int8"])))
    flips = run_child(script_command(__file__, "--child", "flips", "--input", scene, "--model", name, "--out",
                                     out))["flips"]
    print(f"\n{name}: int8 / fp32, {args.repeat} pairs after a warm-up, {THREADS} threads")
    print_table([("what", ""), ("fp32 s", ".2f"), ("int8 s", ".2f"), ("wall int8/fp32", ""),
                 ("CPU int8/fp32", ""), ("tiles", "d"), ("load", ".1f")], rows)
    print(f"  mask flips int8 vs fp32: {flips * 100:.4f} % of the valid pixels")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=1024, help="side of the square scene")
    parser.add_argument("--repeat", type=int, default=3, help="paired rounds after the warm-up")
    parser.add_argument("--models", nargs="+", default=list(MODELS), choices=MODELS)
    parser.add_argument("--full", action="store_true", help="4,096 x 4,096, 5 rounds")
    parser.add_argument("--workdir", help="folder for the scene and outputs (default: a temporary folder)")
    for hidden in ("--child", "--input", "--model", "--precision", "--out"):
        parser.add_argument(hidden, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child_report(RUNNERS[args.child](args))
    if args.full:
        args.size, args.repeat = max(args.size, 4096), max(args.repeat, 5)
    with work_folder(args.workdir, "bench_int8_") as workdir:
        scene = bench_segment.scene_path(workdir, args.size, args.size)
        print(machine_line())
        for name in args.models:
            out = os.path.join(workdir, f"out_{name}")
            os.makedirs(out, exist_ok=True)
            paired(args, scene, name, out)
        print(machine_line())


if __name__ == "__main__":
    sys.exit(main())
