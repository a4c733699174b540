"""glaciermapper:outlinechange — area change of glaciers and lakes between two dates."""
import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.errors import GlacierMapperError
from ..core.io.vector import driver_for_path, supports_multiple_layers
from ..core.outlines.change import outline_change
from ..core.provenance import provenance
from .base import GlacierMapperAlgorithm


class OutlineChangeAlgorithm(GlacierMapperAlgorithm):
    OUTLINES_A = "OUTLINES_A"
    OUTLINES_B = "OUTLINES_B"
    DATE_A = "DATE_A"
    DATE_B = "DATE_B"
    STABLE_PCT = "STABLE_PCT"
    OUTPUT = "OUTPUT"
    AREA_A_KM2 = "AREA_A_KM2"
    AREA_B_KM2 = "AREA_B_KM2"
    D_AREA_KM2 = "D_AREA_KM2"
    D_AREA_PCT = "D_AREA_PCT"
    RATE_KM2_PER_YR = "RATE_KM2_PER_YR"
    requires = ("shapely",)
    group_id = "outlines"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Outlines")

    def name(self):
        return "outlinechange"

    def displayName(self):
        return self.tr("Outline change between two dates")

    def shortHelpString(self):
        return self.tr(
            "Compares glacier or lake outlines of an earlier date (A) and a later date (B): the question behind "
            "glacier retreat and glacial-lake growth monitoring.\n\n"
            "Objects are matched by overlap (each object with the one it shares most area with; splits and merges "
            "are grouped). For each group: area at both dates, change in km² and %, and the rate per year; "
            "status retreated, advanced, stable (within the stable tolerance), new or vanished. Dates come from "
            "the layers' src_date fields (RGI: BgnDate) or the parameters. Layer B is reprojected to A's CRS; "
            "areas are in km² whatever the CRS.\n\n"
            "A summary (total area at each date, change, rate) is written to the log, to the outputs and, as a "
            "table, beside the change layer (in the same GeoPackage, or a CSV for other formats).")

    def initAlgorithm(self, config=None):
        for key, label in (
                (self.OUTLINES_A, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Outlines, date A (earlier)")),
                (self.OUTLINES_B, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Outlines, date B (later)"))):
            self.addParameter(QgsProcessingParameterFeatureSource(
                key, self.tr(label), [QgsProcessing.TypeVectorPolygon]))
        for key, label in (
                (self.DATE_A,
                 QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Date A (YYYY-MM-DD, empty: from the layer)")),
                (self.DATE_B,
                 QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Date B (YYYY-MM-DD, empty: from the layer)"))):
            self.addParameter(QgsProcessingParameterString(key, self.tr(label), optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.STABLE_PCT, self.tr("Stable if the change is within (%)"),
                                                       QgsProcessingParameterNumber.Double, defaultValue=1.0,
                                                       minValue=0.0))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, self.tr("Change"),
                                                                  QgsProcessing.TypeVectorPolygon))
        for key, label in (
                (self.AREA_A_KM2, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Total area at date A (km²)")),
                (self.AREA_B_KM2, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Total area at date B (km²)")),
                (self.D_AREA_KM2, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Area change (km²)")),
                (self.D_AREA_PCT, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Area change (%)")),
                (self.RATE_KM2_PER_YR, QT_TRANSLATE_NOOP("OutlineChangeAlgorithm", "Rate (km² per year)"))):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def side_outputs(self, parameters, context):
        """The summary CSV written beside a change layer in a single-layer format, for the output check."""
        output = parameters.get(self.OUTPUT)
        if not isinstance(output, str) or not output or output == "TEMPORARY_OUTPUT" or output.startswith("memory:"):
            return {}
        try:
            single_layer = not supports_multiple_layers(driver_for_path(output))
        except GlacierMapperError:
            return {}  # the check reports the extension itself
        return {self.OUTPUT: [os.path.splitext(output)[0] + "_summary.csv"]} if single_layer else {}

    def processAlgorithm(self, parameters, context, feedback):
        path_a, layer_a = self.vector_path(parameters, self.OUTLINES_A, context, feedback)
        path_b, layer_b = self.vector_path(parameters, self.OUTLINES_B, context, feedback)
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        metadata = provenance(self.id(), {"a": path_a, "b": path_b}, self.provenance_parameters(parameters, context))
        result = self.run_core(
            outline_change, path_a, path_b, output, layer_a=layer_a, layer_b=layer_b,
            date_a=self.parameterAsString(parameters, self.DATE_A, context) or None,
            date_b=self.parameterAsString(parameters, self.DATE_B, context) or None,
            stable_pct=self.parameterAsDouble(parameters, self.STABLE_PCT, context), metadata=metadata,
            **self.callbacks(feedback))
        for warning in result.warnings:
            self.warn(feedback, warning)
        s = result.summary
        feedback.pushInfo(self.tr("Date A {}: {} object(s), {:.4f} km²").format(
            s["date_a"], s["count_a"], s["area_a_km2"]))
        feedback.pushInfo(self.tr("Date B {}: {} object(s), {:.4f} km²").format(
            s["date_b"], s["count_b"], s["area_b_km2"]))
        missing = self.tr("n/a")
        feedback.pushInfo(self.tr("Change: {:+.4f} km² ({}), {} per year over {} years").format(
            s["d_area_km2"], missing if s["d_area_pct"] is None else f"{s['d_area_pct']:+.2f} %",
            missing if s["rate_km2_per_yr"] is None else f"{s['rate_km2_per_yr']:+.4f} km²",
            missing if s["years"] is None else f"{s['years']:.2f}"))
        feedback.pushInfo(self.tr("Objects: {}").format(", ".join(f"{k} {v}" for k, v in result.counts.items())))
        self.style_output(context, output, "outline_change.qml", self.tr("Outline change"))
        return {self.OUTPUT: output, self.AREA_A_KM2: s["area_a_km2"], self.AREA_B_KM2: s["area_b_km2"],
                self.D_AREA_KM2: s["d_area_km2"], self.D_AREA_PCT: s["d_area_pct"],
                self.RATE_KM2_PER_YR: s["rate_km2_per_yr"]}
