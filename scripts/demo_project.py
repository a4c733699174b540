"""A QGIS project (.qgz) of the demo's outputs, each styled, and a PNG map rendered by QGIS itself."""
import os

from qgis.core import (
    QgsApplication,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsMultiBandColorRenderer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor

from core.paths import STYLES_DIR as STYLES


def make_project(layers, project_path, png_path, size=1200):
    """``layers``: [(name, path, style file or None)] from bottom to top; returns the number of valid layers."""
    project = QgsProject()
    added = []
    for name, path, style in layers:
        is_vector = path.lower().endswith((".gpkg", ".shp", ".geojson"))
        layer = QgsVectorLayer(path, name, "ogr") if is_vector else QgsRasterLayer(path, name)
        if not layer.isValid():
            raise RuntimeError(f"QGIS cannot open the demo output {path}")
        if style == "false_colour":  # SWIR1-NIR-Green: snow and ice cyan, water dark, vegetation green
            layer.setRenderer(QgsMultiBandColorRenderer(layer.dataProvider(), 6, 5, 3))
            layer.setContrastEnhancement(1, 1)  # stretch to the estimated min/max
        elif style:
            message, ok = layer.loadNamedStyle(os.path.join(STYLES, style))
            if not ok:
                raise RuntimeError(f"Style {style} not applied to {name}: {message}")
        project.addMapLayer(layer)
        added.append(layer)
    project.setCrs(added[0].crs())
    if not project.write(project_path):
        raise RuntimeError(f"Cannot write the QGIS project {project_path}: {project.error()}")

    settings = QgsMapSettings()
    settings.setLayers(list(reversed(added)))  # map settings list layers top first
    settings.setDestinationCrs(added[0].crs())
    settings.setExtent(added[0].extent())
    settings.setOutputSize(QSize(size, size))
    settings.setBackgroundColor(QColor("white"))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(png_path, "PNG"):
        raise RuntimeError(f"Cannot write the map image {png_path}")
    return len(added)


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QgsApplication([], False)
    app.initQgis()
    return app
