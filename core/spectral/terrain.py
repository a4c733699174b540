"""Terrain tests from a DEM on the scene grid: steep slopes, self-shadow and cast shadow, block by block.

The DEM is read through core.geo.dem_grid.raster_on_grid (a VRT that resamples onto the scene grid on
reading), one strip at a time. Cast shadow: from each pixel, march towards the sun one pixel at a time;
the pixel is shadowed when the terrain rises above the ray to the sun (Corripio 2003's test, on the
pixel grid). The march needs at most max relief / tan(sun elevation) metres of terrain on the sun side,
so each strip is read with that halo and memory follows the relief, not the scene; a halo above
MAX_HALO_PIXELS is cut there (a warning says so). Self-shadow: slopes facing away from the sun, where the
cosine of the local incidence angle (Horn slope and aspect) is 0 or less.

Output: UInt8 bit flags, 1 steep (slope above the lake limit), 2 self-shadow, 4 cast shadow, 0 none,
255 no DEM.
"""
import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Callable, List, Optional, Tuple

import numpy as np

from ..errors import Cancelled, InputError
from ..geo.dem_grid import horn_slope_aspect, raster_on_grid
from ..io.raster import BandReader, RasterWriter, expand_window, raster_info, release_blocks, windows
from ..messages import translate

STEEP, SELF_SHADOW, CAST_SHADOW = 1, 2, 4
TERRAIN_NODATA = 255
MAX_HALO_PIXELS = 2000
# Lake surfaces are level; on 30 m DEMs (SRTM, Copernicus) they read a few degrees at most. Glacial-lake
# inventories drop candidate water on slopes steeper than about 10-20 degrees: 10 here.
MAX_LAKE_SLOPE = 10.0


@dataclass
class TerrainOptions:
    max_lake_slope_deg: float = MAX_LAKE_SLOPE
    sun_azimuth: Optional[float] = None  # degrees clockwise from north; None: the scene's
    sun_elevation: Optional[float] = None  # degrees above the horizon; None: the scene's


@dataclass
class TerrainResult:
    path: str
    sun: Optional[Tuple[float, float]]  # (azimuth, elevation) used; None: shadows not computed
    halo_pixels: int
    steep_pixels: int = 0
    self_shadow_pixels: int = 0
    cast_shadow_pixels: int = 0
    warnings: List[str] = field(default_factory=list)


def solar_position(when: datetime, latitude: float, longitude: float) -> Tuple[float, float]:
    """(azimuth clockwise from north, elevation) of the sun in degrees, NOAA's low-precision formulae
    (Spencer's declination and equation of time; about 0.5 degree). ``when``: UTC (naive = UTC)."""
    if when.tzinfo is not None:
        when = when.astimezone(timezone.utc).replace(tzinfo=None)
    day = when.timetuple().tm_yday
    hours = when.hour + when.minute / 60 + when.second / 3600
    g = 2 * math.pi / 365 * (day - 1 + (hours - 12) / 24)
    eot = 229.18 * (0.000075 + 0.001868 * math.cos(g) - 0.032077 * math.sin(g) - 0.014615 * math.cos(2 * g)
                    - 0.040849 * math.sin(2 * g))
    decl = (0.006918 - 0.399912 * math.cos(g) + 0.070257 * math.sin(g) - 0.006758 * math.cos(2 * g)
            + 0.000907 * math.sin(2 * g) - 0.002697 * math.cos(3 * g) + 0.00148 * math.sin(3 * g))
    hour_angle = math.radians((hours * 60 + eot + 4 * longitude) / 4 - 180)
    lat = math.radians(latitude)
    cos_zenith = math.sin(lat) * math.sin(decl) + math.cos(lat) * math.cos(decl) * math.cos(hour_angle)
    zenith = math.acos(max(-1.0, min(1.0, cos_zenith)))
    azimuth = math.degrees(math.atan2(math.sin(hour_angle),
                                      math.cos(hour_angle) * math.sin(lat) - math.tan(decl) * math.cos(lat)))
    return (azimuth + 180) % 360, 90 - math.degrees(zenith)


