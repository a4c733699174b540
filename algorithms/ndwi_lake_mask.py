"""glaciermapper:ndwilakemask — water and glacial-lake mask by NDWI or MNDWI threshold."""
import math

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.choices import choice_index
from ..core.provenance import provenance
from ..core.spectral.lake_mask import LAKE_INDEX_CHOICES, LakeMaskOptions, ndwi_lake_mask
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options
from .terrain_parameters import add_terrain_parameters, terrain_flags


class NdwiLakeMaskAlgorithm(GlacierMapperAlgorithm):
    INDEX = "INDEX"
    THRESHOLD = "THRESHOLD"
    AUTO_THRESHOLD = "AUTO_THRESHOLD"
    EXCLUDE_SNOW_ICE = "EXCLUDE_SNOW_ICE"
    EXCLUDE_SHADOW = "EXCLUDE_SHADOW"
    SHADOW_MASK = "SHADOW_MASK"
    SHADOW_VALUE = "SHADOW_VALUE"
    MIN_LAKE_AREA = "MIN_LAKE_AREA"
    OUTPUT_MASK = "OUTPUT_MASK"
    OUTPUT_INDEX = "OUTPUT_INDEX"
    THRESHOLD_USED = "THRESHOLD_USED"
    LAKE_PIXELS = "LAKE_PIXELS"
    group_id = "mapping"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Threshold mapping")

    def name(self):
        return "ndwilakemask"

    def displayName(self):
        return self.tr("Lake mask (NDWI / MNDWI threshold)")

    def shortHelpString(self):
        return self.tr(
            "Maps open water and glacial lakes by thresholding NDWI (McFeeters: (Green - NIR) / (Green + NIR)) or "
            "MNDWI ((Green - SWIR1) / (Green + SWIR1)), the traditional baseline that the attention U-Net of the "
            "founding lake paper improves on.\n\n"
            "Threshold: fixed, or automatic by Otsu's method on the index histogram (reported in the log and "
            "outputs). The default, MNDWI 0.2, keeps turbid glacial-flour water, which NDWI thresholds of 0.3 lose. "
            "Snow and ice also have high NDWI/MNDWI, and dark shadowed slopes are confused with water: "
            "both are excluded by default (pixels bright in blue and green, or much brighter in the NIR than in "
            "SWIR1, are snow or ice; turbid water is neither; pixels darker than any water in green are shadow), "
            "and an optional shadow mask raster can be given. With a DEM (any grid; resampled onto the "
            "scene's), water-like pixels on slopes steeper than the maximum lake slope, and in cast shadow or "
            "self-shadow for the sun position of the scene's metadata (or the one given), are not lakes. "
            "Lakes smaller than the minimum area are removed.\n\n"
            "Output mask: 1 water, 0 not water, 255 nodata.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Multispectral raster")))
        index = QgsProcessingParameterEnum(self.INDEX, self.tr("Index"), options=enum_options(LAKE_INDEX_CHOICES),
                                           defaultValue=choice_index(LAKE_INDEX_CHOICES, LakeMaskOptions.index))
        index.setHelp(self.tr("NDWI uses green and NIR; MNDWI uses green and SWIR1 and suppresses built-up and "
                              "rock better, but snow has a high MNDWI too."))
        self.addParameter(index)
        self.add_sensor_parameters(("green", "nir", "swir1", "blue"))
        threshold = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("Index threshold"),
                                                 QgsProcessingParameterNumber.Double,
                                                 defaultValue=LakeMaskOptions.threshold)
        threshold.setHelp(self.tr("Pixels with the index above this value are water; between -1 and 1."))
        self.addParameter(threshold)
        self.addParameter(QgsProcessingParameterBoolean(self.AUTO_THRESHOLD, self.tr("Automatic threshold (Otsu)"),
                                                        defaultValue=False))
        snow = QgsProcessingParameterBoolean(self.EXCLUDE_SNOW_ICE, self.tr("Exclude snow and ice"), defaultValue=True)
        snow.setHelp(self.tr("Snow and ice are bright in blue and green and reflect far more NIR than SWIR1; "
                             "water, even turbid with glacial flour, is neither."))
        self.addParameter(snow)
        shadow = QgsProcessingParameterBoolean(self.EXCLUDE_SHADOW, self.tr("Exclude shadows"), defaultValue=True)
        shadow.setHelp(self.tr("Cast shadows are dark like water; exclude dark pixels whose spectrum is not "
                               "water-like, and the pixels of the shadow mask below if given."))
        self.addParameter(shadow)
        mask = QgsProcessingParameterRasterLayer(self.SHADOW_MASK, self.tr("Shadow mask"), optional=True)
        mask.setHelp(self.tr("Optional raster on the same grid, for example cast shadows from a DEM and the sun "
                             "position."))
        self.addParameter(mask)
        value = QgsProcessingParameterNumber(self.SHADOW_VALUE, self.tr("Value of shadow pixels in the shadow mask"),
                                             QgsProcessingParameterNumber.Integer,
                                             defaultValue=LakeMaskOptions.shadow_value)
        value.setHelp(self.tr("1 in most masks; some tools write 0 for shadow and 1 for sunlit."))
        self.addParameter(value)
        add_terrain_parameters(self, lakes=True)
        area = QgsProcessingParameterNumber(self.MIN_LAKE_AREA, self.tr("Minimum lake area (m²)"),
                                            QgsProcessingParameterNumber.Double, defaultValue=0.0, minValue=0.0)
        area.setHelp(self.tr("Water patches smaller than this are removed. Glacial lake inventories often use "
                             "0.0081 km² (9 Landsat pixels)."))
        self.addParameter(area)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_MASK, self.tr("Lake mask")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_INDEX, self.tr("Water index"),
                                                                  optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.THRESHOLD_USED, self.tr("Threshold used")))
        self.addOutput(QgsProcessingOutputNumber(self.LAKE_PIXELS, self.tr("Water pixels")))

    def checkParameterValues(self, parameters, context):
        problem = self.threshold_problem(parameters, context, "NDWI/MNDWI", LakeMaskOptions.threshold)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        index = enum_key(self, parameters, self.INDEX, context, LAKE_INDEX_CHOICES)
        exclude_snow_ice = self.parameterAsBool(parameters, self.EXCLUDE_SNOW_ICE, context)
        exclude_shadow = self.parameterAsBool(parameters, self.EXCLUDE_SHADOW, context)
        roles = ("green", "nir" if index == "ndwi" else "swir1")
        roles += ("blue", "nir", "swir1") if exclude_snow_ice else ()
        scene = self.read_scene(parameters, context, feedback, roles)
        shadow_layer = self.parameterAsRasterLayer(parameters, self.SHADOW_MASK, context)
        min_area = self.parameterAsDouble(parameters, self.MIN_LAKE_AREA, context)
        dx, dy = scene.pixel_size_m
        min_pixels = math.ceil(min_area / (dx * dy)) if min_area > 0 else 0
        terrain = terrain_flags(self, parameters, context, feedback, scene, lakes=True)
        options = LakeMaskOptions(
            terrain_mask_path=terrain,
            index=index,
            threshold=None if self.parameterAsBool(parameters, self.AUTO_THRESHOLD, context)
            else self.parameterAsDouble(parameters, self.THRESHOLD, context),
            exclude_snow_ice=exclude_snow_ice,
            exclude_shadow=exclude_shadow,
            shadow_mask_path=shadow_layer.source() if shadow_layer is not None else None,
            shadow_value=self.parameterAsInt(parameters, self.SHADOW_VALUE, context),
            min_lake_pixels=min_pixels)
        out_mask = self.parameterAsOutputLayer(parameters, self.OUTPUT_MASK, context)
        out_index = self.parameterAsOutputLayer(parameters, self.OUTPUT_INDEX, context) or None
        metadata = provenance(self.id(), {"input": scene.path}, self.provenance_parameters(parameters, context))
        result = self.run_core(ndwi_lake_mask, scene, out_mask, out_index, options=options, metadata=metadata,
                               **self.callbacks(feedback))
        for warning in result.warnings:
            if warning not in scene.warnings:  # those were logged with the scene
                self.warn(feedback, warning)
        feedback.pushInfo(self.tr("{} threshold used: {:.4f} ({}); minimum lake size {} pixels").format(
            options.index.upper(), result.threshold,
            self.tr("automatic, Otsu") if result.automatic else self.tr("fixed"), min_pixels))
        feedback.pushInfo(self.tr("Water pixels: {} of {} valid; nodata pixels: {}").format(
            result.target_pixels, result.valid_pixels, result.nodata_pixels))
        for reason, count in result.excluded.items():
            feedback.pushInfo(self.tr("Excluded as {}: {} pixels").format(reason, count))
        self.style_output(context, out_mask, "lake_mask.qml", self.tr("Lake mask ({} ≥ {})").format(
            options.index.upper(), round(result.threshold, 3)))
        outputs = {self.OUTPUT_MASK: out_mask, self.THRESHOLD_USED: result.threshold,
                   self.LAKE_PIXELS: result.target_pixels}
        if out_index:
            self.style_output(context, out_index, f"{options.index}.qml", options.index.upper())
            outputs[self.OUTPUT_INDEX] = out_index
        return outputs
