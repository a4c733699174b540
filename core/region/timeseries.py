"""Lake time series: lakes of many dates matched into stable ids, area per date, robust growth rates, flags.

Inputs are outline layers with a date each (src_date / GLACIERMAPPER_SRC_DATE or given), optionally with the
date's clear-sky mask (valid.tif of ``map``: 1 observed, 0 cloud or nodata). A lake whose footprint is more
than ``max_hidden`` hidden at a date is "not_observed" at that date (no area), never "gone"; an observed lake
without an outline there is "not_detected" (area 0). Growth: the Theil-Sen slope of area over time on the
observed dates from first sight on (robust to a bad date), in km² and % (of the fitted first area) per year.
"""
import datetime
import math
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Union

import numpy as np
from scipy.stats import theilslopes

from ..callbacks import IsCancelled, Progress, Steps
from ..errors import InputError
from ..geo.geodesy import Measurer
from ..io.raster import open_raster, raster_info
from ..io.vector import layer_srs, open_layer
from ..messages import translate
from ..optional import optional_module
from ..outlines.change import read_outlines
from ..paths import PathArg
from ..sensors.acquisition_date import require_date
from .scene_task import FILES, read_done, scene_folders
from .tracking import Track, track_objects

shapely = optional_module("shapely")
RAPID_PCT_PER_YR = 5.0
MAX_HIDDEN = 0.25
OBSERVED, NOT_OBSERVED, NOT_DETECTED, BEFORE = "observed", "not_observed", "not_detected", "before_first_seen"
MERGED = "merged"  # the lake joined another (merged_into): its area counts there


@dataclass
class DatedOutlines:
    path: str
    date: Optional[datetime.date] = None  # None: from the layer (src_date, GLACIERMAPPER_SRC_DATE)
    valid: Optional[str] = None  # the date's clear-sky mask, or None: taken as fully observed
    layer: Optional[str] = None


@dataclass
class LakeSeries:
    lake_id: str
    track: Track
    statuses: Dict[datetime.date, str]
    hidden: Dict[datetime.date, float]
    first_seen: Optional[datetime.date]
    rate_km2_per_yr: Optional[float] = None
    rate_pct_per_yr: Optional[float] = None
    rapid: bool = False

    def area_km2(self, date: datetime.date) -> Optional[float]:
        status = self.statuses[date]
        if status == OBSERVED:
            return self.track.areas_m2.get(date, 0.0) / 1e6
        return 0.0 if status in (NOT_DETECTED, BEFORE) else None


@dataclass
class TimeSeriesResult:
    lakes: List[LakeSeries]
    dates: List[datetime.date]
    totals_km2: Dict[datetime.date, float]
    paths: Dict[str, str] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)


def inputs_from_folder(folder: PathArg) -> List[DatedOutlines]:
    """The lake outlines, dates and clear-sky masks of every finished scene of a ``map`` output folder."""
    found = []
    for scene_dir in scene_folders(os.fspath(folder)):
        record = read_done(scene_dir)
        found.append(DatedOutlines(os.path.join(scene_dir, FILES["lakes"]), require_date(record.get("date"), "date"),
                                   os.path.join(scene_dir, FILES["valid"]), "lakes"))
    if not found:
        raise InputError(translate("GlacierMapperCore", "'{folder}' holds no finished scene folder (with done.json): "
                                   "give the output folder of 'glacier-mapper map' or Map "
                                   "scenes.").format(folder=folder))
    return found


