"""Glacier and lake outlines from a class mask, with glacier-inventory attributes after RGI 7.

Pipeline (memory follows one raster window plus the outlines kept, never the scene):
1. the target class of the mask becomes a binary raster, window by window, north up (a south-up or
   east-left grid is flipped, so the outlines do not depend on the raster's orientation);
2. GDAL polygonizes it (scanline algorithm, 4-connected pieces) into a temporary GeoPackage;
3. the polygons are read in batches and cleaned: too small ones dropped, small holes filled, simplified
   and optionally smoothed, then repaired (make_valid, areas only); thresholds in m and m² on the ground
   whatever the CRS (geodesy.Measurer);
4. with a DEM and/or probability raster, per-outline statistics are accumulated strip by strip
   (zonal_stats);
5. the layer is written atomically (vector_io.VectorWriter), in the mask's CRS.

Simplification and smoothing keep each polygon's area within AREA_TOLERANCE (5 %) of its pixel area
(holes filled): a polygon they would change more, such as a single pixel (it would become a diamond of
half its area) or another small or thin object, keeps its pixel outline. The minimum area applies to the
pixel area, so simplification never drops an object.

Connectivity: pixels are joined into one outline through their edges (4-connectivity) by default. A
glacier or lake is a body of ice or water continuous at the image resolution; two bodies whose pixels
meet only at a corner are not visibly connected at 30 m, and joining them (8-connectivity) merges
neighbouring lakes and glaciers into one inventory object and produces rings that touch themselves.
Inventories (RGI, GLIMS) map glaciers as separate contiguous polygons, so 4 is the default; 8 is there
for users who want diagonal chains of pixels (thin debris-free tongues at coarse resolution) kept whole.
An 8-connected object is the multipolygon of its 4-connected pieces (valid, as they meet only at
corners), each piece cleaned on its own; its area is exactly its pixels' (holes filled).

Field conventions follow RGI 7 (area_km2, cenlon/cenlat of a point inside the outline: the centroid when
it falls inside, else a point on the surface; zmin_m ... aspect_deg; src_date as 2003-07-30T00:00:00).
Perimeters include the boundaries of holes.
"""
import math
import os
from dataclasses import dataclass, field, replace
from typing import Any, Dict, List, Optional, Tuple

import numpy as np
from osgeo import gdal, ogr

from ..callbacks import IsCancelled, Progress, Steps, gdal_callback
from ..choices import choice_keys
from ..errors import Cancelled, InputError
from ..geo import polygon_cleanup
from ..geo.geodesy import Measurer, spatial_reference
from ..io import atomic
from ..io.raster import BandReader, RasterInfo, RasterWriter, raster_info, windows
from ..io.vector import Field, VectorWriter, read_geometries, renamed_fields_warning
from ..messages import translate
from ..optional import optional_module
from ..paths import PathArg
from ..provenance import provenance
from ..sensors.acquisition_date import raster_date, require_date, rgi_date_text
from .lake_attributes import with_lake_attributes
from .zonal_stats import ZonalStatistics, raster_on_grid

shapely = optional_module("shapely")  # only the outline algorithms need it

gdal.UseExceptions()
ogr.UseExceptions()

ALGORITHM = "outlines"
# Polygons are read from the polygonizer's output in batches of this many, or of this many bytes of
# geometry, so memory holds a few thousand outlines at a time (and vectorised shapely calls stay fast).
BATCH = 2000
BATCH_BYTES = 16 * 2 ** 20
# Simplification and smoothing keep each polygon's area within this fraction of its pixel area (_shape).
AREA_TOLERANCE = 0.05

