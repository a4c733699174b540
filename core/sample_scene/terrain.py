"""The sample scene's terrain: a fractal DEM evaluated for any block of pixels.

Elevation is a pure function of the global pixel position (see noise.py), so a block and its halo can be
computed anywhere in the scene without the rest of it.
"""
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from . import noise
from .lakes import LAKE_SLOPE_DEG, MIN_VALLEY_M, BasinBand, basins, flatten

# Elevation model (metres): a regional massif plus a ridged multifractal (sharp crests, rounded valley
# heads; Musgrave's model of eroded mountains). Its first octaves make the smooth relief that places
# glaciers, the others the rough detail that glaciers smooth over; river channels follow the zero lines
# of a separate noise field.
BASE_M = 3300.0
MASSIF_M = 2000.0
MASSIF_WAVELENGTH_M = 30000.0
RIDGE_M = 2600.0
RIDGE_WAVELENGTH_M = 6500.0
RIDGE_OCTAVES = 8
RIDGE_GAIN = 0.43
RIDGE_LACUNARITY = 2.07
RIDGE_MIN_WEIGHT = 0.2  # keeps some detail in the valleys
BROAD_OCTAVES = 1  # the relief that valleys are measured against
SMOOTH_OCTAVES = 3  # the relief glaciers follow
# Glacier index = smooth elevation + VALLEY_WEIGHT x depth of the broad valley: ice reaches lower in valleys.
VALLEY_WEIGHT = 1.8
ICE_RAMP_M = 60.0  # glacier-index range over which the ice surface smooths the rough detail
ICE_SMOOTHING = 0.8
CHANNEL_WAVELENGTH_M = 6000.0
CHANNEL_DEPTH_M = 25.0
CHANNEL_HALF_WIDTH_M = 90.0
CHANNEL_MIN_VALLEY_M = 40.0  # channels are cut only into valleys
TERRAIN_CHUNK_PIXELS = 2 ** 19  # pixels computed at once: bounds the memory of the intermediate arrays
# Hard bounds of the DEM: they bound the length of cast shadows, hence the halo a block needs.
MIN_ELEVATION_M = 1500.0
MAX_ELEVATION_M = 7300.0


@dataclass
class TerrainBlock:
    """Terrain on a grid of pixels (arrays [rows, cols], float32, metres)."""
    elevation: np.ndarray  # the DEM: rock, or the smoother ice surface on glaciers
    index: np.ndarray  # glacier index: smooth elevation raised in broad valleys
    valley: np.ndarray  # depth of the smooth relief below the broad relief (negative on ridges)
    channel: np.ndarray  # distance to the nearest river channel axis
    basin_reach: Optional[np.ndarray] = None  # lakes.Basins.reach, with a basin band
    glacier: Optional[np.ndarray] = None  # bool: glaciers given by outlines (real terrain); None: by the index


def _ridged(cols, rows, pixel_size, seed):
    """Ridged multifractal (0..1) with its partial sums after BROAD_OCTAVES and SMOOTH_OCTAVES."""
    field_key = noise.key(seed, "ridges")
    total = weight = None
    partial = {}
    amplitude, length = 1.0, RIDGE_WAVELENGTH_M
    norm = sum(RIDGE_GAIN ** k for k in range(RIDGE_OCTAVES))
    for octave in range(RIDGE_OCTAVES):
        xs = noise.lattice_coords(cols, pixel_size, length, 0.37 * octave)
        ys = noise.lattice_coords(rows, pixel_size, length, 0.71 * octave)
        signal = np.float32(1.0) - np.abs(noise.gradient_noise(xs, ys, (field_key + octave) & 0xFFFFFFFF))
        np.clip(signal, 0.0, 1.0, out=signal)
        signal *= signal
        if weight is not None:
            signal *= weight
        weight = np.clip(signal * np.float32(2.0) + np.float32(RIDGE_MIN_WEIGHT), 0.0, 1.0)
        signal *= np.float32(amplitude / norm)
        if total is None:
            total = signal
        else:
            total += signal
        if octave + 1 in (BROAD_OCTAVES, SMOOTH_OCTAVES):
            partial[octave + 1] = total.copy()
        amplitude *= RIDGE_GAIN
        length /= RIDGE_LACUNARITY
    return total, partial[BROAD_OCTAVES], partial[SMOOTH_OCTAVES]


def _with_neighbours(pixels):
    """Sorted union of pixels and their two neighbours, with the positions of pixel-1, pixel, pixel+1 in it."""
    union = np.unique(np.concatenate([pixels - 1, pixels, pixels + 1]))
    return union, tuple(np.searchsorted(union, pixels + d) for d in (-1, 0, 1))


def _zero_line_distance(cols, rows, pixel_size, seed, name, wavelength):
    """Distance in metres to the zero line of a noise field: |n| / |grad n| (central differences)."""
    wide_cols, (west, col, east) = _with_neighbours(cols)
    wide_rows, (north, row, south) = _with_neighbours(rows)
    xs = noise.lattice_coords(wide_cols, pixel_size, wavelength, 0.23)
    ys = noise.lattice_coords(wide_rows, pixel_size, wavelength, 0.61)
    field = noise.gradient_noise(xs, ys, noise.key(seed, name))
    centre_rows = np.take(field, row, axis=0)
    gx = np.take(centre_rows, east, axis=1) - np.take(centre_rows, west, axis=1)
    gy = np.take(field, south, axis=0)[:, col] - np.take(field, north, axis=0)[:, col]
    gradient = np.sqrt(gx * gx + gy * gy)
    gradient *= np.float32(0.5 / pixel_size)
    np.maximum(gradient, np.float32(1e-9), out=gradient)
    return np.abs(np.take(centre_rows, col, axis=1)) / gradient


