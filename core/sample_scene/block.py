"""One block of the sample scene: terrain with its halo, land cover, light, and reflectance band by band."""
import math
from dataclasses import dataclass
from typing import Any, Optional, Tuple

import numpy as np

from ..io.raster import Window
from . import noise, randomiser, spectra
from .cover import SURFACES, class_map, land_cover, scene_field, surfaces
from .illumination import cast_shadow, gradients, illumination, shadow_reach_px, slope_tangent, sun_vector
from .lakes import Basins
from .levels import Levels, SceneSpec
from .real_terrain import RealSource, real_ground
from .terrain import TerrainBlock, terrain

# Per-pixel sensor noise: relative and absolute half-ranges (uniform).
NOISE_RELATIVE = 0.02
NOISE_ABSOLUTE = 0.004


@dataclass
class Block:
    """One block of the scene: reflectance per band is produced on demand by ``reflectance(band)``."""
    classes: np.ndarray  # uint8 class codes
    glacier: np.ndarray  # bool
    lake: np.ndarray  # bool
    elevation: np.ndarray  # float32
    first: np.ndarray  # uint8 index into SURFACES of the first surface of each pixel
    second: np.ndarray  # uint8 index into SURFACES of the second one
    mix: np.ndarray  # float32 share of the second surface
    direct: np.ndarray  # float32 direct-light factor (cos i / cos z, 0 in shadow)
    sky: np.ndarray  # float32 share of the sky each pixel sees
    shade: np.ndarray  # float32 0 in full sun .. 1 in shadow: weight of light from the surroundings
    cloud: Any  # float32 cloud opacity, or None without clouds
    texture: np.ndarray  # float32 multiplicative brightness texture
    swir_texture: np.ndarray  # float32 extra factor on SWIR (snow grain size)
    cols: np.ndarray
    rows: np.ndarray
    noise_key: int
    random: Optional["Randomised"] = None  # per-pixel draws of a randomised scene


@dataclass
class Randomised:
    """What a randomised scene adds to a block (see randomiser.py)."""
    picks: dict  # randomiser.sample_indices
    tables: np.ndarray  # randomiser.band_tables
    keep: np.ndarray  # float32 share of diffuse and surrounding light kept in shade
    draws: randomiser.Draws
    equivalent: tuple  # Landsat band position of each of the sensor's bands


def _padding(spec, source=None):
    """Rows and columns of terrain around a block: the shadow reach towards the sun, one pixel elsewhere."""
    reach = (shadow_reach_px(spec.pixel_size, spec.sun_elevation) if source is None
             else shadow_reach_px(spec.pixel_size, spec.sun_elevation, source.high - source.low))
    east, north, _ = sun_vector(spec.sun_azimuth, spec.sun_elevation)
    horizontal = math.hypot(east, north) or 1.0
    along_rows = int(math.ceil(reach * abs(north) / horizontal)) + 2
    along_cols = int(math.ceil(reach * abs(east) / horizontal)) + 2
    top, bottom = (along_rows, 1) if north > 0 else (1, along_rows)
    left, right = (1, along_cols) if east > 0 else (along_cols, 1)
    return top, bottom, left, right


def _real_terrain(source, ext_cols, ext_rows, seed):
    """A real terrain as a TerrainBlock: the glacier index is the elevation, valleys are not measured (no debris
    weighting) and there are no river channels; the glaciers are the outlines."""
    ground = real_ground(source, ext_cols, ext_rows, seed)
    shape = ground.elevation.shape
    return TerrainBlock(elevation=ground.elevation, index=ground.elevation, valley=np.full(shape, 100.0, np.float32),
                        channel=np.full(shape, np.inf, np.float32), basin_reach=ground.basin_reach,
                        glacier=ground.glacier)


