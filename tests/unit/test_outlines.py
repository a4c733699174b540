import datetime
import math
import os
import tempfile

import numpy as np
import pytest
import shapely
from helpers import real_data, write_raster
from osgeo import gdal, ogr, osr

from glacier_mapper.core.errors import Cancelled, InputError
from glacier_mapper.core.geo.geodesy import Ellipsoid, Measurer
from glacier_mapper.core.geo.rasterize import rasterize_polygons
from glacier_mapper.core.io.raster import raster_info
from glacier_mapper.core.io.vector import open_layer, read_geometries
from glacier_mapper.core.outlines.outlines import OUTLINE_FIELDS, OutlineOptions, outline_mask
from glacier_mapper.core.sensors.acquisition_date import parse_date
from glacier_mapper.core.sensors.scene import Scene

PIXEL = 30.0
UTM_ORIGIN = (650000.0, 5100000.0)  # EPSG:32632, about 46.0 N 10.9 E
STATS = ["outline_id", "area_km2", "perim_km", "cenlon", "cenlat", "src_date", "zmin_m", "zmax_m", "zmed_m",
         "zmean_m", "slope_deg", "aspect_deg", "mean_prob", "class", "method", "threshold", "model"]
EXACT = OutlineOptions(min_area_m2=10000.0, hole_area_m2=10000.0, simplify_m=0.0)


def known_mask():
    """1 glacier, 2 lake, 0 ground, 255 nodata on a 200 x 200 grid."""
    mask = np.zeros((200, 200), np.uint8)
    mask[20:80, 20:80] = 1  # 60 x 60 px square glacier ...
    mask[40:50, 40:50] = 0  # ... with a 10 x 10 px rock outcrop (90,000 m²: stays a hole)
    mask[30:32, 60:62] = 0  # ... and a 2 x 2 px hole (3,600 m²: filled)
    mask[120:123, 20:23] = 1  # a 3 x 3 px speck (8,100 m²: removed)
    mask[120:130, 100:110] = 1  # a 10 x 10 px glacieret (90,000 m²: kept)
    for k in range(30):  # a diagonal lake, a staircase two pixels thick
        mask[100 + k:102 + k, 150 + k:153 + k] = 2
    mask[195:, :] = 255
    return mask


def pixel_polygon(rows, cols, origin=UTM_ORIGIN, pixel=PIXEL):
    boxes = [shapely.box(origin[0] + c * pixel, origin[1] - (r + 1) * pixel, origin[0] + (c + 1) * pixel,
                         origin[1] - r * pixel) for r, c in zip(rows, cols)]
    return shapely.union_all(boxes)


def read_outlines(path, layer=None):
    _, lyr = open_layer(path, layer)
    geometries, values = read_geometries(lyr, [f for f in STATS if lyr.GetLayerDefn().GetFieldIndex(f) >= 0])
    return geometries, values


def write_utm(path, array, **kwargs):
    return write_raster(path, array, epsg=32632, origin=UTM_ORIGIN, pixel=PIXEL, **kwargs)


def geographic_grid(path, array, latitude=46.0, longitude=11.0, nodata=None, data_type=None):
    """The same pixels on a lon/lat grid whose pixels are 30 m x 30 m at ``latitude``."""
    ellipsoid = Ellipsoid(6378137.0, 298.257223563)
    m, n = ellipsoid.radii(math.radians(latitude))
    dlat = math.degrees(PIXEL / m)
    dlon = math.degrees(PIXEL / (n * math.cos(math.radians(latitude))))
    ds = gdal.GetDriverByName("GTiff").Create(str(path), array.shape[1], array.shape[0], 1,
                                              data_type or gdal.GDT_Byte)
    ds.SetGeoTransform((longitude, dlon, 0, latitude + dlat * array.shape[0] / 2, 0, -dlat))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    if nodata is not None:
        ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(array)
    ds = None
    return str(path)


