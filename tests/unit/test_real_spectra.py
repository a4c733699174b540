"""Accuracy of the threshold masks on real labelled Landsat 8/9 spectra (glacier-snow-cover-mapping).

8,162 labelled pixels from Gulkana, Wolverine, South Cascade and Sperry glaciers, summer 2021: classes
1 snow, 2 shadowed snow, 3 ice (glacier), 4 rock, 5 water. The pixels are written into a small 7-band
Float32 raster (one pixel per sample, padded with nodata) so the masks run their own code path on them.

Two readings of the reflectance:
- "as given": the CSV values with scaling "none", as its documentation says.
- "offset -0.2": the values less 0.2. The CSV's values sit 0.2 above surface reflectance: the source's
  pipeline divides the DN by 1/2.75e-5 and never adds the -0.2 offset (its NDSI column is computed from
  these values); every class has SWIR2 >= 0.197 and water has NIR 0.19-0.27 and SWIR1 0.20, where open
  water is near 0 (the Sentinel-2 file of the same source: water B8 median 0.029, B11 0.011). Less 0.2,
  the values match Sentinel-2 and physics. The defaults of the masks are chosen on this reading.
"""
import csv

import numpy as np
import pytest
from helpers import read_raster, real_data, write_raster

from glacier_mapper.core.sensors.bands import scaling_from_preset
from glacier_mapper.core.sensors.scene import Scene
from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, ndsi_glacier_mask
from glacier_mapper.core.spectral.lake_mask import LakeMaskOptions, ndwi_lake_mask

WIDTH = 100
NODATA = -9999.0
CLASSES = {1: "snow", 2: "shadowed snow", 3: "ice", 4: "rock", 5: "water"}
GLACIER = (1, 2, 3)
SCALINGS = {"as given": 0.0, "offset -0.2": -0.2}

