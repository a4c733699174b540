"""The training loop in headless QGIS: exportchips -> trainmodel -> segment, cancel, crash and set-up errors."""
import json
import os
import stat

import pytest
from helpers import option, read_raster, real_data, stack_hls, trainer_python
from qgis.core import QgsProcessingException

from glacier_mapper.core.inference.model_card import read_card
from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.core.sensors.scaling import SCALING_CHOICES
from glacier_mapper.core.training.chip_export import CHIP_SIZE_CHOICES
from glacier_mapper.scripts.headless import make_profile, run_algorithm

CHIP_128 = option(CHIP_SIZE_CHOICES, 128)
HLS_SCALING = option(SCALING_CHOICES, "hls")

TINY = {"EPOCHS": 2, "BATCH_SIZE": 4, "BASE_WIDTH": 4, "DEPTH": 2, "TILE_SIZE": 64, "SEED": 1}


@pytest.fixture(scope="module")
def chips(plugin, tmp_path_factory):
    trainer_python()  # fails under CI, skips elsewhere, when the trainer venv is missing
    import processing
    folder = tmp_path_factory.mktemp("training")
    scene = generate_scene(folder / "scene", width=256, height=256, seed=3)
    labels = processing.run("glaciermapper:outlines", {"MASK": scene.glacier_truth, "MIN_AREA": 0,
                                                       "OUTPUT": str(folder / "labels.gpkg")})["OUTPUT"]
    exported = processing.run("glaciermapper:exportchips", {
        "INPUT": scene.scene, "LABELS": labels, "CHIP_SIZE": CHIP_128, "STRIDE": 64, "MIN_POSITIVE_FRACTION": 0.0,
        "SPLIT_BLOCK": 128, "OUTPUT": str(folder / "chips folder")})
    return scene, exported["OUTPUT"]


def test_export_train_segment(run, chips, tmp_path):
    scene, folder = chips
    model = tmp_path / "my model's weights.onnx"
    trained, log = run("glaciermapper:trainmodel", dict(TINY, CHIPS=folder, OUTPUT_MODEL=str(model)))
    assert os.path.isfile(trained["OUTPUT_MODEL"]) and os.path.isfile(trained["REPORT"])
    assert log.count("Epoch ") == 2 and "validation loss" in log
    card = read_card(trained["OUTPUT_MODEL"])
    assert card.input.reflectance.scale == pytest.approx(2.75e-5)
    assert card.provenance["metrics"]["val_iou"] == pytest.approx(trained["VAL_IOU"])
    segmented, seg_log = run("glaciermapper:segment", {
        "INPUT": scene.scene, "MODEL_FILE": trained["OUTPUT_MODEL"], "OUTPUT_PROBABILITY": str(tmp_path / "p.tif"),
        "OUTPUT_MASK": str(tmp_path / "m.tif")})
    probability, nodata = read_raster(segmented["OUTPUT_PROBABILITY"])
    assert probability.shape == (256, 256) and 0.0 <= probability.min() and probability.max() <= 1.0
    assert segmented["TILES_RUN"] > 0
    report = json.load(open(trained["REPORT_JSON"]))
    assert len(report["history"]) == 2 if "history" in report else len(report["epochs"]) == 2


def test_cancel_leaves_no_model(run, chips, tmp_path):
    _, folder = chips
    feedback = run.Feedback()
    # cancel once the trainer has reported its first epoch
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    with pytest.raises(QgsProcessingException, match="[Cc]ancel"):
        run("glaciermapper:trainmodel", dict(TINY, EPOCHS=50, CHIPS=folder, OUTPUT_MODEL=str(tmp_path / "m.onnx")),
            feedback=feedback)
    assert os.listdir(tmp_path) == []


