"""Areas in m² and lengths in m of shapely geometries, whatever the CRS they are drawn in.

- Projected CRS with small scale distortion (UTM, national grids, equal-area projections): planar measures
  in the CRS, converted from its linear unit to metres. That is what a glaciologist working in UTM reads
  off the map; UTM's own scale error is below 0.2 % in area inside a zone.
- Geographic CRS (lon/lat): ellipsoidal measures on the CRS's own ellipsoid. Areas are planar areas in
  the Lambert cylindrical equal-area projection of that ellipsoid (authalic latitude), which is exactly
  equal-area, so the area of a lon/lat polygon is its area on the ellipsoid (edges longer than
  ``GEOGRAPHIC_MAX_SEGMENT_DEG`` are densified first). Lengths sum, segment by segment, the arc length
  sqrt((M dphi)² + (N cos(phi) dlambda)²) at the segment's mid-latitude (M, N: radii of curvature): for
  segments under 0.1° its relative error is below 1e-5.
- Projected CRS whose areal scale at the data is more than ``DISTORTION_LIMIT`` away from 1 (Web
  Mercator and the like): coordinates are transformed to the CRS's geographic CRS and measured as above.

Everything is vectorised over arrays of geometries (shapely 2), so a scene's polygons are measured in
one call instead of one coordinate transformation per polygon.
"""
import math
from typing import Any, Callable, Optional, Sequence, Tuple

import numpy as np
from osgeo import osr

from ..errors import InputError
from ..messages import translate
from ..optional import optional_module

shapely = optional_module("shapely")  # only the outline algorithms need it

# Longer lon/lat edges are densified so straight edges in lon/lat and in the equal-area plane agree.
GEOGRAPHIC_MAX_SEGMENT_DEG = 0.1
# Projected CRSs whose areal scale factor strays further than this from 1 are measured on the ellipsoid.
DISTORTION_LIMIT = 0.01


def spatial_reference(wkt_or_srs: Any) -> Optional[osr.SpatialReference]:
    """An osr.SpatialReference in lon/lat (x = east) axis order, or None for an empty CRS."""
    if wkt_or_srs is None or wkt_or_srs == "":
        return None
    if isinstance(wkt_or_srs, osr.SpatialReference):
        srs = wkt_or_srs.Clone()
    else:
        srs = osr.SpatialReference()
        if srs.SetFromUserInput(str(wkt_or_srs)) != 0:
            raise InputError(translate("GlacierMapperCore", "Cannot read the coordinate reference system "
                                       "'{crs}'.").format(crs=str(wkt_or_srs)[:80]))
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def wgs84() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


class Ellipsoid:
    """Radii and the authalic (equal-area) latitude of one ellipsoid; angles in radians."""

    def __init__(self, semi_major: float, inverse_flattening: float) -> None:
        self.a = float(semi_major)
        f = 1.0 / inverse_flattening if inverse_flattening else 0.0
        self.e2 = f * (2.0 - f)
        self.e = math.sqrt(self.e2)

    def _q(self, phi):
        s = np.sin(phi)
        if self.e == 0.0:
            return 2.0 * s
        es = self.e * s
        return (1.0 - self.e2) * (s / (1.0 - es * es) - np.log((1.0 - es) / (1.0 + es)) / (2.0 * self.e))

    def equal_area_y(self, phi: Any) -> Any:
        """Northing of the cylindrical equal-area projection (x = a * lambda), in metres."""
        return self.a * self._q(phi) / 2.0

    def radii(self, phi: Any) -> Tuple[Any, Any]:
        """(meridional M, prime vertical N) radii of curvature in metres."""
        w = 1.0 - self.e2 * np.sin(phi) ** 2
        return self.a * (1.0 - self.e2) / w ** 1.5, self.a / np.sqrt(w)


def pixel_size_m(geotransform: Sequence[float], wkt: Optional[str], width: int, height: int) -> Tuple[float, float]:
    """(dx, dy) of one pixel in metres: the one pixel-size formula of the engine.

    Projected CRS: the geotransform's pixel size times the CRS's linear unit. Geographic CRS: the arc lengths
    of one pixel on the CRS's ellipsoid at the scene centre, dx = N cos(phi) dlambda and dy = M dphi (M, N:
    meridional and prime-vertical radii of curvature). No CRS: the geotransform's units, whatever they are.
    """
    gt = [float(v) for v in geotransform]
    size_x, size_y = math.hypot(gt[1], gt[4]), math.hypot(gt[2], gt[5])
    srs = spatial_reference(wkt)
    if srs is None:
        return size_x, size_y
    if not srs.IsGeographic():
        unit = srs.GetLinearUnits() or 1.0
        return size_x * unit, size_y * unit
    radians = srs.GetAngularUnits()  # radians per CRS unit
    latitude = (gt[3] + gt[4] * width / 2.0 + gt[5] * height / 2.0) * radians
    meridional, prime_vertical = Ellipsoid(srs.GetSemiMajor(), srs.GetInvFlattening()).radii(latitude)
    return (float(size_x * radians * prime_vertical * math.cos(latitude)),
            float(size_y * radians * meridional))


