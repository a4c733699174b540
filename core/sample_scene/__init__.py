"""Deterministic sample scenes: Landsat 8/9 OLI surface reflectance of glaciated mountains with known answers.

``generate_scene(out_dir, ...)`` writes into ``out_dir``:

- scene.tif: bands B1-B7 as Collection 2 Level-2 UInt16 DN (reflectance = DN x 2.75e-5 - 0.2), nodata 0,
  with ACQUISITION_DATE, SUN_AZIMUTH and SUN_ELEVATION in its metadata;
- glacier_truth.tif: 1 glacier (clean and debris-covered ice, snow on glaciers), 0 not, 255 nodata;
- lake_truth.tif: 1 lake, 0 not, 255 nodata;
- classes.tif: the class map, codes in CLASS_CODES (0 nodata);
- dem.tif: elevation in metres (Float32), the same for every ``years_later``.

``randomise=Randomisation(...)`` makes it a domain randomiser (randomiser.py): spectra drawn from real labelled
ones, turbid water, deep shadows, saturation, TOA-like atmospheres and the Sentinel-2 L2A band set.

``terrain=RealTerrain(dem_path, outlines_path)`` builds the scene on a real DEM with real glacier outlines
(real_terrain.py); the fractal terrain is the default.

The same arguments give byte-identical files, whatever the size, computed block by block in bounded memory.
"""
import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .generator import FILE_NAMES, SampleScene, acquisition_date, generate_scene, write_scene
    from .levels import SceneSpec
    from .randomiser import Randomisation
    from .real_terrain import RealTerrain
    from .sequence import generate_sequence
    from .spectra import CLASS_CODES

__all__ = ["CLASS_CODES", "FILE_NAMES", "Randomisation", "RealTerrain", "SampleScene", "SceneSpec",
           "acquisition_date", "generate_scene",
           "generate_sequence", "write_scene"]
# Loaded on first use (PEP 562): importing core.sample_scene, as importing any subpackage of core, stays free of
# numpy and GDAL.
_SOURCES = {"FILE_NAMES": "generator", "SampleScene": "generator", "acquisition_date": "generator",
            "generate_scene": "generator", "write_scene": "generator", "SceneSpec": "levels",
            "Randomisation": "randomiser", "RealTerrain": "real_terrain", "CLASS_CODES": "spectra",
            "generate_sequence": "sequence"}


def __getattr__(name: str) -> Any:
    if name not in _SOURCES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{_SOURCES[name]}", __name__), name)
