"""Rebuild the bundled models from scratch: generated scenes, chips, the trainer, evaluation and model cards.

No labelled real training set ships with the plugin, so the bundled models learn from scenes of the plugin's
own sample-scene generator (core.sample_scene), whose glacier and lake truth is exact. Everything is seeded:
the scenes, the chip split and the trainer (on the CPU, with the same thread count, a run repeats bit for bit).

    .venv/bin/python models/build_models.py --all                 # the four models into models/ (make models)
    .venv/bin/python models/build_models.py --only glacier_unet   # one model; the others' numbers are kept
    .venv/bin/python models/build_models.py --all --quick         # smoke run: small scenes, one epoch, into WORK
    .venv/bin/python models/build_models.py --cards-only          # cards and README table from evaluation.json
    .venv/bin/python models/build_models.py --all --evaluate-only # evaluate and time the built models again

Each model: chips of its target's truth from every training scene (core.training.chip_export, labels from
core.outlines.outlines), merged into one chip folder; trained through
core.training.trainer_process.run_trainer; .onnx and .pt copied to models/ (reports to models/reports/);
evaluated on a held-out generated scene against the
NDSI or NDWI threshold method, on the real Athabasca HLS scene (glacier models against the NDSI method), on
the small scene of tests/qgis/test_bundled_models.py, and timed on this machine's CPU. The numbers go to
models/evaluation.json, from which models/<name>.MODEL_CARD.md and the table in models/README.md are written.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import shutil
import sys
import time
from dataclasses import asdict, dataclass, field, replace

MODELS_DIR = os.path.dirname(os.path.abspath(__file__))
PLUGIN_ROOT = os.path.dirname(MODELS_DIR)
sys.path.insert(0, PLUGIN_ROOT)

import numpy as np  # noqa: E402
import shapely.geometry  # noqa: E402
from osgeo import gdal, ogr  # noqa: E402

from core.accuracy.assessment import AssessOptions, assess  # noqa: E402
from core.errors import BandError  # noqa: E402
from core.inference.model_card import read_card, validate_card  # noqa: E402
from core.inference.segment import SegmentOptions, segment_raster  # noqa: E402
from core.io.vector import VectorWriter, layer_srs, open_layer  # noqa: E402
from core.outlines.outlines import OutlineOptions, outline_mask  # noqa: E402
from core.sample_scene import CLASS_CODES, acquisition_date, generate_scene  # noqa: E402
from core.sensors.band_stack import stack_band_files  # noqa: E402
from core.sensors.bands import scaling_from_preset  # noqa: E402
from core.sensors.scaling import SENSOR_DEFAULT  # noqa: E402
from core.sensors.scene import Scene  # noqa: E402
from core.spectral.glacier_mask import ndsi_glacier_mask  # noqa: E402
from core.spectral.lake_mask import ndwi_lake_mask  # noqa: E402
from core.training.chip_export import ChipOptions, export_chips  # noqa: E402
from core.training.trainer_process import default_trainer_python, run_trainer, trainer_arguments  # noqa: E402

gdal.UseExceptions()

EVALUATION = "evaluation.json"
REPORTS = "reports"
FULL_SCENE = (7800, 7700)  # a Landsat scene, pixels
TIMING_RUNS = 3
ATHABASCA = os.path.join(os.path.dirname(PLUGIN_ROOT), "shared", "data", "real", "athabasca_hls")
ATHABASCA_OUTLINE = "athabasca_outline.shp"
README_START = "<!-- bundled-models:start (written by models/build_models.py) -->"
README_END = "<!-- bundled-models:end -->"
HLS = scaling_from_preset("hls")
METRIC_KEYS = ("oa", "kappa", "f1", "iou", "miou", "fa", "ma", "precision", "recall")


@dataclass(frozen=True)
class SceneRecipe:
    """Arguments of core.sample_scene.generate_scene."""
    seed: int
    size: int = 1024
    years_later: int = 0
    sun_azimuth: float = 135.0
    sun_elevation: float = 45.0

    @property
    def key(self):
        return f"seed{self.seed}_{acquisition_date(self.years_later).year}_{self.size}"

    def describe(self):
        return (f"seed {self.seed}, {self.size} x {self.size} px, {acquisition_date(self.years_later).isoformat()}, "
                f"sun azimuth {self.sun_azimuth:g} deg, elevation {self.sun_elevation:g} deg")


# Different terrain (seed), sun (shadows fall elsewhere and longer) and date (snow line, termini, lakes).
TRAINING_SCENES = (
    SceneRecipe(11),
    SceneRecipe(12, sun_azimuth=110.0, sun_elevation=35.0),
    SceneRecipe(13, sun_azimuth=160.0, sun_elevation=55.0),
    SceneRecipe(14, sun_azimuth=135.0, sun_elevation=30.0),
    SceneRecipe(11, years_later=20),
    SceneRecipe(13, years_later=20, sun_azimuth=160.0, sun_elevation=55.0),
)
HELD_OUT_SCENE = SceneRecipe(90, years_later=5, sun_azimuth=125.0, sun_elevation=40.0)
# The scene tests/qgis/test_bundled_models.py generates and scores (no seed of it is used for training).
TEST_SCENE = SceneRecipe(7, size=384)
TIMING_SCENE = SceneRecipe(91, size=2048)

# Small networks: about 2 MB (base width 16 would be 7.8 MB), well under a minute per full scene on two CPU cores.
NETWORK = {"base_width": 8, "depth": 4}
TRAINER_COMMON = {"batch_size": 8, "seed": 0, "threads": 2, "device": "cpu", "tile_size": 256, "overlap": 64,
                  "threshold": 0.5}


@dataclass(frozen=True)
class ModelRecipe:
    name: str  # file stem in models/
    title: str  # the card's name
    target: str
    arch: str
    bands: tuple
    derived: tuple = ()
    paper: str = ""
    chips: dict = field(default_factory=dict)  # ChipOptions fields
    trainer: dict = field(default_factory=dict)  # trainer options (cli.py)
    dark_copies: float = 0.0  # share of the chips without target that also go in darkened (see add_dark_copies)

    @property
    def channels(self):
        return list(self.bands) + list(self.derived)

    def description(self):
        net = "Deep U-Net" if self.arch == "unet" else "Attention U-Net"
        return (f"{net} (base width {NETWORK['base_width']}, depth {NETWORK['depth']}) mapping {self.target}s from "
                f"Landsat 8/9 OLI surface reflectance, channels {', '.join(self.channels)}{self.paper}. Trained on "
                f"simulated scenes of Glacier Mapper's sample-scene generator, not on real imagery: check it on your "
                f"region and fine-tune it there ('New label layer', digitize, 'Export training chips', 'Train model' "
                f"with 'Fine-tune from model' set to this file). See models/{self.name}.MODEL_CARD.md.")


# The generator lights its shadows with sky light, so none is darker than about 0.02 reflectance; in real
# atmospherically corrected scenes deep cast shadow is near 0 in every band, and a lake model that never saw
# such pixels marks them as water (on the Athabasca HLS scene it did, on about a tenth of the scene). Darkened
# copies of chips without lakes, labelled as they are, show it dark land that is not a lake.
DARK_FACTORS = (0.02, 0.25)
GLACIER_CHIPS = {"chip_size": 128, "stride": 128, "min_positive_fraction": 0.05, "keep_negative_fraction": 0.5}
# Lakes cover about 1 % of a scene: overlapping chips around them, and some chips without lakes so that the
# network learns that snow, ice, shadow and rivers are not lakes.
LAKE_CHIPS = {"chip_size": 128, "stride": 64, "min_positive_fraction": 0.02, "keep_negative_fraction": 0.1}
# Adam at 2e-3 with BCE + Dice reaches in tens of epochs what the papers' settings (Adadelta / Adam 1e-4, BCE)
# reach in hundreds; the best epoch by validation IoU is kept.
GLACIER_TRAINER = {"epochs": 40, "optimizer": "adam", "lr": 0.002, "loss": "bce_dice", "early_stopping": 10}
LAKE_TRAINER = {"epochs": 30, "optimizer": "adam", "lr": 0.002, "loss": "bce_dice", "early_stopping": 8}

MODELS = (
    ModelRecipe("glacier_unet", "Glacier Deep U-Net (SWIR1, NIR, Blue)", "glacier", "unet",
                ("SWIR1", "NIR", "Blue"), paper=" (bands 6, 5, 2, as He et al.'s Deep U-Net for glaciers)",
                chips=GLACIER_CHIPS, trainer=GLACIER_TRAINER),
    ModelRecipe("glacier_unet_ndsi", "Glacier Deep U-Net (SWIR1, NIR, Blue + NDSI)", "glacier", "unet",
                ("SWIR1", "NIR", "Blue"), ("NDSI",),
                paper=" (bands 6, 5, 2 plus NDSI as an extra channel, the next step He et al. propose)",
                chips=GLACIER_CHIPS, trainer=GLACIER_TRAINER),
    ModelRecipe("lake_attention_unet", "Glacial-lake attention U-Net (Green, NIR, SWIR1)", "lake", "attention_unet",
                ("Green", "NIR", "SWIR1"), paper=" (bands 3, 5, 6, as He et al.'s attention U-Net for glacial lakes)",
                chips=LAKE_CHIPS, trainer=LAKE_TRAINER, dark_copies=1.0),
    ModelRecipe("lake_attention_unet_b1_b7", "Glacial-lake attention U-Net (B1-B7)", "lake", "attention_unet",
                ("Coastal", "Blue", "Green", "Red", "NIR", "SWIR1", "SWIR2"),
                paper=" (the reflective bands 1-7; He et al. use all 11 bands)", chips=LAKE_CHIPS,
                trainer=LAKE_TRAINER, dark_copies=1.0),
)
MODEL_NAMES = tuple(m.name for m in MODELS)


def log(text):
    print(text, flush=True)


def rounded(value, digits=4):
    if value is None:
        return None
    value = float(value)
    return None if not np.isfinite(value) else round(value, digits)


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
            self.made[recipe.key] = generate_scene(out, width=recipe.size, height=recipe.size, seed=recipe.seed,
                                                   years_later=recipe.years_later, sun_azimuth=recipe.sun_azimuth,
                                                   sun_elevation=recipe.sun_elevation)
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
    parts = []
    for k, scene_recipe in enumerate(training_scenes):
        scene = scenes.get(scene_recipe)
        options = ChipOptions(bands=recipe.bands, derived=recipe.derived, target=recipe.target, seed=k,
                              **recipe.chips)
        part = os.path.join(folder, scene_recipe.key)
        result = export_chips(scene.scene, scenes.labels(scene_recipe, recipe.target), part, options=options)
        log(f"  chips {scene_recipe.key}: {result.train} train, {result.val} validation, "
            f"{100 * result.positive_fraction:.1f} % {recipe.target}")
        parts.append((scene_recipe, part))
    merged, counts = merge_chip_folders(parts, os.path.join(folder, "all"))
    if recipe.dark_copies:
        counts["dark_copies"] = add_dark_copies(merged, recipe.dark_copies, seed=len(training_scenes))
        log(f"  {counts['dark_copies']} darkened copies of chips without {recipe.target}")
    return merged, counts


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

def trainer_options(recipe, quick):
    options = {"name": recipe.title, "description": recipe.description(), "arch": recipe.arch, **NETWORK,
               **TRAINER_COMMON, **recipe.trainer}
    if quick:
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


# ---------------------------------------------------------------------------------------------- evaluation

def scores(prediction, kind, **reference):
    """Metrics of a mask (kind "mask"), or the AUC of a probability or index raster."""
    result = assess(prediction, options=AssessOptions(score_kind=kind), **reference)
    if kind == "mask":
        return {key: rounded(result.metrics[key]) for key in METRIC_KEYS}
    return {"auc": rounded(result.auc)}


def segment(scene_path, model, folder, tag, scaling=None):
    os.makedirs(folder, exist_ok=True)
    probability, mask = os.path.join(folder, f"{tag}_probability.tif"), os.path.join(folder, f"{tag}_mask.tif")
    scene = Scene.from_raster(scene_path, sensor=read_card(model).sensor, scaling=scaling or SENSOR_DEFAULT)
    result = segment_raster(scene, model, out_probability=probability, out_mask=mask,
                            options=SegmentOptions(device="cpu"))
    return probability, mask, result


def evaluate_on(scene_path, truth, model, folder, tag, scaling=None):
    probability, mask, result = segment(scene_path, model, folder, tag, scaling)
    return dict(scores(mask, "mask", reference_path=truth), **scores(probability, "probability",
                                                                     reference_path=truth))


def baseline(target, scene_path, folder, tag, scaling=None):
    """The threshold method with the plugin's defaults: (mask, index) paths."""
    os.makedirs(folder, exist_ok=True)
    mask, index = os.path.join(folder, f"{tag}_mask.tif"), os.path.join(folder, f"{tag}_index.tif")
    method = ndsi_glacier_mask if target == "glacier" else ndwi_lake_mask
    method(Scene.from_raster(scene_path, scaling=scaling or SENSOR_DEFAULT), mask, out_index=index)
    return mask, index