def test_known_shapes_give_exact_polygons_areas_and_holes(tmp_path):
    mask = write_utm(tmp_path / "mask.tif", known_mask(), nodata=255)
    result = outline_mask(mask, tmp_path / "glacier.gpkg", EXACT)
    geometries, values = read_outlines(result.path)
    assert result.count == 2 and len(geometries) == 2
    order = np.argsort(values["area_km2"])[::-1]
    square, glacieret = geometries[order[0]], geometries[order[1]]
    rows, cols = np.nonzero(known_mask()[:100] == 1)
    expected = pixel_polygon(rows, cols).union(pixel_polygon([30, 30, 31, 31], [60, 61, 60, 61]))
    assert shapely.equals(square, expected)  # the outcrop is the one hole; the 2 x 2 hole is filled
    assert shapely.get_num_interior_rings(shapely.get_parts(square)).tolist() == [1]
    assert values["area_km2"][order[0]] == pytest.approx((3600 - 100) * 900 / 1e6, abs=1e-6)
    assert values["perim_km"][order[0]] == pytest.approx((4 * 1800 + 4 * 300) / 1e3, abs=1e-6)
    assert values["area_km2"][order[1]] == pytest.approx(0.09, abs=1e-6)
    assert shapely.equals(glacieret, shapely.box(UTM_ORIGIN[0] + 3000, UTM_ORIGIN[1] - 3900,
                                                 UTM_ORIGIN[0] + 3300, UTM_ORIGIN[1] - 3600))
    assert result.total_area_km2 == pytest.approx(3.15 + 0.09, abs=1e-6)
    assert all(ogr.CreateGeometryFromWkb(shapely.to_wkb(g)).IsValid() for g in geometries)

    lake = outline_mask(mask, tmp_path / "lake.gpkg", OutlineOptions(class_value=2, class_name="lake",
                                                                     simplify_m=0.0))
    (lake_geometry,), lake_values = read_outlines(lake.path)
    rows, cols = np.nonzero(known_mask() == 2)
    assert shapely.equals(lake_geometry, pixel_polygon(rows, cols))
    assert lake_values["area_km2"][0] == pytest.approx(len(rows) * 900 / 1e6, abs=1e-6)
    assert lake_values["class"] == ["lake"]


def test_geographic_grid_gives_the_projected_areas(tmp_path):
    projected = outline_mask(write_utm(tmp_path / "utm.tif", known_mask(), nodata=255), tmp_path / "utm.gpkg", EXACT)
    geographic = outline_mask(geographic_grid(tmp_path / "ll.tif", known_mask(), nodata=255),
                              tmp_path / "ll.gpkg", EXACT)
    assert geographic.area_method == "ellipsoidal" and projected.area_method == "planar"
    g_geoms, g_values = read_outlines(geographic.path)
    p_geoms, p_values = read_outlines(projected.path)
    assert geographic.count == projected.count == 2  # the 8,100 m² speck is dropped in both
    for key in ("area_km2", "perim_km"):
        ratio = np.sort(g_values[key]) / np.sort(p_values[key])
        assert np.all(np.abs(ratio - 1) < 0.005), (key, ratio)
    # the 90,000 m² outcrop stays a hole and the 3,600 m² one is filled, in degrees too
    assert sorted(int(shapely.get_num_interior_rings(shapely.get_parts(g)).sum()) for g in g_geoms) == [0, 1]


def test_distorting_projection_is_measured_on_the_ellipsoid(tmp_path):
    # Web Mercator at 46 N: map units are 1 / cos(46°) ground metres; pixels of 30 m on the ground
    pixel = PIXEL / math.cos(math.radians(46.0))
    path = write_raster(tmp_path / "merc.tif", known_mask(), epsg=3857, origin=(1224514.0, 5780349.0),
                        pixel=pixel, nodata=255)
    result = outline_mask(path, tmp_path / "merc.gpkg", EXACT)
    assert result.area_method == "ellipsoidal" and any("distorts" in w for w in result.warnings)
    assert result.count == 2  # the speck is still under 10,000 m² on the ground
    assert result.total_area_km2 == pytest.approx(3.15 + 0.09, rel=0.005)