def test_trainer_crash_shows_its_last_words(run, chips, tmp_path):
    _, folder = chips
    broken = tmp_path / "broken chips"
    broken.mkdir()
    manifest = json.load(open(os.path.join(folder, "manifest.json")))
    manifest["chips"] = [dict(c, file="chips/missing.npz") for c in manifest["chips"]]
    (broken / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(QgsProcessingException, match="trainer failed"):
        run("glaciermapper:trainmodel", dict(TINY, CHIPS=str(broken), OUTPUT_MODEL=str(tmp_path / "m.onnx")))
    assert not (tmp_path / "m.onnx").exists()


def test_killed_by_signal_9_says_out_of_memory(run, chips, tmp_path):
    _, folder = chips
    fake = tmp_path / "python"
    # the check that it is the trainer's Python (python -c ...) goes to the real one; training is killed
    fake.write_text(f'#!/bin/sh\n[ "$1" = -c ] && exec "{trainer_python()}" "$@"\nkill -9 $$\n')
    fake.chmod(fake.stat().st_mode | stat.S_IEXEC)
    from processing.core.ProcessingConfig import ProcessingConfig
    saved = ProcessingConfig.getSetting("GLACIERMAPPER_TRAINER_PYTHON")
    ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", str(fake))
    try:
        with pytest.raises(QgsProcessingException, match="probably out of memory: reduce batch or chip size"):
            run("glaciermapper:trainmodel", dict(TINY, CHIPS=folder, OUTPUT_MODEL=str(tmp_path / "m.onnx")))
    finally:
        ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", saved)


def test_missing_interpreter_explains_how_to_install(run, chips, tmp_path):
    from processing.core.ProcessingConfig import ProcessingConfig
    from qgis.core import QgsApplication
    saved = ProcessingConfig.getSetting("GLACIERMAPPER_TRAINER_PYTHON")
    not_a_program = tmp_path / "python"  # Processing only accepts paths that exist: one that cannot run
    not_a_program.write_text("")
    ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", str(not_a_program))
    try:
        algorithm = QgsApplication.processingRegistry().algorithmById("glaciermapper:trainmodel")
        ok, message = algorithm.canExecute()
        assert not ok and "glaciermapper:setuptrainer" in message and "make trainer-venv" not in message
        with pytest.raises(QgsProcessingException, match="was not found"):
            run("glaciermapper:trainmodel", dict(TINY, CHIPS=chips[1], OUTPUT_MODEL=str(tmp_path / "m.onnx")))
    finally:
        ProcessingConfig.setSettingValue("GLACIERMAPPER_TRAINER_PYTHON", saved)


def test_train_through_qgis_process(chips, tmp_path):
    env = make_profile(tmp_path / "profile")
    answer = run_algorithm("glaciermapper:trainmodel", dict(TINY, EPOCHS=1, CHIPS=chips[1],
                                                            OUTPUT_MODEL=str(tmp_path / "q.onnx")), env)
    assert read_card(answer["results"]["OUTPUT_MODEL"]).architecture.name == "unet"


def test_real_scene_chips_train_one_epoch(run, tmp_path):
    trainer_python()
    folder = os.path.dirname(real_data("athabasca_hls", "athabasca_2020229_B03_L30.tif"))
    hls = stack_hls(folder, tmp_path / "hls.vrt")
    exported, _ = run("glaciermapper:exportchips", {
        "INPUT": hls, "SCALING": HLS_SCALING, "LABELS": os.path.join(folder, "athabasca_outline.shp"),
        "CHIP_SIZE": CHIP_128,
        "STRIDE": 32, "MIN_POSITIVE_FRACTION": 0.05, "OUTPUT": str(tmp_path / "chips")})
    assert exported["TRAIN_CHIPS"] >= 1 and exported["VALIDATION_CHIPS"] >= 1
    trained, log = run("glaciermapper:trainmodel", dict(TINY, EPOCHS=1, CHIPS=exported["OUTPUT"],
                                                        OUTPUT_MODEL=str(tmp_path / "athabasca.onnx")))
    card = read_card(trained["OUTPUT_MODEL"])
    assert card.input.reflectance.preset == "hls"
    assert card.input.reflectance.scale == pytest.approx(1e-4) and card.input.reflectance.offset == 0.0
    assert log.count("Epoch 1/1") == 1
