"""Writing a sample scene: the Landsat 8/9 surface-reflectance GeoTIFF and its reference rasters."""
import datetime
import json
import os
from dataclasses import asdict, dataclass, replace
from typing import Optional

import numpy as np
from osgeo import gdal, osr

from ..callbacks import IsCancelled, Progress, Steps
from ..errors import InputError, OutputError
from ..io.atomic import atomic_outputs
from ..io.raster import (
    GTIFF_OPTIONS,
    OUTPUT_BLOCK,
    WINDOW_PIXELS,
    RasterInfo,
    RasterWriter,
    release_blocks,
    windows,
)
from ..messages import translate
from ..nodata import MASK_NODATA
from ..paths import PathArg
from ..provenance import provenance
from ..sensors.bands import SCALING_PRESETS
from . import randomiser, spectra
from .block import compose, reflectance
from .footprint import inside_footprint
from .levels import SceneSpec, levels
from .mosaic import compose_mosaic
from .randomiser import Randomisation
from .real_terrain import RealTerrain, open_source, utm_epsg

FILE_NAMES = {"scene": "scene.tif", "glacier_truth": "glacier_truth.tif", "lake_truth": "lake_truth.tif",
              "dem": "dem.tif", "classes": "classes.tif"}
FIRST_DATE = datetime.date(2021, 8, 15)
MIN_SUN_ELEVATION = 10.0  # lower suns cast shadows so long that every block would need a huge halo
MAX_SUN_ELEVATION = 85.0
C2 = SCALING_PRESETS["landsat_c2l2"]


@dataclass(frozen=True)
class SampleScene:
    """Paths of the files of a generated sample scene."""
    scene: str
    glacier_truth: str
    lake_truth: str
    dem: str
    classes: str


def acquisition_date(years_later: int) -> datetime.date:
    """The scene's date: 2021-08-15, ``years_later`` years on (same day, so the same sun)."""
    return FIRST_DATE.replace(year=FIRST_DATE.year + int(years_later))


def reflectance_to_dn(value: np.ndarray) -> np.ndarray:
    """Collection 2 Level-2 DN of reflectance; 0 is kept for nodata, so valid pixels are 1..65535."""
    dn = (value - np.float32(C2.offset)) * np.float32(1.0 / C2.scale)
    np.rint(dn, out=dn)
    np.clip(dn, 1, 65535, out=dn)
    return dn.astype(np.uint16)


def sentinel2_dn(value: np.ndarray) -> np.ndarray:
    """Sentinel-2 L2A DN (processing baseline >= 04.00: DN = reflectance x 10000 + 1000), 0 kept for nodata."""
    dn = (value - np.float32(randomiser.SENTINEL2_OFFSET)) * np.float32(1.0 / randomiser.SENTINEL2_SCALE)
    np.rint(dn, out=dn)
    np.clip(dn, 1, 65535, out=dn)
    return dn.astype(np.uint16)


def _sensor(spec):
    return spec.randomise.sensor if spec.randomise is not None else "landsat_oli"


