"""glaciermapper:spectralindex — NDSI, NDWI (McFeeters) or MNDWI from a multiband raster."""
from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.provenance import provenance
from ..core.spectral.indices import INDEX_BANDS, INDEX_CHOICES, compute_index
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

ALL_ROLES = ("green", "nir", "swir1")


class SpectralIndexAlgorithm(GlacierMapperAlgorithm):
    INDEX = "INDEX"
    OUTPUT = "OUTPUT"
    group_id = "mapping"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Threshold mapping")

    def name(self):
        return "spectralindex"

    def displayName(self):
        return self.tr("Spectral index (NDSI, NDWI, MNDWI)")

    def shortHelpString(self):
        return self.tr(
            "Computes a normalised-difference index from a multispectral raster, block by block.\n\n"
            "NDSI = (Green - SWIR1) / (Green + SWIR1) separates snow and ice (bright in green, dark in SWIR) "
            "from rock and vegetation; its histogram over glaciated scenes is bimodal.\n"
            "NDWI (McFeeters) = (Green - NIR) / (Green + NIR) marks open water.\n"
            "MNDWI = (Green - SWIR1) / (Green + SWIR1) is numerically NDSI, used for water.\n\n"
            "Values are converted to surface reflectance first (the offset changes the ratio). Pixels that are "
            "nodata in either band, or where the denominator is zero, are nodata (-9999) in the output.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Multispectral raster")))
        index = QgsProcessingParameterEnum(self.INDEX, self.tr("Index"), options=enum_options(INDEX_CHOICES),
                                           defaultValue=0)
        index.setHelp(self.tr("NDSI for snow and glaciers, NDWI or MNDWI for water and glacial lakes."))
        self.addParameter(index)
        self.add_sensor_parameters(ALL_ROLES)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT, self.tr("Index raster")))

    def processAlgorithm(self, parameters, context, feedback):
        index = enum_key(self, parameters, self.INDEX, context, INDEX_CHOICES)
        scene = self.read_scene(parameters, context, feedback, INDEX_BANDS[index])
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        metadata = provenance(self.id(), {"input": scene.path}, self.provenance_parameters(parameters, context))
        # the scene's own warnings are logged by read_scene; the index adds none of its own
        result = self.run_core(compute_index, scene, index, output, metadata=metadata, **self.callbacks(feedback))
        feedback.pushInfo(self.tr("{}: {} valid pixels, {} nodata; range {:.3f} to {:.3f}, mean {:.3f}").format(
            index.upper(), result.valid_pixels, result.nodata_pixels, result.minimum, result.maximum, result.mean))
        self.style_output(context, output, f"{index}.qml", index.upper())
        return {self.OUTPUT: output}