OUTLINE_FIELDS = (
    Field("outline_id", "int"),
    Field("class", "str", 32),
    Field("area_km2", "real"),
    Field("perim_km", "real"),
    Field("cenlon", "real"),
    Field("cenlat", "real"),
    Field("src_date", "str", 19),
    Field("zmin_m", "real"),
    Field("zmax_m", "real"),
    Field("zmed_m", "real"),
    Field("zmean_m", "real"),
    Field("slope_deg", "real"),
    Field("aspect_deg", "real"),
    Field("mean_prob", "real"),
    Field("src_raster", "str", 254),
    Field("dem_source", "str", 254),
    Field("method", "str", 64),
    Field("threshold", "real"),
    Field("model", "str", 254),
)
# The class names written into the outlines, and the pixel connectivity (see the module docstring).
CLASS_NAME_CHOICES = (("glacier", "Glacier"), ("lake", "Lake"))
CONNECTIVITY_CHOICES = ((4, "4 (edges)"), (8, "8 (edges and corners)"))
CONNECTIVITIES = choice_keys(CONNECTIVITY_CHOICES)


@dataclass
class OutlineOptions:
    class_value: int = 1
    class_name: str = "glacier"
    min_area_m2: float = 10000.0  # RGI's smallest glacier: 0.01 km²
    # Holes below this are noise inside the ice (or islets in a lake) and are filled; rock outcrops
    # (nunataks) bigger than this stay as holes. RGI keeps nunataks down to about the same size.
    hole_area_m2: float = 10000.0
    # Douglas-Peucker tolerance. 15 m (half a Landsat pixel) straightens shallow pixel staircases; a 45°
    # staircase needs 0.71 pixel (21 m at 30 m), which also starts to cut real corners.
    simplify_m: float = 15.0
    smooth: bool = False
    smooth_iterations: int = 2  # Chaikin passes when smooth is on
    smooth_m: float = 30.0  # corners are rounded over at most this distance along each edge
    connectivity: int = 4  # see the module docstring
    src_date: Optional[str] = None  # acquisition date; None: from the mask's metadata or product name
    area_method: str = "auto"  # "auto" | "ellipsoidal" | "planar": see geodesy
    glaciers_path: Optional[str] = None  # glacier outlines: lake type and distance (lake_attributes)
    proglacial_distance_m: float = 500.0


@dataclass
class OutlineResult:
    path: str
    layer: str
    count: int
    total_area_km2: float
    warnings: list = field(default_factory=list)
    fields: list = field(default_factory=list)
    src_date: Optional[str] = None
    area_method: Optional[str] = None


def _check_options(options):
    if not isinstance(options.class_value, (int, np.integer)) or isinstance(options.class_value, bool):
        raise InputError(translate("GlacierMapperCore", "The class value must be a whole number such as 1, not "
                                   "{class_value!r}.").format(class_value=options.class_value))
    for name, value in (("minimum area", options.min_area_m2), ("hole area", options.hole_area_m2),
                        ("simplification tolerance", options.simplify_m)):
        if value is None or not math.isfinite(value) or value < 0:
            raise InputError(translate("GlacierMapperCore", "The {name} ({value}) must be a number of metres (m²) of 0 "
                                       "or more.").format(name=name, value=value))
    if options.connectivity not in CONNECTIVITIES:
        raise InputError(translate("GlacierMapperCore", "Connectivity must be 4 (pixels joined through edges) or 8 "
                                   "(also through corners), not "
                                   "{connectivity}.").format(connectivity=options.connectivity))
    if options.smooth and not 1 <= int(options.smooth_iterations) <= 6:
        raise InputError(translate("GlacierMapperCore", "Smoothing iterations must be between 1 and 6."))
    if options.smooth and not (math.isfinite(options.smooth_m) and options.smooth_m > 0):
        raise InputError(translate("GlacierMapperCore", "The smoothing distance ({smooth_m}) must be a number of "
                                   "metres above 0.").format(smooth_m=options.smooth_m))
    if options.area_method not in ("auto", "ellipsoidal", "planar"):
        raise InputError(translate("GlacierMapperCore", "Unknown area method '{area_method}': use auto, ellipsoidal or "
                                   "planar.").format(area_method=options.area_method))


