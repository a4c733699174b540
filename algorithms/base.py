"""What every Glacier Mapper algorithm shares: sensor and band parameters, callbacks, errors, styled outputs."""
import json
import os

from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingParameterBand,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from qgis.PyQt.QtGui import QIcon

from ..core.choices import choice_key
from ..core.errors import Cancelled, GlacierMapperError
from ..core.optional import missing_packages, package_names
from ..core.paths import ICON, STYLES_DIR
from ..core.sensors.bands import AUTO_SENSOR, ROLE_LABELS, ROLES, SENSOR_INPUT_CHOICES
from ..core.sensors.mtl import mtl_scene_check
from ..core.sensors.scaling import SCALING_CHOICES
from ..core.sensors.scene import Scene

# Labels of the core band table, sensors and scaling presets, listed so that the translation tools find them
# (core/ knows nothing of Qt); a test checks that every label of core.sensors.bands is here.
CORE_LABELS = (
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Coastal"), QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Blue"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Green"), QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Red"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "NIR"), QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "SWIR1"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "SWIR2"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Landsat 8/9 OLI"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Landsat 4/5 TM"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Landsat 7 ETM+"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Sentinel-2 MSI"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Custom"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "HLS (x 1e-4)"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Sentinel-2 L2A/L1C (x 1e-4)"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Sentinel-2 baseline >= 04.00 ((x - 1000) x 1e-4)"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Landsat Level-1 TOA from MTL file"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "None (already reflectance)"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "From the raster (metadata), else the sensor preset"),
    QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "From the raster (metadata, band names), else Landsat 8/9 OLI"),
)


def tr(context, text):
    return QCoreApplication.translate(context, text)


def localized(message):
    """A core message in the user's language: its template translated (context GlacierMapperCore), then
    formatted with its fields, which are translated the same way where they are messages too. Any other
    value is returned unchanged."""
    template = getattr(message, "template", None)
    if template is None or not isinstance(message, str):
        return message
    text = QCoreApplication.translate(message.context, template)
    if message.fields is None:
        return text
    fields = {name: localized(value) for name, value in message.fields.items()}
    try:
        return text.format(**fields)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return template.format(**fields)


def error_message(error):
    """The message an engine error was raised with (a translatable core message where it is one)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        return error.args[0]
    return str(error)


def shared_label(text):
    """A label of the core tables, a group name or a shared parameter's text, in the user's language."""
    return QCoreApplication.translate("GlacierMapperAlgorithm", text)


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies a QML style and a name to an output once QGIS has loaded it into the project."""

    _alive = []  # QGIS holds only a C++ pointer: keep the Python object alive until it has run

    def __init__(self, qml_path, name=None):
        super().__init__()
        self.qml_path = qml_path
        self.name = name
        StylePostProcessor._alive.append(self)

    def postProcessLayer(self, layer, context, feedback):
        if layer is not None and layer.isValid():
            message, ok = layer.loadNamedStyle(self.qml_path)
            if not ok:
                feedback.pushInfo(QCoreApplication.translate("GlacierMapperAlgorithm", "Style not applied: {}").format(
                    message))
            if self.name:
                layer.setName(self.name)
            layer.triggerRepaint()
        StylePostProcessor._alive.remove(self)


