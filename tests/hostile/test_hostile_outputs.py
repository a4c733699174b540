"""No output of any algorithm of the provider may replace one of the run's inputs: every pair is tried.

The algorithms come from the registered provider (a new one is covered without editing this file). Each
destination is pointed at each input in turn; the run must be refused before any work, with a message that
names the input, and every input must be byte-identical afterwards with nothing added beside it.
"""
import os
import re

import pytest
from hostile_helpers import chip_folder, digest, polygons, scene, tree
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingParameterFile

from glacier_mapper.algorithms.output_guard import output_problem
from glacier_mapper.algorithms.provider import ALGORITHMS
from glacier_mapper.algorithms.workflows import workflow_models

# Every algorithm the provider loads; test_every_algorithm_of_the_provider_is_covered checks the list.
ALGORITHM_NAMES = [cls().name() for cls in ALGORITHMS] + [model.name() for model in workflow_models()]
# The set-up algorithms install into the profile: they take no file and write none the user names.
WITHOUT_FILES = {"installdependencies", "setuptrainer"}
FILE_ALGORITHMS = [name for name in ALGORITHM_NAMES if name not in WITHOUT_FILES]
LAYER_TYPES = ("raster", "source", "vector", "layer", "multilayer", "file")


def safe(name):
    return re.sub(r"\W+", "_", name)


def input_value(definition, folder):
    """A real file (or folder) for one input parameter, named after it."""
    name, kind = safe(definition.name()), definition.type()
    if kind in ("raster", "layer"):
        return scene(os.path.join(folder, f"{name}.tif"))
    if kind == "multilayer":
        return [scene(os.path.join(folder, f"{name}.tif"))]
    if kind in ("source", "vector"):
        return polygons(os.path.join(folder, f"{name}.gpkg"))
    if definition.behavior() == QgsProcessingParameterFile.Folder:
        return chip_folder(os.path.join(folder, name))
    extension = definition.extension() or (re.findall(r"\*\.(\w+)", definition.fileFilter()) or ["txt"])[0]
    path = os.path.join(folder, f"{name}.{extension}")
    with open(path, "wb") as handle:
        handle.write(f"contents of {name}\n".encode())
    return path


def output_value(definition, folder):
    name, kind = safe(definition.name()), definition.type()
    if kind == "folderDestination":
        return os.path.join(folder, name)
    extension = {"rasterDestination": "tif", "vectorDestination": "gpkg", "sink": "gpkg"}.get(kind) \
        or definition.defaultFileExtension() or "out"
    return os.path.join(folder, f"{name}.{extension}")


def algorithm(name):
    return QgsApplication.processingRegistry().createAlgorithmById(f"glaciermapper:{name}")


def build_run(alg, tmp_path):
    """(parameters with every input given and every output in its own file, {input name: path}, folders)."""
    inputs_folder, outputs_folder = tmp_path / "inputs", tmp_path / "outputs"
    inputs_folder.mkdir()
    outputs_folder.mkdir()
    parameters, inputs, outputs = {}, {}, []
    for definition in alg.parameterDefinitions():
        if definition.isDestination():
            parameters[definition.name()] = output_value(definition, str(outputs_folder))
            outputs.append(definition.name())
        elif definition.type() in LAYER_TYPES:
            parameters[definition.name()] = input_value(definition, str(inputs_folder))
            value = parameters[definition.name()]
            inputs[definition.name()] = value[0] if isinstance(value, list) else value
    return parameters, inputs, outputs, str(inputs_folder), str(outputs_folder)


def test_every_algorithm_of_the_provider_is_covered(provider):
    assert sorted(a.name() for a in provider.algorithms()) == sorted(ALGORITHM_NAMES)
    assert len(FILE_ALGORITHMS) >= 12 and WITHOUT_FILES <= set(ALGORITHM_NAMES)
    for name in WITHOUT_FILES:  # a set-up algorithm that gains a file parameter must be tested like the rest
        instance = algorithm(name)  # kept alive while its parameter definitions are read
        assert not [d for d in instance.parameterDefinitions() if d.isDestination() or d.type() in LAYER_TYPES], name


def spellings(path, folder):
    """The input's own path and other names of the same file: ./x/../ spelling, symbolic and hard links."""
    os.makedirs(folder, exist_ok=True)
    base = os.path.join(folder, f"{len(os.listdir(folder))}_" + os.path.basename(path))
    names = {"same": path, "dotdot": os.path.join(os.path.dirname(path), "..",
                                                  os.path.basename(os.path.dirname(path)), ".",
                                                  os.path.basename(path))}
    os.symlink(path, base + ".symlink")
    names["symlink"] = base + ".symlink"
    if not os.path.isdir(path):  # folders have no hard links
        os.link(path, base + ".hardlink")
        names["hardlink"] = base + ".hardlink"
    return names


