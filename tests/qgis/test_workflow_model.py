"""The graphical model 'Map glaciers and lakes' from the toolbox, processing.run and qgis_process: it starts
from a product folder (a generated scene written as a Landsat Collection 2 Level-2 product) and validates clean."""
import os
from types import SimpleNamespace

import pytest
from osgeo import gdal
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingModelAlgorithm, QgsVectorLayer

from glacier_mapper.core.paths import GRAPHICAL_MODELS_DIR
from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.core.sample_scene.product import write_landsat_product
from glacier_mapper.scripts.headless import make_profile, run_algorithm

WORKFLOW = "glaciermapper:map_glaciers_and_lakes"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    folder = tmp_path_factory.mktemp("workflow")
    generated = generate_scene(folder, width=256, height=256, seed=11)
    date = gdal.Open(generated.scene).GetMetadataItem("ACQUISITION_DATE")[:10]
    return SimpleNamespace(product=write_landsat_product(generated.scene, str(folder), generated.classes),
                           dem=generated.dem, date=date, lake_truth=generated.lake_truth)


def test_model_validates_clean(plugin, scene):
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(os.path.join(GRAPHICAL_MODELS_DIR, "map_glaciers_and_lakes.model3"))
    ok, issues = model.validate()
    assert ok and list(issues) == []
    for child_id in model.childAlgorithms():
        assert model.validateChildAlgorithm(child_id) == (True, [])
    parameters = {d.name(): "TEMPORARY_OUTPUT" if d.isDestination() else d.defaultValue()
                  for d in model.parameterDefinitions()}
    names = {d.name() for d in model.parameterDefinitions()}
    assert {"PRODUCT", "DEM", "MIN_LAKE_AREA"} <= names and not {"SENSOR", "SCALING", "SCENE"} & names
    ok, message = model.checkParameterValues(dict(parameters, PRODUCT=scene.product), QgsProcessingContext())
    assert ok, message
    assert model.childAlgorithm("glaciers").parameterSources()["INPUT"][0].outputChildId() == "prepare"
    # lakes come from the threshold mask, which holds on real turbid water where the lake U-Nets do not
    assert model.childAlgorithm("lakes").algorithmId() == "glaciermapper:ndwilakemask"
    assert model.childAlgorithm("lakes").parameterSources()["DEM"][0].parameterName() == "DEM"


def test_workflow_is_in_the_toolbox(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(WORKFLOW)
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert {"glacier_outlines:Glacier outlines", "lake_outlines:Lake outlines"} <= outputs
    assert algorithm.group() and algorithm.provider().id() == "glaciermapper"


def test_workflow_runs(run, scene, tmp_path):
    results, log = run(WORKFLOW, {
        "PRODUCT": scene.product, "DEM": scene.dem, "MIN_LAKE_AREA": 0,
        "glacier_outlines:Glacier outlines": str(tmp_path / "glaciers.gpkg"),
        "lake_outlines:Lake outlines": str(tmp_path / "lakes.gpkg"),
        "glaciers:Glacier mask": str(tmp_path / "glacier_mask.tif"),
        "glaciers:Glacier probability": str(tmp_path / "glacier_probability.tif"),
        "lakes:Lake mask": str(tmp_path / "lake_mask.tif")})
    glaciers = QgsVectorLayer(results["glacier_outlines:Glacier outlines"], "g", "ogr")
    lakes = QgsVectorLayer(results["lake_outlines:Lake outlines"], "l", "ogr")
    assert glaciers.featureCount() > 0 and lakes.featureCount() > 0
    assert all(f["zmin_m"] is not None for f in glaciers.getFeatures())
    # the date travels from the product's MTL through the prepared scene to the outlines
    assert {f["src_date"] for f in glaciers.getFeatures()} == {f"{scene.date}T00:00:00"}
    # with the DEM the lake mask drops water on slopes and in terrain shadow: the generated lakes lie level
    # in the DEM, so it keeps them
    mask = gdal.Open(str(tmp_path / "lake_mask.tif")).ReadAsArray() == 1
    truth = gdal.Open(scene.lake_truth).ReadAsArray() == 1
    recall = (mask & truth).sum() / truth.sum()
    print(f"lake recall with the DEM: {recall:.3f} of {truth.sum()} px")
    assert recall > 0.9, recall


def test_workflow_through_qgis_process(scene, tmp_path):
    env = make_profile(tmp_path / "profile")
    # qgis_process of QGIS 3.22 asks for every output of a model: the rasters go to temporary files
    temporary = {name: "TEMPORARY_OUTPUT" for name in ("glaciers:Glacier mask", "glaciers:Glacier probability")}
    answer = run_algorithm(WORKFLOW, dict(temporary, PRODUCT=scene.product, MIN_LAKE_AREA=0, **{
        "lakes:Lake mask": str(tmp_path / "lake_mask.tif"),
        "glacier_outlines:Glacier outlines": str(tmp_path / "glaciers.gpkg"),
        "lake_outlines:Lake outlines": str(tmp_path / "lakes.gpkg")}), env)
    layer = QgsVectorLayer(answer["results"]["glacier_outlines:Glacier outlines"], "g", "ogr")
    assert layer.featureCount() > 0
    # without a DEM, too, the threshold lake mask finds every generated lake; it also holds rivers, which are
    # water but not lakes
    mask = gdal.Open(str(tmp_path / "lake_mask.tif")).ReadAsArray() == 1
    truth = gdal.Open(scene.lake_truth).ReadAsArray() == 1
    recall = (mask & truth).sum() / truth.sum()
    assert recall > 0.9, recall


def test_workflow_help_says_main_thread_and_cancel_stops_its_children(run, scene, tmp_path):
    from qgis.core import QgsProcessingException
    algorithm = QgsApplication.processingRegistry().algorithmById(WORKFLOW)
    assert "main thread" in algorithm.shortHelpString()
    feedback = run.Feedback()
    # cancel as soon as the first child reports progress: the model stops, later steps write nothing
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    outputs = {"glacier_outlines:Glacier outlines": str(tmp_path / "glaciers.gpkg"),
               "lake_outlines:Lake outlines": str(tmp_path / "lakes.gpkg"),
               "glaciers:Glacier mask": str(tmp_path / "glacier_mask.tif"),
               "glaciers:Glacier probability": str(tmp_path / "glacier_probability.tif"),
               "lakes:Lake mask": str(tmp_path / "lake_mask.tif")}
    try:  # QGIS 3.22's model returns, or raises, once the running child has stopped
        run(WORKFLOW, dict(outputs, PRODUCT=scene.product, MIN_LAKE_AREA=0), feedback=feedback)
    except QgsProcessingException:
        pass
    assert feedback.isCanceled()
    # the child running when cancel came (Prepare scene, whose output is the model's own temporary file, or
    # one mapping step) finished; no step after it ran, so no outlines and at most one step's rasters exist
    written = sorted(os.listdir(tmp_path))
    assert written in ([], ["glacier_mask.tif", "glacier_probability.tif"], ["lake_mask.tif"])
