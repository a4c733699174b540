"""``glacier-mapper``: the engine from a shell, for regions of many scenes (map, timeseries, inventory).

Exit status: 0 everything done, 1 some scenes failed (the others are complete), 2 bad usage or input,
130 interrupted. Every error is one line on stderr, ``glacier-mapper: error: ...``; a failed scene is one
line ``glacier-mapper: scene failed: <input>: <reason>``.
"""
import argparse
import os
import sys
from typing import Any, List, Optional, Sequence

from ..choices import choice_keys
from ..errors import Cancelled, GlacierMapperError
from ..inference.catalog import PRECISIONS
from ..optional import optional_module
from ..version import VERSION

PROG = "glacier-mapper"
OK, SOME_FAILED, BAD_INPUT, INTERRUPTED = 0, 1, 2, 130
tqdm = optional_module("tqdm")


def _parser() -> argparse.ArgumentParser:
    from .runner import RETRIES
    from .scene_task import GLACIER_METHOD_CHOICES, LAKE_METHOD_CHOICES
    from .timeseries import MAX_HIDDEN, RAPID_PCT_PER_YR
    parser = argparse.ArgumentParser(prog=PROG, description="Map glaciers and glacial lakes over a region and "
                                     "decades: many scenes on Dask, lake time series.")
    parser.add_argument("--version", action="version", version=f"{PROG} {VERSION}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    mapping = commands.add_parser("map", help="map scenes: masks, clear-sky mask and outlines per scene",
                                  description="Map every scene into OUT/<scene>/ (glacier_mask.tif, lake_mask.tif, "
                                  "valid.tif, glaciers.gpkg, lakes.gpkg, done.json). Finished scenes are "
                                  "skipped, so a run can be resumed.")
    mapping.add_argument("products", nargs="+", metavar="PRODUCT", help="scene rasters (multiband GeoTIFF/VRT)")
    mapping.add_argument("--glaciers", choices=choice_keys(GLACIER_METHOD_CHOICES), default="ndsi",
                         help="glacier method: NDSI threshold or the bundled U-Net (default ndsi)")
    mapping.add_argument("--lakes", choices=choice_keys(LAKE_METHOD_CHOICES), default="ndwi",
                         help="lake method: NDWI threshold or the bundled U-Net (default ndwi)")
    mapping.add_argument("--precision", choices=PRECISIONS, default="fp32",
                         help="the U-Net's precision: fp32, or the bundled models' int8 variants (default fp32)")
    mapping.add_argument("--dem", help="DEM raster (metres, any grid) for elevation attributes of the outlines")
    mapping.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    mapping.add_argument("--workers", type=int, default=min(os.cpu_count() or 1, 4),
                         help="worker processes of the local Dask cluster; 1 runs the scenes in turn here")
    mapping.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="use this running Dask cluster instead")
    mapping.add_argument("--memory-limit", metavar="SIZE", help="memory limit per local worker, e.g. 2GB")
    mapping.add_argument("--retries", type=int, default=RETRIES, help=f"retries of a failed scene (default "
                         f"{RETRIES})")
    series = commands.add_parser("timeseries", help="lake time series from outlines of many dates",
                                 description="Match lakes across dates into stable ids and fit their growth. "
                                 "OUTLINES: lake outline files (with --dates, or a src_date field) or the output "
                                 "folder of 'map'.")
    series.add_argument("outlines", nargs="+", metavar="OUTLINES", help="outline files, or one 'map' output folder")
    series.add_argument("--dates", nargs="+", metavar="YYYY-MM-DD", help="the date of each outline file, in order")
    series.add_argument("--out", required=True, metavar="DIR", help="output folder (created if needed)")
    series.add_argument("--rapid-pct", type=float, default=RAPID_PCT_PER_YR,
                        help=f"flag lakes growing by at least this %% per year (default {RAPID_PCT_PER_YR:g})")
    series.add_argument("--max-hidden", type=float, default=MAX_HIDDEN,
                        help=f"share of a lake under cloud or nodata above which it is not observed at a date "
                        f"(default {MAX_HIDDEN:g})")
    inventory = commands.add_parser("inventory", help="merge overlapping scenes of one season into one inventory",
                                    description="Merge the outlines of the scenes of a 'map' output folder: each "
                                    "object from the scene that sees it best, objects cut by scene edges joined.")
    inventory.add_argument("folder", metavar="DIR", help="the output folder of 'map'")
    inventory.add_argument("--kind", choices=("glaciers", "lakes"), default="glaciers", help="which outlines")
    inventory.add_argument("--region", default="00", help="region code in the ids (e.g. 15, RGI's South Asia East)")
    inventory.add_argument("--out", required=True, metavar="FILE", help="output GeoPackage")
    return parser