@pytest.fixture(params=FILE_ALGORITHMS)
def prepared(request, provider, tmp_path):
    """(algorithm name, instance, valid parameters, inputs, outputs, input folder, output folder, digests)."""
    alg = algorithm(request.param)
    parameters, inputs, outputs, inputs_folder, outputs_folder = build_run(alg, tmp_path)
    assert outputs and inputs, f"{request.param} has no input or no output to test"
    # distinct outputs pass the check: it refuses only what it must
    assert output_problem(alg, parameters, QgsProcessingContext()) is None
    before = {key: digest(path) for key, path in inputs.items()}
    return request.param, alg, parameters, inputs, outputs, inputs_folder, outputs_folder, before


def named(parameter, message):
    """The message names the parameter: 'Description (NAME)', or 'name' for a model's outputs."""
    return f"({parameter})" in message or f"'{parameter}'" in message


def assert_untouched(prepared, listing, label):
    name, _, _, inputs, _, inputs_folder, outputs_folder, before = prepared
    assert {key: digest(path) for key, path in inputs.items()} == before, f"{name}: {label}"
    assert tree(inputs_folder) == listing and tree(outputs_folder) == [], f"{name}: {label}"


def test_each_output_over_each_input_in_each_spelling_is_refused(prepared, refusal, tmp_path):
    name, _, parameters, inputs, outputs, inputs_folder, _, _ = prepared
    aliases = {key: spellings(path, str(tmp_path / "aliases")) for key, path in inputs.items()}
    listing = tree(inputs_folder)
    cases = 0
    for output in outputs:
        for input_name, input_path in inputs.items():
            for spelling, value in aliases[input_name].items():
                message = refusal(f"glaciermapper:{name}", dict(parameters, **{output: value}))
                label = f"{output} = {input_name} ({spelling})"
                assert os.path.basename(input_path) in message and "Choose another output" in message, (
                    f"{name}: {label}: {message}")
                assert_untouched(prepared, listing, label)
                cases += 1
    assert cases == len(outputs) * sum(len(a) for a in aliases.values())


def test_folder_outputs_over_the_folder_of_the_inputs_are_refused(prepared, refusal):
    name, alg, parameters, inputs, _, inputs_folder, _, _ = prepared
    listing = tree(inputs_folder)
    folders = [d.name() for d in alg.parameterDefinitions() if d.type() == "folderDestination"]
    for output in folders:
        message = refusal(f"glaciermapper:{name}", dict(parameters, **{output: inputs_folder}))
        assert message.count("holds the input") == len(inputs), message
        assert_untouched(prepared, listing, output)


def test_two_outputs_of_one_run_in_one_file_are_refused(prepared, refusal):
    name, alg, parameters, _, outputs, inputs_folder, outputs_folder, _ = prepared
    listing = tree(inputs_folder)
    files = [d.name() for d in alg.parameterDefinitions() if d.isDestination() and d.type() != "folderDestination"]
    for index, first in enumerate(files):
        for second in files[index + 1:]:
            shared = parameters[first]
            spelled = os.path.join(outputs_folder, ".", os.path.basename(shared))
            message = refusal(f"glaciermapper:{name}", dict(parameters, **{second: spelled}))
            assert "same file" in message and named(first, message) and named(second, message), message
            assert_untouched(prepared, listing, f"{first} = {second}")


def test_raster_outputs_not_named_tif_are_refused(prepared, refusal):
    name, alg, parameters, _, _, inputs_folder, outputs_folder, _ = prepared
    listing = tree(inputs_folder)
    for definition in alg.parameterDefinitions():
        if definition.type() == "rasterDestination":
            png = os.path.join(outputs_folder, "map.png")
            message = refusal(f"glaciermapper:{name}", dict(parameters, **{definition.name(): png}))
            # a GeoTIFF output suggests .tif; one written in other formats too (Prepare scene's VRT) its first
            formats = getattr(alg, "output_extensions", {}).get(definition.name(), (".tif",))
            assert ("Use .tif" in message or formats[0] != ".tif") and \
                os.path.join(outputs_folder, "map" + formats[0]) in message, message
            assert_untouched(prepared, listing, definition.name())


def test_temporary_outputs_pass_the_check(prepared):
    _, alg, parameters, _, outputs, _, _, _ = prepared
    temporary = dict(parameters, **{output: "TEMPORARY_OUTPUT" for output in outputs})
    assert output_problem(alg, temporary, QgsProcessingContext()) is None
    # a refusal for comparison: the same run with the first output over the first input
    first_input = next(v for k, v in parameters.items() if k not in outputs)
    first_input = first_input[0] if isinstance(first_input, list) else first_input
    assert output_problem(alg, dict(temporary, **{outputs[0]: first_input}), QgsProcessingContext()) is not None