def athabasca_inputs(folder):
    """(HLS stack VRT, outline, outline bounding box) or None when the real data are not there."""
    if not os.path.isdir(ATHABASCA):
        return None
    os.makedirs(folder, exist_ok=True)
    bands = [os.path.join(ATHABASCA, f"athabasca_2020229_B0{i}_L30.tif") for i in range(2, 8)]
    vrt = stack_band_files(bands, os.path.join(folder, "athabasca_hls.vrt"), nodata=-9999)
    outline = os.path.join(ATHABASCA, ATHABASCA_OUTLINE)
    dataset, layer = open_layer(outline)
    x0, x1, y0, y1 = layer.GetExtent()
    srs = layer_srs(layer)
    del dataset
    bbox = os.path.join(folder, "athabasca_outline_bbox.gpkg")
    if os.path.exists(bbox):
        os.remove(bbox)
    writer = VectorWriter(bbox)
    writer.add_layer("bbox", [], srs=srs, geometry_type=ogr.wkbPolygon)
    writer.write("bbox", [shapely.geometry.box(x0, y0, x1, y1)], [{}])
    writer.commit()
    return vrt, outline, bbox


def athabasca_scores(mask, score, outline, bbox, score_kind):
    reference = {"reference_vector": outline, "aoi_vector": bbox}
    values = scores(mask, "mask", **reference)
    values.update(scores(score, score_kind, **reference))
    pixels = gdal.Open(mask).ReadAsArray()
    values["scene_pixels_target"] = int(np.count_nonzero(pixels == 1))
    values["scene_pixels_valid"] = int(np.count_nonzero(pixels != 255))
    return values


