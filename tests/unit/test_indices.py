"""Spectral indices: values against an independent numpy computation, nodata, zero sums, windows, errors."""
import glob
import os

import numpy as np
import pytest
from helpers import read_raster, real_data, stack_hls, write_raster
from osgeo import gdal

from glacier_mapper.core.errors import Cancelled, InputError
from glacier_mapper.core.io.raster import BandReader, Window
from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import INDEX_BANDS, INDEX_NODATA, compute_index, normalized_difference

OLI_POSITION = {"green": 3, "nir": 5, "swir1": 6}  # 1-based, Landsat 8/9 stack B1..B7
C2L2_SCALE, C2L2_OFFSET = 2.75e-5, -0.2


def reference_index(dn_a, dn_b, nodata, scale, offset):
    """Independent computation: reflectance, negatives to 0, (a - b) / (a + b); nodata or a zero sum -> nodata."""
    a = np.maximum(dn_a.astype(np.float64) * scale + offset, 0)
    b = np.maximum(dn_b.astype(np.float64) * scale + offset, 0)
    total = a + b
    ok = (dn_a != nodata) & (dn_b != nodata) & (total > 0)
    out = np.full(dn_a.shape, INDEX_NODATA)
    out[ok] = (a[ok] - b[ok]) / total[ok]
    return out, ok


@pytest.fixture
def landsat_scene(tmp_path):
    """A 7-band UInt16 Landsat C2L2-like stack with a nodata collar, nodata holes and zero-sum pixels."""
    rng = np.random.default_rng(42)
    dn = rng.integers(7000, 45000, size=(7, 230, 310)).astype(np.uint16)
    dn[:, :, :12] = 0  # collar
    dn[2, 50:60, 100:120] = 0  # nodata in green only
    dn[5, 80:85, 200:230] = 0  # nodata in SWIR1 only
    dn[2, 100:104, 40:60] = 7200  # reflectance 7200 x 2.75e-5 - 0.2 = -0.002: taken as 0 ...
    dn[5, 100:104, 40:60] = 7000  # ... and SWIR1 negative too: zero sum
    dn[4, 100:104, 40:60] = 7100  # NIR negative as well: NDWI zero sum
    return write_raster(tmp_path / "scene.tif", dn, nodata=0), dn


@pytest.mark.parametrize("index", sorted(INDEX_BANDS))
def test_index_equals_numpy(tmp_path, landsat_scene, index):
    path, dn = landsat_scene
    a_role, b_role = INDEX_BANDS[index]
    result = compute_index(Scene.from_raster(path), index, tmp_path / f"{index}.tif")
    values, nodata = read_raster(result.path)
    expected, ok = reference_index(dn[OLI_POSITION[a_role] - 1], dn[OLI_POSITION[b_role] - 1], 0,
                                   C2L2_SCALE, C2L2_OFFSET)
    assert nodata == INDEX_NODATA
    assert np.array_equal(values != INDEX_NODATA, ok)
    assert np.abs(values[ok] - expected[ok]).max() < 1e-6
    assert np.all(values[~ok] == INDEX_NODATA)
    assert result.bands == {a_role: OLI_POSITION[a_role], b_role: OLI_POSITION[b_role]}
    assert result.valid_pixels == int(ok.sum())
    assert result.nodata_pixels == int((~ok).sum())
    assert result.minimum == pytest.approx(expected[ok].min(), abs=1e-6)
    assert result.maximum == pytest.approx(expected[ok].max(), abs=1e-6)
    assert result.mean == pytest.approx(expected[ok].mean(), abs=1e-6)
    assert not result.warnings
    # the zero-sum block is nodata, not NaN or inf
    assert np.all(values[100:104, 40:60] == INDEX_NODATA)
    assert np.isfinite(values).all()


def test_offset_is_applied_before_the_ratio(tmp_path, landsat_scene):
    path, dn = landsat_scene
    with_offset, _ = read_raster(compute_index(Scene.from_raster(path), "ndsi", tmp_path / "a.tif").path)
    scale_only_scene = Scene.from_raster(path, scaling=scaling_from_preset("landsat_c2l2", offset=0.0))
    scale_only, _ = read_raster(compute_index(scale_only_scene, "ndsi", tmp_path / "b.tif").path)
    ok = (with_offset != INDEX_NODATA) & (scale_only != INDEX_NODATA)
    # a pure scale leaves the ratio unchanged: the scale-only result is the ratio of raw DN
    green, swir = dn[2].astype(np.float64), dn[5].astype(np.float64)
    with np.errstate(invalid="ignore"):  # 0 / 0 in the collar
        raw_ratio = (green - swir) / (green + swir)
    assert np.abs(scale_only[ok] - raw_ratio[ok]).max() < 1e-6
    # the offset changes it by a lot
    assert np.abs(with_offset[ok] - scale_only[ok]).max() > 0.2


