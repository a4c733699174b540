"""The label layer users digitize training labels and corrections into: a GeoPackage polygon layer.

Fields: ``class`` (integer: 0 background / not the target, 1 the target, optionally more classes), ``note``
(free text), ``source`` (where the polygon came from) and ``created`` (UTC date and time). The class values
and names are also stored as a GeoPackage coded field domain, so GIS software shows names instead of numbers.
The layer starts empty or holds copies of the polygons of an outlines file (the plugin's glacier or lake
outlines), ready to be edited. Chip export (core.training.chip_export) reads the layer back.
"""
import datetime
import json
import os
from dataclasses import dataclass, field
from typing import Any, List, Optional, Sequence

from osgeo import gdal, ogr, osr

from ..errors import InputError, OutputError
from ..geo.rasterize import defined_srs, prepared_polygon
from ..io import atomic
from ..io.vector import drop_layer, open_geopackage_copy, open_layer
from ..messages import translate
from .chip_format import IGNORE_LABEL

gdal.UseExceptions()
ogr.UseExceptions()

CLASS_FIELD = "class"
NOTE_FIELD = "note"
SOURCE_FIELD = "source"
CREATED_FIELD = "created"
DOMAIN_NAME = "glaciermapper_class"
BACKGROUND = {"value": 0, "name": "background", "color": "#00000000"}
# Display colours of the target classes; background is transparent.
TARGET_COLORS = {"glacier": "#bfe6ff", "lake": "#1f78b4", "other": "#ff7f00"}
# The targets offered for label layers and chips.
TARGET_CHOICES = (("glacier", "Glacier"), ("lake", "Glacial lake"))


def default_classes(target: str = "glacier", target_value: int = 1) -> List[dict]:
    """[background, target] as {"value", "name", "color"} dicts: the class scheme of labels, chips and models."""
    return [dict(BACKGROUND), {"value": int(target_value), "name": target,
                               "color": TARGET_COLORS.get(target, TARGET_COLORS["other"])}]


@dataclass
class LabelLayerResult:
    path: str
    layer_name: str
    features: int  # polygons written
    crs_wkt: str
    classes: list  # {"value", "name", "color"}
    repaired: int = 0  # seed polygons made valid
    dropped: int = 0  # seed features without a polygonal area, left out
    warnings: list = field(default_factory=list)


def _spatial_reference(crs):
    """osr.SpatialReference from an osr object, an EPSG code, "EPSG:xxxx", WKT or PROJ text."""
    if isinstance(crs, osr.SpatialReference):
        srs = crs.Clone()
    else:
        srs = osr.SpatialReference()
        try:
            if isinstance(crs, int):
                srs.ImportFromEPSG(crs)
            else:
                srs.SetFromUserInput(str(crs))
        except RuntimeError:
            raise InputError(translate("GlacierMapperCore", "'{crs}' is not a coordinate reference system GDAL knows. "
                                       "Give one such as 'EPSG:32611' (the CRS of the "
                                       "imagery you will label).").format(crs=crs)) from None
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _check_classes(classes):
    checked = []
    for item in classes:
        if isinstance(item, (tuple, list)):
            item = {"value": item[0], "name": item[1], "color": item[2] if len(item) > 2 else ""}
        try:
            value, name = int(item["value"]), str(item["name"]).strip()
        except (KeyError, TypeError, ValueError):
            raise InputError(translate("GlacierMapperCore", "Class {item!r} needs an "
                                       "integer 'value' and a 'name'.").format(item=item)) from None
        if not 0 <= value < IGNORE_LABEL or not name:
            raise InputError(translate("GlacierMapperCore", "Class {item!r}: the value must be 0-{ignore_label} "
                                       "({ignore_label2} marks ignored pixels in chips) and the name must not "
                                       "be empty.").format(
                                       item=item, ignore_label=IGNORE_LABEL - 1, ignore_label2=IGNORE_LABEL))
        checked.append({"value": value, "name": name, "color": str(item.get("color") or "")})
    values = [c["value"] for c in checked]
    names = [c["name"].lower() for c in checked]
    if len(set(values)) != len(values) or len(set(names)) != len(names):
        raise InputError(translate("GlacierMapperCore", "Class values and names must be "
                                   "unique: {checked}.").format(checked=checked))
    if 0 not in values:
        raise InputError(translate("GlacierMapperCore", "The classes must include 0 (background / not the target)."))
    return checked


def _seed_class(feature, seed_class, seed_class_field, by_name, by_value):
    if not seed_class_field:
        return seed_class
    raw = feature.GetField(seed_class_field)
    if raw is None or str(raw).strip() == "":
        return None
    text = str(raw).strip()
    if text.lower() in by_name:
        return by_name[text.lower()]
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None and number == int(number) and int(number) in by_value:
        return int(number)
    known = ", ".join(f"{c['value']} {c['name']}" for c in by_value.values())
    raise InputError(translate("GlacierMapperCore", "Outline feature {fid} has {seed_class_field} = "
                               "'{text}', which is not one of the label classes ({known}). Add that class, or give one "
                               "class value for every polygon.").format(
                               fid=feature.GetFID(), seed_class_field=seed_class_field, text=text,
                               known=known))


