"""NDSI glacier mask: threshold rule, Otsu, water and dark tests, median filter, sieve, errors, outputs."""
import glob
import os

import numpy as np
import pytest
from helpers import read_raster, write_raster
from osgeo import gdal
from scipy import ndimage

from glacier_mapper.core.errors import Cancelled, InputError
from glacier_mapper.core.io.raster import Window
from glacier_mapper.core.sample_scene import Randomisation, generate_scene
from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, glacier_rule, ndsi_glacier_mask
from glacier_mapper.core.spectral.indices import INDEX_BANDS, INDEX_NODATA, normalized_difference
from glacier_mapper.core.spectral.mask_filters import median_3x3
from glacier_mapper.core.spectral.threshold import Histogram, otsu_threshold

NONE = scaling_from_preset("none")


def as_reflectance(path):
    """The Scene of a raster that already holds reflectance."""
    return Scene.from_raster(path, scaling=NONE)


NODATA = -9999.0


def reflectance_stack(green, nir, swir1, fill=0.1):
    """A 7-band OLI-ordered Float32 reflectance stack from the three bands the mask uses."""
    other = np.full(green.shape, fill, np.float32)
    return [other, other, green, other, nir, swir1, other]


def between_class_variance(values, threshold):
    """Otsu's criterion computed directly from the values split at ``threshold``."""
    upper = values >= threshold
    if upper.all() or not upper.any():
        return 0.0
    w1 = upper.mean()
    return (1 - w1) * w1 * (values[~upper].mean() - values[upper].mean()) ** 2


def best_between_class_variance(values, edges):
    values = values.astype(np.float64)
    return max(between_class_variance(values, edge) for edge in edges[1:-1])


@pytest.fixture
def scene(tmp_path):
    """Rock with a glacier, a lake, dark pixels, noise and nodata: every case of the rules."""
    rng = np.random.default_rng(7)
    shape = (120, 150)
    green = rng.uniform(0.10, 0.20, shape).astype(np.float32)
    nir = rng.uniform(0.15, 0.30, shape).astype(np.float32)
    swir = rng.uniform(0.20, 0.35, shape).astype(np.float32)
    glacier = np.zeros(shape, bool)
    glacier[20:90, 30:110] = True
    green[glacier] = rng.uniform(0.3, 0.9, glacier.sum())
    nir[glacier] = green[glacier] * rng.uniform(0.75, 0.95, glacier.sum())  # snow and ice: NDWI 0.03-0.14
    swir[glacier] = rng.uniform(0.0, 0.08, glacier.sum())
    lake = np.zeros(shape, bool)
    lake[95:110, 10:40] = True
    green[lake], nir[lake], swir[lake] = 0.12, 0.02, 0.01
    green[60:66, 120:140], swir[60:66, 120:140] = 0.02, 0.0  # dark, NDSI 1
    bands = reflectance_stack(green, nir, swir)
    bands[2][0:5, 0:150] = NODATA  # nodata rows in green
    bands[5][:, 145:] = NODATA  # nodata columns in SWIR1
    path = write_raster(tmp_path / "scene.tif", bands, nodata=NODATA)
    return path, np.array(bands)


def numpy_rule(bands, threshold, water=None, min_green=None):
    green, nir, swir = bands[2].astype(np.float64), bands[4].astype(np.float64), bands[5].astype(np.float64)
    valid = (bands[2] != NODATA) & (bands[5] != NODATA)
    if water is not None:
        valid &= bands[4] != NODATA
    g, s = np.maximum(green, 0), np.maximum(swir, 0)
    ok = valid & (g + s > 0)
    ndsi = np.where(ok, (g - s) / np.where(ok, g + s, 1), np.nan)
    target = ok & (ndsi >= threshold)
    if water == "ndwi":
        n = np.maximum(nir, 0)
        target &= ~((g - n) / (g + n) > 0.5)
    elif water == "nir":
        target &= ~(nir < 0.05)
    if min_green is not None:
        target &= ~(green < min_green)
    return np.where(ok, target.astype(np.uint8), 255)


