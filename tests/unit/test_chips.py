import json
import os

import numpy as np
import pytest
from helpers import real_data, stack_hls, write_raster
from osgeo import gdal, ogr, osr

from glacier_mapper.core.errors import BandError, Cancelled, InputError, OutputError
from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import normalized_difference
from glacier_mapper.core.training.chip_export import ChipOptions, export_chips, options_from_model_card
from glacier_mapper.core.training.chip_split import TRAIN, VAL, block_of, split_chips

ORIGIN = (480000.0, 5780000.0)
PIXEL = 30.0
SIZE = 300
# The label square: rows and columns 80..207 (128 x 128 px).
SQUARE = (80, 208)
# A nodata patch in the blue band, inside the chip at (128, 128).
NODATA_PATCH = (130, 140)


def _xy(col, row):
    return ORIGIN[0] + col * PIXEL, ORIGIN[1] - row * PIXEL


def _box(col0, row0, col1, row1):
    """WKT of the pixel box [col0, col1) x [row0, row1) in the raster's CRS."""
    (x0, y0), (x1, y1) = _xy(col0, row0), _xy(col1, row1)
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def _polygons(path, wkts, values=None, epsg=32611, field="class", layer="labels"):
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer(layer, srs, ogr.wkbPolygon)
    lyr.CreateField(ogr.FieldDefn(field, ogr.OFTInteger))
    for i, wkt in enumerate(wkts):
        feature = ogr.Feature(lyr.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        if values is not None and values[i] is not None:
            feature.SetField(field, values[i])
        lyr.CreateFeature(feature)
    ds = None
    return str(path)


@pytest.fixture
def scene(tmp_path):
    """7 bands (B1..B7, UInt16 DN, nodata 0), 300 x 300 px, with a nodata patch in B2 (blue)."""
    rng = np.random.default_rng(42)
    bands = rng.integers(8000, 40000, size=(7, SIZE, SIZE)).astype(np.uint16)
    a, b = NODATA_PATCH
    bands[1, a:b, a:b] = 0
    return write_raster(tmp_path / "scene.tif", bands, origin=ORIGIN, pixel=PIXEL, nodata=0,
                        descriptions=[f"B{i}" for i in range(1, 8)])


@pytest.fixture
def square_labels(tmp_path):
    return _polygons(tmp_path / "labels.gpkg", [_box(SQUARE[0], SQUARE[0], SQUARE[1], SQUARE[1])])


def _manifest(result):
    with open(result.manifest_path, encoding="utf-8") as handle:
        return json.load(handle)


def _chips(result):
    """{(x, y): (image, label, split)} of an export."""
    out = {}
    for entry in _manifest(result)["chips"]:
        with np.load(os.path.join(result.folder, entry["file"])) as data:
            out[(entry["x"], entry["y"])] = (data["image"], data["label"], entry["split"])
    return out


def _overlap(start, size, lo=SQUARE[0], hi=SQUARE[1]):
    return max(0, min(start + size, hi) - max(start, lo))


def test_chip_counts_and_label_pixels_match_the_square(scene, square_labels, tmp_path):
    result = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "chips",
                          options=ChipOptions(chip_size=64))
    manifest = _manifest(result)
    chips = _chips(result)
    # 4 x 4 candidate chips; the square touches the 3 x 3 at 64, 128, 192; the corner ones hold 16 x 16 = 6 %.
    assert (result.train + result.val, result.dropped_low_positive, result.dropped_nodata) == (9, 7, 0)
    assert manifest["counts"] == {"train": result.train, "val": result.val, "dropped_low_positive": 7,
                                  "dropped_nodata": 0, "dropped_split_overlap": 0}
    assert sorted(chips) == [(x, y) for x in (64, 128, 192) for y in (64, 128, 192)]
    patch = (NODATA_PATCH[1] - NODATA_PATCH[0]) ** 2
    for (x, y), (image, label, _) in chips.items():
        assert image.shape == (3, 64, 64) and image.dtype == np.float32 and label.dtype == np.uint8
        expected = _overlap(x, 64) * _overlap(y, 64) - (patch if (x, y) == (128, 128) else 0)
        assert int((label == 1).sum()) == expected
        assert int((label == 255).sum()) == (patch if (x, y) == (128, 128) else 0)
    assert manifest["channels"] == ["SWIR1", "NIR", "Blue"] and manifest["band_indices"] == [6, 5, 2]
    assert manifest["reflectance"] == {"preset": "landsat_c2l2", "scale": 2.75e-5, "offset": -0.2}
    assert manifest["resolution_m"] == 30.0 and manifest["format"] == "glaciermapper-chips/1"
    entry = next(c for c in manifest["chips"] if (c["x"], c["y"]) == (192, 192))
    assert entry["positive_fraction"] == pytest.approx(256 / 4096, abs=1e-6)
    # Nothing but the finished folder is left beside it.
    assert sorted(os.listdir(tmp_path)) == ["chips", "labels.gpkg", "scene.tif"]


