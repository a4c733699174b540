"""Spectral mosaics: randomised scenes without landforms, in which water is known by its spectrum alone.

In the landscape scenes lakes are small basins at glacier termini, so a network trained on them alone learns
that water is a dark patch of a few hundred metres beside the ice: on real imagery it missed lakes away from
glaciers, coasts and reservoirs, and water that fills a whole tile (the bundled lake U-Nets called half of the
labelled Landsat water patches land). A mosaic lays the same randomised surfaces (randomiser.py: labelled
spectra, clear to glacial-flour water, deep shadows, saturation, TOA-like atmospheres, both sensors) in random
patches with no terrain: water from ponds of a few pixels to whole tiles, with mixed pixels along the shores,
among snow, ice, rock and vegetation,
on slopes facing towards and away from the sun and in shade. Its truth is all water, whatever its shape, so a
model learns the spectral difference between water and the rest, which holds on every real scene.

Water is lit like flat ground or lies in open shade (sky and surrounding slopes still seen): deep in shadow it
is as dark as shadowed rock in every band, which no method can tell apart and no label should claim. There is
no glacier truth (glacier_truth.tif is all 255): a patch of snow or ice is not a glacier.
"""
from typing import Tuple

import numpy as np

from ..io.raster import Window
from ..nodata import MASK_NODATA
from . import noise, randomiser, spectra
from .block import Block, Randomised
from .cover import SURFACES
from .levels import SceneSpec

# Wavelengths in pixels, so a mosaic looks the same to the network at every pixel size.
WATER_SHARE_PX = 400.0  # where water is common: some tiles hold none, some are all water
WATER_SHAPE_PX = 48.0  # the water's blobs within that
LAND_PX = 40.0  # patches of one land surface
SLOPE_PX = 24.0  # facing towards or away from the sun
SHADE_PX = 60.0
TURBIDITY_PX = 150.0
# Ponds of 3 to 30 pixels where this field exceeds POND_LEVEL (about 6 % of the ground), in half of the scene
# (pond districts), so that some tiles stay dry: with fewer (3 %, up to 10 px) the lake U-Net missed the real
# Athabasca toe lake's 32 px and found it once grown by 2 px.
POND_PX = 10.0
POND_LEVEL = 0.94
SHORE_MIX = 0.06  # field units over which a shore goes from land to water: about one or two mixed pixels
LAND_SURFACES = ("snow", "ice", "rock", "vegetation")
DIRECT_RANGE = (0.5, 1.4)  # direct light on sunlit slopes, of flat ground's
SHADE_SHARE_RANGE = (0.1, 0.35)  # of the land in shadow, per scene
TURBIDITY_POWER_RANGE = (0.3, 3.0)  # per scene: mostly glacial flour (low) to mostly clear water (high)


def _draws(spec: SceneSpec) -> Tuple[np.ndarray, float, float]:
    """Per scene: the land surfaces' shares (cumulative), the share of land in shadow and the turbidity power."""
    rng = np.random.default_rng(noise.key(spec.seed, f"mosaic@{spec.years_later}"))
    shares = np.cumsum(rng.dirichlet(np.full(len(LAND_SURFACES), 1.5)))
    return shares.astype(np.float32), float(rng.uniform(*SHADE_SHARE_RANGE)), float(
        rng.uniform(*TURBIDITY_POWER_RANGE))


def _field(cols, rows, spec, name, wavelength_px, octaves):
    return randomiser.uniform_field(cols, rows, spec.pixel_size, spec.seed, f"mosaic-{name}",
                                    wavelength_px * spec.pixel_size, octaves)


