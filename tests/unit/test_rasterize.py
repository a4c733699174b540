import os

import numpy as np
import pytest
from helpers import read_raster, real_data, write_raster
from osgeo import gdal, ogr, osr

from glacier_mapper.core.errors import InputError
from glacier_mapper.core.geo.rasterize import rasterize_polygons
from glacier_mapper.core.io.raster import raster_info


def _write_polygons(path, wkts, epsg, values=None):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("labels", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
    for i, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        feature.SetField("class", (values or [1] * len(wkts))[i])
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_burns_class_values_and_counts_pixels(tmp_path):
    grid = write_raster(tmp_path / "grid.tif", np.zeros((20, 20), np.uint8), origin=(0.0, 600.0), pixel=30.0)
    # 10 x 10 pixels of class 1 and a 4 x 2 block of class 2
    labels = _write_polygons(tmp_path / "l.gpkg", ["POLYGON((0 600,300 600,300 300,0 300,0 600))",
                                                   "POLYGON((450 600,570 600,570 540,450 540,450 600))"],
                             32611, [1, 2])
    result = rasterize_polygons(labels, raster_info(grid), tmp_path / "out.tif", class_field="class")
    array, _ = read_raster(result.path)
    assert (array == 1).sum() == 100 and (array == 2).sum() == 8
    assert (result.features, result.burned, result.repaired) == (2, 2, 0)


def test_bowtie_is_repaired(tmp_path):
    grid = write_raster(tmp_path / "grid.tif", np.zeros((20, 20), np.uint8), origin=(0.0, 600.0), pixel=30.0)
    labels = _write_polygons(tmp_path / "l.gpkg", ["POLYGON((0 600,300 300,300 600,0 300,0 600))"], 32611)
    result = rasterize_polygons(labels, raster_info(grid), tmp_path / "out.tif")
    array, _ = read_raster(result.path)
    assert result.repaired == 1 and 40 <= (array == 1).sum() <= 60


def test_other_crs_gives_the_same_pixels(tmp_path):
    outline = real_data("athabasca_hls", "athabasca_outline.shp")
    grid = real_data("athabasca_hls", "athabasca_dem.tif")
    same = rasterize_polygons(outline, raster_info(grid), tmp_path / "a.tif")
    wgs = tmp_path / "outline_4326.gpkg"
    gdal.VectorTranslate(str(wgs), outline, dstSRS="EPSG:4326", format="GPKG")
    other = rasterize_polygons(str(wgs), raster_info(grid), tmp_path / "b.tif")
    a, _ = read_raster(same.path)
    b, _ = read_raster(other.path)
    assert a.sum() > 1000
    assert np.abs(a.astype(int) - b).sum() <= 0.01 * a.sum()


def test_missing_field_is_named(tmp_path):
    grid = write_raster(tmp_path / "grid.tif", np.zeros((5, 5), np.uint8))
    labels = _write_polygons(tmp_path / "l.gpkg", ["POLYGON((0 0,1 0,1 1,0 0))"], 32611)
    with pytest.raises(InputError, match="no field 'kind'.*class"):
        rasterize_polygons(labels, raster_info(grid), class_field="kind")


def _write_without_crs(path, wkts):
    """A GeoPackage layer written without a CRS: GDAL reads it back as 'Undefined geographic SRS'."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("labels", None, ogr.wkbPolygon)
    for wkt in wkts:
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def test_layer_without_crs_on_the_raster_takes_the_raster_crs_with_a_warning(tmp_path):
    grid = write_raster(tmp_path / "grid.tif", np.zeros((20, 20), np.uint8), origin=(480000.0, 5780000.0),
                        pixel=30.0)
    square = "POLYGON((480000 5780000,480300 5780000,480300 5779700,480000 5779700,480000 5780000))"
    labels = _write_without_crs(tmp_path / "l.gpkg", [square])
    result = rasterize_polygons(labels, raster_info(grid), tmp_path / "out.tif")
    array, _ = read_raster(result.path)
    assert (array == 1).sum() == 100 and array[:10, :10].all()
    assert any("has no CRS" in w and "UTM zone 11N" in w for w in result.warnings)


def test_layer_without_crs_elsewhere_is_refused_with_what_to_do(tmp_path):
    grid = write_raster(tmp_path / "grid.tif", np.zeros((20, 20), np.uint8), origin=(480000.0, 5780000.0),
                        pixel=30.0)
    lonlat = "POLYGON((-117.3 52.2,-117.2 52.2,-117.2 52.1,-117.3 52.1,-117.3 52.2))"  # drawn in degrees
    labels = _write_without_crs(tmp_path / "l.gpkg", [lonlat])
    with pytest.raises(InputError, match=r"'l.gpkg' has no CRS.*x -117.3 to -117.2.*Assign the layer the CRS"):
        rasterize_polygons(labels, raster_info(grid), tmp_path / "out.tif")
    assert sorted(os.listdir(tmp_path)) == ["grid.tif", "l.gpkg"]
