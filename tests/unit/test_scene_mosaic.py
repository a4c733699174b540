"""The spectral mosaic (core.sample_scene.mosaic): water of every size and turbidity away from any glacier, all of
it lake truth, with the randomiser's labelled spectra, and no glacier truth."""
import filecmp

import numpy as np
import pytest
from helpers import read_raster
from test_scene_randomiser import NIR, load, read_labelled

from glacier_mapper.core.errors import InputError
from glacier_mapper.core.sample_scene import CLASS_CODES, Randomisation, generate_scene
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import normalized_difference

WATER = (CLASS_CODES["lake_clear"], CLASS_CODES["lake_turbid"])
TILE = 128


@pytest.fixture(scope="module", params=["landsat_oli", "sentinel2"])
def mosaic(request, tmp_path_factory):
    sensor = request.param
    scene = generate_scene(tmp_path_factory.mktemp(f"mosaic_{sensor}"), 768, 768, seed=21,
                           randomise=Randomisation(sensor=sensor, mosaic=True))
    arrays = load(scene)
    arrays["lake"] = read_raster(scene.lake_truth)[0]
    arrays["glacier"] = read_raster(scene.glacier_truth)[0]
    return sensor, scene, arrays


def test_every_water_pixel_is_lake_truth_and_there_is_no_glacier_truth(mosaic):
    _, scene, arrays = mosaic
    water = np.isin(arrays["classes"], WATER)
    assert np.array_equal(arrays["lake"] == 1, water)
    assert np.all(arrays["glacier"] == 255)
    assert "spectral mosaic" in arrays["metadata"]["SAMPLE_SCENE"]
    assert Scene.from_raster(scene.scene).plausibility_warning() is None


def test_water_ranges_from_none_to_whole_tiles(mosaic):
    _, _, arrays = mosaic
    shares = (arrays["lake"] == 1).reshape(6, TILE, 6, TILE).mean(axis=(1, 3)).ravel()
    print(f"water share {shares.mean():.2f}; tiles without water {np.mean(shares == 0):.2f}, "
          f"all water {np.mean(shares > 0.95):.2f}")
    assert 0.15 < shares.mean() < 0.6
    assert np.any(shares < 0.01) and np.any(shares > 0.95)  # whole tiles of land and of water


def test_water_runs_from_labelled_clear_water_to_glacial_flour(mosaic):
    sensor, _, arrays = mosaic
    nir = arrays["reflectance"][NIR[sensor]][arrays["lake"] == 1]
    labels, values = read_labelled(sensor)
    labelled = values[labels == 5, NIR[sensor]]
    low, high = np.percentile(nir, [10, 95])
    print(f"{sensor}: water NIR 10th {low:.3f}, 95th {high:.3f}; labelled water median "
          f"{np.nanmedian(labelled):.3f}")
    assert low < np.nanpercentile(labelled, 75)  # clear water as the labelled
    assert high >= 0.07  # and turbid water as glacial flour (real: NIR 0.07 or more)


def test_land_in_deep_shadow_and_water_in_open_shade(mosaic):
    sensor, _, arrays = mosaic
    nir = arrays["reflectance"][NIR[sensor]]
    shaded_land = np.isin(arrays["classes"], (CLASS_CODES["snow_shadow"], CLASS_CODES["ice_shadow"]))
    assert shaded_land.sum() > 500
    # Water's green stays above the deepest shadow: it is never left darker than the labels could tell.
    green = arrays["reflectance"][1 if sensor == "sentinel2" else 2]
    water = arrays["lake"] == 1
    print(f"{sensor}: shaded snow and ice NIR 1st percentile {np.percentile(nir[shaded_land], 1):.3f}; water "
          f"green 1st percentile {np.percentile(green[water], 1):.3f}")
    assert np.percentile(green[water], 1) > 0.01


def test_threshold_methods_meet_the_mosaic_as_they_meet_real_water(mosaic):
    """MNDWI > 0.2 finds most of the water but not all of the turbid (as on the real turbid scenes)."""
    sensor, _, arrays = mosaic
    green, swir = (arrays["reflectance"][i] for i in ((1, 5) if sensor == "sentinel2" else (2, 5)))
    mndwi = normalized_difference(green.astype(np.float32), swir.astype(np.float32), np.ones(green.shape, bool))
    water = arrays["lake"] == 1
    found = mndwi > 0.2
    iou = np.sum(found & water) / np.sum(found | water)
    print(f"{sensor}: MNDWI > 0.2 IoU {iou:.3f}")
    assert 0.5 < iou < 0.97


def test_mosaic_is_reproducible(tmp_path):
    options = Randomisation(mosaic=True, atmosphere=True)
    a = generate_scene(tmp_path / "a", 128, 128, seed=3, randomise=options)
    b = generate_scene(tmp_path / "b", 128, 128, seed=3, randomise=options)
    c = generate_scene(tmp_path / "c", 128, 128, seed=4, randomise=options)
    assert filecmp.cmp(a.scene, b.scene, shallow=False)
    assert not filecmp.cmp(a.scene, c.scene, shallow=False)


def test_mosaic_with_clouds_is_refused_before_anything_is_written(tmp_path):
    with pytest.raises(InputError, match="neither terrain nor clouds"):
        generate_scene(tmp_path / "m", 64, 64, clouds=True, randomise=Randomisation(mosaic=True))
    assert not (tmp_path / "m" / "scene.tif").exists()