def _check_mask(mask_path, options):
    info = raster_info(mask_path)
    name = os.path.basename(str(mask_path))
    if info.band_count > 1:
        types = ", ".join(sorted(set(info.data_types)))
        raise InputError(translate("GlacierMapperCore", "'{name}' has {band_count} bands ({types}): it is not a class "
                                   "mask but imagery, it seems. MASK must be a single-band class mask (whole numbers, "
                                   "e.g. 1 glacier, 0 other, 255 nodata) such as the output of 'Glacier mask' "
                                   "(ndsiglaciermask), 'Lake mask' or 'Segment'. Make the mask from the imagery first, "
                                   "then outline it.").format(name=name, band_count=info.band_count, types=types))
    if info.data_types[0].startswith(("Float", "CFloat", "CInt")):
        raise InputError(translate("GlacierMapperCore", "'{name}' is a {data_types} raster, not a class mask. MASK "
                                   "must be a single-band class mask (UInt8 classes, e.g. 1 glacier, 0 other, 255 "
                                   "nodata) from 'Glacier mask' (ndsiglaciermask) or 'Segment'; a probability raster "
                                   "goes in the probability input.").format(name=name, data_types=info.data_types[0]))
    if not info.projection:
        raise InputError(translate("GlacierMapperCore", "The mask '{mask_path}' has no coordinate reference system, so "
                                   "outline areas cannot be measured. Assign it one (e.g. gdal_edit.py -a_srs "
                                   "EPSG:32611) and run again.").format(mask_path=mask_path))
    nodata = info.nodata[0]
    if nodata is not None and options.class_value == nodata:
        raise InputError(translate("GlacierMapperCore", "The class value {class_value} is the mask's nodata value. "
                                   "Choose the value of the class to outline "
                                   "(e.g. 1).").format(class_value=options.class_value))
    return info


def _centre(info):
    x0, dx, rx, y0, ry, dy = info.geotransform
    return (x0 + dx * info.width / 2 + rx * info.height / 2, y0 + ry * info.width / 2 + dy * info.height / 2)


def _north_up(info):
    """The mask's grid with rows running north to south and columns west to east, and whether rows and
    columns are flipped to get there. The polygonizer then sees the same pixels whatever the orientation
    of the mask (a south-up copy gives the same outlines); rotated grids are left as they are."""
    x0, dx, rx, y0, ry, dy = info.geotransform
    if rx or ry:
        return info, False, False
    flip_rows, flip_columns = dy > 0, dx < 0
    if flip_rows:
        y0, dy = y0 + dy * info.height, -dy
    if flip_columns:
        x0, dx = x0 + dx * info.width, -dx
    return replace(info, geotransform=(x0, dx, 0.0, y0, 0.0, dy)), flip_rows, flip_columns


# Distinct values listed for a mask without the class; more suggests imagery rather than classes.
MAX_LISTED_VALUES = 256


def _binary_class_raster(mask_path, info, class_value, work, steps):
    """1 where the mask holds the class, 0 elsewhere (nodata included), north up: the polygonizer's input.
    Returns (path, target pixel count, {value: pixels} of the valid values, or None past MAX_LISTED_VALUES)."""
    reader = BandReader(mask_path, [1])
    grid, flip_rows, flip_columns = _north_up(info)
    writer = RasterWriter(os.path.join(work, "class.tif"), grid, data_type="Byte")
    present = {}  # becomes None past MAX_LISTED_VALUES
    target = 0
    try:
        for window in windows(info.width, info.height):
            data, valid = reader.read(window)
            if present is not None:
                present = _count_values(data[0][valid], info.data_types[0] == "Byte", present)
            binary = (valid & (data[0] == class_value)).view(np.uint8)
            target += int(np.count_nonzero(binary))
            if flip_rows:
                binary, window = binary[::-1], replace(window, y=info.height - window.y - window.height)
            writer.write(window, binary[:, ::-1] if flip_columns else binary)
            steps.advance()
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    finally:
        reader.close()
    return writer.path, target, present


