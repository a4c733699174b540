"""Benchmark: generating the sample scene at full Landsat size against a small peer run.

Prints, for each size, wall and CPU time and the peak resident memory of a child process that only
generates the scene, and the ratios that matter: time per megapixel of the big scene over the small one
(about 1 when generation scales linearly) and peak memory big over small (about 1 when memory does not
grow with the scene). Targets: full scene in under about 2-3 minutes on 2 cores, peak RSS a few hundred MB.

    .venv/bin/python bench/bench_sample_scene.py                      # 7,800 x 7,700 and 2,048 x 2,048
    .venv/bin/python bench/bench_sample_scene.py --size 2000 2000 --peer 500 500
    .venv/bin/python bench/bench_sample_scene.py --clouds --sun-elevation 25

Each run is a fresh child process (peak RSS from os.wait4; the parent imports neither numpy nor GDAL, so
its own size does not leak into the children's figures).
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ROOT = os.path.dirname(HERE)


def child(arguments):
    """Generate one scene; print its size on disk as JSON."""
    sys.path.insert(0, PLUGIN_ROOT)
    from core.sample_scene import generate_scene
    scene = generate_scene(arguments["out"], width=arguments["width"], height=arguments["height"],
                           seed=arguments["seed"], clouds=arguments["clouds"],
                           sun_elevation=arguments["sun_elevation"])
    sizes = {key: os.path.getsize(getattr(scene, key)) for key in ("scene", "glacier_truth", "lake_truth",
                                                                     "classes", "dem")}
    print(json.dumps({"bytes": sizes}))


def measure(width, height, args, folder):
    arguments = {"out": os.path.join(folder, f"scene_{width}x{height}"), "width": width, "height": height,
                 "seed": args.seed, "clouds": args.clouds, "sun_elevation": args.sun_elevation}
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, os.path.abspath(__file__), "--child", json.dumps(arguments)],
                               stdout=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    output = process.stdout.read()
    process.stdout.close()
    if os.WEXITSTATUS(status) != 0:
        raise SystemExit(f"generating {width} x {height} failed (exit status {os.WEXITSTATUS(status)})")
    shutil.rmtree(arguments["out"], ignore_errors=True)
    return {"width": width, "height": height, "megapixels": width * height / 1e6, "wall_s": wall,
            "cpu_s": usage.ru_utime + usage.ru_stime, "peak_rss_mb": usage.ru_maxrss / 1024.0,
            "bytes": json.loads(output.strip().splitlines()[-1])["bytes"]}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", nargs=2, type=int, default=(7800, 7700), metavar=("WIDTH", "HEIGHT"))
    parser.add_argument("--peer", nargs=2, type=int, default=(2048, 2048), metavar=("WIDTH", "HEIGHT"),
                        help="the small scene the big one is compared with")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--clouds", action="store_true")
    parser.add_argument("--sun-elevation", type=float, default=45.0)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(json.loads(args.child))
        return
    folder = tempfile.mkdtemp(prefix="bench_sample_scene_")
    try:
        results = [measure(*args.peer, args, folder), measure(*args.size, args, folder)]
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(f"Sample scene generation (seed {args.seed}, clouds {args.clouds}, sun elevation "
          f"{args.sun_elevation:g}), {os.cpu_count()} CPUs")
    print(f"  {'size':>13s} {'Mpx':>7s} {'wall s':>8s} {'CPU s':>8s} {'s/Mpx':>7s} {'peak RSS MB':>12s} "
          f"{'files MB':>9s}")
    for r in results:
        print(f"  {r['width']:>6d}x{r['height']:<6d} {r['megapixels']:7.1f} {r['wall_s']:8.1f} {r['cpu_s']:8.1f} "
              f"{r['wall_s'] / r['megapixels']:7.3f} {r['peak_rss_mb']:12.0f} {sum(r['bytes'].values()) / 1e6:9.0f}")
    small, big = results
    def per_mpx(result, key):
        return result[key] / result["megapixels"]

    print(f"  time per Mpx, big / small: {per_mpx(big, 'wall_s') / per_mpx(small, 'wall_s'):.2f} "
          f"(CPU {per_mpx(big, 'cpu_s') / per_mpx(small, 'cpu_s'):.2f})")
    print(f"  peak RSS, big / small: {big['peak_rss_mb'] / small['peak_rss_mb']:.2f}")


if __name__ == "__main__":
    main()