def evaluate_athabasca(recipe, model, athabasca, folder):
    vrt, outline, bbox = athabasca
    try:
        probability, mask, _ = segment(vrt, model, folder, recipe.name, scaling=HLS)
    except BandError as error:
        return {"applicable": False, "reason": str(error)}
    values = athabasca_scores(mask, probability, outline, bbox, "probability")
    if recipe.target == "lake":
        values["pixels_inside_outline"] = pixels_inside(mask, outline)
    return dict(values, applicable=True)


def pixels_inside(mask, outline):
    """Target pixels of a mask inside the outline (a lake there is a false alarm on glacier ice)."""
    result = assess(mask, reference_vector=outline, aoi_vector=outline, options=AssessOptions(score_kind="mask"))
    return int(result.confusion.fp + result.confusion.tp)


def class_shares(mask, classes_path):
    """Share of each land-cover class of a generated scene that a mask marks as target: where a method fails."""
    marked = gdal.Open(mask).ReadAsArray() == 1
    classes = gdal.Open(classes_path).ReadAsArray()
    shares = {}
    for name, code in CLASS_CODES.items():
        inside = classes == code
        if name != "nodata" and inside.any():
            shares[name] = {"pixels": int(np.count_nonzero(inside)),
                            "marked": rounded(np.count_nonzero(marked & inside) / np.count_nonzero(inside))}
    return shares


