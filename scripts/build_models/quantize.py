"""Static int8 (QDQ) variants of the bundled models: calibration tiles, quantisation and the int8-fp32 comparison.

Three steps in two environments:

- ``calibration_tiles`` (plugin venv, GDAL): the network inputs that segment feeds the fp32 model on the build's
  training scenes (its own reading, nodata filling and normalisation, recorded as the tiles go to the network),
  a seeded sample of whole tiles saved as one .npy.
- ``quantize`` (the trainer's venv, which has the ``onnx`` package that onnxruntime.quantization needs; this file
  runs there as a script, so its top level is standard library and numpy only): shape inference and graph
  optimisation (quant_pre_process, which folds batch normalisation into the convolutions), then
  ``quantize_static`` with QDQ nodes, per-channel int8 weights, uint8 activations and MinMax calibration over
  those tiles. uint8 activations with int8 weights is the fast path of onnxruntime's x86 kernels: in one
  paired run of the glacier U-Net alone on this machine's CPU, int8 activations took 1.15 x the fp32 time,
  uint8 0.85 x. The model card goes into the int8 file with " (int8)" after its name.
- ``compare`` (plugin venv): mask flips, IoU against fp32 and against the truth, and paired timings.

    python scripts/build_models/quantize.py MODEL.onnx TILES.npy OUT.int8.onnx   # step 2 alone
"""
import datetime
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np

INT8_SUFFIX = ".int8.onnx"  # core.inference.catalog.INT8_SUFFIX, repeated: this file runs without the plugin
CARD_KEY = "glaciermapper_model_card"  # core.inference.model_card.CARD_KEY, likewise
PRECISION_KEY = "glaciermapper_precision"
# 16 whole tiles of each of the six training scenes: 96 tiles of 256 px (MinMax ranges settle well before that;
# more only lengthens the calibration, which runs every tile through the model once).
TILES_PER_SCENE = 16
SEED = 0
TIMING_PAIRS = 5  # fp32 int8 pairs after a warm-up of each
TIMING_THREADS = 2


# ---------------------------------------------------------------------------------------------- step 1: tiles

class _Recording:
    """A ModelSession that keeps a copy of every batch it runs (the calibration tiles, exactly as segment
    prepares them)."""

    def __init__(self, session):
        self.inner = session
        self.batches = []
        # One network call at a time: the tiles are recorded in the order segment makes them, so the calibration
        # set drawn from them is the same on every build.
        self.lanes = 1

    def __getattr__(self, name):
        return getattr(self.inner, name)

    def run(self, batch, output_name=None):
        self.batches.append(batch.copy())
        return self.inner.run(batch, output_name)


def calibration_tiles(model, scene_paths, out_npy, per_scene=TILES_PER_SCENE, seed=SEED):
    """Save [N, C, tile, tile] float32 network inputs of ``model`` on the scenes; returns N."""
    from core.callbacks import Steps
    from core.inference.model_card import read_card
    from core.inference.onnx_session import create_session
    from core.inference.segment import _io_names, _Segmenter, model_roles
    from core.inference.tiling import TileGrid
    from core.sensors.scene import Scene

    card = read_card(model)
    session = create_session(model, "cpu")
    output_name = _io_names(card, session)
    roles = model_roles(card)
    tile = card.tile.size
    rng = np.random.default_rng(seed)
    chosen = []
    for path in scene_paths:
        scene = Scene.from_raster(path, sensor=card.sensor)
        recording = _Recording(session)
        grid = TileGrid(scene.width, scene.height, tile, card.tile.overlap, "cosine")
        reader = scene.reader(roles)
        try:
            _Segmenter(card, recording, output_name, reader, roles, grid, 4, False, card.output.threshold,
                       {}).run(Steps(grid.count))
        finally:
            reader.close()
        # whole tiles only: cropped edge tiles are parts of the same pixels
        tiles = [t for b in recording.batches for t in b if t.shape[1:] == (tile, tile)]
        for k in sorted(rng.choice(len(tiles), size=min(per_scene, len(tiles)), replace=False)):
            chosen.append(tiles[k])
    np.save(out_npy, np.stack(chosen).astype(np.float32))
    return len(chosen)


# ---------------------------------------------------------------------------------------------- step 2: int8

