"""glaciermapper:preparescene — one multiband raster (a VRT over the files, or a GeoTIFF) from a product."""
import os

from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterDestination,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.sensors.products.prepare import FORMAT_CHOICES, RESAMPLING_CHOICES, acquisition_text, prepare_product
from ..core.sensors.products.qa import QA_MASK_CHOICES
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

RESOLUTION_CHOICES = ((20, "20 m"), (10, "10 m"), (60, "60 m"))
# The labels of the choice lists, for the translation tools.
CHOICE_LABELS = (QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Average"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Bilinear"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Cubic"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Nearest neighbour"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "VRT over the product's files"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "GeoTIFF (a copy)"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Cloud and dilated cloud"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Cloud shadow"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Cirrus"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "Saturated or defective"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "20 m"), QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "10 m"),
                 QT_TRANSLATE_NOOP("PrepareSceneAlgorithm", "60 m"))


class PrepareSceneAlgorithm(GlacierMapperAlgorithm):
    REQUIRE_LEVEL2 = "REQUIRE_LEVEL2"
    QA_MASKS = "QA_MASKS"
    RESOLUTION = "RESOLUTION"
    RESAMPLING = "RESAMPLING"
    FORMAT = "FORMAT"
    OUTPUT = "OUTPUT"
    OUTPUT_QA = "OUTPUT_QA"
    MASKED_SHARE = "MASKED_SHARE"
    PRODUCT_ID = "PRODUCT_ID"
    SENSOR_KEY = "SENSOR_KEY"
    group_id = "mapping"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Threshold mapping")
    # the prepared scene is a VRT over the product's files or a GeoTIFF; the output check allows both
    output_extensions = {OUTPUT: (".vrt", ".tif", ".tiff")}

    def name(self):
        return "preparescene"

    def displayName(self):
        return self.tr("Prepare scene")

    def shortHelpString(self):
        return self.tr(
            "Opens a product as downloaded and writes one multiband raster that every Glacier Mapper algorithm "
            "reads with its defaults: no band numbers or reflectance scaling to set.\n\n"
            "Input: a Landsat Collection 2 folder, .tar archive or MTL file (.txt, .json, .xml; Level-2 surface "
            "reflectance or Level-1 top-of-atmosphere reflectance), a Sentinel-2 SAFE folder, .zip or "
            "MTD_MSIL2A.xml / MTD_MSIL1C.xml, a Sentinel-2 STAC item (.json beside its band files), or a folder "
            "of HLS v2.0 band files. Archives are read in place, not extracted. The sensor comes from the product.\n\n"
            "Output: the reflective bands in the sensor's order, each described by band name and role "
            "(\"B3 green\"), with the scale and offset that give reflectance (Landsat C2 L2 x 2.75e-5 - 0.2, "
            "HLS x 1e-4, Sentinel-2 x 1e-4 with the offset of processing baseline 04.00 and later, Level-1 from "
            "the MTL and the sun elevation), nodata, and the sensor, product id, acquisition time, sun position "
            "and masked share as metadata. A VRT lies over the product's files (the product must stay where it "
            "is); a GeoTIFF is a copy. Sentinel-2 bands go onto one grid (20 m by default).\n\n"
            "Quality masks: cloud, dilated cloud, cirrus and cloud shadow of Landsat QA_PIXEL (snow and water "
            "are never masked), saturated bands of QA_RADSAT (nodata only in the saturated band), HLS Fmask, "
            "Sentinel-2 SCL (saturated or defective, cloud shadow, cloud medium and high probability, cirrus) "
            "become nodata. The optional QA mask gives the reason per pixel: 1 fill, 2 cloud, 3 cloud shadow, "
            "4 cirrus, 5 saturated or defective.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFile(
            self.INPUT, self.tr("Product (folder, archive or metadata file)"),
            behavior=QgsProcessingParameterFile.File, fileFilter=self.tr(
                "Products (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;"
                "All files (*)")))
        masks = QgsProcessingParameterEnum(self.QA_MASKS, self.tr("Quality masks"),
                                           options=enum_options(QA_MASK_CHOICES, self.tr), allowMultiple=True,
                                           defaultValue=list(range(len(QA_MASK_CHOICES))), optional=True)
        masks.setHelp(self.tr("What becomes nodata in the prepared scene, from the product's quality bands "
                              "(QA_PIXEL, QA_RADSAT, Fmask, SCL); fill is always nodata. Clear the list to keep "
                              "every pixel."))
        self.addParameter(masks)
        level2 = QgsProcessingParameterBoolean(self.REQUIRE_LEVEL2, self.tr("Require surface reflectance (Level-2)"),
                                               defaultValue=False)
        level2.setHelp(self.tr("Refuse Landsat Level-1 and Sentinel-2 L1C products (top-of-atmosphere)."))
        self.addParameter(level2)
        resolution = QgsProcessingParameterEnum(self.RESOLUTION, self.tr("Sentinel-2 grid"),
                                                options=enum_options(RESOLUTION_CHOICES, self.tr), defaultValue=0)
        resolution.setHelp(self.tr("The grid Sentinel-2 bands of other resolutions are resampled to."))
        self.addParameter(resolution)
        resampling = QgsProcessingParameterEnum(self.RESAMPLING, self.tr("Resampling (Sentinel-2)"),
                                                options=enum_options(RESAMPLING_CHOICES, self.tr), defaultValue=0)
        resampling.setHelp(self.tr("How bands of another resolution are resampled; average suits the 10 m bands "
                                   "on the 20 m grid."))
        self.addParameter(resampling)
        for parameter in (resolution, resampling):
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(QgsProcessingParameterEnum(self.FORMAT, self.tr("Output format"),
                                                     options=enum_options(FORMAT_CHOICES, self.tr), defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Prepared scene")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_QA, self.tr("QA mask (reason per pixel)"), optional=True, createByDefault=False))
        self.addOutput(QgsProcessingOutputNumber(self.MASKED_SHARE, self.tr("Masked share")))
        self.addOutput(QgsProcessingOutputString(self.PRODUCT_ID, self.tr("Product id")))
        self.addOutput(QgsProcessingOutputString(self.SENSOR_KEY, self.tr("Sensor")))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsFile(parameters, self.INPUT, context)
        output_format = enum_key(self, parameters, self.FORMAT, context, FORMAT_CHOICES)
        requested = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        out, output_format = _output_path(requested, output_format, feedback, self.tr)
        out_qa = self.parameterAsOutputLayer(parameters, self.OUTPUT_QA, context) or None
        reasons = [QA_MASK_CHOICES[i][0] for i in self.parameterAsEnums(parameters, self.QA_MASKS, context)]
        resampling = enum_key(self, parameters, self.RESAMPLING, context, RESAMPLING_CHOICES)
        result = self.run_core(
            prepare_product, source, out, self.parameterAsBool(parameters, self.REQUIRE_LEVEL2, context),
            output_format=output_format, resolution=enum_key(self, parameters, self.RESOLUTION, context,
                                                             RESOLUTION_CHOICES),
            resampling=resampling, mask_reasons=reasons, qa_mask_path=out_qa, **self.callbacks(feedback))
        self.log(feedback, result)
        if out != requested:
            self.move_layer_to_load(context, requested, out)
        outputs = {self.OUTPUT: out, self.MASKED_SHARE: result.masked_share,
                   self.PRODUCT_ID: result.product.product_id, self.SENSOR_KEY: result.product.sensor}
        if result.qa_mask_path:
            self.style_output(context, result.qa_mask_path, "qa_mask.qml", self.tr("QA mask"))
            outputs[self.OUTPUT_QA] = result.qa_mask_path
        return outputs

    def log(self, feedback, result):
        product = result.product
        feedback.pushInfo(self.tr("Product: {} ({}, sensor {}), acquired {}; sun azimuth {}, elevation {}").format(
            product.product_id, product.kind, product.sensor, acquisition_text(product.acquired),
            product.sun_azimuth, product.sun_elevation))
        feedback.pushInfo(self.tr("Bands: {}").format(", ".join(result.band_descriptions)))
        feedback.pushInfo(self.tr("Scaling: {}").format(product.scaling_label))
        if result.resampling:
            feedback.pushInfo(self.tr("Grid of band {}; other bands resampled by '{}'").format(
                result.grid_band, result.resampling))
        for warning in result.warnings:
            self.warn(feedback, warning)
        if result.masked_share is None:
            feedback.pushInfo(self.tr("Quality masks: none applied"))
        else:
            feedback.pushInfo(self.tr("Masked: {} of {} pixels with data ({:.2%}); by reason: {}").format(
                result.masked_pixels, result.data_pixels, result.masked_share,
                ", ".join(f"{k} {v}" for k, v in sorted(result.masked_by_reason.items()))))
        for band, count in result.saturated.items():
            if count:
                feedback.pushInfo(self.tr("Saturated in {}: {} pixels (nodata in that band)").format(band, count))

    @staticmethod
    def move_layer_to_load(context, requested, out):
        """The output was written under another extension (.vrt): load that file instead."""
        layers = context.layersToLoadOnCompletion()
        if requested in layers:
            details = layers.pop(requested)
            layers[out] = details
            context.setLayersToLoadOnCompletion(layers)


def _output_path(requested, output_format, feedback, tr):
    """The file to write: a named .vrt or .tif is written as such (a file the user named is the only one
    written); FORMAT decides for a temporary output, whose name QGIS makes. Returns (path, format key)."""
    stem, extension = os.path.splitext(requested)
    temporary = os.path.abspath(requested).startswith(os.path.abspath(QgsProcessingUtils.tempFolder()))
    if not temporary and extension.lower() in (".vrt", ".tif", ".tiff"):
        named = "VRT" if extension.lower() == ".vrt" else "GTiff"
        if named != output_format:
            feedback.pushInfo(tr("The output is named {}: written as {}, whatever the format chosen.").format(
                os.path.basename(requested), "VRT" if named == "VRT" else "GeoTIFF"))
        return requested, named
    return stem + (".vrt" if output_format == "VRT" else ".tif"), output_format

