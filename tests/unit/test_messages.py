"""Core messages: English text that carries its template and fields, and a scan of core/ that keeps every
raise and warning translatable (the Processing layer translates them; see tests/qgis/test_core_messages.py)."""
import ast
import os
import pickle
import re

import pytest
from helpers import PLUGIN_ROOT, real_data

from glacier_mapper.core.errors import BandError, Cancelled, InputError
from glacier_mapper.core.messages import CONTEXT, Message, translate
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import index_key

CORE = os.path.join(PLUGIN_ROOT, "core")
# Exceptions that mean a bug or are caught inside core/: their messages are not for users.
INTERNAL = {"ValueError", "TypeError", "RuntimeError", "KeyError", "IndexError", "AssertionError",
            "NotImplementedError", "OSError", "StopIteration", "AttributeError", "ZeroDivisionError",
            "ChipFormatError"}  # the chip manifest's errors are read by the trainer, in its own process, in English
# The command line prints its own messages; it has no translator.
EXEMPT = {os.path.join("core", "region", "cli.py")}
FIELD = re.compile(r"(?<!\{)\{\w+(![rsa])?(:[^{}]*)?\}")
FIELD_NAME = re.compile(r"(?<!\{)\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


def test_message_reads_as_english_and_carries_template_and_fields():
    message = translate(CONTEXT, "The band {band} of '{path}' is {share:.0%} nodata.").format(
        band=3, path="scene.tif", share=0.25)
    assert isinstance(message, str) and isinstance(message, Message)
    assert message == "The band 3 of 'scene.tif' is 25% nodata."
    assert str(message) == "The band 3 of 'scene.tif' is 25% nodata." and type(str(message)) is str
    assert message.template == "The band {band} of '{path}' is {share:.0%} nodata."
    assert message.fields == {"band": 3, "path": "scene.tif", "share": 0.25}
    assert message.context == CONTEXT == "GlacierMapperCore"
    plain = translate(CONTEXT, "No field {here} is formatted.")  # no .format: the text as it stands
    assert plain == plain.template == "No field {here} is formatted." and plain.fields is None
    copy = pickle.loads(pickle.dumps(message))  # worker processes send messages back pickled
    assert (copy, copy.template, copy.fields) == (message, message.template, message.fields)


def test_message_refuses_what_would_break_a_translation():
    with pytest.raises(TypeError, match="named fields only"):
        translate(CONTEXT, "{} px").format(3)
    with pytest.raises(TypeError, match="formatted already"):
        translate(CONTEXT, "{n} px").format(n=3).format(n=4)
    with pytest.raises(ValueError, match="context"):
        translate("Other", "text")


def test_engine_errors_carry_their_message():
    with pytest.raises(InputError) as raised:
        index_key("ndvi")
    message = raised.value.args[0]
    assert str(raised.value) == "Unknown index 'ndvi'. Choose one of: ndsi, ndwi, mndwi."
    assert message.template == "Unknown index '{index}'. Choose one of: {index_bands}."
    assert message.fields == {"index": "ndvi", "index_bands": "ndsi, ndwi, mndwi"}
    cancelled = Cancelled()
    assert str(cancelled) == "Cancelled by the user; no output was written."
    assert cancelled.args[0].template == "Cancelled by the user; no output was written."


def test_missing_band_of_a_real_raster_carries_its_fields():
    path = real_data("athabasca_hls", "athabasca_2020229_B03_L30.tif")  # one band: no SWIR1
    with pytest.raises(BandError) as raised:
        Scene.from_raster(path, "landsat_oli", {"swir1": 6}).bands_for(["green", "swir1"])
    message = raised.value.args[0]
    assert isinstance(message, Message) and message.fields, message
    assert "{" in message.template and str(raised.value) == message.template.format(**message.fields)
    assert "6" in str(raised.value)


def engine_errors():
    """Names of core's exception classes that reach users: GlacierMapperError and its subclasses, found in
    the source, and the module-level helpers that build them (``_error``)."""
    bases = {"GlacierMapperError"}
    trees = {}
    for folder, _, names in os.walk(CORE):
        for name in names:
            path = os.path.join(folder, name)
            if name.endswith(".py") and os.path.relpath(path, PLUGIN_ROOT) not in EXEMPT:
                with open(path, encoding="utf-8") as handle:
                    trees[path] = ast.parse(handle.read())
    grown = True
    while grown:
        grown = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in bases and any(
                        isinstance(b, ast.Name) and b.id in bases for b in node.bases):
                    bases.add(node.name)
                    grown = True
    return bases, trees


def is_text(node):
    """A literal or an f-string, or a sum holding one: text that no translation can find."""
    if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str)):
        return True
    return isinstance(node, ast.BinOp) and (is_text(node.left) or is_text(node.right))