def seconds_per_full_scene(model, scene_path, size, folder, method=None):
    """Wall seconds on this CPU for a size x size scene, scaled to a full Landsat scene by the pixel count.

    The fastest of TIMING_RUNS runs counts: the machine may be shared, and other work only ever slows a run."""
    os.makedirs(folder, exist_ok=True)
    load = os.getloadavg()[0]
    runs = []
    for _ in range(TIMING_RUNS):
        started = time.perf_counter()
        if method is None:
            segment(scene_path, model, folder, "timing")
        else:
            method(scene_path, os.path.join(folder, "timing_mask.tif"))
        runs.append(time.perf_counter() - started)
        for name in os.listdir(folder):
            os.remove(os.path.join(folder, name))
    scale = FULL_SCENE[0] * FULL_SCENE[1] / float(size * size)
    return {"measured_seconds": round(min(runs), 2), "runs_seconds": [round(r, 2) for r in runs],
            "measured_size": [size, size], "scale": round(scale, 3),
            "seconds_per_full_scene": round(min(runs) * scale, 1), "load_average_before": round(load, 2)}


def machine():
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            names = re.findall(r"^model name\s*:\s*(.+)$", handle.read(), re.MULTILINE)
        cpu = names[0].strip() if names else cpu
    except OSError:
        pass
    import onnxruntime
    return {"cpu": cpu, "logical_cpus": os.cpu_count(), "system": platform.platform(),
            "onnxruntime": onnxruntime.__version__, "numpy": np.__version__}


# ---------------------------------------------------------------------------------------------- build

@dataclass(frozen=True)
class Plan:
    """The scenes of one build."""
    training: tuple
    held_out: SceneRecipe
    test: SceneRecipe
    timing: SceneRecipe
    quick: bool = False


def make_plan(quick):
    if not quick:
        return Plan(TRAINING_SCENES, HELD_OUT_SCENE, TEST_SCENE, TIMING_SCENE)
    return Plan(tuple(replace(s, size=512) for s in TRAINING_SCENES[:2]), replace(HELD_OUT_SCENE, size=512),
                TEST_SCENE, replace(TIMING_SCENE, size=512), quick=True)


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


def build_baselines(build):
    held_out, test = build.scene(build.plan.held_out), build.scene(build.plan.test)
    folder = os.path.join(build.work, "eval", "baselines")
    out = {"held_out": {}, "held_out_classes": {}, "test_scene": {}, "athabasca": None, "seconds_per_full_scene": {}}
    for target, truth, method, function in (("glacier", "glacier_truth", "ndsi", ndsi_glacier_mask),
                                            ("lake", "lake_truth", "ndwi", ndwi_lake_mask)):
        mask, index = baseline(target, held_out.scene, folder, f"held_out_{method}")
        out["held_out"][method] = dict(scores(mask, "mask", reference_path=getattr(held_out, truth)),
                                       **scores(index, "index", reference_path=getattr(held_out, truth)))
        out["held_out_classes"][method] = class_shares(mask, held_out.classes)
        out["held_out_classes"][f"{target}_truth"] = class_shares(getattr(held_out, truth), held_out.classes)
        mask, index = baseline(target, test.scene, folder, f"test_{method}")
        out["test_scene"][method] = dict(scores(mask, "mask", reference_path=getattr(test, truth)),
                                         **scores(index, "index", reference_path=getattr(test, truth)))
        out["seconds_per_full_scene"][method] = build.timing(method=function, folder=f"timing_{method}")
    if build.athabasca:
        vrt, outline, bbox = build.athabasca
        mask, index = baseline("glacier", vrt, folder, "athabasca_ndsi", scaling=HLS)
        ndsi = athabasca_scores(mask, index, outline, bbox, "index")
        mask, index = baseline("lake", vrt, folder, "athabasca_ndwi", scaling=HLS)
        ndwi = {"scene_pixels_target": int(np.count_nonzero(gdal.Open(mask).ReadAsArray() == 1)),
                "pixels_inside_outline": pixels_inside(mask, outline)}
        out["athabasca"] = {"ndsi": ndsi, "ndwi": ndwi}
    return out


