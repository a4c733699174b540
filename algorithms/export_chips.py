"""glaciermapper:exportchips — training chips from imagery and label polygons, with digitized corrections."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputFile,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.inference.model_card import read_card
from ..core.sensors.bands import ROLES
from ..core.training.chip_export import (
    BAND_SET_CHOICES,
    BAND_SETS,
    CHIP_SIZE_CHOICES,
    ChipOptions,
    export_chips,
    options_from_model_card,
)
from ..core.training.label_layer import CLASS_FIELD, TARGET_CHOICES
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

# The labels of BAND_SET_CHOICES and TARGET_CHOICES, for the translation tools (chip sizes are numbers).
CHOICE_LABELS = (
    QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "SWIR1, NIR, Blue (false colour 6-5-2 of the glacier paper)"),
    QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "Green, NIR, SWIR1 (bands 3-5-6 of the lake paper)"),
    QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "All reflective bands (Coastal to SWIR2)"),
    QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "As the model card says"),
    QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "Glacier"), QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "Glacial lake"),
)


class ExportChipsAlgorithm(GlacierMapperAlgorithm):
    LABELS = "LABELS"
    LABEL_FIELD = "LABEL_FIELD"
    CORRECTIONS = "CORRECTIONS"
    CORRECTIONS_FIELD = "CORRECTIONS_FIELD"
    AOI = "AOI"
    TARGET = "TARGET"
    BAND_SET = "BAND_SET"
    MODEL = "MODEL"
    ADD_NDSI = "ADD_NDSI"
    CHIP_SIZE = "CHIP_SIZE"
    STRIDE = "STRIDE"
    MIN_POSITIVE_FRACTION = "MIN_POSITIVE_FRACTION"
    VALIDATION_FRACTION = "VALIDATION_FRACTION"
    SPLIT_BLOCK = "SPLIT_BLOCK"
    SEED = "SEED"
    OUTPUT = "OUTPUT"
    MANIFEST = "MANIFEST"
    TRAIN_CHIPS = "TRAIN_CHIPS"
    VALIDATION_CHIPS = "VALIDATION_CHIPS"
    group_id = "training"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Training")

    def name(self):
        return "exportchips"

    def displayName(self):
        return self.tr("Export training chips")

    def shortHelpString(self):
        return self.tr(
            "Cuts a multispectral raster and label polygons into square chips for training a segmentation model "
            "with 'Train model'.\n\n"
            "Labels: polygons of the target (glacier or lake); with a class field, 1 marks the target and 0 "
            "background you labelled explicitly. Corrections: polygons you digitized over a model's mistakes; "
            "where a correction has a class it overrides the labels, both ways (missed glacier, false glacier). "
            "Labels in any CRS are reprojected; invalid geometries are repaired and counted.\n\n"
            "Chips with fewer target pixels than the minimum fraction are dropped to balance the classes, as the "
            "glacier paper does. The validation split is spatially blocked: whole blocks of the raster go to "
            "validation and training chips that touch them are dropped, so validation scores are honest. "
            "Nodata pixels and pixels outside the area of interest are marked 255 and left out of the loss.\n\n"
            "The output folder holds manifest.json and chips/*.npz (reflectance, optional NDSI channel, labels).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Multispectral raster")))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.LABELS, self.tr("Label polygons"), [QgsProcessing.TypeVectorPolygon]))
        # 'class', the field of the layers 'New label layer' makes: without it background polygons (class 0)
        # would count as target
        field = QgsProcessingParameterField(self.LABEL_FIELD, self.tr("Label class field (1 target, 0 background)"),
                                            defaultValue=CLASS_FIELD, parentLayerParameterName=self.LABELS,
                                            optional=True, type=QgsProcessingParameterField.Numeric)
        field.setHelp(self.tr("Default: the field 'class' where the labels have one. Empty: every polygon is the "
                              "target and everything else is background."))
        self.addParameter(field)
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.CORRECTIONS, self.tr("Corrections (digitized polygons that override the labels)"),
            [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CORRECTIONS_FIELD, self.tr("Corrections class field"), defaultValue="class",
            parentLayerParameterName=self.CORRECTIONS, optional=True, type=QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.AOI, self.tr("Area of interest"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterEnum(self.TARGET, self.tr("Target"),
                                                     options=enum_options(TARGET_CHOICES, self.tr),
                                                     defaultValue=0))
        bands = QgsProcessingParameterEnum(self.BAND_SET, self.tr("Input bands"),
                                           options=enum_options(BAND_SET_CHOICES, self.tr), defaultValue=0)
        bands.setHelp(self.tr("The bands the model will see, in order. 'As the model card says' takes bands, "
                              "derived channels, sensor and target from the model to fine-tune."))
        self.addParameter(bands)
        self.addParameter(QgsProcessingParameterFile(self.MODEL, self.tr("Model (.onnx) whose card gives the bands"),
                                                     extension="onnx", optional=True))
        self.addParameter(QgsProcessingParameterBoolean(self.ADD_NDSI, self.tr("Add NDSI as an extra channel"),
                                                        defaultValue=False))
        self.add_sensor_parameters(ROLES)
        self.addParameter(QgsProcessingParameterEnum(self.CHIP_SIZE, self.tr("Chip size (pixels)"),
                                                     options=enum_options(CHIP_SIZE_CHOICES), defaultValue=0))
        stride = QgsProcessingParameterNumber(self.STRIDE, self.tr("Stride (pixels, 0 = chip size)"),
                                              QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0)
        stride.setHelp(self.tr("Smaller than the chip size gives overlapping chips (the lake paper: 128 for 256)."))
        self.addParameter(stride)
        self.addParameter(QgsProcessingParameterNumber(
            self.MIN_POSITIVE_FRACTION, self.tr("Minimum target fraction per chip"),
            QgsProcessingParameterNumber.Double, defaultValue=0.05, minValue=0.0, maxValue=1.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.VALIDATION_FRACTION, self.tr("Validation fraction"), QgsProcessingParameterNumber.Double,
            defaultValue=0.2, minValue=0.0, maxValue=0.9))
        for key, label, default in (
                (self.SPLIT_BLOCK,
                 QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "Split block size (pixels, 0 = 4 x chip size)"), 0),
                (self.SEED, QT_TRANSLATE_NOOP("ExportChipsAlgorithm", "Random seed"), 0)):
            number = QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Integer,
                                                  defaultValue=default, minValue=0)
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(number)
        self.addParameter(QgsProcessingParameterFolderDestination(self.OUTPUT, self.tr("Chip folder")))
        self.addOutput(QgsProcessingOutputFile(self.MANIFEST, self.tr("Manifest")))
        self.addOutput(QgsProcessingOutputNumber(self.TRAIN_CHIPS, self.tr("Training chips")))
        self.addOutput(QgsProcessingOutputNumber(self.VALIDATION_CHIPS, self.tr("Validation chips")))

    def label_class_field(self, parameters, context, feedback):
        """The chosen class field; the default 'class' only where the labels have it as a number (Outlines'
        text field 'class' names the class); a warning when none."""
        name = self.parameterAsString(parameters, self.LABEL_FIELD, context)
        source = self.parameterAsSource(parameters, self.LABELS, context)
        if name == CLASS_FIELD and source is not None:
            index = source.fields().indexOf(name)
            if index < 0 or not source.fields().at(index).isNumeric():
                name = ""
        if not name:
            self.warn(feedback, self.tr("No label class field: every label polygon counts as the target, "
                                        "background polygons (class 0) included. Choose the class field if the "
                                        "labels have one."))
        return name or None

    def processAlgorithm(self, parameters, context, feedback):
        labels, labels_layer = self.vector_path(parameters, self.LABELS, context, feedback)
        corrections, corrections_layer = self.vector_path(parameters, self.CORRECTIONS, context, feedback)
        aoi, aoi_layer = self.vector_path(parameters, self.AOI, context, feedback)
        stride = self.parameterAsInt(parameters, self.STRIDE, context)
        band_set = BAND_SETS[enum_key(self, parameters, self.BAND_SET, context, BAND_SET_CHOICES)]
        options = ChipOptions(
            chip_size=enum_key(self, parameters, self.CHIP_SIZE, context, CHIP_SIZE_CHOICES),
            stride=stride or None,
            bands=band_set or ChipOptions.bands,
            derived=("NDSI",) if self.parameterAsBool(parameters, self.ADD_NDSI, context) else (),
            min_positive_fraction=self.parameterAsDouble(parameters, self.MIN_POSITIVE_FRACTION, context),
            validation_fraction=self.parameterAsDouble(parameters, self.VALIDATION_FRACTION, context),
            split_block_px=self.parameterAsInt(parameters, self.SPLIT_BLOCK, context) or None,
            seed=self.parameterAsInt(parameters, self.SEED, context),
            target=enum_key(self, parameters, self.TARGET, context, TARGET_CHOICES),
            class_field=self.label_class_field(parameters, context, feedback))
        sensor = None
        if band_set is None:
            model = self.parameterAsFile(parameters, self.MODEL, context)
            if not model:
                raise self.error(self.tr(
                    "'As the model card says' needs the model (.onnx) whose card gives the bands."))
            options = self.run_core(options_from_model_card, model, options)
            sensor = self.run_core(read_card, model).sensor  # the bands the model was trained on
            feedback.pushInfo(self.tr("Bands from the model card: {}").format(
                ", ".join(options.bands + options.derived)))
        scene = self.read_scene(parameters, context, feedback, sensor=sensor)
        output = self.parameterAsString(parameters, self.OUTPUT, context)
        result = self.run_core(
            export_chips, scene, labels, output, labels_layer=labels_layer, corrections_path=corrections,
            corrections_layer=corrections_layer,
            corrections_field=self.parameterAsString(parameters, self.CORRECTIONS_FIELD, context) or None,
            aoi_path=aoi, aoi_layer=aoi_layer, options=options, **self.callbacks(feedback))
        for warning in result.warnings:
            if warning not in scene.warnings:  # those were logged with the scene
                self.warn(feedback, warning)
        feedback.pushInfo(self.tr(
            "{} training and {} validation chips; dropped: {} with too little target, {} mostly nodata; "
            "target fraction {:.1%}; corrected pixels {}").format(
            result.train, result.val, result.dropped_low_positive, result.dropped_nodata, result.positive_fraction,
            result.corrected_pixels))
        if result.val == 0 and options.validation_fraction > 0:
            self.warn(feedback, self.tr(
                "No validation chips: {}-px chips on this {} x {} raster give {} chip(s). 'Train model' would have "
                "no validation score to choose the best epoch by: use a smaller chip size or stride, or a larger "
                "raster.").format(options.chip_size, scene.width, scene.height, result.train + result.val))
        return {self.OUTPUT: result.folder, self.MANIFEST: result.manifest_path, self.TRAIN_CHIPS: result.train,
                self.VALIDATION_CHIPS: result.val}