def _count_values(values, byte, present):
    """``present`` ({value: pixels}) with ``values`` added; None once there are too many to list."""
    if byte:  # bincount: an order of magnitude faster than sorting, on the usual Byte masks
        values = values.astype(np.uint8)  # frees the float copy before bincount makes its int64 one
        counts = np.bincount(values, minlength=256)
        values, counts = np.flatnonzero(counts), counts[counts > 0]
    else:
        values, counts = np.unique(values, return_counts=True)
    for value, count in zip(values.tolist(), counts.tolist()):
        present[value] = present.get(value, 0) + count
    return present if len(present) <= MAX_LISTED_VALUES else None


def _no_class_warning(options, present):
    if present is None:
        values = translate("GlacierMapperCore", "more than {count} different values, so this is not a class mask, "
                           "it seems (give the output of 'Glacier mask' or 'Segment')").format(count=MAX_LISTED_VALUES)
    else:
        values = translate("GlacierMapperCore", "the valid values present are: {values}").format(
            values=", ".join(f"{v:g}" for v in sorted(present)) or translate("GlacierMapperCore", "none (all nodata)"))
    return (translate("GlacierMapperCore", "The mask has no pixel of class {class_value} ({class_name}); {values}. The "
                      "output layer is empty.").format(
                      class_value=options.class_value, class_name=options.class_name, values=values))


