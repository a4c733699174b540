"""Sliding-window ONNX segmentation: seams, nodata, the model contract, real data, TTA, cancel, providers.

The reference for stitching is the same network run once on the whole raster (its axes are dynamic), with the
inputs prepared here from the raster: the engine's tiles and blending must reproduce it.
"""
import json
import math
import os

import numpy as np
import onnxruntime as ort
import pytest
from helpers import read_raster, real_data, stack_hls, write_raster
from osgeo import gdal

from glacier_mapper.core.errors import BandError, Cancelled, InputError, ModelContractError
from glacier_mapper.core.inference.model_card import read_card
from glacier_mapper.core.inference.segment import SegmentOptions, segment_raster
from glacier_mapper.core.io.raster import BandReader, input_block_rows
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import INDEX_BANDS, normalized_difference

MODELS = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "models")
DESCRIPTIONS = ["Green", "NIR", "SWIR1"]  # the synthetic rasters' bands, in this order


def model(name):
    return os.path.join(MODELS, f"{name}.onnx")


def as_reflectance(path):
    """The Scene of a raster that already holds reflectance."""
    return Scene.from_raster(path, scaling="none")


def cpu(**kwargs):
    return SegmentOptions(device="cpu", **kwargs)


def synthetic(path, width, height, seed=0, nodata=None, holes=None):
    """Smooth random Green / NIR / SWIR1 reflectance (0-0.6) with optional nodata holes (a boolean array)."""
    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:height, 0:width] / 37.0
    bands = np.stack([0.3 + 0.25 * np.sin(xx * (k + 1) + yy * (2 - k) + rng.random() * 6) for k in range(3)])
    bands += rng.normal(0, 0.02, bands.shape)
    bands = bands.astype(np.float32)
    if holes is not None:
        bands[:, holes] = nodata
    return write_raster(path, bands, nodata=nodata, descriptions=DESCRIPTIONS), bands


def whole_raster_reference(bands, model_path, valid=None):
    """The network run on the whole raster at once: [K, H, W] probabilities."""
    card = read_card(model_path)
    valid = np.ones(bands.shape[1:], bool) if valid is None else valid
    by_role = {"green": bands[0], "nir": bands[1], "swir1": bands[2]}
    channels = [by_role[r] for r in card.input.band_roles]
    channels += [normalized_difference(*(by_role[r] for r in INDEX_BANDS[d.lower()]), valid)
                 for d in card.input.derived]
    norm = card.input.normalization
    fills = norm.fill_values()
    prepared = []
    for k, channel in enumerate(channels):
        channel = np.where(valid & (channel != -9999.0), channel, np.float32(fills[k])).astype(np.float32)
        if norm.kind == "meanstd":
            channel = (channel - np.float32(norm.mean[k])) / np.float32(norm.std[k])
        else:
            channel = (channel - np.float32(norm.min[k])) / np.float32(norm.max[k] - norm.min[k])
        prepared.append(channel)
    session = ort.InferenceSession(model_path, providers=["CPUExecutionProvider"])
    return session.run(None, {"input": np.stack(prepared)[None].astype(np.float32)})[0][0]


def outputs(tmp_path, prefix="out"):
    return {"out_probability": str(tmp_path / f"{prefix}_p.tif"), "out_mask": str(tmp_path / f"{prefix}_m.tif"),
            "out_confidence": str(tmp_path / f"{prefix}_c.tif")}


SEAM_CASES = [(100, 77, 64, 16), (100, 77, 64, 0), (300, 257, 64, 16), (300, 257, 64, 31), (517, 301, 64, 8),
              (517, 301, 96, 40), (60, 45, 64, 16), (200, 40, 64, 16)]


@pytest.mark.parametrize("width,height,tile,overlap", SEAM_CASES)
def test_per_pixel_model_is_seamless(tmp_path, width, height, tile, overlap):
    path, bands = synthetic(tmp_path / "in.tif", width, height, seed=width)
    result = segment_raster(as_reflectance(path), model("pixel_logistic"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=tile, overlap=overlap))
    probability, nodata = read_raster(result.probability_path)
    reference = whole_raster_reference(bands, model("pixel_logistic"))[0]
    assert nodata == -1.0
    assert probability.shape == (height, width)
    assert np.abs(probability - reference).max() < 1e-5
    assert result.tiles_run == result.tiles_total


