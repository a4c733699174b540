"""The demo: map glaciers and lakes on the built-in sample scene with qgis_process and show the results.

Run it with ``make demo``. It generates a seeded Landsat 8 surface-reflectance scene with its ground
truth, runs the plugin's algorithms through qgis_process from a private QGIS profile (NDSI mask, glacier
U-Net, lake attention U-Net, NDWI baseline, outlines of both, accuracy assessment against the truth),
writes a QGIS project with every output styled and a PNG map rendered by QGIS, and prints where
everything is with a short table of accuracy figures.
"""
import argparse
import json
import os
import sys
import time

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, PLUGIN_ROOT)

from core.choices import choice_index  # noqa: E402
from core.outlines.outlines import CLASS_NAME_CHOICES  # noqa: E402
from core.sample_scene import generate_scene  # noqa: E402
from core.spectral.glacier_mask import WATER_TEST_CHOICES  # noqa: E402
from core.spectral.indices import INDEX_CHOICES  # noqa: E402
from scripts.headless import make_profile, run_algorithm  # noqa: E402

GLACIER_MODEL = os.path.join(PLUGIN_ROOT, "models", "glacier_unet.onnx")
LAKE_MODEL = os.path.join(PLUGIN_ROOT, "models", "lake_attention_unet.onnx")
# Enum parameters by key (processing takes the option's index).
NDSI = choice_index(INDEX_CHOICES, "ndsi")
NIR_TEST = choice_index(WATER_TEST_CHOICES, "nir")
GLACIER, LAKE = (choice_index(CLASS_NAME_CHOICES, key) for key in ("glacier", "lake"))


