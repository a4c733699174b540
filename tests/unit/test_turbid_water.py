"""Turbid (glacial-flour) water against snow and ice: both labelled-spectra files and physical mixtures.

Turbid water is modelled as a linear mix of each labelled water spectrum with a suspended-sediment water
spectrum, at fractions 0.25 to 1: glacial flour scatters across the visible and the NIR (peaking in green
and red), while the water still absorbs the SWIR. Two sediment spectra: "median" is the median of a
hand-labelled turbid proglacial water (green 0.096, NIR 0.073, SWIR1 0.032; blue, red and SWIR2 set in
proportion), "heavy" has NIR 0.10. Every spectrum runs through the masks' own code path as a raster pixel.
"""
import csv

import numpy as np
import pytest
from helpers import read_raster, real_data, write_raster

from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, ndsi_glacier_mask
from glacier_mapper.core.spectral.lake_mask import LakeMaskOptions, ndwi_lake_mask

NODATA = -9999.0
WIDTH = 100
# coastal, blue, green, red, NIR, SWIR1, SWIR2
SEDIMENT = {"median": (0.06, 0.07, 0.096, 0.09, 0.073, 0.032, 0.015),
            "heavy": (0.07, 0.08, 0.12, 0.13, 0.10, 0.04, 0.02)}
FRACTIONS = (0.25, 0.5, 0.75, 1.0)
COLUMNS = {"Landsat": ([f"SR_B{i}" for i in range(1, 8)], -0.2),  # the file's values less 0.2 (test_real_spectra)
           "Sentinel-2": (["B1", "B2", "B3", "B4", "B8", "B11", "B12"], 0.0)}
CLASSES = ("snow", "shadowed snow", "ice", "rock", "water", "turbid median", "turbid heavy")
FORMER_LAKE = LakeMaskOptions(index="ndwi", threshold=0.3, exclude_snow_ice=False, snow_ice_nir_min=0.05)


def spectra(source):
    """(7, N) reflectance and labels 1-5 of a labelled file, then the turbid mixtures (6 median, 7 heavy)."""
    columns, offset = COLUMNS[source]
    name = "Landsat_training_data.csv" if source == "Landsat" else "Sentinel-2_SR_training_data.csv"
    with open(real_data("labelled_spectra", name), newline="") as handle:
        rows = list(csv.DictReader(handle))
    labels = np.array([int(r["class"]) for r in rows])
    values = np.array([[float(r[c] or "nan") for r in rows] for c in columns]) + offset
    water = values[:, labels == 5]
    mixes, mix_labels = [values], [labels]
    for label, sediment in enumerate(SEDIMENT.values(), start=6):
        for fraction in FRACTIONS:
            mixes.append(water + fraction * (np.array(sediment)[:, None] - water))
            mix_labels.append(np.full(water.shape[1], label))
    return np.concatenate(mixes, axis=1).astype(np.float32), np.concatenate(mix_labels)