@pytest.mark.parametrize("width,height,tile,overlap", [c for c in SEAM_CASES if c[3] >= 2])
@pytest.mark.parametrize("blend", ["cosine", "gaussian"])
def test_convolution_crossing_tile_borders_is_seamless(tmp_path, width, height, tile, overlap, blend):
    path, bands = synthetic(tmp_path / "in.tif", width, height, seed=height)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=tile, overlap=overlap, blend=blend))
    probability, _ = read_raster(result.probability_path)
    reference = whole_raster_reference(bands, model("conv3x3"))[0]
    difference = np.abs(probability - reference)
    if width < tile or height < tile:
        # Padded by reflection, not zeros: only the 3x3 window at the raster's own border sees the difference.
        assert difference[1:-1, 1:-1].max() < 1e-5
        assert difference.max() > 1e-4
    else:
        assert difference.max() < 1e-5


def test_convolution_without_overlap_shows_the_seams_blending_removes(tmp_path):
    """The control for the test above: tiles simply put side by side get the tile borders wrong."""
    path, bands = synthetic(tmp_path / "in.tif", 300, 257)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64, overlap=0))
    difference = np.abs(read_raster(result.probability_path)[0] - whole_raster_reference(bands, model("conv3x3"))[0])
    assert difference[:, 63:65].max() > 1e-3  # the border between the first two tile columns
    assert difference[10:50, 10:50].max() < 1e-5  # inside the first tile


def test_nodata_holes_and_all_nodata_tiles(tmp_path):
    width = height = 256
    holes = np.zeros((height, width), bool)
    holes[:128, :128] = True  # covers 4 whole 64 px tiles, with or without overlap 16
    rng = np.random.default_rng(3)
    holes[rng.integers(0, height, 300), rng.integers(0, width, 300)] = True
    path, bands = synthetic(tmp_path / "in.tif", width, height, nodata=-9999.0, holes=holes)
    clean, _ = synthetic(tmp_path / "clean.tif", width, height)
    for overlap, tiles_total in ((0, 16), (16, 25)):
        result = segment_raster(as_reflectance(path), model("pixel_logistic"), **outputs(tmp_path, f"holes{overlap}"),
                                options=cpu(tile_size=64, overlap=overlap))
        reference = segment_raster(as_reflectance(clean), model("pixel_logistic"), **outputs(tmp_path,
                                   f"clean{overlap}"),
                                   options=cpu(tile_size=64, overlap=overlap))
        assert (result.tiles_total, result.tiles_skipped_nodata, result.tiles_run) == (tiles_total, 4, tiles_total - 4)
        assert reference.tiles_skipped_nodata == 0
        probability, p_nodata = read_raster(result.probability_path)
        mask, m_nodata = read_raster(result.mask_path)
        confidence, c_nodata = read_raster(result.confidence_path)
        assert (p_nodata, m_nodata, c_nodata) == (-1.0, 255, -1.0)
        assert np.array_equal(probability == -1.0, holes)
        assert np.array_equal(mask == 255, holes)
        assert np.array_equal(confidence == -1.0, holes)
        clean_probability, _ = read_raster(reference.probability_path)
        assert np.abs(probability[~holes] - clean_probability[~holes]).max() < 1e-6


