"""glaciermapper:newlabellayer — an editable GeoPackage label layer, empty or seeded from outlines."""
from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsEditorWidgetSetup,
    QgsFillSymbol,
    QgsProcessing,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsRendererCategory,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QColor

from ..core.training.label_layer import CLASS_FIELD, TARGET_CHOICES, create_label_layer
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

# The labels of TARGET_CHOICES, for the translation tools.
CHOICE_LABELS = (QT_TRANSLATE_NOOP("NewLabelLayerAlgorithm", "Glacier"),
                 QT_TRANSLATE_NOOP("NewLabelLayerAlgorithm", "Glacial lake"))


def style_label_layer(path, layer_name, classes):
    """A class drop-down (value map) and one colour per class, saved in the GeoPackage as its default style."""
    layer = QgsVectorLayer(f"{path}|layername={layer_name}", layer_name, "ogr")
    index = layer.fields().indexFromName(CLASS_FIELD)
    layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup(
        "ValueMap", {"map": [{c["name"]: c["value"]} for c in classes]}))
    categories = []
    for item in classes:
        color = QColor(item.get("color") or "#ff7f00")
        background = item["value"] == 0
        symbol = QgsFillSymbol.createSimple({
            "color": "255,255,255,0" if background else f"{color.red()},{color.green()},{color.blue()},110",
            "outline_color": "#d7301f" if background else color.darker(160).name(),
            "outline_width": "0.6", "outline_style": "dash" if background else "solid"})
        categories.append(QgsRendererCategory(item["value"], symbol, item["name"]))
    layer.setRenderer(QgsCategorizedSymbolRenderer(CLASS_FIELD, categories))
    layer.saveStyleToDatabase("glaciermapper", "Label classes", True, "")
    return layer


class LabelLayerPostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Processing loads outputs without their default style: apply the one stored in the GeoPackage (the
    categorized classes and the drop-down) and the layer's own name."""

    _alive = []  # QGIS holds only a C++ pointer: keep the Python object alive until it has run

    def __init__(self, name):
        super().__init__()
        self.name = name
        LabelLayerPostProcessor._alive.append(self)

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            message, ok = layer.loadDefaultStyle()
            if not ok:
                feedback.pushInfo(QCoreApplication.translate("NewLabelLayerAlgorithm", "Style not applied: {}").format(
                    message))
            layer.setName(self.name)
            layer.triggerRepaint()
        LabelLayerPostProcessor._alive.remove(self)


class NewLabelLayerAlgorithm(GlacierMapperAlgorithm):
    CRS = "CRS"
    TARGET = "TARGET"
    SEED = "SEED"
    SEED_CLASS_FIELD = "SEED_CLASS_FIELD"
    LAYER_NAME = "LAYER_NAME"
    OUTPUT = "OUTPUT"
    FEATURES = "FEATURES"
    group_id = "training"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Training")

    def name(self):
        return "newlabellayer"

    def displayName(self):
        return self.tr("New label layer")

    def shortHelpString(self):
        return self.tr(
            "Creates an editable GeoPackage polygon layer to digitize training labels or corrections in: a 'class' "
            "field with a drop-down of the classes (0 background, 1 glacier or lake), 'note', 'source' and "
            "'created'. The style and the drop-down are stored in the GeoPackage, so they come back whenever the "
            "layer is opened.\n\n"
            "Start empty, or seed it with outlines the plugin produced (for example from 'Outlines' of a model's "
            "mask), then edit the mistakes and feed the layer to 'Export training chips' as labels or corrections.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(self.TARGET, self.tr("Target"),
                                                     options=enum_options(TARGET_CHOICES, self.tr),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterFeatureSource(
            self.SEED, self.tr("Seed outlines (optional)"), [QgsProcessing.TypeVectorPolygon], optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.SEED_CLASS_FIELD, self.tr("Seed class field (class name or number)"),
            parentLayerParameterName=self.SEED, optional=True))
        crs = QgsProcessingParameterCrs(self.CRS, self.tr("CRS (default: the seed outlines' CRS)"), optional=True)
        crs.setHelp(self.tr("Use the CRS of the imagery you will label."))
        self.addParameter(crs)
        self.addParameter(QgsProcessingParameterString(self.LAYER_NAME, self.tr("Layer name"), defaultValue="labels"))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT, self.tr("Label layer"), QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.FEATURES, self.tr("Polygons")))

    def processAlgorithm(self, parameters, context, feedback):
        seed, seed_layer = self.vector_path(parameters, self.SEED, context, feedback)
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not seed:
            raise self.error(self.tr("Give the CRS of the imagery you will label, or seed outlines to take it from."))
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        if not output.lower().endswith(".gpkg"):
            raise self.error(self.tr("The label layer must be a GeoPackage: give a file name ending in .gpkg."))
        layer_name = self.parameterAsString(parameters, self.LAYER_NAME, context)
        result = self.run_core(
            create_label_layer, output, crs=crs.toWkt() if crs.isValid() else None, layer_name=layer_name,
            target=enum_key(self, parameters, self.TARGET, context, TARGET_CHOICES), seed_path=seed,
            seed_layer=seed_layer,
            seed_class_field=self.parameterAsString(parameters, self.SEED_CLASS_FIELD, context) or None,
            overwrite=True)
        for warning in result.warnings:
            self.warn(feedback, warning)
        style_label_layer(result.path, result.layer_name, result.classes)
        feedback.pushInfo(self.tr("Label layer {} with {} polygon(s)").format(result.path, result.features))
        if context.willLoadLayerOnCompletion(output):
            details = context.layerToLoadOnCompletionDetails(output)
            details.name = result.layer_name
            details.setPostProcessor(LabelLayerPostProcessor(result.layer_name))
        return {self.OUTPUT: result.path, self.FEATURES: result.features}
