"""What defines a sample scene, and the levels (snow line, glacier termini, tree line) that place its land cover.

The levels come from a coarse preview of the whole scene, so every scene size gets glaciers, lakes and
vegetation in similar proportions, and every block of a scene the same levels.
"""
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from .lakes import BasinBand
from .randomiser import Randomisation
from .real_terrain import RealSource, RealTerrain
from .terrain import VALLEY_WEIGHT, terrain

MAX_ICE_SLOPE_DEG = 45.0  # steeper ground is bare rock
GLACIER_SHARE = 0.25  # of the scene, at years_later = 0
ACCUMULATION_SHARE = 0.55  # of the glacier area above the snow line (a typical accumulation-area ratio)
DEBRIS_SHARE = 0.2  # of the glacier area, the lowest parts of the tongues
VEGETATION_SHARE = 0.20  # of the scene below the tree line
LAKE_BAND_M = 90.0  # glacier-index range below the termini over which proglacial lakes turn from turbid to clear
LAKE_BASIN_BELOW_M = 100.0  # basin centres lie this far below the first termini, or less, so lakes touch the ice
LAKE_BASIN_ABOVE_M = 150.0  # and as far above, under ice that retreats from them
# Change per year for years_later.
SNOW_LINE_RISE_M = 5.0
TERMINUS_RISE_M = 6.0
PREVIEW_PIXELS = 250_000


@dataclass(frozen=True)
class SceneSpec:
    """Everything that defines a sample scene; equal specs give identical files."""
    width: int = 512
    height: int = 512
    seed: int = 42
    pixel_size: float = 30.0
    epsg: int = 32645
    sun_azimuth: float = 135.0
    sun_elevation: float = 45.0
    clouds: bool = False
    years_later: int = 0
    nodata_border: int = 0
    footprint_rotation: float = 0.0  # degrees: the valid footprint tilted as a Landsat scene's (footprint.py)
    randomise: Optional[Randomisation] = None  # None: the fixed spectra of spectra.py, Landsat OLI SR
    terrain: Optional[RealTerrain] = None  # None: the fractal terrain; else a real DEM and outlines


@dataclass(frozen=True)
class Levels:
    """Elevations (m) that place the land cover, for the spec's date."""
    valley_offset: float  # makes valley depths average zero over the scene
    ice_surface_terminus: float  # terminus at years_later = 0: the DEM is the same for every date
    first_terminus: float  # glacier index at the termini at years_later = 0
    terminus: float  # glacier index at the glacier termini
    snow_line: float
    debris_line: float  # glacier index below which tongues are debris-covered
    lake_floor: float  # glacier index where proglacial lakes are clearest (the moraine dams stay put)
    treeline: float
    lake_band: BasinBand  # glacier indices of lake basin centres, the same for every date (lakes.py)


def _preview_step(spec):
    return max(1, int(round(math.sqrt(spec.width * spec.height / PREVIEW_PIXELS))))


def real_levels(spec: SceneSpec, source: RealSource) -> Levels:
    """Levels of a scene on a real terrain: its glaciers are the outlines, so the levels come from them."""
    step = _preview_step(spec)
    cols = np.arange(step // 2, spec.width, step)
    rows = np.arange(step // 2, spec.height, step)
    elevation = source.sample(cols, rows).astype(np.float64)
    glacier, _ = source.rasterise(int(cols[0]), int(rows[0]), len(cols), len(rows), step)
    if glacier.any():
        on_ice = elevation[glacier]
        terminus = float(on_ice.min())
        snow_line = float(np.quantile(on_ice, 1.0 - ACCUMULATION_SHARE))
        debris_line = float(np.quantile(on_ice, DEBRIS_SHARE))
    else:
        terminus = snow_line = debris_line = float(elevation.max())
    years = spec.years_later
    # The outlines stay the glaciers of every date; the snow line rises, and the lakes fill their basins.
    return Levels(valley_offset=0.0, ice_surface_terminus=terminus, first_terminus=terminus, terminus=terminus,
                  snow_line=snow_line + SNOW_LINE_RISE_M * years, debris_line=debris_line,
                  lake_floor=terminus - LAKE_BAND_M, treeline=float(np.quantile(elevation, VEGETATION_SHARE)),
                  lake_band=BasinBand(floor=-math.inf, top=math.inf))


def levels(spec: SceneSpec, source: Optional[RealSource] = None) -> Levels:
    """Scene levels from a coarse preview of the whole scene (the same for any block size)."""
    if source is not None:
        return real_levels(spec, source)
    step = _preview_step(spec)
    cols = np.arange(step // 2, spec.width, step)
    rows = np.arange(step // 2, spec.height, step)
    # Each preview point and its east and south neighbours, for slopes by forward differences.
    wide_cols = np.unique(np.concatenate([cols, cols + 1]))
    wide_rows = np.unique(np.concatenate([rows, rows + 1]))
    c = [np.searchsorted(wide_cols, cols + d) for d in (0, 1)]
    r = [np.searchsorted(wide_rows, rows + d) for d in (0, 1)]

    def pick(array, dr, dc):
        return np.take(np.take(array, r[dr], axis=0), c[dc], axis=1).astype(np.float64)

    def glacier_terminus(ground, index):
        """Terminus index that gives glaciers GLACIER_SHARE of the scene, and where ice can lie."""
        centre = pick(ground.elevation, 0, 0)
        east = (pick(ground.elevation, 0, 1) - centre) / spec.pixel_size
        north = (centre - pick(ground.elevation, 1, 0)) / spec.pixel_size
        can_hold_ice = np.hypot(east, north) < math.tan(math.radians(MAX_ICE_SLOPE_DEG))
        if not can_hold_ice.any():
            return float(index.max()), can_hold_ice
        share = min(GLACIER_SHARE / can_hold_ice.mean(), 1.0)
        return float(np.quantile(index[can_hold_ice], 1.0 - share)), can_hold_ice

    # Pass 1 on bare rock finds the valley offset and a first terminus; pass 2 on the DEM with its ice
    # surface (smoother, so more ground can hold ice) settles the terminus.
    ground = terrain(wide_cols, wide_rows, spec.pixel_size, spec.seed)
    valley_offset = -float(np.mean(pick(ground.valley, 0, 0)))
    index = pick(ground.index, 0, 0) + VALLEY_WEIGHT * valley_offset
    surface_terminus, _ = glacier_terminus(ground, index)
    del ground
    ground = terrain(wide_cols, wide_rows, spec.pixel_size, spec.seed, valley_offset, surface_terminus)
    terminus, can_hold_ice = glacier_terminus(ground, index)
    elevation = pick(ground.elevation, 0, 0)
    glacier = can_hold_ice & (index > terminus)
    if glacier.any():
        snow_line = float(np.quantile(elevation[glacier], 1.0 - ACCUMULATION_SHARE))
        debris_line = float(np.quantile(index[glacier], DEBRIS_SHARE))
    else:
        snow_line = debris_line = terminus
    treeline = float(np.quantile(elevation, VEGETATION_SHARE))
    years = spec.years_later
    return Levels(valley_offset=valley_offset,
                  ice_surface_terminus=surface_terminus,
                  first_terminus=terminus,
                  terminus=terminus + TERMINUS_RISE_M * years,
                  snow_line=snow_line + SNOW_LINE_RISE_M * years,
                  debris_line=debris_line + TERMINUS_RISE_M * years,
                  lake_floor=terminus - LAKE_BAND_M,
                  treeline=treeline,
                  lake_band=BasinBand(floor=terminus - LAKE_BASIN_BELOW_M, top=terminus + LAKE_BASIN_ABOVE_M))
