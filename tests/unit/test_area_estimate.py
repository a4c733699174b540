"""Error-adjusted areas (Olofsson et al. 2014) and pixel areas in m² in any CRS."""
import math

import numpy as np
import pytest
from helpers import write_raster
from osgeo import ogr, osr

from glacier_mapper.core.accuracy.area_estimate import area_estimate, row_areas_m2
from glacier_mapper.core.accuracy.assessment import AssessOptions, assess
from glacier_mapper.core.accuracy.metrics import Confusion
from glacier_mapper.core.io.raster import raster_info


def test_matches_olofsson_formulas_written_out():
    # Map: 2,000 km² of which 300 km² mapped glacier; reference sample: 100 and 200 pixels per stratum.
    conf = Confusion(tp=88, fp=12, fn=9, tn=191)
    result = area_estimate(conf, strata_area_m2=(300e6, 2000e6))
    w = np.array([0.15, 0.85])
    n = np.array([[88, 12], [9, 191]], float)
    p = w[:, None] * n / n.sum(axis=1)[:, None]  # Olofsson eq. 9
    se = math.sqrt(sum(w[i] ** 2 * (n[i, 0] / n[i].sum()) * (1 - n[i, 0] / n[i].sum()) / (n[i].sum() - 1)
                       for i in range(2)))  # eq. 10
    assert result["adjusted_km2"] == pytest.approx(2000 * p[:, 0].sum())
    assert result["adjusted_km2"] == pytest.approx(340.5)  # 2000 (0.15 0.88 + 0.85 9/200)
    assert result["se_km2"] == pytest.approx(2000 * se)
    assert result["ci95_high_km2"] - result["adjusted_km2"] == pytest.approx(1.96 * 2000 * se, rel=1e-3)
    assert result["mapped_km2"] == 300
    assert result["user_accuracy"] == pytest.approx(0.88)
    assert result["producer_accuracy"] == pytest.approx(p[0, 0] / p[:, 0].sum())
    assert result["overall_accuracy"] == pytest.approx(p[0, 0] + p[1, 1])


def test_interval_covers_the_true_area_in_repeated_stratified_samples():
    # A known population: 1e6 pixels of 900 m², 200,000 mapped glacier of which 170,000 are glacier, and
    # 40,000 glacier pixels mapped as other; 150 reference pixels drawn per stratum, 4,000 times.
    rng = np.random.default_rng(0)
    true_km2 = 210_000 * 900 / 1e6
    estimates, covered = [], 0
    for _ in range(4000):
        hits_mapped = rng.hypergeometric(170_000, 30_000, 150)
        hits_other = rng.hypergeometric(40_000, 760_000, 150)
        result = area_estimate(Confusion(hits_mapped, 150 - hits_mapped, hits_other, 150 - hits_other),
                               strata_area_m2=(200_000 * 900.0, 1e6 * 900.0))
        estimates.append(result["adjusted_km2"])
        covered += result["ci95_low_km2"] <= true_km2 <= result["ci95_high_km2"]
    assert np.mean(estimates) == pytest.approx(true_km2, rel=0.005)  # unbiased (measured: 189.05 vs 189.0)
    assert covered / 4000 == pytest.approx(0.938, abs=0.012)  # measured 0.938: the normal interval, near 0.95
    assert result["mapped_km2"] == 180


def test_census_gives_the_reference_area():
    conf = Confusion(tp=900, fp=100, fn=300, tn=8700)
    result = area_estimate(conf, pixel_area_m2=900.0)
    assert result["mapped_km2"] == pytest.approx(0.9)
    assert result["adjusted_km2"] == pytest.approx(result["reference_km2"]) and result["adjusted_km2"] == 1.08
    assert 0 < result["se_km2"] < 0.05


def test_unsampled_stratum_is_undefined_not_zero():
    result = area_estimate(Confusion(tp=0, fp=0, fn=10, tn=90), strata_area_m2=(1e6, 1e7))
    assert math.isnan(result["adjusted_km2"]) and result["notes"]


def _equal_area_m2(lon0, lat0, dlon, dlat):
    """Area of a lon/lat rectangle by PROJ's Lambert azimuthal equal-area projection of WGS 84."""
    wgs = osr.SpatialReference()
    wgs.ImportFromEPSG(4326)
    wgs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    laea = osr.SpatialReference()
    laea.ImportFromProj4(f"+proj=laea +lat_0={lat0} +lon_0={lon0} +ellps=WGS84 +units=m")
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((lon0, lat0), (lon0 + dlon, lat0), (lon0 + dlon, lat0 - dlat), (lon0, lat0 - dlat), (lon0, lat0)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    polygon.Segmentize(dlon / 200)
    polygon.Transform(osr.CoordinateTransformation(wgs, laea))
    return polygon.GetArea()


def test_geographic_pixels_have_their_ellipsoidal_area(tmp_path):
    path = write_raster(tmp_path / "geo.tif", np.zeros((40, 10), np.uint8), epsg=4326, origin=(-117.3, 52.3),
                        pixel=0.01)
    areas = row_areas_m2(raster_info(path))
    for row in (0, 39):
        assert areas[row] == pytest.approx(_equal_area_m2(-117.3, 52.3 - 0.01 * row, 0.01, 0.01), rel=1e-6)
    assert areas[0] == pytest.approx(759_167, rel=1e-6)  # 0.01° x 0.01° at 52.3° N
    assert areas[0] < areas[39]  # rows shrink towards the pole


def test_projected_units_are_converted_to_metres(tmp_path):
    utm = write_raster(tmp_path / "utm.tif", np.zeros((3, 3), np.uint8), pixel=30.0)
    feet = write_raster(tmp_path / "feet.tif", np.zeros((3, 3), np.uint8), epsg=2227, origin=(6e6, 2e6), pixel=100.0)
    assert row_areas_m2(raster_info(utm))[0] == 900.0
    assert row_areas_m2(raster_info(feet))[0] == pytest.approx((100 * 0.3048006096) ** 2, rel=1e-6)


def test_assessment_on_a_geographic_grid_sums_row_areas(tmp_path):
    reference = np.zeros((100, 50), np.uint8)
    reference[10:60, 5:45] = 1
    prediction = reference.copy()
    prediction[60:70, 5:45] = 1  # 400 false positives
    pred = write_raster(tmp_path / "p.tif", prediction, epsg=4326, origin=(-117.3, 52.3), pixel=0.001)
    ref = write_raster(tmp_path / "r.tif", reference, epsg=4326, origin=(-117.3, 52.3), pixel=0.001)
    result = assess(pred, ref, options=AssessOptions(score_kind="mask"))
    areas = row_areas_m2(raster_info(pred))
    assert result.area["mapped_km2"] == pytest.approx(40 * areas[10:70].sum() / 1e6, rel=1e-12)
    assert result.area["mapped_km2"] == pytest.approx(18.234, abs=0.001)  # 2400 pixels of ~7,600 m²
    assert result.area["total_km2"] == pytest.approx(50 * areas.sum() / 1e6, rel=1e-12)
    # Census: the adjusted area is the reference area, up to the rows' unequal pixel areas.
    assert result.area["adjusted_km2"] == pytest.approx(40 * areas[10:60].sum() / 1e6, rel=2e-3)
