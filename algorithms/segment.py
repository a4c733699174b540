"""glaciermapper:segment — sliding-window U-Net / attention U-Net inference from an ONNX model."""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.inference.catalog import BUNDLED_DIR, PRECISION_CHOICES, cached_card, list_models
from ..core.inference.model_card import model_file_problem
from ..core.inference.onnx_session import DEVICE_CHOICES
from ..core.inference.segment import SegmentOptions, model_roles, segment_raster
from ..core.provenance import provenance
from ..core.sensors.bands import ROLES
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options
from .settings import models_folder, onnxruntime_summary

# Model card targets as the output layers are named
TARGET_LABELS = {"glacier": QT_TRANSLATE_NOOP("SegmentAlgorithm", "Glacier"),
                 "lake": QT_TRANSLATE_NOOP("SegmentAlgorithm", "Lake")}
# Model card architectures as the output layers name the method
# The labels of PRECISION_CHOICES, for the translation tools
PRECISION_LABELS = (QT_TRANSLATE_NOOP("SegmentAlgorithm", "fp32 (full precision)"),
                    QT_TRANSLATE_NOOP("SegmentAlgorithm", "int8 (quantised variant, where the model has one)"))
ARCHITECTURE_LABELS = {"unet": QT_TRANSLATE_NOOP("SegmentAlgorithm", "U-Net"),
                       "attention_unet": QT_TRANSLATE_NOOP("SegmentAlgorithm", "attention U-Net")}