def dated_inputs(paths: Sequence[str], dates: Optional[Sequence[str]] = None
                 ) -> Union[str, List[DatedOutlines]]:
    """Command-line outlines as inputs: one ``map`` folder as it is, or files with their dates (given, from a
    scene folder's done.json, or None: from the layer) and the clear-sky mask beside them where there is one."""
    if len(paths) == 1 and os.path.isdir(paths[0]):
        if dates:
            raise InputError(translate("GlacierMapperCore", "Dates are read from the scene folders of a 'map' output: "
                                       "give no --dates with it."))
        return os.fspath(paths[0])
    if dates and len(dates) != len(paths):
        raise InputError(translate("GlacierMapperCore", "{files} outline files but {dates} dates: give one "
                                   "date per file, in order.").format(files=len(paths), dates=len(dates)))
    found = []
    for k, path in enumerate(paths):
        if not os.path.isfile(path):
            raise InputError(translate("GlacierMapperCore", "The outlines '{path}' do not exist. Give outline files or "
                                       "a 'map' output folder.").format(path=path))
        folder = os.path.dirname(os.path.abspath(path))
        valid = os.path.join(folder, FILES["valid"])
        date = require_date(dates[k], f"date {k + 1}") if dates else None
        if date is None and os.path.isfile(os.path.join(folder, "done.json")):
            date = require_date(read_done(folder).get("date"), "date")
        found.append(DatedOutlines(os.fspath(path), date, valid if os.path.isfile(valid) else None))
    return found


def _read_layers(inputs: Sequence[DatedOutlines], warnings: List[str]):
    dataset, first = open_layer(inputs[0].path, inputs[0].layer)
    srs = layer_srs(first)
    del first, dataset  # the layer, then its dataset: closed once the CRS is read
    if srs is None:
        raise InputError(translate("GlacierMapperCore", "The outlines '{path}' have no CRS, so areas cannot be "
                                   "measured. Assign the right CRS and run again.").format(path=inputs[0].path))
    layers = []
    for item in inputs:
        layer = read_outlines(item.path, item.layer, os.path.basename(item.path), item.date, srs, warnings)
        if layer.date is None:
            raise InputError(translate("GlacierMapperCore", "The outlines '{path}' have no date (no src_date field or "
                                       "layer date): give the date of each layer.").format(path=item.path))
        layers.append((layer, item))
    layers.sort(key=lambda pair: str(pair[0].date))  # ISO dates sort as text
    dates = [layer.date for layer, _ in layers]
    if len(set(dates)) != len(dates):
        raise InputError(translate("GlacierMapperCore", "Two outline layers have the same date: give one layer per "
                                   "date (merge scenes of one date into one inventory first)."))
    return layers, srs


def hidden_shares(geometries: Any, valid_path: Optional[str], srs: Any) -> np.ndarray:
    """Per geometry, the share of its pixels that the clear-sky mask says are cloud, nodata or off the scene."""
    shares = np.zeros(len(geometries))
    if not valid_path or not len(geometries):
        return shares
    info = raster_info(valid_path)
    dataset = open_raster(valid_path)  # kept open while its band is read: GDAL bands die with their dataset
    band = dataset.GetRasterBand(1)
    x0, dx, _, y0, _, dy = info.geotransform
    for k, geometry in enumerate(geometries):
        xmin, ymin, xmax, ymax = shapely.bounds(geometry)
        c0, c1 = int(math.floor((xmin - x0) / dx)), int(math.ceil((xmax - x0) / dx))
        r0, r1 = int(math.floor((ymax - y0) / dy)), int(math.ceil((ymin - y0) / dy))
        cols, rows = np.meshgrid(np.arange(c0, c1), np.arange(r0, r1))
        inside = shapely.contains_xy(geometry, x0 + (cols + 0.5) * dx, y0 + (rows + 0.5) * dy)
        if not inside.any():
            continue
        clear = np.zeros(cols.shape, dtype=bool)
        a0, a1, b0, b1 = max(c0, 0), min(c1, info.width), max(r0, 0), min(r1, info.height)
        if a1 > a0 and b1 > b0:
            values = band.ReadAsArray(a0, b0, a1 - a0, b1 - b0)
            clear[b0 - r0:b1 - r0, a0 - c0:a1 - c0] = values == 1
        shares[k] = 1.0 - float(clear[inside].sum()) / float(inside.sum())
    return shares


def _fit(series: LakeSeries, dates: List[datetime.date], rapid_pct: float) -> None:
    points = [((d - dates[0]).days / 365.25, series.area_km2(d)) for d in dates
              if series.first_seen and d >= series.first_seen and series.statuses[d] in (OBSERVED, NOT_DETECTED)]
    if len(points) < 2:
        return
    years, areas = np.array([p[0] for p in points]), np.array([p[1] for p in points])
    slope, intercept, _, _ = theilslopes(areas, years)
    start = intercept + slope * years[0]
    start = start if start > 0 else areas[0]
    series.rate_km2_per_yr = float(slope)
    series.rate_pct_per_yr = float(100.0 * slope / start) if start > 0 else None
    series.rapid = bool(len(points) >= 3 and series.rate_pct_per_yr is not None
                        and series.rate_pct_per_yr >= rapid_pct)