def quantize(model, tiles_npy, out_model):
    """The static int8 QDQ variant of ``model`` calibrated on the tiles; written atomically to ``out_model``.

    Runs where the ``onnx`` package is (the trainer's venv)."""
    import onnx
    from onnxruntime.quantization import (
        CalibrationDataReader,
        CalibrationMethod,
        QuantFormat,
        QuantType,
        quantize_static,
    )
    from onnxruntime.quantization.shape_inference import quant_pre_process

    source = onnx.load(model)
    input_name = source.graph.input[0].name
    tiles = np.load(tiles_npy, mmap_mode="r")

    class Tiles(CalibrationDataReader):
        def __init__(self):
            self.next = 0

        def get_next(self):
            if self.next >= len(tiles):
                return None
            self.next += 1
            return {input_name: np.ascontiguousarray(tiles[self.next - 1:self.next])}

    with tempfile.TemporaryDirectory() as work:
        prepared, quantized = os.path.join(work, "prepared.onnx"), os.path.join(work, "int8.onnx")
        quant_pre_process(model, prepared, skip_symbolic_shape=True)
        quantize_static(prepared, quantized, Tiles(), quant_format=QuantFormat.QDQ, per_channel=True,
                        activation_type=QuantType.QUInt8, weight_type=QuantType.QInt8,
                        calibrate_method=CalibrationMethod.MinMax)
        result = onnx.load(quantized)
        card = json.loads(next(p.value for p in source.metadata_props if p.key == CARD_KEY))
        card["name"] = f"{card.get('name') or os.path.basename(model)} (int8)"
        props = {p.key: p.value for p in source.metadata_props}
        props.update({CARD_KEY: json.dumps(card), PRECISION_KEY: json.dumps(
            {"precision": "int8", "format": "QDQ", "weights": "int8 per channel", "activations": "uint8",
             "calibration": f"MinMax over {len(tiles)} tiles of generated scenes", "of": os.path.basename(model)})})
        del result.metadata_props[:]
        for key, value in props.items():
            result.metadata_props.add(key=key, value=value)
        onnx.save(result, quantized)
        shutil.move(quantized, out_model + ".tmp")
    os.replace(out_model + ".tmp", out_model)  # last: the variant appears when complete


def run_quantize(python, model, tiles_npy, out_model):
    """Step 2 in the interpreter ``python`` (the trainer's, with onnx); its output is raised on failure."""
    done = subprocess.run([python, os.path.abspath(__file__), model, tiles_npy, out_model], capture_output=True,
                          text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"Quantising {model} failed:\n{done.stderr[-3000:]}")


# ---------------------------------------------------------------------------------------------- step 3: compare

def mask_agreement(mask_a, mask_b, target=1):
    """(share of the valid pixels whose class differs, IoU of the target between the two masks)."""
    from osgeo import gdal
    a, b = gdal.Open(mask_a).ReadAsArray(), gdal.Open(mask_b).ReadAsArray()
    valid = (a != 255) & (b != 255)
    flips = np.count_nonzero(valid & (a != b)) / max(int(np.count_nonzero(valid)), 1)
    ta, tb = valid & (a == target), valid & (b == target)
    union = np.count_nonzero(ta | tb)
    return float(flips), (float(np.count_nonzero(ta & tb) / union) if union else 1.0)


def _count(mask, value):
    from osgeo import gdal
    return int(np.count_nonzero(gdal.Open(mask).ReadAsArray() == value))


def _spread(values, digits=3):
    return {"median": round(statistics.median(values), digits), "min": round(min(values), digits),
            "max": round(max(values), digits)}


def paired_timings(run_a, run_b, pairs=TIMING_PAIRS):
    """Wall and CPU seconds of A B A B ... after one warm-up of each, and the per-pair B / A ratios."""
    load = os.getloadavg()[0]
    run_a()
    run_b()
    wall = {"a": [], "b": []}
    cpu = {"a": [], "b": []}
    for _ in range(pairs):
        for key, run in (("a", run_a), ("b", run_b)):
            started, started_cpu = time.perf_counter(), time.process_time()
            run()
            wall[key].append(time.perf_counter() - started)
            cpu[key].append(time.process_time() - started_cpu)
    return {"pairs": pairs, "load_average": [round(load, 2), round(os.getloadavg()[0], 2)],
            "logical_cpus": os.cpu_count(),
            "fp32_wall_s": _spread(wall["a"]), "int8_wall_s": _spread(wall["b"]),
            "fp32_cpu_s": _spread(cpu["a"]), "int8_cpu_s": _spread(cpu["b"]),
            "wall_ratio": _spread([b / a for a, b in zip(wall["a"], wall["b"])]),
            "cpu_ratio": _spread([b / a for a, b in zip(cpu["a"], cpu["b"])])}


def network_session(model, threads=TIMING_THREADS):
    """A bare CPU onnxruntime session with a fixed thread count (segment picks its own from the idle cores)."""
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.intra_op_num_threads = threads
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return ort.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])


def network_timings(fp32, int8, tiles, threads=TIMING_THREADS, pairs=TIMING_PAIRS):
    """Paired timings of the two networks alone on the same tiles (batches of 4), ``threads`` intra-op threads."""
    sessions = [network_session(m, threads) for m in (fp32, int8)]
    name = sessions[0].get_inputs()[0].name
    batches = [np.ascontiguousarray(tiles[i:i + 4]) for i in range(0, len(tiles), 4)]

    def runner(session):
        return lambda: [session.run(None, {name: b}) for b in batches]
    return dict(paired_timings(runner(sessions[0]), runner(sessions[1]), pairs), threads=threads, tiles=len(tiles))