def _inventory(args: Any) -> int:
    from .inventory import merge_inventory
    result = merge_inventory(args.folder, args.out, args.region, args.kind)
    print(f"{result.count} {args.kind} ({result.total_km2:.3f} km², {result.joined} joined across scenes): "
          f"{result.path}")
    return OK


class _Bar:
    """A tqdm bar when tqdm is installed, else one plain line per step on stderr."""

    def __init__(self, total: int, what: str) -> None:
        self.total, self.what, self.count = total, what, 0
        self.bar = tqdm.tqdm(total=total, unit=what, file=sys.stderr) if tqdm is not None else None

    def step(self, text: str) -> None:
        self.count += 1
        if self.bar is not None:
            self.bar.set_postfix_str(text, refresh=False)
            self.bar.update(1)
        else:
            print(f"{self.what} {self.count}/{self.total}: {text}", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _error(message: str) -> None:
    print(f"{PROG}: error: {' '.join(str(message).split())}", file=sys.stderr)


def _map(args: Any) -> int:
    from .runner import map_region
    from .scene_task import MapOptions
    bar = _Bar(len(args.products), "scene")

    def started(result):
        where = {"sequential": "one after another in this process", "local cluster":
                 f"on a local Dask cluster of {args.workers} workers", "cluster": f"on the cluster {args.scheduler}"}
        print(f"Mapping {len(args.products)} scenes {where[result.mode]}.", file=sys.stderr)
        if result.dashboard:
            print(f"Dask dashboard: {result.dashboard}", file=sys.stderr)
        for note in result.notes:
            print(note, file=sys.stderr)

    def scene_done(path, record, error):
        name = os.path.basename(record["folder"]) if record else os.path.basename(path)
        bar.step(f"{name} failed" if error else f"{name} {'skipped' if record.get('skipped') else 'done'}")

    options = MapOptions(glaciers=args.glaciers, lakes=args.lakes, dem=args.dem, precision=args.precision)
    try:
        result = map_region(args.products, args.out, options, workers=args.workers, scheduler=args.scheduler,
                            memory_limit=args.memory_limit, retries=args.retries, on_scene=scene_done,
                            on_start=started)
    finally:
        bar.close()
    for path, reason in result.failed.items():
        print(f"{PROG}: scene failed: {path}: {reason}", file=sys.stderr)
    print(f"{len(result.done)} mapped, {len(result.skipped)} already done, {len(result.failed)} failed: "
          f"{result.out_dir}")
    return SOME_FAILED if result.failed else OK


def _timeseries(args: Any) -> int:
    from .timeseries import dated_inputs, lake_timeseries
    inputs = dated_inputs(args.outlines, args.dates)
    result = lake_timeseries(inputs, args.out, args.rapid_pct, args.max_hidden)
    for warning in result.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    rapid = sum(1 for lake in result.lakes if lake.rapid)
    print(f"{len(result.lakes)} lakes over {len(result.dates)} dates, {rapid} growing rapidly: "
          f"{result.paths['gpkg']}")
    return OK


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Run the command line ``argv`` (default sys.argv[1:]); returns the exit status."""
    args = _parser().parse_args(list(argv) if argv is not None else None)  # bad usage: argparse exits with 2
    try:
        return {"map": _map, "timeseries": _timeseries, "inventory": _inventory}[args.command](args)
    except (Cancelled, KeyboardInterrupt):
        _error("interrupted; finished scenes are kept and the next run skips them.")
        return INTERRUPTED
    except GlacierMapperError as error:
        _error(str(error))
        return BAD_INPUT


def entry_point(argv: Optional[List[str]] = None) -> None:
    sys.exit(main(argv))


if __name__ == "__main__":
    entry_point()