@pytest.mark.parametrize("water", ["none", "ndwi", "nir"])
def test_mask_equals_numpy_rule(tmp_path, scene, water):
    path, bands = scene
    options = GlacierMaskOptions(threshold=0.4, water_test=water, min_green=0.05)
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif", tmp_path / "ndsi.tif", options=options)
    mask, nodata = read_raster(result.mask_path)
    expected = numpy_rule(bands, 0.4, None if water == "none" else water, min_green=0.05)
    assert nodata == 255
    assert np.array_equal(mask, expected)
    assert result.target_pixels == int((expected == 1).sum())
    assert result.valid_pixels == int((expected != 255).sum())
    assert result.nodata_pixels == int((expected == 255).sum())
    assert result.threshold == 0.4 and result.automatic is False
    lake_pixels = 15 * 30
    if water == "none":
        assert set(result.excluded) == {"dark"}
        assert np.all(mask[95:110, 10:40] == 1)  # NDSI alone calls the lake glacier
    else:
        assert result.excluded["water"] == lake_pixels
        assert np.all(mask[95:110, 10:40] == 0)
    assert result.excluded["dark"] == 6 * 20
    index, index_nodata = read_raster(result.index_path)
    assert index_nodata == INDEX_NODATA
    assert np.array_equal(index == INDEX_NODATA, expected == 255)


def test_outputs_format_and_metadata(tmp_path, scene):
    path, _ = scene
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif", tmp_path / "ndsi.tif",
                               options=GlacierMaskOptions(threshold=0.35, water_test="nir"),
                               metadata={"GLACIERMAPPER_ALGORITHM": "glaciermapper:ndsiglaciermask"})
    mask = gdal.Open(result.mask_path)
    band = mask.GetRasterBand(1)
    assert gdal.GetDataTypeName(band.DataType) == "Byte"
    assert band.GetNoDataValue() == 255
    assert band.GetBlockSize() == [256, 256]
    assert mask.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "ZSTD"
    metadata = mask.GetMetadata()
    assert metadata["GLACIERMAPPER_ALGORITHM"] == "glaciermapper:ndsiglaciermask"
    assert metadata["GLACIERMAPPER_THRESHOLD"] == "0.35"
    assert metadata["GLACIERMAPPER_THRESHOLD_AUTOMATIC"] == "false"
    assert metadata["GLACIERMAPPER_WATER_RULE"] == "NIR reflectance < 0.05 is water"
    assert metadata["GLACIERMAPPER_TARGET_PIXELS"] == str(result.target_pixels)
    index_dataset = gdal.Open(result.index_path)  # the band lives only as long as its dataset
    index = index_dataset.GetRasterBand(1)
    assert gdal.GetDataTypeName(index.DataType) == "Float32"
    assert index.GetNoDataValue() == INDEX_NODATA


def test_otsu_finds_the_valley_of_a_bimodal_histogram():
    rng = np.random.default_rng(1)
    values = np.concatenate([rng.normal(-0.3, 0.08, 60000), rng.normal(0.6, 0.08, 30000)]).clip(-1, 1)
    histogram = Histogram()
    histogram.add(values.astype(np.float32))
    threshold = otsu_threshold(histogram.counts, histogram.edges)
    # Otsu's criterion at the threshold is the best over all edges (direct search on the values)
    best = best_between_class_variance(values, histogram.edges[::4])
    assert between_class_variance(values.astype(np.float64), threshold) >= best * (1 - 1e-4)
    # and it lies in the valley between the modes (-0.3 and 0.6), where the histogram is nearly empty
    assert -0.05 < threshold < 0.35
    k = np.searchsorted(histogram.edges, threshold) - 1
    assert histogram.counts[k - 5:k + 5].max() < 0.002 * histogram.counts.max()
    # with empty bins between the modes, the middle of the gap
    counts = np.zeros(20)
    counts[[2, 3]] = 50
    counts[[15, 16]] = 50
    # bins 2-3 end at -0.6, bins 15-16 start at 0.5: every split in between is equally good
    assert otsu_threshold(counts, np.linspace(-1, 1, 21)) == pytest.approx((-0.6 + 0.5) / 2, abs=1e-12)
    with pytest.raises(InputError, match="all values fall in one"):
        otsu_threshold(np.array([0, 10, 0, 0]), np.linspace(-1, 1, 5))