def callee(node):
    return node.func.id if isinstance(node.func, ast.Name) else node.func.attr \
        if isinstance(node.func, ast.Attribute) else ""


def scan(trees, errors):
    """(problems, engine-error calls and warnings checked, translate calls) of parsed sources {path: tree}."""
    problems, checked, marked = [], 0, 0
    for path, tree in sorted(trees.items()):
        where = os.path.relpath(path, PLUGIN_ROOT)
        formatted = {id(n.func.value) for n in ast.walk(tree) if isinstance(n, ast.Call)
                     and isinstance(n.func, ast.Attribute) and n.func.attr == "format"}
        for node in ast.walk(tree):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and callee(node.exc) not in INTERNAL \
                    and callee(node.exc) not in errors | {"_error"} and node.exc.args and is_text(node.exc.args[0]):
                problems.append(f"{where}:{node.lineno}: {callee(node.exc)}(<text>) raised")
            if not isinstance(node, ast.Call):
                continue
            name = callee(node)
            if (name in errors or name == "_error") and node.args:
                checked += 1
                if is_text(node.args[0]):
                    problems.append(f"{where}:{node.lineno}: {name} with a message not passed through translate")
            elif name in ("append", "insert") and isinstance(node.func, ast.Attribute) and node.args:
                owner = node.func.value
                owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
                if owner_name.endswith(("warnings", "notes")):
                    checked += 1
                    if is_text(node.args[-1]):
                        problems.append(f"{where}:{node.lineno}: warning not passed through translate")
            elif name == "translate" and isinstance(node.func, ast.Name):
                marked += 1
                context, template = (node.args + [None, None])[:2]
                if len(node.args) != 2 or node.keywords or not all(
                        isinstance(a, ast.Constant) and isinstance(a.value, str) for a in (context, template)):
                    problems.append(f"{where}:{node.lineno}: translate needs two literal strings (pylupdate5 reads "
                                    "no f-string, variable or keyword)")
                elif context.value != CONTEXT:
                    problems.append(f"{where}:{node.lineno}: context {context.value!r}, not {CONTEXT!r}")
                elif FIELD.search(template.value) and id(node) not in formatted:
                    problems.append(f"{where}:{node.lineno}: template with fields, never formatted")
            elif name == "format" and isinstance(node.func.value, ast.Call) and callee(node.func.value) == "translate" \
                    and len(node.func.value.args) == 2 and isinstance(node.func.value.args[1], ast.Constant):
                wanted = {m.group(1) for m in FIELD_NAME.finditer(node.func.value.args[1].value)}
                given = {k.arg for k in node.keywords}
                if wanted != given:  # a KeyError, or a value no translation can show, at run time
                    problems.append(f"{where}:{node.lineno}: fields {sorted(wanted)} formatted with {sorted(given)}")
    return problems, checked, marked


def test_core_raises_and_warnings_go_through_the_marker():
    """Fails on an engine error (or a warning appended to a warnings list) whose message is an f-string or a
    literal not passed through core.messages.translate, and on a translate call that pylupdate5 cannot read."""
    errors, trees = engine_errors()
    assert {"InputError", "BandError", "OutputError", "ModelContractError", "Cancelled", "TrainerError"} <= errors
    problems, checked, marked = scan(trees, errors)
    assert problems == []
    assert checked > 330 and marked > 400, (checked, marked)


def test_the_scan_catches_each_kind_of_slip():
    sample = ast.parse(
        "def f(path, n):\n"
        "    raise InputError(f'No file {path}.')\n"
        "    raise BandError('No band.')\n"
        "    warnings.append(f'{path} is odd')\n"
        "    raise _error('bad key: ' + path)\n"
        "    raise Unlisted(f'{n} px')\n"
        "    raise InputError(translate('GlacierMapperCore', f'No file {path}.'))\n"
        "    notes.append(translate('Elsewhere', 'text'))\n"
        "    raise InputError(translate('GlacierMapperCore', 'No file {path}.'))\n"
        "    raise InputError(translate('GlacierMapperCore', 'Fine {path}.').format(path=path))\n"
        "    raise ValueError(f'internal {n}')\n"
        "    raise InputError(translate('GlacierMapperCore', '{a} and {b}').format(a=1, c=2))\n")
    problems, checked, marked = scan({os.path.join(PLUGIN_ROOT, "sample.py"): sample}, {"InputError", "BandError"})
    assert sorted(int(p.split(":")[1]) for p in problems) == [2, 3, 4, 5, 6, 7, 8, 9, 12]
    assert (checked, marked) == (9, 5)
