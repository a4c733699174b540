"""The build itself: generated scenes, chips of their truth, training and installation into models/."""
import datetime
import json
import os
import shlex
import shutil
import time
from dataclasses import asdict, dataclass

import numpy as np
from osgeo import gdal

from core.outlines.outlines import OutlineOptions, outline_mask
from core.sample_scene import CLASS_CODES, generate_scene
from core.sensors.scene import Scene
from core.training.chip_export import ChipOptions, export_chips
from core.training.chip_format import IGNORE_LABEL
from core.training.trainer_process import default_trainer_python, run_trainer, trainer_arguments

from . import log, rounded
from .evaluation import seconds_per_full_scene
from .recipes import DARK_FACTORS, MODEL_NAMES, TRAINER_COMMON, Plan, SceneRecipe

EVALUATION = "evaluation.json"
REPORTS = "reports"


# ---------------------------------------------------------------------------------------------- scenes

class Scenes:
    """Generated scenes under WORK/scenes, each made once per run."""

    def __init__(self, folder):
        self.folder = folder
        self.made = {}

    def get(self, recipe):
        if recipe.key not in self.made:
            out = os.path.join(self.folder, recipe.key)
            started = time.perf_counter()
            self.made[recipe.key] = generate_scene(out, **recipe.scene_arguments())
            log(f"  scene {recipe.key}: {time.perf_counter() - started:.1f} s")
        return self.made[recipe.key]

    def labels(self, recipe, target):
        """Label polygons of the target's truth (exact pixel outlines: no simplification, no minimum area)."""
        path = os.path.join(self.folder, recipe.key, f"{target}_labels.gpkg")
        if not os.path.exists(path):
            scene = self.get(recipe)
            truth = scene.glacier_truth if target == "glacier" else scene.lake_truth
            outline_mask(truth, path, OutlineOptions(class_name=target, min_area_m2=0, hole_area_m2=0, simplify_m=0))
        return path


# ---------------------------------------------------------------------------------------------- chips

def export_model_chips(recipe, scenes, training_scenes, folder):
    """Chips of every training scene, merged into folder/all; returns (folder, chip counts of all scenes)."""
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    parts, rivers = [], 0
    for k, scene_recipe in enumerate(training_scenes):
        scene = scenes.get(scene_recipe)
        options = ChipOptions(bands=recipe.bands, derived=recipe.derived, target=recipe.target, seed=k,
                              **recipe.chips)
        part = os.path.join(folder, scene_recipe.key)
        result = export_chips(Scene.from_raster(scene.scene), scenes.labels(scene_recipe, recipe.target), part,
                              options=options)
        log(f"  chips {scene_recipe.key}: {result.train} train, {result.val} validation, "
            f"{100 * result.positive_fraction:.1f} % {recipe.target}")
        if recipe.target == "lake" and not scene_recipe.mosaic:
            ignored = ignore_classes(part, scene.classes, (CLASS_CODES["river"],))
            rivers += ignored
            log(f"  {ignored:,} river pixels left out of the loss")
        parts.append((scene_recipe, part))
    merged, counts = merge_chip_folders(parts, os.path.join(folder, "all"))
    if rivers:
        counts["rivers_ignored"] = rivers
    if recipe.dark_copies:
        counts["dark_copies"] = add_dark_copies(merged, recipe.dark_copies, seed=len(training_scenes))
        log(f"  {counts['dark_copies']} darkened copies of chips without {recipe.target}")
    return merged, counts


def ignore_classes(folder, classes_path, codes):
    """Set the label of the chips' pixels of the given land-cover codes to IGNORE_LABEL; returns how many.

    Rivers are water that the lake truth calls land: labelled so, they taught the lake models that turbid or
    narrow water is not a lake (the rivers carry glacial flour), and on real scenes the models then missed
    small and turbid lakes. Left out of the loss, they teach nothing either way; rivers are told from lakes
    after mapping, by size and shape, as glacial-lake inventories do."""
    path = os.path.join(folder, "manifest.json")
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    size = manifest["chip_size"]
    classes = gdal.Open(classes_path)
    total = 0
    for chip in manifest["chips"]:
        window = classes.ReadAsArray(chip["x"], chip["y"], size, size)
        hit = np.isin(window, codes)
        if not hit.any():
            continue
        chip_path = os.path.join(folder, chip["file"])
        with np.load(chip_path) as data:
            image, label = data["image"], data["label"].copy()
        label[hit] = IGNORE_LABEL
        np.savez(chip_path, image=image, label=label)
        total += int(hit.sum())
    return total