def test_nodata_in_one_band_is_nodata_everywhere_and_is_filled_with_the_mean(tmp_path):
    """A hole in Green only: nodata in all outputs; its neighbours see the card's mean, never zero reflectance."""
    rng = np.random.default_rng(5)
    green = (0.2 + 0.3 * rng.random((120, 130))).astype(np.float32)
    green[50:53, 60:64] = np.nan
    path = write_raster(tmp_path / "in.tif", green[None], descriptions=["Green"])
    result = segment_raster(as_reflectance(path), model("conv3x3"), **outputs(tmp_path),
                            options=cpu(tile_size=64, overlap=16))
    probability, _ = read_raster(result.probability_path)
    hole = np.isnan(green)
    assert np.array_equal(probability == -1.0, hole)
    filled = np.where(hole, np.float32(0.2), green)  # conv3x3's card: Green mean 0.2
    reference = whole_raster_reference(np.stack([filled] * 3), model("conv3x3"))[0]
    ring = np.zeros_like(hole)
    ring[49:54, 59:65] = True
    ring &= ~hole
    assert np.abs(probability[ring] - reference[ring]).max() < 1e-5
    zero_filled = whole_raster_reference(np.stack([np.where(hole, 0, green)] * 3).astype(np.float32),
                                         model("conv3x3"))[0]
    assert np.abs(probability[ring] - zero_filled[ring]).max() > 0.05  # zero reflectance would show


def test_softmax_model_writes_target_probability_argmax_classes_and_entropy(tmp_path):
    path, bands = synthetic(tmp_path / "in.tif", 150, 140, seed=11)
    result = segment_raster(as_reflectance(path), model("softmax3"), **outputs(tmp_path),
                            options=cpu(tile_size=64, overlap=16))
    reference = whole_raster_reference(bands, model("softmax3"))
    probability, _ = read_raster(result.probability_path)
    mask, _ = read_raster(result.mask_path)
    confidence, _ = read_raster(result.confidence_path)
    assert result.threshold is None
    assert np.abs(probability - reference[1]).max() < 1e-5  # target "glacier" is class 1
    margin = np.sort(reference, axis=0)
    clear = (margin[-1] - margin[-2]) > 1e-4
    assert np.array_equal(mask[clear], np.argmax(reference, axis=0)[clear].astype(np.uint8))
    assert set(np.unique(mask)) <= {0, 1, 2} and len(np.unique(mask)) == 3
    entropy = -(reference * np.log(reference)).sum(axis=0) / math.log(3)
    assert np.abs(confidence - (1 - entropy)).max() < 1e-4
    dataset = gdal.Open(result.mask_path)
    assert dataset.GetRasterBand(1).GetRasterColorTable().GetColorEntry(2) == (0x1F, 0x78, 0xB4, 255)
    classes = json.loads(dataset.GetMetadataItem("GLACIERMAPPER_CLASSES"))
    assert [c["name"] for c in classes] == ["background", "glacier", "lake"]


def test_model_contract_errors_leave_no_output(tmp_path):
    path, _ = synthetic(tmp_path / "in.tif", 80, 70)
    two_bands = write_raster(tmp_path / "two.tif", np.full((2, 40, 40), 0.3, np.float32),
                             descriptions=["Green", "NIR"])
    corrupt = tmp_path / "corrupt.onnx"
    corrupt.write_bytes(open(model("ndsi_sigmoid"), "rb").read()[:900])
    out = tmp_path / "out"
    out.mkdir()
    target = {"out_mask": str(out / "m.tif")}
    cases = [
        (path, model("no_card"), ModelContractError, "no Glacier Mapper model card"),
        (two_bands, model("ndsi_sigmoid"), BandError, "needs the bands Green, SWIR1.*SWIR1"),
        (path, model("bad_channels"), ModelContractError, r"give 2 channel\(s\).*ONNX input takes 3"),
        (path, str(corrupt), ModelContractError, "not a valid ONNX model"),
        (path, str(tmp_path / "missing.onnx"), ModelContractError, "does not exist"),
    ]
    for raster, onnx_path, error, message in cases:
        with pytest.raises(error, match=message):
            segment_raster(as_reflectance(raster), onnx_path, **target, options=cpu())
    with pytest.raises(ModelContractError, match="multiple of 4"):
        segment_raster(as_reflectance(path), model("tiny_unet"), **target, options=cpu(tile_size=66))
    with pytest.raises(InputError, match="No output was requested"):
        segment_raster(as_reflectance(path), model("conv3x3"), options=cpu())
    with pytest.raises(InputError, match="Unknown device"):
        segment_raster(as_reflectance(path), model("conv3x3"), **target, options=SegmentOptions(device="gpu"))
    assert os.listdir(out) == []
    result = segment_raster(as_reflectance(path), model("tiny_unet"), **target, options=cpu(tile_size=32, overlap=0))
    assert result.tiles_run == 9 and os.listdir(out) == ["m.tif"]