def _relief(partial_sum, massif):
    # x^1.5 widens valleys and sharpens crests (sqrt keeps it exact on every platform, unlike pow).
    relief = partial_sum * np.sqrt(partial_sum)
    relief *= np.float32(RIDGE_M)
    relief += massif
    return relief


def terrain(cols: np.ndarray, rows: np.ndarray, pixel_size: float, seed: int, valley_offset: float = 0.0,
            terminus: Optional[float] = None, lake_band: Optional[BasinBand] = None) -> TerrainBlock:
    """Terrain on the grid of global pixel rows ``rows`` x columns ``cols`` (sorted index arrays).

    ``valley_offset`` (mean smooth minus broad relief over the scene) makes valley depths comparable; with
    a ``terminus`` glacier index the DEM carries the smoother ice surface on glaciers, and with a
    ``lake_band`` the level lake basins of lakes.py. Computed a few rows at a time: every value depends on
    its own pixel (and its basin's centre) only, and the many intermediate arrays stay small.
    """
    cols = np.asarray(cols)
    rows = np.asarray(rows)
    shape = (len(rows), len(cols))
    names = ["elevation", "index", "valley", "channel"] + (["basin_reach"] if lake_band else [])
    result = TerrainBlock(*(np.empty(shape, np.float32) for _ in names))
    chunk = max(1, TERRAIN_CHUNK_PIXELS // max(len(cols), 1))
    for start in range(0, len(rows), chunk):
        part = _terrain_rows(cols, rows[start:start + chunk], pixel_size, seed, valley_offset, terminus, lake_band)
        for name in names:
            getattr(result, name)[start:start + chunk] = getattr(part, name)
    return result


def _terrain_rows(cols, rows, pixel_size, seed, valley_offset, terminus, lake_band=None):
    massif = noise.fbm(cols, rows, pixel_size, noise.key(seed, "massif"), MASSIF_WAVELENGTH_M, 3)
    massif *= np.float32(MASSIF_M)
    massif += np.float32(BASE_M)
    total, broad, smooth = _ridged(cols, rows, pixel_size, seed)
    detail = total - smooth
    detail *= np.float32(RIDGE_M)  # rough detail, linear so that ice can damp it
    del total
    smooth = _relief(smooth, massif)
    valley = _relief(broad, massif)
    del massif, broad
    valley += np.float32(valley_offset)
    valley -= smooth
    index = valley * np.float32(VALLEY_WEIGHT)
    index += smooth
    if terminus is not None:
        ice = (index - np.float32(terminus)) * np.float32(1.0 / ICE_RAMP_M)
        np.clip(ice, 0.0, 1.0, out=ice)
        ice *= np.float32(-ICE_SMOOTHING)
        ice += np.float32(1.0)
        detail *= ice
        del ice
    elevation = smooth
    elevation += detail
    del detail
    channel = _zero_line_distance(cols, rows, pixel_size, seed, "channels", CHANNEL_WAVELENGTH_M)
    # U-shaped channel, cut only where the relief forms a valley.
    cut = np.clip(np.float32(1.0) - (channel * np.float32(1.0 / CHANNEL_HALF_WIDTH_M)) ** 2, 0.0, 1.0)
    cut *= np.clip(valley * np.float32(1.0 / CHANNEL_MIN_VALLEY_M), 0.0, 1.0)
    cut *= np.float32(CHANNEL_DEPTH_M)
    elevation -= cut
    del cut
    np.clip(elevation, MIN_ELEVATION_M, MAX_ELEVATION_M, out=elevation)
    if lake_band is None:
        return TerrainBlock(elevation, index, valley, channel)

    def centre_terrain(centre_cols, centre_rows):
        # The candidates and their four neighbours, for the slope the basin would cut into.
        wide_cols, (west, col, east) = _with_neighbours(centre_cols)
        wide_rows, (north, row, south) = _with_neighbours(centre_rows)
        ground = _terrain_rows(wide_cols, wide_rows, pixel_size, seed, valley_offset, terminus)
        at = np.ix_(row, col)
        gx = ground.elevation[np.ix_(row, east)] - ground.elevation[np.ix_(row, west)]
        gy = ground.elevation[np.ix_(south, col)] - ground.elevation[np.ix_(north, col)]
        slope = np.hypot(gx, gy) * np.float32(0.5 / pixel_size)
        index = ground.index[at]
        suitable = (index >= np.float32(lake_band.floor)) & (index < np.float32(lake_band.top)) & (
            ground.valley[at] > np.float32(MIN_VALLEY_M)) & (slope < np.float32(math.tan(math.radians(LAKE_SLOPE_DEG))))
        return ground.elevation[at], suitable

    found, level, blend = basins(cols, rows, pixel_size, seed, centre_terrain)
    flatten(elevation, level, blend)
    return TerrainBlock(elevation, index, valley, channel, found.reach)
