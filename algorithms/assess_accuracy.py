"""glaciermapper:assessaccuracy — the founding papers' metrics, a threshold sweep and area estimates."""
import math

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QVariant

from ..core.accuracy.assessment import SCORE_KIND_CHOICES, AssessOptions, assess
from ..core.accuracy.metrics import CRITERION_CHOICES
from ..core.accuracy.report import CSV_COLUMNS
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

# The labels of SCORE_KIND_CHOICES, for the translation tools; CRITERION_CHOICES' labels are metric names.
CHOICE_LABELS = (QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Detect"),
                 QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Mask"),
                 QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Probability (0-1)"),
                 QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Index (-1 to 1)"))
SUMMARY = ("oa", "kappa", "f1", "iou", "miou", "fa", "ma", "precision", "recall")


def _number(value):
    return None if value is None or (isinstance(value, float) and math.isnan(value)) else value


class AssessAccuracyAlgorithm(GlacierMapperAlgorithm):
    PREDICTION = "PREDICTION"
    REFERENCE = "REFERENCE"
    REFERENCE_VECTOR = "REFERENCE_VECTOR"
    REFERENCE_FIELD = "REFERENCE_FIELD"
    AOI = "AOI"
    TARGET_VALUE = "TARGET_VALUE"
    SCORE_KIND = "SCORE_KIND"
    THRESHOLDS = "THRESHOLDS"
    CRITERION = "CRITERION"
    RESAMPLE_REFERENCE = "RESAMPLE_REFERENCE"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_CSV = "OUTPUT_CSV"
    OUTPUT_JSON = "OUTPUT_JSON"
    OUTPUT_TABLE = "OUTPUT_TABLE"
    BEST_THRESHOLD = "BEST_THRESHOLD"
    AUC = "AUC"
    MAPPED_AREA_KM2 = "MAPPED_AREA_KM2"
    ADJUSTED_AREA_KM2 = "ADJUSTED_AREA_KM2"
    group_id = "assessment"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Accuracy assessment")

    def name(self):
        return "assessaccuracy"

    def displayName(self):
        return self.tr("Assess accuracy")

    def shortHelpString(self):
        return self.tr(
            "Compares a map with a reference, as the founding glacier and lake papers do.\n\n"
            "Prediction: a mask (class values, 255 nodata), a probability raster from 'Segment', or an index "
            "raster such as NDSI. Reference: a mask raster on the same grid, or polygons in any CRS rasterized "
            "onto the prediction's grid (with a class field, polygons whose value equals the target value are the "
            "target). Pixels that are nodata in either, or outside the area of interest, are excluded and counted.\n\n"
            "Metrics over valid pixels: FA = FP/(TP+FP), MA = FN/(TP+FN), OA, Kappa, precision, recall, F1, IoU, "
            "MIoU (mean of target and background IoU) and, for scores, AUC by the rank (Mann-Whitney) formula.\n\n"
            "Threshold sweep: for probability and index rasters the metrics at every threshold (default 0.0 to 0.7 "
            "by 0.1 for indices, as in Table 4 of the glacier paper; 0.05 to 0.95 for probabilities), in one pass; "
            "the best threshold by the chosen criterion is reported. A pixel is the target when score >= "
            "threshold.\n\n"
            "Area: the mapped area and the error-adjusted area with a 95 % confidence interval (stratified "
            "estimator of Olofsson et al. 2014), in km² whatever the CRS.\n\n"
            "Outputs: an HTML report with the confusion matrix, ROC curve and metric-versus-threshold plot; the "
            "same numbers as a table layer, CSV and JSON for batch runs and models.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.PREDICTION, self.tr("Prediction (mask, probability or index)")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.REFERENCE, self.tr("Reference mask raster"), optional=True))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.REFERENCE_VECTOR, self.tr("Reference polygons"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.REFERENCE_FIELD, self.tr("Reference class field"), parentLayerParameterName=self.REFERENCE_VECTOR,
            optional=True, type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AOI, self.tr("Area of interest"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterNumber(self.TARGET_VALUE, self.tr("Target class value"),
                                                       QgsProcessingParameterNumber.Integer, defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(
            self.SCORE_KIND, self.tr("Prediction is"), defaultValue=0,
            options=enum_options(SCORE_KIND_CHOICES, self.tr)))
        thresholds = QgsProcessingParameterString(self.THRESHOLDS, self.tr("Thresholds (comma separated)"),
                                                  optional=True)
        thresholds.setHelp(self.tr("Empty: 0.0 ... 0.7 by 0.1 for indices, 0.05 ... 0.95 by 0.05 for probabilities."))
        self.addParameter(thresholds)
        self.addParameter(QgsProcessingParameterEnum(self.CRITERION, self.tr("Best threshold by"),
                                                     options=enum_options(CRITERION_CHOICES),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterBoolean(
            self.RESAMPLE_REFERENCE, self.tr("Resample a reference raster on another grid (nearest)"),
            defaultValue=False))
        # Every output is optional (a batch run may want only the JSON); at least one must be given.
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_HTML, self.tr("Report"), self.tr("HTML files (*.html)"), optional=True))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_CSV, self.tr("Metrics CSV"), self.tr("CSV files (*.csv)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.OUTPUT_JSON, self.tr("Metrics JSON"), self.tr("JSON files (*.json)"), optional=True,
            createByDefault=False))
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.OUTPUT_TABLE, self.tr("Metrics table"), QgsProcessing.TypeVector, optional=True,
            createByDefault=False))
        for key, label in ((self.BEST_THRESHOLD, QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Threshold reported")),
                           (self.AUC, "AUC"),
                           (self.MAPPED_AREA_KM2, QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Mapped area (km²)")),
                           (self.ADJUSTED_AREA_KM2,
                            QT_TRANSLATE_NOOP("AssessAccuracyAlgorithm", "Error-adjusted area (km²)"))) + tuple(
                               (k.upper(), k.upper()) for k in SUMMARY):
            self.addOutput(QgsProcessingOutputNumber(key, self.tr(label)))

    def processAlgorithm(self, parameters, context, feedback):
        out_html = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context) or None
        out_csv = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context) or None
        out_json = self.parameterAsFileOutput(parameters, self.OUTPUT_JSON, context) or None
        if not (out_html or out_csv or out_json or parameters.get(self.OUTPUT_TABLE)):
            raise self.error(self.tr(
                "No output was asked for: give at least one of the report (OUTPUT_HTML), the metrics CSV "
                "(OUTPUT_CSV), the metrics JSON (OUTPUT_JSON) or the metrics table (OUTPUT_TABLE)."))
        prediction = self.input_raster_path(parameters, context, self.PREDICTION)
        reference_layer = self.parameterAsRasterLayer(parameters, self.REFERENCE, context)
        reference_vector, vector_layer = self.vector_path(parameters, self.REFERENCE_VECTOR, context, feedback)
        if (reference_layer is None) == (reference_vector is None):
            raise self.error(self.tr("Give exactly one reference: a mask raster or polygons."))
        aoi, aoi_layer = self.vector_path(parameters, self.AOI, context, feedback)
        text = self.parameterAsString(parameters, self.THRESHOLDS, context).strip()
        try:
            thresholds = [float(t) for t in text.replace(";", ",").split(",") if t.strip()] or None
        except ValueError:
            raise self.error(self.tr(
                "Thresholds must be numbers separated by commas, such as 0.1, 0.2, 0.3.")) from None
        if aoi_layer:
            feedback.pushInfo(self.tr("Area of interest: layer {}").format(aoi_layer))
        options = AssessOptions(
            target_value=self.parameterAsInt(parameters, self.TARGET_VALUE, context), thresholds=thresholds,
            criterion=enum_key(self, parameters, self.CRITERION, context, CRITERION_CHOICES),
            score_kind=enum_key(self, parameters, self.SCORE_KIND, context, SCORE_KIND_CHOICES),
            resample_reference=self.parameterAsBool(parameters, self.RESAMPLE_REFERENCE, context))
        result = self.run_core(
            assess, prediction, reference_path=reference_layer.source() if reference_layer else None,
            reference_vector=reference_vector, reference_layer=vector_layer,
            reference_field=self.parameterAsString(parameters, self.REFERENCE_FIELD, context) or None,
            aoi_vector=aoi, out_html=out_html, out_csv=out_csv, out_json=out_json, options=options,
            **self.callbacks(feedback))
        for warning in result.warnings:
            self.warn(feedback, warning)
        self.log_result(feedback, result)
        outputs = {self.BEST_THRESHOLD: _number(result.threshold),
                   self.AUC: _number(result.auc),
                   self.MAPPED_AREA_KM2: _number((result.area or {}).get("mapped_km2")),
                   self.ADJUSTED_AREA_KM2: _number((result.area or {}).get("adjusted_km2"))}
        outputs.update({k.upper(): _number(result.metrics.get(k)) for k in SUMMARY})
        if out_html:
            outputs[self.OUTPUT_HTML] = out_html
        if out_csv:
            outputs[self.OUTPUT_CSV] = out_csv
        if out_json:
            outputs[self.OUTPUT_JSON] = out_json
        if parameters.get(self.OUTPUT_TABLE):
            outputs[self.OUTPUT_TABLE] = self.write_table(parameters, context, result)
        return outputs

    def log_result(self, feedback, result):
        counts = result.counts
        feedback.pushInfo(self.tr("Pixels: {} assessed, {} nodata in the prediction, {} nodata in the reference, "
                                  "{} outside the area of interest").format(
            counts["assessed"], counts["nodata_prediction"], counts["nodata_reference"], counts["outside_aoi"]))
        for row in result.sweep if len(result.sweep) > 1 else []:
            feedback.pushInfo("  t={threshold:.3f}  OA={oa:.4f}  Kappa={kappa:.4f}  F1={f1:.4f}  IoU={iou:.4f}  "
                              "FA={fa:.4f}  MA={ma:.4f}".format(**row))
        m = result.metrics
        feedback.pushInfo(self.tr("Reported{}: OA {:.4f}, Kappa {:.4f}, F1 {:.4f}, IoU {:.4f}, MIoU {:.4f}").format(
            "" if result.threshold is None else self.tr(" at threshold {:.3f} (best {})").format(
                result.threshold, result.criterion), m["oa"], m["kappa"], m["f1"], m["iou"], m["miou"]))
        if result.auc is not None:
            feedback.pushInfo(self.tr("AUC {:.4f}").format(result.auc))
        if result.area:
            a = result.area
            feedback.pushInfo(self.tr("Area: mapped {:.3f} km², error-adjusted {:.3f} km² (95 % CI {:.3f} to {:.3f})")
                              .format(a["mapped_km2"], a["adjusted_km2"], a["ci95_low_km2"], a["ci95_high_km2"]))

    def write_table(self, parameters, context, result):
        fields = QgsFields()
        for column in CSV_COLUMNS + ("auc",):
            kind = QVariant.Int if column in ("tp", "fp", "fn", "tn", "n") else QVariant.Double
            fields.append(QgsField(column, kind))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT_TABLE, context, fields, QgsWkbTypes.NoGeometry)
        for row in result.sweep:
            feature = QgsFeature(fields)
            feature.setAttributes([_number(row.get(c)) for c in CSV_COLUMNS] + [_number(result.auc)])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return destination
