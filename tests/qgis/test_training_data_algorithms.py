"""Chip export and label layers through processing.run in headless QGIS."""
import json

import numpy as np
import pytest
from helpers import option
from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsGeometry, QgsProcessingException, QgsVectorLayer
from test_threshold_algorithms import seven_band_scene

from glacier_mapper.core.training.chip_export import CHIP_SIZE_CHOICES

CHIP_128 = option(CHIP_SIZE_CHOICES, 128)

ORIGIN_X, ORIGIN_Y, PIXEL = 480000.0, 5780000.0, 30.0


def box(col0, row0, col1, row1):
    x0, x1 = ORIGIN_X + col0 * PIXEL, ORIGIN_X + col1 * PIXEL
    y0, y1 = ORIGIN_Y - row0 * PIXEL, ORIGIN_Y - row1 * PIXEL
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def memory_polygons(geometries, classes=None, epsg=32645):
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:{epsg}&field=class:integer", "polygons", "memory")
    features = []
    for i, geometry in enumerate(geometries):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature.setAttribute("class", 1 if classes is None else classes[i])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def load_labels(folder):
    manifest = json.load(open(f"{folder}/manifest.json"))
    return manifest, {c["file"]: np.load(f"{folder}/{c['file']}")["label"] for c in manifest["chips"]}


def test_export_chips_with_a_correction_from_a_memory_layer(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", rows=256, cols=256, nodata_block=False)
    labels = memory_polygons([box(0, 0, 128, 256)])  # the left half is glacier
    base = {"INPUT": str(scene), "LABELS": labels, "CHIP_SIZE": CHIP_128, "MIN_POSITIVE_FRACTION": 0.0,
            "VALIDATION_FRACTION": 0.25, "SPLIT_BLOCK": 128, "ADD_NDSI": True}
    plain, log = run("glaciermapper:exportchips", dict(base, OUTPUT=str(tmp_path / "plain")))
    # a correction marks a 32 x 32 patch of the right half as glacier too
    corrected, _ = run("glaciermapper:exportchips", dict(
        base, CORRECTIONS=memory_polygons([box(160, 160, 192, 192)]), OUTPUT=str(tmp_path / "corrected")))
    manifest, before = load_labels(plain["OUTPUT"])
    _, after = load_labels(corrected["OUTPUT"])
    assert plain["TRAIN_CHIPS"] + plain["VALIDATION_CHIPS"] == 4
    assert manifest["channels"] == ["SWIR1", "NIR", "Blue", "NDSI"]
    assert manifest["reflectance"]["scale"] == pytest.approx(2.75e-5)
    assert sum(int((v == 1).sum()) for v in before.values()) == 128 * 256
    assert sum(int((v == 1).sum()) for v in after.values()) == 128 * 256 + 32 * 32
    assert "training" in log


def test_export_chips_refuses_empty_labels(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", rows=256, cols=256, nodata_block=False)
    with pytest.raises(QgsProcessingException, match="[Ee]mpty|no polygon|no label"):
        run("glaciermapper:exportchips", {"INPUT": str(scene), "LABELS": memory_polygons([]),
                                          "OUTPUT": str(tmp_path / "chips")})
    assert not (tmp_path / "chips").exists()


def test_new_label_layer_seeded_and_styled(run, tmp_path):
    seed = memory_polygons([box(0, 0, 10, 10), box(20, 20, 30, 30)])
    results, _ = run("glaciermapper:newlabellayer", {"SEED": seed, "OUTPUT": str(tmp_path / "labels.gpkg")})
    assert results["FEATURES"] == 2
    layer = QgsVectorLayer(results["OUTPUT"], "labels", "ogr")
    assert layer.isValid() and layer.featureCount() == 2
    assert layer.crs() == QgsCoordinateReferenceSystem("EPSG:32645")
    widget = layer.editorWidgetSetup(layer.fields().indexFromName("class"))
    assert widget.type() == "ValueMap"
    assert [list(m.values())[0] for m in widget.config()["map"]] == [0, 1]
    assert layer.renderer().type() == "categorizedSymbol"


def test_new_label_layer_needs_a_crs(run, tmp_path):
    with pytest.raises(QgsProcessingException, match="CRS"):
        run("glaciermapper:newlabellayer", {"OUTPUT": str(tmp_path / "labels.gpkg")})
