"""Domain randomisation of the sample scene: real labelled spectra, turbid water, deep shadows, saturation,
atmosphere and the Sentinel-2 band set.

With ``SceneSpec.randomise`` set, each pixel's surface spectrum is drawn from the real labelled spectra of its
class (labelled_table.py: snow, ice, rock and water of Landsat 8/9 and Sentinel-2 surface reflectance) instead
of one fixed spectrum: two smooth noise fields pick a sample by brightness rank and by strand (samples of
similar brightness), mixing neighbouring samples bilinearly, so spectra vary in patches as on real ground, not
from pixel to pixel. Lakes run continuously from the labelled clear water to glacial-flour water (green about
0.13, NIR 0.07-0.12, SWIR1 0.03-0.05, as measured on turbid proglacial lakes); shadows deepen towards 0 where
the sky and surrounding slopes are hidden; bright snow saturates at the scene's sensor maximum. Per scene, drawn
from the seed: the flour load, how deep shadows get, the saturation level and, for TOA-like scenes, the
atmosphere's path reflectance and transmittance per band.
"""
import functools
import math
from dataclasses import dataclass
from typing import Dict, Tuple

import numpy as np

from ..errors import InputError
from ..messages import translate
from . import noise, spectra
from .labelled_table import TABLE

SENSORS = ("landsat_oli", "sentinel2")
BAND_NAMES = {"landsat_oli": spectra.BAND_NAMES, "sentinel2": ("B2", "B3", "B4", "B8", "B8A", "B11", "B12")}
# Position of the Landsat OLI band nearest in wavelength, for the fixed spectra and the light model.
LANDSAT_EQUIVALENT = {"landsat_oli": (0, 1, 2, 3, 4, 5, 6), "sentinel2": (1, 2, 3, 4, 4, 5, 6)}
DESCRIPTIONS = {
    "landsat_oli": spectra.BAND_NAMES,
    "sentinel2": ("B2, central wavelength 490 nm", "B3, central wavelength 560 nm", "B4, central wavelength 665 nm",
                  "B8, central wavelength 842 nm", "B8A, central wavelength 865 nm",
                  "B11, central wavelength 1610 nm", "B12, central wavelength 2190 nm"),
}
RANKS, STRANDS = 32, 4  # the table's 128 samples per class as brightness ranks x strands
MIX_SHARPNESS = 4.0  # bilinear weights steepened about 0.5 (see _sharpen)
# Which labelled class each surface of cover.SURFACES draws from; None: a fixed spectrum with varied brightness.
TABLE_CLASS = {"snow": "snow", "ice": "ice", "debris": "rock", "rock": "rock", "vegetation": None,
               "lake_clear": "water", "lake_turbid": None}
# Glacial-flour water at full turbidity, Landsat OLI B1-B7: suspended silt lifts the visible and NIR well above
# clear water (real turbid proglacial water: green ~0.10, NIR ~0.07 or more, SWIR1 ~0.03).
FLOUR_WATER = (0.075, 0.095, 0.130, 0.125, 0.090, 0.040, 0.022)
FLOUR_RANGE = (0.85, 1.35)  # per-scene factor on FLOUR_WATER: how much silt the meltwater carries
BRIGHTNESS_RANGE = (0.8, 1.2)  # of the fixed spectra, across the rank field
# TOA-like scenes: path reflectance and loss of transmittance at full haze, per Landsat band (Rayleigh and
# aerosol scattering fall steeply with wavelength); each scene draws a haze level in HAZE_RANGE.
PATH_REFLECTANCE = (0.11, 0.09, 0.06, 0.045, 0.02, 0.006, 0.003)
TRANSMITTANCE_LOSS = (0.30, 0.25, 0.18, 0.14, 0.09, 0.05, 0.04)
HAZE_RANGE = (0.3, 1.0)
SATURATION_RANGE = (1.0, 1.2)  # reflectance at which the scene's detectors saturate over bright snow
# Share of the sky and surrounding slopes a shaded pixel loses at most: narrow gorges and north walls.
DEEP_SHADOW_RANGE = (0.95, 1.0)
# Light from the sunlit slopes around a shaded pixel, as a share of direct sun on flat ground: from open valleys
# to snow-filled cirques (spectra.TERRAIN_IRRADIANCE, 0.22, is that of the fixed-spectra scene).
SURROUND_RANGE = (0.25, 0.5)
SHADE_DIRECT = 0.3  # snow and ice with less direct light than this (of flat ground) are classed as in shadow
SENTINEL2_SCALE, SENTINEL2_OFFSET = 1e-4, -0.1  # L2A baseline >= 04.00: reflectance = (DN - 1000) / 10000