# Measured (rounded to 1e-3): scaling, threshold, water test -> threshold used, N, OA, Kappa,
# share of each class mapped as glacier (classes 1-5).
GLACIER_EXPECTED = {
    ("as given", 0.4, "none"): (0.4, 8162, 0.850, 0.699, (0.828, 0.559, 0.651, 0.002, 0.0)),
    ("as given", 0.4, "ndwi"): (0.4, 8162, 0.850, 0.699, (0.828, 0.559, 0.651, 0.002, 0.0)),
    ("as given", 0.4, "nir"): (0.4, 8162, 0.850, 0.699, (0.828, 0.559, 0.651, 0.002, 0.0)),
    ("as given", "otsu", "none"): (0.197, 8162, 0.957, 0.906, (0.953, 0.827, 0.980, 0.011, 0.626)),
    ("as given", "otsu", "ndwi"): (0.197, 8162, 0.957, 0.906, (0.953, 0.827, 0.980, 0.011, 0.626)),
    ("as given", "otsu", "nir"): (0.197, 8162, 0.957, 0.906, (0.953, 0.827, 0.980, 0.011, 0.626)),
    ("offset -0.2", 0.4, "none"): (0.4, 8159, 0.953, 0.897, (0.952, 0.845, 0.995, 0.014, 0.951)),
    ("offset -0.2", 0.4, "ndwi"): (0.4, 8159, 0.959, 0.911, (0.951, 0.805, 0.950, 0.013, 0.024)),
    ("offset -0.2", 0.4, "nir"): (0.4, 8159, 0.962, 0.918, (0.951, 0.805, 0.967, 0.011, 0.000)),
    ("offset -0.2", "otsu", "none"): (0.310, 8159, 0.960, 0.910, (0.966, 0.895, 0.996, 0.020, 0.976)),
    ("offset -0.2", "otsu", "ndwi"): (0.310, 8159, 0.965, 0.924, (0.965, 0.855, 0.951, 0.018, 0.049)),
    ("offset -0.2", "otsu", "nir"): (0.310, 8159, 0.969, 0.931, (0.965, 0.855, 0.967, 0.017, 0.008)),
    # 2 samples have no blue value: nodata once the blue band is read (N 2 lower)
    ("as given", 0.4, "spectral"): (0.4, 8160, 0.850, 0.698, (0.828, 0.559, 0.651, 0.002, 0.0)),
    ("as given", "otsu", "spectral"): (0.197, 8160, 0.957, 0.905, (0.953, 0.827, 0.979, 0.011, 0.626)),
    ("offset -0.2", 0.4, "spectral"): (0.4, 8157, 0.962, 0.917, (0.950, 0.805, 0.967, 0.012, 0.0)),
    ("offset -0.2", "otsu", "spectral"): (0.310, 8157, 0.968, 0.930, (0.964, 0.850, 0.967, 0.017, 0.0)),
}
# index, threshold -> threshold used, N, OA, Kappa, share of each class mapped as water.
LAKE_EXPECTED = {
    ("ndwi", 0.3, "former defaults"): (0.3, 8140, 0.993, 0.811, (0.001, 0.041, 0.027, 0.001, 0.984)),
    ("ndwi", "otsu", "former defaults"): (0.311, 8140, 0.993, 0.811, (0.001, 0.041, 0.027, 0.001, 0.984)),
    ("mndwi", 0.3, "former defaults"): (0.3, 8159, 0.993, 0.802, (0.001, 0.041, 0.028, 0.002, 0.976)),
    # the defaults keep turbid water (test_turbid_water.py), which the NIR test removes, at the cost of more
    # dark ice and shadowed snow taken for water here
    ("mndwi", 0.2, "defaults"): (0.2, 8157, 0.991, 0.761, (0.003, 0.045, 0.029, 0.005, 0.984)),
    ("mndwi", "otsu", "defaults"): (0.267, 8157, 0.992, 0.787, (0.003, 0.045, 0.028, 0.002, 0.984)),
    ("ndwi", 0.0, "defaults"): (0.0, 8139, 0.982, 0.613, (0.003, 0.045, 0.029, 0.035, 1.0)),
    ("ndwi", 0.3, "no exclusions"): (0.3, 8140, 0.940, 0.312, (0.002, 0.050, 0.352, 0.004, 0.984)),
    ("mndwi", 0.3, "no exclusions"): (0.3, 8159, 0.353, 0.015, (0.967, 0.905, 0.996, 0.020, 0.984)),
}