def lake_series(tracks: List[Track], layers: Sequence[Any], srs: Any, max_hidden: float,
                rapid_pct: float) -> List[LakeSeries]:
    """Each tracked lake's statuses, areas and growth over the dated ``layers`` ((layer, item) pairs)."""
    dates = [layer.date for layer, _ in layers]
    footprints = np.array([t.footprint for t in tracks], dtype=object)
    hidden = {layer.date: hidden_shares(footprints, item.valid, srs) for layer, item in layers}
    result = []
    for k, track in enumerate(tracks):
        seen = sorted(track.areas_m2)
        statuses: Dict[datetime.date, str] = {}
        for date in dates:
            if track.ended and date >= track.ended:
                statuses[date] = MERGED
            elif date in track.areas_m2 and hidden[date][k] <= max_hidden:
                statuses[date] = OBSERVED
            elif hidden[date][k] > max_hidden:
                statuses[date] = NOT_OBSERVED
            else:
                statuses[date] = BEFORE if seen and date < seen[0] else NOT_DETECTED
        first = next((d for d in dates if statuses[d] == OBSERVED), None)
        series = LakeSeries(f"GM-L{track.number:05d}", track, statuses, {d: float(hidden[d][k]) for d in dates},
                            first)
        _fit(series, dates, rapid_pct)
        result.append(series)
    return result


def lake_timeseries(inputs: Union[PathArg, Sequence[DatedOutlines]], out_dir: PathArg,
                    rapid_pct_per_yr: float = RAPID_PCT_PER_YR, max_hidden: float = MAX_HIDDEN,
                    progress: Optional[Progress] = None, is_cancelled: Optional[IsCancelled] = None
                    ) -> TimeSeriesResult:
    """Lake time series of ``inputs`` (DatedOutlines, or a ``map`` output folder) written into ``out_dir``:
    lakes.gpkg (layer lakes, tables lake_areas and regional_total), lake_areas.csv and report.html."""
    from .timeseries_outputs import write_timeseries
    if isinstance(inputs, (str, os.PathLike)):
        inputs = inputs_from_folder(inputs)
    if len(inputs) < 2:
        raise InputError(translate("GlacierMapperCore", "A time series needs outlines of at least two dates."))
    if not 0.0 <= max_hidden < 1.0:
        raise InputError(translate("GlacierMapperCore", "The hidden share {max_hidden} must be at least 0 and below 1 "
                                   "(e.g. 0.25).").format(max_hidden=max_hidden))
    steps = Steps(4, progress, is_cancelled)
    warnings: List[str] = []
    layers, srs = _read_layers(inputs, warnings)
    warnings += [translate("GlacierMapperCore", "No clear-sky mask for {path} ({date}): every lake is taken as "
                           "observed at that date.").format(
                           path=os.path.basename(item.path),
                           date=layer.date) for layer, item in layers if not item.valid]
    steps.advance()
    everything = np.concatenate([layer.geometries for layer, _ in layers])
    centre = shapely.get_coordinates(shapely.centroid(shapely.box(*shapely.total_bounds(everything))))[0] \
        if len(everything) else None
    measurer = Measurer(srs, reference=centre)
    tracks = track_objects([layer for layer, _ in layers], measurer)
    steps.advance()
    lakes = lake_series(tracks, layers, srs, max_hidden, rapid_pct_per_yr)
    dates = [layer.date for layer, _ in layers]
    totals = {d: float(sum(a for a in (s.area_km2(d) for s in lakes) if a)) for d in dates}
    steps.advance()
    result = TimeSeriesResult(lakes, dates, totals, warnings=warnings)
    result.paths = write_timeseries(result, os.fspath(out_dir), srs, rapid_pct_per_yr, max_hidden)
    steps.advance()
    return result

