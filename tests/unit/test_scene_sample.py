"""The plausibility sample of a scene's bands: a few block-aligned windows, not a decimated read of everything."""
import numpy as np
from helpers import write_raster
from osgeo import gdal

from glacier_mapper.core.sensors.scene import Scene, _sample, _sample_windows


def tiled(path, bands, nodata=None):
    plain = write_raster(str(path) + ".plain.tif", bands, nodata=nodata,
                         descriptions=["B2", "B3", "B4", "B5", "B6", "B7"])
    gdal.Translate(str(path), plain, creationOptions=["TILED=YES", "COMPRESS=DEFLATE"])
    return str(path)


def test_windows_start_on_blocks_and_spread_over_the_raster():
    windows = _sample_windows(1024, 1024, (256, 256), 64)
    assert len(windows) == 16
    assert all(x % 256 == 0 and y % 256 == 0 and w == h == 64 for x, y, w, h in windows)
    assert {x for x, _, _, _ in windows} == {0, 256, 512, 768}
    stripped = _sample_windows(1024, 1024, (1024, 1), 64)  # one-row strips: spread along x all the same
    assert sorted({x for x, _, _, _ in stripped}) == [0, 256, 512, 768] and len(stripped) == 16
    small = _sample_windows(40, 30, (40, 1), 64)  # smaller than a window: the whole raster, once
    assert small == [(0, 0, 40, 30)]


def test_unscaled_numbers_are_found_implausible_and_a_small_footprint_is_still_sampled(tmp_path):
    rng = np.random.default_rng(1)
    dn = rng.integers(7000, 30000, (6, 1024, 1024)).astype(np.uint16)  # Collection 2 DN, read with no scaling
    scene = Scene.from_raster(tiled(tmp_path / "dn.tif", dn), scaling="none")
    raw, _ = _sample(scene, 256)
    assert raw.size == 6 * 16 * 64 * 64  # the six role bands (B2-B7 by name), 16 windows of 64 x 64 each ...
    assert "of a sample of valid pixels are outside" in scene.plausibility_warning()
    # ... and a scene whose valid pixels are one 20 x 20 patch between the windows: a decimated read finds them
    sparse = np.zeros_like(dn)
    sparse[:, 600:620, 130:150] = dn[:, 600:620, 130:150]
    scene = Scene.from_raster(tiled(tmp_path / "sparse.tif", sparse, nodata=0), scaling="none")
    raw, scaled = _sample(scene, 256)
    assert 0 < raw.size <= 6 * 400 and scene.plausibility_warning() is not None
