"""Proglacial lake basins of the sample scene: level water surfaces with gentle shores.

Real DEMs (SRTM, Copernicus) are flat on lakes, and lake mappers drop water on slopes. So each lake fills a
basin whose surface in the DEM is one level: the terrain is flattened to that level over the water and a flat
beach around it, then blends back into the terrain over a shore. A coarse lattice of cells holds at most one
basin each, centred on suitable ground (near the glacier termini, on a valley floor or flat) among a few jittered
candidates of the cell; of two basins whose shores would meet, the one of lower random priority is dropped,
so shores never overlap and the DEM stays continuous. Whether a cell has a basin, its level and radius depend
on the terrain at the candidates of that cell and its neighbours only, so any block (and its halo) finds the
same basins without the rest of the scene.
"""
import math
from dataclasses import dataclass
from typing import Callable, Tuple

import numpy as np

from . import noise

CANDIDATES = 2  # per cell and axis: the centre is the first of them, in a random order, on suitable ground
MIN_RADIUS_M = 140.0
MAX_RADIUS_M = 280.0
SHAPE_AMPLITUDE = 0.25  # the water's edge wanders by this share of the radius
SHAPE_WAVELENGTH_M = 500.0
BEACH_M = 60.0  # flat ground around the water: a 3 x 3 slope kernel on the shore sees the level only
SHORE_M = 150.0  # from the beach back to the untouched terrain
MIN_VALLEY_M = 50.0  # fractal terrain: basins only in valleys at least this deep
LAKE_SLOPE_DEG = 30.0  # and on ground no steeper than this, so the basin cuts little into slopes
# Water fills a growing share of its basin's radius, the rest of the flat being an outwash plain: lakes at
# termini grow, in the same DEM, as meltwater and retreat deepen them.
WATER_START = 0.75
WATER_FULL_YEARS = 25


@dataclass(frozen=True)
class BasinBand:
    """Glacier-index range of basin centres of the fractal terrain about the first termini: water fills the part
    the ice has left, so lakes touch the ice, and grow as it retreats further."""
    floor: float
    top: float


@dataclass
class Basins:
    """Basins of a block (arrays [rows, cols], float32)."""
    reach: np.ndarray  # distance to the basin's centre over its radius: < water_extent() is water; inf without one


def water_extent(years_later: int) -> float:
    """Share of a basin's radius under water ``years_later`` years after the first date."""
    return WATER_START + (1.0 - WATER_START) * min(max(years_later, 0) / WATER_FULL_YEARS, 1.0)


def max_reach_m() -> float:
    """Farthest a basin's shore reaches from its centre."""
    return MAX_RADIUS_M * (1.0 + SHAPE_AMPLITUDE) + BEACH_M + SHORE_M


def cell_pixels(pixel_size: float) -> int:
    """Side of a basin cell in pixels: no less than a shore's reach, so a pixel's basin lies in its own cell
    or one of the eight around it."""
    return int(math.ceil(max_reach_m() / pixel_size)) + 1


def _candidates(cells: np.ndarray, size: int, seed: int, axis: str) -> np.ndarray:
    """Pixels of each cell's candidate centres along one axis, [cells x CANDIDATES], increasing: one in each
    CANDIDATES-th of the cell, jittered per cell, slot and axis (so candidates form a grid)."""
    slots = np.arange(CANDIDATES)
    h = noise.hash2(cells[:, None], slots[None, :], noise.key(seed, f"lake-centre-{axis}"))
    share = (slots[None, :] + (h & np.uint32(0xFFFF)).astype(np.float64) / 65536.0) / CANDIDATES
    return cells[:, None] * size + np.floor(share * size).astype(np.int64)


def _cell_basins(cell_cols, cell_rows, size, pixel_size, seed, centre_terrain):
    """(present, centre col, centre row, level) per cell [cell rows, cell cols] of the given cell ranges."""
    across, down = _candidates(cell_cols, size, seed, "x"), _candidates(cell_rows, size, seed, "y")
    elevation, suitable = centre_terrain(across.ravel(), down.ravel())
    # A random order of the candidates; unsuitable ones come last (0).
    order = noise.hash2(across.ravel()[None, :], down.ravel()[:, None], noise.key(seed, "lake-order"))
    order = (order >> np.uint32(8)).astype(np.int64) + 1
    order[~suitable] = 0
    shape = (len(cell_rows), CANDIDATES, len(cell_cols), CANDIDATES)
    per_cell = order.reshape(shape).transpose(0, 2, 1, 3).reshape(len(cell_rows), len(cell_cols), -1)
    choice = np.argmax(per_cell, axis=2)
    best = np.take_along_axis(per_cell, choice[..., None], axis=2)[..., 0]
    pick_row, pick_col = np.divmod(choice, CANDIDATES)
    grid_rows = np.arange(len(cell_rows))[:, None] * CANDIDATES + pick_row
    grid_cols = np.arange(len(cell_cols))[None, :] * CANDIDATES + pick_col
    centre_cols = across.ravel()[grid_cols]
    centre_rows = down.ravel()[grid_rows]
    level = elevation[grid_rows, grid_cols].astype(np.float32)
    # Unique priorities (ties broken by the cell), so of two basins too close exactly one gives way.
    priority = np.where(best > 0, best * 4096 + (cell_rows[:, None] % 64) * 64 + cell_cols[None, :] % 64, 0)
    present = priority > 0
    kept = present.copy()
    closest = 2.0 * max_reach_m()
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == dc == 0:
                continue
            # Neighbour (r + dr, c + dc) of cell (r, c), on the inner cells only (edges are cut below).
            inner = (slice(1, -1), slice(1, -1))
            other = (slice(1 + dr, len(cell_rows) - 1 + dr), slice(1 + dc, len(cell_cols) - 1 + dc))
            gap = np.hypot((centre_cols[inner] - centre_cols[other]).astype(np.float64),
                           (centre_rows[inner] - centre_rows[other]).astype(np.float64))
            wins = present[other] & (priority[other] > priority[inner]) & (gap * pixel_size < closest)
            kept[inner] &= ~wins
    edge = (slice(1, -1), slice(1, -1))
    return kept[edge], centre_cols[edge], centre_rows[edge], level[edge]


