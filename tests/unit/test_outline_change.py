import os

import numpy as np
import pytest
import shapely
from helpers import real_data, write_raster
from osgeo import gdal, ogr

from glacier_mapper.core.errors import Cancelled, InputError
from glacier_mapper.core.io.vector import open_layer, read_geometries
from glacier_mapper.core.outlines.change import outline_change
from glacier_mapper.core.outlines.outlines import OutlineOptions, outline_mask
from glacier_mapper.core.sensors.scene import Scene

PIXEL_KM2 = 900 / 1e6
FIELDS = ["change_id", "id_a", "ids_a", "ids_b", "n_a", "n_b", "relation", "status", "area_a_km2", "area_b_km2",
          "d_area_km2", "d_area_pct", "rate_km2_per_yr", "years"]


def masks():
    """Glacier (1) and lake (2) masks of 2000 and 2020 with one case of every kind of change."""
    a = np.zeros((180, 100), np.uint8)
    b = np.zeros((180, 100), np.uint8)
    a[10:60, 10:50] = 1  # 2000 px glacier ...
    b[10:40, 10:50] = 1  # ... retreats to 1200 px
    a[10:50, 60:80] = 1  # 800 px glacier ...
    b[10:25, 60:80] = 1  # ... splits into two of 300 px
    b[30:45, 60:80] = 1
    a[70:75, 10:20] = 1  # 50 px glacieret vanishes
    a[70:90, 60:80] = 1  # 400 px glacier unchanged
    b[70:90, 60:80] = 1
    a[100:120, 10:30] = 1  # two 400 px glaciers ...
    a[100:120, 31:51] = 1
    b[100:120, 10:51] = 1  # ... merge into one of 820 px
    b[130:140, 70:80] = 1  # a new 100 px glacier
    a[150:160, 10:30] = 2  # 200 px lake doubles
    b[150:170, 10:30] = 2
    b[150:160, 60:70] = 2  # a new 100 px lake
    return a, b


def outlines(tmp_path, class_value=1, name="glacier", dates=("2000-08-15", "2020-08-15"), extension="gpkg"):
    paths = []
    for tag, array, date in zip("ab", masks(), dates):
        mask = write_raster(tmp_path / f"{tag}.tif", array, epsg=32632, origin=(650000.0, 5100000.0), nodata=255)
        options = OutlineOptions(class_value=class_value, class_name=name, min_area_m2=0.0, simplify_m=0.0,
                                 src_date=date)
        paths.append(outline_mask(mask, tmp_path / f"{name}_{tag}.{extension}", options).path)
    return paths


def read_change(path, layer="change"):
    _, lyr = open_layer(path, layer)
    geometries, values = read_geometries(lyr, FIELDS)
    return geometries, [dict(zip(values, row)) for row in zip(*values.values())]


def by_area_a(rows, area_a):
    return [r for r in rows if abs(r["area_a_km2"] - area_a * PIXEL_KM2) < 1e-9]


def test_glacier_change_signs_magnitudes_and_relations(tmp_path):
    path_a, path_b = outlines(tmp_path)
    result = outline_change(path_a, path_b, tmp_path / "change.gpkg")
    geometries, rows = read_change(result.path)
    assert result.counts == {"retreated": 2, "advanced": 1, "stable": 1, "new": 1, "vanished": 1}
    (retreat,) = by_area_a(rows, 2000)
    assert (retreat["status"], retreat["relation"]) == ("retreated", "1:1")
    assert retreat["d_area_km2"] == pytest.approx(-800 * PIXEL_KM2, abs=1e-9)
    assert retreat["d_area_pct"] == pytest.approx(-40.0)
    assert retreat["years"] == pytest.approx(20.0)
    assert retreat["rate_km2_per_yr"] == pytest.approx(-800 * PIXEL_KM2 / 20.0)
    (split,) = [r for r in rows if r["relation"] == "split"]
    assert (split["status"], split["relation"], split["n_b"]) == ("retreated", "split", 2)
    assert split["area_b_km2"] == pytest.approx(600 * PIXEL_KM2) and split["d_area_pct"] == pytest.approx(-25.0)
    (vanished,) = by_area_a(rows, 50)
    assert (vanished["status"], vanished["area_b_km2"], vanished["d_area_pct"]) == ("vanished", 0.0, -100.0)
    (merged,) = [r for r in rows if r["relation"] == "merge"]
    assert (merged["status"], merged["n_a"], merged["n_b"]) == ("advanced", 2, 1)
    assert merged["d_area_pct"] == pytest.approx(100 * 20 / 800)
    (stable,) = by_area_a(rows, 400)
    assert stable["status"] == "stable" and stable["d_area_km2"] == 0.0
    (new,) = [r for r in rows if r["status"] == "new"]
    assert new["area_b_km2"] == pytest.approx(100 * PIXEL_KM2) and new["id_a"] is None and new["area_a_km2"] == 0
    # each unit is drawn as the union of both dates (here one date's outline always holds the other's)
    for geometry, row in zip(geometries, rows):
        assert geometry.area / 1e6 == pytest.approx(max(row["area_a_km2"], row["area_b_km2"]), abs=1e-9)

    summary = result.summary
    assert summary["area_a_km2"] == pytest.approx((2000 + 800 + 50 + 400 + 800) * PIXEL_KM2)
    assert summary["area_b_km2"] == pytest.approx((1200 + 600 + 400 + 820 + 100) * PIXEL_KM2)
    assert summary["d_area_km2"] == pytest.approx(-930 * PIXEL_KM2)
    assert summary["rate_km2_per_yr"] == pytest.approx(-930 * PIXEL_KM2 / 20.0)
    assert (summary["n_split"], summary["n_merge"], summary["date_a"], summary["date_b"]) == \
        (1, 1, "2000-08-15", "2020-08-15")
    assert summary["area_new_km2"] == pytest.approx(100 * PIXEL_KM2)
    assert summary["area_vanished_km2"] == pytest.approx(50 * PIXEL_KM2)
    # the summary is a table in the same GeoPackage
    _, table = open_layer(result.path, "change_summary")
    (row,) = list(table)
    assert row.GetGeomFieldCount() == 0 and row.GetField("d_area_km2") == pytest.approx(summary["d_area_km2"])