def _check_destination(path, layer_name, seed_path, overwrite):
    """The absolute path of the label GeoPackage, once it is known that it may be written."""
    path = os.path.abspath(os.fspath(path))
    if not path.lower().endswith(".gpkg"):
        raise OutputError(translate("GlacierMapperCore", "The label layer '{path}' must be a GeoPackage: give a file "
                                    "name ending in .gpkg.").format(path=path))
    if not layer_name or not str(layer_name).strip():
        raise InputError(translate("GlacierMapperCore", "Give the label layer a name, such as 'labels' or "
                                   "'corrections'."))
    folder = os.path.dirname(path)
    if not os.path.isdir(folder):
        raise OutputError(translate("GlacierMapperCore", "The folder '{folder}' does not exist. Create it or choose "
                                    "another place.").format(folder=folder))
    if os.path.exists(path) and not overwrite:
        raise OutputError(translate("GlacierMapperCore", "'{path}' already exists. Choose another file name, or allow "
                                    "overwriting it.").format(path=path))
    if seed_path and os.path.abspath(os.fspath(seed_path)) == path:
        raise OutputError(translate("GlacierMapperCore", "The label layer cannot replace the outlines it is seeded "
                                    "from: choose another file name."))
    return path


def _open_seed(seed_path, seed_layer, seed_class_field, seed_where):
    """(dataset, layer) of the outlines to seed from, filtered by ``seed_where``; (None, None) without."""
    if not seed_path:
        return None, None
    seed_ds, seed = open_layer(seed_path, seed_layer)
    if seed_class_field and seed.GetLayerDefn().GetFieldIndex(seed_class_field) < 0:
        defn = seed.GetLayerDefn()
        names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        raise InputError(translate("GlacierMapperCore", "The outlines have no field '{seed_class_field}'. Their fields "
                                   "are: {fields}.").format(
                                   seed_class_field=seed_class_field,
                                   fields=', '.join(names) or translate("GlacierMapperCore", "none")))
    if seed_where:
        try:
            seed.SetAttributeFilter(seed_where)
        except RuntimeError as error:
            raise InputError(translate("GlacierMapperCore", "The filter '{seed_where}' is not valid for the outlines: "
                                       "{error}.").format(seed_where=seed_where, error=error)) from None
    return seed_ds, seed


def _label_srs(crs, seed):
    """The label layer's CRS: ``crs`` if given, else the seed layer's."""
    if crs is not None:
        return _spatial_reference(crs)
    seed_srs = defined_srs(seed.GetSpatialRef()) if seed is not None else None
    if seed_srs is None:
        raise InputError(translate("GlacierMapperCore", "The label layer needs a coordinate reference system: give one "
                                   "(the CRS of the imagery you will label, e.g. 'EPSG:32611')."))
    return _spatial_reference(seed_srs)


def _create_layer(dataset, layer_name, srs, classes, new_class, target):
    """The empty label layer: fields with defaults, the class domain and the class table as metadata."""
    domain = ogr.CreateCodedFieldDomain(DOMAIN_NAME, "Glacier Mapper label classes", ogr.OFTInteger,
                                        ogr.OFSTNone, {str(c["value"]): c["name"] for c in classes})
    if drop_layer(dataset, str(layer_name)) and dataset.GetLayerByName("layer_styles") is not None:
        # the replaced layer's saved style goes with it: the new layer's style is saved afresh
        dataset.ExecuteSQL("DELETE FROM layer_styles WHERE f_table_name = '{}'".format(
            str(layer_name).replace("'", "''")))
    if dataset.GetFieldDomain(DOMAIN_NAME) is None:
        dataset.AddFieldDomain(domain)
    else:  # a GeoPackage that already holds label layers: its classes follow this layer's
        dataset.UpdateFieldDomain(domain)
    layer = dataset.CreateLayer(str(layer_name), srs, ogr.wkbMultiPolygon, ["FID=fid", "GEOMETRY_NAME=geom"])
    class_defn = ogr.FieldDefn(CLASS_FIELD, ogr.OFTInteger)
    class_defn.SetDomainName(DOMAIN_NAME)
    class_defn.SetDefault(str(new_class))
    layer.CreateField(class_defn)
    layer.CreateField(ogr.FieldDefn(NOTE_FIELD, ogr.OFTString))
    source_defn = ogr.FieldDefn(SOURCE_FIELD, ogr.OFTString)
    source_defn.SetDefault("'digitized'")
    layer.CreateField(source_defn)
    created_defn = ogr.FieldDefn(CREATED_FIELD, ogr.OFTDateTime)
    created_defn.SetDefault("CURRENT_TIMESTAMP")
    layer.CreateField(created_defn)
    # The class table also travels as metadata, for tools that do not read field domains.
    layer.SetMetadataItem("GLACIERMAPPER_CLASSES", json.dumps(classes))
    layer.SetMetadataItem("GLACIERMAPPER_TARGET", str(target))
    return layer


