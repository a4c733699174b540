"""Measuring a model: scores on generated and real scenes, the threshold baselines and CPU timings."""
import os
import platform
import re
import time
from dataclasses import asdict

import numpy as np
import shapely.geometry
from osgeo import gdal, ogr

from core.accuracy.assessment import AssessOptions, assess
from core.errors import BandError
from core.inference.model_card import read_card, validate_card
from core.inference.segment import SegmentOptions, segment_raster
from core.io.vector import VectorWriter, layer_srs, open_layer
from core.sample_scene import CLASS_CODES
from core.sensors.band_stack import stack_band_files
from core.sensors.bands import scaling_from_preset
from core.sensors.scaling import SENSOR_DEFAULT
from core.sensors.scene import Scene
from core.spectral.glacier_mask import ndsi_glacier_mask
from core.spectral.lake_mask import ndwi_lake_mask

from . import PLUGIN_ROOT, log, rounded
from .recipes import SENSOR_SCENES

FULL_SCENE = (7800, 7700)  # a Landsat scene, pixels
TIMING_RUNS = 3
ATHABASCA = os.path.join(os.path.dirname(PLUGIN_ROOT), "shared", "data", "real", "athabasca_hls")
ATHABASCA_OUTLINE = "athabasca_outline.shp"
HLS = scaling_from_preset("hls")
METRIC_KEYS = ("oa", "kappa", "f1", "iou", "miou", "fa", "ma", "precision", "recall")


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
    # the sensor the raster names, as Segment's default: a model then also runs on another sensor's scene (with
    # Segment's warning), e.g. the Sentinel-2 lake model on the Landsat timing scene and on Athabasca HLS
    scene = Scene.from_raster(scene_path, scaling=scaling or SENSOR_DEFAULT)
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
            method(Scene.from_raster(scene_path), os.path.join(folder, "timing_mask.tif"))
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

def scene_baselines(build, held_out_recipe, test_recipe, folder):
    """The threshold methods' scores on a held-out and a test scene: held_out, held_out_classes, test_scene."""
    held_out, test = build.scene(held_out_recipe), build.scene(test_recipe)
    out = {"held_out": {}, "held_out_classes": {}, "test_scene": {}}
    for target, truth, method in (("glacier", "glacier_truth", "ndsi"), ("lake", "lake_truth", "ndwi")):
        mask, index = baseline(target, held_out.scene, folder, f"held_out_{method}")
        out["held_out"][method] = dict(scores(mask, "mask", reference_path=getattr(held_out, truth)),
                                       **scores(index, "index", reference_path=getattr(held_out, truth)))
        out["held_out_classes"][method] = class_shares(mask, held_out.classes)
        out["held_out_classes"][f"{target}_truth"] = class_shares(getattr(held_out, truth), held_out.classes)
        mask, index = baseline(target, test.scene, folder, f"test_{method}")
        out["test_scene"][method] = dict(scores(mask, "mask", reference_path=getattr(test, truth)),
                                         **scores(index, "index", reference_path=getattr(test, truth)))
    return out


def build_baselines(build):
    """The threshold baselines on the Landsat scenes, and under "sensors" on each other sensor's scenes."""
    plan = build.plan
    folder = os.path.join(build.work, "eval", "baselines")
    out = dict(scene_baselines(build, plan.held_out, plan.test, folder), athabasca=None, seconds_per_full_scene={})
    for method, function in (("ndsi", ndsi_glacier_mask), ("ndwi", ndwi_lake_mask)):
        out["seconds_per_full_scene"][method] = build.timing(method=function, folder=f"timing_{method}")
    out["sensors"] = {}
    for sensor in SENSOR_SCENES:
        held_out, test = plan.scene_for(sensor, "held_out"), plan.scene_for(sensor, "test_scene")
        out["sensors"][sensor] = dict(scene_baselines(build, held_out, test, os.path.join(folder, sensor)),
                                      scenes={"held_out": asdict(held_out), "test_scene": asdict(test)})
    if build.athabasca:
        vrt, outline, bbox = build.athabasca
        mask, index = baseline("glacier", vrt, folder, "athabasca_ndsi", scaling=HLS)
        ndsi = athabasca_scores(mask, index, outline, bbox, "index")
        mask, index = baseline("lake", vrt, folder, "athabasca_ndwi", scaling=HLS)
        ndwi = {"scene_pixels_target": int(np.count_nonzero(gdal.Open(mask).ReadAsArray() == 1)),
                "pixels_inside_outline": pixels_inside(mask, outline)}
        out["athabasca"] = {"ndsi": ndsi, "ndwi": ndwi}
    return out


def evaluate_model(recipe, build, model):
    """Everything measured on an installed model."""
    validate_card(read_card(model))
    truth = "glacier_truth" if recipe.target == "glacier" else "lake_truth"
    folder = os.path.join(build.work, "eval", recipe.name)
    held_out, test = build.scene(build.plan.held_out_for(recipe)), build.scene(build.plan.test_for(recipe))
    probability, mask, _ = segment(held_out.scene, model, folder, "held_out")
    entry = {
        "file": os.path.basename(model), "title": recipe.title, "target": recipe.target, "arch": recipe.arch,
        "channels": recipe.channels, "network": recipe.network,
        "sensor": recipe.sensor,
        "scenes": {"held_out": asdict(build.plan.held_out_for(recipe)),
                   "test_scene": asdict(build.plan.test_for(recipe))},
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
