"""Spectral tests that tell water, including turbid glacial-flour water, from snow and ice.

Shared by the lake mask (these pixels are not water) and the glacier mask (these pixels are water), so
the two methods draw the same line. Figures: core/spectral/lake_mask.py and glacier_mask.py docstrings.

- Brightness: snow and ice reflect strongly in the blue and the green; water does not, however turbid
  (labelled water: green at most 0.18, blue at most 0.15; glacial-flour water near 0.1).
- NIR above SWIR1: ice and snow reflect in the NIR but absorb the SWIR1, so MNDWI (green/SWIR1) sits
  far above NDWI (green/NIR). Water absorbs both; suspended sediment raises the NIR of turbid water but
  its SWIR1 with it, keeping MNDWI - NDWI near 0.15 (clear) to 0.45 (NIR 0.10, heavy sediment).
The NIR level alone (NIR > 0.05 is not water) is the test these replace: turbid water has NIR 0.07+.
"""
import numpy as np

from .indices import negatives_as_zero

BRIGHT_MIN = 0.18  # blue and green reflectance above this: snow or ice (labelled water: green <= 0.18)
NIR_SWIR_GAP_MIN = 0.45  # MNDWI - NDWI above this: snow or ice (heavy turbid water: 0.41)
# ... and NIR - SWIR1 above this: clear water with SWIR1 near 0 has MNDWI near 1, so its gap is 1 - NDWI
# (up to 0.5), but its NIR excess over SWIR1 (about 0.02-0.03 in the labelled clear water) is smaller than
# that of any ice or snow bright enough to matter.
GAP_NIR_MIN = 0.03


def bright_in_visible(blue: np.ndarray, green: np.ndarray, limit: float = BRIGHT_MIN) -> np.ndarray:
    """True where blue and green both exceed ``limit``: snow, ice, wet snow, bright cloud."""
    return (blue > limit) & (green > limit)


def nir_swir_gap(green: np.ndarray, nir: np.ndarray, swir1: np.ndarray, valid: np.ndarray,
                 limit: float = NIR_SWIR_GAP_MIN) -> np.ndarray:
    """True where MNDWI - NDWI exceeds ``limit`` and NIR - SWIR1 exceeds GAP_NIR_MIN (NIR far brighter
    than SWIR1): snow and ice.

    With negatives taken as 0 (as the indices do), MNDWI - NDWI = 2 G (N - S) / ((G + S)(G + N)), and both
    sums are positive where both indices are defined, so the test needs no division: one pass, and the
    same pixels as the two indices give. Where a sum is 0 (G and S, or G and N, both 0) both sides of the
    product test are 0 (or NaN), so it is false there without testing the sums.
    """
    g, n, s = negatives_as_zero(green), negatives_as_zero(nir), negatives_as_zero(swir1)
    # in place: a few arrays of the chunk's size, fewer passes through memory
    bound = g + s
    g_plus_n = g + n
    bound *= g_plus_n
    bound *= np.float32(limit)
    np.subtract(n, s, out=n)
    g *= np.float32(2)
    g *= n
    result = np.greater(g, bound)
    result &= valid
    result &= nir - swir1 > np.float32(GAP_NIR_MIN)  # unclamped, in the bands' own type
    return result


def snow_or_ice(bands: dict, valid: np.ndarray, bright_min: float = BRIGHT_MIN,
                gap_min: float = NIR_SWIR_GAP_MIN) -> np.ndarray:
    """Either test: ``bands`` maps 'blue', 'green', 'nir', 'swir1' to reflectance arrays."""
    return (bright_in_visible(bands["blue"], bands["green"], bright_min)
            | nir_swir_gap(bands["green"], bands["nir"], bands["swir1"], valid, gap_min))
