"""The inputs and outputs of a Processing run as paths, for core.io.output_check; shared by every algorithm."""
from qgis.core import (
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProperty,
    QgsProviderRegistry,
)

from ..core.errors import OutputError
from ..core.io.output_check import RunInput, RunOutput, check_outputs, is_temporary
from .base import error_message, localized

LAYER_TYPES = ("raster", "vector", "source", "layer", "mesh", "pointcloud", "multilayer")
OUTPUT_KINDS = {"rasterDestination": "raster", "vectorDestination": "vector", "sink": "sink",
                "fileDestination": "file", "folderDestination": "folder"}


def _label(definition):
    # a model's outputs have no description of their own: their name says which step writes them
    description = definition.description()
    return f"{description} ({definition.name()})" if description else definition.name()


def _text(value, context):
    """A parameter value as the string the user gave: paths, property values and definition sinks."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        value = value.sink
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        value = value.source
    if isinstance(value, QgsProperty):
        value = value.valueAsString(context.expressionContext())[0]
    if hasattr(value, "source") and callable(value.source):  # a layer object
        return _layer_path(value)
    return "" if value is None else str(value)


def _layer_path(layer):
    """The file a layer reads, or '' for layers that live elsewhere (memory, databases, web services)."""
    provider = layer.providerType()
    if provider in ("gdal", "ogr"):
        return layer.source()
    decoded = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
    return decoded.get("path") or ""


def _input_paths(definition, parameters, context):
    value = parameters.get(definition.name())
    if value in (None, ""):
        return []
    kind = definition.type()
    if kind == "file":
        return [str(_text(value, context))]
    values = value if isinstance(value, (list, tuple)) else [value]
    paths = []
    for item in values:
        if kind not in LAYER_TYPES:
            continue
        text = _text(item, context)
        # a layer id or name of the project stands for that layer's file
        layer = None if not text or hasattr(item, "source") else QgsProcessingUtils.mapLayerFromString(text, context)
        paths.append(_layer_path(layer) if layer is not None else text)
    return [p for p in paths if p]


def run_inputs_outputs(algorithm, parameters, context):
    """([RunInput], [RunOutput]) of every layer, file and folder parameter and every destination."""
    inputs, outputs = [], []
    side = getattr(algorithm, "side_outputs", None)
    side = side(parameters, context) if side is not None else {}
    extensions = getattr(algorithm, "output_extensions", {})  # raster outputs written in other formats
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination():
            text = _text(parameters.get(definition.name()), context)
            if not is_temporary(text):
                kind = OUTPUT_KINDS.get(definition.type(), "file")
                outputs.append(RunOutput(_label(definition), text, kind, tuple(side.get(definition.name(), ())),
                                         *((extensions[definition.name()],) if definition.name() in extensions
                                           else ())))
        elif definition.type() in LAYER_TYPES or definition.type() == "file":
            for path in _input_paths(definition, parameters, context):
                inputs.append(RunInput(_label(definition), path))
    return inputs, outputs


def output_problem(algorithm, parameters, context):
    """The message that refuses the run because an output would destroy an input or another output, or None."""
    inputs, outputs = run_inputs_outputs(algorithm, parameters, context)
    try:
        check_outputs(inputs, outputs)
    except OutputError as error:
        return localized(error_message(error))
    return None