@pytest.fixture(scope="module")
def spectra(tmp_path_factory):
    path = real_data("labelled_spectra", "Landsat_training_data.csv")
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    labels = np.array([int(r["class"]) for r in rows])
    values = np.array([[float(r[f"SR_B{i}"] or "nan") for r in rows] for i in range(1, 8)], np.float32)
    height = -(-len(rows) // WIDTH)
    grid = np.full((7, height * WIDTH), NODATA, np.float32)
    grid[:, :len(rows)] = values
    raster = write_raster(tmp_path_factory.mktemp("spectra") / "spectra.tif", grid.reshape(7, height, WIDTH),
                          nodata=NODATA, descriptions=[f"SR_B{i}" for i in range(1, 8)])
    return raster, labels


def accuracy(mask_path, labels, positive):
    """OA and Kappa (METHODS.md formulas) over the samples the mask has a value for, and per-class shares."""
    mask = read_raster(mask_path)[0].ravel()[:labels.size]
    valid = mask != 255
    predicted = (mask == 1) & valid
    truth = np.isin(labels, positive) & valid
    tp = int((predicted & truth).sum())
    fp = int((predicted & ~truth).sum())
    fn = int((~predicted & truth & valid).sum())
    tn = int((~predicted & ~truth & valid).sum())
    n = tp + fp + fn + tn
    oa = (tp + tn) / n
    pre = ((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn)) / n ** 2
    kappa = (oa - pre) / (1 - pre)
    shares = tuple(round(float(predicted[(labels == c) & valid].mean()), 3) for c in CLASSES)
    return n, oa, kappa, shares


def print_table(title, rows):
    print(f"\n{title}")
    print(f"{'case':<34}{'t used':>8}{'N':>6}{'OA':>7}{'Kappa':>7}  " + "".join(f"{n:>9}" for n in
                                                                              ("snow", "sh.snow", "ice", "rock",
                                                                               "water")))
    for case, (used, n, oa, kappa, shares) in rows.items():
        label = " / ".join(str(c) for c in case)
        print(f"{label:<34}{used:>8.3f}{n:>6}{oa:>7.3f}{kappa:>7.3f}  " + "".join(f"{s:>9.3f}" for s in shares))


def test_ndsi_glacier_mask_on_labelled_spectra(spectra, tmp_path):
    raster, labels = spectra
    measured = {}
    for scaling_name, offset in SCALINGS.items():
        scaling = scaling_from_preset("none", offset=offset)
        for threshold in (0.4, None):
            for water in ("none", "ndwi", "nir", "spectral"):
                result = ndsi_glacier_mask(Scene.from_raster(raster, scaling=scaling), tmp_path / "mask.tif",
                                           options=GlacierMaskOptions(threshold=threshold, water_test=water))
                n, oa, kappa, shares = accuracy(result.mask_path, labels, GLACIER)
                assert n == result.valid_pixels
                measured[(scaling_name, "otsu" if threshold is None else threshold, water)] = (
                    result.threshold, n, oa, kappa, shares)
    print_table("NDSI glacier mask (glacier = snow, shadowed snow, ice; shares = mapped as glacier)", measured)
    for case, expected in GLACIER_EXPECTED.items():
        used, n, oa, kappa, shares = measured[case]
        assert (used, n) == pytest.approx(expected[:2], abs=1e-3), case
        assert (oa, kappa) == pytest.approx(expected[2:4], abs=1e-3), case
        assert shares == pytest.approx(expected[4], abs=1e-3), case


def test_lake_mask_on_labelled_spectra(spectra, tmp_path):
    raster, labels = spectra
    scaling = scaling_from_preset("none", offset=-0.2)
    measured = {}
    former = {"exclude_snow_ice": False, "snow_ice_nir_min": 0.05}  # the NIR test of the former defaults
    cases = {("ndwi", 0.3, "former defaults"): LakeMaskOptions(index="ndwi", threshold=0.3, **former),
             ("ndwi", "otsu", "former defaults"): LakeMaskOptions(index="ndwi", threshold=None, **former),
             ("mndwi", 0.3, "former defaults"): LakeMaskOptions(index="mndwi", threshold=0.3, **former),
             ("mndwi", 0.2, "defaults"): LakeMaskOptions(),
             ("mndwi", "otsu", "defaults"): LakeMaskOptions(threshold=None),
             ("ndwi", 0.0, "defaults"): LakeMaskOptions(index="ndwi", threshold=0.0),
             ("ndwi", 0.3, "no exclusions"): LakeMaskOptions(index="ndwi", threshold=0.3, exclude_snow_ice=False,
                                                             exclude_shadow=False),
             ("mndwi", 0.3, "no exclusions"): LakeMaskOptions(index="mndwi", threshold=0.3, exclude_snow_ice=False,
                                                              exclude_shadow=False)}
    for case, options in cases.items():
        result = ndwi_lake_mask(Scene.from_raster(raster, scaling=scaling), tmp_path / "lake.tif", options=options)
        n, oa, kappa, shares = accuracy(result.mask_path, labels, (5,))
        measured[case] = (result.threshold, n, oa, kappa, shares)
    print_table("Lake mask, offset -0.2 (target = water; shares = mapped as water)", measured)
    for case, expected in LAKE_EXPECTED.items():
        used, n, oa, kappa, shares = measured[case]
        assert (used, n) == pytest.approx(expected[:2], abs=1e-3), case
        assert (oa, kappa) == pytest.approx(expected[2:4], abs=1e-3), case
        assert shares == pytest.approx(expected[4], abs=1e-3), case