def train_model(recipe, build):
    """Chips, training and installation: (model path, training record)."""
    plan = build.plan
    chips, chip_counts = export_model_chips(recipe, build.scenes, plan.training,
                                            os.path.join(build.work, "chips", recipe.name))
    train_dir = os.path.join(build.work, "train", recipe.name)
    shutil.rmtree(train_dir, ignore_errors=True)
    os.makedirs(train_dir)
    out_model = os.path.join(train_dir, recipe.name + ".onnx")
    training = train(recipe, chips, out_model, trainer_options(recipe, plan.quick))
    training.update(chip_counts=chip_counts, scenes=[asdict(s) for s in plan.training])
    log(f"  trained in {training['seconds']:.0f} s: best epoch {training['best_epoch']} of "
        f"{training['epochs_run']}, validation IoU {training['val_iou']}")
    return install(out_model, build.out_dir, recipe.name), training


def evaluate_model(recipe, build, model):
    """Everything measured on an installed model."""
    validate_card(read_card(model))
    truth = "glacier_truth" if recipe.target == "glacier" else "lake_truth"
    folder = os.path.join(build.work, "eval", recipe.name)
    held_out, test = build.scene(build.plan.held_out), build.scene(build.plan.test)
    probability, mask, _ = segment(held_out.scene, model, folder, "held_out")
    entry = {
        "file": os.path.basename(model), "title": recipe.title, "target": recipe.target, "arch": recipe.arch,
        "channels": recipe.channels, "network": dict(NETWORK),
        "size_bytes": {"onnx": os.path.getsize(model), "pt": os.path.getsize(model[:-len(".onnx")] + ".pt")},
        "held_out": dict(scores(mask, "mask", reference_path=getattr(held_out, truth)),
                         **scores(probability, "probability", reference_path=getattr(held_out, truth))),
        "held_out_classes": class_shares(mask, held_out.classes),
        "test_scene": evaluate_on(test.scene, getattr(test, truth), model, folder, "test"),
        "athabasca": evaluate_athabasca(recipe, model, build.athabasca, folder) if build.athabasca else None,
        "timing": build.timing(model=model, folder=f"timing_{recipe.name}"),
    }
    held = entry["held_out"]
    log(f"  held-out scene: IoU {held['iou']}, Kappa {held['kappa']}, AUC {held['auc']}; "
        f"{entry['timing']['seconds_per_full_scene']:.0f} s per full scene")
    return entry


def write_evaluation(evaluation, path):
    models = evaluation["models"]
    ordered = {name: models[name] for name in MODEL_NAMES if name in models}
    models.clear()
    models.update(ordered)  # in place: callers hold this dict
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(evaluation, handle, indent=1)
        handle.write("\n")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--all", action="store_true", help="build every bundled model")
    which.add_argument("--only", action="append", choices=MODEL_NAMES, metavar="NAME",
                       help=f"build this model (repeatable): {', '.join(MODEL_NAMES)}")
    which.add_argument("--cards-only", action="store_true",
                       help="rewrite the model cards (.MODEL_CARD.md) and the README table from evaluation.json")
    parser.add_argument("--evaluate-only", action="store_true",
                        help="with --all or --only: do not train; evaluate the models already in the output folder "
                             "again (e.g. to time them on a quiet machine), keeping their training records")
    parser.add_argument("--work", default=os.path.join(PLUGIN_ROOT, "build", "models"),
                        help="work folder for scenes, chips and training runs (default: build/models)")
    parser.add_argument("--out", help="where the models go (default: models/, or WORK/quick with --quick)")
    parser.add_argument("--quick", action="store_true",
                        help="smoke run: 512 px scenes, two training scenes, one epoch; into WORK/quick")
    args = parser.parse_args(argv)
    work = os.path.abspath(args.work)
    out_dir = os.path.abspath(args.out or (os.path.join(work, "quick") if args.quick else MODELS_DIR))
    os.makedirs(out_dir, exist_ok=True)
    evaluation_path = os.path.join(out_dir, EVALUATION)
    evaluation = {}
    if os.path.exists(evaluation_path):
        with open(evaluation_path, encoding="utf-8") as handle:
            evaluation = json.load(handle)
    if args.cards_only:
        write_documents(evaluation, out_dir)
        return 0
    recipes = [m for m in MODELS if args.all or m.name in args.only]
    if args.evaluate_only:
        missing = [m.name for m in recipes if m.name not in evaluation.get("models", {})]
        if missing:
            parser.error(f"--evaluate-only needs built models; {', '.join(missing)} not in {evaluation_path}")

    started = time.perf_counter()
    plan = make_plan(args.quick)
    for stale in ("scenes", "eval"):
        shutil.rmtree(os.path.join(work, stale), ignore_errors=True)
    log("== scenes and baselines")
    build = Build(plan, work, out_dir, Scenes(os.path.join(work, "scenes")),
                  athabasca_inputs(os.path.join(work, "athabasca")))
    if build.athabasca is None:
        log(f"  the Athabasca HLS scene is not at {ATHABASCA}: the real-scene comparison is left out")
    evaluation.pop("built", None)
    evaluation.update({
        "schema": "glaciermapper-bundled-models-evaluation/1",
        "evaluated": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "machine": machine(),
        "scenes": {"training": [asdict(s) for s in plan.training], "held_out": asdict(plan.held_out),
                   "test_scene": asdict(plan.test), "timing": asdict(plan.timing), "full_scene": list(FULL_SCENE)},
        "baselines": build_baselines(build),
        "quick": plan.quick,
    })
    models = evaluation.setdefault("models", {})
    for recipe in recipes:
        log(f"== {recipe.name}: {recipe.title}")
        if args.evaluate_only:
            model, training, built = (os.path.join(out_dir, recipe.name + ".onnx"), models[recipe.name]["training"],
                                      models[recipe.name]["built"])
        else:
            model, training = train_model(recipe, build)
            built = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        models[recipe.name] = dict(evaluate_model(recipe, build, model), built=built, training=training)
        write_evaluation(evaluation, evaluation_path)  # a later failure keeps the models built so far
    if args.all and not args.evaluate_only:
        evaluation["build_minutes"] = round((time.perf_counter() - started) / 60, 1)
    write_evaluation(evaluation, evaluation_path)
    write_documents(evaluation, out_dir)
    log(f"== done in {(time.perf_counter() - started) / 60:.1f} min: {out_dir}")
    return 0