def resolution_m(geotransform: Sequence[float], wkt: Optional[str], width: int, height: int) -> float:
    """The single resolution figure, sqrt(dx * dy) in metres, that model cards and chip manifests compare."""
    dx, dy = pixel_size_m(geotransform, wkt, width, height)
    return math.sqrt(dx * dy)


class Measurer:
    """Measures geometries drawn in one CRS; see the module docstring for the method chosen.

    ``reference`` (x, y) in the CRS is where the distortion of a projected CRS is checked, normally the
    centre of the data; ``method`` forces "planar" or "ellipsoidal" instead of "auto".
    """

    def __init__(self, crs: Any, reference: Optional[Tuple[float, float]] = None, method: str = "auto") -> None:
        self.srs = spatial_reference(crs)
        if self.srs is None:
            raise InputError(translate("GlacierMapperCore", "The data have no coordinate reference system, so areas in "
                                       "m² cannot be computed. Assign the right CRS to the raster (e.g. with "
                                       "gdal_edit.py -a_srs) and run again."))
        self.geographic = bool(self.srs.IsGeographic())
        self.linear_unit = 1.0 if self.geographic else (self.srs.GetLinearUnits() or 1.0)
        self.angular_unit = self.srs.GetAngularUnits() if self.geographic else math.pi / 180.0
        self.ellipsoid = Ellipsoid(self.srs.GetSemiMajor(), self.srs.GetInvFlattening())
        self._to_geographic = None
        if self.geographic:
            self.ellipsoidal = True
        elif method == "planar":
            self.ellipsoidal = False
        else:
            geographic = self.srs.CloneGeogCS()
            geographic.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
            self._to_geographic = osr.CoordinateTransformation(self.srs, geographic)
            self.angular_unit = geographic.GetAngularUnits()
            self.ellipsoidal = method == "ellipsoidal" or (
                reference is not None and abs(self.areal_scale(reference) - 1.0) > DISTORTION_LIMIT)
        self.method = "ellipsoidal" if self.ellipsoidal else "planar"

    def _geographic_view(self, geometries):
        """The geometries in lon/lat units of the CRS (densified), or as they are when already lon/lat."""
        geometries = np.asarray(geometries, dtype=object)
        if not self.geographic:
            geometries = shapely.transform(
                geometries, lambda xy: np.asarray(self._to_geographic.TransformPoints(xy), float)[:, :2])
        step = GEOGRAPHIC_MAX_SEGMENT_DEG * (math.pi / 180.0) / self.angular_unit
        return shapely.segmentize(geometries, step)

    def areal_scale(self, point: Tuple[float, float], half_size: float = 500.0) -> float:
        """Ratio of planar to ellipsoidal area of a small square around ``point`` in a projected CRS."""
        x, y = point
        h = half_size / self.linear_unit
        square = shapely.box(x - h, y - h, x + h, y + h)
        planar = (2 * h * self.linear_unit) ** 2
        try:
            return planar / float(self._ellipsoidal_area(np.array([square]))[0])
        except (RuntimeError, ZeroDivisionError):  # outside the projection's domain: measure in the plane
            return 1.0

    # -- measures ------------------------------------------------------------------------------------------
    def _ellipsoidal_area(self, geometries):
        ell = self.ellipsoid
        unit = self.angular_unit

        def project(xy):
            return np.column_stack((ell.a * xy[:, 0] * unit, ell.equal_area_y(xy[:, 1] * unit)))

        return shapely.area(shapely.transform(self._geographic_view(geometries), project))

    def area_m2(self, geometries: Any) -> np.ndarray:
        """Area in m² of each geometry (array in, float array out)."""
        geometries = np.asarray(geometries, dtype=object)
        if geometries.size == 0:
            return np.zeros(0)
        if self.ellipsoidal:
            return self._ellipsoidal_area(geometries)
        return shapely.area(geometries) * self.linear_unit ** 2

    def length_m(self, geometries: Any) -> np.ndarray:
        """Length in m of each geometry's boundary (perimeter of polygons, holes included)."""
        geometries = np.asarray(geometries, dtype=object)
        if geometries.size == 0:
            return np.zeros(0)
        if not self.ellipsoidal:
            return shapely.length(geometries) * self.linear_unit
        parts, part_index = shapely.get_parts(self._geographic_view(geometries), return_index=True)
        # Polygons are measured ring by ring; lines (which have no rings) as they are.
        is_polygon = shapely.get_type_id(parts) == 3
        rings, ring_index = shapely.get_rings(parts[is_polygon], return_index=True)
        rings = np.concatenate((rings, parts[~is_polygon]))
        ring_index = np.concatenate((np.flatnonzero(is_polygon)[ring_index], np.flatnonzero(~is_polygon)))
        coords, coord_index = shapely.get_coordinates(rings, return_index=True)
        if len(coords) < 2:
            return np.zeros(len(geometries))
        lam, phi = coords[:, 0] * self.angular_unit, coords[:, 1] * self.angular_unit
        same_ring = coord_index[1:] == coord_index[:-1]
        mid = (phi[1:] + phi[:-1]) / 2.0
        m, n = self.ellipsoid.radii(mid)
        dlam = np.diff(lam)
        dlam = (dlam + math.pi) % (2 * math.pi) - math.pi  # across the antimeridian
        segment = np.hypot(m * np.diff(phi), n * np.cos(mid) * dlam)
        segment[~same_ring] = 0.0
        ring_length = np.bincount(coord_index[:-1], weights=segment, minlength=len(rings))
        part_length = np.bincount(ring_index, weights=ring_length, minlength=len(parts))
        return np.bincount(part_index, weights=part_length, minlength=len(geometries))

    # -- metres <-> map units ------------------------------------------------------------------------------
    def local_scale(self, geometries: Any) -> Tuple[np.ndarray, np.ndarray]:
        """Map units per metre along x and y at each geometry's centre: (sx, sy) float arrays."""
        geometries = np.asarray(geometries, dtype=object)
        if not self.geographic:
            s = np.full(len(geometries), 1.0 / self.linear_unit)
            return s, s
        centres = shapely.get_coordinates(shapely.centroid(geometries))
        phi = centres[:, 1] * self.angular_unit
        m, n = self.ellipsoid.radii(phi)
        return 1.0 / (n * np.cos(phi) * self.angular_unit), 1.0 / (m * self.angular_unit)

    def to_lonlat(self, xy: Any) -> np.ndarray:
        """WGS84 (lon, lat) in degrees of coordinates (n, 2) of this CRS."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if len(xy) == 0:
            return xy
        transform = osr.CoordinateTransformation(self.srs, wgs84())
        return np.asarray(transform.TransformPoints(xy), dtype=float)[:, :2]


def apply_in_metres(geometries: Any, measurer: Measurer, operation: Callable[[Any], Any]) -> Any:
    """Run ``operation(geometries_in_metres)`` in a local metric frame and bring the result back.

    In a projected CRS the frame is the CRS scaled to metres. In lon/lat each geometry is scaled about
    its own centre by the metres per degree at its latitude (an affine map: validity is kept), so metre
    tolerances mean metres on the ground.
    """
    geometries = np.asarray(geometries, dtype=object)
    if geometries.size == 0:
        return geometries
    sx, sy = measurer.local_scale(geometries)
    if not measurer.geographic:
        if sx[0] == 1.0:
            return operation(geometries)
        return shapely.transform(operation(shapely.transform(geometries, lambda xy: xy / sx[0])),
                                 lambda xy: xy * sx[0])
    origin = shapely.get_coordinates(shapely.centroid(geometries))
    coords, index = shapely.get_coordinates(geometries, return_index=True)
    local = np.column_stack(((coords[:, 0] - origin[index, 0]) / sx[index],
                             (coords[:, 1] - origin[index, 1]) / sy[index]))
    result = operation(shapely.set_coordinates(shapely.transform(geometries, lambda xy: xy), local))
    coords, index = shapely.get_coordinates(result, return_index=True)
    back = np.column_stack((coords[:, 0] * sx[index] + origin[index, 0],
                            coords[:, 1] * sy[index] + origin[index, 1]))
    return shapely.set_coordinates(result, back)
