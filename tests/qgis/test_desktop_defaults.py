"""What a desktop user meets: loaded outputs' names and styles, defaults of chip export, QGIS's locale names,
the providers page, and the warnings given before training starts."""
import json
import os
import stat

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings
from test_threshold_algorithms import seven_band_scene
from test_training_data_algorithms import CHIP_128, box, memory_polygons


def run_and_load(algorithm, parameters):
    """processing.runAndLoadResults: what the dialog does with the outputs (load, then the post-processors)."""
    import processing
    project = QgsProject.instance()
    project.removeAllMapLayers()
    results = processing.runAndLoadResults(algorithm, parameters)
    QgsApplication.processEvents()
    return results, {layer.name(): layer for layer in project.mapLayers().values()}


def test_threshold_mask_is_named_with_the_threshold_used(plugin, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif")
    _, layers = run_and_load("glaciermapper:ndsiglaciermask", {"INPUT": str(scene), "THRESHOLD": 0.4,
                                                               "OUTPUT_MASK": str(tmp_path / "mask.tif")})
    assert list(layers) == ["Glacier mask (NDSI ≥ 0.4)"]
    assert layers["Glacier mask (NDSI ≥ 0.4)"].renderer().type() == "paletted"


def test_new_label_layer_loads_with_its_categorized_style_and_name(plugin, tmp_path):
    _, layers = run_and_load("glaciermapper:newlabellayer", {"CRS": "EPSG:32645", "LAYER_NAME": "my labels",
                                                             "OUTPUT": str(tmp_path / "labels.gpkg")})
    assert list(layers) == ["my labels"]
    layer = layers["my labels"]
    assert layer.renderer().type() == "categorizedSymbol"
    assert [int(c.value()) for c in layer.renderer().categories()] == [0, 1]
    assert layer.editorWidgetSetup(layer.fields().indexFromName("class")).type() == "ValueMap"


def test_export_chips_takes_the_class_field_by_default(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", rows=256, cols=256, nodata_block=False)
    # the left half glacier (class 1), a digitized background polygon (class 0) on the right
    labels = memory_polygons([box(0, 0, 128, 256), box(160, 0, 256, 256)], classes=[1, 0])
    base = {"INPUT": str(scene), "LABELS": labels, "CHIP_SIZE": CHIP_128, "MIN_POSITIVE_FRACTION": 0.0,
            "VALIDATION_FRACTION": 0.25, "SPLIT_BLOCK": 128}
    default, log = run("glaciermapper:exportchips", dict(base, OUTPUT=str(tmp_path / "default")))
    manifest = json.load(open(os.path.join(default["OUTPUT"], "manifest.json")))
    assert manifest["positive_fraction"] == pytest.approx(0.5)
    assert "No label class field" not in log
    # explicitly none: every polygon is glacier, background included, and the log says so
    none, log = run("glaciermapper:exportchips", dict(base, LABEL_FIELD="", OUTPUT=str(tmp_path / "none")))
    manifest = json.load(open(os.path.join(none["OUTPUT"], "manifest.json")))
    assert manifest["positive_fraction"] == pytest.approx(0.875)
    assert "WARNING No label class field" in log


def test_too_few_chips_for_validation_is_said_before_training(run, tmp_path):
    scene, _ = seven_band_scene(tmp_path / "scene.tif", rows=205, cols=215, nodata_block=False)
    labels = memory_polygons([box(0, 0, 100, 205)])
    exported, log = run("glaciermapper:exportchips", {"INPUT": str(scene), "LABELS": labels,
                                                      "CHIP_SIZE": CHIP_128, "MIN_POSITIVE_FRACTION": 0.0,
                                                      "OUTPUT": str(tmp_path / "chips")})
    assert exported["VALIDATION_CHIPS"] == 0
    assert "WARNING No validation chips: 128-px chips on this 215 x 205 raster give 1 chip(s)" in log
    # a trainer that fails at once: the warning comes before it starts
    trainer = tmp_path / "python"
    trainer.write_text("#!/bin/sh\necho broken >&2\nexit 1\n")
    trainer.chmod(trainer.stat().st_mode | stat.S_IEXEC)
    from processing.core.ProcessingConfig import ProcessingConfig
    saved = ProcessingConfig.getSetting("GLACIERMAPPER_TRAINER_PYTHON")
    ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", str(trainer))
    feedback = run.Feedback()
    try:
        # refused at the trainer's interpreter check, or failing at once: either way after the warning
        with pytest.raises(Exception, match="not a Python with the trainer's packages|trainer failed"):
            run("glaciermapper:trainmodel", {"CHIPS": exported["OUTPUT"], "EPOCHS": 1,
                                             "OUTPUT_MODEL": str(tmp_path / "m.onnx")}, feedback=feedback)
    finally:
        ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", saved)
    warning = [line for line in feedback.lines if "no validation chips (1 training chips)" in line]
    # said before the trainer ran (its failure is the exception that followed)
    assert len(warning) == 1 and feedback.lines[0].startswith("Trainer Python")


def test_train_model_has_no_html_output():
    # QGIS's dialog says "HTML output has been generated" after every run, failed ones too, when one exists
    algorithm = QgsApplication.processingRegistry().algorithmById("glaciermapper:trainmodel")
    assert not algorithm.hasHtmlOutputs()
    assert algorithm.outputDefinition("REPORT").type() == "outputFile"


@pytest.mark.parametrize("locale, expected", [("zh-Hans", "zh_CN"), ("zh_CN", "zh_CN"), ("zh-Hant", "zh_CN"),
                                              ("de_DE", "de"), ("de-AT", "de"), ("de", "de"), ("pt_BR", None),
                                              ("fr", None), ("", None)])
def test_qgis_locale_names_find_the_plugin_translation(plugin, locale, expected):
    from glacier_mapper.plugin import translation_file
    found = translation_file(locale)
    assert (os.path.basename(found) if found else None) == (
        f"glacier_mapper_{expected}.qm" if expected else None)


def test_providers_page_shows_detected_onnxruntime_without_saving_it(plugin):
    from processing.core.ProcessingConfig import ProcessingConfig

    from glacier_mapper.core.environment.gpu import nvidia_driver
    setting = ProcessingConfig.settings["GLACIERMAPPER_ONNXRUNTIME"]
    setting.save()  # what the options dialog's OK does to every setting
    assert QgsSettings().value(setting.qname) is None
    if nvidia_driver() is None and "CUDAExecutionProvider" in setting.value:
        assert "CUDAExecutionProvider (installed but not usable: no NVIDIA driver" in setting.value
        assert "TensorrtExecutionProvider (installed but not usable" in setting.value
    assert "CPUExecutionProvider" in setting.value