def test_hls_stack_ndsi_model_equals_the_ndsi_threshold_mask(tmp_path):
    folder = real_data("athabasca_hls")
    vrt = stack_hls(folder, tmp_path / "hls.vrt")
    result = segment_raster(Scene.from_raster(vrt, scaling="hls"), model("ndsi_sigmoid"),
                            out_mask=str(tmp_path / "m.tif"),
                            out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64, overlap=16))
    assert result.bands == {"green": 2, "swir1": 5}  # B03 and B06 of the B02..B07 stack
    mask, _ = read_raster(result.mask_path)
    # read_raster closes its dataset: a VRT dataset still open when pytest-qgis has exited QGIS crashed the
    # interpreter's final garbage collection (double free)
    green, swir1 = (read_raster(vrt, band)[0] for band in (2, 5))
    valid = (green != -9999) & (swir1 != -9999)
    ndsi = normalized_difference(green * np.float32(1e-4), swir1 * np.float32(1e-4), valid)
    defined = valid & (ndsi != -9999.0)
    expected = (ndsi >= np.float32(0.4)).astype(np.uint8)
    # Every valid pixel agrees, even the one within 1e-6 of the threshold (NDSI 0.40000004): the model's
    # logit scale of 1000 keeps one float32 step of NDSI on the right side of p = 0.5.
    assert np.count_nonzero(defined & (np.abs(ndsi - 0.4) < 1e-6)) == 1
    assert np.array_equal(mask[defined], expected[defined])
    assert 0.2 < expected[defined].mean() < 0.8  # both classes are well represented
    # Nodata in either band, and pixels whose NDSI is undefined (both bands <= 0), are nodata as in
    # core.spectral.indices.
    assert np.count_nonzero(~valid) > 0 and np.count_nonzero(valid & ~defined) > 0
    assert np.all(mask[~defined] == 255)
    # A card's own mask values (glacier 0, background 9) take the place of 1 and 0, nodata stays 255.
    values = segment_raster(Scene.from_raster(vrt, scaling="hls"), model("ndsi_sigmoid_values"),
                            out_mask=str(tmp_path / "values.tif"), options=cpu(tile_size=64, overlap=16))
    relabelled, _ = read_raster(values.mask_path)
    assert np.array_equal(relabelled, np.choose(np.minimum(mask, 2), [np.uint8(9), np.uint8(0), np.uint8(255)]))
    assert np.count_nonzero(relabelled == 0) == np.count_nonzero(expected[defined])


def test_seven_band_collection2_stack_by_description(tmp_path):
    dn = np.full((7, 70, 90), 12000, np.uint16)  # reflectance 0.13
    dn[2, :, :45] = 40000  # green 0.9: snow on the left half
    dn[5] = 10000  # swir1 0.075
    path = write_raster(tmp_path / "c2.tif", dn, nodata=0, descriptions=[f"SR_B{i}" for i in range(1, 8)])
    result = segment_raster(Scene.from_raster(path, scaling="landsat_c2l2"), model("ndsi_sigmoid"),
                            out_mask=str(tmp_path / "m.tif"),
                            options=cpu(tile_size=64, overlap=16))
    mask, _ = read_raster(result.mask_path)
    assert result.bands == {"green": 3, "swir1": 6}
    assert np.all(mask[:, :45] == 1) and np.all(mask[:, 45:] == 0)