# ---------------------------------------------------------------------------------------------- documents

def pct(value):
    return "n/a" if value is None else f"{100 * value:.1f} %"


def num(value, digits=3):
    return "n/a" if value is None else f"{value:.{digits}f}"


def size_text(size):
    return f"{size / 1e6:.1f} MB"


def metric_row(label, values):
    return (f"| {label} | {num(values.get('oa'))} | {num(values.get('kappa'))} | {num(values.get('f1'))} | "
            f"{num(values.get('iou'))} | {num(values.get('miou'))} | {num(values.get('auc'))} | "
            f"{pct(values.get('fa'))} | {pct(values.get('ma'))} |")


METRIC_HEADER = ("| method | OA | Kappa | F1 | IoU | MIoU | AUC | FA | MA |\n"
                 "| --- | --- | --- | --- | --- | --- | --- | --- | --- |")


def model_card_markdown(name, entry, evaluation):
    recipe = next(m for m in MODELS if m.name == name)
    training, base = entry["training"], evaluation["baselines"]
    method = "NDSI" if entry["target"] == "glacier" else "NDWI"
    method_text = ("NDSI >= 0.4 (core.spectral.glacier_mask defaults)" if method == "NDSI"
                   else "NDWI >= 0.3 with the snow/ice and shadow tests (core.spectral.lake_mask defaults)")
    net = "Deep U-Net" if entry["arch"] == "unet" else "Attention U-Net"
    scenes_text = "\n".join(f"- {SceneRecipe(**s).describe()}" for s in training["scenes"])
    counts = training["chip_counts"]
    options = training["options"]
    timing = entry["timing"]
    epochs = training.get("epoch_seconds") or [training["seconds"] / max(training["epochs_run"] or 1, 1)]
    how_built = "a quick smoke run, not a release model" if evaluation.get("quick") else "make models"
    dark_text = "" if not counts.get("dark_copies") else (
        f", including {counts['dark_copies']} darkened copies (reflectance x {DARK_FACTORS[0]:g}-{DARK_FACTORS[1]:g}) "
        f"of chips without {entry['target']}s: the generator's shadows are never darker than about 0.02, real deep "
        f"shadows are near 0, and without them the model took real shadows for lakes")
    classes_intro = (f"Share of each land-cover class of the held-out scene marked {entry['target']}, where the "
                     f"truth counts {TRUTH_TEXT[entry['target']]}:")
    lines = [
        f"# {entry['title']}",
        "",
        f"`models/{entry['file']}` (weights `models/{name}.pt`; training report `models/reports/{name}.report.html`).",
        f"Built by `models/build_models.py` ({how_built}) on {entry['built'][:10]}, evaluated on "
        f"{evaluation['evaluated'][:10]}.",
        "",
        "## What it does",
        "",
        f"- {net}, base width {entry['network']['base_width']}, depth {entry['network']['depth']}, "
        f"{training['parameters']:,} parameters; ONNX {size_text(entry['size_bytes']['onnx'])}, "
        f"weights {size_text(entry['size_bytes']['pt'])}.",
        f"- Input: Landsat 8/9 OLI surface reflectance, channels {', '.join(entry['channels'])} "
        f"(Collection 2 Level-2 by default; the plugin finds the bands by description or stack order and scales "
        f"them with the scaling you choose, e.g. HLS).",
        f"- Output: probability of {entry['target']} (sigmoid), mask at threshold {options['threshold']}; tiles of "
        f"{options['tile_size']} px overlapping by {options['overlap']} px.",
        f"- Follows the paper: {recipe.paper.strip(' ()')}.",
        "",
        "## How it was trained",
        "",
        "Data: simulated scenes from Glacier Mapper's sample-scene generator (`core.sample_scene.generate_scene`), "
        f"7 bands at 30 m with exact {entry['target']} truth. Training scenes:",
        "",
        scenes_text,
        "",
        f"Chips ({recipe.chips['chip_size']} px, stride {recipe.chips['stride']}, "
        "core.training.chip_export from the truth "
        f"polygons): chips with at least {pct(recipe.chips['min_positive_fraction'])} {entry['target']} pixels, plus "
        f"{pct(recipe.chips['keep_negative_fraction'])} of the others (seeded) so that the network also sees areas "
        f"without {entry['target']}s; spatially blocked validation split per scene. {training['train_chips']} "
        f"training and {training['val_chips']} validation chips ({counts['dropped_low_positive']} low-target chips "
        f"dropped){dark_text}.",
        "",
        f"Training: {training['epochs_run']} of at most {options['epochs']} epochs run"
        + (f" (early stopping after {options['early_stopping']} epochs without a better validation IoU)"
           if options.get("early_stopping") else "")
        + f", best epoch {training['best_epoch']} kept; {options['optimizer']} "
        f"lr {options['lr']}, loss {options['loss']}, batch {options['batch_size']}, flips and rotations, seed "
        f"{options['seed']}, {training['threads']} CPU threads, torch {training['torch']}. Training time "
        f"{training['seconds'] / 60:.1f} min on this machine ({evaluation['machine']['cpu']}), shared with other "
        f"work: an epoch took {min(epochs):.0f} to {max(epochs):.0f} s, so about "
        f"{min(epochs) * len(epochs) / 60:.1f} min on the two cores alone. "
        f"Validation chips: IoU {num(training['val_iou'])}, F1 {num(training['val_f1'])}, "
        f"OA {num(training['val_oa'])}.",
        "",
        "Command (run by `core.training.trainer_process.run_trainer` from the trainer's environment):",
        "",
        "```",
        training["command"],
        "```",
        "",
        "## Results",
        "",
        f"Held-out generated scene ({SceneRecipe(**evaluation['scenes']['held_out']).describe()}; seed not used in "
        f"training), against its {entry['target']} truth, next to {method_text}:",
        "",
        METRIC_HEADER,
        metric_row(f"this model (threshold {options['threshold']})", entry["held_out"]),
        metric_row(method, base["held_out"][method.lower()]),
        "",
        f"The AUC of {method} is that of the index itself. {classes_intro}",
        "",
        "| land cover | pixels | truth | this model | " + method + " |",
        "| --- | --- | --- | --- | --- |",
        *class_rows(entry, base, method.lower()),
        "",
        f"Small generated test scene "
        f"({SceneRecipe(**evaluation['scenes']['test_scene']).describe()}, used by tests/qgis/test_bundled_models.py):",
        "",
        METRIC_HEADER,
        metric_row("this model", entry["test_scene"]),
        metric_row(method, base["test_scene"][method.lower()]),
        "",
    ]
    lines += athabasca_section(entry, base)
    lines += [
        "## Speed",
        "",
        f"{timing['seconds_per_full_scene']:.0f} s per full Landsat scene ({FULL_SCENE[0]:,} x {FULL_SCENE[1]:,} px) "
        f"on this machine's CPU ({evaluation['machine']['cpu']}, {evaluation['machine']['logical_cpus']} logical CPUs, "
        f"shared; onnxruntime {evaluation['machine']['onnxruntime']}): measured {timing['measured_seconds']} s on a "
        f"{timing['measured_size'][0]:,} x {timing['measured_size'][1]:,} px generated scene (probability and mask "
        f"written) and scaled by the pixel count (x {timing['scale']}). "
        f"The {method} method takes {base['seconds_per_full_scene'][method.lower()]['seconds_per_full_scene']:.0f} s "
        f"measured the same way.",
        "",
        "## Limits",
        "",
        "- Trained on simulated scenes only. The generator's spectra, terrain, shadows and debris are plausible, not "
        "real: expect lower accuracy on real imagery, and check the masks before using them.",
        "- Fine-tune on your region: 'New label layer' on your scene, digitize "
        f"{entry['target']} polygons (and some without), 'Export training chips' (bands "
        f"{', '.join(recipe.bands)}{', derived ' + ', '.join(recipe.derived) if recipe.derived else ''}), then "
        f"'Train model' with 'Fine-tune from model' set to `models/{entry['file']}` (the `.pt` beside it holds the "
        "weights; the card gives the architecture and the normalisation).",
        "- Landsat 8/9 OLI at 30 m. Other sensors with the same bands can be read (Sentinel-2, Landsat 4-7) but the "
        "model has not seen them.",
        "- No clouds in the training scenes: clouds are not a class it knows.",
    ]
    if entry["target"] == "lake":
        lines.append("- Lakes smaller than a few pixels, frozen lakes and lakes under shadow are the hardest cases; "
                     "rivers are not lakes in the training truth.")
    return "\n".join(lines) + "\n"


