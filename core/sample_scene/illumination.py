"""Light on the sample scene: sun geometry, slopes, cast shadows from a DEM, clouds and their shadows."""
import math
from dataclasses import dataclass
from typing import Any, Tuple

import numpy as np

from . import noise
from .levels import SceneSpec
from .terrain import MAX_ELEVATION_M, MIN_ELEVATION_M

# Clouds: the noise level above which they start, and the height that sets how far their shadows fall.
CLOUD_THRESHOLD = 0.18
CLOUD_HEIGHT_M = 2500.0


def shadow_reach_px(pixel_size: float, sun_elevation: float, relief_m: float = MAX_ELEVATION_M - MIN_ELEVATION_M
                    ) -> int:
    """Longest possible cast shadow in pixels: the DEM's full relief seen at the sun's elevation."""
    return int(math.ceil(relief_m / math.tan(math.radians(sun_elevation)) / pixel_size)) + 2


def sun_vector(sun_azimuth: float, sun_elevation: float) -> Tuple[float, float, float]:
    """Unit vector towards the sun in (east, north, up)."""
    az, el = math.radians(sun_azimuth), math.radians(sun_elevation)
    return math.sin(az) * math.cos(el), math.cos(az) * math.cos(el), math.sin(el)


def gradients(elevation: np.ndarray, pixel_size: float) -> Tuple[np.ndarray, np.ndarray]:
    """Slope components dz/d(east) and dz/d(north) of the interior of an array with a one-pixel margin."""
    east = (elevation[1:-1, 2:] - elevation[1:-1, :-2]) * np.float32(0.5 / pixel_size)
    north = (elevation[:-2, 1:-1] - elevation[2:, 1:-1]) * np.float32(0.5 / pixel_size)  # rows run south
    return east, north


def cast_shadow(elevation: np.ndarray, pixel_size: float, sun_azimuth: float, sun_elevation: float, first_row: int,
                first_col: int) -> np.ndarray:
    """Cast-shadow mask of ``elevation``: True where terrain towards the sun rises above the sun's ray.

    Sweeps the array from the sun's side, one row (or column, for a sun nearer east or west) at a time,
    carrying the highest ray that grazes the terrain, lowered by the sun's slope per step. Rays follow
    integer pixel paths fixed by global row/column numbers (``first_row``/``first_col`` of the array), so
    a pixel gets the same answer in any block; pixels closer to the array's sun-side edge than
    shadow_reach_px() miss casters outside it, so callers pad the array by that much.
    """
    east, north, _ = sun_vector(sun_azimuth, sun_elevation)
    step_row, step_col = -north, east  # towards the sun in array coordinates
    grid, first = elevation, first_row
    transposed = abs(step_col) > abs(step_row)
    if transposed:
        grid, first = np.ascontiguousarray(elevation.T), first_col
        step_row, step_col = step_col, step_row
    shift = step_col / abs(step_row)  # columns moved per row towards the sun
    drop = np.float32(math.tan(math.radians(sun_elevation)) * pixel_size * math.hypot(1.0, shift))
    lines, width = grid.shape
    towards_sun = 1 if step_row > 0 else -1
    order = range(lines - 1, -1, -1) if towards_sun > 0 else range(lines)
    lowest = np.float32(-1e9)
    shadow = np.zeros(grid.shape, dtype=bool)
    incoming = np.empty(width, dtype=np.float32)
    ray = None
    for line in order:
        current = grid[line]
        if ray is not None:
            # The ray reaching (line, c) comes from (line + towards_sun, c + offset) on a fixed global path.
            steps = towards_sun * (first + line)  # global count of steps towards the sun
            offset = math.floor((steps + 1) * shift) - math.floor(steps * shift)
            incoming.fill(lowest)
            if offset >= 0:
                incoming[:width - offset] = ray[offset:]
            else:
                incoming[-offset:] = ray[:width + offset]
            incoming -= drop
            shadow[line] = incoming > current
            np.maximum(current, incoming, out=ray)
        else:
            ray = current.copy()
    return shadow.T if transposed else shadow


def slope_tangent(east: np.ndarray, north: np.ndarray) -> np.ndarray:
    """tan(slope) from the slope components."""
    return np.sqrt(east * east + north * north)


@dataclass
class Light:
    """Light on a block of pixels."""
    direct: np.ndarray  # float32 direct-light factor (cos i / cos z), 0 in cast shadow
    sky: np.ndarray  # float32 share of the sky each pixel sees
    shade: np.ndarray  # float32 0 in full sun .. 1 in shadow
    shaded: np.ndarray  # bool: cast shadow or facing away from the sun
    cloud: Any  # float32 cloud opacity, or None without clouds


def illumination(spec: SceneSpec, cols: np.ndarray, rows: np.ndarray, east: np.ndarray, north: np.ndarray,
                 shadow: np.ndarray, water: np.ndarray) -> Light:
    """Direct light on the slope, sky view, cast and self shadow, clouds and their shadows."""
    sun_e, sun_n, sun_up = sun_vector(spec.sun_azimuth, spec.sun_elevation)
    inv_norm = slope_tangent(east, north)
    inv_norm *= inv_norm
    inv_norm += np.float32(1.0)
    np.sqrt(inv_norm, out=inv_norm)
    np.divide(np.float32(1.0), inv_norm, out=inv_norm)
    direct = east * np.float32(-sun_e)
    direct -= north * np.float32(sun_n)
    direct += np.float32(sun_up)
    direct *= inv_norm  # cos i
    shaded = shadow | (direct <= np.float32(0.0))
    np.clip(direct, 0.0, None, out=direct)
    direct *= np.float32(1.0 / sun_up)
    direct[shadow] = 0.0
    sky = inv_norm
    sky += np.float32(1.0)
    sky *= np.float32(0.5)
    # Water is flat whatever the DEM says: lit like flat ground unless in a cast shadow.
    direct[water] = np.where(shadow[water], np.float32(0.0), np.float32(1.0))
    sky[water] = 1.0
    # Shaded ground (little direct light) receives light from the sunlit slopes around it.
    shade = np.clip(np.float32(1.0) - np.float32(2.0) * direct, 0.0, 1.0)
    cloud = None
    if spec.clouds:
        cloud = _cloud_opacity(cols, rows, spec, 0.0, 0.0)
        # Cloud shadows fall away from the sun: the cloud over a point lies towards the sun.
        reach = CLOUD_HEIGHT_M / math.tan(math.radians(spec.sun_elevation)) / spec.pixel_size
        horizontal = math.hypot(sun_e, sun_n)
        cloud_shadow = _cloud_opacity(cols, rows, spec, sun_e * reach / horizontal, -sun_n * reach / horizontal)
        cloud_shadow *= np.float32(-0.85)
        cloud_shadow += np.float32(1.0)
        direct *= cloud_shadow
    return Light(direct, sky, shade, shaded, cloud)


def _cloud_opacity(cols, rows, spec, shift_cols, shift_rows):
    """Cloud opacity 0..1, different for each date; shifted by whole or fractional pixels for cloud shadows."""
    field = noise.fbm(np.asarray(cols) + shift_cols, np.asarray(rows) + shift_rows, spec.pixel_size,
                      noise.key(spec.seed, f"clouds@{spec.years_later}"), 6000.0, 6)
    field -= np.float32(CLOUD_THRESHOLD)
    field *= np.float32(1.0 / 0.15)
    np.clip(field, 0.0, 1.0, out=field)
    return field
