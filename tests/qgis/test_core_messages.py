"""Messages raised and warned in core/ reach users in their language: a real run in German and Chinese."""
import ast
import os
import subprocess

import pytest
from helpers import real_data
from qgis.core import QgsProcessingException
from test_translations import PLUGIN_ROOT, compiled, installed, read_ts, tool  # noqa: F401  (compiled: a fixture)

from glacier_mapper.core.messages import CONTEXT, translate


def band_out_of_range(run):
    """The error of a real run: band 6 asked of a one-band HLS raster."""
    path = real_data("athabasca_hls", "athabasca_2020229_B03_L30.tif")
    with pytest.raises(QgsProcessingException) as raised:
        run("glaciermapper:ndsiglaciermask", {"INPUT": path, "BAND_SWIR1": 6, "OUTPUT_MASK": "TEMPORARY_OUTPUT"})
    return str(raised.value).splitlines()[0]


def test_core_error_of_a_real_run_reaches_the_user_in_german(run, compiled):  # noqa: F811
    english = band_out_of_range(run)
    assert english == "SWIR1 band index 6 is out of range: the raster has 1 band(s). Give a band number from 1 to 1."
    with installed(compiled / "glacier_mapper_de.qm"):
        german = band_out_of_range(run)
    assert german == ("Der SWIR1-Bandindex 6 liegt außerhalb des Bereichs: Das Raster hat 1 Band/Bänder. "
                      "Geben Sie eine Bandnummer von 1 bis 1 an.")
    assert band_out_of_range(run) == english  # translator removed


def test_core_error_of_a_real_run_reaches_the_user_in_chinese(run, compiled):  # noqa: F811
    with installed(compiled / "glacier_mapper_zh_CN.qm"):
        chinese = band_out_of_range(run)
    assert chinese == "SWIR1 波段序号 6 超出范围：栅格只有 1 个波段。请给出 1 到 1 之间的波段号。"


def test_fields_that_are_messages_are_translated_too(plugin, compiled):  # noqa: F811
    from glacier_mapper.algorithms.base import localized
    inner = translate(CONTEXT, "No outline polygon was copied: the label layer is empty.")
    warning = translate(CONTEXT, "Labels: {warning}").format(warning=inner)
    assert localized(warning) == "Labels: No outline polygon was copied: the label layer is empty."
    with installed(compiled / "glacier_mapper_de.qm"):
        assert localized(warning) == "Labels: Es wurde kein Umrisspolygon kopiert: Der Labellayer ist leer."
        assert localized("plain text") == "plain text"  # a string that is no core message passes unchanged


def test_pylupdate_extracts_every_core_template(tmp_path):
    """Each translate(CONTEXT, template) call in core/ (adjacent literals joined) is what pylupdate5 reads, so no
    message can be missing from the .ts files while the code has it."""
    files, templates = [], set()
    for folder, _, names in os.walk(os.path.join(PLUGIN_ROOT, "core")):
        for name in sorted(names):
            if name.endswith(".py"):
                files.append(os.path.join(folder, name))
                with open(files[-1], encoding="utf-8") as handle:
                    tree = ast.parse(handle.read())
                templates |= {n.args[1].value for n in ast.walk(tree) if isinstance(n, ast.Call)
                              and isinstance(n.func, ast.Name) and n.func.id == "translate"
                              and len(n.args) == 2 and isinstance(n.args[1], ast.Constant)}
    out = tmp_path / "core.ts"
    subprocess.run([tool("pylupdate5"), "-noobsolete", *files, "-ts", str(out)], check=True, capture_output=True)
    extracted = {source for context, source in read_ts(out)[1] if context == CONTEXT}
    assert extracted == templates
    assert len(templates) > 400
