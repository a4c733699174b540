"""core.io.output_check: outputs that would replace an input or each other, found by file, not by spelling."""
import os
import zipfile

import pytest

from glacier_mapper.core.errors import OutputError
from glacier_mapper.core.io.output_check import (
    RunInput,
    RunOutput,
    check_outputs,
    file_part,
    inside,
    output_problems,
    same_file,
)


@pytest.fixture()
def scene(tmp_path):
    path = tmp_path / "data" / "scene.tif"
    path.parent.mkdir()
    path.write_bytes(b"seven bands")
    return path


def problems(inputs, outputs):
    return output_problems([RunInput(f"in{i}", str(p)) for i, p in enumerate(inputs)],
                           [o if isinstance(o, RunOutput) else RunOutput(f"out{i}", str(o), "raster")
                            for i, o in enumerate(outputs)])


def test_distinct_outputs_pass(scene, tmp_path):
    assert problems([scene], [tmp_path / "ndsi.tif", tmp_path / "mask.tif"]) == []


def test_same_path_is_refused_naming_both_and_the_fix(scene):
    found = problems([scene], [scene])
    assert len(found) == 1
    assert found[0].count(str(scene)) == 2 and "in0" in found[0] and "out0" in found[0]
    assert "Choose another output file" in found[0]


@pytest.mark.parametrize("spelling", ["symlink", "hardlink", "dotdot", "relative", "trailing_dot"])
def test_every_spelling_of_the_input_is_refused(scene, tmp_path, monkeypatch, spelling):
    if spelling == "symlink":
        output = tmp_path / "link.tif"
        output.symlink_to(scene)
    elif spelling == "hardlink":
        output = tmp_path / "hard.tif"
        os.link(scene, output)
    elif spelling == "dotdot":
        (tmp_path / "other").mkdir()
        output = f"{tmp_path}/other/../data/./scene.tif"
    elif spelling == "relative":
        monkeypatch.chdir(tmp_path)
        output = os.path.join("data", "scene.tif")
    else:
        output = f"{scene.parent}/./scene.tif"
    assert len(problems([scene], [output])) == 1


def test_a_symlinked_folder_is_seen_through(scene, tmp_path):
    (tmp_path / "alias").symlink_to(scene.parent, target_is_directory=True)
    assert same_file(tmp_path / "alias" / "scene.tif", scene)
    assert len(problems([scene], [tmp_path / "alias" / "scene.tif"])) == 1


def test_case_is_a_different_file_on_a_case_sensitive_file_system(scene):
    upper = scene.parent / "SCENE.tif"
    upper.write_bytes(b"another file")
    # this file system keeps both: on a case-insensitive one os.stat would make them one file
    assert os.stat(upper).st_ino != os.stat(scene).st_ino
    assert not same_file(upper, scene) and problems([scene], [upper]) == []


def test_two_outputs_to_one_file_are_refused(scene, tmp_path):
    found = problems([scene], [tmp_path / "out.tif", f"{tmp_path}/./out.tif"])
    assert len(found) == 1 and "out0" in found[0] and "out1" in found[0] and "same file" in found[0]


@pytest.mark.parametrize("uri,expected", [
    ("{folder}/a.gpkg|layername=glaciers", "{folder}/a.gpkg"),
    ("{folder}/a.gpkg|layerid=0|subset=\"class\" = 1", "{folder}/a.gpkg"),
    ("ogr:dbname='{folder}/a.gpkg' table=\"t\" (geom)", "{folder}/a.gpkg"),
    ("GPKG:{folder}/a.gpkg:table", "{folder}/a.gpkg"),
    ("/vsizip/{folder}/b.zip/inner/scene.tif", "{folder}/b.zip"),
    ("/vsizip/{{{folder}/b.zip}}/scene.tif", "{folder}/b.zip"),
    ("/vsimem/x.tif", None),
    ("memory:", None),
    ("TEMPORARY_OUTPUT", None),
])
def test_file_part_of_layer_uris(tmp_path, uri, expected):
    (tmp_path / "a.gpkg").write_bytes(b"gpkg")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as archive:
        archive.writestr("inner/scene.tif", b"x")
    folder = str(tmp_path)
    assert file_part(uri.format(folder=folder)) == (expected.format(folder=folder) if expected else None)


def test_geopackage_output_into_an_input_geopackage_is_refused_whatever_the_layer(tmp_path):
    gpkg = tmp_path / "outlines.gpkg"
    gpkg.write_bytes(b"two layers")
    inputs = [RunInput("A", f"{gpkg}|layername=y2000")]
    for output in (RunOutput("change", str(gpkg), "vector"),
                   RunOutput("table", f"ogr:dbname='{gpkg}' table=\"change\"", "sink"),
                   RunOutput("table", f"{gpkg}|layername=change", "sink")):
        found = output_problems(inputs, [output])
        assert len(found) == 1 and "rewrites the file that this input is read from" in found[0], output


def test_two_geopackage_outputs_in_one_file_are_refused(tmp_path):
    found = output_problems([], [RunOutput("a", f"{tmp_path}/x.gpkg|layername=a", "sink"),
                                 RunOutput("b", f"{tmp_path}/x.gpkg|layername=b", "sink")])
    assert len(found) == 1 and "cannot share one" in found[0]


def test_an_archive_holding_an_input_is_protected(tmp_path):
    archive = tmp_path / "scene.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("scene.tif", b"x")
    found = output_problems([RunInput("scene", f"/vsizip/{archive}/scene.tif")],
                            [RunOutput("model", str(archive), "file")])
    assert len(found) == 1 and str(archive) in found[0]


