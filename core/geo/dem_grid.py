"""A DEM (or any raster) on the grid of a scene or mask, and slope and aspect on such a grid.

raster_on_grid gives a VRT that resamples on reading, so a DEM of another grid or CRS is read window by
window like the scene and never resampled in memory. horn_slope_aspect: Horn (1981), as gdaldem.
"""
import math
import os
from typing import List, Tuple, Union

import numpy as np
from osgeo import gdal, osr

from ..errors import InputError
from ..io.raster import RasterInfo, raster_info
from ..messages import translate
from ..optional import optional_module
from ..paths import PathArg
from .geodesy import spatial_reference

shapely = optional_module("shapely")  # raster_on_grid needs it for the overlap check

gdal.UseExceptions()


def _extent_polygon(info):
    x0, dx, rx, y0, ry, dy = info.geotransform
    corners = [(x0 + dx * c + rx * r, y0 + ry * c + dy * r) for c, r in
               ((0, 0), (info.width, 0), (info.width, info.height), (0, info.height))]
    return shapely.Polygon(corners)


def raster_on_grid(path: PathArg, like: RasterInfo, work_dir: str, what: str = "DEM") -> Tuple[PathArg, List[str]]:
    """``path`` itself when it lies on the grid of ``like`` (a RasterInfo), else a warped VRT onto that grid
    (read block by block, so nothing is resampled in memory). Returns (path, warnings).

    Raises InputError when the raster has no CRS or does not overlap ``like``.
    """
    info = raster_info(path)
    if not info.projection:
        raise InputError(translate("GlacierMapperCore", "The {what} '{path}' has no coordinate reference system. "
                                   "Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) "
                                   "and run again.").format(what=what, path=path))
    source_srs, target_srs = spatial_reference(info.projection), spatial_reference(like.projection)
    if source_srs is None or target_srs is None:
        raise InputError(translate("GlacierMapperCore", "The mask has no coordinate reference system, so the {what} "
                                   "cannot be placed on it. Assign the mask its CRS (e.g. gdal_edit.py -a_srs "
                                   "EPSG:32611) and run again.").format(what=what))
    if info.same_grid(like) and source_srs.IsSame(target_srs):
        return path, []
    to_target = osr.CoordinateTransformation(source_srs, target_srs)
    outline = shapely.segmentize(_extent_polygon(info), max(info.width * info.pixel_size[0],
                                                            info.height * info.pixel_size[1]) / 50)
    try:
        footprint = shapely.transform(outline, lambda xy: np.asarray(to_target.TransformPoints(xy), float)[:, :2])
        footprint = shapely.make_valid(footprint)
    except RuntimeError:
        footprint = shapely.Polygon()
    target = _extent_polygon(like)
    overlap = footprint.intersection(target).area / target.area if not footprint.is_empty else 0.0
    if overlap <= 0:
        fx0, fy0, fx1, fy1 = footprint.bounds if not footprint.is_empty else (math.nan,) * 4
        tx0, ty0, tx1, ty1 = target.bounds
        raise InputError(
            translate("GlacierMapperCore", "The {what} '{path}' does not overlap the mask: in the mask's CRS it spans "
                      "x {fx0:.0f}..{fx1:.0f}, y {fy0:.0f}..{fy1:.0f}, the mask x {tx0:.0f}..{tx1:.0f}, y "
                      "{ty0:.0f}..{ty1:.0f}. Give a {what} that covers the mapped area.").format(
                      what=what, path=os.path.basename(str(path)), fx0=fx0, fx1=fx1, fy0=fy0, fy1=fy1, tx0=tx0, tx1=tx1,
                      ty0=ty0, ty1=ty1))
    warnings: List[str] = []
    if overlap < 0.999:
        warnings.append(translate("GlacierMapperCore", "The {what} covers {overlap:.1f} % of the mask; statistics use "
                                  "the part it covers.").format(what=what, overlap=100 * overlap))
    # The warper averages a much finer DEM (no aliasing) and interpolates others bilinearly.
    target_pixel = like.pixel_size[0]
    source_pixel = info.pixel_size[0]
    if source_srs.IsGeographic() != target_srs.IsGeographic():
        source_pixel = math.sqrt(max(footprint.area, 1e-30) / (info.width * info.height))
    resampling = "average" if source_pixel * 1.5 < target_pixel else "bilinear"
    x0, dx, rx, y0, ry, dy = like.geotransform
    out = os.path.join(work_dir, f"{what.lower()}_on_mask_grid.vrt")
    if source_srs.IsSame(target_srs) and rx == ry == 0 and info.geotransform[2] == info.geotransform[4] == 0:
        # Same CRS: a VRT that resamples on reading is an order of magnitude faster than the warper. Its
        # bilinear kernel widens with the scale when the DEM is finer (an area average then), honours
        # the DEM's nodata, and, unlike its "average", keeps fractional pixel offsets exact.
        # Outside the DEM the VRT holds its nodata.
        nodata = {} if info.nodata[0] is not None else {"noData": float("nan")}
        gdal.Translate(out, str(path), format="VRT", projWin=(x0, y0, x0 + dx * like.width, y0 + dy * like.height),
                       width=like.width, height=like.height, resampleAlg="bilinear", outputType=gdal.GDT_Float32,
                       **nodata)
    else:
        bounds = (min(x0, x0 + dx * like.width), min(y0, y0 + dy * like.height),
                  max(x0, x0 + dx * like.width), max(y0, y0 + dy * like.height))
        gdal.Warp(out, str(path), format="VRT", outputBounds=bounds, width=like.width, height=like.height,
                  dstSRS=like.projection, resampleAlg=resampling, outputType=gdal.GDT_Float32,
                  dstNodata=float("nan"))
    return out, warnings


def horn_slope_aspect(z: np.ndarray, rows: np.ndarray, cols: np.ndarray, dx: Union[float, np.ndarray],
                      dy: Union[float, np.ndarray]) -> Tuple[np.ndarray, np.ndarray]:
    """Slope (degrees) and aspect (degrees clockwise from north: the direction the slope faces) at the
    cells (rows + 1, cols + 1) of ``z``, a DEM strip with one cell of neighbours all round (NaN where
    unknown). Horn's 3 x 3 weights, as gdaldem. ``dx``/``dy``: pixel size in metres, scalars or per cell.
    Only the cells asked for are computed, so the cost follows the outlines, not the strip."""
    width = z.shape[1]
    flat = z.ravel()
    base = rows * width + cols

    def at(dr, dc):
        return flat[base + (dr * width + dc)]

    a, b, c = at(0, 0), at(0, 1), at(0, 2)
    d, f = at(1, 0), at(1, 2)
    g, h, i = at(2, 0), at(2, 1), at(2, 2)
    dz_east = ((c + 2 * f + i) - (a + 2 * d + g)) / (8 * dx)
    dz_south = ((g + 2 * h + i) - (a + 2 * b + c)) / (8 * dy)
    slope = np.degrees(np.arctan(np.hypot(dz_east, dz_south)))
    # Downslope points along -gradient: east component -dz_east, north component +dz_south.
    aspect = np.degrees(np.arctan2(-dz_east, dz_south)) % 360.0
    return slope, aspect