def _check(spec):
    if spec.randomise is not None:
        randomiser.check(spec.randomise)
        if spec.randomise.mosaic and (spec.terrain is not None or spec.clouds):
            raise InputError(translate("GlacierMapperCore", "A spectral mosaic has neither terrain nor clouds: "
                                       "leave out the real terrain and the clouds, or ask for a landscape scene "
                                       "instead of the mosaic."))
    if int(spec.width) < 1 or int(spec.height) < 1:
        raise InputError(translate("GlacierMapperCore", "The scene size {width} x {height} is not valid: give a width "
                                   "and height of at least 1 pixel.").format(width=spec.width, height=spec.height))
    if not spec.pixel_size > 0:
        raise InputError(translate("GlacierMapperCore", "The pixel size {pixel_size} is not valid: give a positive "
                                   "size in metres (30 for Landsat).").format(pixel_size=spec.pixel_size))
    if not MIN_SUN_ELEVATION <= spec.sun_elevation <= MAX_SUN_ELEVATION:
        raise InputError(translate("GlacierMapperCore", "The sun elevation {sun_elevation} degrees is outside "
                                   "{min_sun_elevation:g}-{max_sun_elevation:g} degrees. Give a sun elevation in that "
                                   "range (Landsat summer scenes of mountains have about 30-65).").format(
                                   sun_elevation=spec.sun_elevation, min_sun_elevation=MIN_SUN_ELEVATION,
                                   max_sun_elevation=MAX_SUN_ELEVATION))
    if spec.years_later < 0:
        raise InputError(translate("GlacierMapperCore", "years_later is {years_later}: give 0 or a positive number of "
                                   "years.").format(years_later=spec.years_later))
    if spec.nodata_border < 0 or 2 * spec.nodata_border >= min(spec.width, spec.height):
        raise InputError(translate("GlacierMapperCore", "A nodata border of {nodata_border} pixels does not fit a "
                                   "{width} x {height} scene: give 0 or less than half the smaller side.").format(
                                   nodata_border=spec.nodata_border, width=spec.width, height=spec.height))
    if not -45.0 <= spec.footprint_rotation <= 45.0:
        raise InputError(translate("GlacierMapperCore", "A footprint rotation of {rotation} degrees is outside -45 to "
                                   "45 degrees. Give the tilt of the scene in its grid (Landsat: about 8-13 "
                                   "degrees).").format(rotation=spec.footprint_rotation))
    srs = osr.SpatialReference()
    try:
        failed = srs.ImportFromEPSG(int(spec.epsg)) != 0
    except (RuntimeError, TypeError, ValueError):  # osr raises instead when exceptions are on
        failed = True
    if failed:
        raise InputError(translate("GlacierMapperCore", "EPSG:{epsg} is not a known coordinate reference system. Give "
                                   "a projected CRS in metres such as a UTM zone (EPSG:32645 "
                                   "for the central Himalaya).").format(epsg=spec.epsg))
    if not srs.IsProjected() or abs((srs.GetLinearUnits() or 0.0) - 1.0) > 1e-9:
        raise InputError(translate("GlacierMapperCore", "EPSG:{epsg} is not a projected CRS in metres. Give one such "
                                   "as a UTM zone (EPSG:32645 for the central Himalaya).").format(epsg=spec.epsg))
    return srs


def _grid(spec, srs):
    """A RasterInfo of the scene's grid, centred on 500 km E and 3,100 km from the equator."""
    southern_utm = 32701 <= spec.epsg <= 32760
    centre_y = 10_000_000.0 - 3_100_000.0 if southern_utm else 3_100_000.0
    x0 = 500_000.0 - round(spec.width / 2) * spec.pixel_size
    y0 = centre_y + round(spec.height / 2) * spec.pixel_size
    return RasterInfo(path="", width=spec.width, height=spec.height, band_count=0,
                      geotransform=(x0, spec.pixel_size, 0.0, y0, 0.0, -spec.pixel_size),
                      projection=srs.ExportToWkt(), nodata=(), data_types=(), descriptions=(), metadata={})


def _metadata(spec, scene_levels):
    parameters = asdict(spec)
    # parameters at their defaults that older scenes did not have are left out: those files stay as they were
    if spec.randomise is None:
        parameters.pop("randomise")
    if not spec.footprint_rotation:
        parameters.pop("footprint_rotation")
    if spec.terrain is None:
        parameters.pop("terrain")
    items = provenance("sample_scene", {}, parameters)
    # A creation time would make identical specs give different files.
    items.pop("GLACIERMAPPER_CREATED", None)
    items.update({
        "ACQUISITION_DATE": acquisition_date(spec.years_later).isoformat(),
        "SUN_AZIMUTH": f"{spec.sun_azimuth:.4f}",
        "SUN_ELEVATION": f"{spec.sun_elevation:.4f}",
        "SPACECRAFT_ID": "LANDSAT_8",
        "SENSOR_ID": "OLI_TIRS",
        "SAMPLE_SCENE": "synthetic Landsat 8 OLI Collection 2 Level-2 surface reflectance with reference data",
        "SAMPLE_SCENE_SEED": str(spec.seed),
        "SAMPLE_SCENE_YEARS_LATER": str(spec.years_later),
        "SNOW_LINE_M": f"{scene_levels.snow_line:.1f}",
        "TERMINUS_INDEX_M": f"{scene_levels.terminus:.1f}",
        "TREELINE_M": f"{scene_levels.treeline:.1f}",
    })
    if spec.randomise is not None:
        draws = randomiser.draws(spec.seed, spec.years_later, spec.randomise)
        items["SAMPLE_SCENE_DRAWS"] = json.dumps(asdict(draws))
        if spec.randomise.mosaic:
            items["SAMPLE_SCENE"] += " (spectral mosaic: no terrain, lake truth is all water, no glacier truth)"
        if spec.randomise.atmosphere:
            items["SAMPLE_SCENE"] = items["SAMPLE_SCENE"].replace("surface reflectance", "TOA-like reflectance")
        if spec.randomise.sensor == "sentinel2":
            items.update({"SPACECRAFT_ID": "SENTINEL-2A", "SENSOR_ID": "MSI", "GLACIERMAPPER_SENSOR": "sentinel2",
                          "PROCESSING_BASELINE": "05.09", "BOA_QUANTIFICATION_VALUE": "10000",
                          "BOA_ADD_OFFSET": "-1000",
                          "SAMPLE_SCENE": items["SAMPLE_SCENE"].replace(
                              "Landsat 8 OLI Collection 2 Level-2", "Sentinel-2 MSI Level-2A")})
    return items