def test_histogram_quantiles_and_bounds():
    rng = np.random.default_rng(3)
    values = rng.uniform(-1, 1, 200000).astype(np.float32)
    histogram = Histogram()
    histogram.add(values)
    histogram.add(np.array([1.0, -1.0, 1.5, np.nan], np.float32))
    assert histogram.total == 200002 and histogram.outside == 2
    for q in (0.1, 0.5, 0.9):
        assert histogram.quantile(q) == pytest.approx(np.quantile(values, q), abs=0.002)
    assert histogram.counts[-1] >= 1 and histogram.counts[0] >= 1


def test_automatic_threshold_is_otsu_of_the_valid_ndsi(tmp_path, scene):
    path, bands = scene
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif",
                               options=GlacierMaskOptions(threshold=None, water_test="none"))
    ndsi_values = numpy_ndsi(bands).astype(np.float64)
    best = best_between_class_variance(ndsi_values, np.linspace(-1, 1, 401))
    assert result.automatic is True
    assert between_class_variance(ndsi_values, result.threshold) >= best * (1 - 1e-4)
    assert -0.2 < result.threshold < 0.7  # between rock (NDSI < -0.2) and glacier (> 0.6)
    mask, _ = read_raster(result.mask_path)
    assert np.array_equal(mask, numpy_rule(bands, result.threshold))
    metadata = gdal.Open(result.mask_path).GetMetadata()
    assert metadata["GLACIERMAPPER_THRESHOLD_AUTOMATIC"] == "true"
    assert float(metadata["GLACIERMAPPER_THRESHOLD"]) == pytest.approx(result.threshold, abs=1e-6)


def numpy_ndsi(bands):
    valid = (bands[2] != NODATA) & (bands[5] != NODATA)
    g, s = np.maximum(bands[2][valid], 0).astype(np.float64), np.maximum(bands[5][valid], 0).astype(np.float64)
    keep = g + s > 0
    return ((g - s)[keep] / (g + s)[keep]).astype(np.float32)


def test_median_filter_matches_scipy_inside_and_keeps_nodata(tmp_path):
    rng = np.random.default_rng(11)
    ndsi_high = rng.random((90, 100)) < 0.5
    green = np.where(ndsi_high, 0.6, 0.2).astype(np.float32)
    swir = np.where(ndsi_high, 0.05, 0.3).astype(np.float32)
    swir[40:45, 50:60] = NODATA
    path = write_raster(tmp_path / "noisy.tif", reflectance_stack(green, green, swir), nodata=NODATA)
    options = GlacierMaskOptions(threshold=0.4, median_filter=True)
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif", options=options)
    mask, _ = read_raster(result.mask_path)
    raw = ndsi_high.astype(np.uint8)
    expected = ndimage.median_filter(raw, size=3)
    # away from the raster edge and the nodata block every neighbourhood is complete: the plain median
    interior = np.zeros(raw.shape, bool)
    interior[1:-1, 1:-1] = True
    interior[38:47, 48:62] = False
    assert np.array_equal(mask[interior], expected[interior])
    assert np.all(mask[40:45, 50:60] == 255)
    assert result.nodata_pixels == 50
    assert result.median_changed_pixels == int((mask[mask != 255] != raw[mask != 255]).sum())
    assert result.median_changed_pixels > 1000
    # the same with windows of 4 rows: the 1-pixel halo makes the result independent of the windows
    strips = ndsi_glacier_mask(as_reflectance(path), tmp_path / "strips.tif", options=options, window_rows=4)
    assert np.array_equal(read_raster(strips.mask_path)[0], mask)
    assert strips.target_pixels == result.target_pixels