def compose_mosaic(spec: SceneSpec, window: Window) -> Block:
    """One block of a spectral mosaic (spec.randomise set): surfaces, truth and light, as compose() gives them."""
    cols = np.arange(window.x, window.x + window.width)
    rows = np.arange(window.y, window.y + window.height)
    land_shares, shade_share, turbidity_power = _draws(spec)
    # How far inside water each pixel lies, in field units: large water bodies where the share field is high,
    # and ponds of a few pixels anywhere.
    excess = _field(cols, rows, spec, "water-share", WATER_SHARE_PX, 2)
    excess *= np.float32(1.8)
    excess -= np.float32(0.7)
    excess -= _field(cols, rows, spec, "water-shape", WATER_SHAPE_PX, 3)
    ponds = _field(cols, rows, spec, "ponds", POND_PX, 2)
    ponds -= np.float32(POND_LEVEL)
    ponds[_field(cols, rows, spec, "pond-districts", WATER_SHARE_PX, 2) < np.float32(0.5)] = -1.0
    np.maximum(excess, ponds, out=excess)
    del ponds
    # Shores are mixed pixels, part water and part land, as real small lakes mostly are; the truth is the
    # pixels at least half water.
    fraction = np.clip(excess * np.float32(1.0 / SHORE_MIX) + np.float32(0.5), 0.0, 1.0)
    del excess
    water = fraction >= np.float32(0.5)
    index = {name: np.uint8(i) for i, name in enumerate(SURFACES)}
    land = np.searchsorted(land_shares, _field(cols, rows, spec, "land", LAND_PX, 3), side="right")
    np.minimum(land, len(LAND_SURFACES) - 1, out=land)
    lookup = np.array([index[name] for name in LAND_SURFACES], np.uint8)
    first = lookup[land]
    second = first.copy()
    mix = np.zeros(first.shape, np.float32)
    turbidity = _field(cols, rows, spec, "turbidity", TURBIDITY_PX, 2)
    turbidity **= np.float32(turbidity_power)
    inner = fraction >= np.float32(1.0)
    first[inner], second[inner], mix[inner] = index["lake_clear"], index["lake_turbid"], turbidity[inner]
    shore = (fraction > np.float32(0.0)) & ~inner
    second[shore] = np.where(turbidity[shore] >= 0.5, index["lake_turbid"], index["lake_clear"])
    mix[shore] = fraction[shore]
    del fraction

    direct = _field(cols, rows, spec, "slope", SLOPE_PX, 3)
    direct *= np.float32(DIRECT_RANGE[1] - DIRECT_RANGE[0])
    direct += np.float32(DIRECT_RANGE[0])
    shaded = _field(cols, rows, spec, "shade", SHADE_PX, 3) < np.float32(shade_share)
    direct[shaded] = 0.0
    direct[water & ~shaded] = 1.0  # water is flat
    shade = shaded.astype(np.float32)
    sky = np.ones(first.shape, np.float32)
    options = spec.randomise
    assert options is not None  # write_scene composes mosaics of randomised specs only
    scene_draws = randomiser.draws(spec.seed, spec.years_later, options)
    keep = randomiser.deep_shadow_field(cols, rows, spec.pixel_size, spec.seed, scene_draws.deep_shadow)
    keep[water] = 1.0  # open shade only: see the module's docstring

    codes = spectra.CLASS_CODES
    class_of = {"snow": ("snow", "snow_shadow"), "ice": ("ice", "ice_shadow"), "rock": ("rock", "rock"),
                "vegetation": ("vegetation", "vegetation")}
    classes = np.empty(first.shape, np.uint8)
    for k, name in enumerate(LAND_SURFACES):
        lit, dark = class_of[name]
        here = land == k
        classes[here & ~shaded] = codes[lit]
        classes[here & shaded] = codes[dark]
    classes[water & (turbidity < 0.5)] = codes["lake_clear"]
    classes[water & (turbidity >= 0.5)] = codes["lake_turbid"]
    texture = noise.fbm(cols, rows, spec.pixel_size, noise.key(spec.seed, "mosaic-texture"),
                        LAND_PX * spec.pixel_size, 3)
    texture *= np.float32(0.06)
    texture += np.float32(1.0)
    random = Randomised(picks=randomiser.sample_indices(cols, rows, spec.pixel_size, spec.seed),
                        tables=randomiser.band_tables(SURFACES, options, scene_draws), keep=keep, draws=scene_draws,
                        equivalent=randomiser.LANDSAT_EQUIVALENT[options.sensor])
    return Block(classes=classes, glacier=np.full(first.shape, MASK_NODATA, np.uint8), lake=water,
                 elevation=np.zeros(first.shape, np.float32), first=first, second=second, mix=mix, direct=direct,
                 sky=sky, shade=shade, cloud=None, texture=texture, swir_texture=np.ones((1, 1), np.float32),
                 cols=cols, rows=rows, noise_key=noise.key(spec.seed, f"sensor@{spec.years_later}"), random=random)