def _style_classes(writer):
    """Colour table (kept inside the GeoTIFF) so GIS software shows the class map in its colours."""
    table = gdal.ColorTable()
    for name, code in spectra.CLASS_CODES.items():
        table.SetColorEntry(code, spectra.CLASS_COLOURS[name])
    writer.dataset.GetRasterBand(1).SetColorTable(table)


def _open_writers(outputs, paths, grid, metadata):
    """The five output files, each added to the atomic output set as soon as it exists."""
    class_names = {code: spectra.CLASS_LABELS[name] for name, code in spectra.CLASS_CODES.items()}
    sentinel2 = metadata.get("GLACIERMAPPER_SENSOR") == "sentinel2"
    scale, offset = (randomiser.SENTINEL2_SCALE, randomiser.SENTINEL2_OFFSET) if sentinel2 else (C2.scale, C2.offset)
    descriptions = randomiser.DESCRIPTIONS["sentinel2" if sentinel2 else "landsat_oli"]
    settings = {
        "scene": dict(band_count=7, data_type="UInt16", nodata=0, descriptions=list(descriptions),
                      metadata={**metadata, "REFLECTANCE_MULT": f"{scale:g}", "REFLECTANCE_ADD": f"{offset:g}"},
                      options=GTIFF_OPTIONS + ("PREDICTOR=2",)),
        "glacier_truth": dict(data_type="Byte", nodata=MASK_NODATA, metadata=metadata,
                              descriptions=["glacier (1) incl. debris-covered ice, else 0"]),
        "lake_truth": dict(data_type="Byte", nodata=MASK_NODATA, metadata=metadata, descriptions=["lake (1), else 0"]),
        "classes": dict(data_type="Byte", nodata=0, descriptions=["class"],
                        metadata={**metadata, "CLASS_CODES": json.dumps(spectra.CLASS_CODES),
                                  "CLASS_NAMES": json.dumps(class_names)}),
        "dem": dict(data_type="Float32", descriptions=["elevation (m)"], metadata=metadata,
                    options=GTIFF_OPTIONS + ("PREDICTOR=3",)),
    }
    writers = {key: outputs.add(RasterWriter(paths[key], grid, **options)) for key, options in settings.items()}
    _style_classes(writers["classes"])
    if sentinel2:
        # GDAL scale and offset, as Sentinel-2 L2A readers set them, so core.sensors finds the scaling.
        for band in range(1, 8):
            writers["scene"].dataset.GetRasterBand(band).SetScale(scale)
            writers["scene"].dataset.GetRasterBand(band).SetOffset(offset)
    return writers


def _write_block(writers, spec, block, window):
    """One block into every file, with the nodata border where the spec asks for one."""
    outside = None
    if spec.nodata_border or spec.footprint_rotation:
        outside = ~inside_footprint(block.rows[:, None], block.cols[None, :], spec.width, spec.height,
                                    spec.nodata_border, spec.footprint_rotation)
    codes = block.classes
    glacier = block.glacier.astype(np.uint8)
    lake = block.lake.astype(np.uint8)
    if outside is not None:
        codes[outside] = spectra.CLASS_CODES["nodata"]
        glacier[outside] = MASK_NODATA
        lake[outside] = MASK_NODATA
    writers["dem"].write(window, block.elevation)
    writers["classes"].write(window, codes)
    writers["glacier_truth"].write(window, glacier)
    writers["lake_truth"].write(window, lake)
    to_dn = sentinel2_dn if _sensor(spec) == "sentinel2" else reflectance_to_dn
    for band in range(len(spectra.BAND_NAMES)):
        dn = to_dn(reflectance(block, band))
        if outside is not None:
            dn[outside] = 0
        writers["scene"].write(window, dn, band + 1)