def compose(spec: SceneSpec, scene_levels: Levels, window: Window, source: Optional[RealSource] = None) -> Block:
    """Land cover, truth and illumination of one window of the scene (on a real terrain with ``source``)."""
    lv = scene_levels
    top, bottom, left, right = _padding(spec, source)
    ext_rows = np.arange(window.y - top, window.y + window.height + bottom)
    ext_cols = np.arange(window.x - left, window.x + window.width + right)
    if source is not None:
        ground = _real_terrain(source, ext_cols, ext_rows, spec.seed)
    else:
        ground = terrain(ext_cols, ext_rows, spec.pixel_size, spec.seed, lv.valley_offset, lv.ice_surface_terminus,
                         lv.lake_band)
    shadow = cast_shadow(ground.elevation, spec.pixel_size, spec.sun_azimuth, spec.sun_elevation,
                         int(ext_rows[0]), int(ext_cols[0]))
    inner = (slice(top, top + window.height), slice(left, left + window.width))
    shadow = np.ascontiguousarray(shadow[inner])
    margin = (slice(top - 1, top + window.height + 1), slice(left - 1, left + window.width + 1))
    east, north = gradients(ground.elevation[margin], spec.pixel_size)
    # Copies of the block's part, so the padded arrays are freed now.
    elevation, index, valley, channel, reach = (np.ascontiguousarray(getattr(ground, name)[inner])
                                                for name in ("elevation", "index", "valley", "channel", "basin_reach"))
    outlines = None if ground.glacier is None else np.ascontiguousarray(ground.glacier[inner])
    del ground
    cols = np.arange(window.x, window.x + window.width)
    rows = np.arange(window.y, window.y + window.height)
    cover = land_cover(spec, lv, cols, rows, elevation, index, valley, channel, slope_tangent(east, north),
                       Basins(reach), outlines)
    del index, valley, channel, reach
    light = illumination(spec, cols, rows, east, north, shadow, cover.lake | cover.river)
    del east, north, shadow
    classes = class_map(cover, light, spec.clouds)
    first, second, mix = surfaces(cover)
    # Brightness texture everywhere, and rock types on rock and debris.
    rock_share = np.where(cover.glacier, cover.debris, np.float32(1.0) - cover.vegetation)
    rock_share[cover.snow | cover.lake | cover.river] = 0.0
    glacier, lake, snow = cover.glacier, cover.lake, cover.snow
    del cover
    texture = scene_field(cols, rows, spec, "texture", 400.0, 3)
    texture *= np.float32(0.06)
    texture += np.float32(1.0)
    if spec.randomise is not None:
        # The labelled spectra bring their own variety of rock, snow grain and ice: no extra lithology.
        options = spec.randomise
        codes = spectra.CLASS_CODES
        # Snow and ice on slopes that get little sun look shaded, as labellers class them.
        dim = light.direct < np.float32(randomiser.SHADE_DIRECT)
        classes[dim & (classes == codes["snow"])] = codes["snow_shadow"]
        classes[dim & (classes == codes["ice"])] = codes["ice_shadow"]
        # Clear water stays clear up to the class boundary (turbidity 0.5); the silt tail rises beyond it.
        mix[lake] *= mix[lake] * mix[lake]
        scene_draws = randomiser.draws(spec.seed, spec.years_later, options)
        random = Randomised(picks=randomiser.sample_indices(cols, rows, spec.pixel_size, spec.seed),
                            tables=randomiser.band_tables(SURFACES, options, scene_draws),
                            keep=randomiser.deep_shadow_field(cols, rows, spec.pixel_size, spec.seed,
                                                              scene_draws.deep_shadow),
                            draws=scene_draws, equivalent=randomiser.LANDSAT_EQUIVALENT[options.sensor])
        return Block(classes=classes, glacier=glacier, lake=lake, elevation=elevation, first=first, second=second,
                     mix=mix, direct=light.direct, sky=light.sky, shade=light.shade, cloud=light.cloud,
                     texture=texture, swir_texture=np.ones((1, 1), np.float32), cols=cols, rows=rows,
                     noise_key=noise.key(spec.seed, f"sensor@{spec.years_later}"), random=random)
    lithology = scene_field(cols, rows, spec, "lithology", 3000.0, 4)
    lithology *= np.float32(0.25)
    lithology *= rock_share
    texture += lithology
    del lithology, rock_share
    # Snow grain size varies, and with it the SWIR reflectance of snow.
    swir_texture = scene_field(cols, rows, spec, "grain", 700.0, 2)
    swir_texture *= np.float32(0.5)
    swir_texture[~snow] = 0.0
    swir_texture += np.float32(1.0)
    return Block(classes=classes, glacier=glacier, lake=lake, elevation=elevation, first=first, second=second,
                 mix=mix, direct=light.direct, sky=light.sky, shade=light.shade,
                 cloud=light.cloud, texture=texture, swir_texture=swir_texture,
                 cols=cols, rows=rows, noise_key=noise.key(spec.seed, f"sensor@{spec.years_later}"))


