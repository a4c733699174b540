"""Rebuild the bundled models from scratch: generated scenes, chips, the trainer, evaluation and model cards.

No labelled real training set ships with the plugin, so the bundled models learn from scenes of the plugin's
own sample-scene generator (core.sample_scene), whose glacier and lake truth is exact. Everything is seeded:
the scenes, the chip split and the trainer (on the CPU, with the same thread count, a run repeats bit for bit).

    .venv/bin/python -m scripts.build_models --all                 # the four models into models/ (make models)
    .venv/bin/python -m scripts.build_models --only glacier_unet   # one model; the others' numbers are kept
    .venv/bin/python -m scripts.build_models --all --quick         # smoke run: small scenes, one epoch, into WORK
    .venv/bin/python -m scripts.build_models --cards-only          # cards and README table from evaluation.json
    .venv/bin/python -m scripts.build_models --all --evaluate-only # evaluate and time the built models again
    .venv/bin/python -m scripts.build_models --real-data-only      # real-data checks of the installed models, cards

Each model: chips of its target's truth from every training scene (core.training.chip_export, labels from
core.outlines.outlines), merged into one chip folder; trained through
core.training.trainer_process.run_trainer; .onnx and .pt copied to models/ (reports to models/reports/);
evaluated on a held-out generated scene against the
NDSI or NDWI threshold method, on the real Athabasca HLS scene (glacier models against the NDSI method), on
the small scene of tests/qgis/test_bundled_models.py, and timed on this machine's CPU; then checked beside the
threshold methods on every real source the project holds (real_checks: Athabasca, Florida L1, the labelled
spectra as patches, the real products), with a verdict by a stated rule. The numbers go to
models/evaluation.json, from which models/<name>.MODEL_CARD.md and the table in models/README.md are written.

Run from the plugin root. The modules: recipes (what is built: scenes, models, chip and trainer settings),
pipeline (scenes, chips, training, installation), evaluation (scores, baselines, timings), real_checks (the
real-data checks) and cards (the
model cards and the README table written from evaluation.json); __main__ is the command line.
"""
import os
import sys

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MODELS_DIR = os.path.join(PLUGIN_ROOT, "models")
sys.path.insert(0, PLUGIN_ROOT)

import numpy as np  # noqa: E402
from osgeo import gdal  # noqa: E402

gdal.UseExceptions()


def log(text):
    print(text, flush=True)


def rounded(value, digits=4):
    if value is None:
        return None
    value = float(value)
    return None if not np.isfinite(value) else round(value, digits)
