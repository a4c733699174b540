"""Benchmark: a region of generated scenes mapped one after another and on a 2-worker Dask LocalCluster.

Generates a sequence of scenes (default 8 of 1,024 x 1,024, one cloudy), then maps them (NDSI glaciers,
NDWI lakes, clear-sky mask, outlines; with ``--methods unet`` the bundled U-Nets) in a fresh child process
each way: ``--workers 1`` (in turn, in the child) and ``--workers 2`` (a LocalCluster of two processes, one
thread each, its start-up included).
After a warm-up pair, ``--repeat`` rounds run the two in turn (A B A B); the speed-up is printed per round
as median and min-max, on the scenes (from the workers being ready to the last scene's result) and on the
whole run (with the cluster's start-up and shut-down, paid once per run), and against the load average,
since a speed-up of two workers needs two idle cores. Also printed: the mean cost per scene, each worker's peak
RSS (VmHWM, from the scenes' done.json), and what a region of ``--region-scenes`` scenes would take.

    .venv/bin/python bench/bench_region.py
    .venv/bin/python bench/bench_region.py --scenes 4 --size 512       # quick
"""
import argparse
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
    verdict,
    work_folder,
)


def child(arguments):
    import_plugin()
    import time

    from glacier_mapper.core.region.runner import map_region
    from glacier_mapper.core.region.scene_task import MapOptions
    method = arguments.get("method", "threshold")
    options = MapOptions(glaciers="unet", lakes="unet") if method == "unet" else MapOptions()
    report = {}
    ready, finished = [], []
    started, cpu = time.perf_counter(), time.process_time()
    result = map_region(arguments["scenes"], arguments["out"], options, workers=arguments["workers"],
                        on_start=lambda _result: ready.append(time.perf_counter()),
                        on_scene=lambda *_scene: finished.append(time.perf_counter()))
    report["seconds"] = time.perf_counter() - started
    report["cpu_seconds"] = time.process_time() - cpu  # this process's threads: all the work of a run in turn
    # from workers ready (cluster started, engine imported) to the last scene's result: the cluster's start-up
    # and shut-down are once per run, whatever the number of scenes
    report["work_seconds"] = finished[-1] - ready[0]
    report["failed"] = len(result.failed)
    report["records"] = [{k: r[k] for k in ("pid", "seconds", "peak_rss_mib", "lakes", "glaciers")}
                         for r in result.done]
    child_report(report)


def generate(folder, count, size):
    import_plugin()
    from glacier_mapper.core.sample_scene import generate_sequence
    scenes = generate_sequence(os.path.join(folder, "scenes"), years=range(count), cloudy_years=(count // 2,),
                               width=size, height=size)
    return [s.scene for s in scenes]


def spread(values):
    return f"{statistics.median(values):.2f}x ({min(values):.2f}-{max(values):.2f})"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scenes", type=int, default=8)
    parser.add_argument("--size", type=int, default=1024)
    parser.add_argument("--region-scenes", type=int, default=200 * 30, help="scenes of the region to project "
                        "(default 200 a year for 30 years)")
    parser.add_argument("--repeat", type=int, default=3, help="paired rounds after the warm-up (default 3)")
    parser.add_argument("--methods", choices=("threshold", "unet"), default="threshold",
                        help="map glaciers and lakes with the threshold methods (default) or the bundled U-Nets")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child(json.loads(args.child))
    with work_folder(None, "bench_region_") as folder:
        scenes = generate(folder, args.scenes, args.size)
        rounds = []
        for number in range(args.repeat + 1):  # round 0 warms up (imports, file cache) and is not counted
            runs = {}
            for workers in (1, 2):
                arguments = {"scenes": scenes, "out": os.path.join(folder, f"out_{number}_{workers}"),
                             "workers": workers, "method": args.methods}
                runs[workers] = run_child(script_command(__file__, "--child", json.dumps(arguments)),
                                          name=f"{workers} worker(s)")
                runs[workers]["load"] = os.getloadavg()[0]
            if number:
                rounds.append(runs)
    print(f"Region: {args.scenes} scenes of {args.size} x {args.size}, {args.methods} methods; {args.repeat} paired "
          f"rounds after a warm-up; {machine_line()}")
    rows = []
    for workers in (1, 2):
        runs = [r[workers] for r in rounds]
        peaks = {}
        for record in (rec for run in runs for rec in run["records"]):
            peaks[record["pid"]] = max(peaks.get(record["pid"], 0.0), record["peak_rss_mib"] or 0.0)
        in_task = statistics.median(sum(r["seconds"] for r in run["records"]) / len(run["records"]) for run in runs)
        rows.append((f"{workers} worker(s)", statistics.median(r["seconds"] for r in runs),
                     statistics.median(r["work_seconds"] for r in runs), in_task,
                     f"{max(peaks.values()):.0f}", sum(r["failed"] for r in runs),
                     statistics.mean(r["load"] for r in runs)))
    print_table([("run", ""), ("median wall s", ".1f"), ("scenes s", ".1f"), ("s/scene in task", ".2f"),
                 ("peak RSS per process MiB", ""), ("failed", "d"), ("load", ".1f")], rows)
    speedups = [r[1]["seconds"] / r[2]["seconds"] for r in rounds]
    work_speedups = [r[1]["work_seconds"] / r[2]["work_seconds"] for r in rounds]
    fixed = statistics.median(r[2]["seconds"] - r[2]["work_seconds"] for r in rounds)
    print(f"  speed-up, 2 workers over in turn: {spread(work_speedups)} on the scenes (target >= 1.7 on two idle "
          f"cores: {verdict(statistics.median(work_speedups), 1.7, True)}), {spread(speedups)} with the cluster's "
          f"start-up, engine import and shut-down ({fixed:.1f} s once per run)")
    # a run in turn already overlaps reading, computing and writing in threads: the cores it keeps busy bound
    # what two workers can gain on two cores
    busy = statistics.median(r[1]["cpu_seconds"] / r[1]["seconds"] for r in rounds)
    cores = os.cpu_count() or 1
    print(f"  a run in turn keeps {busy:.2f} cores busy (CPU s / wall s), so {min(2, cores)} workers on {cores} cores "
          f"can gain at most {min(2.0, cores / busy):.2f}x")
    per_scene = statistics.median(r[1]["work_seconds"] for r in rounds) / args.scenes
    megapixels = args.size * args.size / 1e6
    for label, seconds in ((f"{args.size} x {args.size}", per_scene),
                           ("Landsat-size (7,800 x 7,700)", per_scene / megapixels * 60.06)):
        hours = args.region_scenes * seconds / 3600.0
        print(f"  {args.region_scenes} scenes of {label} at {seconds:.2f} s each: {hours:.1f} h on one worker; "
              + ", ".join(f"{hours / n:.2f} h on {n}" for n in (2, 8, 32, 128)) + " (ideal scaling)")


if __name__ == "__main__":
    sys.exit(main())
