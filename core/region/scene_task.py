"""One scene of a regional run: open the input, glacier and lake masks, a clear-sky mask, outlines.

Everything of a scene is written into a hidden partial folder beside its final folder and committed by one
rename, the done-marker (``done.json``) last inside it: a scene folder exists only complete, so a re-run
skips every folder that has its marker and a killed worker leaves only a partial folder, swept later.
"""
import json
import os
import re
import time
from dataclasses import asdict, dataclass
from typing import Any, Callable, Dict, List, Optional, Sequence

import numpy as np

from ..callbacks import IsCancelled
from ..errors import Cancelled, InputError
from ..inference.catalog import BUNDLED_DIR, PRECISIONS
from ..inference.segment import SegmentOptions, segment_raster
from ..io import atomic
from ..io.raster import RasterWriter, release_blocks, windows
from ..messages import translate
from ..nodata import MASK_NODATA
from ..outlines.outlines import OutlineOptions, outline_mask
from ..paths import PathArg
from ..sensors.bands import AUTO_SENSOR
from ..sensors.products.prepare import prepare_product
from ..sensors.scene import Scene
from ..spectral.glacier_mask import ndsi_glacier_mask
from ..spectral.lake_mask import ndwi_lake_mask

GLACIER_METHOD_CHOICES = (("ndsi", "NDSI threshold"), ("unet", "U-Net (bundled model)"))
LAKE_METHOD_CHOICES = (("ndwi", "NDWI threshold"), ("unet", "U-Net (bundled model)"))
GLACIER_MODEL = "glacier_unet.onnx"
LAKE_MODEL = "lake_attention_unet.onnx"
DONE_MARKER = "done.json"
FILES = {"glacier_mask": "glacier_mask.tif", "lake_mask": "lake_mask.tif", "valid": "valid.tif",
         "glaciers": "glaciers.gpkg", "lakes": "lakes.gpkg"}
# Clear-sky test on reflectance: clouds are bright in the blue and in SWIR1, where snow and ice are dark.
CLOUD_BLUE = 0.3
CLOUD_SWIR1 = 0.25
VALID_CLEAR, VALID_HIDDEN = 1, 0  # valid.tif: 1 observed, 0 cloud or nodata


@dataclass(frozen=True)
class MapOptions:
    """What a regional run does to every scene."""
    glaciers: str = "ndsi"  # a key of GLACIER_METHOD_CHOICES
    lakes: str = "ndwi"  # a key of LAKE_METHOD_CHOICES
    dem: Optional[str] = None
    sensor: str = AUTO_SENSOR  # from the raster or product; a key of core.sensors.bands.SENSORS overrides
    min_lake_m2: float = 10000.0
    precision: str = "fp32"  # the U-Net's: fp32, or its int8 variant (core.inference.catalog.PRECISION_CHOICES)


def check_options(options: MapOptions) -> None:
    """InputError for a method that is not known or a DEM that does not exist, before any scene starts."""
    if options.glaciers not in dict(GLACIER_METHOD_CHOICES):
        raise InputError(translate("GlacierMapperCore", "Unknown glacier method "
                                   "'{glaciers}': use ndsi or unet.").format(glaciers=options.glaciers))
    if options.lakes not in dict(LAKE_METHOD_CHOICES):
        raise InputError(translate("GlacierMapperCore", "Unknown lake method '{lakes}': "
                                   "use ndwi or unet.").format(lakes=options.lakes))
    if options.precision not in PRECISIONS:
        raise InputError(translate("GlacierMapperCore", "Unknown precision '{precision}'. Choose one of: "
                                   "{choices}.").format(precision=options.precision, choices=", ".join(PRECISIONS)))
    if options.dem and not os.path.isfile(options.dem):
        raise InputError(translate("GlacierMapperCore", "The DEM '{dem}' does not exist. "
                                   "Give a DEM raster file.").format(dem=options.dem))