TRUTH_TEXT = {"glacier": "clean and debris-covered ice and the snow on glaciers as glacier, not the snow beside them",
              "lake": "clear and turbid lakes as lake, not rivers"}


def class_rows(entry, base, method):
    model, truth = entry.get("held_out_classes") or {}, base.get("held_out_classes", {})
    rows = []
    for name, values in model.items():
        reference = truth.get(f"{entry['target']}_truth", {}).get(name, {})
        threshold = truth.get(method, {}).get(name, {})
        rows.append(f"| {name.replace('_', ' ')} | {values['pixels']:,} | {pct(reference.get('marked'))} | "
                    f"{pct(values['marked'])} | {pct(threshold.get('marked'))} |")
    return rows


def athabasca_section(entry, base):
    ath = entry.get("athabasca")
    lines = ["## Real scene: Athabasca Glacier (HLS L30, 2020-08-16)", ""]
    if ath is None or base.get("athabasca") is None:
        return lines + ["Not evaluated: the real data were not available when the model was built.", ""]
    if not ath.get("applicable"):
        return lines + [f"Not applicable: {ath['reason']}", ""]
    if entry["target"] == "glacier":
        ndsi = base["athabasca"]["ndsi"]
        return lines + [
            "Scored against the only outline at hand, `athabasca_outline.shp`: a 1984 outline of the glacier "
            "tongue only, not of the Columbia Icefield around it, and 36 years older than the image. Inside the "
            "outline's bounding box, the ice around the tongue counts as false alarm and the retreated 1984 ice as "
            "missed: **these numbers compare the two methods with each other; they do not measure accuracy.** "
            "Both are assessed the same way (HLS scaling x 1e-4).",
            "",
            METRIC_HEADER,
            metric_row("this model", ath),
            metric_row("NDSI >= 0.4", ndsi),
            "",
            f"Whole scene: {ath['scene_pixels_target']:,} glacier pixels by the model, {ndsi['scene_pixels_target']:,} "
            f"by NDSI (of {ath['scene_pixels_valid']:,} valid).",
            "",
        ]
    ndwi = base["athabasca"]["ndwi"]
    return lines + [
        "No lake reference exists for this scene, so there is no accuracy to report. Lake pixels marked over the "
        f"whole scene ({ath['scene_pixels_valid']:,} valid pixels of ice, snow, rock, forest and shadow): "
        f"{ath['scene_pixels_target']:,} by the model, {ndwi['scene_pixels_target']:,} by NDWI (defaults, HLS "
        f"scaling); inside the 1984 glacier outline: {ath['pixels_inside_outline']:,} by the model, "
        f"{ndwi['pixels_inside_outline']:,} by NDWI.",
        "",
    ]


