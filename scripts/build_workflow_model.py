"""Rebuild resources/models/map_glaciers_and_lakes.model3 with the Processing API.

Every child parameter that is not connected gets its default as a static value, so the model validates clean
in the modeler (a missing mandatory value is an error there even when the algorithm has a default), and the
model starts from a product: Prepare scene -> glacier Deep U-Net and threshold lake mask -> outlines, with no
band or scaling to set. Lakes come from the MNDWI threshold mask, not the lake U-Net: on real water (turbid
proglacial lakes above all) the bundled lake models do not match it (see their model cards).
Run (from the plugin folder): QT_QPA_PLATFORM=offscreen PYTHONPATH=/usr/share/qgis/python/plugins \
    .venv/bin/python scripts/build_workflow_model.py
"""
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = os.path.join(ROOT, "resources", "models", "map_glaciers_and_lakes.model3")
HELP = {
    "ALG_CREATOR": "Glacier Mapper",
    "ALG_DESC": "Maps glaciers with the bundled Deep U-Net and glacial lakes with the MNDWI threshold lake mask "
                "(turbid, glacial-flour water kept; snow, ice and shadow rejected) from a product as downloaded, "
                "then turns both masks into inventory outlines (lakes with their type and distance to the nearest "
                "glacier; elevation statistics when a DEM is given). The lake U-Nets are not used here: on real "
                "water they do not yet match the threshold method (see their model cards); run Segment with a lake "
                "model yourself to compare. The product is prepared first (Prepare scene: bands, "
                "reflectance scaling and cloud masks from the product itself), so no band or scaling is set by "
                "hand. Runs in batch mode and with qgis_process (glaciermapper:map_glaciers_and_lakes).",
    "PRODUCT": "A Landsat Collection 2 folder, .tar or MTL file; a Sentinel-2 SAFE folder, .zip, MTD XML or "
               "STAC item; or a folder of HLS band files.",
    "DEM": "Optional elevation model (any grid): zmin/zmax/zmed of the outlines, and for lakes the slope and "
           "terrain-shadow tests (steep or shaded dark ground is not a lake).",
    "MIN_LAKE_AREA": "Smallest lake kept, in m².",
}


def start_qgis():
    from qgis.core import QgsApplication
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    plugins = tempfile.mkdtemp(prefix="glacier_mapper_plugins_")
    os.symlink(ROOT, os.path.join(plugins, "glacier_mapper"))
    sys.path.insert(0, plugins)
    from glacier_mapper.algorithms.provider import GlacierMapperProvider
    provider = GlacierMapperProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


def child(alg_id, child_id, description, connected, outputs=None):
    """A child with every unconnected, non-destination parameter set to its default."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingDestinationParameter,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )
    algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
    node = QgsProcessingModelChildAlgorithm(alg_id)
    node.setChildId(child_id)
    node.setDescription(description)
    for definition in algorithm.parameterDefinitions():
        name = definition.name()
        if name in connected:
            node.addParameterSources(name, [connected[name]])
        elif not isinstance(definition, QgsProcessingDestinationParameter) and definition.defaultValue() is not None:
            node.addParameterSources(name, [QgsProcessingModelChildParameterSource.fromStaticValue(
                definition.defaultValue())])
    model_outputs = {}
    for output_name, child_output in (outputs or {}).items():
        output = QgsProcessingModelOutput(output_name)
        output.setChildId(child_id)
        output.setChildOutputName(child_output)
        model_outputs[output_name] = output
    node.setModelOutputs(model_outputs)
    return node


def build():
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelParameter,
        QgsProcessingParameterFile,
        QgsProcessingParameterNumber,
        QgsProcessingParameterRasterLayer,
    )
    model = QgsProcessingModelAlgorithm("Map glaciers and lakes", "Workflows")
    for definition in (
            QgsProcessingParameterFile("PRODUCT", "Product (folder, archive or metadata file)",
                                       behavior=QgsProcessingParameterFile.File,
                                       fileFilter="Products (*_MTL.txt *_MTL.json *_MTL.xml MTD_MSIL2A.xml "
                                                  "MTD_MSIL1C.xml *.json *.tar *.zip *.tif);;All files (*)"),
            QgsProcessingParameterRasterLayer("DEM", "DEM", optional=True),
            QgsProcessingParameterNumber("MIN_LAKE_AREA", "Minimum lake area (m²)",
                                         QgsProcessingParameterNumber.Double, defaultValue=8100, minValue=0)):
        model.addModelParameter(definition, QgsProcessingModelParameter(definition.name()))
    parameter = QgsProcessingModelChildParameterSource.fromModelParameter
    output = QgsProcessingModelChildParameterSource.fromChildOutput
    static = QgsProcessingModelChildParameterSource.fromStaticValue
    model.addChildAlgorithm(child("glaciermapper:preparescene", "prepare", "Prepare the product",
                                  {"INPUT": parameter("PRODUCT")}))
    model.addChildAlgorithm(child("glaciermapper:segment", "glaciers", "Glaciers: Deep U-Net",
                                  {"INPUT": output("prepare", "OUTPUT"), "MODEL": static(0)},
                                  {"Glacier mask": "OUTPUT_MASK", "Glacier probability": "OUTPUT_PROBABILITY"}))
    model.addChildAlgorithm(child("glaciermapper:ndwilakemask", "lakes", "Lakes: MNDWI threshold",
                                  {"INPUT": output("prepare", "OUTPUT"), "DEM": parameter("DEM"),
                                   "MIN_LAKE_AREA": parameter("MIN_LAKE_AREA")},
                                  {"Lake mask": "OUTPUT_MASK"}))
    for child_id, description, source, class_index, name, extra in (
            ("glacier_outlines", "Glacier outlines", "glaciers", 0, "Glacier outlines", {}),
            ("lake_outlines", "Lake outlines", "lakes", 1, "Lake outlines",
             # the glacier outlines give each lake its type (proglacial, supraglacial) and glacier distance
             {"MIN_AREA": parameter("MIN_LAKE_AREA"), "GLACIERS": output("glacier_outlines", "OUTPUT")})):
        connected = {"MASK": output(source, "OUTPUT_MASK"), "DEM": parameter("DEM"),
                     "CLASS_NAME": static(class_index), **extra}
        if source == "glaciers":  # the threshold lake mask has no probability
            connected["PROBABILITY"] = output(source, "OUTPUT_PROBABILITY")
        model.addChildAlgorithm(child("glaciermapper:outlines", child_id, description, connected,
                                      {name: "OUTPUT"}))
    model.updateDestinationParameters()
    model.setHelpContent(HELP)
    return model


if __name__ == "__main__":
    app, _ = start_qgis()
    model = build()
    ok, issues = model.validate()
    if not ok:
        sys.exit("The model does not validate:\n" + "\n".join(issues))
    model.toFile(MODEL)
    print(f"Wrote {MODEL}")
