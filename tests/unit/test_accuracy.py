"""Block-wise accuracy assessment of rasters: metrics, sweeps, exclusions, outputs, real data, bad input."""
import csv
import json
import os

import numpy as np
import pytest
from helpers import real_data, stack_hls, write_raster
from osgeo import gdal, ogr, osr
from sklearn.metrics import cohen_kappa_score, confusion_matrix, roc_auc_score

from glacier_mapper.core.accuracy import assessment as accuracy
from glacier_mapper.core.accuracy.assessment import AssessOptions, assess, assess_arrays
from glacier_mapper.core.accuracy.metrics import confusion_from_masks, metrics
from glacier_mapper.core.errors import Cancelled, InputError, OutputError
from glacier_mapper.core.io import raster as raster_io
from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import compute_index

ORIGIN = (480000.0, 5780000.0)


def _polygon_layer(path, wkts, epsg=32611, field=None, values=None):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("polygons", srs, ogr.wkbPolygon)
    if field:
        layer.CreateField(ogr.FieldDefn(field, ogr.OFTInteger))
    for i, wkt in enumerate(wkts):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        if field:
            feature.SetField(field, values[i])
        layer.CreateFeature(feature)
    ds = None
    return str(path)


def _box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


@pytest.fixture
def scene(tmp_path):
    """A 300 x 400 reference with a glacier blob, a noisy probability and a mask with nodata stripes."""
    rng = np.random.default_rng(7)
    yy, xx = np.mgrid[0:300, 0:400]
    reference = (((yy - 150) / 90.0) ** 2 + ((xx - 200) / 130.0) ** 2 < 1).astype(np.uint8)
    probability = np.clip(0.25 + 0.45 * reference + rng.normal(0, 0.2, reference.shape), 0, 1).astype(np.float32)
    mask = (probability >= 0.5).astype(np.uint8)
    mask[:, :10] = 255
    reference_with_nodata = reference.copy()
    reference_with_nodata[290:, :] = 255
    return {
        "reference": reference, "probability": probability, "mask": mask,
        "reference_path": write_raster(tmp_path / "ref.tif", reference_with_nodata, nodata=255),
        "probability_path": write_raster(tmp_path / "prob.tif", probability),
        "mask_path": write_raster(tmp_path / "mask.tif", mask, nodata=255),
        "valid": (mask != 255) & (reference_with_nodata != 255),
    }


def _small_windows(monkeypatch):
    """Strips of 37 rows instead of whole rasters: results must not depend on where blocks split."""
    monkeypatch.setattr(accuracy, "windows", lambda width, height: raster_io.windows(width, height, width * 37, 1))


def test_mask_assessment_matches_scikit_learn_and_counts_exclusions(scene, monkeypatch):
    whole = assess(scene["mask_path"], scene["reference_path"])
    _small_windows(monkeypatch)
    result = assess(scene["mask_path"], scene["reference_path"])
    assert result.confusion == whole.confusion and result.counts == whole.counts
    valid = scene["valid"]
    pred, ref = scene["mask"][valid] == 1, scene["reference"][valid] == 1
    (tn, fp), (fn, tp) = confusion_matrix(ref, pred, labels=[False, True])
    assert result.score_kind == "mask" and result.threshold is None
    assert (result.confusion.tp, result.confusion.fp, result.confusion.fn, result.confusion.tn) == (tp, fp, fn, tn)
    assert result.metrics["kappa"] == pytest.approx(cohen_kappa_score(ref, pred), abs=1e-12)
    assert result.counts == {"total": 120000, "outside_aoi": 0, "nodata_prediction": 3000,
                             "nodata_reference": 3900, "assessed": 113100}
    assert result.auc is None and len(result.sweep) == 1


def test_byte_mask_without_nodata_reads_255_as_nodata_and_reports_progress(scene, tmp_path):
    plain = write_raster(tmp_path / "plain.tif", scene["mask"])  # no nodata value set
    fractions = []
    result = assess(plain, scene["reference_path"], progress=fractions.append)
    assert result.counts["nodata_prediction"] == 3000
    assert fractions[-1] == 1.0 and fractions == sorted(fractions) and len(fractions) >= 2