def readme_section(evaluation):
    lines = [
        README_START,
        "## Bundled models",
        "",
        "Trained by the bundled trainer on simulated scenes of the plugin's sample-scene generator (no labelled real "
        "training set is bundled), so treat them as starting points: check them on your region and fine-tune them "
        "there ('New label layer', digitize, 'Export training chips', 'Train model' with 'Fine-tune from model'). "
        "Each has a model card `models/<name>.MODEL_CARD.md` (training data and command, results, limits), its "
        "weights `models/<name>.pt` beside the `.onnx` for fine-tuning, and its training report in `models/reports/`. "
        "Held-out IoU: on a generated scene no training seed made, against its truth (the threshold method with "
        "the plugin's defaults in brackets). Seconds per full Landsat scene (7,800 x 7,700 px) on the build "
        f"machine's CPU ({evaluation['machine']['cpu']}, {evaluation['machine']['logical_cpus']} logical CPUs), "
        "scaled from a 2,048 x 2,048 px scene.",
        "",
        "| model | network | inputs | target | size | held-out IoU | s / full scene |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    base = evaluation["baselines"]["held_out"]
    for name, entry in evaluation["models"].items():
        method = "ndsi" if entry["target"] == "glacier" else "ndwi"
        net = "Deep U-Net" if entry["arch"] == "unet" else "attention U-Net"
        lines.append(
            f"| [`{entry['file']}`]({name}.MODEL_CARD.md) | {net} ({entry['training']['parameters']:,} parameters) | "
            f"{', '.join(entry['channels'])} | {entry['target']} | {size_text(entry['size_bytes']['onnx'])} | "
            f"{num(entry['held_out']['iou'])} ({method.upper()} {num(base[method]['iou'])}) | "
            f"{entry['timing']['seconds_per_full_scene']:.0f} |")
    lines += [
        "",
        "Rebuild them from scratch with `make models` (`models/build_models.py --all`; `--only NAME` for one, "
        "`--quick` for a smoke run into the work folder, `--all --evaluate-only` to evaluate and time the built "
        "models again, `--cards-only` to rewrite the cards and this table from `models/evaluation.json`). "
        "The build generates the scenes, exports chips from their truth, trains each "
        "model through the trainer subprocess (seeded: the same machine gives the same weights), evaluates it and "
        "writes `models/evaluation.json` with every number" + (
            f"; the last full build took {evaluation['build_minutes']:.0f} min on the build machine, whose two cores "
            "were shared with other work." if evaluation.get("build_minutes") else "."),
        README_END,
    ]
    return "\n".join(lines)


def write_documents(evaluation, out_dir):
    for name, entry in evaluation["models"].items():
        with open(os.path.join(out_dir, f"{name}.MODEL_CARD.md"), "w", encoding="utf-8") as handle:
            handle.write(model_card_markdown(name, entry, evaluation))
    readme = os.path.join(out_dir, "README.md")
    text = open(readme, encoding="utf-8").read() if os.path.exists(readme) else "# Models\n"
    section = readme_section(evaluation)
    if README_START in text and README_END in text:
        head, rest = text.split(README_START, 1)
        text = head + section + rest.split(README_END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n" + section + "\n"
    with open(readme, "w", encoding="utf-8") as handle:
        handle.write(text)


if __name__ == "__main__":
    sys.exit(main())
