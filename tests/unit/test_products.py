"""Product constructors and the prepared scene on the real products: Landsat 8 C2 L2 (folder, each MTL, .tar),
Sentinel-2 L2A (STAC item, SAFE .zip), HLS L30 files under their official names, and a Landsat 8 Level-1
scene; NDSI from the prepared scene against numpy from the original band files; bad input refused."""
import json
import math
import os
import shutil
import tarfile
import zipfile

import numpy as np
import pytest
from helpers import real_data, stack_hls, write_raster
from osgeo import gdal

from glacier_mapper.core.errors import BandError, InputError
from glacier_mapper.core.nodata import INDEX_NODATA
from glacier_mapper.core.sensors.products.open import open_product
from glacier_mapper.core.sensors.products.prepare import prepare_product, prepare_scene
from glacier_mapper.core.sensors.products.qa import CLOUD
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.indices import compute_index

LANDSAT_ID = "LC08_L2SP_001062_20201031_20201106_02_T2"
S2_ID = "S2A_29RKH_20200219_0_L2A"


def landsat_folder():
    return real_data("products", LANDSAT_ID)


def read(path, band=1):
    dataset = gdal.Open(str(path))
    return dataset.GetRasterBand(band).ReadAsArray()


def ndsi_numpy(green, swir, nodata, scale, offset, extra_invalid=None):
    """Independent NDSI: reflectance, negatives to 0, (g - s) / (g + s); nodata or a zero sum -> invalid."""
    g = np.maximum(green.astype(np.float64) * scale + offset, 0)
    s = np.maximum(swir.astype(np.float64) * scale + offset, 0)
    ok = (green != nodata) & (swir != nodata) & (g + s > 0)
    if extra_invalid is not None:
        ok &= ~extra_invalid
    out = np.full(green.shape, INDEX_NODATA)
    out[ok] = (g[ok] - s[ok]) / (g[ok] + s[ok])
    return out, ok


def assert_ndsi_equal(scene_path, expected, ok, tmp_path):
    result = compute_index(Scene.from_raster(scene_path), "ndsi", tmp_path / "ndsi.tif")
    values = read(result.path)
    assert np.array_equal(values != INDEX_NODATA, ok)
    difference = float(np.abs(values[ok] - expected[ok]).max()) if ok.any() else 0.0
    assert difference < 1e-6
    return result, difference


# --- Landsat 8 Collection 2 Level-2 -------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["", f"{LANDSAT_ID}_MTL.txt", f"{LANDSAT_ID}_MTL.json", f"{LANDSAT_ID}_MTL.xml",
                                  f"{LANDSAT_ID}_SR_stac.json"])
def test_landsat_folder_and_each_mtl(name):
    product = open_product(os.path.join(landsat_folder(), name) if name else landsat_folder())
    assert (product.kind, product.sensor, product.product_id) == ("landsat_c2l2", "landsat_oli", LANDSAT_ID)
    assert [b.name for b in product.bands] == ["B1", "B2", "B3", "B4", "B5", "B6", "B7"]
    assert [b.role for b in product.bands] == ["coastal", "blue", "green", "red", "nir", "swir1", "swir2"]
    assert all(b.path.endswith(f"_SR_{b.name}.TIF") for b in product.bands)
    assert {(b.scale, b.offset, b.nodata) for b in product.bands} == {(2.75e-5, -0.2, 0.0)}
    assert product.acquired.isoformat() == "2020-10-31T14:31:47.808399"
    assert (product.sun_azimuth, product.sun_elevation) == (118.08241478, 64.45083205)
    assert set(product.qa) == {"qa_pixel", "qa_radsat"}
    # the source shrank the files to 5 %: a warning naming both sizes, not a refusal
    assert len(product.warnings) == 1
    assert "379 x 386" in product.warnings[0] and "7581 x 7731" in product.warnings[0]


