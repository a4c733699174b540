"""The same refusals through real algorithms for the spellings, shared outputs, extensions and URIs that
slipped through: each run is refused before any work and the inputs are byte-identical afterwards."""
import os
import subprocess
import zipfile

import pytest
from helpers import read_raster
from hostile_helpers import chip_folder, digest, polygons, scene, tree

from glacier_mapper.scripts.headless import QGIS_PROCESS, make_profile


@pytest.fixture()
def data(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.mark.parametrize("spelling", ["same", "symlink", "hardlink", "dotdot", "relative"])
def test_spectral_index_over_its_input_in_any_spelling(refusal, data, tmp_path, monkeypatch, spelling):
    source = scene(data / "scene.tif")
    before = digest(source)
    output = {"same": source, "dotdot": f"{tmp_path}/data/../data/./scene.tif",
              "relative": os.path.join("data", "scene.tif")}.get(spelling)
    if spelling == "symlink":
        output = str(tmp_path / "link.tif")
        os.symlink(source, output)
    elif spelling == "hardlink":
        output = str(tmp_path / "hard.tif")
        os.link(source, output)
    monkeypatch.chdir(tmp_path)
    message = refusal("glaciermapper:spectralindex", {"INPUT": source, "OUTPUT": output})
    assert "would destroy the input" in message and source in message and "Choose another output file" in message
    assert digest(source) == before and read_raster(source, band=7)[0].shape == (40, 48)
    assert tree(data) == ["scene.tif"]


REQUIRED_OUTPUTS = {"segment": {"OUTPUT_PROBABILITY": "probability.tif", "OUTPUT_MASK": "mask.tif"},
                    "assessaccuracy": {"OUTPUT_HTML": "report.html"}}


@pytest.mark.parametrize("algorithm,first,second,name", [
    ("ndsiglaciermask", "OUTPUT_MASK", "OUTPUT_NDSI", "shared.tif"),
    ("ndwilakemask", "OUTPUT_MASK", "OUTPUT_INDEX", "shared.tif"),
    ("segment", "OUTPUT_PROBABILITY", "OUTPUT_MASK", "shared.tif"),
    ("segment", "OUTPUT_MASK", "OUTPUT_CONFIDENCE", "shared.tif"),
    ("assessaccuracy", "OUTPUT_HTML", "OUTPUT_CSV", "shared.html"),
    ("assessaccuracy", "OUTPUT_CSV", "OUTPUT_JSON", "shared.csv"),
])
def test_two_outputs_of_one_run_in_one_file(refusal, data, tmp_path, algorithm, first, second, name):
    source = scene(data / "scene.tif")
    if algorithm == "assessaccuracy":
        parameters = {"PREDICTION": source, "REFERENCE": scene(data / "reference.tif", bands=1)}
    else:
        parameters = {"INPUT": source}
    before = digest(data)
    out = tmp_path / "out"
    out.mkdir()
    parameters.update({key: str(out / value) for key, value in REQUIRED_OUTPUTS.get(algorithm, {}).items()})
    parameters[first] = str(out / name)
    parameters[second] = f"{out}/./{name}"
    message = refusal(f"glaciermapper:{algorithm}", parameters)
    assert f"({first})" in message and f"({second})" in message and "same file" in message
    assert os.listdir(out) == [] and digest(data) == before


def test_a_png_name_is_refused_and_tiff_names_are_written(refusal, run_ok, data, tmp_path):
    source = scene(data / "scene.tif")
    message = refusal("glaciermapper:spectralindex", {"INPUT": source, "OUTPUT": str(tmp_path / "ndsi.png")})
    assert "GeoTIFF only" in message and "Use .tif" in message and str(tmp_path / "ndsi.tif") in message
    assert not (tmp_path / "ndsi.png").exists()
    results = run_ok("glaciermapper:spectralindex", {"INPUT": source, "OUTPUT": str(tmp_path / "ndsi.TIFF")})
    values, nodata = read_raster(results["OUTPUT"])
    assert values.shape == (40, 48) and nodata == -9999


def test_change_layer_into_the_geopackage_of_its_inputs(refusal, data, tmp_path):
    outlines = polygons(data / "outlines.gpkg", layers=("y2000", "y2020"))
    before = digest(outlines)
    message = refusal("glaciermapper:outlinechange", {
        "OUTLINES_A": f"{outlines}|layername=y2000", "OUTLINES_B": f"{outlines}|layername=y2020",
        "OUTPUT": f"ogr:dbname='{outlines}' table=\"change\" (geom)"})
    assert message.count("rewrites the file that this input is read from") == 2
    assert "(OUTLINES_A)" in message and "(OUTLINES_B)" in message
    assert "Give a plain file name" in message
    # without an extension the writer adds .gpkg: the same file again
    message = refusal("glaciermapper:outlinechange", {
        "OUTLINES_A": f"{outlines}|layername=y2000", "OUTLINES_B": f"{outlines}|layername=y2020",
        "OUTPUT": str(data / "outlines")})
    assert message.count("rewrites the file that this input is read from") == 2
    assert digest(outlines) == before and tree(data) == ["outlines.gpkg"]


def test_an_archive_that_holds_the_input(refusal, data):
    from osgeo import gdal
    from qgis.core import QgsProject, QgsRasterLayer
    source = scene(data / "scene.tif")
    archive = data / "scene.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.write(source, "inner/scene.tif")
    before = digest(archive)
    # GDAL would otherwise add the layer's statistics cache (.aux.xml) to the archive when QGIS closes it
    gdal.SetConfigOption("GDAL_PAM_ENABLED", "NO")
    # Processing opens only real files from a path string: the layer read inside the archive is a project layer
    mask = QgsRasterLayer(f"/vsizip/{archive}/inner/scene.tif", "mask", "gdal")
    try:
        assert mask.isValid() and mask.bandCount() == 7
        QgsProject.instance().addMapLayer(mask)
        message = refusal("glaciermapper:outlines", {"MASK": mask.id(), "OUTPUT": str(archive)})
    finally:
        QgsProject.instance().removeMapLayer(mask.id())
        gdal.SetConfigOption("GDAL_PAM_ENABLED", None)
    assert str(archive) in message and "would destroy the input" in message
    assert digest(archive) == before and zipfile.ZipFile(archive).namelist() == ["inner/scene.tif"]


def test_chip_folder_that_holds_the_inputs(refusal, data):
    source = scene(data / "scene.tif")
    labels = polygons(data / "labels.gpkg")
    before = {p: digest(p) for p in (source, labels)}
    message = refusal("glaciermapper:exportchips", {"INPUT": source, "LABELS": labels,
                                                    "OUTPUT": f"{data}/../{data.name}"})
    assert message.count("holds the input") == 2 and "Choose another output folder" in message
    assert {p: digest(p) for p in before} == before and tree(data) == ["labels.gpkg", "scene.tif"]


def test_model_over_the_chips_or_the_weights_it_starts_from(refusal, data):
    chips = chip_folder(data / "chips")
    weights = data / "base.pt"
    weights.write_bytes(b"pytorch weights")
    before = (digest(chips), digest(weights))
    message = refusal("glaciermapper:trainmodel", {"CHIPS": chips, "OUTPUT_MODEL": f"{chips}/manifest.json"})
    assert "part of the input folder" in message
    message = refusal("glaciermapper:trainmodel", {"CHIPS": chips, "FINETUNE": str(weights),
                                                   "OUTPUT_MODEL": str(data / "base.onnx")})
    assert "would replace the input" in message and str(weights) in message
    assert (digest(chips), digest(weights)) == before and tree(data) == sorted(
        ["base.pt", "chips", "chips/chips", "chips/chips/train_0.npz", "chips/manifest.json"])


def test_label_layer_over_its_seed_through_a_link(refusal, data, tmp_path):
    seed = polygons(data / "seed.gpkg")
    before = digest(seed)
    os.symlink(data, tmp_path / "alias")
    message = refusal("glaciermapper:newlabellayer", {"SEED": seed, "OUTPUT": str(tmp_path / "alias" / "seed.gpkg")})
    assert "would destroy the input" in message and digest(seed) == before


def test_qgis_process_refuses_output_over_input(data, tmp_path):
    env = make_profile(tmp_path / "profile")
    source = scene(data / "scene.tif")
    before = digest(source)
    done = subprocess.run([QGIS_PROCESS, "run", "glaciermapper:spectralindex", "--", f"INPUT={source}",
                           f"OUTPUT={source}"], env=env, capture_output=True, text=True, timeout=300)
    text = done.stdout + done.stderr
    assert done.returncode == 1, text
    assert f"The output 'Index raster (OUTPUT)' ({source}) is the input 'Multispectral raster (INPUT)'" in text
    assert "Choose another output file" in text
    # qgis_process's GDAL layer loading leaves PAM statistics beside any raster it opens, whatever the algorithm
    assert digest(source) == before and [p for p in tree(data) if not p.endswith(".aux.xml")] == ["scene.tif"]


def test_report_over_a_sidecar_of_an_input_shapefile(refusal, data, tmp_path):
    source = scene(data / "scene.tif")
    aoi = polygons(data / "aoi.shp")
    before = digest(data)
    listing = tree(data)
    message = refusal("glaciermapper:assessaccuracy", {
        "PREDICTION": source, "REFERENCE_VECTOR": polygons(tmp_path / "reference.gpkg"), "AOI": aoi,
        "OUTPUT_HTML": str(tmp_path / "report.html"), "OUTPUT_CSV": str(data / "aoi.dbf")})
    assert "would replace the input 'Area of interest (AOI)'" in message and "aoi.dbf" in message
    assert digest(data) == before and tree(data) == listing and "aoi.dbf" in listing