def _trace_outlines(binary_path, work, srs, measurer, options, pixel_m, progress, is_cancelled):
    """gdal.Polygonize of the binary raster's 1-pixels into a temporary GeoPackage, read back in batches
    and cleaned. Returns (geometries, areas in m²).

    Pixels are always traced as 4-connected pieces: those are valid polygons, or nearly so (small repairs).
    With 8-connectivity the pieces that touch at a corner are joined afterwards (_clean_components): GDAL's
    own 8-connected polygons are rings that touch themselves at every diagonal, and on speckled masks
    repairing one of them (make_valid) ran for minutes without a chance to cancel.
    """
    source = gdal.Open(binary_path)
    band = source.GetRasterBand(1)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(work, "pixels.gpkg"))
    try:
        layer = dataset.CreateLayer("pixels", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=NO"])
        dataset.StartTransaction()
        try:
            gdal.Polygonize(band, band, layer, -1, [], callback=gdal_callback(progress, is_cancelled, 0.1, 0.4))
        except RuntimeError:
            if is_cancelled and is_cancelled():
                raise Cancelled() from None
            raise
        dataset.CommitTransaction()
        batches = layer.GetFeatureCount() // BATCH + 1
        if options.connectivity == 8:
            steps = Steps(batches, progress, is_cancelled, 0.4, 0.5)
            pieces = []
            for batch, _ in read_geometries(layer, batch_size=BATCH, batch_bytes=BATCH_BYTES):
                pieces.append(polygon_cleanup.repair(batch))
                steps.advance()
            steps = Steps(batches, progress, is_cancelled, 0.5, 0.7)
            return _clean_components(np.concatenate(pieces), source.GetGeoTransform(), measurer, options, pixel_m,
                                     steps)
        steps = Steps(batches, progress, is_cancelled, 0.4, 0.7)
        kept, kept_areas = [np.empty(0, dtype=object)], [np.zeros(0)]
        for batch, _ in read_geometries(layer, batch_size=BATCH, batch_bytes=BATCH_BYTES):
            steps.check()
            geometries, areas = clean_polygons(batch, measurer, options, pixel_m)
            kept.append(geometries)
            kept_areas.append(areas)
            steps.advance()
        return np.concatenate(kept), np.concatenate(kept_areas)
    finally:
        layer = None
        dataset = None  # closed before the temporary folder goes
        source = None


def pixel_size_m(info: RasterInfo, measurer: Measurer) -> float:
    """The larger side of a pixel in metres (at the centre of a lon/lat grid)."""
    dx, dy = info.pixel_size
    if not measurer.geographic:
        return max(dx, dy) * measurer.linear_unit
    latitude = _centre(info)[1] * measurer.angular_unit
    meridional, prime = measurer.ellipsoid.radii(latitude)
    return max(dx * prime * math.cos(latitude), dy * meridional) * measurer.angular_unit


def clean_polygons(geometries: np.ndarray, measurer: Measurer, options: OutlineOptions,
                   pixel_m: Optional[float] = None) -> Tuple[np.ndarray, np.ndarray]:
    """Cleaned outlines of one batch of pixel polygons: (geometries, area_m2), all above the minimum area.
    ``pixel_m`` (pixel size in metres) lets simplification straighten pixel staircases first.

    The minimum area applies to the pixel area with small holes filled, before simplification, so
    simplification and smoothing never drop an object (see _shape for the area they may change)."""
    geometries = np.asarray(geometries, dtype=object)
    if geometries.size == 0:
        return geometries, np.zeros(0)
    # Cheap first cut: an outline whose shell (holes filled) is below the minimum can never reach it.
    if options.min_area_m2 > 0:
        geometries = geometries[_shell_area_m2(geometries, measurer) >= options.min_area_m2]
    geometries = polygon_cleanup.repair(geometries)
    geometries = polygon_cleanup.fill_small_holes(geometries, measurer, options.hole_area_m2)
    geometries = geometries[~shapely.is_empty(geometries)]
    pixel_area = measurer.area_m2(geometries)
    keep = (pixel_area >= options.min_area_m2) & (pixel_area > 0)
    shaped, area, _ = _shape(geometries[keep], pixel_area[keep], measurer, options, pixel_m)
    return shaped, area


def _shell_area_m2(geometries, measurer):
    """Area inside the outer rings of each polygon or multipolygon (an upper bound of its area)."""
    parts, index = shapely.get_parts(geometries, return_index=True)
    shells = measurer.area_m2(shapely.polygons(shapely.get_exterior_ring(parts)))
    return np.bincount(index, weights=shells, minlength=len(geometries))


def _shape(geometries, pixel_area, measurer, options, pixel_m):
    """Simplified (and smoothed) outlines, their areas in m² and whether each one changed.

    Each polygon keeps its area within AREA_TOLERANCE of its pixel area: one that simplification or
    smoothing would change more (single pixels, which would become diamonds of half their area, and other
    small or thin objects), or would make empty, keeps its pixel outline."""
    changed = np.zeros(len(geometries), bool)
    if not len(geometries) or (options.simplify_m <= 0 and not options.smooth):
        return geometries, pixel_area, changed
    # single pixels would lose half their area whatever the tolerance: not worth the work (speckle)
    chosen = np.flatnonzero(pixel_area >= 1.5 * pixel_m ** 2) if pixel_m else np.arange(len(geometries))
    shaped = polygon_cleanup.simplify(geometries[chosen], measurer, options.simplify_m, pixel_m)
    if options.smooth:
        shaped = polygon_cleanup.smooth(shaped, measurer, options.smooth_m, int(options.smooth_iterations))
    shaped = polygon_cleanup.repair(shaped)
    area = measurer.area_m2(shaped)
    with np.errstate(invalid="ignore", divide="ignore"):
        drift = np.abs(area / pixel_area[chosen] - 1.0)
    changed[chosen] = ~shapely.is_empty(shaped) & (drift <= AREA_TOLERANCE)
    out, out_area = geometries.copy(), pixel_area.copy()
    out[chosen[changed[chosen]]] = shaped[changed[chosen]]
    out_area[chosen[changed[chosen]]] = area[changed[chosen]]
    return out, out_area, changed


def _clean_components(pieces, geotransform, measurer, options, pixel_m, steps):
    """8-connected outlines from 4-connected pixel polygons: each group of pieces that touch at corners
    becomes one multipolygon of its pieces, valid by construction (pieces meet only at points) with the
    exact pixel area. Every piece is cleaned on its own, in batches, so no single call grows with the
    size of an object and cancel is asked between batches. Returns (geometries, areas in m²)."""
    groups = polygon_cleanup.touching_groups(pieces, geotransform, steps.check)
    steps.check()
    if options.min_area_m2 > 0:  # cheap first cut, as in clean_polygons, on whole groups
        shells = np.zeros(len(pieces))
        for start in range(0, len(pieces), BATCH):
            steps.check()
            shells[start:start + BATCH] = _shell_area_m2(pieces[start:start + BATCH], measurer)
        upper = np.bincount(groups, weights=shells)
        chosen = upper[groups] >= options.min_area_m2
        pieces, groups = pieces[chosen], groups[chosen]
    steps.total = max(len(pieces) // BATCH + 1, 1)
    filled, shaped = np.empty(len(pieces), dtype=object), np.empty(len(pieces), dtype=object)
    pixel_area, area, changed = np.zeros(len(pieces)), np.zeros(len(pieces)), np.zeros(len(pieces), bool)
    closed_holes = np.zeros(len(pieces), bool)
    for start in range(0, len(pieces), BATCH):
        part = slice(start, start + BATCH)
        filled[part] = polygon_cleanup.fill_small_holes(pieces[part], measurer, options.hole_area_m2)
        pixel_area[part] = measurer.area_m2(filled[part])
        shaped[part], area[part], changed[part] = _shape(filled[part], pixel_area[part].copy(), measurer,
                                                         options, pixel_m)
        closed_holes[part] = _hole_count(filled[part]) < _hole_count(pieces[part])
        steps.advance()
    keep = ~_in_filled_holes(pieces, np.flatnonzero(closed_holes), groups, measurer, options.hole_area_m2,
                             steps.check)
    _settle_crossings(shaped, filled, area, pixel_area, groups, changed & keep, steps.check)
    group_area = np.bincount(groups[keep], weights=pixel_area[keep], minlength=groups.max(initial=-1) + 1)
    keep &= (group_area[groups] >= options.min_area_m2) & (group_area[groups] > 0)
    steps.check()
    return _join_groups(shaped[keep], area[keep], groups[keep])


def _hole_count(geometries):
    parts, index = shapely.get_parts(geometries, return_index=True)
    return np.bincount(index, weights=shapely.get_num_interior_rings(parts), minlength=len(geometries))


def _in_filled_holes(pieces, owners, groups, measurer, hole_area_m2, check):
    """Pieces inside a hole that hole filling closed in one of the ``owners`` (indices) of their object
    (islets joined to the shore at a corner): the filled piece covers them, and keeping them would make
    parts overlap."""
    inside = np.zeros(len(pieces), bool)
    if not len(owners):
        return inside
    holes, hole_owner = [np.empty(0, dtype=object)], [np.zeros(0, np.int64)]
    for start in range(0, len(owners), BATCH):
        check()
        chunk = owners[start:start + BATCH]
        parts, part_of = shapely.get_parts(pieces[chunk], return_index=True)
        rings, ring_part = shapely.get_rings(parts, return_index=True)
        is_hole = np.r_[False, ring_part[1:] == ring_part[:-1]]
        polygons, owner = shapely.polygons(rings[is_hole]), chunk[part_of[ring_part[is_hole]]]
        closed = measurer.area_m2(polygons) < hole_area_m2  # the rule of fill_small_holes
        holes.append(polygons[closed])
        hole_owner.append(owner[closed])
    holes, hole_owner = np.concatenate(holes), np.concatenate(hole_owner)
    tree = shapely.STRtree(holes)
    candidates = np.flatnonzero(np.isin(groups, groups[hole_owner]))
    for start in range(0, len(candidates), BATCH):
        check()
        chunk = candidates[start:start + BATCH]
        within, hole = tree.query(shapely.point_on_surface(pieces[chunk]), predicate="within")
        same = groups[chunk[within]] == groups[hole_owner[hole]]
        inside[chunk[within[same]]] = True
    return inside


def _settle_crossings(shaped, filled, area, pixel_area, groups, changed, check):
    """Pieces of one object must not overlap, or its multipolygon is invalid. Pixel outlines never do;
    a simplified piece whose boundary meets another piece of its object goes back to its pixel outline
    (with its holes filled), and that outline is checked in turn against the pieces still simplified.
    Updates the arrays in place."""
    shared = np.flatnonzero(np.bincount(groups)[groups] > 1)  # pieces of objects with several
    queried, targets = shared[changed[shared]], shared
    while len(queried):
        pairs = polygon_cleanup.crossing_pairs(shaped, groups, queried, targets, check)
        back = np.unique(pairs[changed[pairs]])
        shaped[back], area[back], changed[back] = filled[back], pixel_area[back], False
        queried, targets = back, shared[changed[shared]]


def _join_groups(pieces, areas, groups):
    """One geometry per group: the piece itself where alone, else a multipolygon of the pieces' parts."""
    order = np.argsort(groups, kind="stable")
    pieces, areas, groups = pieces[order], areas[order], groups[order]
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]]) if len(groups) else np.zeros(0, int)
    sizes = np.diff(np.r_[starts, len(groups)])
    out = pieces[starts].copy()
    several = sizes > 1
    if several.any():
        rank = np.repeat(np.arange(len(starts)), sizes)
        parts, index = shapely.get_parts(pieces, return_index=True)
        owner = rank[index]
        wanted = several[owner]
        joined = shapely.multipolygons(parts[wanted], indices=np.unique(owner[wanted], return_inverse=True)[1])
        out[several] = joined
    return out, np.add.reduceat(areas, starts) if len(starts) else np.zeros(0)