def test_shapefile_output_protects_its_sidecars(tmp_path):
    table = tmp_path / "outlines.dbf"
    table.write_bytes(b"attributes")
    found = output_problems([RunInput("table", str(table))], [RunOutput("o", str(tmp_path / "outlines.shp"), "vector")])
    assert len(found) == 1 and "would replace" in found[0]


def test_side_files_of_an_output_are_checked(tmp_path):
    weights = tmp_path / "base.pt"
    weights.write_bytes(b"weights")
    output = RunOutput("model", str(tmp_path / "base.onnx"), "file", (str(tmp_path / "base.pt"),))
    assert len(output_problems([RunInput("finetune", str(weights))], [output])) == 1


def test_folder_output_holding_an_input_is_refused(scene, tmp_path):
    found = output_problems([RunInput("scene", str(scene))], [RunOutput("chips", str(scene.parent), "folder")])
    assert len(found) == 1 and "holds the input" in found[0] and "Choose another output folder" in found[0]
    assert inside(scene, scene.parent) and not inside(scene.parent, scene.parent)


def test_existing_file_inside_an_input_folder_is_refused_a_new_one_is_not(tmp_path):
    chips = tmp_path / "chips"
    chips.mkdir()
    (chips / "manifest.json").write_text("{}")
    inputs = [RunInput("chips", str(chips))]
    assert len(output_problems(inputs, [RunOutput("model", str(chips / "manifest.json"), "file")])) == 1
    assert len(output_problems(inputs, [RunOutput("model", str(chips), "file")])) == 1
    assert output_problems(inputs, [RunOutput("model", str(chips / "model.onnx"), "file")]) == []


@pytest.mark.parametrize("name,refused", [("x.png", True), ("x.jpg", True), ("x", True), ("x.tif", False),
                                          ("x.TIFF", False)])
def test_raster_outputs_must_be_geotiff_names(tmp_path, name, refused):
    found = output_problems([], [RunOutput("index", str(tmp_path / name), "raster")])
    assert bool(found) == refused
    if refused:
        assert "Use .tif" in found[0] and str(tmp_path / "x.tif") in found[0]


def test_a_raster_output_written_in_other_formats_accepts_their_names(tmp_path):
    # Prepare scene writes a VRT over the product's files or a GeoTIFF
    formats = (".vrt", ".tif", ".tiff")
    assert output_problems([], [RunOutput("scene", str(tmp_path / "s.vrt"), "raster", (), formats)]) == []
    found = output_problems([], [RunOutput("scene", str(tmp_path / "s.png"), "raster", (), formats)])
    assert len(found) == 1 and ".vrt or .tif or .tiff" in found[0] and str(tmp_path / "s.vrt") in found[0]


def test_vector_output_needs_a_format_ogr_writes(tmp_path):
    found = output_problems([], [RunOutput("outlines", str(tmp_path / "x.xyz"), "vector")])
    assert len(found) == 1 and ".gpkg" in found[0]
    assert output_problems([], [RunOutput("outlines", str(tmp_path / "x.shp"), "vector")]) == []


def test_outputs_on_virtual_file_systems_are_refused():
    found = output_problems([], [RunOutput("index", "/vsimem/index.tif", "raster")])
    assert len(found) == 1 and "files on disk" in found[0]


def test_temporary_outputs_are_ignored(scene):
    assert output_problems([RunInput("scene", str(scene))], [RunOutput("a", "TEMPORARY_OUTPUT", "raster"),
                                                               RunOutput("b", "TEMPORARY_OUTPUT", "raster"),
                                                               RunOutput("c", "memory:", "vector")]) == []


def test_check_outputs_raises_every_problem_at_once(scene, tmp_path):
    with pytest.raises(OutputError) as error:
        check_outputs([RunInput("scene", str(scene))], [RunOutput("a", str(scene), "raster"),
                                                         RunOutput("b", str(tmp_path / "b.png"), "raster")])
    assert str(error.value).count("\n") == 1 and "b.png" in str(error.value)


def test_vector_output_without_extension_is_its_geopackage(tmp_path):
    gpkg = tmp_path / "outlines.gpkg"
    gpkg.write_bytes(b"outlines")
    found = output_problems([RunInput("outlines", str(gpkg))],
                            [RunOutput("change", str(tmp_path / "outlines"), "vector")])
    assert len(found) == 1 and str(gpkg) in found[0]


def test_vector_output_as_a_layer_uri_is_refused_with_a_plain_name_to_use(tmp_path):
    uri = f"ogr:dbname='{tmp_path}/x.gpkg' table=\"t\" (geom)"
    found = output_problems([], [RunOutput("outlines", uri, "vector")])
    assert len(found) == 1 and f"'{tmp_path}/x.gpkg'" in found[0] and "plain file name" in found[0]
    # QGIS writes feature sinks itself and understands such URIs
    assert output_problems([], [RunOutput("table", f"ogr:dbname='{tmp_path}/x.gpkg' table=\"t\"", "sink")]) == []


@pytest.mark.parametrize("output,kind", [("outlines.dbf", "vector"), ("outlines.shz", "vector"),
                                         ("outlines.dbf", "file"), ("outlines.prj", "file")])
def test_a_shapefile_input_is_all_of_its_sidecars(tmp_path, output, kind):
    for extension in (".shp", ".shx", ".dbf", ".prj"):
        (tmp_path / f"outlines{extension}").write_bytes(b"part")
    found = output_problems([RunInput("outlines", str(tmp_path / "outlines.shp"))],
                            [RunOutput("out", str(tmp_path / output), kind)])
    assert len(found) == 1 and "would replace the input" in found[0]
    assert output_problems([RunInput("outlines", str(tmp_path / "outlines.shp"))],
                           [RunOutput("out", str(tmp_path / "other.dbf"), kind)]) == []
