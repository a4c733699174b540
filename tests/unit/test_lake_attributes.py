"""Glacial-lake inventory attributes: lake type and distance to the nearest glacier, on known shapes, in a
projected and a lon/lat grid, with the glacier outlines in another CRS."""
import numpy as np
import pytest
from helpers import write_raster
from osgeo import ogr, osr

from glacier_mapper.core.errors import InputError
from glacier_mapper.core.io.vector import open_layer, read_geometries
from glacier_mapper.core.outlines.outlines import OutlineOptions, outline_mask

PIXEL = 30.0
ORIGIN = (600000.0, 5200000.0)  # UTM 32N


def glacier_layer(path, epsg=32632, ring=None):
    """One glacier: the square x 600,300-601,200, y 5,198,800-5,199,700 (UTM 32N), written in ``epsg``."""
    ring = ring or [(600300, 5198800), (601200, 5198800), (601200, 5199700), (600300, 5199700)]
    utm, target = osr.SpatialReference(), osr.SpatialReference()
    utm.ImportFromEPSG(32632)
    target.ImportFromEPSG(epsg)
    for srs in (utm, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(utm, target)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = source.CreateLayer("glaciers", target, ogr.wkbPolygon)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    outer = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ring + ring[:1]:
        outer.AddPoint_2D(*transform.TransformPoint(x, y)[:2])
    polygon.AddGeometry(outer)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(polygon)
    layer.CreateFeature(feature)
    source = None
    return str(path)


def lake_mask(tmp_path):
    """Three 4 x 4 px lakes: on the glacier, 210 m east of it, 1,500 m west of it."""
    mask = np.zeros((80, 80), np.uint8)
    mask[20:24, 20:24] = 1  # x 600,600-600,720: inside the glacier (x 600,300-601,200)
    mask[20:24, 47:51] = 1  # x 601,410-601,530: 210 m east of the glacier's edge at 601,200
    mask[60:64, 0:4] = 1  # x 600,000-600,120, y 5,198,080-5,198,200: 180 m west, 600 m south of the corner
    return write_raster(tmp_path / "lakes.tif", mask[None], epsg=32632, origin=ORIGIN, pixel=PIXEL, nodata=255)


def attributes(path):
    _, layer = open_layer(path)
    geometries, values = read_geometries(layer, ["lake_type", "glac_dist_m", "cenlon"])
    order = np.argsort(values["cenlon"])
    return [(values["lake_type"][i], round(values["glac_dist_m"][i], 1)) for i in order]


@pytest.mark.parametrize("epsg", [32632, 4326])
def test_types_and_distances(tmp_path, epsg):
    glaciers = glacier_layer(tmp_path / f"glaciers_{epsg}.gpkg", epsg)
    options = OutlineOptions(class_name="lake", min_area_m2=0, glaciers_path=glaciers, proglacial_distance_m=500)
    result = outline_mask(lake_mask(tmp_path), tmp_path / "lakes.gpkg", options)
    assert result.count == 3 and "lake_type" in result.fields and "glac_dist_m" in result.fields
    rows = attributes(result.path)
    # west to east: corner to corner hypot(180, 600) = 626.4 m (the outline keeps the lake's pixel corner:
    # simplification no longer cuts small objects); on the glacier; 210 m east
    assert [kind for kind, _ in rows] == ["unconnected", "supraglacial", "proglacial"]
    assert [d for _, d in rows] == pytest.approx([626.4, 0.0, 210.0], abs=0.5)


def test_proglacial_distance_sets_the_class(tmp_path):
    glaciers = glacier_layer(tmp_path / "glaciers.gpkg")
    options = OutlineOptions(class_name="lake", min_area_m2=0, glaciers_path=glaciers, proglacial_distance_m=100)
    rows = attributes(outline_mask(lake_mask(tmp_path), tmp_path / "lakes.gpkg", options).path)
    assert [kind for kind, _ in rows] == ["unconnected", "supraglacial", "unconnected"]


def test_without_glaciers_no_lake_fields_and_missing_file_is_an_input_error(tmp_path):
    result = outline_mask(lake_mask(tmp_path), tmp_path / "plain.gpkg",
                          OutlineOptions(class_name="lake", min_area_m2=0))
    assert "lake_type" not in result.fields and result.count == 3
    with pytest.raises(InputError, match="do not exist"):
        outline_mask(lake_mask(tmp_path), tmp_path / "x.gpkg",
                     OutlineOptions(class_name="lake", min_area_m2=0, glaciers_path=str(tmp_path / "none.gpkg")))
