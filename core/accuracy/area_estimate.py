"""Mapped and error-adjusted area of the target class, with a 95 % confidence interval.

The stratified estimator of Olofsson et al. (2014, Remote Sensing of Environment 148: 42-57; Stehman 2014):
the strata are the map classes i (target, other), W_i is the share of the mapped area in class i, n_ij the
reference pixels of map class i and reference class j, p_ij = W_i n_ij / n_i., the adjusted area of the
target class is A · Σ_i p_i,target and its standard error follows Olofsson's eq. 10,
SE(p_.j) = sqrt(Σ_i W_i² (n_ij/n_i.)(1 − n_ij/n_i.) / (n_i. − 1)).

Honest reading: the formula treats the reference pixels as a simple random sample within each stratum.
When the reference covers every mapped pixel (a census), the adjusted area equals the reference area and
the interval describes sampling, not the reference's own errors; neighbouring pixels are correlated, so
the interval is narrower than one from independent sample points would be. Both caveats are reported.

Pixel areas are in square metres whatever the CRS: projected units are converted with the CRS's linear
unit, and a geographic CRS gets the ellipsoidal area of each pixel row (``row_areas_m2``).
"""
import math
from typing import Any, Dict, Optional, Tuple

import numpy as np

from ..errors import InputError
from ..geo.geodesy import Ellipsoid, spatial_reference
from ..messages import translate

Z95 = 1.959963984540054


def area_estimate(conf: Any, pixel_area_m2: Optional[float] = None,
                  strata_area_m2: Optional[Tuple[float, float]] = None) -> Dict[str, Any]:
    """Areas in km² of the target class from a Confusion (rows = map, columns = reference).

    ``strata_area_m2`` = (mapped target area, mapped total area) of the whole map when it is larger than
    the pixels that have a reference; otherwise the strata are the confusion's rows times ``pixel_area_m2``.
    Returns mapped_km2, adjusted_km2, se_km2, ci95_low_km2, ci95_high_km2, total_km2, reference_km2 (the
    reference pixels' own target area, when ``pixel_area_m2`` is given), the area-weighted user's,
    producer's and overall accuracies, and the counts behind them. Undefined values are NaN.
    """
    if strata_area_m2 is None:
        if pixel_area_m2 is None:
            raise ValueError("Give the pixel area or the mapped areas of the strata.")
        strata_area_m2 = ((conf.tp + conf.fp) * pixel_area_m2, conf.n * pixel_area_m2)
    mapped_m2, total_m2 = (float(v) for v in strata_area_m2)
    weights = (mapped_m2 / total_m2, 1.0 - mapped_m2 / total_m2) if total_m2 > 0 else (math.nan, math.nan)
    # n_i1: reference target pixels in map stratum i; n_i.: all reference pixels in stratum i.
    strata = ((conf.tp, conf.tp + conf.fp), (conf.fn, conf.fn + conf.tn))
    proportion = 0.0
    variance = 0.0
    notes = []
    for weight, (hits, size) in zip(weights, strata):
        if weight == 0:
            continue
        if size == 0:
            proportion = variance = math.nan
            notes.append(translate("GlacierMapperCore", "A mapped class has no reference pixel: its accuracy, hence "
                                   "the adjusted area, cannot be estimated."))
            break
        share = hits / size
        proportion += weight * share
        # A stratum with a single reference pixel has no variance estimate (n_i. - 1 = 0).
        variance += weight ** 2 * share * (1 - share) / (size - 1) if size > 1 else math.nan
    to_km2 = total_m2 / 1e6
    adjusted = proportion * to_km2
    se = math.sqrt(variance) * to_km2 if not math.isnan(variance) else math.nan
    user = conf.tp / (conf.tp + conf.fp) if conf.tp + conf.fp else math.nan
    diagonal = (weights[0] * user if conf.tp + conf.fp else 0.0) + (
        weights[1] * conf.tn / (conf.fn + conf.tn) if conf.fn + conf.tn else 0.0)
    producer = weights[0] * user / proportion if proportion and not math.isnan(user) else math.nan
    return {
        "mapped_km2": mapped_m2 / 1e6,
        "adjusted_km2": adjusted,
        "se_km2": se,
        "ci95_low_km2": adjusted - Z95 * se,
        "ci95_high_km2": adjusted + Z95 * se,
        "total_km2": to_km2,
        "reference_km2": (conf.tp + conf.fn) * pixel_area_m2 / 1e6 if pixel_area_m2 is not None else math.nan,
        "user_accuracy": user,
        "producer_accuracy": producer,
        "overall_accuracy": diagonal if not math.isnan(proportion) else math.nan,
        "weight_target": weights[0],
        "reference_pixels": conf.n,
        "notes": notes,
    }


def row_areas_m2(info: Any) -> Optional[np.ndarray]:
    """Area of one pixel in each row, in m², for a RasterInfo; None when the raster has no CRS.

    Projected CRS: |dx·dy| in the CRS's linear unit, converted to metres (the same for every row).
    Geographic CRS: the exact ellipsoidal area of each row's pixel, from its latitudes (the band between
    two latitudes is a strip of the ellipsoid's cylindrical equal-area projection).
    """
    srs = spatial_reference(info.projection)
    if srs is None:
        return None
    x0, dx, rx, y0, ry, dy = info.geotransform
    if rx or ry:
        raise InputError(translate("GlacierMapperCore", "The prediction raster is rotated: pixel areas cannot be "
                                   "computed. Warp it to a north-up grid (gdalwarp) first."))
    if srs.IsGeographic():
        radians_per_unit = srs.GetAngularUnits()
        ellipsoid = Ellipsoid(srs.GetSemiMajor(), srs.GetInvFlattening())
        latitudes = np.clip((y0 + dy * np.arange(info.height + 1)) * radians_per_unit, -math.pi / 2, math.pi / 2)
        northings = ellipsoid.equal_area_y(latitudes)
        return np.abs(np.diff(northings)) * ellipsoid.a * abs(dx) * radians_per_unit
    metres = srs.GetLinearUnits() or 1.0
    return np.full(info.height, abs(dx * dy) * metres ** 2)