def test_median_3x3_edges_and_ties():
    mask = np.array([[1, 0, 255],
                     [1, 1, 255],
                     [0, 0, 0]], np.uint8)
    out = median_3x3(mask)
    # nodata does not vote; pixels outside the array do not vote; a tie keeps the centre
    # (0,0): 3 ones of 4 voters -> 1; (0,1): 3 of 4 -> 1; (1,0): 3 of 6 -> tie, keeps 1;
    # (1,1): 3 of 7 -> 0; (2,0): 2 of 4 -> tie, keeps 0; (2,1): 2 of 5 -> 0; (2,2): 1 of 3 -> 0
    assert out.tolist() == [[1, 1, 255], [1, 0, 255], [0, 0, 0]]


def test_sieve_removes_small_glacier_patches_only(tmp_path):
    mask_ndsi = np.zeros((60, 60), bool)
    mask_ndsi[5:25, 5:25] = True  # big glacier (400 px)...
    hole = (slice(12, 14), slice(12, 14))  # ...with a 4 px rock hole, which must stay rock
    mask_ndsi[hole] = False
    mask_ndsi[40:42, 40:42] = True  # 4 px patch: removed
    mask_ndsi[30, 30] = mask_ndsi[31, 31] = mask_ndsi[32, 32] = True  # 3 px touching at corners: one patch
    mask_ndsi[50:53, 5:7] = True  # 6 px patch: kept
    mask_ndsi[45:47, 55:57] = True  # 4 px patch next to nodata: removed, nodata untouched
    green = np.where(mask_ndsi, 0.6, 0.2).astype(np.float32)
    swir = np.where(mask_ndsi, 0.05, 0.3).astype(np.float32)
    swir[44:48, 57:60] = NODATA
    path = write_raster(tmp_path / "patches.tif", reflectance_stack(green, green, swir), nodata=NODATA)
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif",
                               options=GlacierMaskOptions(threshold=0.4, min_patch_pixels=5))
    mask, _ = read_raster(result.mask_path)
    labels, count = ndimage.label(mask == 1, structure=np.ones((3, 3)))
    sizes = sorted(np.bincount(labels.ravel())[1:].tolist())
    assert sizes == [6, 396]
    assert np.all(mask[hole] == 0)
    assert np.all(mask[44:48, 57:60] == 255) and result.nodata_pixels == 12
    assert np.all(mask[30:33, 30:33] == 0) and np.all(mask[40:42, 40:42] == 0)
    assert result.target_pixels == 402 and result.removed_patch_pixels == 4 + 3 + 4
    # a 3-pixel diagonal patch is one patch of 3 (8-connected): kept with a limit of 3
    kept = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask3.tif",
                             options=GlacierMaskOptions(threshold=0.4, min_patch_pixels=3))
    assert np.all(read_raster(kept.mask_path)[0][[30, 31, 32], [30, 31, 32]] == 1)
    assert kept.removed_patch_pixels == 0
    assert glob.glob(str(tmp_path / ".*")) == []  # no scratch file left


@pytest.mark.parametrize("threshold", [1.2, -1.5, float("nan")])
def test_threshold_outside_range_is_an_input_error(tmp_path, scene, threshold):
    with pytest.raises(InputError, match=r"outside \[-1, 1\]"):
        ndsi_glacier_mask(as_reflectance(scene[0]), tmp_path / "mask.tif",
                          options=GlacierMaskOptions(threshold=threshold))
    assert not os.path.exists(tmp_path / "mask.tif")