def test_growing_and_new_lakes(tmp_path):
    path_a, path_b = outlines(tmp_path, class_value=2, name="lake")
    result = outline_change(path_a, path_b, tmp_path / "lakes.gpkg")
    _, rows = read_change(result.path)
    assert result.counts == {"retreated": 0, "advanced": 1, "stable": 0, "new": 1, "vanished": 0}
    (grown,) = [r for r in rows if r["status"] == "advanced"]
    assert grown["d_area_km2"] == pytest.approx(200 * PIXEL_KM2) and grown["d_area_pct"] == pytest.approx(100.0)
    assert grown["rate_km2_per_yr"] == pytest.approx(200 * PIXEL_KM2 / 20.0)


def test_outlines_in_another_crs_are_reprojected(tmp_path):
    path_a, path_b = outlines(tmp_path)
    geographic_b = str(tmp_path / "b_wgs84.gpkg")
    gdal.VectorTranslate(geographic_b, path_b, dstSRS="EPSG:4326", layerName="outlines")
    projected = outline_change(path_a, path_b, tmp_path / "p.gpkg")
    mixed = outline_change(path_a, geographic_b, tmp_path / "m.gpkg")
    assert mixed.counts == projected.counts
    assert mixed.summary["area_b_km2"] == pytest.approx(projected.summary["area_b_km2"], rel=1e-4)
    _, layer = open_layer(mixed.path)
    assert layer.GetSpatialRef().GetAuthorityCode(None) == "32632"


def test_dates_from_fields_parameters_and_their_errors(tmp_path):
    path_a, path_b = outlines(tmp_path, dates=(None, None))
    unknown = outline_change(path_a, path_b, tmp_path / "u.gpkg")
    assert unknown.summary["rate_km2_per_yr"] is None and any("unknown" in w for w in unknown.warnings)
    given = outline_change(path_a, path_b, tmp_path / "g.gpkg", date_a="1990-07-01", date_b="2020-07-01")
    assert given.summary["years"] == pytest.approx(30.0, abs=0.01)
    assert given.summary["rate_km2_per_yr"] == pytest.approx(-930 * PIXEL_KM2 / given.summary["years"])
    with pytest.raises(InputError, match="before date A"):
        outline_change(path_a, path_b, tmp_path / "x.gpkg", date_a="2020-07-01", date_b="1990-07-01")
    with pytest.raises(InputError, match="not a date"):
        outline_change(path_a, path_b, tmp_path / "x.gpkg", date_a="last summer")
    assert not os.path.exists(tmp_path / "x.gpkg")


def test_everything_vanished_when_b_is_empty(tmp_path):
    path_a, _ = outlines(tmp_path)
    empty = write_raster(tmp_path / "empty.tif", np.zeros((180, 100), np.uint8), epsg=32632,
                         origin=(650000.0, 5100000.0))
    path_b = outline_mask(empty, tmp_path / "empty.gpkg", OutlineOptions(src_date="2020-08-15")).path
    result = outline_change(path_a, path_b, tmp_path / "gone.gpkg")
    assert result.counts["vanished"] == 6 and sum(result.counts.values()) == 6
    assert result.summary["d_area_pct"] == pytest.approx(-100.0)
    assert result.summary["date_b"] == "2020-08-15"  # an empty layer keeps its date in its metadata