def test_probability_sweep_is_one_pass_and_exact(scene, monkeypatch):
    _small_windows(monkeypatch)
    thresholds = [0.3, 0.4, 0.5, 0.6]
    result = assess(scene["probability_path"], scene["reference_path"],
                    options=AssessOptions(thresholds=thresholds, criterion="f1"))
    valid = scene["reference"] != 255
    valid[290:, :] = False
    probability, reference = scene["probability"][valid], scene["reference"][valid] == 1
    assert result.score_kind == "probability"
    for row, threshold in zip(result.sweep, thresholds):
        expected = confusion_from_masks(probability >= np.float32(threshold), reference)
        assert (row["tp"], row["fp"], row["fn"], row["tn"]) == (expected.tp, expected.fp, expected.fn, expected.tn)
        assert row["f1"] == pytest.approx(metrics(expected)["f1"])
    best = max(result.sweep, key=lambda row: row["f1"])
    assert result.best_threshold == best["threshold"] == 0.5
    assert result.metrics["f1"] == pytest.approx(0.8115, abs=1e-4)
    assert result.auc == pytest.approx(roc_auc_score(reference, probability), abs=1e-4)
    assert result.auc == pytest.approx(0.9433, abs=1e-4)
    assert abs(result.auc - roc_auc_score(reference, probability)) <= result.auc_error_bound
    assert result.roc[0][:2] == [0.0, 0.0] and result.roc[-1][:2] == [1.0, 1.0]


def test_default_thresholds_follow_the_score_kind(scene, tmp_path):
    probability = assess(scene["probability_path"], scene["reference_path"])
    assert [row["threshold"] for row in probability.sweep] == pytest.approx([0.05 * k for k in range(1, 20)])
    ndsi = write_raster(tmp_path / "ndsi.tif", scene["probability"] * 1.4 - 0.6)
    index = assess(ndsi, scene["reference_path"])
    assert index.score_kind == "index"
    assert [row["threshold"] for row in index.sweep] == pytest.approx([0.1 * k for k in range(8)])


def test_area_of_interest_excludes_and_counts(scene, tmp_path):
    # The AOI covers the left half: x from 480000 to 480000 + 200 * 30.
    aoi = _polygon_layer(tmp_path / "aoi.gpkg", [_box(ORIGIN[0], ORIGIN[1] - 9000, ORIGIN[0] + 6000, ORIGIN[1])])
    result = assess(scene["mask_path"], scene["reference_path"], aoi_vector=aoi)
    assert result.counts["outside_aoi"] == 60000
    assert result.counts["nodata_prediction"] == 3000 and result.counts["nodata_reference"] == 1900
    valid = scene["valid"].copy()
    valid[:, 200:] = False
    expected = confusion_from_masks(scene["mask"] == 1, scene["reference"] == 1, valid)
    assert result.confusion == expected
    assert sum(result.counts[k] for k in ("outside_aoi", "nodata_prediction", "nodata_reference", "assessed")) \
        == result.counts["total"]


def test_outputs_are_written_together_with_nulls_for_undefined(scene, tmp_path):
    # A reference without glacier: MA and recall are undefined.
    empty = write_raster(tmp_path / "empty.tif", np.zeros((300, 400), np.uint8), nodata=255)
    html, table, data = tmp_path / "r.html", tmp_path / "r.csv", tmp_path / "r.json"
    result = assess(scene["probability_path"], empty, out_html=str(html), out_csv=str(table), out_json=str(data),
                    options=AssessOptions(thresholds=[0.5, 0.7]))
    rows = list(csv.DictReader(open(table)))
    assert [row["threshold"] for row in rows] == ["0.5", "0.7"] and rows[0]["ma"] == "" and rows[0]["auc"] == ""
    assert float(rows[0]["fa"]) == 1.0
    document = json.loads(data.read_text())
    assert document["metrics"]["ma"] is None and document["auc"] is None
    assert document["counts"]["assessed"] == 120000 and document["provenance"]["GLACIERMAPPER_ALGORITHM"]
    page = html.read_text()
    assert page.count("<svg") == 1 and "Threshold sweep" in page  # no ROC without glacier pixels
    assert any("no target pixel" in w for w in result.warnings)
    assert sorted(os.listdir(tmp_path)) == ["empty.tif", "mask.tif", "prob.tif", "r.csv", "r.html", "r.json",
                                            "ref.tif"]
    assert result.outputs == {"csv": str(table), "json": str(data), "html": str(html)}