def test_bad_options_are_input_errors(tmp_path, scene):
    with pytest.raises(InputError, match="Unknown water test 'lakes'"):
        ndsi_glacier_mask(Scene.from_raster(scene[0]), tmp_path / "m.tif",
                          options=GlacierMaskOptions(water_test="lakes"))
    with pytest.raises(InputError, match="NDWI threshold of the water test"):
        ndsi_glacier_mask(Scene.from_raster(scene[0]), tmp_path / "m.tif", options=GlacierMaskOptions(water_test="ndwi",
                                                                                   ndwi_threshold=2))
    with pytest.raises(InputError, match="minimum patch size -3"):
        ndsi_glacier_mask(Scene.from_raster(scene[0]), tmp_path / "m.tif",
                          options=GlacierMaskOptions(min_patch_pixels=-3))


@pytest.mark.parametrize("automatic", [False, True])
def test_cancel_leaves_no_file(tmp_path, scene, automatic):
    calls = []

    def cancel_on_third_call():
        calls.append(1)
        return len(calls) >= 3

    options = GlacierMaskOptions(threshold=None if automatic else 0.4, min_patch_pixels=4, median_filter=True)
    with pytest.raises(Cancelled):
        ndsi_glacier_mask(as_reflectance(scene[0]), tmp_path / "mask.tif", tmp_path / "ndsi.tif", options=options,
                          is_cancelled=cancel_on_third_call, window_rows=10)
    assert len(calls) == 3
    assert sorted(os.listdir(tmp_path)) == ["scene.tif"]


def test_cancel_during_sieve_leaves_no_file(tmp_path, scene):
    progress = []

    def cancel_once_sieving():  # the mask pass ends at 0.9; the sieve reports from there
        return bool(progress) and progress[-1] > 0.9

    with pytest.raises(Cancelled):
        ndsi_glacier_mask(as_reflectance(scene[0]), tmp_path / "mask.tif", progress=progress.append,
                          is_cancelled=cancel_once_sieving, options=GlacierMaskOptions(min_patch_pixels=10))
    assert sorted(os.listdir(tmp_path)) == ["scene.tif"]


def test_progress_covers_both_passes(tmp_path, scene):
    seen = []
    ndsi_glacier_mask(as_reflectance(scene[0]), tmp_path / "mask.tif", progress=seen.append, window_rows=30,
                      options=GlacierMaskOptions(threshold=None, min_patch_pixels=3))
    assert seen == sorted(seen)
    assert seen[3] == pytest.approx(0.45)  # 4 windows of the histogram pass
    assert seen[-1] == pytest.approx(1.0)


def test_all_nodata_raster_is_an_input_error(tmp_path):
    bands = np.full((7, 20, 20), NODATA, np.float32)
    path = write_raster(tmp_path / "empty.tif", bands, nodata=NODATA)
    for threshold in (0.4, None):
        with pytest.raises(InputError, match=r"no valid pixels in bands Green \(band 3\), SWIR1 \(band 6\)"):
            ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif",
                              options=GlacierMaskOptions(threshold=threshold))
    assert sorted(os.listdir(tmp_path)) == ["empty.tif"]


def test_no_crs_and_digital_numbers_warn(tmp_path):
    dn = np.full((7, 16, 16), 30000, np.uint16)
    dn[5] = 9000
    path = write_raster(tmp_path / "dn.tif", dn, epsg=None)
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif")
    assert result.target_pixels == 256
    assert any("no coordinate reference system" in w for w in result.warnings)
    assert any("looks like digital numbers" in w for w in result.warnings)
    scaled = ndsi_glacier_mask(Scene.from_raster(path, scaling=scaling_from_preset("landsat_c2l2")),
                               tmp_path / "mask2.tif")
    assert not any("digital numbers" in w for w in scaled.warnings)


