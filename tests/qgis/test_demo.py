"""`make demo` end to end on a small scene: outputs exist and load, the project opens, the map is rendered."""
import json
import os
import subprocess
import sys

import numpy as np
from helpers import PLUGIN_ROOT
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QImage


def test_demo(tmp_path, qgis_app):
    out = tmp_path / "demo"
    done = subprocess.run([sys.executable, os.path.join(PLUGIN_ROOT, "scripts", "demo.py"), "--out", str(out),
                           "--size", "256"], capture_output=True, text=True, timeout=1200)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-3000:]
    assert "Accuracy against the scene's truth" in done.stdout

    project = QgsProject()
    assert project.read(str(out / "glacier_mapper_demo.qgz"))
    layers = list(project.mapLayers().values())
    assert len(layers) == 9 and all(layer.isValid() for layer in layers)
    outlines = [layer for layer in layers if layer.name().endswith("outlines")]
    assert all(layer.featureCount() > 0 for layer in outlines)

    image = QImage(str(out / "glacier_mapper_demo.png"))
    assert image.width() == 1200
    pixels = np.array([image.pixel(x, y) for x in range(0, 1200, 37) for y in range(0, 1200, 37)])
    assert len(np.unique(pixels)) > 50  # a map, not a blank canvas

    summary = json.load(open(out / "accuracy_summary.json"))
    assert len(summary) == 4 and all(0.0 <= row["OA"] <= 1.0 for row in summary.values())