def test_nodata_is_ignored_and_zero_and_ndsi_channel_equals_the_index(scene, square_labels, tmp_path):
    result = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "chips",
                          options=ChipOptions(chip_size=64, derived=("NDSI",)))
    assert _manifest(result)["channels"] == ["SWIR1", "NIR", "Blue", "NDSI"]
    image, label, _ = _chips(result)[(128, 128)]
    ds = gdal.Open(scene)
    window = [ds.GetRasterBand(i).ReadAsArray(128, 128, 64, 64).astype(np.float32) for i in (3, 6, 2)]
    green, swir1, blue = (w * np.float32(2.75e-5) + np.float32(-0.2) for w in window)
    valid = window[2] != 0
    index = normalized_difference(green, swir1, valid)
    a, b = NODATA_PATCH[0] - 128, NODATA_PATCH[1] - 128
    assert np.all(label[a:b, a:b] == 255) and int((label == 255).sum()) == 100
    assert np.all(image[:, a:b, a:b] == 0)
    np.testing.assert_array_equal(image[3][valid], index[valid])
    np.testing.assert_array_equal(image[0][valid], swir1[valid])
    assert 0.3 < float(np.abs(image[3][valid]).mean()) < 1.0


def test_normalisation_equals_numpy_over_train_chips(scene, square_labels, tmp_path):
    aoi = _polygons(tmp_path / "aoi.gpkg", [_box(0, 0, 150, SIZE)], layer="aoi")
    result = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "chips", aoi_path=aoi,
                          options=ChipOptions(chip_size=64, stride=32, derived=("NDSI",), min_positive_fraction=0.0))
    train = [(image, label) for image, label, split in _chips(result).values() if split == TRAIN]
    assert len(train) == result.train > 10
    outside_with_data = sum(int(((label == 255) & image.all(axis=0)).sum()) for image, label in train)
    nodata = sum(int((~image.any(axis=0)).sum()) for image, label in train)
    # Training chips hold both kinds of ignored pixels: outside the area of interest (10 columns of data in each
    # chip at x = 96) and the blue-band nodata patch (100 px, zero in every channel).
    assert outside_with_data > 0 and outside_with_data % 640 == 0 and nodata > 0 and nodata % 100 == 0
    # Pixels with data: not (ignored and 0 in every channel), as the trainer reads them.
    pixels = np.concatenate([image[:, ~((label == 255) & ~image.any(axis=0))] for image, label in train],
                            axis=1).astype(np.float64)
    norm = _manifest(result)["normalization"]
    assert norm["kind"] == "meanstd"
    np.testing.assert_allclose(norm["mean"], pixels.mean(axis=1), rtol=1e-9)
    np.testing.assert_allclose(norm["std"], pixels.std(axis=1), rtol=1e-6)