def sun_angles(scene: Any, options: TerrainOptions) -> Tuple[Optional[Tuple[float, float]], List[str]]:
    """The sun position to use: the options' angles override the scene's; None with a warning if unknown."""
    azimuth = options.sun_azimuth if options.sun_azimuth is not None else getattr(scene, "sun_azimuth", None)
    elevation = options.sun_elevation if options.sun_elevation is not None else getattr(scene, "sun_elevation", None)
    if azimuth is None or elevation is None:
        return None, [translate("GlacierMapperCore", "The sun position is not known (not in the scene's metadata, not "
                                "given): cast and self-shadow were not computed; only the slope test was applied.")]
    if not (math.isfinite(azimuth) and math.isfinite(elevation) and 0 < elevation <= 90):
        raise InputError(translate("GlacierMapperCore", "The sun elevation {elevation} must be above 0 and at most 90 "
                                   "degrees.").format(elevation=elevation))
    return (float(azimuth) % 360, float(elevation)), []


def _relief(reader: BandReader, strips: list) -> float:
    low, high = math.inf, -math.inf
    for window in strips:
        data, valid = reader.read(window)
        if valid.any():
            low, high = min(low, float(data[0][valid].min())), max(high, float(data[0][valid].max()))
        release_blocks(reader)
    return high - low if high >= low else 0.0


def _cast_shadow(z: np.ndarray, inner: Tuple[slice, slice], halo: int, sun: Tuple[float, float],
                 pixel: Tuple[float, float]) -> np.ndarray:
    """Cast shadow of the ``inner`` cells of ``z`` (NaN = unknown): the terrain towards the sun rises above
    the ray from the cell to the sun within ``halo`` pixels."""
    padded = np.pad(z, halo, constant_values=np.nan)
    rows, cols = slice(inner[0].start + halo, inner[0].stop + halo), slice(inner[1].start + halo, inner[1].stop + halo)
    base = padded[rows, cols]
    azimuth, elevation = math.radians(sun[0]), math.radians(sun[1])
    rise = math.tan(elevation)
    shadow = np.zeros(base.shape, bool)
    seen = set()
    for k in range(1, halo + 1):
        dr, dc = int(round(-k * math.cos(azimuth))), int(round(k * math.sin(azimuth)))
        if (dr, dc) in seen:
            continue
        seen.add((dr, dc))
        ahead = padded[rows.start + dr:rows.stop + dr, cols.start + dc:cols.stop + dc]
        with np.errstate(invalid="ignore"):
            shadow |= ahead > base + math.hypot(dc * pixel[0], dr * pixel[1]) * rise
    return shadow


def _window_flags(z: np.ndarray, inner: Tuple[slice, slice], halo: int, sun: Optional[Tuple[float, float]],
                  pixel: Tuple[float, float], max_slope: float) -> np.ndarray:
    core = z[inner]
    h, w = core.shape
    # Horn needs one cell of neighbours round the inner cells: cut them out of the halo'd strip (NaN beyond)
    ring = np.pad(z, 1, constant_values=np.nan)[inner[0].start:inner[0].stop + 2, inner[1].start:inner[1].stop + 2]
    rows, cols = np.indices((h, w))
    slope, aspect = horn_slope_aspect(ring, rows.ravel(), cols.ravel(), pixel[0], pixel[1])
    slope, aspect = slope.reshape(h, w), aspect.reshape(h, w)
    flags = np.zeros((h, w), np.uint8)
    with np.errstate(invalid="ignore"):
        flags[slope > max_slope] |= STEEP
        if sun is not None:
            zenith, azimuth = math.radians(90 - sun[1]), math.radians(sun[0])
            s = np.radians(slope)
            incidence = math.cos(zenith) * np.cos(s) + math.sin(zenith) * np.sin(s) * np.cos(
                azimuth - np.radians(aspect))
            flags[incidence <= 0] |= SELF_SHADOW
            flags[_cast_shadow(z, inner, halo, sun, pixel)] |= CAST_SHADOW
    flags[~np.isfinite(core)] = TERRAIN_NODATA
    return flags


