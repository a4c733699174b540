"""Benchmark: generating the sample scene at full Landsat size against a small peer run.

Prints, for each size, wall and CPU time and the peak resident memory of a child process that only
generates the scene, and the ratios that matter: time per megapixel of the big scene over the small one
(about 1 when generation scales linearly) and peak memory big over small (about 1 when memory does not
grow with the scene). Targets: full scene in under about 2-3 minutes on 2 cores, peak RSS a few hundred MB.

    .venv/bin/python bench/bench_sample_scene.py                      # 7,800 x 7,700 and 2,048 x 2,048
    .venv/bin/python bench/bench_sample_scene.py --size 2000 2000 --peer 500 500
    .venv/bin/python bench/bench_sample_scene.py --clouds --sun-elevation 25

Each run is a fresh child process that reports its own peak RSS (VmHWM) and the wall and CPU time of the
generation itself.
"""
import argparse
import json
import os
import shutil
import sys

from common import (
    child_report,
    import_plugin,
    machine_line,
    print_table,
    run_child,
    script_command,
    timed_work,
    work_folder,
)


def child(arguments):
    """Generate one scene; report the time it took and its files' sizes."""
    import_plugin()
    from glacier_mapper.core.sample_scene import generate_scene
    report = {}
    with timed_work(report):
        scene = generate_scene(arguments["out"], width=arguments["width"], height=arguments["height"],
                               seed=arguments["seed"], clouds=arguments["clouds"],
                               sun_elevation=arguments["sun_elevation"])
    report["bytes"] = {key: os.path.getsize(getattr(scene, key))
                       for key in ("scene", "glacier_truth", "lake_truth", "classes", "dem")}
    child_report(report)


def measure(width, height, args, folder):
    arguments = {"out": os.path.join(folder, f"scene_{width}x{height}"), "width": width, "height": height,
                 "seed": args.seed, "clouds": args.clouds, "sun_elevation": args.sun_elevation}
    result = run_child(script_command(__file__, "--child", json.dumps(arguments)), name=f"{width} x {height}")
    shutil.rmtree(arguments["out"], ignore_errors=True)
    result.update(width=width, height=height, megapixels=width * height / 1e6)
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--peer", nargs=2, type=int, default=(2048, 2048), metavar=("WIDTH", "HEIGHT"),
                        help="the small scene the big one is compared with")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--clouds", action="store_true")
    parser.add_argument("--sun-elevation", type=float, default=45.0)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(json.loads(args.child))
    with work_folder(None, "bench_sample_scene_") as folder:
        results = [measure(*args.peer, args, folder), measure(*args.size, args, folder)]
    print(f"Sample scene generation (seed {args.seed}, clouds {args.clouds}, sun elevation {args.sun_elevation:g}); "
          f"{machine_line()}")
    print_table([("size", ""), ("Mpx", ".1f"), ("wall s", ".1f"), ("CPU s", ".1f"), ("s/Mpx", ".3f"),
                 ("peak RSS MB", ".0f"), ("files MB", ".0f")],
                [(f"{r['width']} x {r['height']}", r["megapixels"], r["seconds"], r["cpu_seconds"],
                  r["seconds"] / r["megapixels"], r["peak_rss_mb"], sum(r["bytes"].values()) / 1e6) for r in results])
    small, big = results

    def per_mpx(result, key):
        return result[key] / result["megapixels"]

    print(f"  time per Mpx, big / small: {per_mpx(big, 'seconds') / per_mpx(small, 'seconds'):.2f} "
          f"(CPU {per_mpx(big, 'cpu_seconds') / per_mpx(small, 'cpu_seconds'):.2f})")
    print(f"  peak RSS, big / small: {big['peak_rss_mb'] / small['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    sys.exit(main())