def test_automatic_threshold_outside_the_usual_range_warns(tmp_path):
    """A scene of rock only: Otsu still splits it, and the user is told the threshold is suspicious."""
    rng = np.random.default_rng(5)
    green = rng.uniform(0.05, 0.15, (50, 50)).astype(np.float32)
    swir = rng.uniform(0.25, 0.4, (50, 50)).astype(np.float32)
    path = write_raster(tmp_path / "rock.tif", reflectance_stack(green, green, swir))
    result = ndsi_glacier_mask(as_reflectance(path), tmp_path / "mask.tif", options=GlacierMaskOptions(threshold=None))
    assert result.threshold < 0
    assert any("outside the usual range for glacier" in w for w in result.warnings)


@pytest.fixture(scope="module")
def generated_scene(tmp_path_factory):
    """A randomised sample scene (turbid water, deep shadows, saturation) with a tilted nodata collar."""
    folder = tmp_path_factory.mktemp("generated")
    return generate_scene(folder, width=700, height=400, seed=7, randomise=Randomisation(), nodata_border=15,
                          footprint_rotation=12.0).scene


def whole_scene_mask(path, options):
    """The mask of the whole scene in one numpy pass over whole arrays, as the engine computed each
    window before it worked in chunks of rows: (mask, threshold, excluded counts)."""
    scene = Scene.from_raster(path)
    rule = glacier_rule(options)
    roles = tuple(dict.fromkeys(INDEX_BANDS["ndsi"] + rule.extra_roles))
    reader = scene.reader(roles)
    data, valid = reader.read(Window(0, 0, scene.width, scene.height))
    reader.close()
    bands = dict(zip(roles, data))
    index = normalized_difference(bands["green"], bands["swir1"], valid)
    index_valid = index != INDEX_NODATA
    threshold = options.threshold
    if threshold is None:
        histogram = Histogram()
        histogram.add(index[index_valid])
        threshold = round(otsu_threshold(histogram.counts, histogram.edges), 6)
    above = index_valid & (index >= np.float32(threshold))
    tests = rule.exclusions(bands, valid, {})
    target = above & ~np.logical_or.reduce(list(tests.values())) if tests else above
    mask = np.where(index_valid, target.astype(np.uint8), np.uint8(255)).astype(np.uint8)
    if options.median_filter:
        mask = median_3x3(mask)
    return mask, threshold, {name: int(np.count_nonzero(above & test)) for name, test in tests.items()}


# Pixel counts of the mask at the defaults on generated_scene, measured before the engine computed in
# chunks of rows (commit 9e9af86): the mask is the same, pixel for pixel.
DEFAULT_COUNTS = {"target": 37464, "valid": 135094, "water": 2132}


@pytest.mark.parametrize("options", [
    GlacierMaskOptions(), GlacierMaskOptions(water_test="ndwi"), GlacierMaskOptions(water_test="nir", min_green=0.1),
    GlacierMaskOptions(water_test="none"), GlacierMaskOptions(threshold=None, median_filter=True)],
    ids=["spectral", "ndwi", "nir-dark", "none", "otsu-median"])
@pytest.mark.parametrize("window_rows", [None, 37, 200])  # 200: windows of several chunks, with a halo
def test_mask_of_a_generated_scene_equals_the_whole_scene_rule(tmp_path, generated_scene, options, window_rows):
    result = ndsi_glacier_mask(Scene.from_raster(generated_scene), tmp_path / "mask.tif", options=options,
                               window_rows=window_rows)
    mask, _ = read_raster(result.mask_path)
    expected, threshold, excluded = whole_scene_mask(generated_scene, options)
    assert np.array_equal(mask, expected)
    assert result.threshold == threshold
    assert result.excluded == excluded
    assert result.target_pixels == int(np.count_nonzero(expected == 1))
    assert result.valid_pixels == int(np.count_nonzero(expected != 255))
    if options == GlacierMaskOptions():
        assert {"target": result.target_pixels, "valid": result.valid_pixels, **result.excluded} == DEFAULT_COUNTS