# What a product is given as, besides its folder: an archive or its metadata file (MTL, MTD XML, STAC item).
PRODUCT_SUFFIXES = (".tar", ".zip", ".txt", ".json", ".xml")


def open_scene_input(path: PathArg, sensor: str = AUTO_SENSOR, work: Optional[str] = None) -> Scene:
    """The Scene of one input: the one place a regional run opens its inputs.

    A raster is read as it is. A product as downloaded (a folder, an archive or its metadata file) is first
    prepared, as Prepare scene does, into a VRT over its files in ``work`` with its cloud, shadow and saturation
    masks applied, so masked pixels are nodata (not observed) in every result of the scene."""
    text = os.fspath(path)
    if not (os.path.isdir(text) or text.lower().endswith(PRODUCT_SUFFIXES)):
        return Scene.from_raster(text, sensor)
    if work is None:
        raise InputError(translate("GlacierMapperCore", "'{text}' is a product: it is prepared into the scene's "
                                   "folder, which was not given.").format(text=text))
    prepared = prepare_product(text, os.path.join(work, "scene.vrt"))
    return Scene.from_raster(prepared.path, AUTO_SENSOR)


def scene_name(path: PathArg) -> str:
    """The output folder name of an input: its file (or folder) name without extension, safe characters only."""
    base = os.path.basename(os.path.normpath(os.fspath(path)))
    stem = base.split(".")[0] if not os.path.isdir(os.fspath(path)) else base
    return re.sub(r"[^A-Za-z0-9_.-]", "_", stem) or "scene"


def scene_names(paths: Sequence[str]) -> List[str]:
    """Output folder names of a run's inputs: file names, or their folders' names where file names repeat
    (scene.tif in one folder per date)."""
    names = [scene_name(p) for p in paths]
    if len(set(names)) == len(names):
        return names
    parents = [scene_name(os.path.dirname(os.path.abspath(p))) for p in paths]
    if len(set(parents)) == len(parents):
        return parents
    return [f"{parent}_{name}" for parent, name in zip(parents, names)]


def is_done(scene_dir: str) -> bool:
    return os.path.isfile(os.path.join(scene_dir, DONE_MARKER))


def read_done(scene_dir: str) -> Dict[str, Any]:
    with open(os.path.join(scene_dir, DONE_MARKER), encoding="utf-8") as handle:
        return json.load(handle)


def valid_mask(scene: Scene, out_path: str, is_cancelled: Optional[IsCancelled] = None) -> float:
    """Write the clear-sky mask of ``scene`` (1 observed, 0 cloud or nodata) block by block; returns the clear share."""
    reader = scene.reader(["blue", "swir1"])
    clear = 0
    with atomic.atomic_outputs() as outputs:
        writer = outputs.add(RasterWriter(out_path, reader.info, data_type="Byte", nodata=MASK_NODATA,
                                          descriptions=["observed (1), cloud or nodata (0)"]))
        for window in windows(scene.width, scene.height):
            if is_cancelled and is_cancelled():
                raise Cancelled()
            data, valid = reader.read(window)
            cloud = (data[0] > CLOUD_BLUE) & (data[1] > CLOUD_SWIR1)
            observed = valid & ~cloud
            clear += int(observed.sum())
            writer.write(window, np.where(observed, VALID_CLEAR, VALID_HIDDEN).astype(np.uint8))
            release_blocks(reader, writer)
    reader.close()
    return clear / float(scene.width * scene.height)