def test_corrections_flip_labels_both_ways(scene, square_labels, tmp_path):
    corrections = _polygons(tmp_path / "corrections.gpkg", [
        _box(128, 128, 160, 160),  # false glacier inside the square -> background
        _box(20, 220, 52, 252),  # missed glacier on background -> glacier
        _box(0, 0, 64, 64),  # no class: changes nothing
    ], [0, 1, None])
    options = ChipOptions(chip_size=64, min_positive_fraction=0.0)
    before = _chips(export_chips(Scene.from_raster(scene), square_labels, tmp_path / "before", options=options))
    result = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "after", corrections_path=corrections,
                          options=options)
    after = _chips(result)
    count = {key: {k: int((v[1] == 1).sum()) for k, v in chips.items()} for key, chips in
             (("before", before), ("after", after))}
    assert count["before"][(128, 128)] == 4096 - 100 and count["after"][(128, 128)] == 4096 - 1024
    assert count["before"][(0, 192)] == 0 and count["after"][(0, 192)] == 32 * 32
    assert count["before"][(0, 0)] == count["after"][(0, 0)] == 0
    unchanged = [k for k in count["before"] if k not in ((128, 128), (0, 192))]
    assert all(count["before"][k] == count["after"][k] for k in unchanged)
    manifest = _manifest(result)
    assert manifest["labels"]["corrected_pixels"] == 2048 == result.corrected_pixels
    assert manifest["labels"]["corrections"] == corrections


def test_labels_in_wgs84_give_the_same_pixels(scene, square_labels, tmp_path):
    wgs = tmp_path / "labels_4326.gpkg"
    gdal.VectorTranslate(str(wgs), square_labels, dstSRS="EPSG:4326", format="GPKG")
    options = ChipOptions(chip_size=64, min_positive_fraction=0.0)
    same = _chips(export_chips(Scene.from_raster(scene), square_labels, tmp_path / "a", options=options))
    other = _chips(export_chips(Scene.from_raster(scene), str(wgs), tmp_path / "b", options=options))
    assert sorted(same) == sorted(other)
    differences = sum(int((same[k][1] != other[k][1]).sum()) for k in same)
    total = sum(int((same[k][1] == 1).sum()) for k in same)
    assert total == 128 * 128 - 100
    assert differences <= 128  # at most some border pixels of the square


def test_bowtie_label_is_repaired_and_counted(scene, tmp_path):
    bowtie = "POLYGON(({0} {1},{2} {3},{2} {1},{0} {3},{0} {1}))".format(*_xy(64, 64), *_xy(192, 192))
    labels = _polygons(tmp_path / "bowtie.gpkg", [bowtie])
    result = export_chips(Scene.from_raster(scene), labels, tmp_path / "chips",
                          options=ChipOptions(chip_size=64, min_positive_fraction=0))
    manifest = _manifest(result)
    assert manifest["labels"]["repaired"] == 1 and manifest["labels"]["dropped"] == 0
    assert any("repaired" in w for w in result.warnings)
    positives = sum(int((label == 1).sum()) for _, label, _ in _chips(result).values())
    # Two triangles, each half of a 64 x 128 px rectangle: 8192 px, give or take the pixels along the edges.
    assert abs(positives - 8192) <= 128


def test_class_field_target_value_and_unlabelled_ignored(scene, tmp_path):
    labels = _polygons(tmp_path / "classes.gpkg", [
        _box(SQUARE[0], SQUARE[0], SQUARE[1], SQUARE[1]),  # class 1: glacier
        _box(0, 0, 64, 64),  # class 0: background, labelled on purpose
        _box(220, 20, 252, 52),  # class 2 (say, a lake): not the target, so background
        _box(0, 230, 40, 260)], [1, 0, 2, None])  # no class: left out
    result = export_chips(Scene.from_raster(scene), labels, tmp_path / "chips", options=ChipOptions(
        chip_size=64, class_field="class", unlabelled="ignore", min_valid_fraction=0.2, min_positive_fraction=0))
    chips = _chips(result)
    counts = {k: (int((v[1] == 0).sum()), int((v[1] == 1).sum()), int((v[1] == 255).sum())) for k, v in chips.items()}
    assert counts[(0, 0)] == (4096, 0, 0)
    assert counts[(192, 0)] == (1024, 0, 3072)
    assert counts[(128, 128)] == (0, 4096 - 100, 100)
    assert counts[(192, 128)] == (0, 16 * 64, 4096 - 16 * 64)
    # Chips with under 20 % labelled pixels are dropped: (192, 64) holds 16 x 48 px = 19 %, (0, 192) none.
    assert sorted(chips) == [(0, 0), (64, 64), (64, 128), (128, 64), (128, 128), (128, 192), (192, 0), (192, 128)]
    assert result.dropped_nodata == 8


