"""Glacier and lake outlines from a class mask, with glacier-inventory attributes after RGI 7.

Pipeline (memory follows one raster window plus the outlines kept, never the scene):
1. the target class of the mask becomes a binary raster, window by window;
2. GDAL polygonizes it (scanline algorithm) into a temporary GeoPackage;
3. the polygons are read in batches and cleaned: too small ones dropped, small holes filled, simplified
   and optionally smoothed, then repaired (make_valid, areas only); thresholds in m and m² on the ground
   whatever the CRS (geodesy.Measurer);
4. with a DEM and/or probability raster, per-outline statistics are accumulated strip by strip
   (zonal_stats);
5. the layer is written atomically (vector_io.VectorWriter), in the mask's CRS.

Connectivity: pixels are joined into one outline through their edges (4-connectivity) by default. A
glacier or lake is a body of ice or water continuous at the image resolution; two bodies whose pixels
meet only at a corner are not visibly connected at 30 m, and joining them (8-connectivity) merges
neighbouring lakes and glaciers into one inventory object and produces rings that touch themselves.
Inventories (RGI, GLIMS) map glaciers as separate contiguous polygons, so 4 is the default; 8 is there
for users who want diagonal chains of pixels (thin debris-free tongues at coarse resolution) kept whole.

Field conventions follow RGI 7 (area_km2, cenlon/cenlat of a point inside the outline: the centroid when
it falls inside, else a point on the surface; zmin_m ... aspect_deg; src_date as 2003-07-30T00:00:00).
Perimeters include the boundaries of holes.
"""
import math
import os
import tempfile
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from osgeo import gdal, ogr

from ..callbacks import Steps, gdal_callback
from ..choices import choice_keys
from ..errors import Cancelled, InputError
from ..geo import polygon_cleanup
from ..geo.geodesy import Measurer, spatial_reference
from ..io.raster import BandReader, RasterWriter, raster_info, windows
from ..io.vector import Field, VectorWriter, read_geometries, renamed_fields_warning
from ..optional import optional_module
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
        raise InputError(f"The class value must be a whole number such as 1, not {options.class_value!r}.")
    for name, value in (("minimum area", options.min_area_m2), ("hole area", options.hole_area_m2),
                        ("simplification tolerance", options.simplify_m)):
        if value is None or not math.isfinite(value) or value < 0:
            raise InputError(f"The {name} ({value}) must be a number of metres (m²) of 0 or more.")
    if options.connectivity not in CONNECTIVITIES:
        raise InputError(f"Connectivity must be 4 (pixels joined through edges) or 8 (also through corners), "
                         f"not {options.connectivity}.")
    if options.smooth and not 1 <= int(options.smooth_iterations) <= 6:
        raise InputError("Smoothing iterations must be between 1 and 6.")
    if options.smooth and not (math.isfinite(options.smooth_m) and options.smooth_m > 0):
        raise InputError(f"The smoothing distance ({options.smooth_m}) must be a number of metres above 0.")
    if options.area_method not in ("auto", "ellipsoidal", "planar"):
        raise InputError(f"Unknown area method '{options.area_method}': use auto, ellipsoidal or planar.")


def _check_mask(mask_path, options):
    info = raster_info(mask_path)
    if info.data_types[0].startswith(("Float", "CFloat", "CInt")):
        raise InputError(f"'{os.path.basename(str(mask_path))}' is a {info.data_types[0]} raster, not a class mask. "
                         "Give the mask (UInt8 classes, e.g. 1 glacier, 0 other, 255 nodata) from the NDSI "
                         "glacier mask or segmentation; a probability raster goes in the probability input.")
    if not info.projection:
        raise InputError(f"The mask '{mask_path}' has no coordinate reference system, so outline areas cannot be "
                         "measured. Assign it one (e.g. gdal_edit.py -a_srs EPSG:32611) and run again.")
    nodata = info.nodata[0]
    if nodata is not None and options.class_value == nodata:
        raise InputError(f"The class value {options.class_value} is the mask's nodata value. Choose the value "
                         "of the class to outline (e.g. 1).")
    return info


def _centre(info):
    x0, dx, rx, y0, ry, dy = info.geotransform
    return (x0 + dx * info.width / 2 + rx * info.height / 2, y0 + ry * info.width / 2 + dy * info.height / 2)


def _binary_class_raster(mask_path, info, class_value, work, steps):
    """1 where the mask holds the class, 0 elsewhere (nodata included): the polygonizer's input.
    Returns (path, target pixel count, {value: pixels} of a Byte mask's valid values)."""
    reader = BandReader(mask_path, [1])
    writer = RasterWriter(os.path.join(work, "class.tif"), info, data_type="Byte")
    value_counts = np.zeros(256, np.int64)
    target = 0
    try:
        for window in windows(info.width, info.height):
            data, valid = reader.read(window)
            binary = valid & (data[0] == class_value)
            target += int(binary.sum())
            if info.data_types[0] == "Byte":
                value_counts += np.bincount(data[0][valid].astype(np.uint8), minlength=256)
            writer.write(window, binary.astype(np.uint8))
            steps.advance()
        writer.commit()
    except BaseException:
        writer.abort()
        raise
    finally:
        reader.close()
    present = {int(v): int(c) for v, c in enumerate(value_counts) if c}
    return writer.path, target, present


