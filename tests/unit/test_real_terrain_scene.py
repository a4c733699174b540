"""A sample scene on real terrain: the Baltoro SRTM clip and its RGI outline (../shared/data/real/rgi_outlines).

Glacier truth is the rasterised outline, the DEM is the SRTM clip resampled onto the scene's UTM grid, and the
proglacial lakes are level and touch the ice near the glacier's terminus; the same arguments give the same bytes.
"""
import filecmp
import os
import subprocess
import sys

import numpy as np
import pytest
from helpers import PLUGIN_ROOT, read_raster, real_data
from osgeo import gdal
from scipy import ndimage

from glacier_mapper.core.errors import InputError
from glacier_mapper.core.io.raster import raster_info
from glacier_mapper.core.sample_scene import FILE_NAMES, RealTerrain, SceneSpec, generate_scene, write_scene
from glacier_mapper.core.sample_scene.real_terrain import TERMINUS_RISE_M
from glacier_mapper.core.spectral.terrain import STEEP, terrain_mask

WIDTH, HEIGHT, PIXEL = 900, 560, 60.0  # 54 x 34 km: the Baltoro glacier from its terminus up


@pytest.fixture(scope="module")
def baltoro():
    folder = real_data("rgi_outlines", "test-files")
    return RealTerrain(os.path.join(folder, "baltoro_srtm_clip.tif"), os.path.join(folder, "baltoro_wgs84.shp"))


@pytest.fixture(scope="module")
def scene(baltoro, tmp_path_factory):
    before = sorted(os.listdir(os.path.dirname(baltoro.dem_path)))
    generated = generate_scene(tmp_path_factory.mktemp("baltoro"), width=WIDTH, height=HEIGHT, pixel_size=PIXEL,
                               seed=7, terrain=baltoro)
    # Only read: nothing (no statistics side file) is written beside the real data.
    assert sorted(os.listdir(os.path.dirname(baltoro.dem_path))) == before
    return generated


def _on_grid(scene, warp_or_rasterise):
    info = raster_info(scene.dem)
    gt = info.geotransform
    target = gdal.GetDriverByName("MEM").Create("", info.width, info.height, 1, gdal.GDT_Float32)
    target.SetGeoTransform(gt)
    target.SetProjection(info.projection)
    warp_or_rasterise(target)
    return target.ReadAsArray()


def test_the_grid_is_the_utm_zone_of_the_dem_at_the_pixel_size(scene):
    dataset = gdal.Open(scene.scene)
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32643"  # Baltoro, 76.4 E: UTM 43N
    assert (dataset.RasterXSize, dataset.RasterYSize) == (WIDTH, HEIGHT)
    assert dataset.GetGeoTransform()[1] == PIXEL and dataset.GetGeoTransform()[5] == -PIXEL
    assert "baltoro_srtm_clip.tif" in dataset.GetMetadataItem("GLACIERMAPPER_PARAMETERS")


def test_glacier_truth_is_the_rasterised_outline(scene, baltoro):
    outline = _on_grid(scene, lambda target: gdal.Rasterize(target, baltoro.outlines_path, burnValues=[1])) == 1
    truth = read_raster(scene.glacier_truth)[0] == 1
    iou = (truth & outline).sum() / (truth | outline).sum()
    assert iou >= 0.999, iou  # measured 1.0 (27.7 % of the scene)
    assert 0.2 < truth.mean() < 0.35


def test_elevation_is_the_srtm_clip_resampled(scene, baltoro):
    reference = _on_grid(scene, lambda target: gdal.Warp(target, baltoro.dem_path, resampleAlg="bilinear",
                                                          errorThreshold=0))
    dem = read_raster(scene.dem)[0]
    lake = read_raster(scene.lake_truth)[0] == 1
    # Away from the flattened basins (shores reach 700 m from a centre) the DEM is the clip, bilinear.
    basins = ndimage.binary_dilation(lake, iterations=int(800 / PIXEL))
    difference = np.abs(dem - reference)[~basins]
    print(f"largest difference off the basins: {difference.max():.4f} m")
    assert difference.max() < 0.05, difference.max()  # measured 0.0 m
    assert 3190 < dem.min() and dem.max() < 8600  # the clip spans 3,197-8,569 m


def test_lakes_are_level_and_touch_the_ice_near_its_terminus(scene):
    lake = read_raster(scene.lake_truth)[0] == 1
    glacier = read_raster(scene.glacier_truth)[0] == 1
    dem = read_raster(scene.dem)[0]
    labels, count = ndimage.label(lake, structure=np.ones((3, 3)))
    assert count >= 1 and lake.sum() >= 20  # measured 2 lakes, 37 px
    near_ice = ndimage.binary_dilation(glacier, iterations=2)
    lowest_ice = dem[glacier].min()
    for label in range(1, count + 1):
        water = labels == label
        assert np.ptp(dem[water]) == 0.0
        assert (water & near_ice).any()
        assert dem[water][0] <= lowest_ice + TERMINUS_RISE_M + 50.0
    flags_path = os.path.join(os.path.dirname(scene.dem), "terrain.tif")
    terrain_mask(scene.dem, raster_info(scene.scene), flags_path)
    flags = read_raster(flags_path)[0]
    assert ((flags[lake] & STEEP) == 0).mean() >= 0.9  # measured 1.0


def test_the_same_arguments_give_the_same_bytes_in_any_blocks(scene, baltoro, tmp_path):
    spec = SceneSpec(width=WIDTH, height=HEIGHT, pixel_size=PIXEL, seed=7, epsg=32643, terrain=baltoro)
    again = write_scene(spec, tmp_path / "again")
    strips = write_scene(spec, tmp_path / "strips", max_pixels=WIDTH * 96, row_multiple=96)
    for name in FILE_NAMES:
        assert filecmp.cmp(getattr(scene, name), getattr(again, name), shallow=False), name
        assert np.array_equal(gdal.Open(getattr(scene, name)).ReadAsArray(),
                              gdal.Open(getattr(strips, name)).ReadAsArray()), name


def test_a_scene_larger_than_the_dem_is_refused(baltoro, tmp_path):
    with pytest.raises(InputError, match="does not fit on the real DEM"):
        generate_scene(tmp_path / "big", width=2000, height=2000, pixel_size=60.0, terrain=baltoro)
    assert not (tmp_path / "big").exists() or not list((tmp_path / "big").iterdir())


def test_command_line_builds_on_the_real_files_it_is_given(baltoro, tmp_path):
    script = os.path.join(PLUGIN_ROOT, "scripts", "make_sample_scene.py")
    done = subprocess.run([sys.executable, script, str(tmp_path / "cli"), "--width", "160", "--height", "120",
                           "--pixel-size", "90", "--real-dem", baltoro.dem_path, "--real-outlines",
                           baltoro.outlines_path], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    dataset = gdal.Open(str(tmp_path / "cli" / "scene.tif"))
    assert dataset.GetSpatialRef().GetAuthorityCode(None) == "32643"
    truth = read_raster(str(tmp_path / "cli" / "glacier_truth.tif"))[0]
    assert 0.2 < (truth == 1).mean() < 0.8  # measured 0.42 at the clip's centre
    alone = subprocess.run([sys.executable, script, str(tmp_path / "alone"), "--real-dem", baltoro.dem_path],
                           capture_output=True, text=True)
    assert alone.returncode == 2 and "go together" in alone.stderr