def test_landsat_tar_is_read_in_place(tmp_path):
    archive = tmp_path / f"{LANDSAT_ID}.tar"
    with tarfile.open(archive, "w") as tar:
        for name in sorted(os.listdir(landsat_folder())):
            tar.add(os.path.join(landsat_folder(), name), arcname=name)
    product = open_product(str(archive))
    assert product.product_id == LANDSAT_ID
    assert product.bands[2].path == f"/vsitar/{archive}/{LANDSAT_ID}_SR_B3.TIF"
    prepared = prepare_scene(product, str(tmp_path / "scene.vrt"), apply_masks=False)
    assert np.array_equal(read(prepared.path, 3), read(os.path.join(landsat_folder(), f"{LANDSAT_ID}_SR_B3.TIF")))
    assert sorted(os.listdir(tmp_path)) == [archive.name, "scene.vrt"]  # nothing extracted


def test_landsat_prepared_scene_bands_scales_metadata_and_cloud_mask(tmp_path):
    prepared = prepare_scene(open_product(landsat_folder()), str(tmp_path / "scene.vrt"),
                             qa_mask_path=str(tmp_path / "qa.tif"))
    dataset = gdal.Open(prepared.path)
    assert dataset.RasterCount == 7 and (dataset.RasterXSize, dataset.RasterYSize) == (379, 386)
    bands = [dataset.GetRasterBand(i + 1) for i in range(7)]
    assert [b.GetDescription() for b in bands][2:6] == ["B3 green", "B4 red", "B5 nir", "B6 swir1"]
    assert {(b.GetScale(), b.GetOffset(), b.GetNoDataValue()) for b in bands} == {(2.75e-5, -0.2, 0.0)}
    metadata = dataset.GetMetadata()
    assert metadata["GLACIERMAPPER_SENSOR"] == "landsat_oli" and metadata["GLACIERMAPPER_PRODUCT_ID"] == LANDSAT_ID
    assert metadata["ACQUISITION_DATE"] == "2020-10-31" and metadata["ACQUISITION_TIME"] == "14:31:47.808Z"
    assert float(metadata["SUN_AZIMUTH"]) == pytest.approx(118.082415)
    assert float(metadata["SUN_ELEVATION"]) == pytest.approx(64.450832)
    # QA_PIXEL holds 1 (fill, 44,854 px), 22280 and 55052 (cloud), 23888 (cloud shadow): the whole scene is cloud
    assert (prepared.data_pixels, prepared.masked_pixels) == (101440, 101440)
    assert prepared.masked_by_reason == {"fill": 44854, "cloud": 101378, "cloud shadow": 62}
    assert metadata["GLACIERMAPPER_QA_MASKED_SHARE"] == "1.000000"
    assert prepared.saturated == {f"B{n}": 0 for n in range(1, 8)}
    qa_pixel = read(os.path.join(landsat_folder(), f"{LANDSAT_ID}_QA_PIXEL.TIF"))
    green = read(prepared.path, 3)
    cloud = (qa_pixel == 22280) | (qa_pixel == 55052)
    assert cloud.sum() == 101378 and np.all(green[cloud] == 0)
    reasons = read(tmp_path / "qa.tif")
    assert np.array_equal(np.unique(reasons), [1, 2, 3]) and int((reasons == 2).sum()) == 101378
    assert gdal.Open(str(tmp_path / "qa.tif")).GetRasterBand(1).GetColorTable().GetColorEntry(2) == (
        255, 255, 255, 255)


def test_landsat_ndsi_from_the_prepared_scene_equals_numpy(tmp_path):
    folder = landsat_folder()
    green = read(os.path.join(folder, f"{LANDSAT_ID}_SR_B3.TIF"))
    swir = read(os.path.join(folder, f"{LANDSAT_ID}_SR_B6.TIF"))
    # every pixel with data is cloud: with the default masks nothing is left to compute
    masked = prepare_scene(open_product(folder), str(tmp_path / "masked.vrt"))
    assert int((read(masked.path, 3) != 0).sum()) == 0
    with pytest.raises(InputError, match=r"quality masks hid 100.0% of the pixels with data"):
        compute_index(Scene.from_raster(masked.path), "ndsi", tmp_path / "none.tif")
    assert not os.path.exists(tmp_path / "none.tif")
    prepared = prepare_scene(open_product(folder), str(tmp_path / "scene.vrt"), apply_masks=False)
    expected, ok = ndsi_numpy(green, swir, 0, 2.75e-5, -0.2)
    result, _ = assert_ndsi_equal(prepared.path, expected, ok, tmp_path)
    assert result.valid_pixels == int(ok.sum()) == 101724


