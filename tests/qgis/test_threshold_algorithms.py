"""The threshold-mapping algorithms through processing.run in headless QGIS."""
import json
import os
import subprocess

import numpy as np
import pytest
from helpers import option, read_raster, write_raster
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingException

from glacier_mapper.core.sensors.bands import SENSOR_CHOICES
from glacier_mapper.core.spectral.glacier_mask import WATER_TEST_CHOICES
from glacier_mapper.core.spectral.indices import INDEX_CHOICES

C2_SCALE, C2_OFFSET = 2.75e-5, -0.2


def c2_dn(reflectance):
    return np.round((np.asarray(reflectance) - C2_OFFSET) / C2_SCALE).astype(np.uint16)


def seven_band_scene(path, rows=60, cols=80, nodata_block=True, descriptions=True, epsg=32645):
    """Left half snow (NDSI ~0.8), right half rock (NDSI ~ -0.2), a lake strip, and a nodata corner."""
    rng = np.random.default_rng(0)
    refl = np.empty((7, rows, cols))
    snow = np.array([0.85, 0.86, 0.84, 0.80, 0.70, 0.08, 0.07])
    rock = np.array([0.10, 0.11, 0.14, 0.17, 0.22, 0.26, 0.22])
    lake = np.array([0.08, 0.09, 0.10, 0.07, 0.03, 0.01, 0.01])
    refl[:, :, : cols // 2] = snow[:, None, None]
    refl[:, :, cols // 2:] = rock[:, None, None]
    refl[:, 40:48, 50:70] = lake[:, None, None]
    refl += rng.normal(0, 0.005, refl.shape)
    dn = c2_dn(np.clip(refl, -0.19, 1.5))
    if nodata_block:
        dn[:, :10, :10] = 0
    write_raster(path, dn, nodata=0, epsg=epsg,
                 descriptions=[f"B{i}" for i in range(1, 8)] if descriptions else None)
    return path, refl


def leftovers(folder, keep):
    return sorted(set(os.listdir(folder)) - set(keep))


def test_provider_lists_the_algorithms(plugin):
    ids = {a.id() for a in QgsApplication.processingRegistry().providerById("glaciermapper").algorithms()}
    assert {"glaciermapper:spectralindex", "glaciermapper:ndsiglaciermask", "glaciermapper:ndwilakemask"} <= ids


@pytest.mark.parametrize("index,a,b", [("ndsi", 2, 5), ("ndwi", 2, 4), ("mndwi", 2, 5)])
def test_spectral_index_equals_numpy(run, tmp_path, index, a, b):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    out = tmp_path / "index.tif"
    results, log = run("glaciermapper:spectralindex", {"INPUT": str(scene), "INDEX": option(INDEX_CHOICES, index),
                                                       "OUTPUT": str(out)})
    values, nodata = read_raster(results["OUTPUT"])
    dn = gdal.Open(str(scene)).ReadAsArray().astype(np.float64)
    green, other = dn[a] * C2_SCALE + C2_OFFSET, dn[b] * C2_SCALE + C2_OFFSET
    expected = np.clip((green - other) / (green + other), -1, 1)  # negative reflectance can push it past 1
    valid = dn[a] != 0
    assert np.abs(values[valid] - expected[valid]).max() < 1e-6
    assert (values[~valid] == nodata).all() and (~valid).sum() == 100
    metadata = gdal.Open(results["OUTPUT"]).GetMetadata()
    assert metadata["GLACIERMAPPER_ALGORITHM"] == "glaciermapper:spectralindex"
    assert json.loads(metadata["GLACIERMAPPER_INPUTS"])["input"] == str(scene)
    assert "valid pixels" in log
    other = "NIR" if index == "ndwi" else "SWIR1"
    assert (f"Sensor: Landsat 8/9 OLI; Green = band {a + 1} (B{a + 1}), {other} = band {b + 1} (B{b + 1}); "
            "scaling Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)") in log


def test_glacier_mask_fixed_and_automatic(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    fixed, _ = run("glaciermapper:ndsiglaciermask", {
        "INPUT": str(scene), "THRESHOLD": 0.4, "WATER_TEST": option(WATER_TEST_CHOICES, "none"),
        "OUTPUT_MASK": str(tmp_path / "fixed.tif"), "OUTPUT_NDSI": str(tmp_path / "ndsi.tif")})
    mask, nodata = read_raster(fixed["OUTPUT_MASK"])
    assert nodata == 255 and (mask == 255).sum() == 100
    # snow half minus the nodata corner; the lake (NDSI ~0.8 too) is glacier without water exclusion
    assert (mask == 1).sum() == 60 * 40 - 100 + 8 * 20
    assert fixed["THRESHOLD_USED"] == pytest.approx(0.4)
    assert os.path.exists(fixed["OUTPUT_NDSI"])
    auto, log = run("glaciermapper:ndsiglaciermask", {
        "INPUT": str(scene), "AUTO_THRESHOLD": True, "OUTPUT_MASK": str(tmp_path / "auto.tif")})
    assert -0.2 < auto["THRESHOLD_USED"] < 0.8
    assert "automatic" in log
    assert float(gdal.Open(auto["OUTPUT_MASK"]).GetMetadataItem("GLACIERMAPPER_THRESHOLD")) == pytest.approx(
        auto["THRESHOLD_USED"], abs=1e-6)


@pytest.mark.parametrize("test,extra", [("nir", {}), ("ndwi", {"NDWI_THRESHOLD": 0.3}), ("spectral", {})])
def test_water_exclusion_removes_the_lake(run, tmp_path, test, extra):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    results, _ = run("glaciermapper:ndsiglaciermask", dict({
        "INPUT": str(scene), "WATER_TEST": option(WATER_TEST_CHOICES, test),
        "OUTPUT_MASK": str(tmp_path / "mask.tif")}, **extra))
    mask, _ = read_raster(results["OUTPUT_MASK"])
    # the spectral test takes 5 of the 160 noisy lake pixels (NIR 0.035-0.046 with SWIR1 below 0.008:
    # MNDWI - NDWI above 0.45) for ice, a known limit of it (core/spectral/water_tests.py)
    left = 5 if test == "spectral" else 0
    assert (mask[40:48, 50:70] == 1).sum() == left
    assert (mask == 1).sum() == 60 * 40 - 100 + left


def test_lake_mask_finds_the_lake(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    results, _ = run("glaciermapper:ndwilakemask", {
        "INPUT": str(scene), "OUTPUT_MASK": str(tmp_path / "lake.tif"), "OUTPUT_INDEX": str(tmp_path / "ndwi.tif")})
    mask, _ = read_raster(results["OUTPUT_MASK"])
    # 5 of the 160 lake pixels have SWIR1 near 0 and NIR near 0.04 and are taken for ice (see above)
    assert (mask[40:48, 50:70] == 1).sum() == 155
    assert (mask == 1).sum() == 155  # snow excluded


def test_lake_minimum_area_in_square_metres(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    # the lake mapped is 155 pixels of 900 m2 = 139,500 m2, in one patch
    kept, _ = run("glaciermapper:ndwilakemask", {"INPUT": str(scene), "MIN_LAKE_AREA": 139000,
                                                  "OUTPUT_MASK": str(tmp_path / "kept.tif")})
    gone, _ = run("glaciermapper:ndwilakemask", {"INPUT": str(scene), "MIN_LAKE_AREA": 140000,
                                                  "OUTPUT_MASK": str(tmp_path / "gone.tif")})
    assert kept["LAKE_PIXELS"] == 155 and gone["LAKE_PIXELS"] == 0


# --- bad input: a clear QgsProcessingException and no output left behind --------------------------------------
def _fails(run, tmp_path, parameters, match, algorithm="glaciermapper:ndsiglaciermask"):
    before = set(os.listdir(tmp_path))
    with pytest.raises(QgsProcessingException, match=match):
        run(algorithm, parameters)
    assert set(os.listdir(tmp_path)) == before


def test_too_few_bands(run, tmp_path):
    path = write_raster(tmp_path / "four.tif", np.full((4, 20, 20), 9000, np.uint16), nodata=0)
    _fails(run, tmp_path, {"INPUT": path, "OUTPUT_MASK": str(tmp_path / "m.tif")},
           r"has 4 band\(s\).*SWIR1 \(B6\)")


def test_band_index_out_of_range(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", descriptions=False)
    _fails(run, tmp_path, {"INPUT": str(scene), "BAND_GREEN": 9, "OUTPUT_MASK": str(tmp_path / "m.tif")},
           "out of range|not valid|Incorrect parameter")


def test_descriptions_contradict_preset(run, tmp_path):
    names = ["B1", "B2", "B3", "B4", "B5", "B8A", "B11"]
    path = write_raster(tmp_path / "s2.tif", np.full((7, 20, 20), 9000, np.uint16), nodata=0, descriptions=names)
    # Landsat chosen by hand: refused; the default reads Sentinel-2 from the band names (B8A, B11)
    landsat = option(SENSOR_CHOICES, "landsat_oli")
    _fails(run, tmp_path, {"INPUT": path, "SENSOR": landsat, "OUTPUT_MASK": str(tmp_path / "m.tif")}, "another sensor")
    results, log = run("glaciermapper:ndsiglaciermask", {"INPUT": path, "OUTPUT_MASK": str(tmp_path / "m.tif")})
    # B8A is Sentinel-2's NIR where B8 is absent (the default water test reads NIR)
    assert "Sensor: Sentinel-2 MSI" in log and "NIR = band 6 (B8A)" in log
    assert results["GLACIER_PIXELS"] == 0  # green 0.9 and SWIR1 0.9: NDSI 0


def test_no_crs_warns_and_runs(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", epsg=None)
    results, log = run("glaciermapper:ndsiglaciermask", {"INPUT": str(scene), "OUTPUT_MASK": str(tmp_path / "m.tif")})
    assert "WARNING" in log and "CRS" in log
    assert log.count("no coordinate reference system") == 1  # one wording, logged once
    assert results["GLACIER_PIXELS"] == 60 * 40 - 100 + 5  # the default water test removes the lake but 5 px


def test_all_nodata(run, tmp_path):
    path = write_raster(tmp_path / "empty.tif", np.zeros((7, 20, 20), np.uint16), nodata=0)
    _fails(run, tmp_path, {"INPUT": path, "OUTPUT_MASK": str(tmp_path / "m.tif")}, "no valid pixels")


def test_threshold_outside_range(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    _fails(run, tmp_path, {"INPUT": str(scene), "THRESHOLD": 1.5, "OUTPUT_MASK": str(tmp_path / "m.tif")},
           r"outside \[-1, 1\]")


def test_read_only_output_folder(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    locked = tmp_path / "locked"
    locked.mkdir()
    as_root = os.geteuid() == 0  # root ignores permission bits: make the folder immutable instead
    subprocess.run(["chattr", "+i", str(locked)], check=True) if as_root else locked.chmod(0o555)
    try:
        with pytest.raises(QgsProcessingException, match="Cannot write to the folder"):
            run("glaciermapper:ndsiglaciermask", {"INPUT": str(scene), "OUTPUT_MASK": str(locked / "m.tif")})
        assert os.listdir(locked) == []
    finally:
        subprocess.run(["chattr", "-i", str(locked)], check=True) if as_root else locked.chmod(0o755)


def test_not_a_raster(run, tmp_path):
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    with pytest.raises(QgsProcessingException):
        run("glaciermapper:ndsiglaciermask", {"INPUT": str(text), "OUTPUT_MASK": str(tmp_path / "m.tif")})
    assert not (tmp_path / "m.tif").exists()


def test_cancelled_run_leaves_no_output(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    feedback = run.Feedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("glaciermapper:ndsiglaciermask", {"INPUT": str(scene), "OUTPUT_MASK": str(tmp_path / "m.tif"),
                                              "OUTPUT_NDSI": str(tmp_path / "n.tif")}, feedback=feedback)
    assert leftovers(tmp_path, ["scene.tif"]) == []