def test_keep_negative_fraction_keeps_a_seeded_share_of_background_chips(scene, square_labels, tmp_path):
    all_kept = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "a",
                            options=ChipOptions(chip_size=64, keep_negative_fraction=1.0))
    half = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "b",
                        options=ChipOptions(chip_size=64, keep_negative_fraction=0.5, seed=1))
    assert (all_kept.train + all_kept.val, all_kept.dropped_low_positive) == (16, 0)
    kept_negatives = half.train + half.val - 9
    assert kept_negatives + half.dropped_low_positive == 7 and 1 <= kept_negatives <= 6
    assert min(c["positive_fraction"] for c in _manifest(all_kept)["chips"]) == 0.0


def test_area_of_interest_ignores_outside_and_skips_chips_wholly_outside(scene, square_labels, tmp_path):
    aoi = _polygons(tmp_path / "aoi.gpkg", [_box(0, 0, 160, SIZE)], layer="aoi")
    result = export_chips(Scene.from_raster(scene), square_labels, tmp_path / "chips", aoi_path=aoi,
                          options=ChipOptions(chip_size=64, min_positive_fraction=0.0))
    chips = _chips(result)
    assert sorted({x for x, _ in chips}) == [0, 64, 128]  # the column at 192 lies wholly outside
    # (128, 128) is half outside and holds the 100 nodata pixels: 49.6 % valid, below the 50 % minimum.
    assert result.train + result.val == 11 and result.dropped_nodata == 1 and (128, 128) not in chips
    _, label, _ = chips[(128, 64)]
    assert np.all(label[:, 32:] == 255) and int((label[:, :32] == 1).sum()) == 32 * 48


def _rectangles_overlap(a, b, size_a, size_b):
    return a[0] < b[0] + size_b and b[0] < a[0] + size_a and a[1] < b[1] + size_b and b[1] < a[1] + size_a


def test_blocked_split_keeps_validation_blocks_out_of_training(scene, tmp_path):
    everything = _polygons(tmp_path / "all.gpkg", [_box(0, 0, SIZE, SIZE)])
    result = export_chips(Scene.from_raster(scene), everything, tmp_path / "chips",
                          options=ChipOptions(chip_size=32, stride=16, split_block_px=64, seed=3))
    manifest = _manifest(result)
    block = manifest["split"]["block_size_px"]
    assert block == 64 and result.val > 0 and result.train > 0
    val_blocks = {block_of(c["x"], c["y"], 32, block) for c in manifest["chips"] if c["split"] == VAL}
    train = [(c["x"], c["y"]) for c in manifest["chips"] if c["split"] == TRAIN]
    val = [(c["x"], c["y"]) for c in manifest["chips"] if c["split"] == VAL]
    for chip in train:
        assert not any(_rectangles_overlap(chip, (bx * block, by * block), 32, block) for bx, by in val_blocks)
        assert not any(_rectangles_overlap(chip, v, 32, 32) for v in val)
    share = result.val / (result.train + result.val)
    assert result.dropped_split_overlap > 0 and 0.1 <= share <= 0.4
    assert manifest["counts"]["dropped_split_overlap"] == result.dropped_split_overlap


def test_split_of_chips_in_one_block_shrinks_blocks_and_keeps_a_validation_chip():
    positions = [(x, y) for x in (0, 64, 128) for y in (0, 64)]
    result = split_chips(positions, 64, 512, 0.2, seed=0)
    assert result.block_size_px < 512 and result.val >= 1 and result.train >= 1
    assert any("blocks of" in w for w in result.warnings)
    two_overlapping = split_chips([(0, 0), (16, 0)], 64, 256, 0.2)
    assert (two_overlapping.train, two_overlapping.val) == (1, 1)
    assert any("optimistic" in w for w in two_overlapping.warnings)