def mapping_steps(scene, out):
    """(key, title, algorithm, parameters, output key, truth) of each mapping step."""
    return [
        ("ndsi", "NDSI", "glaciermapper:spectralindex",
         {"INPUT": scene.scene, "INDEX": NDSI, "OUTPUT": f"{out}/ndsi.tif"}, "OUTPUT", None),
        ("glacier_ndsi", "Glaciers, NDSI >= 0.4 (NIR water test)", "glaciermapper:ndsiglaciermask",
         {"INPUT": scene.scene, "THRESHOLD": 0.4, "WATER_TEST": NIR_TEST, "OUTPUT_MASK": f"{out}/glaciers_ndsi.tif"},
         "OUTPUT_MASK", scene.glacier_truth),
        ("glacier_unet", "Glaciers, Deep U-Net", "glaciermapper:segment",
         {"INPUT": scene.scene, "MODEL_FILE": GLACIER_MODEL, "OUTPUT_MASK": f"{out}/glaciers_unet.tif",
          "OUTPUT_PROBABILITY": f"{out}/glaciers_unet_probability.tif",
          "OUTPUT_CONFIDENCE": f"{out}/glaciers_unet_confidence.tif"}, "OUTPUT_MASK", scene.glacier_truth),
        ("lake_ndwi", "Lakes, MNDWI threshold (lake mask defaults)", "glaciermapper:ndwilakemask",
         {"INPUT": scene.scene, "MIN_LAKE_AREA": 8100, "OUTPUT_MASK": f"{out}/lakes_ndwi.tif"},
         "OUTPUT_MASK", scene.lake_truth),
        ("lake_unet", "Lakes, attention U-Net", "glaciermapper:segment",
         {"INPUT": scene.scene, "MODEL_FILE": LAKE_MODEL, "OUTPUT_MASK": f"{out}/lakes_unet.tif",
          "OUTPUT_PROBABILITY": f"{out}/lakes_unet_probability.tif"}, "OUTPUT_MASK", scene.lake_truth),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(PLUGIN_ROOT, "demo_output"))
    parser.add_argument("--size", type=int, default=1024, help="scene width and height in pixels")
    parser.add_argument("--seed", type=int, default=2024, help="a seed the bundled models were not trained on")
    args = parser.parse_args(argv)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    started = time.time()

    print(f"Generating a {args.size} x {args.size} sample scene (seed {args.seed}) ...", flush=True)
    scene = generate_scene(os.path.join(out, "scene"), width=args.size, height=args.size, seed=args.seed)
    env = make_profile(os.path.join(out, ".qgis-profile"))

    def run(title, algorithm, parameters):
        print(f"  qgis_process run {algorithm}  ({title})", flush=True)
        return run_algorithm(algorithm, parameters, env)["results"]

    outputs, rows = {}, []
    for key, title, algorithm, parameters, output_key, truth in mapping_steps(scene, out):
        results = run(title, algorithm, parameters)
        outputs[key] = results[output_key]
        if truth:
            scored = run("accuracy of " + title, "glaciermapper:assessaccuracy", {
                "PREDICTION": results[output_key], "REFERENCE": truth,
                "OUTPUT_HTML": f"{out}/accuracy_{key}.html", "OUTPUT_JSON": f"{out}/accuracy_{key}.json"})
            rows.append((title, scored))
    outputs["glacier_outlines"] = run("glacier outlines", "glaciermapper:outlines", {
        "MASK": outputs["glacier_unet"], "PROBABILITY": f"{out}/glaciers_unet_probability.tif", "DEM": scene.dem,
        "CLASS_NAME": GLACIER, "OUTPUT": f"{out}/glacier_outlines.gpkg"})["OUTPUT"]
    outputs["lake_outlines"] = run("lake outlines", "glaciermapper:outlines", {
        "MASK": outputs["lake_unet"], "PROBABILITY": f"{out}/lakes_unet_probability.tif", "DEM": scene.dem,
        "CLASS_NAME": LAKE, "MIN_AREA": 8100, "OUTPUT": f"{out}/lake_outlines.gpkg"})["OUTPUT"]

    print("  QGIS project and map ...", flush=True)
    from scripts.demo_project import make_project, start_qgis
    app = start_qgis()  # noqa: F841 (QGIS must live while the project is written and rendered)
    project, png = os.path.join(out, "glacier_mapper_demo.qgz"), os.path.join(out, "glacier_mapper_demo.png")
    make_project([
        ("Sample scene (SWIR1-NIR-Green)", scene.scene, "false_colour"),
        ("NDSI", outputs["ndsi"], "ndsi.qml"),
        ("Glaciers, NDSI", outputs["glacier_ndsi"], "glacier_mask.qml"),
        ("Glaciers, U-Net confidence", f"{out}/glaciers_unet_confidence.tif", "confidence.qml"),
        ("Glaciers, U-Net", outputs["glacier_unet"], "glacier_mask.qml"),
        ("Lakes, MNDWI", outputs["lake_ndwi"], "lake_mask.qml"),
        ("Lakes, attention U-Net", outputs["lake_unet"], "lake_mask.qml"),
        ("Glacier outlines", outputs["glacier_outlines"], "glacier_outlines.qml"),
        ("Lake outlines", outputs["lake_outlines"], "lake_outlines.qml"),
    ], project, png)
    with open(os.path.join(out, "accuracy_summary.json"), "w", encoding="utf-8") as handle:
        json.dump({title: {k: scored[k] for k in ("OA", "KAPPA", "F1", "IOU", "MIOU")} for title, scored in rows},
                  handle, indent=2)

    print(f"\nOutputs in {out}")
    print(f"  sample scene (7-band Landsat 8 C2 L2) and its truth: {os.path.dirname(scene.scene)}")
    for key, path in outputs.items():
        print(f"  {key:18s} {path}")
    print(f"  QGIS project       {project}")
    print(f"  map (PNG)          {png}")
    print(f"  accuracy reports   {out}/accuracy_*.html")
    print("\nAccuracy against the scene's truth")
    print(f"  {'map':42s} {'OA':>6s} {'Kappa':>6s} {'F1':>6s} {'IoU':>6s} {'MIoU':>6s}")
    for title, scored in rows:
        print(f"  {title:42s} {scored['OA']:6.3f} {scored['KAPPA']:6.3f} {scored['F1']:6.3f} {scored['IOU']:6.3f} "
              f"{scored['MIOU']:6.3f}")
    print(f"\nDone in {time.time() - started:.0f} s. Open {project} in QGIS to explore.")


if __name__ == "__main__":
    main()
