"""glaciermapper:ndsiglaciermask — glacier mask by NDSI threshold, with water and shadow handling."""
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.choices import choice_index
from ..core.provenance import provenance
from ..core.spectral.glacier_mask import WATER_TEST_CHOICES, GlacierMaskOptions, ndsi_glacier_mask
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options
from .terrain_parameters import add_terrain_parameters, terrain_flags

# The labels of WATER_TEST_CHOICES, for the translation tools.
CHOICE_LABELS = (QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm", "No"),
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm", "By NDWI (green vs NIR)"),
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm", "By low NIR reflectance"),
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm",
                                   "By spectrum: dark in the visible, NIR not above SWIR1 (keeps turbid water out)"))


class NdsiGlacierMaskAlgorithm(GlacierMapperAlgorithm):
    THRESHOLD = "THRESHOLD"
    AUTO_THRESHOLD = "AUTO_THRESHOLD"
    WATER_TEST = "WATER_TEST"
    NDWI_THRESHOLD = "NDWI_THRESHOLD"
    NIR_MAX = "NIR_MAX"
    MIN_GREEN = "MIN_GREEN"
    MEDIAN_FILTER = "MEDIAN_FILTER"
    MIN_PATCH_PIXELS = "MIN_PATCH_PIXELS"
    OUTPUT_MASK = "OUTPUT_MASK"
    OUTPUT_NDSI = "OUTPUT_NDSI"
    THRESHOLD_USED = "THRESHOLD_USED"
    GLACIER_PIXELS = "GLACIER_PIXELS"
    GLACIER_PIXELS_IN_SHADOW = "GLACIER_PIXELS_IN_SHADOW"
    group_id = "mapping"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Threshold mapping")

    def name(self):
        return "ndsiglaciermask"

    def displayName(self):
        return self.tr("Glacier mask (NDSI threshold)")

    def shortHelpString(self):
        return self.tr(
            "Maps glaciers by thresholding the Normalised Difference Snow Index, "
            "NDSI = (Green - SWIR1) / (Green + SWIR1), computed from surface reflectance.\n\n"
            "Threshold: the founding glacier paper swept NDSI thresholds from 0.0 to 0.7 in steps of 0.1 on "
            "Landsat 8 and found its best map at 0.1 on its scene; 0.4 is the common default in the literature. "
            "The best value depends on the scene: choose 'Automatic' to use Otsu's method on the histogram of "
            "valid NDSI values (bimodal over glaciated terrain); the value chosen is written to the log, the "
            "THRESHOLD_USED output and the mask's metadata. Use the accuracy assessment's threshold sweep to "
            "choose one with evidence.\n\n"
            "Known failures of NDSI alone: water bodies have a high NDSI and are mapped as glacier (the default "
            "water exclusion, by spectrum, removes clear and turbid water); shadowed ice is partly missed; "
            "debris-covered ice is missed: rock debris on the ice has the NDSI of rock, a limitation no NDSI "
            "threshold overcomes (map it with a DEM, thermal or the segmentation models); clouds confuse it.\n\n"
            "With a DEM and the sun position (from the scene's metadata or given), glacier pixels in cast shadow "
            "or self-shadow are kept but counted (GLACIER_PIXELS_IN_SHADOW): shadowed ice is where NDSI is least "
            "reliable.\n\n"
            "Output mask: 1 glacier, 0 not glacier, 255 nodata (any band nodata).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Multispectral raster")))
        self.add_sensor_parameters(("green", "swir1", "nir", "blue"))
        threshold = QgsProcessingParameterNumber(self.THRESHOLD, self.tr("NDSI threshold"),
                                                 QgsProcessingParameterNumber.Double, defaultValue=0.4)
        threshold.setHelp(self.tr("Pixels with NDSI above this value are glacier; between -1 and 1."))
        self.addParameter(threshold)
        auto = QgsProcessingParameterBoolean(self.AUTO_THRESHOLD, self.tr("Automatic threshold (Otsu)"),
                                             defaultValue=False)
        auto.setHelp(self.tr("Ignore the threshold above and choose it with Otsu's method on the NDSI histogram."))
        self.addParameter(auto)
        water = QgsProcessingParameterEnum(
            self.WATER_TEST, self.tr("Exclude water"),
            options=enum_options(WATER_TEST_CHOICES, self.tr),
            defaultValue=choice_index(WATER_TEST_CHOICES, GlacierMaskOptions.water_test))
        water.setHelp(self.tr("NDSI alone marks lakes as glacier. By spectrum (default): water is neither bright "
                              "in blue and green (above 0.18) nor much brighter in the NIR than in SWIR1, as snow "
                              "and ice are; this also removes turbid, glacial-flour water. By NDWI or by low NIR: "
                              "the older tests, which keep turbid water (NIR 0.07 and more) as glacier."))
        self.addParameter(water)
        for key, label, default, help_text in (
                (self.NDWI_THRESHOLD,
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm", "NDWI above which a pixel is water"),
                 GlacierMaskOptions.ndwi_threshold,
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm",
                                   "Used when water is excluded by NDWI. Clean ice can reach NDWI 0.3-0.4, so lower "
                                   "values remove ice too.")),
                (self.NIR_MAX,
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm", "NIR reflectance below which a pixel is water"),
                 GlacierMaskOptions.nir_max,
                 QT_TRANSLATE_NOOP("NdsiGlacierMaskAlgorithm",
                                   "Used when water is excluded by NIR reflectance: water absorbs the near "
                                   "infrared, snow and ice reflect it; turbid water reflects it too."))):
            number = QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Double,
                                                  defaultValue=default)
            number.setHelp(self.tr(help_text))
            number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(number)
        green = QgsProcessingParameterNumber(self.MIN_GREEN, self.tr("Minimum green reflectance (shadow/dark pixels)"),
                                             QgsProcessingParameterNumber.Double, optional=True, minValue=0)
        green.setHelp(self.tr("Optional: pixels darker than this in green are not glacier (deep shadow, dark "
                              "surfaces with a noisy NDSI). Empty: no test."))
        self.addParameter(green)
        add_terrain_parameters(self, lakes=False)
        median = QgsProcessingParameterBoolean(self.MEDIAN_FILTER, self.tr("3x3 median filter"), defaultValue=False)
        median.setHelp(self.tr("Smooths salt-and-pepper noise of the mask."))
        self.addParameter(median)
        patches = QgsProcessingParameterNumber(self.MIN_PATCH_PIXELS, self.tr("Remove patches smaller than (pixels)"),
                                               QgsProcessingParameterNumber.Integer, defaultValue=0, minValue=0)
        patches.setHelp(self.tr("Glacier patches with fewer connected pixels are removed (0: keep all)."))
        self.addParameter(patches)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_MASK, self.tr("Glacier mask")))
        ndsi = QgsProcessingParameterRasterDestination(self.OUTPUT_NDSI, self.tr("NDSI"), optional=True,
                                                       createByDefault=False)
        self.addParameter(ndsi)
        self.addOutput(QgsProcessingOutputNumber(self.THRESHOLD_USED, self.tr("Threshold used")))
        self.addOutput(QgsProcessingOutputNumber(self.GLACIER_PIXELS, self.tr("Glacier pixels")))
        self.addOutput(QgsProcessingOutputNumber(self.GLACIER_PIXELS_IN_SHADOW,
                                                 self.tr("Glacier pixels in DEM shadow (with a DEM)")))

    def checkParameterValues(self, parameters, context):
        problem = self.threshold_problem(parameters, context, "NDSI", 0.4)
        if problem:
            return False, problem
        return super().checkParameterValues(parameters, context)

    def processAlgorithm(self, parameters, context, feedback):
        water_test = enum_key(self, parameters, self.WATER_TEST, context, WATER_TEST_CHOICES)
        roles = ("green", "swir1") + {"none": (), "ndwi": ("nir",), "nir": ("nir",),
                                      "spectral": ("nir", "blue")}[water_test]
        scene = self.read_scene(parameters, context, feedback, roles)
        min_green = parameters.get(self.MIN_GREEN)
        terrain = terrain_flags(self, parameters, context, feedback, scene, lakes=False)
        options = GlacierMaskOptions(
            terrain_mask_path=terrain,
            threshold=None if self.parameterAsBool(parameters, self.AUTO_THRESHOLD, context)
            else self.parameterAsDouble(parameters, self.THRESHOLD, context),
            water_test=water_test,
            ndwi_threshold=self.parameterAsDouble(parameters, self.NDWI_THRESHOLD, context),
            nir_max=self.parameterAsDouble(parameters, self.NIR_MAX, context),
            min_green=None if min_green in (None, "") else self.parameterAsDouble(parameters, self.MIN_GREEN, context),
            median_filter=self.parameterAsBool(parameters, self.MEDIAN_FILTER, context),
            min_patch_pixels=self.parameterAsInt(parameters, self.MIN_PATCH_PIXELS, context))
        out_mask = self.parameterAsOutputLayer(parameters, self.OUTPUT_MASK, context)
        out_ndsi = self.parameterAsOutputLayer(parameters, self.OUTPUT_NDSI, context) or None
        metadata = provenance(self.id(), {"input": scene.path}, self.provenance_parameters(parameters, context))
        result = self.run_core(ndsi_glacier_mask, scene, out_mask, out_ndsi, options=options, metadata=metadata,
                               **self.callbacks(feedback))
        for warning in result.warnings:
            if warning not in scene.warnings:  # those were logged with the scene
                self.warn(feedback, warning)
        feedback.pushInfo(self.tr("NDSI threshold used: {:.4f} ({})").format(
            result.threshold, self.tr("automatic, Otsu") if result.automatic else self.tr("fixed")))
        feedback.pushInfo(self.tr("Glacier pixels: {} of {} valid ({:.2%}); nodata pixels: {}").format(
            result.target_pixels, result.valid_pixels, result.target_pixels / max(result.valid_pixels, 1),
            result.nodata_pixels))
        for reason, count in result.excluded.items():
            feedback.pushInfo(self.tr("Excluded as {}: {} pixels").format(reason, count))
        in_shadow = result.flagged.get("terrain_shadow")
        if in_shadow is not None:
            feedback.pushInfo(self.tr("Glacier pixels in DEM cast or self-shadow (kept, NDSI less reliable): "
                                      "{}").format(in_shadow))
        self.style_output(context, out_mask, "glacier_mask.qml",
                          self.tr("Glacier mask (NDSI ≥ {})").format(round(result.threshold, 3)))
        outputs = {self.OUTPUT_MASK: out_mask, self.THRESHOLD_USED: result.threshold,
                   self.GLACIER_PIXELS: result.target_pixels, self.GLACIER_PIXELS_IN_SHADOW: in_shadow}
        if out_ndsi:
            self.style_output(context, out_ndsi, "ndsi.qml", "NDSI")
            outputs[self.OUTPUT_NDSI] = out_ndsi
        return outputs