def test_bad_inputs_say_what_to_fix(scene, square_labels, tmp_path):
    empty = _polygons(tmp_path / "empty.gpkg", [])
    with pytest.raises(InputError, match="has no polygons"):
        export_chips(Scene.from_raster(scene), empty, tmp_path / "o1")
    far = _polygons(tmp_path / "far.gpkg", [_box(5000, 5000, 5100, 5100)])
    with pytest.raises(InputError, match="overlaps the raster.*covers x 480000 to 489000"):
        export_chips(Scene.from_raster(scene), far, tmp_path / "o2")
    with pytest.raises(InputError, match=r"larger than the raster \(300 x 300 px\).*at most 288"):
        export_chips(Scene.from_raster(scene), square_labels, tmp_path / "o3", options=ChipOptions(chip_size=512))
    tiny = _polygons(tmp_path / "tiny.gpkg", [_box(100, 100, 104, 104)])
    with pytest.raises(InputError, match=r"highest observed is 0\.39%"):
        export_chips(Scene.from_raster(scene), tiny, tmp_path / "o4", options=ChipOptions(chip_size=64))
    small_aoi = _polygons(tmp_path / "small_aoi.gpkg", [_box(100, 100, 110, 110)], layer="aoi")
    with pytest.raises(InputError, match=r"All 1 chip\(s\) failed the valid-pixel filter: the best has 2\.4%"):
        export_chips(Scene.from_raster(scene), square_labels, tmp_path / "o8", aoi_path=small_aoi,
                     options=ChipOptions(chip_size=64))
    three = write_raster(tmp_path / "three.tif", np.ones((3, 100, 100), np.uint16), origin=ORIGIN,
                         descriptions=["B2", "B3", "B4"])
    with pytest.raises(BandError, match="SWIR1"):
        export_chips(Scene.from_raster(three), square_labels, tmp_path / "o5", options=ChipOptions(chip_size=64))
    with pytest.raises(InputError, match="'Thermal' is not a band role"):
        export_chips(Scene.from_raster(scene), square_labels, tmp_path / "o6", options=ChipOptions(bands=("Thermal",)))
    with pytest.raises(InputError, match="no field 'kind'"):
        export_chips(Scene.from_raster(scene), square_labels, tmp_path / "o7", options=ChipOptions(class_field="kind"))
    assert sorted(p for p in os.listdir(tmp_path) if p.startswith(".") or p.startswith("o")) == []


def test_paths_with_spaces_and_quotes(scene, square_labels, tmp_path):
    folder = tmp_path / "glacier's \"labels\" 2020"
    folder.mkdir()
    raster = folder / "scene one.tif"
    labels = folder / "my 'labels'.gpkg"
    os.link(scene, raster)
    os.link(square_labels, labels)
    result = export_chips(Scene.from_raster(str(raster)), str(labels), folder / "chips 'v1'",
                          options=ChipOptions(chip_size=64))
    assert result.train + result.val == 9
    assert _manifest(result)["source"] == str(raster)


def test_existing_output_replaced_only_when_it_is_a_chip_folder(scene, square_labels, tmp_path):
    out = tmp_path / "chips"
    first = export_chips(Scene.from_raster(scene), square_labels, out, options=ChipOptions(chip_size=64))
    second = export_chips(Scene.from_raster(scene), square_labels, out,
                          options=ChipOptions(chip_size=32, min_positive_fraction=0.5))
    # 32-px chips with at least half glacier: the 5 x 5 over the square less its 4 quarter-covered corners.
    assert (first.train + first.val, second.train + second.val) == (9, 21)
    assert len(os.listdir(out / "chips")) == 21 and _manifest(second)["chip_size"] == 32
    other = tmp_path / "documents"
    other.mkdir()
    (other / "thesis.docx").write_text("x")
    with pytest.raises(OutputError, match="already holds other files \\(thesis.docx\\)"):
        export_chips(Scene.from_raster(scene), square_labels, other, options=ChipOptions(chip_size=64))
    assert os.listdir(other) == ["thesis.docx"]


def test_cancel_leaves_nothing(scene, square_labels, tmp_path):
    calls = []

    def cancel_on_third_call():
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(Cancelled):
        export_chips(Scene.from_raster(scene), square_labels, tmp_path / "chips", options=ChipOptions(chip_size=64),
                     is_cancelled=cancel_on_third_call)
    assert sorted(os.listdir(tmp_path)) == ["labels.gpkg", "scene.tif"] and len(calls) == 3


