"""A sample scene as a Landsat 8 Collection 2 Level-2 product folder: one SR_B<n>.TIF per band, QA_PIXEL from
the class map (cloud where the scene has clouds, fill where it has no data) and an MTL.txt, as USGS delivers
it, so Prepare scene and the workflow model can be tested and benchmarked on a product of any size."""
import datetime
import os
from typing import Optional

import numpy as np
from osgeo import gdal

from ..io.raster import GTIFF_OPTIONS, windows
from .spectra import CLASS_CODES

gdal.UseExceptions()

# QA_PIXEL values USGS writes: clear land (bits 6, 8, 10, 12, 14: clear, low confidences), cloud, fill.
QA_CLEAR, QA_CLOUD, QA_FILL = 21824, 22280, 1


def product_id(date: datetime.date, path_row: str = "140041") -> str:
    return f"LC08_L2SP_{path_row}_{date:%Y%m%d}_{date:%Y%m%d}_02_T1"


def write_landsat_product(scene_path: str, out_dir: str, classes_path: Optional[str] = None,
                          date: Optional[datetime.date] = None) -> str:
    """Write the product folder ``out_dir/<product id>`` from a sample scene.tif and return its path."""
    source = gdal.Open(scene_path)
    metadata = source.GetMetadata()
    date = date or datetime.date.fromisoformat(metadata.get("ACQUISITION_DATE", "2020-08-16")[:10])
    name = product_id(date)
    folder = os.path.join(out_dir, name)
    os.makedirs(folder, exist_ok=True)
    for band in range(1, source.RasterCount + 1):
        gdal.Translate(os.path.join(folder, f"{name}_SR_B{band}.TIF"), source, bandList=[band],
                       creationOptions=list(GTIFF_OPTIONS), noData=0)
    _write_qa(source, classes_path, os.path.join(folder, f"{name}_QA_PIXEL.TIF"))
    write_mtl(folder, name, source.RasterXSize, source.RasterYSize, source.RasterCount, date,
              float(metadata.get("SUN_AZIMUTH", 135.0)), float(metadata.get("SUN_ELEVATION", 45.0)))
    return folder


def write_mtl(folder: str, name: str, width: int, height: int, bands: int, date: datetime.date,
              sun_azimuth: float = 135.0, sun_elevation: float = 45.0) -> str:
    """A minimal Collection 2 Level-2 MTL.txt with the items Prepare scene reads; returns its path."""
    lines = ["GROUP = LANDSAT_METADATA_FILE", "  GROUP = PRODUCT_CONTENTS", f'    LANDSAT_PRODUCT_ID = "{name}"',
             '    PROCESSING_LEVEL = "L2SP"', "    COLLECTION_NUMBER = 02"]
    lines += [f'    FILE_NAME_BAND_{b} = "{name}_SR_B{b}.TIF"' for b in range(1, bands + 1)]
    lines += [f'    FILE_NAME_QUALITY_L1_PIXEL = "{name}_QA_PIXEL.TIF"', "  END_GROUP = PRODUCT_CONTENTS",
              "  GROUP = IMAGE_ATTRIBUTES", '    SPACECRAFT_ID = "LANDSAT_8"', f"    DATE_ACQUIRED = {date}",
              '    SCENE_CENTER_TIME = "10:30:00.0000000Z"', f"    SUN_AZIMUTH = {sun_azimuth:.8f}",
              f"    SUN_ELEVATION = {sun_elevation:.8f}", "  END_GROUP = IMAGE_ATTRIBUTES",
              "  GROUP = PROJECTION_ATTRIBUTES", f"    REFLECTIVE_LINES = {height}",
              f"    REFLECTIVE_SAMPLES = {width}",
              "  END_GROUP = PROJECTION_ATTRIBUTES", "  GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS"]
    for band in range(1, bands + 1):
        lines += [f"    REFLECTANCE_MULT_BAND_{band} = 2.75e-05", f"    REFLECTANCE_ADD_BAND_{band} = -0.200000"]
    lines += ["  END_GROUP = LEVEL2_SURFACE_REFLECTANCE_PARAMETERS", "END_GROUP = LANDSAT_METADATA_FILE", "END"]
    path = os.path.join(folder, f"{name}_MTL.txt")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    return path


def _write_qa(source: gdal.Dataset, classes_path: Optional[str], path: str) -> None:
    """QA_PIXEL block by block: fill where the scene is nodata, cloud on the class map's clouds."""
    out = gdal.GetDriverByName("GTiff").Create(path, source.RasterXSize, source.RasterYSize, 1, gdal.GDT_UInt16,
                                               list(GTIFF_OPTIONS))
    out.SetGeoTransform(source.GetGeoTransform())
    out.SetProjection(source.GetProjection())
    classes = gdal.Open(classes_path) if classes_path else None
    cloud_code = CLASS_CODES.get("cloud")
    for window in windows(source.RasterXSize, source.RasterYSize):
        args = (window.x, window.y, window.width, window.height)
        qa = np.full(window.shape, QA_CLEAR, np.uint16)
        qa[source.GetRasterBand(1).ReadAsArray(*args) == 0] = QA_FILL
        if classes is not None and cloud_code is not None:
            qa[classes.GetRasterBand(1).ReadAsArray(*args) == cloud_code] = QA_CLOUD
        out.GetRasterBand(1).WriteArray(qa, window.x, window.y)
    out = None