def peak_rss_mib() -> Optional[float]:
    """This process's resident high-water mark (VmHWM), for the record of each scene; None off Linux."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return None


def _mask(kind: str, method: str, scene: Scene, out_path: str, is_cancelled: Optional[IsCancelled],
          precision: str = "fp32") -> None:
    if method == "unet":
        model = os.path.join(BUNDLED_DIR, GLACIER_MODEL if kind == "glacier" else LAKE_MODEL)
        # "auto": the GPU where a worker has one, else the CPU
        segment_raster(scene, model, out_mask=out_path, options=SegmentOptions(device="auto", precision=precision),
                       is_cancelled=is_cancelled)
    elif kind == "glacier":
        ndsi_glacier_mask(scene, out_path, is_cancelled=is_cancelled)
    else:
        ndwi_lake_mask(scene, out_path, is_cancelled=is_cancelled)


def _write_scene(path: str, work: str, options: MapOptions, is_cancelled: Optional[IsCancelled]) -> Dict[str, Any]:
    """Every file of one scene into ``work``; returns what done.json records."""
    started = time.perf_counter()
    scene = open_scene_input(path, options.sensor, work)
    files = {key: os.path.join(work, name) for key, name in FILES.items()}
    date = scene.acquisition_date.isoformat() if scene.acquisition_date else None
    _mask("glacier", options.glaciers, scene, files["glacier_mask"], is_cancelled, options.precision)
    _mask("lake", options.lakes, scene, files["lake_mask"], is_cancelled, options.precision)
    clear_share = valid_mask(scene, files["valid"], is_cancelled)
    glaciers = outline_mask(files["glacier_mask"], files["glaciers"], OutlineOptions(src_date=date),
                            dem_path=options.dem, layer_name="glaciers", is_cancelled=is_cancelled)
    lakes = outline_mask(files["lake_mask"], files["lakes"],
                         OutlineOptions(class_name="lake", min_area_m2=options.min_lake_m2,
                                        hole_area_m2=options.min_lake_m2, src_date=date),
                         dem_path=options.dem, layer_name="lakes", is_cancelled=is_cancelled)
    return {"input": os.path.abspath(path), "date": date, "clear_share": clear_share,
            "glaciers": glaciers.count, "glacier_km2": glaciers.total_area_km2,
            "lakes": lakes.count, "lake_km2": lakes.total_area_km2,
            "seconds": time.perf_counter() - started, "pid": os.getpid(), "peak_rss_mib": peak_rss_mib(),
            "options": asdict(options),
            "warnings": list(scene.warnings) + glaciers.warnings + lakes.warnings,
            "files": {key: name for key, name in FILES.items()}}


def map_scene(path: str, out_dir: str, options: MapOptions, name: Optional[str] = None,
              is_cancelled: Optional[Callable[[], bool]] = None) -> Dict[str, Any]:
    """Map one scene into ``out_dir/<scene name>/`` unless that folder is already done; returns its record.

    The record has ``skipped`` True when the folder was already there. Raises the engine's errors; on any
    failure (or a kill) nothing but a hidden partial folder is left.
    """
    target = os.path.join(os.fspath(out_dir), name or scene_name(path))
    if is_done(target):
        return {**read_done(target), "skipped": True, "folder": target}
    work = atomic.partial_dir(target)
    try:
        record = _write_scene(path, work, options, is_cancelled)
        with open(os.path.join(work, DONE_MARKER), "w", encoding="utf-8") as handle:
            json.dump(record, handle, indent=1)
        atomic.commit(work, target)
    except BaseException:
        atomic.discard(work)
        raise
    return {**record, "skipped": False, "folder": target}


def scene_folders(out_dir: str) -> List[str]:
    """The finished scene folders under ``out_dir`` (those with a done-marker), by name."""
    if not os.path.isdir(out_dir):
        return []
    return [os.path.join(out_dir, n) for n in sorted(os.listdir(out_dir))
            if not atomic.is_partial(n) and is_done(os.path.join(out_dir, n))]


def sweep_partials(out_dir: str) -> int:
    """Remove the partial scene folders (of killed or cancelled runs) under ``out_dir``; returns how many."""
    if not os.path.isdir(out_dir):
        return 0
    stale = [os.path.join(out_dir, name) for name in os.listdir(out_dir) if atomic.is_partial(name)]
    atomic.discard(*stale)
    return len(stale)