def test_bands_from_a_model_card():
    card = {"schema": "glaciermapper-model-card/1", "task": "segmentation", "target": "lake",
            "classes": [{"value": 0, "name": "background"}, {"value": 1, "name": "lake"}], "sensor": "sentinel2",
            "input": {"bands": ["Green", "NIR", "SWIR1"], "derived": ["NDWI"],
                      "reflectance": {"preset": "sentinel2", "scale": 1e-4, "offset": 0.0},
                      "normalization": {"kind": "meanstd", "mean": [0.1] * 4, "std": [0.2] * 4}},
            "tile": {"size": 256, "overlap": 64}, "output": {"kind": "sigmoid", "threshold": 0.5},
            "architecture": {"name": "attention_unet"}}
    options = options_from_model_card(json.dumps(card), ChipOptions(chip_size=256, stride=128))
    assert (options.bands, options.derived, options.target) == (("Green", "NIR", "SWIR1"), ("NDWI",), "lake")
    assert (options.chip_size, options.stride) == (256, 128)


def test_real_athabasca_hls_chips(tmp_path):
    folder = real_data("athabasca_hls")
    outline = real_data("athabasca_hls", "athabasca_outline.shp")
    vrt = stack_hls(folder, tmp_path / "hls.vrt")
    result = export_chips(Scene.from_raster(vrt, scaling=scaling_from_preset("hls")), outline, tmp_path / "chips",
                          options=ChipOptions(chip_size=64, stride=32, derived=("NDSI",)))
    manifest = _manifest(result)
    assert manifest["reflectance"] == {"preset": "hls", "scale": 1e-4, "offset": 0.0}
    assert manifest["band_indices"] == [5, 4, 1]  # B06, B05, B02 of the B02..B07 stack
    assert result.train >= 5 and result.val >= 1
    files = [os.path.join(result.folder, c["file"]) for c in manifest["chips"]]
    assert all(os.path.isfile(f) for f in files) and len(files) == result.train + result.val
    fractions = [c["positive_fraction"] for c in manifest["chips"]]
    # The outline covers the glacier tongue: chips over it are mostly glacier, the others were dropped.
    assert min(fractions) >= 0.05 and max(fractions) > 0.9
    assert 0.3 < result.positive_fraction < 0.9
    with np.load(files[int(np.argmax(fractions))]) as chip:
        ice = chip["label"] == 1
        # Glacier ice is bright in the blue band and has a high NDSI.
        assert float(np.median(chip["image"][2][ice])) > 0.3 and float(np.median(chip["image"][3][ice])) > 0.4


def test_labels_without_crs_are_placed_on_the_scene_or_refused(scene, tmp_path):
    # a GeoPackage saved without CRS reads back as 'Undefined geographic SRS' and crashed the export
    square = _box(SQUARE[0], SQUARE[0], SQUARE[1], SQUARE[1])
    labels = _polygons(tmp_path / "labels.gpkg", [square])
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "bare.gpkg"))
    layer = ds.CreateLayer("labels", None, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(square))
    layer.CreateFeature(feature)
    ds = None
    reference = export_chips(Scene.from_raster(scene), labels, tmp_path / "with_crs",
                             options=ChipOptions(chip_size=64))
    result = export_chips(Scene.from_raster(scene), str(tmp_path / "bare.gpkg"), tmp_path / "no_crs",
                          options=ChipOptions(chip_size=64))
    assert result.train + result.val == reference.train + reference.val == 9
    assert any("has no CRS" in w for w in result.warnings)
    far = ogr.GetDriverByName("GPKG").CreateDataSource(str(tmp_path / "far.gpkg"))
    layer = far.CreateLayer("labels", None, ogr.wkbPolygon)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt("POLYGON((-117 52,-116.9 52,-116.9 51.9,-117 52))"))
    layer.CreateFeature(feature)
    far = None
    with pytest.raises(InputError, match="has no CRS.*Assign the layer the CRS it was drawn in"):
        export_chips(Scene.from_raster(scene), str(tmp_path / "far.gpkg"), tmp_path / "refused",
                     options=ChipOptions(chip_size=64))
    assert not [n for n in os.listdir(tmp_path) if "refused" in n]
