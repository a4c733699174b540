"""The trainer's command line (python -m trainer train): JSON events, export with card and parity, report,
resume, fine-tuning and clear failures. Runs the trainer in its own environment, as the plugin does."""
import json
import os
import signal
import subprocess

import numpy as np
import onnxruntime
import pytest
from helpers import PLUGIN_ROOT, trainer_python, write_raster
from osgeo import ogr, osr

from glacier_mapper.core.inference.model_card import read_card, validate_card
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.training.chip_export import ChipOptions, export_chips

CHANNELS = ["SWIR1", "NIR", "Blue", "NDSI"]
TINY_NET = ["--base-width", "8", "--depth", "2", "--optimizer", "adam", "--lr", "1e-2", "--seed", "0", "--threads", "1"]


def trainer_command(*args):
    return [trainer_python(), "-m", "trainer", "train", *[str(a) for a in args]]


def trainer_env():
    # As the plugin runs it: only models/ on the path, from an unrelated working directory.
    return dict(os.environ, PYTHONPATH=os.path.join(PLUGIN_ROOT, "models"))


def run_trainer(*args, timeout=300):
    """(exit status, events, stderr); every stdout line must be a JSON object with an "event"."""
    done = subprocess.run(trainer_command(*args), capture_output=True, text=True, env=trainer_env(), cwd="/",
                          timeout=timeout)
    events = [json.loads(line) for line in done.stdout.splitlines()]
    assert all(isinstance(e, dict) and "event" in e for e in events), done.stdout
    return done.returncode, events, done.stderr


def of(events, kind):
    return [e for e in events if e["event"] == kind]


