"""Map scenes and Lake time series through processing.run, on a generated sequence with a cloudy date."""
import json
import os

import pytest
from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from glacier_mapper.core.io.atomic import is_partial
from glacier_mapper.core.sample_scene import generate_sequence

YEARS = (0, 4, 8, 12)


@pytest.fixture(scope="module")
def scenes(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sequence")
    return [s.scene for s in generate_sequence(folder, years=YEARS, cloudy_years=(8,), width=256, height=256)]


def test_map_scenes_on_two_workers_then_lake_time_series(run, scenes, tmp_path):
    import processing
    out = tmp_path / "mapped"
    context = QgsProcessingContext()
    feedback = run.Feedback()
    results = processing.run("glaciermapper:mapscenes", {"INPUTS": scenes, "WORKERS": 2, "OUTPUT": str(out)},
                             feedback=feedback, context=context)
    assert results["MAPPED"] == len(YEARS) and results["FAILED"] == 0
    assert sorted(os.listdir(out)) == sorted(f"LC08_{2021 + y}0815" for y in YEARS)
    assert any(line.startswith("Dask dashboard: http://") for line in feedback.lines)
    assert feedback.progress_values[-1] == pytest.approx(100.0)
    loaded = context.layersToLoadOnCompletion()
    assert len(loaded) == 2 * len(YEARS)
    assert all(os.path.isfile(path) for path in loaded)

    series, log = run("glaciermapper:laketimeseries", {"FOLDER": str(out), "RAPID_PCT": 5.0,
                                                       "OUTPUT": str(tmp_path / "series")})
    assert series["LAKES"] > 0 and series["RAPID"] >= 1
    lakes = QgsVectorLayer(str(tmp_path / "series" / "lakes.gpkg") + "|layername=lakes", "lakes", "ogr")
    assert lakes.isValid() and lakes.featureCount() == series["LAKES"]
    areas = QgsVectorLayer(str(tmp_path / "series" / "lakes.gpkg") + "|layername=lake_areas", "areas", "ogr")
    assert areas.featureCount() == series["LAKES"] * len(YEARS)
    assert any(f["status"] == "not_observed" for f in areas.getFeatures())
    assert "growing rapidly" in log

    # the same lakes from the outline layers with their dates given
    layers = [str(out / f"LC08_{2021 + y}0815" / "lakes.gpkg") for y in YEARS]
    dated, _ = run("glaciermapper:laketimeseries", {"INPUTS": layers, "DATES": ",".join(
        f"{2021 + y}-08-15" for y in YEARS), "OUTPUT": str(tmp_path / "dated")})
    assert dated["LAKES"] == series["LAKES"] and dated["RAPID"] == series["RAPID"]


def test_cancelling_map_scenes_keeps_finished_scenes_only(plugin, scenes, tmp_path):
    import processing
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda value: feedback.cancel() if value > 0 else None)
    out = tmp_path / "cancelled"
    # every scene three times under other names: scenes are still queued when the first one reports
    links = []
    for k, scene in enumerate(scenes * 3):
        links.append(str(tmp_path / f"s{k:02d}.tif"))
        os.symlink(scene, links[-1])
    with pytest.raises(QgsProcessingException):
        processing.run("glaciermapper:mapscenes", {"INPUTS": links, "WORKERS": 2, "OUTPUT": str(out)},
                       feedback=feedback, context=QgsProcessingContext())
    names = os.listdir(out)
    assert not any(is_partial(n) for n in names)
    assert 1 <= len(names) < len(links)
    for name in names:
        assert json.load(open(out / name / "done.json"))["date"].endswith("-08-15")
