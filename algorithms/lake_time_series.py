"""glaciermapper:laketimeseries — lakes over many dates (core.region.timeseries.lake_timeseries)."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFolder,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.region.timeseries import MAX_HIDDEN, RAPID_PCT_PER_YR, dated_inputs, lake_timeseries
from .base import GlacierMapperAlgorithm, load_styled


class LakeTimeSeriesAlgorithm(GlacierMapperAlgorithm):
    INPUTS = "INPUTS"
    DATES = "DATES"
    FOLDER = "FOLDER"
    RAPID_PCT = "RAPID_PCT"
    MAX_HIDDEN = "MAX_HIDDEN"
    OUTPUT = "OUTPUT"
    LAKES = "LAKES"
    RAPID = "RAPID"
    requires = ("shapely",)
    group_id = "region"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Regions over time")

    def name(self):
        return "laketimeseries"

    def displayName(self):
        return self.tr("Lake time series")

    def shortHelpString(self):
        return self.tr(
            "Matches the lakes of many dates into stable ids (overlap matching; splits and merges recorded) and "
            "fits each lake's growth with a Theil-Sen line (km² and % per year). A lake mostly under cloud or "
            "nodata at a date is 'not observed' there, never gone. Give lake outline layers with their dates, or "
            "the output folder of 'Map scenes' (its clear-sky masks are used).\n\nOutputs in the folder: "
            "lakes.gpkg (lakes, lake_areas, regional_total), lake_areas.csv and report.html.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterMultipleLayers(self.INPUTS, self.tr("Lake outlines"),
                                                               QgsProcessing.TypeVectorPolygon, optional=True))
        dates = QgsProcessingParameterString(self.DATES, self.tr("Dates (YYYY-MM-DD, one per layer)"),
                                             optional=True)
        dates.setHelp(self.tr("Comma-separated, in the order of the layers; empty: from their src_date."))
        self.addParameter(dates)
        self.addParameter(QgsProcessingParameterFile(self.FOLDER, self.tr("Or: output folder of Map scenes"),
                                                     behavior=QgsProcessingParameterFile.Folder, optional=True))
        for key, label, default in (
                (self.RAPID_PCT, QT_TRANSLATE_NOOP("LakeTimeSeriesAlgorithm", "Rapid growth (% per year)"),
                 RAPID_PCT_PER_YR),
                (self.MAX_HIDDEN, QT_TRANSLATE_NOOP("LakeTimeSeriesAlgorithm", "Hidden share for 'not observed'"),
                 MAX_HIDDEN)):
            self.addParameter(QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Double,
                                                           defaultValue=default, minValue=0.0))
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputFolder(self.OUTPUT, self.tr("Output folder")))
        self.addOutput(QgsProcessingOutputNumber(self.LAKES, self.tr("Lakes")))
        self.addOutput(QgsProcessingOutputNumber(self.RAPID, self.tr("Rapidly growing lakes")))

    def processAlgorithm(self, parameters, context, feedback):
        folder = self.parameterAsFile(parameters, self.FOLDER, context)
        layers = self.parameterAsLayerList(parameters, self.INPUTS, context)
        if not folder and len(layers) < 2:
            raise self.error(self.tr("Give lake outline layers of at least two dates, or a Map scenes folder."))
        text = self.parameterAsString(parameters, self.DATES, context)
        dates = [d.strip() for d in text.split(",") if d.strip()] or None
        inputs = self.run_core(dated_inputs, [folder] if folder else [layer.source().split("|")[0]
                                                                      for layer in layers], dates)
        out_dir = self.parameterAsString(parameters, self.OUTPUT, context)
        result = self.run_core(lake_timeseries, inputs, out_dir,
                               self.parameterAsDouble(parameters, self.RAPID_PCT, context),
                               self.parameterAsDouble(parameters, self.MAX_HIDDEN, context),
                               **self.callbacks(feedback))
        for warning in result.warnings:
            self.warn(feedback, warning)
        rapid = sum(1 for lake in result.lakes if lake.rapid)
        feedback.pushInfo(self.tr("{} lakes over {} dates; {} growing rapidly. Report: {}").format(
            len(result.lakes), len(result.dates), rapid, result.paths["html"]))
        load_styled(context, result.paths["gpkg"] + "|layername=lakes", "lake_outlines.qml",
                    self.tr("Lake time series"))
        return {self.OUTPUT: out_dir, self.LAKES: len(result.lakes), self.RAPID: rapid}