def merge_chip_folders(parts, out_folder):
    """One chip folder (glaciermapper-chips/1) from several, each keeping its own spatially blocked split.

    The normalisation is left out of the merged manifest: the trainer computes it over all training chips."""
    os.makedirs(os.path.join(out_folder, "chips"))
    chips, scenes = [], []
    first = None
    for scene_recipe, folder in parts:
        with open(os.path.join(folder, "manifest.json"), encoding="utf-8") as handle:
            manifest = json.load(handle)
        first = first or manifest
        if manifest["channels"] != first["channels"] or manifest["chip_size"] != first["chip_size"]:
            raise RuntimeError(f"{folder}: channels or chip size differ from the other scenes' chips.")
        for chip in manifest["chips"]:
            name = f"chips/{scene_recipe.key}_{os.path.basename(chip['file'])}"
            os.link(os.path.join(folder, chip["file"]), os.path.join(out_folder, name))
            chips.append(dict(chip, file=name, scene=scene_recipe.key))
        scenes.append({"scene": scene_recipe.key, "recipe": asdict(scene_recipe), "counts": manifest["counts"],
                       "positive_fraction": manifest["positive_fraction"], "split": manifest["split"]})
    merged = {key: first[key] for key in ("format", "chip_size", "stride", "channels", "bands", "band_indices",
                                          "derived", "sensor", "reflectance", "target", "classes", "resolution_m",
                                          "filters")}
    counts = {key: sum(s["counts"][key] for s in scenes) for key in first["counts"]}
    merged.update({
        "source": "generated scenes (core.sample_scene): " + "; ".join(
            SceneRecipe(**s["recipe"]).describe() for s in scenes),
        "split": dict(first["split"], method="blocks, per scene"),
        "scenes": scenes,
        "counts": counts,
        "created": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "chips": chips,
    })
    with open(os.path.join(out_folder, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump(merged, handle, indent=1)
    return out_folder, counts


def add_dark_copies(folder, share, seed):
    """Add darkened copies (reflectance x a seeded factor in DARK_FACTORS) of ``share`` of the chips without a
    target pixel, each in its original's split; returns how many. Only for chips without derived channels
    (an index does not scale with the light)."""
    path = os.path.join(folder, "manifest.json")
    with open(path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    if manifest["derived"]:
        raise RuntimeError("Darkened chip copies need chips without derived channels.")
    rng = np.random.default_rng(seed)
    copies = []
    for chip in manifest["chips"]:
        with np.load(os.path.join(folder, chip["file"])) as data:
            image, label = data["image"], data["label"]
        if np.any(label == 1) or rng.random() >= share:
            continue
        factor = rng.uniform(*DARK_FACTORS)
        name = chip["file"][:-len(".npz")] + "_dark.npz"
        np.savez(os.path.join(folder, name), image=(image * np.float32(factor)).astype(np.float32), label=label)
        copies.append(dict(chip, file=name, dark_factor=round(float(factor), 4)))
    manifest["chips"] += copies
    manifest["augmentation"] = {"dark_copies": len(copies), "factors": list(DARK_FACTORS),
                                "of": "chips without a target pixel"}
    for split in ("train", "val"):
        manifest["counts"][split] += sum(1 for c in copies if c["split"] == split)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1)
    return len(copies)


# ---------------------------------------------------------------------------------------------- training

def trainer_options(recipe, plan):
    options = {"name": recipe.title, "description": recipe.description(), "arch": recipe.arch, **recipe.network,
               **TRAINER_COMMON, **recipe.trainer}
    if plan.threads:
        options["threads"] = plan.threads
    if plan.quick:
        options.update(epochs=1, early_stopping=0)
    return options


def train(recipe, chips, out_model, options):
    """Run the trainer; returns the training record for evaluation.json."""
    python = default_trainer_python()

    def on_event(event):
        kind = event.get("event")
        if kind == "start":
            log(f"  trainer: {event['arch']}, {event['parameters']:,} parameters, {event['train_chips']} train / "
                f"{event['val_chips']} validation chips, {event['threads']} threads on {event['device']}")
        elif kind == "epoch":
            log(f"  epoch {event['epoch']}/{event['epochs']}: train loss {event['train_loss']:.4f}, val loss "
                f"{event['val_loss']:.4f}, val IoU {event['val_iou'] or 0:.4f} ({event['seconds']:.0f} s)"
                f"{'  best' if event.get('best') else ''}")
        elif kind == "early_stop":
            log(f"  early stop after epoch {event['epoch']} (best epoch {event['best_epoch']})")

    run = run_trainer(python, chips, out_model, options, on_event=on_event, on_log=None)
    start = next(e for e in run.events if e["event"] == "start")
    arguments = trainer_arguments("python", chips, out_model, options)
    return {
        "command": "cd models && " + shlex.join(arguments),
        "options": options,
        "parameters": start["parameters"],
        "train_chips": start["train_chips"],
        "val_chips": start["val_chips"],
        "epochs_run": run.done["metrics"].get("epochs_run"),
        "best_epoch": run.done["metrics"].get("best_epoch"),
        "stopped_early": any(e["event"] == "early_stop" for e in run.events),
        "val_iou": rounded(run.done["metrics"].get("val_iou")),
        "val_f1": rounded(run.done["metrics"].get("val_f1")),
        "val_oa": rounded(run.done["metrics"].get("val_oa")),
        "seconds": round(run.seconds, 1),
        "epoch_seconds": [round(e["seconds"], 1) for e in run.events if e["event"] == "epoch"],
        "torch": start.get("torch"),
        "threads": start.get("threads"),
    }


def install(out_model, out_dir, name):
    """Copy the model, its weights and its report into out_dir under stable names."""
    stem = out_model[:-len(".onnx")]
    os.makedirs(os.path.join(out_dir, REPORTS), exist_ok=True)
    for suffix in (".report.json", ".report.html", ".report.loss.png", ".report.metrics.png"):
        shutil.copyfile(stem + suffix, os.path.join(out_dir, REPORTS, name + suffix))
    shutil.copyfile(stem + ".pt", os.path.join(out_dir, name + ".pt"))
    shutil.copyfile(out_model, os.path.join(out_dir, name + ".onnx"))  # last: the model appears when complete
    return os.path.join(out_dir, name + ".onnx")


@dataclass
class Build:
    plan: Plan
    work: str
    out_dir: str
    scenes: Scenes
    athabasca: tuple  # athabasca_inputs(), None without the real data

    def scene(self, recipe):
        return self.scenes.get(recipe)

    def timing(self, model=None, method=None, folder="timing"):
        return seconds_per_full_scene(model, self.scene(self.plan.timing).scene, self.plan.timing.size,
                                      os.path.join(self.work, "eval", folder), method=method)


def train_model(recipe, build):
    """Chips, training and installation: (model path, training record)."""
    plan = build.plan
    chips, chip_counts = export_model_chips(recipe, build.scenes, plan.training_for(recipe),
                                            os.path.join(build.work, "chips", recipe.name))
    train_dir = os.path.join(build.work, "train", recipe.name)
    shutil.rmtree(train_dir, ignore_errors=True)
    os.makedirs(train_dir)
    out_model = os.path.join(train_dir, recipe.name + ".onnx")
    training = train(recipe, chips, out_model, trainer_options(recipe, plan))
    training.update(chip_counts=chip_counts, scenes=[asdict(s) for s in plan.training_for(recipe)])
    log(f"  trained in {training['seconds']:.0f} s: best epoch {training['best_epoch']} of "
        f"{training['epochs_run']}, validation IoU {training['val_iou']}")
    return install(out_model, build.out_dir, recipe.name), training


def int8_variant(recipe, build, model):
    """After export: the static int8 (QDQ) variant beside the installed model, <name>.int8.onnx, calibrated on the
    training scenes and compared with it (quantize.py; the quantisation itself runs in the trainer's venv, which
    has the onnx package)."""
    from .quantize import make_int8
    return make_int8(recipe, build, model, default_trainer_python())


def write_evaluation(evaluation, path):
    models = evaluation["models"]
    ordered = {name: models[name] for name in MODEL_NAMES if name in models}
    models.clear()
    models.update(ordered)  # in place: callers hold this dict
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(evaluation, handle, indent=1)
        handle.write("\n")