def test_tta_leaves_a_per_pixel_model_unchanged(tmp_path):
    path, _ = synthetic(tmp_path / "in.tif", 150, 130, seed=7)
    plain = segment_raster(as_reflectance(path), model("pixel_logistic"), out_probability=str(tmp_path / "a.tif"),
                           options=cpu(tile_size=64, overlap=16))
    tta = segment_raster(as_reflectance(path), model("pixel_logistic"), out_probability=str(tmp_path / "b.tif"),
                         options=cpu(tile_size=64, overlap=16, tta=True))
    difference = np.abs(read_raster(plain.probability_path)[0] - read_raster(tta.probability_path)[0])
    assert difference.max() < 1e-6
    assert tta.tiles_run == plain.tiles_run == 9


def test_tta_averages_the_eight_views_of_an_asymmetric_model(tmp_path):
    """conv3x3's kernel has no symmetry: with TTA the result is the mean of the 8 dihedral views of the raster."""
    path, bands = synthetic(tmp_path / "in.tif", 150, 130, seed=9)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64, overlap=16, tta=True))
    session = ort.InferenceSession(model("conv3x3"), providers=["CPUExecutionProvider"])
    x = ((bands[0] - np.float32(0.2)) / np.float32(0.1))[None, None]
    views = []
    for turns in range(4):
        for flip in (False, True):
            view = np.rot90(x, turns, axes=(2, 3))
            view = view[..., ::-1] if flip else view
            out = session.run(None, {"input": np.ascontiguousarray(view)})[0]
            out = out[..., ::-1] if flip else out
            views.append(np.rot90(out, -turns, axes=(2, 3))[0, 0])
    probability, _ = read_raster(result.probability_path)
    assert np.abs(probability - np.mean(views, axis=0)).max() < 1e-5
    assert np.abs(probability - views[0]).max() > 1e-3


def test_cancel_leaves_no_output(tmp_path):
    path, _ = synthetic(tmp_path / "in.tif", 300, 300)
    out = tmp_path / "out"
    out.mkdir()
    fractions = []
    with pytest.raises(Cancelled):
        segment_raster(as_reflectance(path), model("pixel_logistic"), **outputs(out),
                       options=cpu(tile_size=64, overlap=16), progress=fractions.append,
                       is_cancelled=lambda: len(fractions) >= 3)
    assert len(fractions) == 3
    assert os.listdir(out) == []


def test_progress_provider_metadata_and_georeferencing(tmp_path):
    path, _ = synthetic(tmp_path / "in.tif", 140, 100)
    fractions = []
    result = segment_raster(as_reflectance(path), model("pixel_logistic"), **outputs(tmp_path),
                            options=cpu(tile_size=64, overlap=16, batch_size=3), progress=fractions.append,
                            metadata={"GLACIERMAPPER_ALGORITHM": "glaciermapper:segment", "CALLER": "test"})
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert result.provider == "CPUExecutionProvider" and result.provider_notes == []
    source, output = gdal.Open(path), gdal.Open(result.mask_path)
    assert output.GetGeoTransform() == source.GetGeoTransform()
    assert output.GetProjection() == source.GetProjection()
    assert output.GetMetadataItem("COMPRESSION", "IMAGE_STRUCTURE") == "ZSTD"
    assert output.GetRasterBand(1).GetBlockSize() == [256, 256]
    items = output.GetMetadata()
    assert items["GLACIERMAPPER_EXECUTION_PROVIDER"] == "CPUExecutionProvider"
    assert items["GLACIERMAPPER_MODEL_NAME"] == "pixel-logistic"
    assert json.loads(items["GLACIERMAPPER_MODEL_CARD"])["input"]["derived"] == ["NDSI"]
    assert items["CALLER"] == "test"
    assert json.loads(items["GLACIERMAPPER_TILING"])["batch_size"] == 3


def test_cuda_request_on_a_machine_without_one_falls_back_to_cpu_with_the_reason(tmp_path):
    path, _ = synthetic(tmp_path / "in.tif", 70, 70)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_mask=str(tmp_path / "m.tif"),
                            options=SegmentOptions(device="cuda", tile_size=64))
    recorded = gdal.Open(result.mask_path).GetMetadataItem("GLACIERMAPPER_EXECUTION_PROVIDER")
    assert recorded == result.provider
    if result.provider == "CPUExecutionProvider":
        assert len(result.provider_notes) == 1 and result.provider_notes[0].startswith("CUDA not used: ")
        assert len(result.provider_notes[0]) > len("CUDA not used: ") + 10
        assert result.provider_notes[0] in result.warnings
    else:
        assert result.provider == "CUDAExecutionProvider" and result.provider_notes == []