def test_output_format(tmp_path, landsat_scene):
    path, _ = landsat_scene
    out = compute_index(Scene.from_raster(path), "ndwi", tmp_path / "ndwi.tif",
                        metadata={"GLACIERMAPPER_ALGORITHM": "test"}).path
    dataset = gdal.Open(out)
    band = dataset.GetRasterBand(1)
    assert gdal.GetDataTypeName(band.DataType) == "Float32"
    assert band.GetBlockSize() == [256, 256]
    assert dataset.GetMetadata("IMAGE_STRUCTURE")["COMPRESSION"] == "ZSTD"
    metadata = dataset.GetMetadata()
    assert metadata["GLACIERMAPPER_ALGORITHM"] == "test"
    assert metadata["GLACIERMAPPER_INDEX"] == "NDWI"
    assert "x2.75e-05 -0.2" in metadata["GLACIERMAPPER_SCALING"]
    assert band.GetDescription() == "NDWI (McFeeters)"
    assert dataset.GetProjection() == gdal.Open(path).GetProjection()
    assert dataset.GetGeoTransform() == gdal.Open(path).GetGeoTransform()


def test_normalized_difference_zero_sum_and_negatives():
    a = np.array([0.5, 0.0, 0.05, -0.06, -0.01, 0.2, np.nan], dtype=np.float32)
    b = np.array([0.1, 0.0, -0.02, 0.05, -0.02, 0.2, 0.1], dtype=np.float32)
    valid = np.array([True, True, True, True, True, False, True])
    out = normalized_difference(a, b, valid)
    assert out.dtype == np.float32
    assert out[0] == pytest.approx(0.4 / 0.6)
    assert out[1] == INDEX_NODATA  # 0 / 0
    assert out[2] == 1.0  # negative SWIR taken as 0: the sign stays right
    assert out[3] == -1.0  # the raw ratio would be +11
    assert out[4] == INDEX_NODATA  # both negative: sum 0
    assert out[5] == INDEX_NODATA  # not valid
    assert out[6] == INDEX_NODATA  # NaN input
    raw = normalized_difference(a, b, valid, clamp_negative=False)
    assert raw[3] == pytest.approx(-0.11 / -0.01, rel=1e-5)
    overflow = normalized_difference(np.float32([3e38]), np.float32([-2.9e38]), np.array([True]), clamp_negative=False)
    assert overflow[0] == INDEX_NODATA  # a - b overflows float32
    assert np.isfinite(raw).all()


@pytest.mark.parametrize("dtype, nodata, expected_valid", [
    (np.uint16, 0, 7), (np.uint16, 65535, 7), (np.uint16, -9999, 12), (np.uint16, 7.5, 12), (np.int16, -32768, 7),
    (np.uint8, 255, 7), (np.int32, -2147483648, 7), (np.float32, -9999.5, 8), (np.float32, np.nan, 12)])
def test_band_reader_nodata_in_the_band_type_and_by_chunks(tmp_path, dtype, nodata, expected_valid):
    """Integer nodata is compared in the band's own type, other values as floats: the same pixels either way
    (out of range or fractional values match none); reading in chunks of rows gives what read() gives."""
    info = np.iinfo(dtype) if np.dtype(dtype).kind in "iu" else None
    low, high = (info.min, info.max) if info else (-1e30, 1e30)
    fill = nodata if np.isfinite(nodata) and low <= nodata <= high else 0
    values = np.array([[fill, low, 7, high, fill, 3], [1, 2, fill, 4, 5, fill]], dtype=dtype)
    path = write_raster(tmp_path / "band.tif", [values], nodata=float(nodata))
    reader = BandReader(path, [1], scaling=scaling_from_preset("landsat_c2l2"))
    whole, valid = reader.read(Window(0, 0, 6, 2))
    stored = reader.read_stored(Window(0, 0, 6, 2))
    rows = [reader.reflectance(stored, slice(r, r + 1)) for r in range(2)]
    reader.close()
    assert int(valid.sum()) == expected_valid
    assert np.array_equal(valid, values.astype(np.float64) != float(nodata))  # the float comparison's pixels
    assert np.array_equal(valid, np.concatenate([v for _, v in rows]))
    assert np.array_equal(whole.view(np.int32), np.concatenate([d for d, _ in rows], axis=1).view(np.int32))


def test_results_do_not_depend_on_windows(tmp_path, landsat_scene):
    path, _ = landsat_scene
    whole = compute_index(Scene.from_raster(path), "ndsi", tmp_path / "whole.tif")
    strips = compute_index(Scene.from_raster(path), "ndsi", tmp_path / "strips.tif", window_rows=7)
    a, _ = read_raster(whole.path)
    b, _ = read_raster(strips.path)
    assert np.array_equal(a, b)
    assert (whole.valid_pixels, whole.nodata_pixels) == (strips.valid_pixels, strips.nodata_pixels)
    assert whole.mean == pytest.approx(strips.mean, rel=1e-9)


