"""Threshold maps of a generated scene scored against its truth, through processing.run."""
import pytest
from helpers import option, read_raster

from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES

BY_NDWI = option(WATER_TEST_CHOICES, "ndwi")
BY_SPECTRUM = option(WATER_TEST_CHOICES, "spectral")
NO_TEST = option(WATER_TEST_CHOICES, "none")


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return generate_scene(tmp_path_factory.mktemp("scene"), width=512, height=512, seed=42)


def glacier_mask(run, scene, folder, **extra):
    results, _ = run("glaciermapper:ndsiglaciermask", dict(
        {"INPUT": scene.scene, "OUTPUT_MASK": str(folder / f"mask_{len(extra)}_{hash(str(extra))}.tif")}, **extra))
    return results


def test_ndsi_mask_kappa_against_truth(run, scene, tmp_path):
    mask = glacier_mask(run, scene, tmp_path, THRESHOLD=0.4, WATER_TEST=NO_TEST)["OUTPUT_MASK"]
    scored, log = run("glaciermapper:assessaccuracy", {
        "PREDICTION": mask, "REFERENCE": scene.glacier_truth, "OUTPUT_HTML": str(tmp_path / "report.html")})
    assert scored["KAPPA"] == pytest.approx(MEASURED["kappa_0.4"], abs=0.005)
    default = glacier_mask(run, scene, tmp_path, THRESHOLD=0.4)["OUTPUT_MASK"]  # water test by spectrum
    scored_default, _ = run("glaciermapper:assessaccuracy", {
        "PREDICTION": default, "REFERENCE": scene.glacier_truth, "OUTPUT_HTML": str(tmp_path / "default.html")})
    assert scored_default["KAPPA"] == pytest.approx(MEASURED["kappa_0.4_default"], abs=0.005)
    assert 0.0 < scored["FA"] < 0.5 and 0.0 < scored["MA"] < 0.5
    assert "Kappa" in open(scored["OUTPUT_HTML"]).read()


def test_water_exclusion_reduces_false_glacier_on_lakes(run, scene, tmp_path):
    lakes = read_raster(scene.lake_truth)[0] == 1
    plain = read_raster(glacier_mask(run, scene, tmp_path, WATER_TEST=NO_TEST)["OUTPUT_MASK"])[0]
    excluded = read_raster(glacier_mask(run, scene, tmp_path, WATER_TEST=BY_NDWI)["OUTPUT_MASK"])[0]
    by_spectrum = read_raster(glacier_mask(run, scene, tmp_path, WATER_TEST=BY_SPECTRUM)["OUTPUT_MASK"])[0]
    false_on_lakes = ((plain == 1) & lakes).sum(), ((excluded == 1) & lakes).sum()
    assert ((by_spectrum == 1) & lakes).sum() == MEASURED["lake_false_spectral"]
    assert false_on_lakes[0] == MEASURED["lake_false_plain"]
    assert false_on_lakes[1] == MEASURED["lake_false_ndwi"]
    assert false_on_lakes[1] < 0.01 * false_on_lakes[0]


def test_index_sweep_picks_a_threshold(run, scene, tmp_path):
    index, _ = run("glaciermapper:spectralindex", {"INPUT": scene.scene, "OUTPUT": str(tmp_path / "ndsi.tif")})
    scored, log = run("glaciermapper:assessaccuracy", {
        "PREDICTION": index["OUTPUT"], "REFERENCE": scene.glacier_truth, "OUTPUT_HTML": str(tmp_path / "r.html"),
        "OUTPUT_TABLE": "TEMPORARY_OUTPUT", "OUTPUT_CSV": str(tmp_path / "m.csv")})
    assert scored["BEST_THRESHOLD"] == pytest.approx(MEASURED["best_threshold"], abs=1e-9)
    assert scored["AUC"] == pytest.approx(MEASURED["auc"], abs=1e-3)
    assert len(open(tmp_path / "m.csv").read().splitlines()) == 1 + 8  # header + thresholds 0.0 ... 0.7
    assert scored["OUTPUT_TABLE"] is not None
    assert "t=0.700" in log


# Measured on the seed-42 512 x 512 scene: every lake pixel has NDSI > 0.4 (the known failure of NDSI alone)
# and the NDWI test removes all but 7, the spectral test (default) all; debris-covered ice makes the lowest
# swept threshold the best.
MEASURED = {"kappa_0.4": 0.8335, "kappa_0.4_default": 0.8486, "lake_false_plain": 1069, "lake_false_ndwi": 7,
            "lake_false_spectral": 0, "best_threshold": 0.0,
            "auc": 0.9456}
