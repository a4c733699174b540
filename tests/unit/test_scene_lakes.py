"""Lakes of the generated scene lie on level ground: the DEM is flat on them, so the lake mask's slope test
with the generated DEM keeps them, as it keeps lakes on SRTM or Copernicus DEMs."""
import numpy as np
import pytest
from helpers import read_raster
from scipy import ndimage

from glacier_mapper.core.io.raster import raster_info
from glacier_mapper.core.sample_scene import generate_scene, lakes
from glacier_mapper.core.spectral.terrain import MAX_LAKE_SLOPE, STEEP, terrain_mask


@pytest.mark.parametrize("size,seed", [(256, 11), (512, 42)])
def test_lakes_pass_the_slope_test_of_the_lake_mask(tmp_path, size, seed):
    scene = generate_scene(tmp_path / "s", width=size, height=size, seed=seed)
    flags_path = str(tmp_path / "terrain.tif")
    terrain_mask(scene.dem, raster_info(scene.scene), flags_path)
    flags = read_raster(flags_path)[0]
    lake = read_raster(scene.lake_truth)[0] == 1
    assert lake.sum() >= 50  # measured 77 px (256, seed 11), 514 px (512, seed 42)
    kept = float(((flags[lake] & STEEP) == 0).mean())
    # Before the level basins: 12.7 % (256, seed 11) and 8.0 % (512, seed 42) kept; now 100 %.
    assert kept >= 0.9, kept
    assert MAX_LAKE_SLOPE == 10.0
    dem = read_raster(scene.dem)[0]
    labels, count = ndimage.label(lake, structure=np.ones((3, 3)))
    spans = ndimage.maximum(dem, labels, range(1, count + 1)) - ndimage.minimum(dem, labels, range(1, count + 1))
    assert np.max(spans) == 0.0  # each lake is one level (before: up to 438 m within a lake)


@pytest.mark.parametrize("pixel_size", [10.0, 20.0, 30.0, 60.0])
def test_a_pixel_finds_its_basin_in_its_own_cell_or_the_eight_around(pixel_size):
    # So a block finds every basin that reaches it from the cells next to its own.
    size = lakes.cell_pixels(pixel_size)
    assert (size - 1) * pixel_size >= lakes.max_reach_m()
    assert size * pixel_size < 800.0  # measured 510 m at 30 m