def write_chips(folder, count=24, size=32, val_every=4, seed=0, splits=None, manifest_changes=None, learnable=True):
    """A chip folder as the chip export writes it; the target is 'channel 0 > 0.5' (random if not ``learnable``).
    Every fifth chip has four nodata rows (image 0, label 255). Returns the manifest dict."""
    rng = np.random.default_rng(seed)
    os.makedirs(os.path.join(folder, "chips"), exist_ok=True)
    entries, train_pixels = [], []
    for i in range(count):
        image = rng.uniform(0.0, 1.0, (len(CHANNELS), size, size)).astype(np.float32)
        label = (image[0] > 0.5).astype(np.uint8) if learnable else rng.integers(0, 2, (size, size), np.uint8)
        if i % 5 == 0:
            image[:, :4, :] = 0.0
            label[:4, :] = 255
        name = f"chips/c_{i:06d}.npz"
        np.savez(os.path.join(folder, name), image=image, label=label)
        split = splits[i] if splits else ("val" if i % val_every == 0 else "train")
        entries.append({"file": name, "split": split, "x": (i % 6) * size, "y": (i // 6) * size,
                        "positive_fraction": float((label == 1).mean()),
                        "valid_fraction": float((label != 255).mean())})
        if split == "train":
            train_pixels.append(image[:, label != 255])
    pixels = np.concatenate(train_pixels, axis=1) if train_pixels else np.ones((len(CHANNELS), 2))
    manifest = {
        "format": "glaciermapper-chips/1", "chip_size": size, "channels": CHANNELS, "bands": CHANNELS[:3],
        "derived": CHANNELS[3:], "sensor": "landsat_oli",
        "reflectance": {"preset": "hls", "scale": 1e-4, "offset": 0.0},
        "target": "glacier",
        "classes": [{"value": 0, "name": "background", "color": "#00000000"},
                    {"value": 1, "name": "glacier", "color": "#bfe6ff"}],
        "resolution_m": 30.0, "source": "/data/scene.tif",
        "split": {"method": "blocks", "block_size_px": 512, "validation_fraction": 0.25, "seed": 0},
        "normalization": {"kind": "meanstd", "mean": pixels.mean(axis=1).tolist(), "std": pixels.std(axis=1).tolist()},
        "chips": entries}
    manifest.update(manifest_changes or {})
    with open(os.path.join(folder, "manifest.json"), "w", encoding="utf-8") as stream:
        json.dump(manifest, stream)
    return manifest


@pytest.fixture(scope="module")
def chips(tmp_path_factory):
    folder = tmp_path_factory.mktemp("chips")
    return str(folder), write_chips(str(folder))


@pytest.fixture(scope="module")
def trained(chips, tmp_path_factory):
    folder, manifest = chips
    out = tmp_path_factory.mktemp("model") / "glacier.onnx"
    status, events, stderr = run_trainer("--chips", folder, "--out", out, "--epochs", 4, *TINY_NET)
    assert status == 0, (events, stderr)
    return {"out": str(out), "events": events, "manifest": manifest, "chips": folder}


def normalised_val_chips(folder, manifest, card):
    mean = np.array(card.input.normalization.mean, np.float32)[:, None, None]
    std = np.array(card.input.normalization.std, np.float32)[:, None, None]
    images, labels = [], []
    for entry in manifest["chips"]:
        if entry["split"] != "val":
            continue
        with np.load(os.path.join(folder, entry["file"])) as chip:
            image, label = chip["image"], chip["label"]
        normalised = (image - mean) / std
        normalised[:, (label == 255) & ~image.any(axis=0)] = 0.0  # nodata filled with the mean
        images.append(normalised)
        labels.append(label)
    return np.stack(images).astype(np.float32), np.stack(labels)


def test_events_are_json_lines_in_order(trained):
    events = trained["events"]
    kinds = [e["event"] for e in events]
    assert kinds[0] == "start" and kinds[-2:] == ["export", "done"]
    assert "error" not in kinds
    epochs = of(events, "epoch")
    assert [e["epoch"] for e in epochs] == [1, 2, 3, 4] and {e["epochs"] for e in epochs} == {4}
    for e in epochs:
        assert set(e) >= {"train_loss", "val_loss", "val_iou", "val_f1", "val_oa", "seconds"}
        assert 0.0 <= e["val_iou"] <= e["val_f1"] <= 1.0 and 0.0 <= e["val_oa"] <= 1.0
    start = events[0]
    assert (start["arch"], start["in_channels"], start["base_width"], start["depth"]) == ("unet", 4, 8, 2)
    assert (start["train_chips"], start["val_chips"], start["device"]) == (18, 6, "cpu")
    checkpoints = of(events, "checkpoint")
    assert checkpoints and checkpoints[-1]["metric"] == max(e["val_iou"] for e in epochs)


def test_loss_falls_and_the_target_is_learnt(trained):
    epochs = of(trained["events"], "epoch")
    assert epochs[-1]["train_loss"] < 0.8 * epochs[0]["train_loss"]
    assert epochs[-1]["val_loss"] < epochs[0]["val_loss"]
    assert trained["events"][-1]["metrics"]["val_iou"] > 0.6


def test_exported_model_carries_a_valid_card(trained):
    card = read_card(trained["out"])
    validate_card(card, input_channels=4)
    manifest, done = trained["manifest"], trained["events"][-1]
    assert (card.input.bands, card.input.derived) == (["SWIR1", "NIR", "Blue"], ["NDSI"])
    assert card.input.normalization.mean == pytest.approx(manifest["normalization"]["mean"], rel=1e-12)
    assert card.input.normalization.std == pytest.approx(manifest["normalization"]["std"], rel=1e-12)
    assert (card.input.reflectance.preset, card.input.reflectance.scale) == ("hls", 1e-4)
    assert (card.sensor, card.target, card.resolution_m) == ("landsat_oli", "glacier", 30.0)
    assert [(c.value, c.name) for c in card.classes] == [(0, "background"), (1, "glacier")]
    assert (card.tile.size, card.tile.overlap, card.output.kind, card.output.threshold) == (256, 64, "sigmoid", 0.5)
    assert card.architecture.to_dict() == {"name": "unet", "in_channels": 4, "base_width": 8, "depth": 2}
    provenance = card.provenance
    assert provenance["trainer_version"] and provenance["created"].endswith("Z")
    assert provenance["epochs"] == 4 and provenance["source"] == "/data/scene.tif"
    assert provenance["metrics"]["val_iou"] == done["metrics"]["val_iou"]
    assert "--epochs 4" in provenance["command"] and trained["chips"] in provenance["data"]


def test_onnx_has_dynamic_batch_and_size(trained):
    session = onnxruntime.InferenceSession(trained["out"], providers=["CPUExecutionProvider"])
    (inp,), (out,) = session.get_inputs(), session.get_outputs()
    assert (inp.name, out.name, inp.type) == ("input", "probability", "tensor(float)")
    assert inp.shape[1] == 4 and not any(isinstance(d, int) for d in (inp.shape[0], inp.shape[2], inp.shape[3]))
    x = np.random.default_rng(1).normal(size=(3, 4, 64, 48)).astype(np.float32)
    probability = session.run(["probability"], {"input": x})[0]
    assert probability.shape == (3, 1, 64, 48)
    assert 0.0 <= probability.min() < 0.5 < probability.max() <= 1.0


def test_onnx_reproduces_the_reported_validation_iou(trained):
    """The plugin's view: normalise with the card, run the .onnx, score the validation chips."""
    card = read_card(trained["out"])
    images, labels = normalised_val_chips(trained["chips"], trained["manifest"], card)
    session = onnxruntime.InferenceSession(trained["out"], providers=["CPUExecutionProvider"])
    predicted = session.run(["probability"], {"input": images})[0][:, 0] >= card.output.threshold
    valid, truth = labels != 255, labels == 1
    tp = np.sum(predicted & truth & valid)
    iou = tp / np.sum((predicted | truth) & valid)
    assert iou == pytest.approx(trained["events"][-1]["metrics"]["val_iou"], abs=1e-3)


def test_parity_and_report(trained):
    out = trained["out"]
    export = of(trained["events"], "export")[0]
    assert export["path"] == out and export["opset"] >= 17
    assert export["parity_max_abs_diff"] < 1e-4
    done = trained["events"][-1]
    stem = out[:-len(".onnx")]
    assert (done["model"], done["weights"]) == (out, stem + ".pt")
    assert (done["report"], done["report_json"]) == (stem + ".report.html", stem + ".report.json")
    with open(done["report_json"], encoding="utf-8") as stream:
        report = json.load(stream)
    assert [h["epoch"] for h in report["history"]] == [1, 2, 3, 4]
    assert report["parity_max_abs_diff"] == export["parity_max_abs_diff"]
    with open(done["report"], encoding="utf-8") as stream:
        page = stream.read()
    for png in ("glacier.report.loss.png", "glacier.report.metrics.png"):
        assert f'src="{png}"' in page
        with open(os.path.join(os.path.dirname(out), png), "rb") as stream:
            assert stream.read(8) == b"\x89PNG\r\n\x1a\n"
    assert os.path.getsize(done["weights"]) > 0
    assert not os.path.exists(out + ".work")  # removed on success


def test_resume_continues_exactly_where_the_run_stopped(trained, tmp_path):
    first = tmp_path / "first.onnx"
    status, events, stderr = run_trainer("--chips", trained["chips"], "--out", first, "--epochs", 2, "--keep-work",
                                         *TINY_NET)
    assert status == 0, stderr
    full = of(trained["events"], "epoch")
    # Same seed and thread count on the CPU: the same losses, to the last bit.
    assert [e["train_loss"] for e in of(events, "epoch")] == [e["train_loss"] for e in full[:2]]
    checkpoint = tmp_path / "first.onnx.work" / "last.pt"
    assert checkpoint.is_file()
    status, events, stderr = run_trainer("--chips", trained["chips"], "--out", tmp_path / "resumed.onnx",
                                         "--epochs", 4, "--resume", checkpoint, "--threads", 1)
    assert status == 0, stderr
    assert events[0]["resumed_from_epoch"] == 2 and events[0]["base_width"] == 8
    resumed = of(events, "epoch")
    assert [e["epoch"] for e in resumed] == [3, 4]
    assert [(e["train_loss"], e["val_iou"]) for e in resumed] == [(e["train_loss"], e["val_iou"]) for e in full[2:]]
    assert read_card(str(tmp_path / "resumed.onnx")).provenance["epochs"] == 4


def test_finetune_starts_from_the_trained_weights(trained, tmp_path):
    weights = trained["out"][:-len(".onnx")] + ".pt"
    status, events, stderr = run_trainer("--chips", trained["chips"], "--out", tmp_path / "tuned.onnx", "--epochs", 1,
                                         "--finetune", weights, "--optimizer", "adam", "--lr", "1e-3")
    assert status == 0, stderr
    start, epoch = events[0], of(events, "epoch")[0]
    # Architecture and normalisation come from the card beside the weights.
    assert (start["arch"], start["base_width"], start["depth"]) == ("unet", 8, 2)
    assert start["normalization"] == "fine-tuned model's card"
    fresh = of(trained["events"], "epoch")[0]
    assert epoch["val_loss"] < 0.8 * fresh["val_loss"] and epoch["val_iou"] > fresh["val_iou"] + 0.3
    assert read_card(str(tmp_path / "tuned.onnx")).provenance["finetuned_from"] == weights


def test_finetune_with_another_architecture_is_refused(trained, tmp_path):
    weights = trained["out"][:-len(".onnx")] + ".pt"
    status, events, _ = run_trainer("--chips", trained["chips"], "--out", tmp_path / "x.onnx", "--epochs", 1,
                                    "--finetune", weights, "--base-width", "16")
    assert status == 1 and events[-1]["event"] == "error"
    assert "do not fit" in events[-1]["message"] and "base width 16" in events[-1]["message"]
    assert not (tmp_path / "x.onnx").exists()


def test_early_stopping_after_the_patience_runs_out(tmp_path):
    folder = str(tmp_path / "chips")
    write_chips(folder, count=16, learnable=False)  # nothing to learn: validation IoU soon stops improving
    out = tmp_path / "m.onnx"
    status, events, stderr = run_trainer("--chips", folder, "--out", out, "--epochs", 30, "--early-stopping", 2,
                                         *TINY_NET)
    assert status == 0, stderr
    epochs = of(events, "epoch")
    stop = of(events, "early_stop")[0]
    assert stop["epoch"] == epochs[-1]["epoch"] < 30 and stop["patience"] == 2
    assert [e["best"] for e in epochs[-3:]] == [True, False, False]
    assert stop["best_epoch"] == epochs[-3]["epoch"] == read_card(str(out)).provenance["best_epoch"]
    assert read_card(str(out)).provenance["epochs"] == stop["epoch"]


def _missing_manifest(folder):
    os.remove(os.path.join(folder, "manifest.json"))


def _wrong_format(folder):
    write_chips(folder, count=8, manifest_changes={"format": "other/2"})


def _missing_chip(folder):
    os.remove(os.path.join(folder, "chips", "c_000003.npz"))


def _bad_label(folder):
    with np.load(os.path.join(folder, "chips", "c_000002.npz")) as chip:
        image, label = chip["image"], chip["label"].copy()
    label[0, 0] = 7
    np.savez(os.path.join(folder, "chips", "c_000002.npz"), image=image, label=label)


def _wrong_shape(folder):
    np.savez(os.path.join(folder, "chips", "c_000001.npz"), image=np.zeros((3, 32, 32), np.float32),
             label=np.zeros((32, 32), np.uint8))


def _no_validation(folder):
    write_chips(folder, count=8, splits=["train"] * 8)


def _no_training(folder):
    write_chips(folder, count=8, splits=["val"] * 8)


@pytest.mark.parametrize("damage, expected", [
    (None, "does not exist"),
    (_missing_manifest, "no manifest.json"),
    (_wrong_format, "'other/2'"),
    (_missing_chip, "c_000003.npz"),
    (_bad_label, "label values [7]"),
    (_wrong_shape, "image [3, 32, 32]"),
    (_no_validation, "no validation chips"),
    (_no_training, "no training chips"),
])
def test_bad_chip_folder_gives_an_error_event(tmp_path, damage, expected):
    folder = str(tmp_path / "chips")
    if damage is not None:
        write_chips(folder, count=8)
        damage(folder)
    out = tmp_path / "m.onnx"
    status, events, _ = run_trainer("--chips", folder, "--out", out, "--epochs", 1, *TINY_NET)
    assert status == 1
    assert events[-1]["event"] == "error" and expected in events[-1]["message"], events[-1]
    assert not out.exists()


@pytest.mark.parametrize("args, expected", [
    (["--arch", "segformer"], "invalid choice: 'segformer'"),
    (["--epochs", "0"], "--epochs must be at least 1"),
    (["--threshold", "1.5"], "--threshold must lie strictly between 0 and 1"),
])
def test_bad_arguments_give_a_usage_error(tmp_path, args, expected):
    status, events, _ = run_trainer("--chips", tmp_path, "--out", tmp_path / "m.onnx", *args)
    assert status == 2 and len(events) == 1
    assert events[0]["event"] == "error" and expected in events[0]["message"]


def test_terminated_run_leaves_no_model(chips, tmp_path):
    folder, _ = chips
    out = tmp_path / "m.onnx"
    process = subprocess.Popen(trainer_command("--chips", folder, "--out", out, "--epochs", 500, *TINY_NET),
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=trainer_env())
    try:
        events = []
        for line in process.stdout:
            events.append(json.loads(line))
            if events[-1]["event"] == "epoch":
                process.send_signal(signal.SIGTERM)
                break
        events += [json.loads(line) for line in process.stdout]
        status = process.wait(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
    assert status == 130
    assert events[-1]["event"] == "error" and events[-1]["kind"] == "cancelled"
    assert max(e["epoch"] for e in of(events, "epoch")) < 500
    assert not out.exists()
    assert (tmp_path / "m.onnx.work" / "last.pt").is_file()  # kept for --resume


def test_trains_on_chips_from_the_chip_export(tmp_path):
    """The chip folder format as core.training.chip_export writes it: a synthetic Landsat C2 L2 scene, glacier
    rectangles."""
    rng = np.random.default_rng(3)
    reflectance = rng.uniform(0.05, 0.25, (7, 192, 192))
    glaciers = [(20, 20, 70, 90), (100, 40, 170, 80), (60, 120, 150, 175)]  # col0, row0, col1, row1
    for c0, r0, c1, r1 in glaciers:
        reflectance[:4, r0:r1, c0:c1] = rng.uniform(0.6, 0.8, (4, r1 - r0, c1 - c0))  # bright in the visible
        reflectance[5:7, r0:r1, c0:c1] = rng.uniform(0.02, 0.08, (2, r1 - r0, c1 - c0))  # dark in SWIR
    dn = np.round((reflectance + 0.2) / 2.75e-5).astype(np.uint16)
    origin = (480000.0, 5780000.0)
    scene = write_raster(tmp_path / "scene.tif", dn, origin=origin, pixel=30.0, nodata=0,
                         descriptions=[f"B{i}" for i in range(1, 8)])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32611)
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "labels.gpkg"))
    layer = source.CreateLayer("labels", srs, ogr.wkbPolygon)
    for c0, r0, c1, r1 in glaciers:
        x0, x1, y0, y1 = origin[0] + 30 * c0, origin[0] + 30 * c1, origin[1] - 30 * r0, origin[1] - 30 * r1
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"))
        layer.CreateFeature(feature)
    source = None
    exported = export_chips(Scene.from_raster(scene), str(tmp_path / "labels.gpkg"), tmp_path / "chips",
                            options=ChipOptions(chip_size=32, derived=("NDSI",), min_positive_fraction=0.0,
                                                validation_fraction=0.25, split_block_px=64))
    assert exported.train > 0 and exported.val > 0
    out = tmp_path / "glacier.onnx"
    status, events, stderr = run_trainer("--chips", exported.folder, "--out", out, "--epochs", 3, *TINY_NET)
    assert status == 0, (events[-1], stderr)
    assert (events[0]["train_chips"], events[0]["val_chips"]) == (exported.train, exported.val)
    card = read_card(str(out))
    assert (card.input.bands, card.input.derived) == (["SWIR1", "NIR", "Blue"], ["NDSI"])
    assert (card.input.reflectance.scale, card.input.reflectance.offset) == (2.75e-5, -0.2)
    assert card.input.normalization.mean == pytest.approx(exported.normalization["mean"], rel=1e-12)
    assert card.provenance["source"] == scene
    epochs = of(events, "epoch")
    assert epochs[-1]["train_loss"] < epochs[0]["train_loss"]
