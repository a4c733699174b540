"""The optional DEM and sun-position parameters of the threshold masks, and the terrain flags they give.

The DEM is resampled onto the scene's grid on reading (core.geo.dem_grid.raster_on_grid); the flags
(core.spectral.terrain) go to a temporary raster that the mask reads block by block.
"""
from qgis.core import (
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.spectral.terrain import MAX_LAKE_SLOPE, TerrainOptions, terrain_mask
from .base import shared_label

DEM = "DEM"
SUN_AZIMUTH = "SUN_AZIMUTH"
SUN_ELEVATION = "SUN_ELEVATION"
MAX_SLOPE = "MAX_LAKE_SLOPE"


def add_terrain_parameters(algorithm, lakes):
    label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "DEM (slope and shadow tests)")
    dem = QgsProcessingParameterRasterLayer(DEM, shared_label(label), optional=True)
    dem.setHelp(shared_label(QT_TRANSLATE_NOOP(
        "GlacierMapperAlgorithm",
        "Optional elevation raster, on any grid (it is resampled onto the scene's grid). With the sun position "
        "it gives cast shadow and self-shadow; for lakes also steep slopes, which are not lakes.")))
    algorithm.addParameter(dem)
    for name, label, maximum in (
            (SUN_AZIMUTH, QT_TRANSLATE_NOOP("GlacierMapperAlgorithm",
                                            "Sun azimuth (degrees clockwise from north; empty: from the scene's "
                                            "metadata)"), 360.0),
            (SUN_ELEVATION, QT_TRANSLATE_NOOP("GlacierMapperAlgorithm",
                                              "Sun elevation (degrees; empty: from the scene's metadata)"), 90.0)):
        number = QgsProcessingParameterNumber(name, shared_label(label), QgsProcessingParameterNumber.Double,
                                              optional=True, minValue=0.0, maxValue=maximum)
        number.setFlags(number.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        algorithm.addParameter(number)
    if lakes:
        label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Maximum lake slope (degrees)")
        slope = QgsProcessingParameterNumber(MAX_SLOPE, shared_label(label),
                                             QgsProcessingParameterNumber.Double, defaultValue=MAX_LAKE_SLOPE,
                                             minValue=0.1, maxValue=90.0)
        slope.setHelp(shared_label(QT_TRANSLATE_NOOP("GlacierMapperAlgorithm",
                                                     "With a DEM: water-like pixels on steeper slopes are not lakes.")))
        algorithm.addParameter(slope)


def _optional_number(algorithm, parameters, name, context):
    if parameters.get(name) in (None, ""):
        return None
    return algorithm.parameterAsDouble(parameters, name, context)


def terrain_flags(algorithm, parameters, context, feedback, scene, lakes):
    """The path of the terrain flags of the DEM parameter on the scene's grid, or None without a DEM."""
    layer = algorithm.parameterAsRasterLayer(parameters, DEM, context)
    if layer is None:
        return None
    options = TerrainOptions(sun_azimuth=_optional_number(algorithm, parameters, SUN_AZIMUTH, context),
                             sun_elevation=_optional_number(algorithm, parameters, SUN_ELEVATION, context))
    if lakes:
        options.max_lake_slope_deg = algorithm.parameterAsDouble(parameters, MAX_SLOPE, context)
    path = QgsProcessingUtils.generateTempFilename("terrain_flags.tif")
    result = algorithm.run_core(terrain_mask, layer.source(), scene, path, options,
                                **algorithm.callbacks(feedback, 0.0, 20.0))
    for warning in result.warnings:
        algorithm.warn(feedback, warning)
    if result.sun is not None:
        feedback.pushInfo(shared_label(QT_TRANSLATE_NOOP(
            "GlacierMapperAlgorithm", "Sun azimuth {:.2f}, elevation {:.2f}; shadow search reach {} pixels")).format(
            result.sun[0], result.sun[1], result.halo_pixels))
    feedback.pushInfo(shared_label(QT_TRANSLATE_NOOP(
        "GlacierMapperAlgorithm", "Terrain pixels: {} steep, {} self-shadow, {} cast shadow")).format(
        result.steep_pixels, result.self_shadow_pixels, result.cast_shadow_pixels))
    return path