@dataclass(frozen=True)
class Randomisation:
    """How a sample scene is randomised (SceneSpec.randomise); the draws themselves come from the seed."""
    sensor: str = "landsat_oli"  # or "sentinel2": Sentinel-2 L2A bands B2, B3, B4, B8, B8A, B11, B12
    atmosphere: bool = False  # TOA-like: path reflectance added and transmittance lost, per band
    deep_shadows: bool = True
    saturation: bool = True
    mosaic: bool = False  # a spectral mosaic without landforms (mosaic.py) instead of a mountain landscape


@dataclass(frozen=True)
class Draws:
    """The per-scene draws of a randomised scene."""
    flour: float
    deep_shadow: float
    surround: float
    saturation: float
    haze: float  # 0 for surface-reflectance scenes
    path: Tuple[float, ...]  # per band of the sensor
    gain: Tuple[float, ...]


def check(options: Randomisation) -> None:
    if options.sensor not in SENSORS:
        raise InputError(translate("GlacierMapperCore", "Unknown sample-scene sensor '{sensor}'. Choose one of: "
                                   "{choices}.").format(sensor=options.sensor, choices=", ".join(SENSORS)))


def draws(seed: int, years_later: int, options: Randomisation) -> Draws:
    """The scene's draws: a pure function of the seed, the date and the options."""
    rng = np.random.default_rng(noise.key(seed, f"randomiser@{years_later}"))
    flour, deep, surround, saturation, haze = (float(rng.uniform(*r)) for r in (
        FLOUR_RANGE, DEEP_SHADOW_RANGE, SURROUND_RANGE, SATURATION_RANGE, HAZE_RANGE))
    if not options.atmosphere:
        haze = 0.0
    jitter = rng.uniform(0.8, 1.2, size=7)  # band-to-band differences of aerosol type
    equivalent = LANDSAT_EQUIVALENT[options.sensor]
    path = tuple(round(haze * PATH_REFLECTANCE[i] * float(jitter[i]), 5) for i in equivalent)
    gain = tuple(round(1.0 - haze * TRANSMITTANCE_LOSS[i] * float(jitter[i]), 5) for i in equivalent)
    return Draws(round(flour, 4), round(deep if options.deep_shadows else 0.0, 4), round(surround, 4),
                 round(saturation if options.saturation else math.inf, 4), round(haze, 4), path, gain)


def band_tables(surfaces: Tuple[str, ...], options: Randomisation, scene_draws: Draws) -> np.ndarray:
    """float32 [bands, surfaces x RANKS x STRANDS] of surface reflectance, the lookup table of reflectance()."""
    equivalent = LANDSAT_EQUIVALENT[options.sensor]
    rows = []
    rank_brightness = np.linspace(*BRIGHTNESS_RANGE, RANKS)[:, None, None]
    for name in surfaces:
        label = TABLE_CLASS[name]
        if label is not None:
            rows.append(np.asarray(TABLE[options.sensor][label], np.float64).reshape(RANKS, STRANDS, -1) * 1e-4)
            continue
        base = FLOUR_WATER if name == "lake_turbid" else spectra.SPECTRA[name]
        level = scene_draws.flour if name == "lake_turbid" else 1.0
        spectrum = np.array([base[i] for i in equivalent]) * level
        rows.append(np.broadcast_to(spectrum * rank_brightness, (RANKS, STRANDS, len(equivalent))))
    table = np.stack(rows)  # [surfaces, RANKS, STRANDS, bands]
    return np.ascontiguousarray(np.moveaxis(table, -1, 0).reshape(len(equivalent), -1), dtype=np.float32)