def basins(cols: np.ndarray, rows: np.ndarray, pixel_size: float, seed: int,
           centre_terrain: Callable[[np.ndarray, np.ndarray], Tuple[np.ndarray, np.ndarray]]
           ) -> Tuple[Basins, np.ndarray, np.ndarray]:
    """Basins on the grid ``rows`` x ``cols``, the level of each pixel's basin (NaN outside basins and their
    shores) and the shore blend (0 on the water and beach .. 1 on the untouched terrain), for flatten().

    ``centre_terrain(cols, rows)`` gives the unflattened elevation on a grid (the level of a basin centred
    there) and whether the ground there suits a basin; it is called once, on the grid of the candidate centres.
    """
    size = cell_pixels(pixel_size)
    # The block's cells, one more on each side (a pixel's basin may lie there) and one more again (their
    # neighbours decide whether they keep their basin).
    first_col, first_row = cols[0] // size - 1, rows[0] // size - 1
    cell_cols = np.arange(first_col - 1, cols[-1] // size + 3)
    cell_rows = np.arange(first_row - 1, rows[-1] // size + 3)
    present, centre_cols, centre_rows, level = _cell_basins(cell_cols, cell_rows, size, pixel_size, seed,
                                                              centre_terrain)
    h = noise.hash2(cell_cols[1:-1][None, :], cell_rows[1:-1][:, None], noise.key(seed, "lake-radius"))
    radius = MIN_RADIUS_M + (MAX_RADIUS_M - MIN_RADIUS_M) * (h & np.uint32(0xFFFF)).astype(np.float32) / 65535.0
    shape = (len(rows), len(cols))
    wander = noise.fbm(cols, rows, pixel_size, noise.key(seed, "lake-shape"), SHAPE_WAVELENGTH_M, 2)
    np.clip(wander, -1.0, 1.0, out=wander)  # bounds the basin's reach (max_reach_m)
    wander *= np.float32(SHAPE_AMPLITUDE)
    wander += np.float32(1.0)
    reach = np.full(shape, np.inf, np.float32)
    pixel_level = np.full(shape, np.nan, np.float32)
    blend = np.ones(shape, np.float32)
    own_col = cols // size - first_col
    own_row = rows // size - first_row
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            at_row, at_col = (own_row + dr)[:, None], (own_col + dc)[None, :]
            here = present[at_row, at_col]
            if not here.any():
                continue
            dx = (cols[None, :] - centre_cols[at_row, at_col]).astype(np.float32)
            dy = (rows[:, None] - centre_rows[at_row, at_col]).astype(np.float32)
            distance = np.sqrt(dx * dx + dy * dy)
            distance *= np.float32(pixel_size)
            del dx, dy
            edge = wander * radius[at_row, at_col]
            near = here & (distance < np.float32(max_reach_m()))
            # Shore blend 0 on the beach .. 1 on the untouched terrain, smooth at both ends.
            t = np.clip((distance - edge - np.float32(BEACH_M)) * np.float32(1.0 / SHORE_M), 0.0, 1.0)
            t = t * t * (np.float32(3.0) - np.float32(2.0) * t)
            # Shores of kept basins never overlap: a pixel is near one basin at most.
            reach[near] = (distance / edge)[near]
            blend[near] = t[near]
            pixel_level[near] = np.broadcast_to(level[at_row, at_col], shape)[near]
    pixel_level[blend >= np.float32(1.0)] = np.nan
    return Basins(reach=reach), pixel_level, blend


def flatten(elevation: np.ndarray, level: np.ndarray, blend: np.ndarray) -> None:
    """Flatten ``elevation`` in place to the basins' levels, blending back to the terrain over the shores."""
    inside = ~np.isnan(level)
    lowered = elevation[inside] - level[inside]
    lowered *= blend[inside]
    lowered += level[inside]
    elevation[inside] = lowered