def _copy_seed(layer, seed, srs, seed_path, class_of, warnings):
    """Copy the seed polygons into ``layer`` (reprojected, repaired); returns (written, repaired, dropped).

    ``class_of(feature)`` gives a feature's class value, or None to leave it out."""
    seed_srs = defined_srs(seed.GetSpatialRef())  # a GeoPackage's 'Undefined SRS' is no CRS
    transform = None
    if seed_srs is not None:
        seed_srs = seed_srs.Clone()
        seed_srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
        if not seed_srs.IsSame(srs):
            transform = osr.CoordinateTransformation(seed_srs, srs)
    else:
        warnings.append(translate("GlacierMapperCore", "The outlines have no CRS: their coordinates are taken to be in "
                                  "the label CRS."))
    now = datetime.datetime.now(datetime.timezone.utc)
    seed_name = os.path.basename(os.fspath(seed_path))
    defn = layer.GetLayerDefn()
    written = repaired = dropped = 0
    layer.StartTransaction()
    for feature in seed:
        value = class_of(feature)
        geometry, was_repaired = prepared_polygon(feature.GetGeometryRef(), transform)
        repaired += was_repaired
        if geometry is None or value is None:
            dropped += 1
            continue
        out = ogr.Feature(defn)
        out.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        out.SetField(CLASS_FIELD, int(value))
        out.SetField(SOURCE_FIELD, f"{seed_name} fid {feature.GetFID()}")
        out.SetField(CREATED_FIELD, now.year, now.month, now.day, now.hour, now.minute, float(now.second), 100)
        layer.CreateFeature(out)
        written += 1
    layer.CommitTransaction()
    if repaired:
        warnings.append(translate("GlacierMapperCore", "{repaired} invalid outline "
                                  "polygon(s) were repaired.").format(repaired=repaired))
    if dropped:
        warnings.append(translate("GlacierMapperCore", "{dropped} outline feature(s) had no polygon area or no class "
                                  "and were left out.").format(dropped=dropped))
    if written == 0:
        warnings.append(translate("GlacierMapperCore", "No outline polygon was copied: the label layer is empty."))
    return written, repaired, dropped


def create_label_layer(path: str, crs: Any = None, layer_name: str = "labels", target: str = "glacier",
                       classes: Optional[Sequence[Any]] = None, seed_path: Optional[str] = None,
                       seed_layer: Optional[str] = None, seed_class: int = 1, seed_class_field: Optional[str] = None,
                       seed_where: Optional[str] = None, overwrite: bool = False) -> LabelLayerResult:
    """Create a GeoPackage label layer and return a LabelLayerResult.

    ``crs``: any form GDAL accepts (``"EPSG:32611"``, WKT, an EPSG integer); default the seed layer's CRS.
    ``classes``: {"value", "name", "color"} dicts (or (value, name) pairs), default background 0 + ``target`` 1.
    New polygons get class = the first non-zero class by default.
    Seeding copies every polygon of ``seed_path`` (optionally filtered by the OGR SQL ``seed_where``),
    reprojected to ``crs`` and repaired where invalid, with class ``seed_class`` or, when
    ``seed_class_field`` is given (e.g. "class" of the plugin's outlines), the class named (or numbered) in
    that field. The file is written to a partial file beside it and moved into place (core.io.atomic); into
    an existing GeoPackage (only with ``overwrite``) the layer is added, or replaces the layer of its name, and
    every other layer is kept.
    """
    path = _check_destination(path, layer_name, seed_path, overwrite)
    checked = _check_classes(classes or default_classes(target))
    by_name = {c["name"].lower(): c["value"] for c in checked}
    by_value = {c["value"]: c for c in checked}
    if not seed_class_field and int(seed_class) not in by_value:
        raise InputError(translate("GlacierMapperCore", "Seed class {seed_class} is not one of the classes "
                                   "({value}).").format(
                                   seed_class=seed_class, value=', '.join(str(v) for v in by_value)))
    new_class = next((c["value"] for c in checked if c["value"] != 0), 0)
    seed_ds, seed = _open_seed(seed_path, seed_layer, seed_class_field, seed_where)
    srs = _label_srs(crs, seed)
    temp_path = atomic.partial_path(path, ".gpkg")
    warnings: List[str] = []
    written = repaired = dropped = 0
    try:
        # an existing GeoPackage keeps its other layers: the label layer is added to (or replaced in) a copy
        dataset = open_geopackage_copy(path, temp_path) or gdal.GetDriverByName("GPKG").Create(
            temp_path, 0, 0, 0, gdal.GDT_Unknown)
        layer = _create_layer(dataset, layer_name, srs, checked, new_class, target)
        if seed is not None:
            written, repaired, dropped = _copy_seed(
                layer, seed, srs, seed_path,
                lambda feature: _seed_class(feature, int(seed_class), seed_class_field, by_name, by_value), warnings)
        layer = dataset = None  # closes the GeoPackage before it is moved
        atomic.commit(temp_path, path)
    except BaseException:
        layer = dataset = None
        atomic.discard(temp_path)
        raise
    finally:
        seed_ds = None  # noqa: F841 (closes the seed layer's dataset)
    return LabelLayerResult(path, str(layer_name), written, srs.ExportToWkt(), checked, repaired, dropped, warnings)
