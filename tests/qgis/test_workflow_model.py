"""The graphical model 'Map glaciers and lakes' from the toolbox, processing.run and qgis_process."""
import os

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.scripts.headless import make_profile, run_algorithm

WORKFLOW = "glaciermapper:map_glaciers_and_lakes"


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return generate_scene(tmp_path_factory.mktemp("workflow"), width=256, height=256, seed=11)


def test_workflow_is_in_the_toolbox(plugin):
    algorithm = QgsApplication.processingRegistry().algorithmById(WORKFLOW)
    outputs = {o.name() for o in algorithm.outputDefinitions()}
    assert {"glacier_outlines:Glacier outlines", "lake_outlines:Lake outlines"} <= outputs
    assert algorithm.group() and algorithm.provider().id() == "glaciermapper"


def test_workflow_runs(run, scene, tmp_path):
    results, log = run(WORKFLOW, {
        "SCENE": scene.scene, "DEM": scene.dem, "MIN_LAKE_AREA": 0,
        "glacier_outlines:Glacier outlines": str(tmp_path / "glaciers.gpkg"),
        "lake_outlines:Lake outlines": str(tmp_path / "lakes.gpkg"),
        "glaciers:Glacier mask": str(tmp_path / "glacier_mask.tif"),
        "glaciers:Glacier probability": str(tmp_path / "glacier_probability.tif"),
        "lakes:Lake mask": str(tmp_path / "lake_mask.tif"),
        "lakes:Lake probability": str(tmp_path / "lake_probability.tif")})
    glaciers = QgsVectorLayer(results["glacier_outlines:Glacier outlines"], "g", "ogr")
    lakes = QgsVectorLayer(results["lake_outlines:Lake outlines"], "l", "ogr")
    assert glaciers.featureCount() > 0 and lakes.featureCount() > 0
    assert all(f["zmin_m"] is not None for f in glaciers.getFeatures())


def test_workflow_through_qgis_process(scene, tmp_path):
    env = make_profile(tmp_path / "profile")
    # qgis_process of QGIS 3.22 asks for every output of a model: the rasters go to temporary files
    temporary = {name: "TEMPORARY_OUTPUT" for name in ("glaciers:Glacier mask", "glaciers:Glacier probability",
                                                       "lakes:Lake mask", "lakes:Lake probability")}
    answer = run_algorithm(WORKFLOW, dict(temporary, SCENE=scene.scene, **{
        "glacier_outlines:Glacier outlines": str(tmp_path / "glaciers.gpkg"),
        "lake_outlines:Lake outlines": str(tmp_path / "lakes.gpkg")}), env)
    layer = QgsVectorLayer(answer["results"]["glacier_outlines:Glacier outlines"], "g", "ogr")
    assert layer.featureCount() > 0


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
               "lakes:Lake mask": str(tmp_path / "lake_mask.tif"),
               "lakes:Lake probability": str(tmp_path / "lake_probability.tif")}
    try:  # QGIS 3.22's model returns, or raises, once the running child has stopped
        run(WORKFLOW, dict(outputs, SCENE=scene.scene, MIN_LAKE_AREA=0), feedback=feedback)
    except QgsProcessingException:
        pass
    assert feedback.isCanceled()
    # the first child (one tile; glaciers or lakes, QGIS picks) finished; no step after the cancel ran
    assert sorted(os.listdir(tmp_path)) in (["glacier_mask.tif", "glacier_probability.tif"],
                                            ["lake_mask.tif", "lake_probability.tif"])