@pytest.fixture(scope="module", params=sorted(COLUMNS))
def labelled(request, tmp_path_factory):
    values, labels = spectra(request.param)
    height = -(-labels.size // WIDTH)
    grid = np.full((7, height * WIDTH), NODATA, np.float32)
    grid[:, :labels.size] = np.nan_to_num(values, nan=NODATA)
    path = write_raster(tmp_path_factory.mktemp("turbid") / "spectra.tif", grid.reshape(7, height, WIDTH),
                        nodata=NODATA)
    return request.param, path, labels


def shares(mask_path, labels):
    """Share of each class mapped 1, over the samples with a value."""
    mask = read_raster(mask_path)[0].ravel()[:labels.size]
    return tuple(round(float((mask[(labels == c) & (mask != 255)] == 1).mean()), 3) for c in range(1, 8))


def scene(path):
    return Scene.from_raster(path, scaling=scaling_from_preset("none"))


# measured: source -> water test -> share mapped as glacier at NDSI >= 0.4, classes as CLASSES
GLACIER = {
    "Landsat": {"none": (0.952, 0.845, 0.995, 0.014, 0.951, 0.984, 0.984),
                "nir": (0.951, 0.805, 0.967, 0.011, 0.0, 0.522, 0.713),
                "ndwi": (0.951, 0.805, 0.95, 0.013, 0.024, 0.762, 0.778),
                "spectral": (0.95, 0.805, 0.967, 0.012, 0.0, 0.0, 0.0)},
    "Sentinel-2": {"none": (0.977, 0.879, 0.973, 0.008, 0.899, 0.958, 0.961),
                   "nir": (0.977, 0.879, 0.973, 0.007, 0.034, 0.634, 0.785),
                   "ndwi": (0.977, 0.879, 0.973, 0.008, 0.047, 0.762, 0.815),
                   "spectral": (0.977, 0.876, 0.964, 0.005, 0.0, 0.0, 0.0)},
}
# measured: source -> options -> share mapped as water, classes as CLASSES
LAKE = {
    "Landsat": {"former": (0.001, 0.041, 0.027, 0.001, 0.984, 0.463, 0.268),
                "defaults": (0.003, 0.045, 0.029, 0.005, 0.984, 0.998, 0.998),
                "bright only": (0.007, 0.1, 0.148, 0.009, 0.984, 0.998, 0.998),
                "nir_swir only": (0.029, 0.114, 0.037, 0.017, 0.984, 0.998, 0.998),
                "ndwi 0": (0.003, 0.045, 0.029, 0.035, 1.0, 1.0, 1.0),
                "mndwi otsu": (0.003, 0.045, 0.029, 0.007, 0.984, 0.998, 0.998)},
    "Sentinel-2": {"former": (0.0, 0.0, 0.0, 0.0, 0.893, 0.322, 0.18),
                   "defaults": (0.0, 0.002, 0.01, 0.01, 0.98, 0.997, 0.997),
                   "bright only": (0.001, 0.098, 0.037, 0.011, 0.98, 0.997, 0.997),
                   "nir_swir only": (0.015, 0.002, 0.029, 0.018, 0.98, 0.997, 0.997),
                   "ndwi 0": (0.0, 0.002, 0.011, 0.122, 1.0, 1.0, 1.0),
                   "mndwi otsu": (0.0, 0.002, 0.01, 0.011, 0.987, 0.997, 0.997)},
}


def test_glacier_water_tests_on_labelled_and_turbid_water(labelled, tmp_path):
    source, path, labels = labelled
    measured = {}
    for test in ("none", "nir", "ndwi", "spectral"):
        result = ndsi_glacier_mask(scene(path), tmp_path / f"{test}.tif", options=GlacierMaskOptions(water_test=test))
        measured[test] = shares(result.mask_path, labels)
    print(f"\n{source}: share mapped as glacier (NDSI >= 0.4) of", CLASSES)
    for test, values in measured.items():
        print(f"  {test:<9}", values)
    # the default test removes all labelled and turbid water and loses at most 1 % of the glacier samples
    none = read_raster(tmp_path / "none.tif")[0].ravel()[:labels.size] == 1
    spectral = read_raster(tmp_path / "spectral.tif")[0].ravel()[:labels.size] == 1
    glacier = np.isin(labels, (1, 2, 3))
    lost = (none & ~spectral & glacier).sum() / glacier.sum()
    print(f"  glacier samples lost by the spectral water test: {lost:.4f}")
    assert lost <= 0.01  # measured: Landsat 0.0097, Sentinel-2 0.0021
    assert measured == GLACIER[source]


def test_lake_tests_keep_turbid_water(labelled, tmp_path):
    source, path, labels = labelled
    measured = {}
    for name, options in (("former", FORMER_LAKE), ("defaults", LakeMaskOptions()),
                          ("bright only", LakeMaskOptions(nir_swir_gap_min=1.0)),
                          ("nir_swir only", LakeMaskOptions(bright_min=10.0)),
                          ("ndwi 0", LakeMaskOptions(index="ndwi", threshold=0.0)),
                          ("mndwi otsu", LakeMaskOptions(threshold=None))):
        result = ndwi_lake_mask(scene(path), tmp_path / "lake.tif", options=options)
        measured[name] = shares(result.mask_path, labels)
    print(f"\n{source}: share mapped as water of", CLASSES)
    for name, values in measured.items():
        print(f"  {name:<13}", values)
    assert measured == LAKE[source]