def terrain_mask(dem_path: str, scene: Any, out_path: str, options: Optional[TerrainOptions] = None,
                 work_dir: Optional[str] = None, progress: Optional[Callable[[float], None]] = None,
                 is_cancelled: Optional[Callable[[], bool]] = None, window_rows: Optional[int] = None
                 ) -> TerrainResult:
    """Write the terrain flags of ``dem_path`` on the grid of ``scene`` (a Scene or RasterInfo) to
    ``out_path``. Raises InputError for a DEM without CRS or off the scene."""
    options = options or TerrainOptions()
    if not (math.isfinite(options.max_lake_slope_deg) and 0 < options.max_lake_slope_deg <= 90):
        raise InputError(translate("GlacierMapperCore", "The maximum lake slope {max_lake_slope_deg} must be between 0 "
                                   "and 90 degrees.").format(max_lake_slope_deg=options.max_lake_slope_deg))
    like = raster_info(scene.path) if hasattr(scene, "path") else scene
    work_dir = work_dir or os.path.dirname(os.path.abspath(out_path))
    grid_path, warnings = raster_on_grid(dem_path, like, work_dir, "DEM")
    sun, sun_warnings = sun_angles(scene, options)
    warnings += sun_warnings
    size = getattr(scene, "pixel_size_m", None) or like.pixel_size
    pixel = (float(size[0]), float(size[1]))
    reader = BandReader(grid_path, [1])
    writer = None
    try:
        strips = (windows(like.width, like.height, window_rows * like.width, window_rows) if window_rows
                  else windows(like.width, like.height))
        halo = 1
        if sun is not None:
            reach = _relief(reader, strips) / math.tan(math.radians(sun[1]))
            halo = max(1, math.ceil(reach / min(pixel)) + 1)
            if halo > MAX_HALO_PIXELS:
                warnings.append(translate("GlacierMapperCore", "Cast shadows longer than {max_halo_pixels} pixels were "
                                          "cut there (low sun over high "
                                          "relief).").format(max_halo_pixels=MAX_HALO_PIXELS))
                halo = MAX_HALO_PIXELS
        result = TerrainResult(out_path, sun, halo, warnings=warnings)
        writer = RasterWriter(out_path, like, data_type="Byte", nodata=TERRAIN_NODATA)
        for number, window in enumerate(strips):
            if is_cancelled and is_cancelled():
                raise Cancelled(translate("GlacierMapperCore", "Cancelled while computing the terrain flags."))
            grown, inner = expand_window(window, halo, like.width, like.height)
            data, valid = reader.read(grown)
            z = np.where(valid, data[0], np.nan).astype(np.float32)
            flags = _window_flags(z, inner, halo, sun, pixel, options.max_lake_slope_deg)
            known = flags != TERRAIN_NODATA
            result.steep_pixels += int((known & (flags & STEEP > 0)).sum())
            result.self_shadow_pixels += int((known & (flags & SELF_SHADOW > 0)).sum())
            result.cast_shadow_pixels += int((known & (flags & CAST_SHADOW > 0)).sum())
            writer.write(window, flags)
            release_blocks(reader, writer)
            if progress:
                progress((number + 1) / len(strips))
        writer.set_metadata({"GLACIERMAPPER_TERRAIN_VALUES": "bit flags: 1 steep, 2 self-shadow, 4 cast shadow; "
                             "255 no DEM", "GLACIERMAPPER_SUN": "unknown" if sun is None else
                             f"azimuth {sun[0]:.2f}, elevation {sun[1]:.2f}",
                             "GLACIERMAPPER_MAX_LAKE_SLOPE": f"{options.max_lake_slope_deg:g}"})
        writer.commit()
        return result
    except BaseException:
        if writer is not None:
            writer.abort()
        raise
    finally:
        reader.close()


def terrain_tests(values: np.ndarray, known: np.ndarray) -> dict:
    """{'steep': ..., 'terrain_shadow': ...} boolean arrays from a block of terrain flags (255: no DEM)."""
    flags = values.astype(np.int64)
    known = known & (flags != TERRAIN_NODATA)
    return {"steep": known & (flags & STEEP > 0), "terrain_shadow": known & (flags & (SELF_SHADOW | CAST_SHADOW) > 0)}


def count_in_terrain_shadow(mask_path: str, terrain_path: str, value: int = 1) -> int:
    """Pixels of ``mask_path`` equal to ``value`` that the terrain flags put in cast or self-shadow."""
    masks, terrain = BandReader(mask_path, [1]), BandReader(terrain_path, [1])
    try:
        like = raster_info(mask_path)
        total = 0
        for window in windows(like.width, like.height):
            mask, mask_known = masks.read(window)
            flags, known = terrain.read(window)
            total += int((mask_known & (mask[0] == value) & terrain_tests(flags[0], known)["terrain_shadow"]).sum())
            release_blocks(masks, terrain)
        return total
    finally:
        masks.close()
        terrain.close()
