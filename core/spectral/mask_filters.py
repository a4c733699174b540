"""Clean-up of binary masks (1 target, 0 not, 255 nodata): a 3x3 median filter and removal of small patches."""
from typing import Any, Callable, Optional

import numpy as np
from osgeo import gdal

from ..callbacks import gdal_callback
from ..errors import Cancelled
from ..nodata import MASK_NODATA

# Patches touching only at a corner are one patch, as in glacier and lake inventories.
PATCH_CONNECTEDNESS = 8


def median_3x3(mask: np.ndarray, nodata: int = MASK_NODATA) -> np.ndarray:
    """3x3 median of a 0/1 mask, taken over the valid pixels of each neighbourhood; nodata stays nodata.

    Where all nine pixels are valid this is the usual median (the majority of nine). Nodata pixels and
    pixels outside the array do not vote, and a tie keeps the centre's value, so the edges of the scene
    and of nodata holes are neither eroded nor grown. Give the array with a one-pixel halo of real
    neighbours (core.io.raster.expand_window) to get the same result whatever the windows.
    """
    valid = mask != nodata
    ones = np.pad((mask == 1).astype(np.uint8), 1)
    voters = np.pad(valid.astype(np.uint8), 1)
    rows, cols = mask.shape
    ones_count = np.zeros(mask.shape, dtype=np.uint8)
    voters_count = np.zeros(mask.shape, dtype=np.uint8)
    for dy in range(3):
        for dx in range(3):
            ones_count += ones[dy:dy + rows, dx:dx + cols]
            voters_count += voters[dy:dy + rows, dx:dx + cols]
    out = mask.copy()
    twice = ones_count.astype(np.int16) * 2
    out[valid & (twice > voters_count)] = 1
    out[valid & (twice < voters_count)] = 0
    return out


def sieve(source_band: Any, destination_band: Any, min_pixels: int, progress: Optional[Callable[[float], None]] = None,
          is_cancelled: Optional[Callable[[], bool]] = None, start: float = 0.0, stop: float = 1.0) -> None:
    """gdal.SieveFilter: patches (of any value) under ``min_pixels`` merged into their largest neighbour.

    Nodata pixels take no part (the band's nodata mask): they are neither merged nor merged into.
    Raises Cancelled when ``is_cancelled`` turns true while it runs.
    """
    try:
        gdal.SieveFilter(source_band, source_band.GetMaskBand(), destination_band, int(min_pixels),
                         PATCH_CONNECTEDNESS, callback=gdal_callback(progress, is_cancelled, start, stop))
    except RuntimeError:
        if is_cancelled and is_cancelled():
            raise Cancelled() from None
        raise


def keep_removals(mask: np.ndarray, sieved: np.ndarray) -> np.ndarray:
    """Only the target patches the sieve removed: 1 -> 0 where the sieve turned a target pixel off.

    The sieve also fills small holes of 0 inside target areas (nunataks, islands); those are kept as 0,
    so the option does what it says: it removes small glacier or lake patches and nothing else.
    """
    out = mask.copy()
    out[(mask == 1) & (sieved != 1)] = 0
    return out
