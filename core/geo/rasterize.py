"""Polygons onto a raster's grid: labels, corrections and reference outlines, in any CRS.

The one place that reprojects a polygon layer to a raster's CRS, repairs invalid geometries and burns
them with GDAL. GDAL rasterizes in chunks, so memory follows the polygons, not the scene.
"""
import os
import tempfile
from dataclasses import dataclass, field
from typing import Optional, Tuple

from osgeo import gdal, ogr, osr

from ..errors import InputError
from ..io.raster import GTIFF_OPTIONS, RasterInfo
from ..io.vector import open_layer
from ..messages import translate
from ..paths import PathArg

gdal.UseExceptions()
ogr.UseExceptions()


@dataclass
class RasterizeResult:
    path: str
    features: int  # polygons read
    burned: int  # polygons that touch the raster
    repaired: int  # invalid geometries made valid
    dropped: int  # geometries that could not be repaired or had no area
    warnings: list = field(default_factory=list)


def _srs(wkt):
    srs = osr.SpatialReference()
    srs.ImportFromWkt(wkt)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _raster_extent_polygon(like):
    x0, dx, _, y0, _, dy = like.geotransform
    x1, y1 = x0 + dx * like.width, y0 + dy * like.height
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1), (x0, y0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


# GDAL's names for the SRS of a GeoPackage layer written without one (srs_id 0 and -1)
UNDEFINED_SRS_NAMES = ("Undefined geographic SRS", "Undefined Cartesian SRS")
# How far (in raster widths and heights) a layer without CRS may reach past the raster and still be taken
# to be in the raster's CRS: labels drawn over a scene may run a little past its edge.
EXTENT_MARGIN = 0.1


def defined_srs(srs: Optional[osr.SpatialReference]) -> Optional[osr.SpatialReference]:
    """``srs``, or None when the layer has none: no .prj, or a GeoPackage's undefined SRS, whose
    'Undefined geographic SRS' would otherwise be taken for degrees and fail to transform."""
    if srs is None or srs.GetName() in UNDEFINED_SRS_NAMES:
        return None
    return srs


def _layer_without_crs(vector_path, layer, like, target_srs):
    """The warning for a polygon layer without CRS whose extent lies on the raster (its coordinates are
    then taken to be in the raster's CRS, as a user who drew labels over the scene expects); InputError
    when they lie elsewhere, since they cannot be placed without knowing their CRS."""
    name = os.path.basename(os.fspath(vector_path))
    x0, dx, _, y0, _, dy = like.geotransform
    xs, ys = sorted((x0, x0 + dx * like.width)), sorted((y0, y0 + dy * like.height))
    margin_x, margin_y = EXTENT_MARGIN * (xs[1] - xs[0]), EXTENT_MARGIN * (ys[1] - ys[0])
    min_x, max_x, min_y, max_y = layer.GetExtent()
    inside = (xs[0] - margin_x <= min_x and max_x <= xs[1] + margin_x and
              ys[0] - margin_y <= min_y and max_y <= ys[1] + margin_y)
    crs_name = target_srs.GetName() or "the raster's CRS"
    if inside:
        return (translate("GlacierMapperCore", "The polygon layer '{name}' has no CRS; its coordinates lie within the "
                          "raster's extent, so they are taken to be in the raster's CRS ({crs_name}). Assign the layer "
                          "its CRS (Layer Properties > Source) to be sure.").format(name=name, crs_name=crs_name))
    raise InputError(
        translate("GlacierMapperCore", "The polygon layer '{name}' has no CRS (coordinate reference system), and its "
                  "coordinates (x {min_x:.6g} to {max_x:.6g}, y {min_y:.6g} to {max_y:.6g}) do not lie within the "
                  "raster's extent (x {xs:.6g} to {xs2:.6g}, y {ys:.6g} to {ys2:.6g}, {crs_name}), so they cannot be "
                  "placed on the imagery. Assign the layer the CRS it was drawn in (Layer Properties > Source > "
                  "Assigned Coordinate Reference System, or Processing > Vector general > Assign projection) and run "
                  "again.").format(
                  name=name, min_x=min_x, max_x=max_x, min_y=min_y, max_y=max_y, xs=xs[0], xs2=xs[1], ys=ys[0],
                  ys2=ys[1], crs_name=crs_name))


def polygonal_part(geometry: Optional[ogr.Geometry]) -> Tuple[Optional[ogr.Geometry], bool]:
    """Valid polygonal part of a geometry, or None; the bool says whether a repair was needed."""
    if geometry is None or geometry.IsEmpty():
        return None, False
    repaired = False
    if not geometry.IsValid():
        geometry = geometry.MakeValid()
        repaired = True
        if geometry is None:
            return None, True
    flat = ogr.GT_Flatten(geometry.GetGeometryType())
    if flat in (ogr.wkbPolygon, ogr.wkbMultiPolygon):
        return geometry, repaired
    if flat == ogr.wkbGeometryCollection:
        multi = ogr.Geometry(ogr.wkbMultiPolygon)
        for i in range(geometry.GetGeometryCount()):
            part = geometry.GetGeometryRef(i)
            part_type = ogr.GT_Flatten(part.GetGeometryType())
            if part_type == ogr.wkbPolygon:
                multi.AddGeometry(part)
            elif part_type == ogr.wkbMultiPolygon:
                for j in range(part.GetGeometryCount()):
                    multi.AddGeometry(part.GetGeometryRef(j))
        return (multi, True) if multi.GetGeometryCount() else (None, True)
    return None, repaired


def prepared_polygon(geometry: Optional[ogr.Geometry],
                     transform: Optional[osr.CoordinateTransformation] = None) -> Tuple[Optional[ogr.Geometry], bool]:
    """(valid polygonal copy of an OGR geometry in the target CRS, or None; whether it needed a repair)."""
    geometry = geometry.Clone() if geometry is not None else None
    if geometry is not None and transform is not None:
        geometry.Transform(transform)
    return polygonal_part(geometry)


def rasterize_polygons(vector_path: PathArg, like: RasterInfo, out_path: Optional[PathArg] = None,
                       layer_name: Optional[str] = None, class_field: Optional[str] = None, burn_value: float = 1,
                       background: float = 0, all_touched: bool = False, where: Optional[str] = None,
                       data_type: str = "Byte") -> RasterizeResult:
    """Burn polygons onto the grid of ``like`` (a RasterInfo) and return a RasterizeResult.

    Each polygon burns ``class_field``'s value when given (features with an empty value are skipped),
    else ``burn_value``. Polygons in another CRS are reprojected; invalid ones are repaired with
    MakeValid, and those that cannot be are counted in ``dropped``. A layer without CRS (no .prj, or a
    GeoPackage's undefined SRS) is taken to be in the raster's CRS, with a warning, when it lies within
    the raster's extent (EXTENT_MARGIN); elsewhere it is refused with InputError saying how to assign one.
    ``out_path`` defaults to a temporary GeoTIFF the caller removes.
    """
    source, layer = open_layer(vector_path, layer_name)
    if where:
        layer.SetAttributeFilter(where)
    if class_field and layer.GetLayerDefn().GetFieldIndex(class_field) < 0:
        names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
        raise InputError(translate("GlacierMapperCore", "The layer has no field '{class_field}'. Its fields are: "
                                   "{fields}.").format(
                                   class_field=class_field,
                                   fields=', '.join(names) or translate("GlacierMapperCore", "none")))
    target_srs = _srs(like.projection) if like.projection else None
    layer_srs = defined_srs(layer.GetSpatialRef())
    warnings = []
    transform = None
    if layer_srs is not None and target_srs is not None:
        layer_srs = layer_srs.Clone()
        layer_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if not layer_srs.IsSame(target_srs):
            transform = osr.CoordinateTransformation(layer_srs, target_srs)
    elif layer_srs is None and target_srs is not None:
        warnings.append(_layer_without_crs(vector_path, layer, like, target_srs))
    elif layer_srs is not None:
        warnings.append(translate("GlacierMapperCore", "The raster has no CRS: the polygons' coordinates are taken as "
                                  "they are."))

    memory = ogr.GetDriverByName("Memory").CreateDataSource("polygons")
    burn_layer = memory.CreateLayer("polygons", target_srs, ogr.wkbMultiPolygon)
    burn_layer.CreateField(ogr.FieldDefn("burn", ogr.OFTReal))
    extent = _raster_extent_polygon(like)
    features = burned = repaired = dropped = 0
    for feature in layer:
        features += 1
        value = feature.GetField(class_field) if class_field else burn_value
        if value is None:
            continue
        geometry, was_repaired = prepared_polygon(feature.GetGeometryRef(), transform)
        repaired += was_repaired
        if geometry is None:
            dropped += 1
            continue
        if not geometry.Intersects(extent):
            continue
        burned += 1
        out = ogr.Feature(burn_layer.GetLayerDefn())
        out.SetField("burn", float(value))
        out.SetGeometry(geometry)
        burn_layer.CreateFeature(out)
    if repaired:
        warnings.append(translate("GlacierMapperCore", "{repaired} invalid polygon(s) were "
                                  "repaired before rasterizing.").format(repaired=repaired))
    if dropped:
        warnings.append(translate("GlacierMapperCore", "{dropped} polygon(s) had no valid "
                                  "area and were left out.").format(dropped=dropped))

    if out_path is None:
        handle, out_path = tempfile.mkstemp(suffix=".tif", prefix="glaciermapper_rasterized_")
        os.close(handle)
    raster = gdal.GetDriverByName("GTiff").Create(
        str(out_path), like.width, like.height, 1, gdal.GetDataTypeByName(data_type), list(GTIFF_OPTIONS))
    raster.SetGeoTransform(like.geotransform)
    if like.projection:
        raster.SetProjection(like.projection)
    raster.GetRasterBand(1).Fill(background)
    options = ["ATTRIBUTE=burn"] + (["ALL_TOUCHED=TRUE"] if all_touched else [])
    gdal.RasterizeLayer(raster, [1], burn_layer, options=options)
    raster.FlushCache()
    raster = None
    del source  # close the vector after the raster that was burnt from it
    return RasterizeResult(str(out_path), features, burned, repaired, dropped, warnings)