def test_failed_output_leaves_nothing(scene, tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        assess(scene["mask_path"], scene["reference_path"], out_csv=str(tmp_path / "r.csv"),
               out_html=str(tmp_path / "missing" / "r.html"))
    assert not [name for name in os.listdir(tmp_path) if name.startswith((".r", "r."))]


def test_cancel_raises_and_writes_nothing(scene, tmp_path):
    with pytest.raises(Cancelled):
        assess(scene["mask_path"], scene["reference_path"], out_json=str(tmp_path / "r.json"),
               is_cancelled=lambda: True)
    assert not (tmp_path / "r.json").exists()


def test_reference_polygons_with_a_class_field(scene, tmp_path):
    # Glacier (class 1) on the left 100 columns, debris (class 2) next to it: only class 1 is the target.
    polygons = _polygon_layer(tmp_path / "ref.gpkg", [_box(ORIGIN[0], ORIGIN[1] - 9000, ORIGIN[0] + 3000, ORIGIN[1]),
                                                      _box(ORIGIN[0] + 3000, ORIGIN[1] - 9000, ORIGIN[0] + 6000,
                                                           ORIGIN[1])],
                              field="class", values=[1, 2])
    result = assess(scene["mask_path"], reference_vector=polygons, reference_field="class")
    reference = np.zeros((300, 400), bool)
    reference[:, :100] = True
    assert result.confusion == confusion_from_masks(scene["mask"] == 1, reference, scene["mask"] != 255)


def test_other_grid_is_refused_or_resampled(scene, tmp_path):
    shifted = write_raster(tmp_path / "shifted.tif", scene["reference"][:, 5:395], nodata=255,
                           origin=(ORIGIN[0] + 150, ORIGIN[1]))
    with pytest.raises(InputError, match="not on the prediction's grid.*Align"):
        assess(scene["mask_path"], shifted)
    result = assess(scene["mask_path"], shifted, options=AssessOptions(resample_reference=True))
    # The shifted, cropped reference lies on the same pixel lattice: resampling it is exact, and the 5
    # columns it lacks on the right become reference nodata (those on the left are prediction nodata).
    valid = scene["mask"] != 255
    valid[:, 395:] = False
    assert result.confusion == confusion_from_masks(scene["mask"] == 1, scene["reference"] == 1, valid)
    assert result.counts["nodata_reference"] == 1500 and any("nearest" in w for w in result.warnings)


def test_bad_input_gets_clear_errors(scene, tmp_path):
    blank = write_raster(tmp_path / "blank.tif", np.full((300, 400), 255, np.uint8), nodata=255)
    with pytest.raises(InputError, match="no valid pixel"):
        assess(blank, scene["reference_path"])
    with pytest.raises(InputError, match="outside the range of a probability raster"):
        assess(scene["probability_path"], scene["reference_path"], options=AssessOptions(thresholds=[0.5, 1.2]))
    with pytest.raises(InputError, match="Thresholds apply to probability or index"):
        assess(scene["mask_path"], scene["reference_path"], options=AssessOptions(thresholds=[0.5]))
    with pytest.raises(InputError, match="exactly one reference"):
        assess(scene["mask_path"])
    with pytest.raises(InputError, match="Unknown criterion"):
        assess(scene["mask_path"], scene["reference_path"], options=AssessOptions(criterion="auc"))
    radiance = write_raster(tmp_path / "radiance.tif", scene["probability"] * 80)
    with pytest.raises(InputError, match="neither a probability"):
        assess(radiance, scene["reference_path"])
    far = _polygon_layer(tmp_path / "far.gpkg", [_box(0, 0, 100, 100)])
    with pytest.raises(InputError, match="does not overlap"):
        assess(scene["mask_path"], scene["reference_path"], aoi_vector=far)


@pytest.fixture(scope="module")
def athabasca(tmp_path_factory):
    folder = real_data("athabasca_hls")
    tmp = tmp_path_factory.mktemp("athabasca")
    vrt = stack_hls(folder, tmp / "hls.vrt")
    ndsi = compute_index(Scene.from_raster(vrt, sensor="landsat_oli", scaling=scaling_from_preset("hls")), "ndsi",
                         str(tmp / "ndsi.tif")).path
    outline = os.path.join(folder, "athabasca_outline.shp")
    dataset = ogr.Open(outline)
    x0, x1, y0, y1 = dataset.GetLayer().GetExtent()
    dataset = None
    aoi = _polygon_layer(tmp / "aoi.gpkg", [_box(x0, y0, x1, y1)])
    return {"ndsi": ndsi, "outline": outline, "aoi": aoi, "tmp": tmp}


def test_athabasca_ndsi_against_the_1984_outline(athabasca):
    result = assess(athabasca["ndsi"], reference_vector=athabasca["outline"], aoi_vector=athabasca["aoi"],
                    out_html=str(athabasca["tmp"] / "report.html"))
    assert result.score_kind == "index"
    assert [row["threshold"] for row in result.sweep] == pytest.approx([0.1 * k for k in range(8)])
    # The 1984 outline covers the glacier tongue only, not the icefield's snow: NDSI maps the icefield too,
    # so false alarms dominate and the highest threshold of the paper's sweep scores best.
    assert result.best_threshold == pytest.approx(0.7)
    assert result.metrics["kappa"] == pytest.approx(0.4016, abs=1e-4)
    assert [round(row["kappa"], 4) for row in result.sweep] == [0.3062, 0.3252, 0.3405, 0.3533, 0.3651, 0.3753,
                                                                0.3868, 0.4016]
    assert result.metrics["fa"] == pytest.approx(0.4275, abs=1e-4) and result.metrics["ma"] == pytest.approx(0.0629,
                                                                                                          abs=1e-4)
    assert result.auc == pytest.approx(0.7214, abs=1e-4)
    # The exact rank AUC of these pixels is 0.721378: the histogram's is 2e-5 off, within its (pessimistic)
    # bound of 0.0012, which counts every pair inside a bin, e.g. among the pixels at NDSI = -1.
    assert abs(result.auc - 0.721378) < 5e-5
    assert abs(result.auc - 0.721378) <= result.auc_error_bound < 2e-3
    assert result.counts == {"total": 44075, "outside_aoi": 205, "nodata_prediction": 1403, "nodata_reference": 0,
                             "assessed": 42467}
    assert result.area["reference_km2"] == pytest.approx(15.906, abs=1e-3)  # 17,673 px of 900 m²
    assert result.area["mapped_km2"] == pytest.approx(26.034, abs=1e-3)
    page = (athabasca["tmp"] / "report.html").read_text()
    assert page.count("<svg") == 2 and "ROC curve (AUC 0.721)" in page and "best kappa" in page


def test_reference_in_another_crs_gives_the_same_result(athabasca):
    wgs84 = str(athabasca["tmp"] / "outline_4326.gpkg")
    gdal.VectorTranslate(wgs84, athabasca["outline"], dstSRS="EPSG:4326", format="GPKG")
    same = assess(athabasca["ndsi"], reference_vector=athabasca["outline"], aoi_vector=athabasca["aoi"])
    other = assess(athabasca["ndsi"], reference_vector=wgs84, aoi_vector=athabasca["aoi"])
    for a, b in zip(same.sweep, other.sweep):
        # Reprojection may move a handful of border pixels; measured: none move (the vertices lie on the grid).
        assert max(abs(a[k] - b[k]) for k in ("tp", "fp", "fn", "tn")) <= 5
    assert other.metrics["kappa"] == pytest.approx(same.metrics["kappa"], abs=1e-3)


def test_labelled_spectra_ndsi_sweep():
    path = real_data("labelled_spectra", "Landsat_training_data.csv")
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    classes = np.array([int(row["class"]) for row in rows])
    ndsi = np.array([float(row["NDSI"]) for row in rows])
    glacier = classes <= 3  # 1 snow, 2 shadowed snow, 3 ice; 4 rock and 5 water are the rest
    result = assess_arrays(ndsi, glacier, AssessOptions(score_kind="index"))
    assert result.counts["assessed"] == 8162 and int(glacier.sum()) == 5381
    # Like the glacier paper, the sweep 0.0 ... 0.7 picks 0.1.
    assert result.best_threshold == pytest.approx(0.1)
    assert result.metrics["kappa"] == pytest.approx(0.9192, abs=1e-4)
    assert result.metrics["oa"] == pytest.approx(0.9640, abs=1e-4)
    assert (result.confusion.tp, result.confusion.fp, result.confusion.fn, result.confusion.tn) == (5276, 189, 105,
                                                                                                      2592)
    assert result.auc == pytest.approx(0.99265, abs=1e-4)
    assert [round(row["kappa"], 3) for row in result.sweep] == [0.901, 0.919, 0.905, 0.853, 0.699, 0.446, 0.18,
                                                                0.021]
