"""Vector layers with OGR: reading input layers, and writing outputs atomically in any OGR format.

An output is built in a hidden partial folder beside the destination (core.io.atomic) and moved into place
only when complete (every sidecar of a multi-file format such as ESRI Shapefile included), so a failure or a
cancel leaves nothing behind and an earlier output is replaced only by a finished one. Into an existing
GeoPackage only the layers written are replaced: the file is copied into the partial folder, its layers of
those names are dropped there, and the copy replaces the file, so the user's other layers are kept.
``VectorWriter`` has the ``commit``/``abort`` protocol of ``core.io.atomic.Output``, so it joins
``atomic.atomic_outputs()``.
"""
import math
import os
import shutil
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Optional, Sequence, Tuple, Union

import numpy as np
from osgeo import gdal, ogr, osr

from ..errors import InputError, OutputError
from ..messages import translate
from ..optional import optional_module
from . import atomic

shapely = optional_module("shapely")  # only the outline algorithms need it

gdal.UseExceptions()
ogr.UseExceptions()

DEFAULT_DRIVER = "GPKG"
# Extensions whose drivers the GDAL metadata do not name unambiguously.
_EXTENSION_DRIVERS = {"gpkg": "GPKG", "shp": "ESRI Shapefile", "geojson": "GeoJSON", "json": "GeoJSON",
                      "fgb": "FlatGeobuf", "gml": "GML", "kml": "KML", "sqlite": "SQLite", "csv": "CSV",
                      "tab": "MapInfo File", "mif": "MapInfo File", "dxf": "DXF", "gpx": "GPX"}
# Layer creation options per driver: spatial index in GeoPackage, UTF-8 in shapefiles.
_LAYER_OPTIONS = {"GPKG": ["SPATIAL_INDEX=YES"], "ESRI Shapefile": ["ENCODING=UTF-8"],
                  "CSV": ["STRING_QUOTING=IF_NEEDED"]}
OGR_TYPES = {"int": ogr.OFTInteger, "int64": ogr.OFTInteger64, "real": ogr.OFTReal, "str": ogr.OFTString,
             "date": ogr.OFTDate, "datetime": ogr.OFTDateTime}


_SETTERS = {
    ogr.OFTInteger: lambda f, i, v: f.SetFieldInteger64(i, int(v)),
    ogr.OFTInteger64: lambda f, i, v: f.SetFieldInteger64(i, int(v)),
    ogr.OFTReal: lambda f, i, v: f.SetField(i, float(v)),
    ogr.OFTString: lambda f, i, v: f.SetFieldString(i, str(v)),
}
_SETTERS[ogr.OFTDate] = _SETTERS[ogr.OFTDateTime] = _SETTERS[ogr.OFTString]


@dataclass(frozen=True)
class Field:
    """One attribute of an output layer: name, type key of OGR_TYPES, optional width/precision."""
    name: str
    kind: str
    width: int = 0
    precision: int = 0

    def definition(self) -> ogr.FieldDefn:
        definition = ogr.FieldDefn(self.name, OGR_TYPES[self.kind])
        if self.width:
            definition.SetWidth(self.width)
        if self.precision:
            definition.SetPrecision(self.precision)
        return definition


def driver_for_path(path: Union[str, "os.PathLike[str]"]) -> str:
    """Short name of the OGR driver that writes ``path``, chosen by its extension (GeoPackage if none)."""
    extension = os.path.splitext(str(path))[1].lower().lstrip(".")
    if not extension:
        return DEFAULT_DRIVER
    if extension in _EXTENSION_DRIVERS:
        return _EXTENSION_DRIVERS[extension]
    for index in range(ogr.GetDriverCount()):
        driver = ogr.GetDriver(index)
        metadata = driver.GetMetadata() or {}
        if metadata.get("DCAP_CREATE") == "YES" and extension in (metadata.get("DMD_EXTENSIONS") or "").split():
            return driver.GetName()
    raise OutputError(translate("GlacierMapperCore", "No OGR vector format writes files ending in '.{extension}'. Use "
                                ".gpkg (GeoPackage), .shp, .geojson or .fgb.").format(extension=extension))


def supports_multiple_layers(driver_name: str) -> bool:
    return driver_name in ("GPKG", "SQLite")