def reflectance(block: Block, band: int) -> np.ndarray:
    """Surface reflectance of one band (0-based) of a block, with illumination, clouds and sensor noise."""
    if block.random is not None:
        return _randomised_reflectance(block, block.random, band)
    table = np.array([spectra.SPECTRA[name][band] for name in SURFACES], dtype=np.float32)
    value = np.take(table, block.second)
    value -= np.take(table, block.first)
    value *= block.mix
    value += np.take(table, block.first)
    value *= block.texture
    if band >= spectra.SWIR1:
        value *= block.swir_texture
    diffuse = np.float32(spectra.DIFFUSE[band])
    light = block.direct * (np.float32(1.0) - diffuse)
    light += block.sky * diffuse
    light += block.shade * np.float32(spectra.TERRAIN_IRRADIANCE)
    value *= light
    value += block.shade * np.float32(spectra.ADJACENCY[band])
    if block.cloud is not None:
        value += (np.float32(spectra.SPECTRA["cloud"][band]) - value) * block.cloud
    relative, absolute = _sensor_noise(block, band)
    value *= relative * np.float32(NOISE_RELATIVE) + np.float32(1.0)
    value += absolute * np.float32(NOISE_ABSOLUTE)
    return value


def _sensor_noise(block: Block, band: int) -> Tuple[np.ndarray, np.ndarray]:
    """Per-pixel noise of band ``band`` in -1..1: (relative, absolute), from one hash of the pixel position."""
    h = noise.hash2(block.cols[None, :], block.rows[:, None], (block.noise_key + band) & 0xFFFFFFFF)
    relative = (h & np.uint32(0xFFFF)).astype(np.float32)
    relative *= np.float32(2.0 / 65535.0)
    relative -= np.float32(1.0)
    absolute = (h >> np.uint32(16)).astype(np.float32)
    absolute *= np.float32(2.0 / 65535.0)
    absolute -= np.float32(1.0)
    return relative, absolute


def _randomised_reflectance(block: Block, random: Randomised, band: int) -> np.ndarray:
    """reflectance() of a randomised scene: band ``band`` of its sensor (TOA-like where it has an atmosphere)."""
    table = random.tables[band]
    value = randomiser.surface_value(table, block.second, random.picks)
    value -= randomiser.surface_value(table, block.first, random.picks)
    value *= block.mix
    value += randomiser.surface_value(table, block.first, random.picks)
    value *= block.texture
    like = random.equivalent[band]
    diffuse = np.float32(spectra.DIFFUSE[like])
    # In deep shade the sky and the sunlit slopes are hidden too: that light falls towards 0.
    hidden = block.shade * (np.float32(1.0) - random.keep)
    hidden *= np.float32(-1.0)
    hidden += np.float32(1.0)
    light = block.sky * diffuse
    light += block.shade * np.float32(random.draws.surround)
    light *= hidden
    light += block.direct * (np.float32(1.0) - diffuse)
    value *= light
    value += block.shade * hidden * np.float32(spectra.ADJACENCY[like])
    if block.cloud is not None:
        value += (np.float32(spectra.SPECTRA["cloud"][like]) - value) * block.cloud
    relative, absolute = _sensor_noise(block, band)
    value *= relative * np.float32(NOISE_RELATIVE) + np.float32(1.0)
    # Noise scaled by the signal near 0, so the deepest shadows reach 0 and not below.
    value += absolute * np.minimum(np.abs(value), np.float32(NOISE_ABSOLUTE))
    scene_draws = random.draws
    if scene_draws.haze:
        value *= np.float32(scene_draws.gain[band])
        value += np.float32(scene_draws.path[band])
    np.minimum(value, np.float32(scene_draws.saturation), out=value)
    return value
