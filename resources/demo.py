"""The demo: map glaciers and lakes on the built-in sample scene with qgis_process and print the results.

Run it with ``make demo``. It generates a seeded Landsat 8 surface-reflectance scene with its ground
truth, runs the plugin's algorithms through qgis_process from a private QGIS profile, and prints where
every output is and how well each map agrees with the truth.
"""
import argparse
import os
import sys
import time

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, PLUGIN_ROOT)

from core.accuracy import AssessOptions, assess  # noqa: E402
from core.sample_scene import generate_scene  # noqa: E402
from resources.headless import make_profile, run_algorithm  # noqa: E402


def steps(scene, out):
    """(title, algorithm, parameters, truth used to score the mask output) of each demo step."""
    return [
        ("NDSI", "glaciermapper:spectralindex",
         {"INPUT": scene.scene, "INDEX": 0, "OUTPUT": os.path.join(out, "ndsi.tif")}, None),
        ("Glacier mask, NDSI > 0.4", "glaciermapper:ndsiglaciermask",
         {"INPUT": scene.scene, "THRESHOLD": 0.4, "OUTPUT_MASK": os.path.join(out, "glacier_ndsi_0.4.tif")},
         scene.glacier_truth),
        ("Glacier mask, automatic threshold, water excluded", "glaciermapper:ndsiglaciermask",
         {"INPUT": scene.scene, "AUTO_THRESHOLD": "true", "WATER_TEST": 2, "MIN_PATCH_PIXELS": 9,
          "OUTPUT_MASK": os.path.join(out, "glacier_ndsi_auto.tif")}, scene.glacier_truth),
        ("Lake mask, NDWI", "glaciermapper:ndwilakemask",
         {"INPUT": scene.scene, "MIN_LAKE_AREA": 8100, "OUTPUT_MASK": os.path.join(out, "lakes_ndwi.tif")},
         scene.lake_truth),
    ]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=os.path.join(PLUGIN_ROOT, "demo_output"))
    parser.add_argument("--size", type=int, default=1024, help="scene width and height in pixels")
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args(argv)
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)

    started = time.time()
    print(f"Generating a {args.size} x {args.size} sample scene (seed {args.seed}) ...", flush=True)
    scene = generate_scene(os.path.join(out, "scene"), width=args.size, height=args.size, seed=args.seed)
    env = make_profile(os.path.join(out, ".qgis-profile"))

    rows = []
    for title, algorithm, parameters, truth in steps(scene, out):
        print(f"qgis_process run {algorithm}: {title} ...", flush=True)
        results = run_algorithm(algorithm, parameters, env)["results"]
        output = results.get("OUTPUT_MASK") or results.get("OUTPUT")
        row = {"title": title, "output": output, "threshold": results.get("THRESHOLD_USED")}
        if truth:
            scored = assess(output, reference_path=truth, options=AssessOptions(target_value=1))
            row.update({k: scored.metrics[k] for k in ("oa", "kappa", "f1", "iou")})
        rows.append(row)

    print("\nOutputs")
    print(f"  sample scene (7-band Landsat 8 C2 L2): {scene.scene}")
    print(f"  truth: {scene.glacier_truth}, {scene.lake_truth}; DEM: {scene.dem}")
    for row in rows:
        print(f"  {row['title']}: {row['output']}")
    print("\nAccuracy against the scene's truth")
    print(f"  {'map':52s} {'threshold':>9s} {'OA':>6s} {'Kappa':>6s} {'F1':>6s} {'IoU':>6s}")
    for row in rows:
        if "kappa" in row:
            print(f"  {row['title']:52s} {row['threshold']:9.3f} {row['oa']:6.3f} {row['kappa']:6.3f} "
                  f"{row['f1']:6.3f} {row['iou']:6.3f}")
    print(f"\nDone in {time.time() - started:.0f} s. Everything is in {out}")


if __name__ == "__main__":
    main()