class GlacierMapperAlgorithm(QgsProcessingAlgorithm):
    """Base of the toolbox algorithms: thin wrappers that read parameters and call one core function."""

    INPUT = "INPUT"
    SENSOR = "SENSOR"
    SCALING = "SCALING"
    SCALE = "SCALE"
    OFFSET = "OFFSET"
    MTL_FILE = "MTL_FILE"
    BAND_PREFIX = "BAND_"
    requires = ()  # optional Python packages this algorithm cannot run without

    def canExecute(self):
        missing = missing_packages(*self.requires)
        if missing:
            # plain text: QGIS shows it as HTML
            return False, QCoreApplication.translate(
                "GlacierMapperAlgorithm", "This algorithm needs the Python package(s) {} in QGIS's Python. Run "
                "Glacier Mapper › Set-up › Install dependencies (glaciermapper:installdependencies) once, then run "
                "this algorithm again.").format(package_names(missing))
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):
        # processing.run and qgis_process do not ask canExecute: refuse here with the same explanation
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        self.refuse_outputs_over_inputs(parameters, context)
        return True

    def refuse_outputs_over_inputs(self, parameters, context):
        """Refuse, before any work, a run whose output would replace an input or another output."""
        from .output_guard import output_problem
        problem = output_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)

    def tr(self, text):
        return tr(type(self).__name__, text)

    def createInstance(self):
        return type(self)()

    def groupId(self):
        return self.group_id

    def group(self):
        return shared_label(self.group_label)

    def icon(self):
        return QIcon(ICON)

    def helpUrl(self):
        return "https://github.com/glacier-mapper/glacier_mapper#algorithms"

    # --- parameters shared by the algorithms that read multispectral imagery -------------------------------
    def add_sensor_parameters(self, roles):
        """SENSOR, one optional band override per role, and the reflectance scaling parameters."""
        sensor = QgsProcessingParameterEnum(
            self.SENSOR, QCoreApplication.translate("GlacierMapperAlgorithm", "Sensor"),
            options=[shared_label(label) for _, label in SENSOR_INPUT_CHOICES],
            defaultValue=len(SENSOR_INPUT_CHOICES) - 1)
        sensor.setHelp(QCoreApplication.translate(
            "GlacierMapperAlgorithm",
            "Sensor that acquired the raster. It gives the band positions (Landsat 8/9 OLI: green B3, NIR B5, "
            "SWIR1 B6) and the default reflectance scaling. Bands are found from the band descriptions first "
            "(B3, B03, SR_B3, green), so a 6-band HLS stack starting at B2 maps right. The default reads the "
            "sensor from a prepared scene's metadata or the band and file names (HLS S30, Sentinel-2), else "
            "takes Landsat 8/9 OLI."))
        self.addParameter(sensor)
        for role in roles:
            band = QgsProcessingParameterBand(
                self.BAND_PREFIX + role.upper(),
                QCoreApplication.translate("GlacierMapperAlgorithm", "{} band (override)").format(
                    shared_label(ROLE_LABELS[role])),
                parentLayerParameterName=self.INPUT, optional=True)
            band.setHelp(QCoreApplication.translate(
                "GlacierMapperAlgorithm", "Leave empty to take the band from the descriptions or the sensor preset."))
            band.setFlags(band.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(band)
        scaling = QgsProcessingParameterEnum(
            self.SCALING, QCoreApplication.translate("GlacierMapperAlgorithm", "Reflectance scaling"),
            options=[shared_label(label) for _, label in SCALING_CHOICES], defaultValue=0)
        scaling.setHelp(QCoreApplication.translate(
            "GlacierMapperAlgorithm",
            "How stored values become surface reflectance. Indices need it because the offset changes the "
            "ratio: Landsat C2 L2 is DN x 2.75e-5 - 0.2, HLS and Sentinel-2 are x 1e-4, TOA reads the MTL file. "
            "The default takes the bands' scale and offset from the raster (as Prepare scene writes them), else "
            "the scaling its file names give (HLS), else the sensor's usual product; a scaling that leaves many "
            "values outside reflectance is reported with the one that fits."))
        self.addParameter(scaling)
        for key, label, help_text in (
                (self.SCALE, QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Scale factor (override)"),
                 QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Multiplies the stored values; empty: from the preset.")),
                (self.OFFSET, QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Offset (override)"),
                 QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Added after scaling; empty: from the preset."))):
            number = QgsProcessingParameterNumber(key, shared_label(label), QgsProcessingParameterNumber.Double,
                                                  optional=True)
            number.setHelp(shared_label(help_text))
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(number)
        mtl = QgsProcessingParameterFile(
            self.MTL_FILE, QCoreApplication.translate("GlacierMapperAlgorithm", "Landsat MTL file (for TOA scaling)"),
            extension="txt", optional=True)
        mtl.setHelp(QCoreApplication.translate(
            "GlacierMapperAlgorithm", "The *_MTL.txt file of a Level-1 scene, read when the scaling is TOA from MTL."))
        mtl.setFlags(mtl.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(mtl)

    def threshold_problem(self, parameters, context, index_name, example):
        """The message for a fixed index threshold outside [-1, 1], or None; checked before anything runs."""
        threshold = self.parameterAsDouble(parameters, "THRESHOLD", context)
        if self.parameterAsBool(parameters, "AUTO_THRESHOLD", context) or -1.0 <= threshold <= 1.0:
            return None
        return QCoreApplication.translate(
            "GlacierMapperAlgorithm", "The {} threshold {} is outside [-1, 1], the range of the index. Give a value "
            "such as {}, or choose the automatic threshold.").format(index_name, threshold, example)

    def input_raster_path(self, parameters, context, name=None):
        name = name or self.INPUT
        layer = self.parameterAsRasterLayer(parameters, name, context)
        if layer is None or not isinstance(layer, QgsRasterLayer) or not layer.isValid():
            raise QgsProcessingException(self.invalidRasterError(parameters, name))
        if layer.providerType() != "gdal":
            raise QgsProcessingException(QCoreApplication.translate(
                "GlacierMapperAlgorithm",
                "The input raster must be a file GDAL can read (GeoTIFF, VRT, ...), not a '{}' layer.").format(
                layer.providerType()))
        return layer.source()

    def vector_path(self, parameters, name, context, feedback):
        """(path, layer name) of a vector input that the engine can open with OGR, or (None, None).

        File layers are read in place; memory layers, selections and filtered layers are written to a
        temporary GeoPackage first.
        """
        if parameters.get(name) in (None, ""):
            return None, None
        path, layer_name = self.parameterAsCompatibleSourceLayerPathAndLayerName(
            parameters, name, context, ["gpkg", "shp", "geojson"], "gpkg", feedback)
        if not path:
            raise QgsProcessingException(self.invalidSourceError(parameters, name))
        return path, layer_name or None

    def read_scene(self, parameters, context, feedback, roles=None, sensor=None):
        """The Scene of the INPUT raster from the shared sensor, band and scaling parameters, built once per run.

        Logs which band each of ``roles`` (None: every role the raster has) is read from, the scaling, and
        every warning the scene has. ``sensor`` (a key) replaces the SENSOR parameter, e.g. with a model card's.
        """
        input_path = self.input_raster_path(parameters, context)
        sensor_key = sensor or choice_key(SENSOR_INPUT_CHOICES,
                                          self.parameterAsEnum(parameters, self.SENSOR, context)) or AUTO_SENSOR
        overrides = {}
        for role in ROLES:
            name = self.BAND_PREFIX + role.upper()
            if self.parameterDefinition(name) is not None and parameters.get(name) not in (None, "", 0):
                overrides[role] = self.parameterAsInt(parameters, name, context)
        preset = choice_key(SCALING_CHOICES, self.parameterAsEnum(parameters, self.SCALING, context))
        scale = parameters.get(self.SCALE)
        offset = parameters.get(self.OFFSET)
        scale = None if scale in (None, "") else self.parameterAsDouble(parameters, self.SCALE, context)
        offset = None if offset in (None, "") else self.parameterAsDouble(parameters, self.OFFSET, context)
        mtl = self.parameterAsFile(parameters, self.MTL_FILE, context) or None
        scene = self.run_core(Scene.from_raster, input_path, sensor_key, overrides, preset, scale, offset, mtl)
        if mtl and preset == "landsat_toa_mtl":  # the MTL of another scene would give wrong reflectance silently
            for warning in self.run_core(mtl_scene_check, mtl, input_path, scene.width, scene.height):
                self.warn(feedback, warning)
        feedback.pushInfo(QCoreApplication.translate("GlacierMapperAlgorithm", "Sensor: {}; {}").format(
            shared_label(scene.sensor.label),
            scene.describe_bands([r for r in ROLES if r in scene.role_bands] if roles is None else roles)))
        for warning in scene.warnings:
            self.warn(feedback, warning)
        implausible = self.run_core(scene.plausibility_warning)
        if implausible:
            self.warn(feedback, implausible)
        return scene

    # --- running the engine -------------------------------------------------------------------------------
    @staticmethod
    def callbacks(feedback, start=0.0, stop=100.0):
        def progress(fraction):
            feedback.setProgress(start + (stop - start) * fraction)
        return {"progress": progress, "is_cancelled": feedback.isCanceled}

    def run_core(self, function, *args, **kwargs):
        """Call an engine function; its errors become QgsProcessingException with the same message."""
        try:
            return function(*args, **kwargs)
        except Cancelled as error:
            raise QgsProcessingException(localized(error_message(error))) from None
        except GlacierMapperError as error:
            raise QgsProcessingException(localized(error_message(error))) from None

    @staticmethod
    def error(message):
        return QgsProcessingException(message)

    @staticmethod
    def warn(feedback, message):
        feedback.pushWarning(localized(message))

    def provenance_parameters(self, parameters, context):
        """The run's parameters as JSON-able values, layers by their source."""
        values = {}
        for key, value in parameters.items():
            if hasattr(value, "source"):
                value = value.source()
            try:
                json.dumps(value)
            except TypeError:
                value = str(value)
            values[key] = value
        return values

    def style_output(self, context, destination, style_name, display_name):
        """Style a raster or vector output when QGIS loads it into the project on completion."""
        if destination and context.willLoadLayerOnCompletion(destination):
            details = context.layerToLoadOnCompletionDetails(destination)
            details.setPostProcessor(StylePostProcessor(os.path.join(STYLES_DIR, style_name), display_name))


def load_styled(context, path, style_name, display_name):
    """Load an extra output (a layer the algorithm wrote besides its destinations) styled on completion."""
    from qgis.core import QgsProcessingContext
    details = QgsProcessingContext.LayerDetails(display_name, context.project(), display_name)
    details.setPostProcessor(StylePostProcessor(os.path.join(STYLES_DIR, style_name), display_name))
    context.addLayerToLoadOnCompletion(path, details)