def write_scene(spec: SceneSpec, out_dir: PathArg, progress: Optional[Progress] = None,
                is_cancelled: Optional[IsCancelled] = None, max_pixels: int = WINDOW_PIXELS,
                row_multiple: int = OUTPUT_BLOCK) -> SampleScene:
    """Generate ``spec`` into ``out_dir`` block by block; all five files are written, or none."""
    srs = _check(spec)
    out_dir = os.fspath(out_dir)
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot create the output folder '{out_dir}': {error}. Choose "
                                    "another folder.").format(out_dir=out_dir, error=error)) from None
    source = open_source(spec.terrain, srs, spec.pixel_size, spec.width, spec.height)
    grid = _grid(spec, srs)
    if source is not None:
        grid = replace(grid, geotransform=source.geotransform)
    scene_levels = levels(spec, source)
    metadata = _metadata(spec, scene_levels)
    paths = {key: os.path.join(out_dir, name) for key, name in FILE_NAMES.items()}
    blocks = windows(spec.width, spec.height, max_pixels=max_pixels, row_multiple=row_multiple)
    steps = Steps(len(blocks), progress, is_cancelled)
    steps.check()
    with atomic_outputs() as outputs:
        writers = _open_writers(outputs, paths, grid, metadata)
        for window in blocks:
            mosaic = spec.randomise is not None and spec.randomise.mosaic
            block = compose_mosaic(spec, window) if mosaic else compose(spec, scene_levels, window, source)
            _write_block(writers, spec, block, window)
            release_blocks(*writers.values())
            steps.advance()
    return SampleScene(**paths)


def generate_scene(out_dir: PathArg, width: int = 512, height: int = 512, seed: int = 42, pixel_size: float = 30.0,
                   epsg: Optional[int] = None, sun_azimuth: float = 135.0, sun_elevation: float = 45.0,
                   clouds: bool = False,
                   years_later: int = 0, nodata_border: int = 0, progress: Optional[Progress] = None,
                   is_cancelled: Optional[IsCancelled] = None,
                   randomise: Optional[Randomisation] = None, footprint_rotation: float = 0.0,
                   terrain: Optional[RealTerrain] = None) -> SampleScene:
    """Write a deterministic Landsat 8 OLI sample scene with its references into ``out_dir``.

    Files: scene.tif (B1-B7, UInt16 Collection 2 Level-2 DN: reflectance = DN x 2.75e-5 - 0.2, nodata 0),
    glacier_truth.tif and lake_truth.tif (1/0, 255 = nodata), classes.tif (CLASS_CODES) and dem.tif
    (metres). The same arguments give byte-identical files; ``years_later`` keeps the terrain and moves
    the snow line and glacier termini up, the lakes growing behind them. ``randomise`` (a Randomisation)
    draws the spectra from real labelled ones, with turbid water, deep shadows, saturation, optionally a TOA-like
    atmosphere and the Sentinel-2 L2A band set (B2, B3, B4, B8, B8A, B11, B12, DN = reflectance x 1e4 + 1000);
    see randomiser.py; with its ``mosaic`` set the scene is a spectral mosaic of those surfaces without terrain,
    for lake models (mosaic.py). ``nodata_border`` and ``footprint_rotation`` (degrees) leave a nodata collar around
    the valid footprint, tilted as a Landsat scene's in its UTM grid (footprint.py). ``terrain`` (a
    RealTerrain) builds the scene on a real DEM with real glacier outlines (real_terrain.py), centred on the
    DEM; ``epsg`` defaults to 32645 (UTM 45N), or to the UTM zone of a real DEM's centre.
    """
    if epsg is None:
        epsg = utm_epsg(terrain) if terrain is not None else 32645
    spec = SceneSpec(width=int(width), height=int(height), seed=int(seed), pixel_size=float(pixel_size),
                     epsg=int(epsg), sun_azimuth=float(sun_azimuth) % 360.0, sun_elevation=float(sun_elevation),
                     clouds=bool(clouds), years_later=int(years_later), nodata_border=int(nodata_border),
                     footprint_rotation=float(footprint_rotation), randomise=randomise, terrain=terrain)
    return write_scene(spec, out_dir, progress=progress, is_cancelled=is_cancelled)