def test_tile_grid_pulls_edge_tiles_back_and_weights_cover_every_pixel():
    from glacier_mapper.core.inference.tiling import TileGrid, tile_starts
    assert tile_starts(300, 64, 16) == [0, 48, 96, 144, 192, 236]
    assert tile_starts(64, 64, 16) == [0] and tile_starts(50, 64, 16) == [0]
    for length, tile, overlap in ((300, 64, 16), (517, 96, 40), (129, 64, 1), (1000, 256, 64), (70, 64, 63)):
        for blend in ("cosine", "gaussian"):
            grid = TileGrid(length, 10, tile, overlap, blend)
            total = np.zeros(length)
            for x, weights in zip(grid.xs, grid.x_weights()):
                total[x:x + tile] += weights
            assert total.min() > 0.5, (length, tile, overlap, blend)
            first, last = grid.x_weights()[0], grid.x_weights()[-1]
            assert first[0] == 1.0 and last[-1] == 1.0  # raster border sides: full weight
            if overlap >= 2 and len(grid.xs) > 1:
                assert first[-1] == 0.0 and last[0] == 0.0  # sides shared with a neighbour start at 0
    even = TileGrid(64 + 48 * 4, 10, 64, 16)  # evenly spaced: the Hann ramps of each overlap sum to 1
    total = np.zeros(even.width)
    for x, weights in zip(even.xs, even.x_weights()):
        total[x:x + 64] += weights
    assert np.abs(total - 1).max() < 1e-6


def test_blend_shares_of_the_tiles_over_a_pixel_sum_to_one_and_only_overlaps_are_multiplied():
    from glacier_mapper.core.inference.tiling import TileGrid
    for width, height, tile, overlap in ((300, 517, 64, 16), (517, 300, 96, 40), (129, 70, 64, 1),
                                         (1000, 1000, 256, 64), (70, 50, 64, 63), (40, 30, 64, 16)):
        for blend in ("cosine", "gaussian"):
            grid = TileGrid(width, height, tile, overlap, blend)
            total = np.zeros((grid.padded_height, grid.padded_width))
            for y, y_share in zip(grid.ys, grid.y_shares()):
                for x, x_share in zip(grid.xs, grid.x_shares()):
                    total[y:y + tile, x:x + tile] += y_share.values[:, None] * x_share.values[None, :]
            assert np.abs(total - 1).max() < 1e-6, (width, height, tile, overlap, blend)
            for share in grid.x_shares() + grid.y_shares():
                multiplied = np.zeros(tile, dtype=bool)
                for a, b in share.ramps(0, tile):
                    multiplied[a:b] = True
                assert (share.values[~multiplied] == 1).all()
                assert int(multiplied.sum()) == tile - (share.flat_stop - share.flat_start)
    # 64 px ramps on both sides; the ramps' innermost pixel is 1 too, where the neighbour's weight is exactly 0
    interior = TileGrid(1000, 1000, 256, 64).x_shares()[1]
    assert (interior.flat_start, interior.flat_stop) == (63, 193)
    assert interior.ramps(0, 256) == [(0, 63), (193, 256)] and interior.ramps(100, 150) == []
    assert interior.ramps(30, 100) == [(30, 63)] and interior.ramps(200, 250) == [(200, 250)]
    alone = TileGrid(40, 30, 64, 16).x_shares()  # a raster smaller than a tile: one tile, weight 1 throughout
    assert len(alone) == 1 and (alone[0].values == 1).all() and alone[0].ramps(0, 64) == []


