import os

import numpy as np
import pytest
from helpers import real_data, write_raster
from osgeo import gdal, ogr, osr

from glacier_mapper.core.errors import InputError, OutputError
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.training.chip_export import ChipOptions, export_chips
from glacier_mapper.core.training.label_layer import create_label_layer


def _outlines(path, rows, epsg=4326):
    """An outlines GeoPackage like the plugin's: polygons with class (name), area_km2."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("outlines", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("class", ogr.OFTString))
    layer.CreateField(ogr.FieldDefn("area_km2", ogr.OFTReal))
    for wkt, name, area in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        feature.SetField("class", name)
        feature.SetField("area_km2", area)
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _square(lon, lat, size=0.01):
    return f"POLYGON(({lon} {lat},{lon + size} {lat},{lon + size} {lat - size},{lon} {lat - size},{lon} {lat}))"


def _read(path, layer_name):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    defn = layer.GetLayerDefn()
    fields = {defn.GetFieldDefn(i).GetName(): defn.GetFieldDefn(i).GetTypeName() for i in range(defn.GetFieldCount())}
    rows = [(f.GetField("class"), f.GetField("source"), f.GetGeometryRef().Clone()) for f in layer]
    epsg = layer.GetSpatialRef().GetAuthorityCode(None)
    return fields, rows, epsg, ogr.GeometryTypeToName(layer.GetGeomType())


def test_empty_layer_has_the_fields_crs_and_class_domain(tmp_path):
    result = create_label_layer(tmp_path / "labels.gpkg", crs="EPSG:32611")
    assert (result.layer_name, result.features) == ("labels", 0)
    fields, rows, epsg, geometry_type = _read(result.path, "labels")
    assert fields == {"class": "Integer", "note": "String", "source": "String", "created": "DateTime"}
    assert (rows, epsg, geometry_type) == ([], "32611", "Multi Polygon")
    ds = gdal.OpenEx(result.path)
    assert ds.GetFieldDomain("glaciermapper_class").GetEnumeration() == {"0": "background", "1": "glacier"}
    defn = ds.GetLayer(0).GetLayerDefn()
    class_field = defn.GetFieldDefn(defn.GetFieldIndex("class"))
    assert class_field.GetDomainName() == "glaciermapper_class" and class_field.GetDefault() == "1"
    assert [c["value"] for c in result.classes] == [0, 1]


def test_new_feature_gets_the_defaults(tmp_path):
    result = create_label_layer(tmp_path / "lakes.gpkg", crs=32645, layer_name="lakes", target="lake")
    ds = ogr.Open(result.path, 1)
    layer = ds.GetLayerByName("lakes")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("MULTIPOLYGON(((0 0,30 0,30 30,0 0)))"))
    layer.CreateFeature(feature)
    ds = None
    ds = ogr.Open(result.path)
    stored = ds.GetLayerByName("lakes").GetNextFeature()
    assert (stored.GetField("class"), stored.GetField("source")) == (1, "digitized")
    assert stored.GetField("created").startswith("20")
    ds = gdal.OpenEx(result.path)  # the domain lives as long as its dataset
    assert ds.GetFieldDomain("glaciermapper_class").GetEnumeration()["1"] == "lake"


def test_seeded_from_outlines_copies_polygons_with_class_1(tmp_path):
    outlines = _outlines(tmp_path / "outlines.gpkg", [
        (_square(-117.25, 52.20), "glacier", 0.76), (_square(-117.23, 52.20), "glacier", 0.76),
        (_square(-117.21, 52.20), "glacier", 0.76)])
    result = create_label_layer(tmp_path / "labels.gpkg", crs="EPSG:32611", seed_path=outlines)
    fields, rows, epsg, _ = _read(result.path, "labels")
    assert result.features == 3 and [r[0] for r in rows] == [1, 1, 1] and epsg == "32611"
    assert [r[1] for r in rows] == ["outlines.gpkg fid 1", "outlines.gpkg fid 2", "outlines.gpkg fid 3"]
    # Reprojected to UTM: 0.01 degree squares at 52.2 N are about 0.683 x 1.112 km.
    assert rows[0][2].GetArea() / 1e6 == pytest.approx(0.760, rel=0.01)


def test_seed_class_from_outline_names_and_filter(tmp_path):
    outlines = _outlines(tmp_path / "outlines.gpkg", [
        (_square(-117.25, 52.20), "glacier", 0.76), (_square(-117.23, 52.20), "background", 0.76),
        (_square(-117.21, 52.20, 0.001), "glacier", 0.0076)])
    result = create_label_layer(tmp_path / "labels.gpkg", seed_path=outlines, seed_class_field="class",
                                seed_where="area_km2 > 0.01")
    _, rows, epsg, _ = _read(result.path, "labels")
    assert [r[0] for r in rows] == [1, 0] and epsg == "4326"
    bad = _outlines(tmp_path / "bad.gpkg", [(_square(-117.25, 52.20), "rock glacier", 0.76)])
    with pytest.raises(InputError, match="'rock glacier', which is not one of the label classes"):
        create_label_layer(tmp_path / "other.gpkg", seed_path=bad, seed_class_field="class")
    assert not os.path.exists(tmp_path / "other.gpkg")
    assert [p for p in os.listdir(tmp_path) if p.startswith(".")] == []


def test_refuses_to_overwrite_and_needs_a_crs(tmp_path):
    path = create_label_layer(tmp_path / "labels.gpkg", crs="EPSG:32611").path
    with pytest.raises(OutputError, match="already exists"):
        create_label_layer(path, crs="EPSG:32611")
    assert create_label_layer(path, crs="EPSG:4326", overwrite=True).crs_wkt.count("WGS") >= 1
    with pytest.raises(InputError, match="needs a coordinate reference system"):
        create_label_layer(tmp_path / "x.gpkg")
    with pytest.raises(OutputError, match="must be a GeoPackage"):
        create_label_layer(tmp_path / "x.shp", crs="EPSG:32611")


def test_seeded_layer_exports_chips(tmp_path):
    """The round trip the plugin offers: outlines -> label layer -> edited class -> chips."""
    origin = (480000.0, 5780000.0)
    raster = write_raster(tmp_path / "scene.tif", np.full((7, 128, 128), 20000, np.uint16), origin=origin,
                          descriptions=[f"B{i}" for i in range(1, 8)])
    square = "POLYGON((480960 5779040,481920 5779040,481920 5778080,480960 5778080,480960 5779040))"
    outlines = _outlines(tmp_path / "outlines.gpkg", [(square, "glacier", 0.92)], epsg=32611)
    labels = create_label_layer(tmp_path / "labels.gpkg", seed_path=outlines, seed_class_field="class")
    result = export_chips(Scene.from_raster(raster), labels.path, tmp_path / "chips", labels_layer=labels.layer_name,
                          options=ChipOptions(chip_size=64, class_field="class", min_positive_fraction=0))
    assert result.train + result.val == 4
    # The 32 x 32 px square covers pixels 32..63: all of it lies in the top-left chip.
    assert result.positive_fraction == pytest.approx(1024 / (4 * 4096))


def test_seeded_from_the_real_athabasca_outline(tmp_path):
    outline = real_data("athabasca_hls", "athabasca_outline.shp")
    result = create_label_layer(tmp_path / "athabasca labels.gpkg", seed_path=outline)
    _, rows, _, _ = _read(result.path, "labels")
    assert result.features == len(rows) == 1 and rows[0][0] == 1
    ds = ogr.Open(outline)
    feature = ds.GetLayer(0).GetNextFeature()  # the geometry belongs to its feature: keep it
    source_area = feature.GetGeometryRef().GetArea()
    assert rows[0][2].GetArea() == pytest.approx(source_area, rel=1e-9) and source_area > 1e6
