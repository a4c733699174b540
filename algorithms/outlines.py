"""glaciermapper:outlines — masks to clean glacier or lake polygons with glacier-inventory attributes."""
from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ..core.outlines.lake_attributes import PROGLACIAL_DISTANCE_M
from ..core.outlines.outlines import CLASS_NAME_CHOICES, CONNECTIVITY_CHOICES, OutlineOptions, outline_mask
from ..core.provenance import provenance
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options

# The labels of CLASS_NAME_CHOICES and CONNECTIVITY_CHOICES for the translation tools, and the class keys,
# which the log shows translated.
CHOICE_LABELS = (QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Glacier"), QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Lake"),
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm", "4 (edges)"),
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm", "8 (edges and corners)"),
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm", "glacier"), QT_TRANSLATE_NOOP("OutlinesAlgorithm", "lake"))


class OutlinesAlgorithm(GlacierMapperAlgorithm):
    MASK = "MASK"
    CLASS_VALUE = "CLASS_VALUE"
    CLASS_NAME = "CLASS_NAME"
    PROBABILITY = "PROBABILITY"
    DEM = "DEM"
    GLACIERS = "GLACIERS"
    PROGLACIAL_DISTANCE = "PROGLACIAL_DISTANCE"
    MIN_AREA = "MIN_AREA"
    HOLE_AREA = "HOLE_AREA"
    SIMPLIFY = "SIMPLIFY"
    SMOOTH = "SMOOTH"
    CONNECTIVITY = "CONNECTIVITY"
    SRC_DATE = "SRC_DATE"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"
    TOTAL_AREA_KM2 = "TOTAL_AREA_KM2"
    requires = ("shapely",)
    group_id = "outlines"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Outlines")

    def name(self):
        return "outlines"

    def displayName(self):
        return self.tr("Outlines (mask to inventory polygons)")

    def shortHelpString(self):
        return self.tr(
            "Turns a glacier or lake mask (from 'Glacier mask', 'Lake mask' or 'Segment') into clean polygons with "
            "the attributes of a glacier inventory (after RGI 7).\n\n"
            "Pixels of the class value are polygonized with GDAL; polygons smaller than the minimum area are "
            "removed; holes smaller than the hole area are filled (rock outcrops larger than that stay as holes); "
            "outlines are simplified with a tolerance in metres keeping topology, optionally smoothed, and repaired "
            "where invalid. Areas and distances are in m² and metres whatever the CRS: geographic rasters are "
            "measured on the ellipsoid.\n\n"
            "Attributes: area_km2, perim_km, cenlon, cenlat (a point inside the polygon, WGS 84), src_date (from the "
            "raster's metadata or the parameter), class; with a DEM zmin_m, zmax_m, zmed_m, zmean_m, slope_deg, "
            "aspect_deg; with a probability raster mean_prob; and the provenance (source raster, threshold or "
            "model).\n\n"
            "Lakes (class Lake) with glacier outlines: lake_type (supraglacial: more than half on a glacier; "
            "proglacial: within the proglacial distance of one; unconnected) and glac_dist_m, the distance to the "
            "nearest glacier in metres; with a DEM their elevation as above. Area change between two dates: "
            "outline the lakes of each date, then run Outline change on the two layers.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterRasterLayer(self.MASK, self.tr("Mask raster")))
        self.addParameter(QgsProcessingParameterNumber(self.CLASS_VALUE, self.tr("Class value to outline"),
                                                       QgsProcessingParameterNumber.Integer, defaultValue=1))
        self.addParameter(QgsProcessingParameterEnum(self.CLASS_NAME, self.tr("Class"),
                                                     options=enum_options(CLASS_NAME_CHOICES, self.tr),
                                                     defaultValue=0))
        self.addParameter(QgsProcessingParameterRasterLayer(self.PROBABILITY, self.tr("Probability raster"),
                                                            optional=True))
        dem = QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (metres)"), optional=True)
        dem.setHelp(self.tr("Any grid and CRS: it is resampled onto the mask's grid."))
        self.addParameter(dem)
        glaciers = QgsProcessingParameterVectorLayer(self.GLACIERS, self.tr("Glacier outlines (for lakes)"),
                                                     [QgsProcessing.TypeVectorPolygon], optional=True)
        glaciers.setHelp(self.tr("When outlining lakes: glacier outlines (e.g. from this algorithm on a glacier "
                                 "mask) give each lake its type (supraglacial: mostly on a glacier; proglacial: "
                                 "within the distance below; unconnected) and its distance to the nearest "
                                 "glacier, glac_dist_m."))
        self.addParameter(glaciers)
        distance = QgsProcessingParameterNumber(self.PROGLACIAL_DISTANCE, self.tr("Proglacial distance (m)"),
                                                QgsProcessingParameterNumber.Double,
                                                defaultValue=PROGLACIAL_DISTANCE_M, minValue=0.0)
        distance.setHelp(self.tr("Lakes within this distance of a glacier are proglacial."))
        self.addParameter(distance)
        for key, label, default, help_text in (
                (self.MIN_AREA, QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Minimum area (m²)"),
                 OutlineOptions.min_area_m2,
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Polygons smaller than this are removed (RGI: 0.01 km²).")),
                (self.HOLE_AREA, QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Fill holes smaller than (m²)"),
                 OutlineOptions.hole_area_m2,
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm",
                                   "Smaller holes are noise and are filled; larger rock outcrops stay as holes.")),
                (self.SIMPLIFY, QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Simplification tolerance (m)"),
                 OutlineOptions.simplify_m,
                 QT_TRANSLATE_NOOP("OutlinesAlgorithm", "Pixel steps are cut first, then Douglas-Peucker with "
                                                        "topology kept; 0 keeps the pixel edges. Each polygon "
                                                        "keeps its area within 5 % of its pixel area: small "
                                                        "ones (single pixels) keep their pixel outline, and "
                                                        "none is dropped."))):
            number = QgsProcessingParameterNumber(key, self.tr(label), QgsProcessingParameterNumber.Double,
                                                  defaultValue=default, minValue=0.0)
            number.setHelp(self.tr(help_text))
            self.addParameter(number)
        self.addParameter(QgsProcessingParameterBoolean(self.SMOOTH, self.tr("Smooth outlines"), defaultValue=False))
        connectivity = QgsProcessingParameterEnum(self.CONNECTIVITY, self.tr("Pixel connectivity"),
                                                  options=enum_options(CONNECTIVITY_CHOICES, self.tr),
                                                  defaultValue=0)
        connectivity.setHelp(self.tr("4 keeps bodies that touch only at a corner apart, as inventories do."))
        connectivity.setFlags(connectivity.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(connectivity)
        date = QgsProcessingParameterString(self.SRC_DATE, self.tr("Acquisition date (YYYY-MM-DD)"), optional=True)
        date.setHelp(self.tr("Empty: read from the raster's metadata or product name."))
        self.addParameter(date)
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, self.tr("Outlines"),
                                                                  QgsProcessing.TypeVectorPolygon))
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Polygons")))
        self.addOutput(QgsProcessingOutputNumber(self.TOTAL_AREA_KM2, self.tr("Total area (km²)")))

    def processAlgorithm(self, parameters, context, feedback):
        mask = self.input_raster_path(parameters, context, self.MASK)
        probability = self.parameterAsRasterLayer(parameters, self.PROBABILITY, context)
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        class_name = enum_key(self, parameters, self.CLASS_NAME, context, CLASS_NAME_CHOICES)
        options = OutlineOptions(
            class_value=self.parameterAsInt(parameters, self.CLASS_VALUE, context), class_name=class_name,
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA, context),
            hole_area_m2=self.parameterAsDouble(parameters, self.HOLE_AREA, context),
            simplify_m=self.parameterAsDouble(parameters, self.SIMPLIFY, context),
            smooth=self.parameterAsBool(parameters, self.SMOOTH, context),
            connectivity=enum_key(self, parameters, self.CONNECTIVITY, context, CONNECTIVITY_CHOICES),
            src_date=self.parameterAsString(parameters, self.SRC_DATE, context) or None,
            proglacial_distance_m=self.parameterAsDouble(parameters, self.PROGLACIAL_DISTANCE, context))
        glaciers = self.parameterAsVectorLayer(parameters, self.GLACIERS, context)
        if glaciers is not None and class_name != "lake":
            self.warn(feedback, self.tr("Glacier outlines are used only when outlining lakes: ignored."))
        elif glaciers is not None:
            options.glaciers_path = glaciers.source()
        output = self.parameterAsOutputLayer(parameters, self.OUTPUT, context)
        metadata = provenance(self.id(), {"mask": mask}, self.provenance_parameters(parameters, context))
        result = self.run_core(outline_mask, mask, output, options,
                               probability_path=probability.source() if probability else None,
                               dem_path=dem.source() if dem else None, metadata=metadata, **self.callbacks(feedback))
        for warning in result.warnings:
            self.warn(feedback, warning)
        feedback.pushInfo(self.tr("{} {} outline(s), {:.4f} km² in all; acquisition date {}; areas {}").format(
            result.count, self.tr(class_name), result.total_area_km2, result.src_date or self.tr("unknown"),
            result.area_method))
        self.style_output(context, output, f"{class_name}_outlines.qml", self.tr("{} outlines").format(
            self.tr(class_name.capitalize())))
        return {self.OUTPUT: output, self.COUNT: result.count, self.TOTAL_AREA_KM2: result.total_area_km2}
