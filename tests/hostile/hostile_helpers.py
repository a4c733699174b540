"""Inputs for every parameter type, and the fingerprints that show an input was not touched."""
import hashlib
import json
import os

import numpy as np
from helpers import write_raster
from osgeo import ogr, osr

ogr.UseExceptions()


def scene(path, bands=7, rows=40, cols=48):
    """A small multispectral GeoTIFF with band descriptions B1..Bn."""
    rng = np.random.default_rng(len(str(path)))
    data = (rng.random((bands, rows, cols)) * 20000 + 7300).astype(np.uint16)
    return write_raster(path, data, nodata=0, epsg=32645, descriptions=[f"B{i}" for i in range(1, bands + 1)])


def polygons(path, layers=("outlines",), epsg=32645):
    """A GeoPackage (or other OGR file) with one square polygon per layer, inside the scene."""
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    driver = ogr.GetDriverByName("GPKG" if str(path).endswith(".gpkg") else "ESRI Shapefile")
    dataset = driver.CreateDataSource(str(path))
    for name in layers:
        layer = dataset.CreateLayer(name, srs, ogr.wkbPolygon)
        layer.CreateField(ogr.FieldDefn("class", ogr.OFTInteger))
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("class", 1)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(
            "POLYGON ((480100 5779900, 480600 5779900, 480600 5779400, 480100 5779400, 480100 5779900))"))
        layer.CreateFeature(feature)
    dataset = None
    return str(path)


def chip_folder(path):
    """A folder shaped like an export of chips: manifest.json and chips/."""
    os.makedirs(os.path.join(path, "chips"))
    with open(os.path.join(path, "manifest.json"), "w", encoding="utf-8") as handle:
        json.dump({"format": "glaciermapper-chips", "chips": []}, handle)
    with open(os.path.join(path, "chips", "train_0.npz"), "wb") as handle:
        handle.write(b"chip bytes")
    return str(path)


def digest(path):
    """SHA-256 of a file, or of every file below a folder with its relative name."""
    path = str(path)
    sha = hashlib.sha256()
    if os.path.isdir(path):
        for folder, _, names in sorted(os.walk(path)):
            for name in sorted(names):
                full = os.path.join(folder, name)
                sha.update(os.path.relpath(full, path).encode())
                with open(full, "rb") as handle:
                    sha.update(handle.read())
        return sha.hexdigest()
    with open(path, "rb") as handle:
        sha.update(handle.read())
    return sha.hexdigest()


def tree(folder):
    """Every path below a folder, relative, sorted: to show that nothing was added or removed."""
    return sorted(os.path.relpath(os.path.join(d, n), folder) for d, dirs, files in os.walk(folder)
                  for n in dirs + files)
