"""Write core/sample_scene/labelled_table.py: a compact table of real labelled spectra per class and sensor.

Source: glacier-snow-cover-mapping (Rainey Aberle, MIT licence), inputs-outputs/models_training_data/
Landsat_training_data.csv and Sentinel-2_SR_training_data.csv: surface-reflectance point samples of snow,
shadowed snow, ice, rock and water at Gulkana, Wolverine, South Cascade and Sperry glaciers, June-August 2021.
The Landsat file's values sit 0.2 above surface reflectance (its pipeline scaled DN by 2.75e-5 without the -0.2
offset; see tests/unit/test_real_spectra.py), so 0.2 is removed; the Sentinel-2 file is used as given.

Per class, the samples are sorted by brightness (mean of the bands) and SAMPLES of them taken at evenly spaced
ranks, so the table keeps each band's distribution; the generator reads the table, never the CSVs, which a
user's machine may not have. Run once: ``.venv/bin/python -m scripts.summarise_labelled_spectra [data dir]``.
"""
import csv
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.join(HERE, "..", "..", "shared", "data", "real", "labelled_spectra")
OUTPUT = os.path.join(HERE, "..", "core", "sample_scene", "labelled_table.py")
SAMPLES = 128  # per class: ranks x strands of core.sample_scene.randomiser
CLASSES = {1: "snow", 2: "snow_shadow", 3: "ice", 4: "rock", 5: "water"}
SOURCES = {
    "landsat_oli": ("Landsat_training_data.csv", ("SR_B1", "SR_B2", "SR_B3", "SR_B4", "SR_B5", "SR_B6", "SR_B7"),
                    0.2),
    "sentinel2": ("Sentinel-2_SR_training_data.csv", ("B2", "B3", "B4", "B8", "B8A", "B11", "B12"), 0.0),
}


def read(path, columns, offset):
    """(class labels, reflectance [n, bands]) of the rows with every band present."""
    with open(path, newline="") as handle:
        rows = list(csv.DictReader(handle))
    labels = np.array([int(r["class"]) for r in rows])
    values = np.array([[float(r[c] or "nan") for c in columns] for r in rows]) - offset
    keep = ~np.isnan(values).any(axis=1)
    return labels[keep], values[keep]


def table(values):
    """SAMPLES spectra at evenly spaced brightness ranks, in 1e-4 reflectance units."""
    ordered = values[np.argsort(values.mean(axis=1), kind="stable")]
    ranks = np.rint(np.linspace(0, len(ordered) - 1, SAMPLES)).astype(int)
    return np.rint(ordered[ranks] * 1e4).astype(int)


def main(data_dir=DEFAULT_DIR):
    lines = ['"""Real labelled spectra per sensor and class, 1e-4 reflectance, written by',
             "scripts/summarise_labelled_spectra.py (do not edit).", "",
             "Source: glacier-snow-cover-mapping (Rainey Aberle, MIT licence), Landsat 8/9 and Sentinel-2 surface",
             "reflectance point samples, Alaska and the western US, summer 2021; the Landsat values less their 0.2",
             "offset. Per class, samples at evenly spaced brightness ranks (darkest first).", '"""',
             f"SAMPLES = {SAMPLES}", "TABLE = {"]
    for sensor, (name, columns, offset) in SOURCES.items():
        labels, values = read(os.path.join(data_dir, name), columns, offset)
        lines.append(f'    "{sensor}": {{')
        for code, label in CLASSES.items():
            lines.append(f'        "{label}": (')
            for spectrum in table(values[labels == code]):
                lines.append("            (" + ", ".join(str(int(v)) for v in spectrum) + "),")
            lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    with open(OUTPUT, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    print(f"wrote {os.path.normpath(OUTPUT)}")


if __name__ == "__main__":
    main(*sys.argv[1:])