def test_rgi7_area_is_reproduced_on_the_ellipsoid():
    _, layer = open_layer(real_data("rgi_outlines", "test-files", "rgi7", "rgi7g_hef.shp"))
    geometries, values = read_geometries(layer, ["area_km2"])
    area = Measurer(layer.GetSpatialRef().ExportToWkt()).area_m2(geometries)[0] / 1e6
    assert area == pytest.approx(values["area_km2"][0], abs=1e-6)


def test_connectivity_joins_diagonal_pixels_only_when_8(tmp_path):
    mask = np.zeros((30, 30), np.uint8)
    for k in range(12):
        mask[5 + k, 5 + k] = 1
    path = write_utm(tmp_path / "chain.tif", mask)
    options = dict(min_area_m2=0.0, hole_area_m2=0.0, simplify_m=0.0)
    four = outline_mask(path, tmp_path / "four.gpkg", OutlineOptions(connectivity=4, **options))
    eight = outline_mask(path, tmp_path / "eight.gpkg", OutlineOptions(connectivity=8, **options))
    assert four.count == 12 and eight.count == 1
    assert eight.total_area_km2 == pytest.approx(12 * 900 / 1e6, abs=1e-9)
    (geometry,), _ = read_outlines(eight.path)
    assert geometry.is_valid and len(shapely.get_parts(geometry)) == 12


def test_simplification_and_smoothing_keep_area_and_validity(tmp_path):
    mask = write_utm(tmp_path / "mask.tif", known_mask(), nodata=255)
    raw = outline_mask(mask, tmp_path / "raw.gpkg", OutlineOptions(class_value=2, simplify_m=0.0))
    simple = outline_mask(mask, tmp_path / "simple.gpkg", OutlineOptions(class_value=2, simplify_m=15.0))
    smooth = outline_mask(mask, tmp_path / "smooth.gpkg", OutlineOptions(class_value=2, simplify_m=15.0,
                                                                       smooth=True, smooth_iterations=3))
    (raw_geometry,), _ = read_outlines(raw.path)
    (simple_geometry,), _ = read_outlines(simple.path)
    (smooth_geometry,), _ = read_outlines(smooth.path)
    assert shapely.get_num_coordinates(simple_geometry) < shapely.get_num_coordinates(raw_geometry) / 4
    assert simple.total_area_km2 == pytest.approx(raw.total_area_km2, rel=0.03)
    assert smooth.total_area_km2 == pytest.approx(raw.total_area_km2, rel=0.05)
    assert simple_geometry.is_valid and smooth_geometry.is_valid
    # nothing strays further from the pixel outline than a right-angle chamfer of 1.5 x 15 m is deep
    assert raw_geometry.hausdorff_distance(simple_geometry) <= 1.5 * 15.0 / math.sqrt(2) + 1e-6
    # straight edges stay; each corner becomes a 22.5 m chamfer (1.5 x the tolerance): the shell of the big
    # square loses what its square hole loses, the glacieret four 253 m² triangles
    square = outline_mask(mask, tmp_path / "square.gpkg", OutlineOptions(simplify_m=15.0))
    _, values = read_outlines(square.path)
    assert sorted(values["area_km2"]) == pytest.approx([0.09 - 4 * 22.5 ** 2 / 2 / 1e6, 3.15], abs=1e-9)