def test_cancel_leaves_no_file(tmp_path, landsat_scene):
    path, _ = landsat_scene
    calls = []

    def cancel_after_first():
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(Cancelled):
        compute_index(Scene.from_raster(path), "ndsi", tmp_path / "ndsi.tif", is_cancelled=cancel_after_first,
                      window_rows=16)
    assert len(calls) >= 2
    assert not os.path.exists(tmp_path / "ndsi.tif")
    assert glob.glob(str(tmp_path / ".*partial*")) == []


def test_progress_reaches_one(tmp_path, landsat_scene):
    path, _ = landsat_scene
    seen = []
    compute_index(Scene.from_raster(path), "ndsi", tmp_path / "ndsi.tif", progress=seen.append, window_rows=50)
    assert len(seen) == 5  # 230 rows in strips of 50
    assert seen == sorted(seen) and seen[-1] == pytest.approx(1.0)


def test_all_nodata_raster_is_an_input_error(tmp_path):
    path = write_raster(tmp_path / "empty.tif", np.zeros((7, 20, 30), np.uint16), nodata=0)
    with pytest.raises(InputError, match=r"no valid pixels in bands Green \(band 3\), SWIR1 \(band 6\)"):
        compute_index(Scene.from_raster(path), "ndsi", tmp_path / "ndsi.tif")
    assert not os.path.exists(tmp_path / "ndsi.tif")


def test_not_a_raster_and_unknown_index(tmp_path, landsat_scene):
    text = tmp_path / "notes.txt"
    text.write_text("not a raster")
    with pytest.raises(InputError, match="not a raster"):
        compute_index(Scene.from_raster(str(text)), "ndsi", tmp_path / "ndsi.tif")
    with pytest.raises(InputError, match="Unknown index 'ndvi'"):
        compute_index(Scene.from_raster(landsat_scene[0]), "ndvi", tmp_path / "ndvi.tif")


def test_raster_without_crs_warns_but_runs(tmp_path):
    dn = np.full((7, 10, 12), 20000, np.uint16)
    path = write_raster(tmp_path / "nocrs.tif", dn, epsg=None)
    result = compute_index(Scene.from_raster(path), "ndsi", tmp_path / "ndsi.tif")
    assert result.valid_pixels == 120
    assert len(result.warnings) == 1 and "no coordinate reference system" in result.warnings[0]
    assert os.path.exists(result.path)


def test_band_descriptions_find_the_bands(tmp_path):
    """A 3-band raster whose descriptions say which band is which, in an unusual order."""
    green = np.full((8, 9), 0.6, np.float32)
    swir = np.full((8, 9), 0.1, np.float32)
    nir = np.full((8, 9), 0.5, np.float32)
    path = write_raster(tmp_path / "three.tif", [swir, nir, green], descriptions=["SR_B6", "SR_B5", "SR_B3"])
    result = compute_index(Scene.from_raster(path, scaling=scaling_from_preset("none")), "ndsi", tmp_path / "ndsi.tif")
    assert result.bands == {"green": 3, "swir1": 1}
    assert result.mean == pytest.approx(0.5 / 0.7, abs=1e-6)


def test_athabasca_hls_ndsi_equals_numpy(tmp_path):
    folder = real_data("athabasca_hls")
    vrt = stack_hls(folder, tmp_path / "hls.vrt")
    result = compute_index(Scene.from_raster(vrt, scaling=scaling_from_preset("hls")), "ndsi", tmp_path / "ndsi.tif")
    values, _ = read_raster(result.path)
    green = gdal.Open(os.path.join(folder, "athabasca_2020229_B03_L30.tif")).ReadAsArray()
    swir = gdal.Open(os.path.join(folder, "athabasca_2020229_B06_L30.tif")).ReadAsArray()
    expected, ok = reference_index(green, swir, -9999, 1e-4, 0.0)
    nodata_in = (green == -9999) | (swir == -9999)
    assert result.bands == {"green": 2, "swir1": 5}
    assert np.array_equal(values != INDEX_NODATA, ok)
    assert np.all(values[nodata_in] == INDEX_NODATA)
    assert np.abs(values[ok] - expected[ok]).max() < 1e-6
    # measured on this scene: the values and the share of glacier-like pixels
    assert result.valid_pixels == 42663 and result.nodata_pixels == 1412
    assert int(nodata_in.sum()) == 897  # the other 515 have green + SWIR1 <= 0 (negative reflectance)
    assert result.mean == pytest.approx(0.6262, abs=1e-4)
    assert np.count_nonzero(values >= 0.4) == 30307