def open_geopackage_copy(path: str, temp_path: str) -> Any:
    """A writable copy, at ``temp_path``, of the existing GeoPackage ``path``, or None when ``path`` is not a file.

    Writing one layer into a GeoPackage must keep the user's other layers: the output is built in a copy of the
    file and committed over it, so the original stays untouched until the new one is complete.
    """
    if not os.path.isfile(path):
        return None
    try:
        shutil.copyfile(path, temp_path)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot add a layer to the GeoPackage '{path}': "
                                    "{reason}.").format(
                                    path=path, reason=atomic.describe_os_error(error, temp_path))) from None
    try:
        dataset = gdal.OpenEx(temp_path, gdal.OF_VECTOR | gdal.OF_UPDATE, allowed_drivers=["GPKG"])
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise OutputError(translate("GlacierMapperCore", "'{path}' exists and is not a GeoPackage, so no layer can be "
                                    "added to it. Choose another file name, or move that file away "
                                    "first.").format(path=path))
    return dataset


def drop_layer(dataset: Any, name: str) -> bool:
    """Delete the layer ``name`` from an open dataset if it has one (it is about to be written anew)."""
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(index).GetName() == name:
            dataset.DeleteLayer(index)
            return True
    return False


def open_layer(path: Union[str, "os.PathLike[str]"], layer_name: Optional[str] = None) -> Tuple[Any, Any]:
    """(dataset, layer) of a vector file opened read-only, or InputError saying why it cannot be used."""
    if not path:
        raise InputError(translate("GlacierMapperCore", "No vector layer was given."))
    path = os.fspath(path)
    source = path.split("|")[0]  # QGIS writes "file.gpkg|layername=x"
    if "|layername=" in path and not layer_name:
        layer_name = path.split("|layername=")[1].split("|")[0]
    if not os.path.exists(source) and not source.startswith("/vsi"):
        raise InputError(translate("GlacierMapperCore", "The vector file '{source}' does not "
                                   "exist.").format(source=source))
    try:
        dataset = gdal.OpenEx(source, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError as error:
        raise InputError(translate("GlacierMapperCore", "'{source}' is not a vector file OGR can read "
                                   "({error}).").format(
                                   source=source, error=error)) from None
    if dataset is None or dataset.GetLayerCount() == 0:
        raise InputError(translate("GlacierMapperCore", "'{source}' has no vector layer OGR "
                                   "can read.").format(source=source))
    if layer_name:
        layer = dataset.GetLayerByName(layer_name)
        if layer is None:
            names = [dataset.GetLayerByIndex(i).GetName() for i in range(dataset.GetLayerCount())]
            raise InputError(translate("GlacierMapperCore", "'{source}' has no layer named '{layer_name}'. Its layers "
                                       "are: {names}.").format(
                                       source=source, layer_name=layer_name, names=', '.join(names)))
    else:
        layer = dataset.GetLayerByIndex(0)
    layer.owner = dataset  # GDAL < 3.8 frees a layer with its dataset: the layer keeps it alive
    return dataset, layer


def layer_srs(layer: ogr.Layer) -> Optional[osr.SpatialReference]:
    """The layer's CRS in lon/lat axis order, or None."""
    srs = layer.GetSpatialRef()
    if srs is None:
        return None
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def read_geometries(layer: ogr.Layer, fields: Sequence[str] = (), batch_size: Optional[int] = None,
                    batch_bytes: Optional[int] = None) -> Union[Tuple[Any, Dict[str, list]], Iterator[Any]]:
    """All features of ``layer`` as (shapely geometries, {field: list of values}), or batches of them.

    With ``batch_size`` (features) and/or ``batch_bytes`` (geometry size) a generator of such pairs is
    returned, so memory holds one batch at a time. Features without geometry are skipped.
    """
    batched = bool(batch_size or batch_bytes)

    def batches():
        geometries, values, size = [], {name: [] for name in fields}, 0
        layer.ResetReading()
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometries.append(bytes(geometry.ExportToIsoWkb()))
            size += len(geometries[-1])
            for name in fields:
                values[name].append(feature.GetField(name))
            if batched and ((batch_size and len(geometries) >= batch_size) or (batch_bytes and size >= batch_bytes)):
                yield shapely.from_wkb(np.array(geometries, dtype=object)), values
                geometries, values, size = [], {name: [] for name in fields}, 0
        if geometries or not batched:
            yield (shapely.from_wkb(np.array(geometries, dtype=object)) if geometries
                   else np.empty(0, dtype=object)), values

    if batched:
        return batches()
    return next(batches())


def field_names(layer: ogr.Layer) -> List[str]:
    definition = layer.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


class VectorWriter:
    """A vector dataset (one or more layers) built in a temporary folder and moved into place on commit.

    ``add_layer`` creates a layer with a list of Field; ``write`` appends features from shapely
    geometries (None for a table row) and attribute dicts. The format follows the extension of ``path``.
    """

    def __init__(self, path: Union[str, "os.PathLike[str]"], driver_name: Optional[str] = None) -> None:
        path = os.fspath(path)
        folder, name = os.path.split(os.path.abspath(path))
        if not os.path.isdir(folder):
            raise OutputError(translate("GlacierMapperCore", "The output folder '{folder}' does not exist. Create it "
                                        "or choose another output path.").format(folder=folder))
        if not os.access(folder, os.W_OK | os.X_OK):
            raise OutputError(translate("GlacierMapperCore", "Cannot write to the folder '{folder}' (permission "
                                        "denied). Choose another folder.").format(folder=folder))
        if os.path.isdir(path):
            raise OutputError(translate("GlacierMapperCore", "The output path '{path}' is a folder. Give a file name "
                                        "such as outlines.gpkg.").format(path=path))
        self.driver_name = driver_name or driver_for_path(path)
        if not os.path.splitext(name)[1] and self.driver_name == DEFAULT_DRIVER:
            name += ".gpkg"
        self.path = os.path.join(folder, name)
        self.temp_folder = atomic.partial_dir(self.path)
        self.temp_path = os.path.join(self.temp_folder, name)
        try:
            # an existing GeoPackage keeps its other layers: only the layers written here are replaced
            dataset = open_geopackage_copy(self.path, self.temp_path) if self.driver_name == "GPKG" else None
            self.dataset: Any = dataset or ogr.GetDriverByName(self.driver_name).CreateDataSource(self.temp_path)
        except OutputError:
            self.abort()
            raise
        except RuntimeError as error:
            self.abort()
            reason = atomic.describe_os_error(error, folder)
            raise OutputError(translate("GlacierMapperCore", "Cannot create '{path}' as {driver_name}: "
                                        "{reason}.").format(
                                        path=path, driver_name=self.driver_name, reason=reason)) from None
        if self.dataset is None:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot create '{path}' as {driver_name}.").format(
                                        path=path, driver_name=self.driver_name))
        self.layers: Dict[str, Tuple[Any, List[str], int]] = {}
        self.renamed: Dict[str, str] = {}  # field names the format had to shorten: {ours: written}
        self._in_transaction = False

    def add_layer(self, name: str, fields: Sequence[Field], srs: Optional[osr.SpatialReference] = None,
                  geometry_type: int = ogr.wkbMultiPolygon, metadata: Optional[Dict[str, Any]] = None) -> ogr.Layer:
        options = list(_LAYER_OPTIONS.get(self.driver_name, []))
        if geometry_type == ogr.wkbNone and self.driver_name == "GPKG":
            options = ["ASPATIAL_VARIANT=GPKG_ATTRIBUTES"]
        try:
            if supports_multiple_layers(self.driver_name):
                drop_layer(self.dataset, name)
            layer = self.dataset.CreateLayer(name, srs, geometry_type, options=options)
        except RuntimeError as error:
            raise OutputError(translate("GlacierMapperCore", "Cannot create the layer '{name}' in '{path}': "
                                        "{reason}.").format(
                                        name=name, path=self.path,
                                        reason=atomic.describe_os_error(error, self.path))) from None
        gdal.PushErrorHandler("CPLQuietErrorHandler")  # shortened names are reported below instead
        try:
            for field in fields:
                layer.CreateField(field.definition())
        finally:
            gdal.PopErrorHandler()
        definition = layer.GetLayerDefn()
        self.renamed.update({f.name: definition.GetFieldDefn(i).GetName() for i, f in enumerate(fields)
                             if definition.GetFieldDefn(i).GetName() != f.name})
        if metadata:
            layer.SetMetadata({str(k): str(v) for k, v in metadata.items()})
        self.layers[name] = (layer, [f.name for f in fields], geometry_type)
        return layer

    def _begin(self):
        if not self._in_transaction and self.dataset.TestCapability(ogr.ODsCTransactions):
            self.dataset.StartTransaction()
            self._in_transaction = True

    def write(self, layer_name: str, geometries: Any, rows: Sequence[Dict[str, Any]]) -> None:
        """Append features: ``geometries`` (shapely, or None entries) and ``rows`` (dicts), same length."""
        layer, names, geometry_type = self.layers[layer_name]
        definition = layer.GetLayerDefn()
        self._begin()
        multi = ogr.GT_Flatten(geometry_type) == ogr.wkbMultiPolygon
        wkbs = [None] * len(rows)
        if geometries is not None and len(geometries):
            geometries = np.asarray(geometries, dtype=object)
            if multi:
                geometries = as_multipolygons(geometries)
            wkbs = shapely.to_wkb(geometries)
        # By index: formats such as ESRI Shapefile shorten long names (rate_km2_per_yr -> rate_km2_p).
        # Typed setters, and nothing for empty values (a new feature's fields are null), keep this fast.
        setters = [(index, name, _SETTERS[definition.GetFieldDefn(index).GetType()])
                   for index, name in enumerate(names)]
        try:
            self._write_features(layer, definition, setters, wkbs, rows)
        except RuntimeError as error:
            raise OutputError(translate("GlacierMapperCore", "Cannot write '{path}': {reason}. Nothing was "
                                        "written there; an earlier file at that path is unchanged.").format(
                                        path=self.path,
                                        reason=atomic.describe_os_error(error, self.path))) from None

    @staticmethod
    def _write_features(layer, definition, setters, wkbs, rows):
        for wkb, row in zip(wkbs, rows):
            feature = ogr.Feature(definition)
            for index, name, setter in setters:
                value = row.get(name)
                if value is not None and not (isinstance(value, float) and not math.isfinite(value)):
                    setter(feature, index, value)
            if wkb is not None:
                feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            layer.CreateFeature(feature)

    def commit(self) -> None:
        """Close the dataset and move its files into place over any previous output."""
        try:
            if self._in_transaction:
                self.dataset.CommitTransaction()
            self.dataset.FlushCache()
        except RuntimeError as error:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot finish writing '{path}': {reason}. "
                                        "Nothing was written there; an earlier file at that path is unchanged.").format(
                                        path=self.path,
                                        reason=atomic.describe_os_error(error, self.path))) from None
        self.dataset = None
        self.layers = {}
        try:
            self._move_into_place()
        except OSError as error:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot move the finished output into place at '{path}': "
                                        "{error}.").format(path=self.path, error=error)) from None
        atomic.discard(self.temp_folder)

    def _move_into_place(self):
        folder = os.path.dirname(self.path)
        stem = os.path.splitext(os.path.basename(self.path))[0]
        produced = sorted(os.listdir(self.temp_folder))
        if self.driver_name == "ESRI Shapefile":  # stale sidecars of an earlier output would be read with ours
            for old in os.listdir(folder):
                if os.path.splitext(old)[0] == stem and os.path.splitext(old)[1].lower() in (
                        ".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd"):
                    os.remove(os.path.join(folder, old))
        elif os.path.isdir(self.temp_path):  # a format that wrote a folder
            if os.path.isfile(self.path):
                os.remove(self.path)
            atomic.commit(self.temp_path, self.path)
            return
        for name in produced:
            atomic.commit(os.path.join(self.temp_folder, name), os.path.join(folder, name))

    def abort(self) -> None:
        self.dataset = None
        self.layers = {}
        atomic.discard(self.temp_folder)