def test_dem_and_probability_statistics_are_exact_on_the_outline_pixels(tmp_path):
    mask_array = known_mask()
    rows, cols = np.mgrid[0:200, 0:200]
    dem = (2000.0 + 10.0 * rows - 5.0 * cols).astype(np.float32)  # rises 10 m per pixel south, falls 5 east
    dem[70:80, 20:40] = -9999  # a DEM void over part of the glacier
    probability = ((rows * 200 + cols) / 40000.0).astype(np.float32)
    mask = write_utm(tmp_path / "mask.tif", mask_array, nodata=255)
    result = outline_mask(mask, tmp_path / "o.gpkg", EXACT, dem_path=write_utm(tmp_path / "dem.tif", dem, nodata=-9999),
                          probability_path=write_utm(tmp_path / "p.tif", probability))
    _, values = read_outlines(result.path)
    i = int(np.argmax(values["area_km2"]))
    inside = np.zeros((200, 200), bool)
    inside[20:80, 20:80] = True
    inside[40:50, 40:50] = False  # the outcrop stays out; the filled 2 x 2 hole is inside the outline
    z = dem[inside & (dem != -9999)]
    assert values["zmin_m"][i] == pytest.approx(z.min())
    assert values["zmax_m"][i] == pytest.approx(z.max())
    assert values["zmean_m"][i] == pytest.approx(z.astype(np.float64).mean(), abs=1e-6)
    assert values["zmed_m"][i] == pytest.approx(np.median(np.round(z)))
    assert values["mean_prob"][i] == pytest.approx(probability[inside].mean(), abs=1e-6)
    assert values["slope_deg"][i] == pytest.approx(math.degrees(math.atan(math.hypot(10, 5) / 30)), abs=1e-4)
    # downhill is north and east: aspect atan2(5, 10) clockwise from north
    assert values["aspect_deg"][i] == pytest.approx(math.degrees(math.atan2(5, 10)), abs=1e-4)


def test_dem_on_another_grid_is_resampled(tmp_path):
    mask = write_utm(tmp_path / "mask.tif", known_mask(), nodata=255)
    rows, cols = np.mgrid[0:200, 0:200]
    same_grid = write_utm(tmp_path / "dem30.tif", (2000.0 + 10.0 * rows).astype(np.float32))
    # 10 m DEM shifted by 5 m, covering the mask and more: the same plane, z = 2000 + (y0 - y) / 3
    fine_rows = np.mgrid[0:660, 0:660][0]
    fine = (2000.0 + (fine_rows * 10.0 + 5.0 - 305.0 - 15.0) / 3.0).astype(np.float32)
    other_grid = write_raster(tmp_path / "dem10.tif", fine, epsg=32632,
                              origin=(UTM_ORIGIN[0] - 305.0, UTM_ORIGIN[1] + 305.0), pixel=10.0)
    a = outline_mask(mask, tmp_path / "a.gpkg", EXACT, dem_path=same_grid)
    b = outline_mask(mask, tmp_path / "b.gpkg", EXACT, dem_path=other_grid)
    _, va = read_outlines(a.path)
    _, vb = read_outlines(b.path)
    for key in ("zmin_m", "zmax_m", "zmean_m", "slope_deg"):
        assert vb[key] == pytest.approx(va[key], abs=0.05), key
    assert not any("covers" in w for w in b.warnings)

    far_away = write_raster(tmp_path / "far.tif", fine, epsg=32632, origin=(300000.0, 5100000.0), pixel=10.0)
    with pytest.raises(InputError, match="does not overlap"):
        outline_mask(mask, tmp_path / "c.gpkg", EXACT, dem_path=far_away)
    assert not os.path.exists(tmp_path / "c.gpkg")
    half = write_utm(tmp_path / "half.tif", (2000.0 + 10.0 * rows[:100]).astype(np.float32))
    partial = outline_mask(mask, tmp_path / "d.gpkg", EXACT, dem_path=half)
    assert any("covers 50.0 %" in w for w in partial.warnings)
    _, values = read_outlines(partial.path)
    by_area = dict(zip(np.round(values["area_km2"], 6), values["zmin_m"]))
    assert by_area[3.15] == pytest.approx(2200.0) and by_area[0.09] is None  # the glacieret is off the DEM


def test_empty_mask_gives_empty_layer_with_full_schema(tmp_path):
    mask = np.zeros((50, 50), np.uint8)
    mask[:5] = 255
    result = outline_mask(write_utm(tmp_path / "m.tif", mask, nodata=255), tmp_path / "o.gpkg")
    assert result.count == 0 and result.total_area_km2 == 0.0
    assert any("no pixel of class 1" in w and "0" in w for w in result.warnings)
    _, layer = open_layer(result.path)
    assert layer.GetFeatureCount() == 0
    definition = layer.GetLayerDefn()
    assert [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())] == \
        [f.name for f in OUTLINE_FIELDS]
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "32632"