def test_shapefile_output_gets_a_csv_summary(tmp_path):
    path_a, path_b = outlines(tmp_path, extension="shp")
    result = outline_change(path_a, path_b, tmp_path / "change.shp")
    assert result.summary_path == str(tmp_path / "change_summary.csv")
    with open(result.summary_path) as handle:
        header, line = handle.read().splitlines()
    summary = dict(zip(header.split(","), line.split(",")))
    assert float(summary["d_area_km2"]) == pytest.approx(-930 * PIXEL_KM2)
    assert any("rate_km2_per_yr" in w for w in result.warnings)  # the shapefile shortened the name
    _, layer = open_layer(result.path)
    assert layer.GetFeatureCount() == 6


def test_cancel_leaves_no_output(tmp_path):
    path_a, path_b = outlines(tmp_path)
    before = sorted(os.listdir(tmp_path))
    with pytest.raises(Cancelled):
        outline_change(path_a, path_b, tmp_path / "c.gpkg", is_cancelled=lambda: True)
    assert sorted(os.listdir(tmp_path)) == before


def test_athabasca_1984_outline_against_2020_ndsi_outline(tmp_path):
    from helpers import stack_hls

    from glacier_mapper.core.sensors.bands import scaling_from_preset
    from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, ndsi_glacier_mask

    folder = real_data("athabasca_hls")
    # NDSI alone, as measured below; the default water test also removes the tongue's meltwater and
    # darkest wet ice, and the loss measured becomes -1.36 km²
    mask = ndsi_glacier_mask(Scene.from_raster(stack_hls(folder, tmp_path / "hls.vrt"), sensor="landsat_oli",
                             scaling=scaling_from_preset("hls")), tmp_path / "mask.tif",
                             options=GlacierMaskOptions(water_test="none"))
    # HLS day 229 of 2020 is 16 August
    outlines_2020 = outline_mask(mask.mask_path, tmp_path / "o2020.gpkg", OutlineOptions(src_date="2020-08-16"))
    path_1984 = os.path.join(folder, "athabasca_outline.shp")
    _, layer = open_layer(path_1984)
    (footprint,), _ = read_geometries(layer)
    # The 1984 outline covers the tongue and a block of the icefield; the 2020 glacier runs on over the
    # whole icefield, so only the 2020 ice inside the 1984 footprint is compared.
    _, layer = open_layer(outlines_2020.path)
    geometries, _ = read_geometries(layer)
    clipped = shapely.intersection(geometries, footprint)
    clipped = clipped[shapely.area(clipped) > 0]
    clipped_path = str(tmp_path / "o2020_in_1984.gpkg")
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(clipped_path)
    out = dataset.CreateLayer("o", layer.GetSpatialRef(), ogr.wkbMultiPolygon)
    for geometry in clipped:
        feature = ogr.Feature(out.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometry)))
        out.CreateFeature(feature)
    dataset = out = None
    result = outline_change(path_1984, clipped_path, tmp_path / "athabasca_change.gpkg",
                            date_a="1984-08-15", date_b="2020-08-16")
    _, rows = read_change(result.path)
    main = max(rows, key=lambda r: r["area_a_km2"])
    assert main["status"] == "retreated" and main["area_a_km2"] == pytest.approx(16.143, abs=1e-3)
    # measured: 15.08 km² of the 1984 ice is still ice in 2020, -1.07 km² (-6.6 %), -0.030 km² a year
    assert -1.3 < main["d_area_km2"] < -0.8
    assert -0.036 < main["rate_km2_per_yr"] < -0.022


def test_sample_scene_ten_years_later(tmp_path):
    from glacier_mapper.core.sample_scene import generate_scene

    outlines_by_year = {}
    for years in (0, 10):
        scene = generate_scene(tmp_path / f"scene{years}", width=300, height=300, years_later=years)
        for name, truth in (("glacier", scene.glacier_truth), ("lake", scene.lake_truth)):
            # the acquisition date comes from the scene's metadata
            result = outline_mask(truth, tmp_path / f"{name}{years}.gpkg", OutlineOptions(class_name=name),
                                  dem_path=scene.dem)
            assert result.src_date == f"{2021 + years}-08-15T00:00:00"
            outlines_by_year[name, years] = result.path
    glaciers = outline_change(outlines_by_year["glacier", 0], outlines_by_year["glacier", 10], tmp_path / "g.gpkg")
    lakes = outline_change(outlines_by_year["lake", 0], outlines_by_year["lake", 10], tmp_path / "l.gpkg")
    assert glaciers.summary["years"] == pytest.approx(10.0, abs=0.01)
    # the snow line and the termini move up: glaciers only shrink, the lakes behind them grow
    assert glaciers.counts["advanced"] == 0 and glaciers.counts["retreated"] > 0
    assert glaciers.summary["d_area_pct"] < -5 and glaciers.summary["rate_km2_per_yr"] < 0
    assert lakes.counts["retreated"] == 0 and lakes.summary["d_area_km2"] > 0