@functools.cache
def _marginal(wavelength_px: float, octaves: int) -> Tuple[np.ndarray, np.ndarray]:
    """Quantiles of the fBm's values, to map a field to a uniform 0..1 (the same for every seed and scene)."""
    cols = np.arange(384)
    field = noise.fbm(cols, cols, 1.0, noise.key(0, "marginal"), wavelength_px, octaves)
    levels = np.linspace(0.0, 1.0, 65)
    return np.quantile(field, levels).astype(np.float32), levels.astype(np.float32)


def uniform_field(cols: np.ndarray, rows: np.ndarray, pixel_size: float, seed: int, name: str,
                  wavelength: float, octaves: int) -> np.ndarray:
    """A smooth field with values spread evenly over 0..1 (fBm through its own quantiles)."""
    field = noise.fbm(cols, rows, pixel_size, noise.key(seed, name), wavelength, octaves)
    quantiles, levels = _marginal(24.0, octaves)
    return np.interp(field, quantiles, levels).astype(np.float32)


def sample_indices(cols: np.ndarray, rows: np.ndarray, pixel_size: float, seed: int) -> Dict[str, np.ndarray]:
    """Per pixel: the table cell (rank, strand) and the bilinear weights that mix it with its neighbours."""
    rank = uniform_field(cols, rows, pixel_size, seed, "spectra-rank", 600.0, 3)
    rank *= np.float32(RANKS - 1)
    strand = uniform_field(cols, rows, pixel_size, seed, "spectra-strand", 300.0, 2)
    strand *= np.float32(STRANDS - 1)
    r0 = np.minimum(rank.astype(np.int32), RANKS - 2)
    s0 = np.minimum(strand.astype(np.int32), STRANDS - 2)
    return {"cell": r0 * STRANDS + s0, "rank_weight": _sharpen(rank - r0), "strand_weight": _sharpen(strand - s0)}


def _sharpen(weight):
    """Most pixels show one sample, with mixed pixels along narrow seams: averaging everywhere would thin the
    tails of the bands that vary independently of brightness (snow's SWIR)."""
    weight -= np.float32(0.5)
    weight *= np.float32(MIX_SHARPNESS)
    weight += np.float32(0.5)
    np.clip(weight, 0.0, 1.0, out=weight)
    return weight


def surface_value(table: np.ndarray, surface: np.ndarray, picks: Dict[str, np.ndarray]) -> np.ndarray:
    """Reflectance of each pixel's ``surface`` (index into the table's surfaces) from one band's table."""
    base = surface.astype(np.int32) * (RANKS * STRANDS) + picks["cell"]
    rw, sw = picks["rank_weight"], picks["strand_weight"]
    one = np.float32(1.0)
    low = np.take(table, base) * (one - sw) + np.take(table, base + 1) * sw
    high = np.take(table, base + STRANDS) * (one - sw) + np.take(table, base + STRANDS + 1) * sw
    low *= one - rw
    low += high * rw
    return low


def deep_shadow_field(cols: np.ndarray, rows: np.ndarray, pixel_size: float, seed: int, depth: float) -> np.ndarray:
    """Share of the diffuse and surrounding light a shaded pixel keeps: 1 in open shade, 1 - depth at most."""
    field = uniform_field(cols, rows, pixel_size, seed, "deep-shadow", 900.0, 3)
    # Squared, so most shade stays open (as the labelled shadowed snow) and some goes nearly black.
    field *= field
    field *= np.float32(-depth)
    field += np.float32(1.0)
    return field