def test_cancel_leaves_no_output_at_any_stage(tmp_path):
    mask = write_utm(tmp_path / "m.tif", known_mask(), nodata=255)
    dem = write_utm(tmp_path / "dem.tif", np.full((200, 200), 2500.0, np.float32))
    calls = []
    outline_mask(mask, tmp_path / "full.gpkg", dem_path=dem, is_cancelled=lambda: calls.append(1) and False)
    os.remove(tmp_path / "full.gpkg")
    assert len(calls) > 5  # the mask pass, polygonizing, cleaning, statistics and writing all ask
    for stop_at in sorted({1, 2, len(calls) // 2, len(calls) - 1, len(calls)}):
        asked = []

        def cancel(asked=asked, stop_at=stop_at):
            asked.append(1)
            return len(asked) >= stop_at

        with pytest.raises(Cancelled):
            outline_mask(mask, tmp_path / "out.gpkg", dem_path=dem, is_cancelled=cancel)
        assert sorted(os.listdir(tmp_path)) == ["dem.tif", "m.tif"], stop_at


def test_bad_inputs_are_refused_with_a_reason(tmp_path):
    mask = write_utm(tmp_path / "m.tif", known_mask(), nodata=255)
    with pytest.raises(InputError, match="not a class mask"):
        outline_mask(write_utm(tmp_path / "f.tif", known_mask().astype(np.float32)), tmp_path / "o.gpkg")
    with pytest.raises(InputError, match="nodata"):
        outline_mask(mask, tmp_path / "o.gpkg", OutlineOptions(class_value=255))
    with pytest.raises(InputError, match="no coordinate reference system"):
        outline_mask(write_raster(tmp_path / "n.tif", known_mask(), epsg=None), tmp_path / "o.gpkg")
    with pytest.raises(InputError, match="not on the mask's grid"):
        outline_mask(mask, tmp_path / "o.gpkg",
                     probability_path=write_raster(tmp_path / "p.tif", np.zeros((10, 10), np.float32)))
    with pytest.raises(InputError, match="Connectivity"):
        outline_mask(mask, tmp_path / "o.gpkg", OutlineOptions(connectivity=6))
    assert not os.path.exists(tmp_path / "o.gpkg")


def test_provenance_date_and_other_formats(tmp_path):
    mask = write_utm(tmp_path / "m.tif", known_mask(), nodata=255)
    ds = gdal.Open(mask, gdal.GA_Update)
    ds.SetMetadata({"GLACIERMAPPER_ALGORITHM": "glaciermapper:ndsiglaciermask", "GLACIERMAPPER_THRESHOLD": "0.4",
                    "ACQUISITION_DATE": "2020-08-16"})
    ds = None
    result = outline_mask(mask, tmp_path / "o.shp", EXACT, layer_name="o")
    assert result.path.endswith("o.shp") and result.src_date == "2020-08-16T00:00:00"
    _, values = read_outlines(result.path)
    assert values["src_date"] == ["2020-08-16T00:00:00"] * 2
    assert values["method"] == ["glaciermapper:ndsiglaciermask"] * 2 and values["threshold"] == [0.4, 0.4]
    assert sorted(values["area_km2"]) == pytest.approx([0.09, 3.15], abs=1e-6)
    # a parameter overrides the metadata; GeoJSON by extension; an existing output is replaced
    for _ in range(2):
        result = outline_mask(mask, tmp_path / "o.geojson", OutlineOptions(src_date="2021-07-01"))
    _, values = read_outlines(result.path)
    assert [parse_date(d) for d in values["src_date"]] == [datetime.date(2021, 7, 1)] * 2
    assert not [n for n in os.listdir(tmp_path) if n.startswith(".")]


def test_athabasca_ndsi_outline_against_the_1984_outline(tmp_path):
    from helpers import stack_hls

    from glacier_mapper.core.sensors.bands import scaling_from_preset
    from glacier_mapper.core.spectral.glacier_mask import ndsi_glacier_mask

    folder = real_data("athabasca_hls")
    mask = ndsi_glacier_mask(Scene.from_raster(stack_hls(folder, tmp_path / "hls.vrt"), sensor="landsat_oli",
                             scaling=scaling_from_preset("hls")), tmp_path / "mask.tif")
    dem_path = os.path.join(folder, "athabasca_dem.tif")
    result = outline_mask(mask.mask_path, tmp_path / "outlines.gpkg", OutlineOptions(src_date="2020-08-16"),
                          dem_path=dem_path)
    geometries, values = read_outlines(result.path)
    _, old_layer = open_layer(os.path.join(folder, "athabasca_outline.shp"))
    (outline_1984,), _ = read_geometries(old_layer)
    shared = shapely.area(shapely.intersection(geometries, outline_1984))
    i = int(np.argmax(shared))
    glacier = geometries[i]
    assert glacier.is_valid
    dem_dataset = gdal.Open(dem_path)
    dem = dem_dataset.GetRasterBand(1).ComputeRasterMinMax(False)
    assert dem[0] <= values["zmin_m"][i] < values["zmed_m"][i] < values["zmax_m"][i] <= dem[1]
    # The 2020 polygon is the whole icefield in the scene (26 km²), far more than the 1984 outline of the
    # tongue and part of the icefield: only the ice inside the 1984 footprint can be compared.
    area_1984 = outline_1984.area / 1e6
    inside_1984 = shared[i] / 1e6
    assert values["area_km2"][i] > area_1984
    assert area_1984 == pytest.approx(16.143, abs=1e-3)
    assert 0.90 < inside_1984 / area_1984 < 0.96  # measured 0.934: 1.07 km² of the 1984 ice is gone


def test_rgi6_outline_rasterized_and_outlined_back(tmp_path):
    base = real_data("rgi_outlines", "test-files")
    grid = write_raster(tmp_path / "grid.tif", np.zeros((230, 320), np.uint8), epsg=32632,
                        origin=(629500.0, 5187500.0), pixel=30.0)
    rgi = os.path.join(base, "Hintereisferner_RGI6.shp")
    mask = rasterize_polygons(rgi, raster_info(grid), tmp_path / "hef.tif")
    result = outline_mask(mask.path, tmp_path / "hef.gpkg", dem_path=os.path.join(base, "hef_srtm.tif"))
    _, values = read_outlines(result.path)
    _, layer = open_layer(rgi)
    _, reference = read_geometries(layer, ["Area", "Zmin", "Zmax", "Zmed", "Slope", "Aspect", "CenLon", "CenLat"])
    assert result.count == 1
    assert values["area_km2"][0] == pytest.approx(reference["Area"][0], rel=0.02)  # measured +0.46 %
    # SRTM statistics of our outline against RGI 6's (measured 2451 / 3679 / 3062 m, 16.5°, 67°)
    assert values["zmin_m"][0] == pytest.approx(reference["Zmin"][0], abs=40)
    assert values["zmax_m"][0] == pytest.approx(reference["Zmax"][0], abs=25)
    assert values["zmed_m"][0] == pytest.approx(reference["Zmed"][0], abs=25)
    assert values["slope_deg"][0] == pytest.approx(reference["Slope"][0], abs=1.0)
    assert values["aspect_deg"][0] == pytest.approx(reference["Aspect"][0], abs=10)
    assert values["cenlon"][0] == pytest.approx(reference["CenLon"][0], abs=1e-3)
    assert values["cenlat"][0] == pytest.approx(reference["CenLat"][0], abs=1e-3)


SPECKLE = 640  # 8-connected outlines of these masks ran for minutes in one make_valid call


def speckled_masks():
    rng = np.random.default_rng(0)
    return {"checkerboard": (np.indices((SPECKLE, SPECKLE)).sum(axis=0) % 2).astype(np.uint8),
            "noise55": (rng.random((SPECKLE, SPECKLE)) < 0.55).astype(np.uint8)}


@pytest.mark.parametrize("name", ["checkerboard", "noise55"])
def test_speckled_masks_in_8_connectivity_give_one_outline_per_component(tmp_path, name):
    from scipy import ndimage
    array = speckled_masks()[name]
    components, count = ndimage.label(array, structure=np.ones((3, 3)))
    pixels = np.bincount(components.ravel())[1:]
    path = write_utm(tmp_path / "mask.tif", array)
    result = outline_mask(path, tmp_path / "eight.gpkg", OutlineOptions(connectivity=8, min_area_m2=0.0,
                                                                        hole_area_m2=0.0, simplify_m=0.0))
    assert result.count == count  # measured 1 (checkerboard), 585 (noise)
    assert result.total_area_km2 == pytest.approx(array.sum() * 900 / 1e6, abs=1e-9)
    geometries, values = read_outlines(result.path)
    assert sorted(values["area_km2"]) == pytest.approx(sorted(pixels * 900 / 1e6), abs=1e-9)
    assert shapely.is_valid(geometries).all()
    if name == "checkerboard":
        return  # one object of single pixels: the default clean-up leaves it as it is
    # the default clean-up (holes filled, simplified) on the same mask stays valid and keeps the big objects
    cleaned = outline_mask(path, tmp_path / "cleaned.gpkg", OutlineOptions(connectivity=8))
    geometries, values = read_outlines(cleaned.path)
    assert shapely.is_valid(geometries).all() and 1 <= cleaned.count <= count
    assert max(values["area_km2"]) >= pixels.max() * 900 / 1e6 * (1 - 0.05)


def test_cancel_during_8_connected_outlines_is_prompt_and_leaves_nothing(tmp_path):
    import threading
    import time
    path = write_utm(tmp_path / "mask.tif", speckled_masks()["noise55"])
    options = OutlineOptions(connectivity=8, min_area_m2=0.0, hole_area_m2=0.0)
    asked = []
    started = time.perf_counter()
    outline_mask(path, tmp_path / "full.gpkg", options, is_cancelled=lambda: asked.append(time.perf_counter()) and 0)
    total = time.perf_counter() - started
    os.remove(tmp_path / "full.gpkg")
    gaps = np.diff([started] + asked)
    assert gaps.max() < 1.0, gaps.max()  # cancel is asked at least every second
    before = set(os.listdir(tempfile.gettempdir()))
    for fraction in (0.25, 0.5, 0.75):
        set_at = []
        timer = threading.Timer(total * fraction, lambda set_at=set_at: set_at.append(time.perf_counter()))
        timer.start()
        try:
            with pytest.raises(Cancelled):
                outline_mask(path, tmp_path / "out.gpkg", options, is_cancelled=lambda set_at=set_at: bool(set_at))
            latency = time.perf_counter() - set_at[0]
        finally:
            timer.cancel()
        assert latency < 1.0, (fraction, latency)
        assert sorted(os.listdir(tmp_path)) == ["mask.tif"]
    assert not [n for n in set(os.listdir(tempfile.gettempdir())) - before if n.startswith("glaciermapper_")]


def test_simplification_keeps_single_pixels_whole(tmp_path):
    mask = np.zeros((64, 64), np.uint8)
    mask[::2, ::2] = 1  # 1,024 pixels that touch nothing
    path = write_utm(tmp_path / "pixels.tif", mask)
    for smooth in (False, True):
        result = outline_mask(path, tmp_path / f"s{smooth}.gpkg", OutlineOptions(min_area_m2=0.0, simplify_m=15.0,
                                                                                smooth=smooth))
        _, values = read_outlines(result.path)
        assert result.count == 1024  # none dropped
        assert np.allclose(np.array(values["area_km2"]) * 1e6, 900.0, rtol=0, atol=1e-6)  # not diamonds of 450


def test_simplified_areas_stay_within_the_stated_tolerance(tmp_path):
    from glacier_mapper.core.outlines.outlines import AREA_TOLERANCE
    mask = write_utm(tmp_path / "mask.tif", blobby_mask(), nodata=255)
    raw = outline_mask(mask, tmp_path / "raw.gpkg", OutlineOptions(min_area_m2=0.0, simplify_m=0.0))
    geometries, raw_values = read_outlines(raw.path)
    for simplify in (15.0, 45.0):
        simple = outline_mask(mask, tmp_path / f"s{simplify}.gpkg", OutlineOptions(min_area_m2=0.0,
                                                                                  simplify_m=simplify, smooth=True))
        simple_geometries, values = read_outlines(simple.path)
        assert simple.count == raw.count == 918  # simplification drops none, single pixels included
        # outlines come in the same order: compare each with its pixel outline
        ratio = np.array(values["area_km2"]) / np.array(raw_values["area_km2"])
        assert np.all(np.abs(ratio - 1) <= AREA_TOLERANCE + 1e-9), ratio
        assert shapely.is_valid(simple_geometries).all()


def blobby_mask(size=300, seed=3):
    """Smooth noise thresholded: blobs of many sizes, specks, holes and diagonal contacts (1 ice, 0 rock)."""
    from scipy import ndimage
    rng = np.random.default_rng(seed)
    field = ndimage.gaussian_filter(rng.standard_normal((size, size)), 4) + \
        0.3 * ndimage.gaussian_filter(rng.standard_normal((size, size)), 1)
    return (field > 0.05).astype(np.uint8)


@pytest.mark.parametrize("connectivity", [4, 8])
def test_south_up_copy_of_a_mask_gives_the_same_outlines(tmp_path, connectivity):
    array = blobby_mask()
    north = write_utm(tmp_path / "north.tif", array)
    south = str(tmp_path / "south.tif")
    gdal.Translate(south, north)
    ds = gdal.Open(south, gdal.GA_Update)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    ds.SetGeoTransform((x0, dx, 0.0, y0 + dy * array.shape[0], 0.0, -dy))  # first row is the southernmost
    ds.GetRasterBand(1).WriteArray(array[::-1])
    ds = None
    options = OutlineOptions(connectivity=connectivity, src_date="2020-08-16")
    a = outline_mask(north, tmp_path / "north.gpkg", options)
    b = outline_mask(south, tmp_path / "south.gpkg", options)
    geometries_a, values_a = read_outlines(a.path)
    geometries_b, values_b = read_outlines(b.path)
    assert a.count == b.count > 5
    assert b.total_area_km2 == pytest.approx(a.total_area_km2, rel=1e-6)
    assert sorted(values_b["area_km2"]) == pytest.approx(sorted(values_a["area_km2"]), rel=1e-6)
    assert sorted(values_b["perim_km"]) == pytest.approx(sorted(values_a["perim_km"]), rel=1e-6)


def test_imagery_given_as_mask_is_refused_naming_bands_and_type(tmp_path):
    scene = write_utm(tmp_path / "scene.tif", np.full((7, 40, 40), 9000, np.uint16), nodata=0)
    with pytest.raises(InputError, match=r"'scene.tif' has 7 bands \(UInt16\).*single-band class mask"):
        outline_mask(scene, tmp_path / "o.gpkg")
    one_band = write_utm(tmp_path / "b5.tif", (np.arange(1600).reshape(40, 40) + 7000).astype(np.uint16), nodata=0)
    result = outline_mask(one_band, tmp_path / "o.gpkg")  # one band of reflectance: no class 1
    assert result.count == 0 and any("more than 256 different values" in w for w in result.warnings)
    few = write_utm(tmp_path / "classes.tif", np.repeat([[0, 2, 3, 400]], 40, axis=0).astype(np.uint16), nodata=0)
    result = outline_mask(few, tmp_path / "o2.gpkg")
    assert any("the valid values present are: 2, 3, 400." in w for w in result.warnings)
    assert sorted(os.listdir(tmp_path)) == ["b5.tif", "classes.tif", "o.gpkg", "o2.gpkg", "scene.tif"]