def representative_points(geometries: np.ndarray) -> np.ndarray:
    """The centroid where it lies inside the outline, else a point on its surface (as RGI's cenlon/cenlat)."""
    centroids = shapely.centroid(geometries)
    shapely.prepare(geometries)  # indexed point-in-polygon: an 8-connected object may have 10⁵ parts
    try:
        inside = shapely.contains(geometries, centroids)
    finally:
        shapely.destroy_prepared(geometries)
    return np.where(inside, centroids, shapely.point_on_surface(geometries))


def _source_date(options, mask_path, info, warnings):
    if options.src_date not in (None, ""):
        return require_date(options.src_date, "source date")
    date, where, warning = raster_date(mask_path, info.metadata)
    if warning:
        warnings.append(warning)
    if date is None:
        warnings.append(translate("GlacierMapperCore", "No acquisition date was found in the mask's metadata or name: "
                                  "src_date is empty. Set the source date so outlines of different dates can be "
                                  "compared."))
    return date


def _mask_provenance(info):
    metadata = info.metadata
    threshold = metadata.get("GLACIERMAPPER_THRESHOLD")
    try:
        threshold = float(threshold) if threshold not in (None, "") else None
    except ValueError:
        threshold = None
    return {"method": metadata.get("GLACIERMAPPER_ALGORITHM") or None, "threshold": threshold,
            "model": metadata.get("GLACIERMAPPER_MODEL") or None}


