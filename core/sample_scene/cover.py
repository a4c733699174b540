"""Land cover of the sample scene: glaciers, snow, debris, lakes, rivers, vegetation and rock, and its class map.

Glaciers lie where the glacier index (smooth elevation, raised in valleys) is above the terminus level and
the ground is not too steep: snow above the snow line, bare ice below, debris on the lowest tongues.
Proglacial lakes fill level basins (lakes.py) on valley floors near the termini, turbid next to the ice; rivers run in
channels further down; vegetation grows below the tree line; the rest is rock.
"""
import math
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np

from . import noise, spectra
from .illumination import Light
from .lakes import Basins, water_extent
from .levels import MAX_ICE_SLOPE_DEG, Levels, SceneSpec

DEBRIS_RAMP_M = 40.0  # glacier-index range over which clean ice turns debris-covered
TREELINE_RAMP_M = 250.0
LAKE_WAVELENGTH_M = 1500.0  # of the turbidity pattern
RIVER_HALF_WIDTH_M = 24.0
RIVER_MIN_VALLEY_M = 50.0
# Each pixel mixes two of these surfaces (see surfaces()).
SURFACES = ("snow", "ice", "debris", "rock", "vegetation", "lake_clear", "lake_turbid")


def scene_field(cols: np.ndarray, rows: np.ndarray, spec: SceneSpec, name: str, wavelength: float,
                octaves: int) -> np.ndarray:
    """A named fBm field of the scene's seed, about -1..1; the same for every date of the scene."""
    return noise.fbm(cols, rows, spec.pixel_size, noise.key(spec.seed, name), wavelength, octaves)


@dataclass
class Cover:
    """Land cover of a block before illumination."""
    glacier: np.ndarray  # bool
    snow: np.ndarray  # bool: snow on glaciers and snow patches
    debris: np.ndarray  # float32 0..1 on glacier ice below the snow line, else 0
    lake: np.ndarray  # bool
    turbidity: np.ndarray  # float32 0..1 in lakes
    river: np.ndarray  # bool
    vegetation: np.ndarray  # float32 0..1 on ground that is neither ice, snow nor water


def land_cover(spec: SceneSpec, lv: Levels, cols: np.ndarray, rows: np.ndarray, elevation: np.ndarray,
               index: np.ndarray, valley: np.ndarray, channel: np.ndarray, slope_tan: np.ndarray,
               basins: Basins, outlines: Optional[np.ndarray] = None) -> Cover:
    """Cover of a block from its terrain (elevation, glacier index, valley depth, channel distance, slope,
    lake basins) and the scene's levels ``lv``; ``outlines`` (bool), where given, are the glaciers."""
    if outlines is not None:
        glacier = outlines
    else:
        glacier = (index > np.float32(lv.terminus)) & (
            slope_tan < np.float32(math.tan(math.radians(MAX_ICE_SLOPE_DEG))))
    snow_line = scene_field(cols, rows, spec, "snow-line", 1500.0, 3)
    snow_line *= np.float32(60.0)
    snow_line += np.float32(lv.snow_line)
    on_snow = elevation > snow_line
    del snow_line
    # Debris: 0 clean ice .. 1 debris-covered, rising below the debris line with patchy edges, on tongues
    # (which lie in valleys).
    debris = scene_field(cols, rows, spec, "debris", 800.0, 3)
    debris *= np.float32(1.2)
    debris += (np.float32(lv.debris_line) - index) * np.float32(1.0 / DEBRIS_RAMP_M)
    debris += np.float32(0.5)
    debris *= np.clip(valley * np.float32(1.0 / 50.0) + np.float32(0.5), 0.0, 1.0)
    np.clip(debris, 0.0, 1.0, out=debris)
    debris[on_snow | ~glacier] = 0.0

    below_ice = ~glacier & (index < np.float32(lv.terminus))
    # Water fills the part of a basin the ice has left (lakes.py): lakes grow as the termini retreat.
    lake = ~glacier & (basins.reach < np.float32(water_extent(spec.years_later)))
    blobs = scene_field(cols, rows, spec, "lakes", LAKE_WAVELENGTH_M, 2)
    # Turbid next to the ice, where meltwater brings glacial flour; clearer towards the dam.
    turbidity = (index - np.float32(lv.lake_floor)) * np.float32(1.0 / max(lv.terminus - lv.lake_floor, 1.0))
    turbidity += blobs * np.float32(0.6)
    np.clip(turbidity, 0.0, 1.0, out=turbidity)
    turbidity[~lake] = 0.0
    del blobs
    river = below_ice & ~lake & (channel < np.float32(RIVER_HALF_WIDTH_M)) & (valley > np.float32(RIVER_MIN_VALLEY_M))
    del below_ice
    # Snow patches off the glaciers, on slopes well above the snow line.
    patches = scene_field(cols, rows, spec, "snow-patches", 600.0, 3)
    snow = (glacier & on_snow) | (~glacier & ~lake & ~river & (elevation > np.float32(lv.snow_line + 150.0)) & (
        patches > np.float32(0.15)) & (slope_tan < np.float32(math.tan(math.radians(55.0)))))
    del patches, on_snow

    vegetation = scene_field(cols, rows, spec, "vegetation", 1200.0, 4)
    vegetation *= np.float32(0.8)
    vegetation += (np.float32(lv.treeline) - elevation) * np.float32(1.0 / TREELINE_RAMP_M)
    vegetation += np.float32(0.5)
    vegetation[slope_tan > np.float32(math.tan(math.radians(40.0)))] *= np.float32(0.4)
    np.clip(vegetation, 0.0, 1.0, out=vegetation)
    vegetation[glacier | snow | lake | river] = 0.0
    return Cover(glacier, snow, debris, lake, turbidity, river, vegetation)