def test_unscaled_digital_numbers_get_a_warning(tmp_path):
    dn = np.full((7, 70, 70), 9000, np.uint16)
    path = write_raster(tmp_path / "c2.tif", dn, descriptions=[f"SR_B{i}" for i in range(1, 8)])
    result = segment_raster(as_reflectance(path), model("ndsi_sigmoid"), out_mask=str(tmp_path / "m.tif"),
                            options=cpu(tile_size=64))
    assert any("probably not reflectance" in w for w in result.warnings)
    scaled = segment_raster(Scene.from_raster(path, scaling="landsat_c2l2"), model("ndsi_sigmoid"),
                            out_mask=str(tmp_path / "n.tif"),
                            options=cpu(tile_size=64))
    assert not any("probably not reflectance" in w for w in scaled.warnings)


def lonlat_raster(path, latitude=52.0, pixel_deg=0.00027, size=100):
    """A 3-band lon/lat (EPSG:4326) GeoTIFF centred on ``latitude``."""
    bands = np.full((3, size, size), 0.3, np.float32)
    return write_raster(path, bands, epsg=4326, origin=(-117.3, latitude + pixel_deg * size / 2), pixel=pixel_deg,
                        descriptions=DESCRIPTIONS)


def test_geodesy_pixel_size_of_a_lonlat_raster_matches_independent_calculations(tmp_path):
    from osgeo import osr

    from glacier_mapper.core.geo.geodesy import pixel_size_m, resolution_m
    scene = Scene.from_raster(lonlat_raster(tmp_path / "lonlat.tif"))
    dx, dy = scene.pixel_size_m
    assert (dx, dy) == pixel_size_m(scene.geotransform, scene.crs_wkt, 100, 100)
    assert scene.resolution_m == resolution_m(scene.geotransform, scene.crs_wkt, 100, 100)
    # 1. WGS84 radii of curvature at 52 N, written out here
    a, f = 6378137.0, 1 / 298.257223563
    e2 = f * (2 - f)
    phi, step = math.radians(52.0), math.radians(0.00027)
    w = 1 - e2 * math.sin(phi) ** 2
    expected_dx = a / math.sqrt(w) * math.cos(phi) * step
    expected_dy = a * (1 - e2) / w ** 1.5 * step
    assert abs(dx / expected_dx - 1) < 1e-3 and abs(dy / expected_dy - 1) < 1e-3
    # 2. PROJ: the pixel's sides measured in a transverse Mercator centred on the pixel (scale 1 there)
    tm = osr.SpatialReference()
    tm.SetProjCS("local TM")
    tm.SetWellKnownGeogCS("WGS84")
    tm.SetTM(52.0, -117.2865, 1.0, 0.0, 0.0)
    lonlat = osr.SpatialReference()
    lonlat.ImportFromEPSG(4326)
    lonlat.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(lonlat, tm)
    h = 0.00027 / 2
    (x0, _, _), (x1, _, _) = transform.TransformPoints([(-117.2865 - h, 52.0), (-117.2865 + h, 52.0)])
    (_, y0, _), (_, y1, _) = transform.TransformPoints([(-117.2865, 52.0 - h), (-117.2865, 52.0 + h)])
    assert abs(dx / (x1 - x0) - 1) < 1e-3 and abs(dy / (y1 - y0) - 1) < 1e-3
    assert scene.resolution_m == pytest.approx(math.sqrt((x1 - x0) * (y1 - y0)), rel=1e-3)
    assert 23.5 < scene.resolution_m < 23.7  # m: 18.6 m east-west by 30.0 m north-south


def test_resolution_warning_compares_the_card_with_the_one_pixel_size_formula(tmp_path):
    from dataclasses import replace

    from glacier_mapper.core.inference.segment import resolution_warning
    scene = Scene.from_raster(lonlat_raster(tmp_path / "lonlat.tif"), scaling="none")
    card = read_card(model("pixel_logistic"))
    # a model trained on chips of this very raster records the same figure: no "resample" warning
    assert resolution_warning(scene, replace(card, resolution_m=round(scene.resolution_m, 2))) is None
    warning = resolution_warning(scene, replace(card, resolution_m=10.0))
    assert warning is not None and "pixels are 23.6 m" in warning and "10 m pixels" in warning
    # through a whole run: the 30 m card is within the tolerance of 23.6 m pixels, a 10 m card is not
    result = segment_raster(scene, model("pixel_logistic"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64))
    assert not any("Resample" in w for w in result.warnings) and result.tiles_run == 4