class SegmentAlgorithm(GlacierMapperAlgorithm):
    MODEL = "MODEL"
    MODEL_FILE = "MODEL_FILE"
    TILE_SIZE = "TILE_SIZE"
    OVERLAP = "OVERLAP"
    BATCH_SIZE = "BATCH_SIZE"
    DEVICE = "DEVICE"
    PRECISION = "PRECISION"
    TTA = "TTA"
    THRESHOLD = "THRESHOLD"
    OUTPUT_PROBABILITY = "OUTPUT_PROBABILITY"
    OUTPUT_MASK = "OUTPUT_MASK"
    OUTPUT_CONFIDENCE = "OUTPUT_CONFIDENCE"
    EXECUTION_PROVIDER = "EXECUTION_PROVIDER"
    TILES_RUN = "TILES_RUN"
    TILES_SKIPPED = "TILES_SKIPPED"
    requires = ("onnxruntime",)
    group_id = "deeplearning"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Deep learning")

    def __init__(self):
        super().__init__()
        # cards are read once per provider load (core.inference.catalog), not on every createInstance
        self.models = list_models([BUNDLED_DIR, models_folder()])

    def name(self):
        return "segment"

    def displayName(self):
        return self.tr("Segment (U-Net, ONNX)")

    def shortHelpString(self):
        return self.tr(
            "Runs a segmentation model (Deep U-Net for glaciers, attention U-Net for glacial lakes, or any model "
            "with a Glacier Mapper model card) over a whole scene in overlapping tiles.\n\n"
            "The bands the model needs are found in the raster from the band descriptions or the sensor preset and "
            "converted to reflectance; derived channels such as NDSI are computed; each channel is normalised as "
            "the model card says. Tiles overlap and are blended with smooth weights, so there are no seams; tiles "
            "at the right and bottom edges are pulled back inside the raster; rasters smaller than a tile are "
            "padded by reflection. Nodata in any needed band is nodata in every output, and all-nodata tiles are "
            "skipped.\n\n"
            "Device: auto tries TensorRT, then CUDA, then the CPU; the provider that ran is written to the log and "
            "the outputs' metadata, and when a GPU was asked for but could not be used the log says why.\n\n"
            "Outputs: probability (0-1), mask (class values, 255 nodata) and optionally confidence "
            "(1 - normalised entropy): low confidence shows where labels are worth correcting.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Multispectral raster")))
        model = QgsProcessingParameterEnum(
            self.MODEL, self.tr("Model"), options=[name for name, _ in self.models] + [self.tr("Model file below")],
            defaultValue=0)
        model.setHelp(self.tr("A bundled model, a model trained with 'Train model', or a model file."))
        self.addParameter(model)
        model_file = QgsProcessingParameterFile(self.MODEL_FILE, self.tr("Model file (.onnx)"), extension="onnx",
                                                optional=True)
        model_file.setHelp(self.tr("When given, it is used instead of the model chosen above (stable for scripts)."))
        self.addParameter(model_file)
        self.add_sensor_parameters(ROLES)
        for key, label, default, minimum, help_text in (
                (self.TILE_SIZE, QT_TRANSLATE_NOOP("SegmentAlgorithm", "Tile size (pixels, 0 = model card)"), 0, 0,
                 QT_TRANSLATE_NOOP("SegmentAlgorithm", "Larger tiles see more context; a U-Net needs a multiple of "
                                                       "2 to the power of its depth.")),
                (self.OVERLAP, QT_TRANSLATE_NOOP("SegmentAlgorithm", "Overlap (pixels, -1 = model card)"), -1, -1,
                 QT_TRANSLATE_NOOP("SegmentAlgorithm",
                                   "Overlapping tiles are blended so objects cut by a tile edge are seen whole.")),
                (self.BATCH_SIZE, QT_TRANSLATE_NOOP("SegmentAlgorithm", "Batch size (tiles)"), 4, 1,
                 QT_TRANSLATE_NOOP("SegmentAlgorithm", "Tiles run together; larger is faster on a GPU."))):
            number = QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Integer,
                                                  defaultValue=default, minValue=minimum)
            number.setHelp(self.tr(help_text))
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(number)
        device = QgsProcessingParameterEnum(self.DEVICE, self.tr("Device"), options=enum_options(DEVICE_CHOICES),
                                            defaultValue=0)
        device.setHelp(self.tr("auto: TensorRT, then CUDA, then CPU. cuda: CUDA, else the CPU with a warning."))
        self.addParameter(device)
        precision = QgsProcessingParameterEnum(self.PRECISION, self.tr("Precision"),
                                               options=enum_options(PRECISION_CHOICES, self.tr), defaultValue=0)
        precision.setHelp(self.tr("int8 runs the model's quantised variant (<name>.int8.onnx beside it; the bundled "
                                  "models have one): a smaller file whose masks differ from fp32 on a small share "
                                  "of pixels, given in its model card."))
        precision.setFlags(precision.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(precision)
        tta = QgsProcessingParameterBoolean(self.TTA, self.tr("Test-time augmentation (8 flips and rotations)"),
                                            defaultValue=False)
        tta.setHelp(self.tr("Averages the 8 dihedral transforms of each tile: smoother, 8 times slower."))
        self.addParameter(tta)
        threshold = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Threshold (empty = model card)"),
                                                 QgsProcessingParameterNumber.Double, optional=True,
                                                 minValue=0.0, maxValue=1.0)
        threshold.setHelp(self.tr("Probability above which a pixel is the target (sigmoid models)."))
        self.addParameter(threshold)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_PROBABILITY, self.tr("Probability")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_MASK, self.tr("Mask")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CONFIDENCE, self.tr("Confidence"),
                                                                  optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputString(self.EXECUTION_PROVIDER, self.tr("Execution provider used")))
        self.addOutput(QgsProcessingOutputNumber(self.TILES_RUN, self.tr("Tiles run")))
        self.addOutput(QgsProcessingOutputNumber(self.TILES_SKIPPED, self.tr("All-nodata tiles skipped")))

    def checkParameterValues(self, parameters, context):
        # before QGIS's own check, whose "Incorrect parameter value" does not say what is wrong with the file
        value = parameters.get(self.MODEL_FILE)
        problem = model_file_problem(value) if isinstance(value, str) else None
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def model_path(self, parameters, context):
        path = self.parameterAsFile(parameters, self.MODEL_FILE, context)
        if path:
            return path
        choice = self.parameterAsEnum(parameters, self.MODEL, context)
        if choice >= len(self.models):
            raise self.error(self.tr("Choose a model, or give a model file (.onnx)."))
        return self.models[choice][1]

    def processAlgorithm(self, parameters, context, feedback):
        model = self.model_path(parameters, context)
        card = cached_card(model)
        scene = self.read_scene(parameters, context, feedback, model_roles(card) if card is not None else ())
        threshold = parameters.get(self.THRESHOLD)
        overlap = self.parameterAsInt(parameters, self.OVERLAP, context)
        options = SegmentOptions(
            tile_size=self.parameterAsInt(parameters, self.TILE_SIZE, context) or None,
            overlap=None if overlap < 0 else overlap,
            batch_size=self.parameterAsInt(parameters, self.BATCH_SIZE, context),
            device=enum_key(self, parameters, self.DEVICE, context, DEVICE_CHOICES),
            tta=self.parameterAsBool(parameters, self.TTA, context),
            precision=enum_key(self, parameters, self.PRECISION, context, PRECISION_CHOICES),
            threshold=None if threshold in (None, "") else self.parameterAsDouble(parameters, self.THRESHOLD, context))
        outputs = {key: self.parameterAsOutputLayer(parameters, key, context) or None
                   for key in (self.OUTPUT_PROBABILITY, self.OUTPUT_MASK, self.OUTPUT_CONFIDENCE)}
        metadata = provenance(self.id(), {"input": scene.path, "model": model},
                              self.provenance_parameters(parameters, context))
        feedback.pushInfo(self.tr("Model: {}").format(model))
        feedback.pushInfo(self.tr("onnxruntime: {}").format(onnxruntime_summary()))
        result = self.run_core(
            segment_raster, scene, model, outputs[self.OUTPUT_PROBABILITY], outputs[self.OUTPUT_MASK],
            outputs[self.OUTPUT_CONFIDENCE], options=options, metadata=metadata, **self.callbacks(feedback))
        # Each message once: the scene's were logged with it, and with device cuda the engine's warnings
        # already hold the GPU notes.
        for note in result.provider_notes:
            if note not in result.warnings:
                self.warn(feedback, note)
        for warning in result.warnings:
            if warning not in scene.warnings:
                self.warn(feedback, warning)
        feedback.pushInfo(self.tr("Precision: {} ({})").format(result.precision, result.model_path))
        feedback.pushInfo(self.tr("Execution provider: {}").format(result.provider))
        if result.threads:
            feedback.pushInfo(self.tr("CPU: {} network calls at once, {} onnxruntime thread(s) each").format(
                result.lanes, result.threads))
        feedback.pushInfo(self.tr("Tiles: {} run, {} all-nodata skipped, of {} ({} px, overlap {}); {:.1f} s").format(
            result.tiles_run, result.tiles_skipped_nodata, result.tiles_total, result.tile_size, result.overlap,
            result.seconds))
        target = result.card.target if result.card is not None else "glacier"
        prefix = "lake" if target == "lake" else "glacier"
        target_label = self.tr(TARGET_LABELS.get(target, target.capitalize()))
        # the layer names say the method: "Glacier mask (U-Net glacier_unet)"
        method = "{} {}".format(self.tr(ARCHITECTURE_LABELS.get(result.card.architecture.name,
                                                                result.card.architecture.name))
                                if result.card is not None else "", os.path.splitext(os.path.basename(model))[0])
        self.style_output(context, outputs[self.OUTPUT_PROBABILITY], f"{prefix}_probability.qml",
                          self.tr("{} probability ({})").format(target_label, method.strip()))
        self.style_output(context, outputs[self.OUTPUT_MASK], f"{prefix}_mask.qml",
                          self.tr("{} mask ({})").format(target_label, method.strip()))
        self.style_output(context, outputs[self.OUTPUT_CONFIDENCE], "confidence.qml", self.tr("Confidence"))
        results = {k: v for k, v in outputs.items() if v}
        results.update({self.EXECUTION_PROVIDER: result.provider, self.TILES_RUN: result.tiles_run,
                        self.TILES_SKIPPED: result.tiles_skipped_nodata})
        return results
