"""Outlines and outline change through processing.run and qgis_process, on generated scenes of two dates."""
import os

import pytest
from helpers import option
from qgis.core import QgsProcessingException, QgsVectorLayer

from glacier_mapper.core.outlines.outlines import CLASS_NAME_CHOICES
from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.scripts.headless import make_profile, run_algorithm

LAKE = option(CLASS_NAME_CHOICES, "lake")


@pytest.fixture(scope="module")
def scenes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dates")
    return [generate_scene(folder / f"y{years}", width=300, height=300, seed=7, years_later=years)
            for years in (0, 10)]


def truth_outlines(run, scene, path, **extra):
    results, log = run("glaciermapper:outlines", dict({"MASK": scene.glacier_truth, "DEM": scene.dem,
                                                       "OUTPUT": str(path)}, **extra))
    return results, log


def test_outlines_with_dem_attributes(run, scenes, tmp_path):
    results, log = truth_outlines(run, scenes[0], tmp_path / "outlines.gpkg")
    layer = QgsVectorLayer(results["OUTPUT"], "outlines", "ogr")
    assert layer.isValid() and layer.featureCount() == results["COUNT"] > 0
    names = set(layer.fields().names())
    assert {"area_km2", "perim_km", "cenlon", "cenlat", "src_date", "zmin_m", "zmed_m", "slope_deg"} <= names
    areas = sum(f["area_km2"] for f in layer.getFeatures())
    assert areas == pytest.approx(results["TOTAL_AREA_KM2"], rel=1e-9)
    assert results["TOTAL_AREA_KM2"] == pytest.approx(MEASURED["area_km2_y0"], rel=1e-3)
    for feature in layer.getFeatures():
        assert feature["zmin_m"] <= feature["zmed_m"] <= feature["zmax_m"]
        assert feature.geometry().isGeosValid()


def test_change_between_dates(run, scenes, tmp_path):
    a, _ = truth_outlines(run, scenes[0], tmp_path / "a.gpkg")
    b, _ = truth_outlines(run, scenes[1], tmp_path / "b.gpkg")
    change, log = run("glaciermapper:outlinechange", {"OUTLINES_A": a["OUTPUT"], "OUTLINES_B": b["OUTPUT"],
                                                      "OUTPUT": str(tmp_path / "change.gpkg")})
    assert change["D_AREA_KM2"] < 0 and change["RATE_KM2_PER_YR"] < 0
    assert change["D_AREA_PCT"] == pytest.approx(MEASURED["glacier_change_pct"], abs=0.05)
    assert change["AREA_A_KM2"] == pytest.approx(a["TOTAL_AREA_KM2"], rel=1e-9)
    assert "retreated" in log
    layer = QgsVectorLayer(change["OUTPUT"], "change", "ogr")
    assert {f["status"] for f in layer.getFeatures()} <= {"retreated", "stable", "vanished", "new", "advanced"}


def test_outlines_through_qgis_process(scenes, tmp_path):
    env = make_profile(tmp_path / "profile")
    answer = run_algorithm("glaciermapper:outlines", {"MASK": scenes[0].lake_truth, "CLASS_NAME": LAKE,
                                                      "MIN_AREA": 0, "OUTPUT": str(tmp_path / "lakes.gpkg")}, env)
    assert answer["results"]["COUNT"] == MEASURED["lakes_y0"]


def test_imagery_given_as_mask_is_refused_with_what_to_give(run, scenes, tmp_path):
    out = tmp_path / "outlines.gpkg"
    with pytest.raises(QgsProcessingException, match=r"has 7 bands \(UInt16\).*single-band class mask"):
        run("glaciermapper:outlines", {"MASK": scenes[0].scene, "OUTPUT": str(out)})
    assert not os.path.exists(out)


# Measured on the seed-7 300 x 300 scene and the same scene 10 years later (its lakes fill level basins at
# the termini, so every one is proglacial).
MEASURED = {"area_km2_y0": 20.3117, "glacier_change_pct": -16.906, "lakes_y0": 7,
            "lake_types_y0": {"proglacial": 7, "supraglacial": 0, "unconnected": 0}}


def test_lake_outlines_get_type_and_glacier_distance(run, scenes, tmp_path):
    glaciers, _ = truth_outlines(run, scenes[0], tmp_path / "glaciers.gpkg")
    lakes, log = run("glaciermapper:outlines", {"MASK": scenes[0].lake_truth, "CLASS_NAME": LAKE,
                                                "DEM": scenes[0].dem, "GLACIERS": glaciers["OUTPUT"],
                                                "OUTPUT": str(tmp_path / "lakes.gpkg")})
    layer = QgsVectorLayer(lakes["OUTPUT"], "lakes", "ogr")
    features = list(layer.getFeatures())
    counts = {kind: sum(f["lake_type"] == kind for f in features) for kind in ("proglacial", "supraglacial",
                                                                               "unconnected")}
    print("\nlake types:", counts, "distances (m):", sorted(round(f["glac_dist_m"]) for f in features))
    assert sum(counts.values()) == lakes["COUNT"] > 0
    for feature in features:  # the type follows the distance (500 m by default)
        if feature["lake_type"] == "proglacial":
            assert feature["glac_dist_m"] <= 500
        elif feature["lake_type"] == "unconnected":
            assert feature["glac_dist_m"] > 500
        assert feature["zmed_m"] is not None
    assert counts == MEASURED["lake_types_y0"]
    # glacier outlines given for a glacier class are ignored, with a warning
    _, log = truth_outlines(run, scenes[0], tmp_path / "again.gpkg", GLACIERS=glaciers["OUTPUT"])
    assert "used only when outlining lakes" in log