def outline_mask(mask_path: PathArg, out_path: PathArg, options: Optional[OutlineOptions] = None,
                 probability_path: Optional[PathArg] = None, dem_path: Optional[PathArg] = None,
                 layer_name: str = "outlines", metadata: Optional[Dict[str, Any]] = None,
                 progress: Optional[Progress] = None, is_cancelled: Optional[IsCancelled] = None) -> OutlineResult:
    """Outlines of one class of ``mask_path`` written to ``out_path`` (any OGR format by extension,
    GeoPackage by default) with RGI 7-style attributes; returns an OutlineResult.

    ``dem_path`` may be on any grid that overlaps the mask (it is resampled onto the mask's grid block by
    block); ``probability_path`` must share the mask's grid. ``metadata`` adds items to the layer's
    metadata. A mask without pixels of the class gives an empty layer with the full schema and a warning.
    """
    options = options or OutlineOptions()
    _check_options(options)
    info = _check_mask(mask_path, options)
    if probability_path:
        probability_info = raster_info(probability_path)
        if not probability_info.same_grid(info):
            raise InputError(translate("GlacierMapperCore", "The probability raster '{probability_path}' is not on the "
                                       "mask's grid (size and geotransform differ). Give the probability raster "
                                       "written with this mask.").format(
                                       probability_path=os.path.basename(str(probability_path))))
    if not layer_name:
        raise InputError(translate("GlacierMapperCore", "The output layer needs a name, e.g. outlines."))
    warnings: List[str] = []
    measurer = Measurer(info.projection, reference=_centre(info), method=options.area_method)
    if measurer.ellipsoidal and not measurer.geographic:
        warnings.append(translate("GlacierMapperCore", "The mask's projection distorts areas strongly here; areas and "
                                  "lengths are measured on the ellipsoid instead."))
    date = _source_date(options, mask_path, info, warnings)
    srs = spatial_reference(info.projection)
    window_count = len(windows(info.width, info.height))
    progress_steps = Steps(window_count, progress, is_cancelled, 0.0, 0.1)

    with atomic.work_dir(os.fspath(out_path)) as work:  # beside the output: a killed run's is swept later
        writer = VectorWriter(out_path)
        try:
            dem_grid_path = None
            if dem_path:
                dem_grid_path, dem_warnings = raster_on_grid(dem_path, info, work, "DEM")
                warnings.extend(dem_warnings)
            binary_path, target_pixels, present = _binary_class_raster(
                mask_path, info, options.class_value, work, progress_steps)
            geometries, areas = np.empty(0, dtype=object), np.zeros(0)
            if target_pixels == 0:
                warnings.append(_no_class_warning(options, present))
            else:
                geometries, areas = _trace_outlines(binary_path, work, srs, measurer, options,
                                                    pixel_size_m(info, measurer), progress, is_cancelled)
                if not len(geometries):
                    warnings.append(translate("GlacierMapperCore", "No outline of class {class_value} reaches the "
                                              "minimum area of {min_area_m2:g} m²; the output layer is empty.").format(
                                              class_value=options.class_value, min_area_m2=options.min_area_m2))
            progress_steps.check()
            statistics = {}
            if len(geometries) and (dem_grid_path or probability_path):
                zonal = ZonalStatistics(geometries, info, measurer, dem_grid_path, probability_path)
                try:
                    statistics = zonal.compute(Steps(zonal.window_count(), progress, is_cancelled, 0.7, 0.95))
                finally:
                    zonal.close()
            rows = _attributes(geometries, areas, measurer, options, date, statistics, mask_path, dem_path, info)
            fields, rows = with_lake_attributes(OUTLINE_FIELDS, rows, geometries, srs, measurer, _centre(info), options)
            if is_cancelled and is_cancelled():
                raise Cancelled()
            layer_metadata = provenance(ALGORITHM, {"mask": mask_path, "dem": dem_path,
                                                    "probability": probability_path},
                                        {**options.__dict__, "area_method_used": measurer.method})
            if date:  # lets outline change date an empty layer too
                layer_metadata["GLACIERMAPPER_SRC_DATE"] = date.isoformat()
            layer_metadata.update(metadata or {})
            writer.add_layer(layer_name, fields, srs, ogr.wkbMultiPolygon, layer_metadata)
            warnings.extend(renamed_fields_warning(writer))
            writer.write(layer_name, geometries, rows)
            writer.commit()
        except BaseException:
            writer.abort()
            raise
    if progress:
        progress(1.0)
    return OutlineResult(writer.path, layer_name, len(rows), float(areas.sum() / 1e6), warnings,
                         [f.name for f in fields], rgi_date_text(date), measurer.method)


def _attributes(geometries, areas, measurer, options, date, statistics, mask_path, dem_path, info):
    count = len(geometries)
    if not count:
        return []
    perimeters = measurer.length_m(geometries)
    lonlat = measurer.to_lonlat(shapely.get_coordinates(representative_points(geometries)))
    common = {"class": options.class_name, "src_date": rgi_date_text(date),
              "src_raster": os.path.basename(str(mask_path)),
              "dem_source": os.path.basename(str(dem_path)) if dem_path else None, **_mask_provenance(info)}
    rows = []
    for i in range(count):
        row = dict(common)
        row.update(outline_id=i + 1, area_km2=float(areas[i]) / 1e6, perim_km=float(perimeters[i]) / 1e3,
                   cenlon=float(lonlat[i, 0]), cenlat=float(lonlat[i, 1]))
        for name, values in statistics.items():
            row[name] = float(values[i])
        rows.append(row)
    return rows