def _trace_outlines(binary_path, work, srs, measurer, options, pixel_m, progress, is_cancelled):
    """gdal.Polygonize of the binary raster's 1-pixels into a temporary GeoPackage, read back in batches
    and cleaned. Returns (geometries, areas in m²)."""
    source = gdal.Open(binary_path)
    band = source.GetRasterBand(1)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(os.path.join(work, "pixels.gpkg"))
    try:
        layer = dataset.CreateLayer("pixels", srs, ogr.wkbPolygon, options=["SPATIAL_INDEX=NO"])
        dataset.StartTransaction()
        try:
            gdal.Polygonize(band, band, layer, -1, ["8CONNECTED=8"] if options.connectivity == 8 else [],
                            callback=gdal_callback(progress, is_cancelled, 0.1, 0.4))
        except RuntimeError:
            if is_cancelled and is_cancelled():
                raise Cancelled() from None
            raise
        dataset.CommitTransaction()
        steps = Steps(layer.GetFeatureCount() // BATCH + 1, progress, is_cancelled, 0.4, 0.7)
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


def pixel_size_m(info, measurer):
    """The larger side of a pixel in metres (at the centre of a lon/lat grid)."""
    dx, dy = info.pixel_size
    if not measurer.geographic:
        return max(dx, dy) * measurer.linear_unit
    latitude = _centre(info)[1] * measurer.angular_unit
    meridional, prime = measurer.ellipsoid.radii(latitude)
    return max(dx * prime * math.cos(latitude), dy * meridional) * measurer.angular_unit


def clean_polygons(geometries, measurer, options, pixel_m=None):
    """Cleaned outlines of one batch of pixel polygons: (geometries, area_m2), all above the minimum area.
    ``pixel_m`` (pixel size in metres) lets simplification straighten pixel staircases first."""
    geometries = np.asarray(geometries, dtype=object)
    if geometries.size == 0:
        return geometries, np.zeros(0)
    # Cheap first cut: an outline whose shell (holes filled) is below the minimum can never reach it.
    if options.min_area_m2 > 0:
        shells = shapely.polygons(shapely.get_exterior_ring(geometries))
        geometries = geometries[measurer.area_m2(shells) >= options.min_area_m2]
    geometries = polygon_cleanup.repair(geometries)
    geometries = polygon_cleanup.fill_small_holes(geometries, measurer, options.hole_area_m2)
    geometries = polygon_cleanup.simplify(geometries, measurer, options.simplify_m, pixel_m)
    if options.smooth:
        geometries = polygon_cleanup.smooth(geometries, measurer, options.smooth_m, int(options.smooth_iterations))
    geometries = polygon_cleanup.repair(geometries)
    geometries = geometries[~shapely.is_empty(geometries)]
    area = measurer.area_m2(geometries)
    keep = (area >= options.min_area_m2) & (area > 0)
    return geometries[keep], area[keep]


def representative_points(geometries):
    """The centroid where it lies inside the outline, else a point on its surface (as RGI's cenlon/cenlat)."""
    centroids = shapely.centroid(geometries)
    inside = shapely.contains(geometries, centroids)
    return np.where(inside, centroids, shapely.point_on_surface(geometries))


def _source_date(options, mask_path, info, warnings):
    if options.src_date not in (None, ""):
        return require_date(options.src_date, "source date")
    date, where, warning = raster_date(mask_path, info.metadata)
    if warning:
        warnings.append(warning)
    if date is None:
        warnings.append("No acquisition date was found in the mask's metadata or name: src_date is empty. "
                        "Set the source date so outlines of different dates can be compared.")
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


def outline_mask(mask_path, out_path, options=None, probability_path=None, dem_path=None, layer_name="outlines",
                 metadata=None, progress=None, is_cancelled=None):
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
            raise InputError(f"The probability raster '{os.path.basename(str(probability_path))}' is not on the "
                             "mask's grid (size and geotransform differ). Give the probability raster written "
                             "with this mask.")
    if not layer_name:
        raise InputError("The output layer needs a name, e.g. outlines.")
    warnings = []
    measurer = Measurer(info.projection, reference=_centre(info), method=options.area_method)
    if measurer.ellipsoidal and not measurer.geographic:
        warnings.append("The mask's projection distorts areas strongly here; areas and lengths are measured on "
                        "the ellipsoid instead.")
    date = _source_date(options, mask_path, info, warnings)
    srs = spatial_reference(info.projection)
    window_count = len(windows(info.width, info.height))
    progress_steps = Steps(window_count, progress, is_cancelled, 0.0, 0.1)

    with tempfile.TemporaryDirectory(prefix="glaciermapper_outlines_") as work:
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
                values = ", ".join(str(v) for v in sorted(present)) or "none (all nodata)"
                warnings.append(f"The mask has no pixel of class {options.class_value} ({options.class_name}); "
                                f"the valid values present are: {values}. The output layer is empty.")
            else:
                geometries, areas = _trace_outlines(binary_path, work, srs, measurer, options,
                                                    pixel_size_m(info, measurer), progress, is_cancelled)
                if not len(geometries):
                    warnings.append(f"No outline of class {options.class_value} reaches the minimum area of "
                                    f"{options.min_area_m2:g} m²; the output layer is empty.")
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