def renamed_fields_warning(writer: VectorWriter) -> List[str]:
    """A warning listing the field names the output format shortened, or nothing."""
    if not writer.renamed:
        return []
    pairs = ", ".join(f"{ours} -> {written}" for ours, written in writer.renamed.items())
    return [translate("GlacierMapperCore", "{driver_name} shortens field names: {pairs}. Use GeoPackage (.gpkg) to "
                      "keep the full names.").format(driver_name=writer.driver_name, pairs=pairs)]


def as_multipolygons(geometries: Any) -> np.ndarray:
    """Polygons promoted to one-part MultiPolygons, so a layer holds a single geometry type."""
    geometries = np.asarray(geometries, dtype=object)
    out = geometries.copy()
    single = shapely.get_type_id(geometries) == 3
    if single.any():
        out[single] = shapely.multipolygons(geometries[single].reshape(-1, 1))
    return out


def polygonal_part(geometries: Any) -> np.ndarray:
    """The polygonal content of each geometry (MultiPolygon or Polygon), empty where there is none.

    make_valid can return collections with stray lines or points; only the areas are kept.
    """
    geometries = np.asarray(geometries, dtype=object)
    out = geometries.copy()
    types = shapely.get_type_id(geometries)
    for i in np.flatnonzero((types != 3) & (types != 6)):
        parts = [p for p in shapely.get_parts(geometries[i]) if shapely.get_type_id(p) in (3, 6)]
        polygons: List[Any] = []
        for part in parts:
            polygons.extend(shapely.get_parts(part) if shapely.get_type_id(part) == 6 else [part])
        out[i] = shapely.MultiPolygon(polygons) if polygons else shapely.Polygon()
    return out