def class_map(cover: Cover, light: Light, clouds: bool) -> np.ndarray:
    """The class map (spectra.CLASS_CODES) of a block: what a pixel shows, shadows and clouds included."""
    codes = spectra.CLASS_CODES
    classes = np.full(cover.glacier.shape, codes["rock"], dtype=np.uint8)
    classes[cover.vegetation >= 0.5] = codes["vegetation"]
    classes[cover.snow & ~light.shaded] = codes["snow"]
    classes[cover.snow & light.shaded] = codes["snow_shadow"]
    ice = cover.glacier & ~cover.snow
    clean_ice = ice & (cover.debris < 0.5)
    classes[clean_ice & ~light.shaded] = codes["ice"]
    classes[clean_ice & light.shaded] = codes["ice_shadow"]
    classes[ice & (cover.debris >= 0.5)] = codes["debris_ice"]
    classes[cover.lake & (cover.turbidity < 0.5)] = codes["lake_clear"]
    classes[cover.lake & (cover.turbidity >= 0.5)] = codes["lake_turbid"]
    classes[cover.river] = codes["river"]
    if clouds:
        classes[light.cloud > 0.5] = codes["cloud"]
    return classes


def surfaces(cover: Cover) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each pixel mixes two of SURFACES: (first, second, share of the second)."""
    index = {name: np.uint8(i) for i, name in enumerate(SURFACES)}
    first = np.full(cover.glacier.shape, index["rock"], dtype=np.uint8)
    second = np.full(cover.glacier.shape, index["vegetation"], dtype=np.uint8)
    mix = cover.vegetation.copy()
    ice = cover.glacier & ~cover.snow
    first[ice], second[ice], mix[ice] = index["ice"], index["debris"], cover.debris[ice]
    first[cover.snow], second[cover.snow], mix[cover.snow] = index["snow"], index["snow"], 0.0
    lake = cover.lake
    first[lake], second[lake], mix[lake] = index["lake_clear"], index["lake_turbid"], cover.turbidity[lake]
    first[cover.river], second[cover.river], mix[cover.river] = index["lake_turbid"], index["lake_turbid"], 0.0
    return first, second, mix
