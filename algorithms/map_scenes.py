"""glaciermapper:mapscenes — many scenes mapped on a local Dask cluster (core.region.runner.map_region)."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.region.runner import map_region
from ..core.region.scene_task import FILES, GLACIER_METHOD_CHOICES, LAKE_METHOD_CHOICES, MapOptions
from .base import GlacierMapperAlgorithm, load_styled, localized
from .choices import enum_key, enum_options

CHOICE_LABELS = (QT_TRANSLATE_NOOP("MapScenesAlgorithm", "NDSI threshold"),
                 QT_TRANSLATE_NOOP("MapScenesAlgorithm", "NDWI threshold"),
                 QT_TRANSLATE_NOOP("MapScenesAlgorithm", "U-Net (bundled model)"))


class MapScenesAlgorithm(GlacierMapperAlgorithm):
    INPUTS = "INPUTS"
    GLACIERS = "GLACIERS"
    LAKES = "LAKES"
    DEM = "DEM"
    WORKERS = "WORKERS"
    OUTPUT = "OUTPUT"
    MAPPED = "MAPPED"
    FAILED = "FAILED"
    requires = ("shapely",)
    group_id = "region"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Regions over time")

    def name(self):
        return "mapscenes"

    def displayName(self):
        return self.tr("Map scenes (many scenes on Dask)")

    def shortHelpString(self):
        return self.tr(
            "Maps every scene into its own folder of the output folder: glacier and lake masks, a clear-sky mask "
            "(valid.tif: 1 observed, 0 cloud or nodata) and glacier and lake outlines. Scenes run in parallel on a "
            "local Dask cluster of the given number of worker processes (one thread each); without dask, one "
            "after another.\n\nEach scene folder appears only when complete (with done.json), so a second run "
            "skips the finished scenes and a cancelled run keeps them. The folder is the input of 'Lake time "
            "series'.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(self.INPUTS, self.tr("Scenes"),
                                                               QgsProcessing.TypeRaster))
        self.addParameter(QgsProcessingParameterEnum(self.GLACIERS, self.tr("Glacier method"),
                                                     options=enum_options(GLACIER_METHOD_CHOICES, self.tr),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterEnum(self.LAKES, self.tr("Lake method"),
                                                     options=enum_options(LAKE_METHOD_CHOICES, self.tr),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (metres)"), optional=True))
        workers = QgsProcessingParameterNumber(self.WORKERS, self.tr("Worker processes"),
                                               QgsProcessingParameterNumber.Integer, defaultValue=2, minValue=1,
                                               maxValue=256)
        workers.setHelp(self.tr("1 maps the scenes one after another inside QGIS."))
        self.addParameter(workers)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputFolder(self.OUTPUT, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.MAPPED, self.tr("Scenes mapped or already done")))
        self.addOutput(QgsProcessingOutputNumber(self.FAILED, self.tr("Scenes failed")))

    def processAlgorithm(self, parameters, context, feedback):
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        paths = [layer.source() for layer in layers]
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        options = MapOptions(glaciers=enum_key(self, parameters, self.GLACIERS, context, GLACIER_METHOD_CHOICES),
                             lakes=enum_key(self, parameters, self.LAKES, context, LAKE_METHOD_CHOICES),
                             dem=dem.source() if dem else None)
        out_dir = self.parameterAsString(parameters, self.OUTPUT, context)
        seen = []

        def started(result):
            if result.dashboard:
                feedback.pushInfo(self.tr("Dask dashboard: {}").format(result.dashboard))
            for note in result.notes:
                self.warn(feedback, note)

        def scene_done(path, record, error):
            seen.append(path)
            feedback.setProgress(100.0 * len(seen) / max(len(paths), 1))
            if error:
                self.warn(feedback, self.tr("{} failed: {}").format(os.path.basename(path), localized(error)))
            else:
                feedback.pushInfo(self.tr("{}: {} glaciers, {} lakes").format(
                    os.path.basename(record["folder"]), record["glaciers"], record["lakes"]))

        result = self.run_core(map_region, paths, out_dir, options,
                               workers=self.parameterAsInt(parameters, self.WORKERS, context), on_scene=scene_done,
                               on_start=started, is_cancelled=feedback.isCanceled)
        for record in result.done + result.skipped:
            name = os.path.basename(record["folder"])
            load_styled(context, os.path.join(record["folder"], FILES["glaciers"]), "glacier_outlines.qml",
                        self.tr("{} glaciers").format(name))
            load_styled(context, os.path.join(record["folder"], FILES["lakes"]), "lake_outlines.qml",
                        self.tr("{} lakes").format(name))
        return {self.OUTPUT: out_dir, self.MAPPED: len(result.done) + len(result.skipped),
                self.FAILED: len(result.failed)}