def compare_on(fp32, int8, scene_path, folder, tag, truth=None, scaling=None, score=None):
    """Flips and IoU of the int8 mask against the fp32 mask (and both against ``truth`` with ``score``)."""
    from .evaluation import segment
    _, mask_a, result_a = segment(scene_path, fp32, folder, f"{tag}_fp32", scaling)
    _, mask_b, result_b = segment(scene_path, int8, folder, f"{tag}_int8", scaling)
    flips, iou = mask_agreement(mask_a, mask_b, result_a.card.target_value)
    out = {"flips": round(flips, 6), "iou_vs_fp32": round(iou, 5),
           "target_pixels": {"fp32": _count(mask_a, result_a.card.target_value),
                             "int8": _count(mask_b, result_b.card.target_value)}}
    if score is not None:
        out["fp32"], out["int8"] = score(mask_a), score(mask_b)
    return out


def landsat_product_scene(folder):
    """The real Landsat 8 C2 L2 product prepared as a VRT (QA masks applied), or None when it is not there."""
    from core.sensors.products.open import open_product
    from core.sensors.products.prepare import prepare_scene

    from .evaluation import ATHABASCA
    product = os.path.join(os.path.dirname(ATHABASCA), "products", "LC08_L2SP_001062_20201031_20201106_02_T2")
    if not os.path.isdir(product):
        return None
    os.makedirs(folder, exist_ok=True)
    return prepare_scene(open_product(product), os.path.join(folder, "landsat8_l2.vrt")).path


def compare(recipe, build, fp32, int8, tiles_npy):
    """Everything measured on an int8 variant against its fp32 model."""
    from core.errors import BandError

    from .evaluation import HLS, scores
    folder = os.path.join(build.work, "eval", f"{recipe.name}_int8")
    held_out = build.scene(build.plan.held_out_for(recipe))
    truth = held_out.glacier_truth if recipe.target == "glacier" else held_out.lake_truth
    entry = {"file": os.path.basename(int8), "size_bytes": os.path.getsize(int8),
             "calibration_tiles": int(np.load(tiles_npy, mmap_mode="r").shape[0]),
             "calibration_scenes": len(build.plan.training_for(recipe)), "tiles_per_scene": TILES_PER_SCENE}
    entry["held_out"] = compare_on(fp32, int8, held_out.scene, folder, "held_out", truth,
                                   score=lambda m: scores(m, "mask", reference_path=truth))
    if build.athabasca:
        vrt, outline, bbox = build.athabasca
        try:
            entry["athabasca"] = compare_on(
                fp32, int8, vrt, folder, "athabasca", scaling=HLS,
                score=(lambda m: scores(m, "mask", reference_vector=outline, aoi_vector=bbox))
                if recipe.target == "glacier" else None)
        except BandError as error:
            entry["athabasca"] = {"applicable": False, "reason": str(error)}
    landsat = landsat_product_scene(os.path.join(folder, "landsat"))
    if landsat:
        try:
            entry["landsat8_l2"] = compare_on(fp32, int8, landsat, folder, "landsat8_l2")
        except BandError as error:
            entry["landsat8_l2"] = {"applicable": False, "reason": str(error)}

    from .evaluation import segment

    timing_scene = build.scene(build.plan.timing).scene  # the scene of the cards' fp32 timings

    def run(model):
        def go():
            segment(timing_scene, model, os.path.join(folder, "timing"), "timing")
        return go
    size = build.plan.timing.size
    entry["segment_timing"] = dict(paired_timings(run(fp32), run(int8)), scene_size=[size, size])
    entry["network_timing"] = network_timings(fp32, int8, np.load(tiles_npy, mmap_mode="r")[:32])
    shutil.rmtree(os.path.join(folder, "timing"), ignore_errors=True)
    return entry


def make_int8(recipe, build, fp32, python):
    """Calibrate, quantise and compare: the int8 variant beside ``fp32`` and its evaluation entry."""
    from . import log
    folder = os.path.join(build.work, "int8")
    os.makedirs(folder, exist_ok=True)
    tiles_npy = os.path.join(folder, f"{recipe.name}_calibration.npy")
    count = calibration_tiles(fp32, [build.scene(s).scene for s in build.plan.training_for(recipe)], tiles_npy)
    out = fp32[:-len(".onnx")] + INT8_SUFFIX
    started = time.perf_counter()
    run_quantize(python, fp32, tiles_npy, out)
    log(f"  int8: calibrated on {count} tiles, quantised in {time.perf_counter() - started:.0f} s")
    entry = dict(compare(recipe, build, fp32, out, tiles_npy),
                 quantised=datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"))
    held = entry["held_out"]
    log(f"  int8 held-out: {100 * held['flips']:.3f} % flips, IoU vs fp32 {held['iou_vs_fp32']}, vs truth "
        f"{held['int8']['iou']} (fp32 {held['fp32']['iou']}); segment time int8/fp32 "
        f"{entry['segment_timing']['wall_ratio']['median']}, network {entry['network_timing']['wall_ratio']['median']}")
    return entry


if __name__ == "__main__":
    quantize(*sys.argv[1:4])