# --- Sentinel-2 L2A ------------------------------------------------------------------------------------------
def s2_folder():
    return real_data("products", S2_ID)


def average_2x2(array):
    h, w = array.shape
    blocks = array.astype(np.float64).reshape(h // 2, 2, w // 2, 2)
    return np.floor(blocks.mean(axis=(1, 3)) + 0.5)


def test_sentinel2_stac_item_at_20_m(tmp_path):
    product = open_product(os.path.join(s2_folder(), f"{S2_ID}.json"))
    assert (product.kind, product.sensor, product.product_id) == ("sentinel2_l2a", "sentinel2", S2_ID)
    assert [b.name for b in product.bands] == ["B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9",
                                               "B11", "B12"]
    assert {(b.scale, b.offset, b.nodata) for b in product.bands} == {(1e-4, 0.0, 0.0)}  # baseline 02.14
    assert product.acquired.isoformat() == "2020-02-19T11:34:25.405000"
    assert product.sun_elevation == pytest.approx(48.293248430895)
    prepared = prepare_scene(product, str(tmp_path / "s2.vrt"))
    dataset = gdal.Open(prepared.path)
    assert (dataset.RasterXSize, dataset.RasterYSize, dataset.RasterCount) == (549, 549, 12)
    assert dataset.GetGeoTransform()[1] == 200.0  # the 20 m bands' grid (decimated x10 by the source)
    assert prepared.resampling == "average" and dataset.GetMetadata()["GLACIERMAPPER_RESAMPLING"] == "average"
    assert dataset.GetRasterBand(3).GetDescription() == "B3 green"
    # SCL: 8/9 cloud (967 + 837), 10 cirrus (10,434) of 301,401 pixels
    assert (prepared.data_pixels, prepared.masked_pixels) == (301401, 12238)
    scl = read(os.path.join(s2_folder(), "SCL.tif"))
    cloud = np.isin(scl, [8, 9, 10])
    assert np.all(read(prepared.path, 3)[cloud] == 0) and np.all(read(prepared.path, 11)[cloud] == 0)
    green = average_2x2(read(os.path.join(s2_folder(), "B03.tif")))
    swir = read(os.path.join(s2_folder(), "B11.tif"))
    assert np.array_equal(read(prepared.path, 3)[~cloud], green[~cloud])
    expected, ok = ndsi_numpy(green, swir, 0, 1e-4, 0.0, cloud)
    result, _ = assert_ndsi_equal(prepared.path, expected, ok, tmp_path)
    assert result.valid_pixels == int(ok.sum()) == 289163
    scene = Scene.from_raster(prepared.path)
    assert scene.sensor.key == "sentinel2" and scene.scaling.label == "sentinel2"
    assert scene.bands_for(["nir"]) == {"nir": 8} and scene.acquisition_date.isoformat() == "2020-02-19"
    assert scene.sun_azimuth == pytest.approx(147.671042)


def safe_zip(tmp_path, baseline="02.14", level="L2A"):
    """A SAFE-shaped .zip from the real COG band files (GDAL reads them whatever the .jp2 name)."""
    name = f"S2A_MSI{level}_20200219T112111_N{baseline.replace('.', '')}_R037_T29RKH_20200219T123947"
    root = tmp_path / "safe" / f"{name}.SAFE"
    granule = root / "GRANULE" / "L2A_T29RKH_A024344_20200219T113105"
    ten = ["B02", "B03", "B04", "B08"]
    for band in ["B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B8A", "B09", "B11", "B12", "SCL"]:
        metres = "10m" if band in ten else "60m" if band in ("B01", "B09") else "20m"
        folder = granule / "IMG_DATA" / f"R{metres}"
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(os.path.join(s2_folder(), f"{band}.tif"), folder / f"T29RKH_20200219T112111_{band}_{metres}.jp2")
    offsets = "".join(f'<BOA_ADD_OFFSET band_id="{i}">-1000</BOA_ADD_OFFSET>' for i in range(13))
    offsets = f"<BOA_ADD_OFFSET_VALUES_LIST>{offsets}</BOA_ADD_OFFSET_VALUES_LIST>" if baseline >= "04" else ""
    (root / f"MTD_MSI{level}.xml").write_text(
        f'<?xml version="1.0"?><n1:Level-2A_User_Product xmlns:n1="x"><General_Info><Product_Info>'
        f"<PRODUCT_START_TIME>2020-02-19T11:21:11.024Z</PRODUCT_START_TIME><PRODUCT_URI>{name}.SAFE</PRODUCT_URI>"
        f"<PROCESSING_BASELINE>{baseline}</PROCESSING_BASELINE></Product_Info><Product_Image_Characteristics>"
        f"<QUANTIFICATION_VALUES_LIST><BOA_QUANTIFICATION_VALUE>10000</BOA_QUANTIFICATION_VALUE>"
        f"</QUANTIFICATION_VALUES_LIST>{offsets}"
        "</Product_Image_Characteristics></General_Info></n1:Level-2A_User_Product>")
    (granule / "MTD_TL.xml").write_text(
        '<?xml version="1.0"?><t><Tile_Angles><Mean_Sun_Angle><ZENITH_ANGLE unit="deg">41.7</ZENITH_ANGLE>'
        '<AZIMUTH_ANGLE unit="deg">147.67</AZIMUTH_ANGLE></Mean_Sun_Angle></Tile_Angles></t>')
    archive = tmp_path / f"{name}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as handle:
        for folder, _, files in os.walk(tmp_path / "safe"):
            for file in files:
                path = os.path.join(folder, file)
                handle.write(path, os.path.relpath(path, tmp_path / "safe"))
    shutil.rmtree(tmp_path / "safe")
    return archive


@pytest.mark.parametrize("baseline, offset", [("02.14", 0.0), ("04.00", -0.1)])
def test_sentinel2_safe_zip(tmp_path, baseline, offset):
    archive = safe_zip(tmp_path, baseline)
    product = open_product(str(archive))
    assert product.kind == "sentinel2_l2a" and product.product_id.startswith("S2A_MSIL2A_20200219T112111")
    assert product.band("B3").path.startswith(f"/vsizip/{archive}/")
    assert {(b.scale, round(b.offset, 12)) for b in product.bands} == {(1e-4, offset)}
    assert product.sun_elevation == pytest.approx(90 - 41.7) and product.sun_azimuth == pytest.approx(147.67)
    prepared = prepare_scene(product, str(tmp_path / "s2.vrt"), resolution=10)
    dataset = gdal.Open(prepared.path)
    assert (dataset.RasterXSize, dataset.GetGeoTransform()[1]) == (1098, 100.0)
    assert dataset.GetRasterBand(11).GetOffset() == pytest.approx(offset)
    scl = np.repeat(np.repeat(read(os.path.join(s2_folder(), "SCL.tif")), 2, 0), 2, 1)
    cloud = np.isin(scl, [8, 9, 10])
    green = read(os.path.join(s2_folder(), "B03.tif"))
    assert np.array_equal(read(prepared.path, 3)[~cloud], green[~cloud]) and np.all(read(prepared.path, 3)[cloud] == 0)
    assert prepared.masked_pixels == 12238  # counted on the SCL's own 20 m grid


def test_sentinel2_l1c_refused_where_l2a_is_asked(tmp_path):
    archive = safe_zip(tmp_path, level="L1C")
    with pytest.raises(InputError, match=r"Level-1C .*Level-2A\) was asked"):
        open_product(str(archive), require_level2=True)


# --- HLS -----------------------------------------------------------------------------------------------------
def hls_product(tmp_path, fmask=True):
    """The Athabasca L30 files under HLS's official names, with a Fmask marking a cloud block."""
    folder = tmp_path / "hls"
    folder.mkdir()
    source = real_data("athabasca_hls")
    stem = "HLS.L30.T11UMU.2020229T184845.v2.0"
    for n in range(2, 8):
        shutil.copy(os.path.join(source, f"athabasca_2020229_B0{n}_L30.tif"), folder / f"{stem}.B0{n}.tif")
    if fmask:
        like = gdal.Open(os.path.join(source, "athabasca_2020229_B03_L30.tif"))
        values = np.zeros((like.RasterYSize, like.RasterXSize), np.uint8)
        values[:40, :50] = 0b10  # cloud
        values[40:60, :50] = 0b1000  # cloud shadow
        values[60:70, :50] = 0b10000  # snow: kept
        gt = like.GetGeoTransform()
        write_raster(folder / f"{stem}.Fmask.tif", values, origin=(gt[0], gt[3]), pixel=gt[1], epsg=32611)
    return folder


def test_hls_files_prepared_and_ndsi_equals_numpy(tmp_path):
    folder = hls_product(tmp_path)
    product = open_product(str(folder))
    assert (product.kind, product.sensor, product.product_id) == ("hls", "landsat_oli",
                                                                  "HLS.L30.T11UMU.2020229T184845.v2.0")
    assert [b.name for b in product.bands] == ["B2", "B3", "B4", "B5", "B6", "B7"]
    assert {(b.scale, b.offset, b.nodata) for b in product.bands} == {(1e-4, 0.0, -9999.0)}
    assert product.acquired.isoformat() == "2020-08-16T18:48:45"
    prepared = prepare_scene(product, str(tmp_path / "hls.vrt"))
    assert prepared.masked_by_reason["cloud"] == 2000 and prepared.masked_by_reason["cloud shadow"] == 1000
    assert (prepared.data_pixels, prepared.masked_pixels) == (215 * 205, 3000)
    green = read(folder / "HLS.L30.T11UMU.2020229T184845.v2.0.B03.tif")
    swir = read(folder / "HLS.L30.T11UMU.2020229T184845.v2.0.B06.tif")
    cloud = np.zeros(green.shape, bool)
    cloud[:60, :50] = True
    assert np.all(read(prepared.path, 2)[cloud] == -9999)
    expected, ok = ndsi_numpy(green, swir, -9999, 1e-4, 0.0, cloud)
    result, _ = assert_ndsi_equal(prepared.path, expected, ok, tmp_path)
    assert result.valid_pixels == int(ok.sum())


def test_hls_stack_default_scaling_is_hls_from_the_file_names(tmp_path):
    """The Athabasca stack (B02..B07 from *_L30 files): the default scaling is HLS x 1e-4, not Landsat C2."""
    vrt = stack_hls(real_data("athabasca_hls"), tmp_path / "hls.vrt")
    scene = Scene.from_raster(vrt)
    assert scene.scaling.label == "hls" and scene.sensor.key == "landsat_oli"
    assert scene.plausibility_warning() is None
    result = compute_index(scene, "ndsi", tmp_path / "ndsi.tif")
    values = read(result.path)
    assert result.valid_pixels == 42663 and np.count_nonzero(values >= 0.4) == 30307
    wrong = Scene.from_raster(vrt, scaling="landsat_c2l2").plausibility_warning()
    assert "HLS (x 1e-4)" in wrong and "outside -0.1..1.6" in wrong


# --- Landsat 8 Level-1 ---------------------------------------------------------------------------------------
def test_landsat_level1_toa_from_the_mtl(tmp_path):
    folder = real_data("landsat8_l1_sattestdata")
    product = open_product(os.path.join(folder, "l8_MTL.txt"))
    assert (product.kind, product.product_id) == ("landsat_l1", "LC80200392015216LGN00")
    sin_elevation = math.sin(math.radians(64.74360932))
    assert product.band("B3").scale == pytest.approx(2e-5 / sin_elevation)
    assert product.band("B3").offset == pytest.approx(-0.1 / sin_elevation)
    assert set(product.qa) == {"bqa"}
    prepared = prepare_scene(product, str(tmp_path / "l1.vrt"))
    # pre-collection BQA: high cloud (22,776 px) and high cirrus confidence
    assert prepared.masked_by_reason == {"clear": 257593, "cirrus": 97712, "cloud": 22776}
    green, swir = read(os.path.join(folder, "l8_B3.tif")), read(os.path.join(folder, "l8_B6.tif"))
    bqa = read(os.path.join(folder, "l8_BQA.tif"))
    masked = (((bqa >> 14) & 3) == 3) | (((bqa >> 12) & 3) == 3)
    scale_g, offset_g = product.band("B3").scale, product.band("B3").offset
    scale_s, offset_s = product.band("B6").scale, product.band("B6").offset
    g = np.maximum(green * scale_g + offset_g, 0)
    s = np.maximum(swir * scale_s + offset_s, 0)
    ok = (green != 0) & (swir != 0) & (g + s > 0) & ~masked
    expected = np.where(ok, (g - s) / np.where(ok, g + s, 1), INDEX_NODATA)
    result, _ = assert_ndsi_equal(prepared.path, expected, ok, tmp_path)
    assert result.valid_pixels == int(ok.sum()) == 257593


# --- Scene reading rasters without our metadata ---------------------------------------------------------------
def test_sentinel2_driver_descriptions_and_b8a(tmp_path):
    values = np.full((4, 5, 6), 2000, np.uint16)
    names = ["B3, central wavelength 560 nm", "B4, central wavelength 665 nm", "B8A, central wavelength 865 nm",
             "B11, central wavelength 1610 nm"]
    scene = Scene.from_raster(write_raster(tmp_path / "s2.tif", values, descriptions=names, nodata=0))
    assert scene.sensor.key == "sentinel2" and scene.scaling.label == "sentinel2"
    assert scene.bands_for(["green", "nir", "swir1"]) == {"green": 1, "nir": 3, "swir1": 4}
    explicit = Scene.from_raster(tmp_path / "s2.tif", band_overrides={"nir": 3})
    assert explicit.bands_for(["nir"]) == {"nir": 3}
    with pytest.raises(BandError, match="not the Red band"):
        Scene.from_raster(tmp_path / "s2.tif", band_overrides={"red": 3}).bands_for(["red"])


# --- bad input -----------------------------------------------------------------------------------------------
def partial_landsat(tmp_path, skip=(), rename=None):
    folder = tmp_path / LANDSAT_ID
    folder.mkdir()
    for name in os.listdir(landsat_folder()):
        if name.endswith((".TIF", "_MTL.txt")) and not any(name.endswith(s) for s in skip):
            target = rename(name) if rename else name
            shutil.copy(os.path.join(landsat_folder(), name), folder / target)
    return folder


def test_folder_without_bands_names_them(tmp_path):
    folder = partial_landsat(tmp_path, skip=("_SR_B3.TIF", "_SR_B6.TIF"))
    with pytest.raises(InputError, match=f"lacks band files .*{LANDSAT_ID}_SR_B3.TIF, {LANDSAT_ID}_SR_B6.TIF"):
        open_product(str(folder))


def test_band_files_of_another_product_are_refused(tmp_path):
    folder = partial_landsat(tmp_path)
    other = LANDSAT_ID.replace("001062", "002062")
    shutil.copy(folder / f"{LANDSAT_ID}_SR_B4.TIF", folder / f"{other}_SR_B4.TIF")
    with pytest.raises(InputError, match=f"band files of {other}.*describes {LANDSAT_ID}"):
        open_product(str(folder))


def test_mtl_of_another_product_is_refused(tmp_path):
    other = LANDSAT_ID.replace("20201031", "20201116")
    folder = partial_landsat(tmp_path, rename=lambda n: n.replace(LANDSAT_ID, other) if n.endswith(".TIF") else n)
    with pytest.raises(InputError, match="MTL does not belong to these bands"):
        open_product(str(folder))


def test_collection1_surface_reflectance_is_refused_with_the_reason(tmp_path):
    folder = partial_landsat(tmp_path)
    shutil.copy(folder / f"{LANDSAT_ID}_SR_B3.TIF", folder / "LC08_L1TP_001062_20201031_20201106_01_T1_sr_band3.tif")
    with pytest.raises(InputError, match="Collection 1 Level-2 .*retired"):
        open_product(str(folder / f"{LANDSAT_ID}_MTL.txt"))


def test_archive_that_is_not_a_product(tmp_path):
    archive = tmp_path / "photos.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("readme.txt", "holiday")
    with pytest.raises(InputError, match="holds no Landsat MTL file and no Sentinel-2 MTD_MSIL.*not a product"):
        open_product(str(archive))
    with pytest.raises(InputError, match="holds no product"):
        open_product(str(tmp_path))
    assert sorted(os.listdir(tmp_path)) == ["photos.zip"]


def test_mixed_hls_products_are_refused(tmp_path):
    folder = hls_product(tmp_path, fmask=False)
    shutil.copy(folder / "HLS.L30.T11UMU.2020229T184845.v2.0.B03.tif",
                folder / "HLS.L30.T11UMU.2020245T184845.v2.0.B03.tif")
    with pytest.raises(InputError, match="mixes the band files of 2 HLS products"):
        open_product(str(folder))


@pytest.mark.parametrize("make", ["landsat", "hls", "s2"])
def test_geotiff_equals_the_vrt(tmp_path, make):
    source = {"landsat": lambda: landsat_folder(), "hls": lambda: str(hls_product(tmp_path)),
              "s2": lambda: os.path.join(s2_folder(), f"{S2_ID}.json")}[make]()
    product = open_product(source)
    vrt = prepare_scene(product, str(tmp_path / "scene.vrt"))
    tif = prepare_scene(product, str(tmp_path / "scene.tif"), output_format="GTiff")
    a, b = gdal.Open(vrt.path), gdal.Open(tif.path)
    assert b.GetDriver().ShortName == "GTiff" and a.RasterCount == b.RasterCount
    own = {k: v for k, v in b.GetMetadata().items() if k != "AREA_OR_POINT"}  # GeoTIFF's own item
    assert own == a.GetMetadata() and b.GetGeoTransform() == a.GetGeoTransform()
    for index in range(1, a.RasterCount + 1):
        band_a, band_b = a.GetRasterBand(index), b.GetRasterBand(index)
        assert np.array_equal(band_a.ReadAsArray(), band_b.ReadAsArray())
        assert (band_b.GetDescription(), band_b.GetScale(), band_b.GetOffset(), band_b.GetNoDataValue()) == (
            band_a.GetDescription(), band_a.GetScale(), band_a.GetOffset(), band_a.GetNoDataValue())
    assert vrt.masked_pixels == tif.masked_pixels


def test_each_mask_is_a_choice(tmp_path):
    product = open_product(os.path.join(s2_folder(), f"{S2_ID}.json"))
    prepared = prepare_scene(product, str(tmp_path / "cloud_only.vrt"), mask_reasons=[CLOUD])
    scl = read(os.path.join(s2_folder(), "SCL.tif"))
    green = read(prepared.path, 3)
    assert prepared.masked_pixels == 967 + 837 and "cirrus" not in prepared.masked_by_reason
    assert np.all(green[np.isin(scl, [8, 9])] == 0) and np.all(green[scl == 10] != 0)
    kept = prepare_scene(product, str(tmp_path / "none.vrt"), mask_reasons=[])
    assert kept.masked_share is None and np.count_nonzero(read(kept.path, 3) == 0) == 0


def test_radsat_saturation_is_nodata_only_in_the_saturated_band(tmp_path):
    folder = partial_landsat(tmp_path)
    radsat = folder / f"{LANDSAT_ID}_QA_RADSAT.TIF"
    dataset = gdal.Open(str(radsat), gdal.GA_Update)
    values = dataset.GetRasterBand(1).ReadAsArray()
    values[100:120, 200:230] = 1 << 5  # band 6 (SWIR1) saturated in 600 pixels
    dataset.GetRasterBand(1).WriteArray(values)
    dataset = None
    qa_pixel = folder / f"{LANDSAT_ID}_QA_PIXEL.TIF"
    clear = gdal.Open(str(qa_pixel), gdal.GA_Update)
    clear.GetRasterBand(1).WriteArray(np.full((386, 379), 21824, np.uint16))  # no cloud, to see saturation alone
    clear = None
    prepared = prepare_scene(open_product(str(folder)), str(tmp_path / "scene.vrt"),
                             qa_mask_path=str(tmp_path / "qa.tif"))
    assert prepared.saturated["B6"] == 600 and prepared.saturated["B3"] == 0
    assert gdal.Open(prepared.path).GetMetadata()["GLACIERMAPPER_SATURATED_B6"] == "600"
    swir, green = read(prepared.path, 6), read(prepared.path, 3)
    original = read(folder / f"{LANDSAT_ID}_SR_B3.TIF")
    assert np.all(read(folder / f"{LANDSAT_ID}_SR_B6.TIF")[100:120, 200:230] != 0)  # data there before
    assert np.all(swir[100:120, 200:230] == 0) and np.array_equal(green, original)
    assert int((read(tmp_path / "qa.tif") == 5).sum()) == 600


def test_collection1_level1_reads_its_bqa(tmp_path):
    """A Collection 1 Level-1 MTL (COLLECTION_NUMBER = 01): TOA from the MTL, the C1 BQA bits."""
    source = real_data("landsat8_l1_sattestdata")
    folder = tmp_path / "c1"
    folder.mkdir()
    for name in os.listdir(source):
        if name.endswith(".tif"):
            shutil.copy(os.path.join(source, name), folder / name)
    text = open(os.path.join(source, "l8_MTL.txt"), encoding="utf-8").read()
    (folder / "l8_MTL.txt").write_text(text.replace('    DATA_TYPE = "L1T"', '    DATA_TYPE = "L1TP"\n'
                                                                              "    COLLECTION_NUMBER = 01"))
    product = open_product(str(folder))
    assert product.kind == "landsat_l1" and set(product.qa) == {"bqa_c1"}
    assert "Collection 01 L1TP" in product.scaling_label


def test_stac_item_of_baseline_04_takes_the_offset(tmp_path):
    folder = tmp_path / "item"
    shutil.copytree(s2_folder(), folder)
    item_path = folder / f"{S2_ID}.json"
    item = json.loads(item_path.read_text())
    item["properties"]["s2:processing_baseline"] = "04.00"
    item_path.write_text(json.dumps(item))
    product = open_product(str(item_path))
    assert {(b.scale, round(b.offset, 12)) for b in product.bands} == {(1e-4, -0.1)}
    item["properties"]["earthsearch:boa_offset_applied"] = True  # harmonised already: no offset
    item_path.write_text(json.dumps(item))
    assert {b.offset for b in open_product(str(item_path)).bands} == {0.0}


def test_two_mtl_files_in_one_folder_are_refused(tmp_path):
    folder = partial_landsat(tmp_path)
    other = LANDSAT_ID.replace("001062", "002062")
    shutil.copy(folder / f"{LANDSAT_ID}_MTL.txt", folder / f"{other}_MTL.txt")
    with pytest.raises(InputError, match=f"mixes the MTL files of 2 products .*{other}"):
        open_product(str(folder))
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(InputError):
        prepare_product(str(folder), str(out / "scene.vrt"))
    assert os.listdir(out) == []
