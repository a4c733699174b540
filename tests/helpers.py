"""Small helpers the tests share: building rasters on disk and reading them back."""
import os
import shutil

import numpy as np
import pytest
from osgeo import gdal, osr

gdal.UseExceptions()

PLUGIN_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REAL_DATA = os.path.join(os.path.dirname(PLUGIN_ROOT), "shared", "data", "real")


def real_data(*parts):
    """Path under ../shared/data/real: fails when CI is set and it is missing, skips with the reason otherwise."""
    path = os.path.join(REAL_DATA, *parts)
    if not os.path.exists(path):
        if os.environ.get("CI"):
            pytest.fail(f"Real test data missing under CI: {path}")
        pytest.skip(f"real data not found: {path}")
    return path


def trainer_python():
    """The trainer environment's interpreter, found as the plugin finds it (GLACIERMAPPER_TRAINER_PYTHON, else
    .venv-trainer in the plugin); fails when CI is set and it is missing, skips otherwise."""
    from glacier_mapper.core.training.trainer_process import default_trainer_python
    path = default_trainer_python()
    if not (os.path.isfile(path) and os.access(path, os.X_OK)):
        message = f"trainer interpreter not found: {path} (make trainer-venv, or set GLACIERMAPPER_TRAINER_PYTHON)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def option(choices, key):
    """The index of ``key`` in a core (key, label) choice sequence: what processing.run takes for an enum."""
    from glacier_mapper.core.choices import choice_index
    return choice_index(choices, key)


def write_raster(path, bands, epsg=32611, origin=(480000.0, 5780000.0), pixel=30.0, nodata=None,
                 descriptions=None, data_type=None):
    """Write a list of 2-D arrays (or a 3-D array) as a GeoTIFF and return its path."""
    bands = np.asarray(bands)
    if bands.ndim == 2:
        bands = bands[None]
    gdal_type = data_type or {np.dtype("uint16"): gdal.GDT_UInt16, np.dtype("int16"): gdal.GDT_Int16,
                              np.dtype("uint8"): gdal.GDT_Byte, np.dtype("float64"): gdal.GDT_Float64,
                              np.dtype("int32"): gdal.GDT_Int32}.get(bands.dtype, gdal.GDT_Float32)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), bands.shape[2], bands.shape[1], bands.shape[0], gdal_type)
    ds.SetGeoTransform((origin[0], pixel, 0, origin[1], 0, -pixel))
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        ds.SetProjection(srs.ExportToWkt())
    for i, array in enumerate(bands):
        band = ds.GetRasterBand(i + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        if descriptions:
            band.SetDescription(descriptions[i])
        band.WriteArray(array)
    ds = None
    return str(path)


def read_raster(path, band=1):
    ds = gdal.Open(str(path))
    array = ds.GetRasterBand(band).ReadAsArray()
    nodata = ds.GetRasterBand(band).GetNoDataValue()
    return array, nodata


def stack_hls(folder, out_vrt):
    """A VRT over copies of the Athabasca HLS single-band files (B02..B07) beside ``out_vrt``.

    Copies, because QGIS computes statistics of a loaded layer's first bands and GDAL stores them in .aux.xml
    files beside the VRT's source files: the shared real data must stay as it is."""
    from glacier_mapper.core.sensors.band_stack import stack_band_files
    names = [f"athabasca_2020229_B0{i}_L30.tif" for i in range(2, 8)]
    here = os.path.dirname(os.path.abspath(os.fspath(out_vrt)))
    os.makedirs(here, exist_ok=True)
    copies = []
    for name in names:
        copy = os.path.join(here, name)
        if os.path.abspath(os.path.join(folder, name)) != copy:
            shutil.copyfile(os.path.join(folder, name), copy)
        copies.append(copy)
    return stack_band_files(copies, out_vrt, nodata=-9999)
