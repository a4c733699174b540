"""Landsat Level-1 MTL metadata: DN -> top-of-atmosphere reflectance coefficients."""
import math
import re
from typing import Dict, Mapping

from ..errors import InputError
from .bands import Scaling

_LINE = re.compile(r"^\s*([A-Z0-9_]+)\s*=\s*\"?([^\"]*)\"?\s*$")


def read_mtl(path: str) -> Dict[str, str]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return {m.group(1): m.group(2) for m in map(_LINE.match, handle) if m}
    except OSError as error:
        raise InputError(f"Cannot read the MTL file '{path}': {error}.") from None


def toa_scaling(mtl_path: str, band_numbers: Mapping[int, int]) -> Scaling:
    """Scaling for TOA reflectance: rho = (M * DN + A) / sin(sun elevation).

    ``band_numbers`` maps a raster band index (1-based) to the Landsat band number it holds.
    """
    values = read_mtl(mtl_path)
    try:
        sin_elevation = math.sin(math.radians(float(values["SUN_ELEVATION"])))
    except (KeyError, ValueError):
        raise InputError(f"'{mtl_path}' has no SUN_ELEVATION: is it a Landsat Level-1 MTL file?") from None
    per_band = {}
    for index, number in band_numbers.items():
        try:
            mult = float(values[f"REFLECTANCE_MULT_BAND_{number}"])
            add = float(values[f"REFLECTANCE_ADD_BAND_{number}"])
        except (KeyError, ValueError):
            raise InputError(f"'{mtl_path}' has no reflectance coefficients for band {number}.") from None
        per_band[index] = (mult / sin_elevation, add / sin_elevation)
    return Scaling(per_band=per_band, label="landsat_toa_mtl")
