"""Without onnxruntime and shapely in QGIS's Python the plugin still loads and says what to install."""
import json
import subprocess
import sys

import numpy as np
from helpers import read_raster, write_raster

SCRIPT = r"""
import json, sys
sys.modules["onnxruntime"] = None  # as if not installed: importing them raises ImportError
sys.modules["shapely"] = None
sys.path.insert(0, sys.argv[1])
sys.path.insert(0, "/usr/share/qgis/python/plugins")
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
from processing.core.Processing import Processing
Processing.initialize()
import processing
import glacier_mapper
plugin = glacier_mapper.classFactory(None)  # QGIS keeps its plugin objects alive; so must this script
plugin.initProcessing()
registry = QgsApplication.processingRegistry()
report = {a.name(): list(a.canExecute()) for a in registry.providerById("glaciermapper").algorithms()}
from qgis.core import QgsProcessingFeedback
class Feedback(QgsProcessingFeedback):
    errors = []
    def reportError(self, error, fatalError=False):
        Feedback.errors.append(error)
try:
    processing.run("glaciermapper:segment", {"INPUT": sys.argv[2], "OUTPUT_MASK": sys.argv[3] + "/m.tif",
                                             "OUTPUT_PROBABILITY": sys.argv[3] + "/p.tif"}, feedback=Feedback())
    report["segment_run"] = "ran"
except Exception as error:
    report["segment_run"] = " ".join(Feedback.errors)
result = processing.run("glaciermapper:spectralindex", {"INPUT": sys.argv[2], "OUTPUT": sys.argv[3] + "/ndsi.tif"})
report["ndsi"] = result["OUTPUT"]
print("REPORT" + json.dumps(report))
"""


def test_plugin_loads_and_explains(tmp_path, plugins_dir):
    bands = np.full((7, 20, 20), 20000, np.uint16)
    scene = write_raster(tmp_path / "scene.tif", bands, nodata=0, descriptions=[f"B{i}" for i in range(1, 8)])
    done = subprocess.run([sys.executable, "-c", SCRIPT, plugins_dir, scene, str(tmp_path)],
                          capture_output=True, text=True, timeout=300,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)})
    assert "REPORT" in done.stdout, done.stderr[-3000:]
    report = json.loads(done.stdout.split("REPORT", 1)[1])
    assert report["segment"][0] is False
    # plain text (QGIS renders the message as HTML) that names the installer
    assert "onnxruntime" in report["segment"][1] and "glaciermapper:installdependencies" in report["segment"][1]
    assert "<" not in report["segment"][1] and ">" not in report["segment"][1]
    assert report["outlines"][0] is False and "shapely" in report["outlines"][1]
    assert report["installdependencies"] == [True, ""]
    assert report["ndsiglaciermask"] == [True, ""]
    assert "onnxruntime" in report["segment_run"]
    values, nodata = read_raster(report["ndsi"])
    assert (values != nodata).sum() == 400