def test_no_resolution_warning_for_the_lonlat_raster_a_model_was_trained_on(tmp_path):
    """The chip manifest and segment measure pixels with one formula: a model trained on chips of a lon/lat
    raster is not told to 'resample' that very raster (the manifest used to say 18.5 m, segment 23.6 m)."""
    from dataclasses import replace

    from osgeo import ogr, osr

    from glacier_mapper.core.inference.segment import resolution_warning
    from glacier_mapper.core.training.chip_export import ChipOptions, export_chips
    raster = lonlat_raster(tmp_path / "lonlat.tif", size=128)
    scene = Scene.from_raster(raster, scaling="none")
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    x0, dx, _, y0, _, dy = scene.geotransform
    box = [(x0 + dx * c, y0 + dy * r) for c, r in ((16, 16), (112, 16), (112, 112), (16, 112), (16, 16))]
    source = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "labels.gpkg"))
    layer = source.CreateLayer("labels", srs, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((" + ",".join(f"{x} {y}" for x, y in box) + "))"))
    layer.CreateFeature(feature)
    source = layer = feature = None
    exported = export_chips(scene, str(tmp_path / "labels.gpkg"), tmp_path / "chips",
                            options=ChipOptions(chip_size=32, bands=("Green", "NIR", "SWIR1"),
                                                min_positive_fraction=0.0))
    with open(exported.manifest_path, encoding="utf-8") as handle:
        recorded = json.load(handle)["resolution_m"]
    assert recorded == pytest.approx(scene.resolution_m, rel=1e-12) and 23.5 < recorded < 23.7
    card = replace(read_card(model("pixel_logistic")), resolution_m=recorded)
    assert resolution_warning(scene, card) is None
    # the figure the manifest used to record (the east-west size at the centre) is off by more than the tolerance
    assert resolution_warning(scene, replace(card, resolution_m=scene.pixel_size_m[0])) is not None


@pytest.mark.parametrize("tile,overlap", [(128, 16), (128, 48), (128, 100)])
def test_reads_end_on_whole_input_blocks_and_read_every_row_once(tmp_path, monkeypatch, tile, overlap):
    """A block the next strip also needs is not decoded again after the cache flush: reads end on whole blocks
    (64 rows here, at most half a tile) and the rows beyond the strip are kept for the next strips."""
    path, bands = synthetic(tmp_path / "in.tif", 300, 257, seed=3)
    tiled = str(tmp_path / "tiled.tif")
    gdal.Translate(tiled, path, creationOptions=["TILED=YES", "BLOCKXSIZE=64", "BLOCKYSIZE=64"])
    vrt = str(tmp_path / "over_tiled.vrt")
    gdal.BuildVRT(vrt, [tiled])
    assert input_block_rows(gdal.Open(vrt), [1, 2, 3]) == 64  # the source's blocks, not the VRT's 128
    seen = []
    read = BandReader.read_stored

    def recording(self, window):
        seen.append((window.y, window.height))
        return read(self, window)

    monkeypatch.setattr(BandReader, "read_stored", recording)
    result = segment_raster(as_reflectance(tiled), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=tile, overlap=overlap))
    ends = [y + h for y, h in seen]
    assert all(end % 64 == 0 or end == 257 for end in ends)
    assert [y for y, _ in seen] == [0] + ends[:-1] and ends[-1] == 257  # each row once, in order
    from glacier_mapper.core.inference.tiling import TileGrid
    strips = len(TileGrid(300, 257, tile, overlap).ys)
    # with an overlap of more than half a tile, some strips lie wholly in rows read for the strips before them
    assert len(seen) == strips if overlap < tile // 2 else len(seen) < strips
    probability, _ = read_raster(result.probability_path)
    assert np.abs(probability - whole_raster_reference(bands, model("conv3x3"))[0]).max() < 1e-5
