"""Landsat products: Collection 2 Level-2 and Level-1 folders or .tar archives, their MTL (.txt, .json, .xml),
and pre-collection / Collection 1 Level-1 scenes.

Level-2 surface reflectance takes the MTL's REFLECTANCE_MULT/ADD of the Level-2 group (2.75e-5 / -0.2);
Level-1 gives top-of-atmosphere reflectance, (M x DN + A) / sin(sun elevation).
"""
import math
import os
import re
from typing import Dict, List, Optional, Tuple

from ...errors import InputError
from ...messages import translate
from ..bands import SENSORS
from ..mtl import parse_mtl
from .product import Product, ProductBand, is_archive, list_files, parse_time, raster_size, read_text, vsi_root

_MTL_NAME = re.compile(r"_MTL\.(txt|json|xml)$", re.IGNORECASE)
# A Landsat product id (Collection 1/2) or pre-collection scene id in a file name.
PRODUCT_ID = re.compile(r"L[COTEM]0\d_L\w{3}_\d{6}_\d{8}_\d{8}_\d{2}_\w{2}|L[COTEM]\d{14}\w{3}\d{2}")
_SENSOR_BY_ID = {"LC08": "landsat_oli", "LC09": "landsat_oli", "LO08": "landsat_oli", "LO09": "landsat_oli",
                 "LE07": "landsat_etm", "LT05": "landsat_tm", "LT04": "landsat_tm",
                 "LC8": "landsat_oli", "LC9": "landsat_oli", "LE7": "landsat_etm", "LT5": "landsat_tm"}
# Landsat fill is DN 0 in every reflective band.
LANDSAT_NODATA = 0.0


def find_mtl(path: str) -> Tuple[str, List[str]]:
    """(the MTL's GDAL path, every file of the product) for a folder, a .tar archive or an MTL file."""
    if os.path.isfile(path) and _MTL_NAME.search(path):
        folder = os.path.dirname(os.path.abspath(path))
        return os.path.abspath(path), list_files(folder)
    root = vsi_root(path) if is_archive(path) else os.path.abspath(path)
    files = list_files(root)
    mtls = [f for f in files if _MTL_NAME.search(f)]
    if not mtls:
        raise InputError(translate("GlacierMapperCore", "'{path}' holds no Landsat MTL file (*_MTL.txt): is it a "
                                   "Landsat product?").format(path=path))
    order = {".txt": 0, ".json": 1, ".xml": 2}
    mtls.sort(key=lambda f: order[os.path.splitext(f)[1].lower()])
    ids = {m.group(0) for m in (PRODUCT_ID.search(os.path.basename(f)) for f in mtls) if m}
    if len(ids) > 1:
        raise InputError(translate("GlacierMapperCore", "'{path}' mixes the MTL files of {count} products ({ids}): "
                                   "keep one product per folder.").format(
                                   path=path, count=len(ids), ids=', '.join(sorted(ids))))
    return mtls[0], files


def _find_file(files: List[str], wanted: Optional[str], suffix: str) -> Optional[str]:
    """The file the MTL names, else the one file whose name ends in ``suffix`` (a renamed product)."""
    by_name = {os.path.basename(f).lower(): f for f in files}
    if wanted and wanted.lower() in by_name:
        return by_name[wanted.lower()]
    matches = [f for f in files if os.path.basename(f).lower().endswith(suffix.lower())]
    return matches[0] if len(matches) == 1 else None


def _check_ids(product_id: str, files: List[str], source: str) -> None:
    """Refuse band files of another product beside the MTL (two products in one folder, a wrong MTL)."""
    others = sorted({m.group(0) for f in files if f.lower().endswith((".tif", ".tiff"))
                     for m in [PRODUCT_ID.search(os.path.basename(f))] if m and m.group(0) != product_id})
    if others:
        raise InputError(
            translate("GlacierMapperCore", "'{source}' holds band files of {others}, but its MTL file describes "
                      "{product_id}: the MTL does not belong to these bands, or two products share a folder. Keep one "
                      "product per folder with its own MTL file.").format(
                      source=source, others=', '.join(others), product_id=product_id))


def _level(items: Dict[str, str]) -> Tuple[str, str]:
    """(processing level such as L2SP or L1TP, collection number '02', '01' or '' for pre-collection)."""
    level = items.get("PROCESSING_LEVEL") or items.get("DATA_TYPE") or ""
    return level.strip(), items.get("COLLECTION_NUMBER", "").strip().zfill(2) if items.get("COLLECTION_NUMBER") else ""


def _band_scaling(items: Dict[str, str], number: int, level2: bool, mtl: str) -> Tuple[float, float]:
    try:
        mult = float(items[f"REFLECTANCE_MULT_BAND_{number}"])
        add = float(items[f"REFLECTANCE_ADD_BAND_{number}"])
    except (KeyError, ValueError):
        raise InputError(translate("GlacierMapperCore", "The MTL file '{mtl}' has no reflectance coefficients for band "
                                   "{number}.").format(mtl=mtl, number=number)) from None
    if level2:
        return mult, add
    try:
        sin_elevation = math.sin(math.radians(float(items["SUN_ELEVATION"])))
    except (KeyError, ValueError):
        raise InputError(translate("GlacierMapperCore", "The MTL file '{mtl}' has no SUN_ELEVATION, which TOA "
                                   "reflectance needs.").format(mtl=mtl)) from None
    return mult / sin_elevation, add / sin_elevation


def open_landsat(path: str) -> Product:
    """The Product of a Landsat folder, .tar archive or MTL file; InputError naming what is missing."""
    mtl, files = find_mtl(path)
    items = parse_mtl(read_text(mtl), mtl)
    product_id = items.get("LANDSAT_PRODUCT_ID") or items.get("LANDSAT_SCENE_ID") or ""
    if not product_id:
        raise InputError(translate("GlacierMapperCore", "'{mtl}' names no LANDSAT_PRODUCT_ID: it is not a Landsat MTL "
                                   "file.").format(mtl=mtl))
    level, collection = _level(items)
    if any(re.search(r"_sr_band\d\.tif$", f, re.IGNORECASE) for f in files):
        raise InputError(
            translate("GlacierMapperCore", "'{path}' is a Collection 1 Level-2 surface reflectance product "
                      "(*_sr_band*.tif), which USGS retired in 2022 and this plugin does not read: download the "
                      "Collection 2 Level-2 product of the scene.").format(path=path))
    sensor_key = _SENSOR_BY_ID.get(product_id[:4]) or _SENSOR_BY_ID.get(product_id[:3])
    if sensor_key is None:
        raise InputError(translate("GlacierMapperCore", "The Landsat product {product_id} is from a sensor without "
                                   "reflective bands this plugin maps (Landsat 4/5 TM, "
                                   "7 ETM+, 8/9 OLI).").format(product_id=product_id))
    level2 = level.startswith("L2")
    _check_ids(product_id, files, path)
    bands, missing = _landsat_bands(items, files, sensor_key, level2, mtl)
    if missing:
        raise InputError(
            translate("GlacierMapperCore", "'{path}' lacks band files the {product_id} product needs: {missing}. "
                      "Download the complete product (every band file beside the MTL), or open the folder that holds "
                      "them.").format(path=path, product_id=product_id, missing=', '.join(missing)))
    qa = _landsat_qa(items, files)
    warnings = _size_warnings(items, bands)
    acquired = parse_time(f"{items.get('DATE_ACQUIRED', '')}T{items.get('SCENE_CENTER_TIME', '')}")
    label = (f"Collection {collection or 'pre-collection'} {level}: MTL "
             + ("REFLECTANCE_MULT/ADD (surface reflectance)" if level2 else
                "REFLECTANCE_MULT/ADD / sin(sun elevation) (top-of-atmosphere reflectance)"))
    return Product(
        kind="landsat_c2l2" if level2 else "landsat_l1", sensor=sensor_key, product_id=product_id,
        bands=tuple(bands), qa=qa, acquired=acquired, sun_azimuth=_number(items, "SUN_AZIMUTH"),
        sun_elevation=_number(items, "SUN_ELEVATION"), scaling_label=label, source=mtl, warnings=tuple(warnings))


def _landsat_bands(items: Dict[str, str], files: List[str], sensor_key: str, level2: bool, mtl: str
                   ) -> Tuple[List[ProductBand], List[str]]:
    sensor_ = SENSORS[sensor_key]
    role_of = {name: role for role, name in sensor_.roles.items()}
    bands, missing = [], []
    for name in sensor_.stack_order:
        number = int(name[1:])
        wanted = items.get(f"FILE_NAME_BAND_{number}")
        suffix = f"_SR_B{number}.TIF" if level2 else f"_B{number}.TIF"
        found = _find_file(files, wanted, suffix)
        if found is None:
            missing.append(wanted or f"*{suffix}")
            continue
        scale, offset = _band_scaling(items, number, level2, mtl)
        bands.append(ProductBand(name, role_of.get(name), found, scale, offset, LANDSAT_NODATA))
    return bands, missing


def _landsat_qa(items: Dict[str, str], files: List[str]) -> Dict[str, str]:
    qa = {}
    pixel = _find_file(files, items.get("FILE_NAME_QUALITY_L1_PIXEL"), "_QA_PIXEL.TIF")
    if pixel:
        qa["qa_pixel"] = pixel
    radsat = _find_file(files, items.get("FILE_NAME_QUALITY_L1_RADIOMETRIC_SATURATION"), "_QA_RADSAT.TIF")
    if radsat:
        qa["qa_radsat"] = radsat
    if not pixel:
        bqa = _find_file(files, items.get("FILE_NAME_BAND_QUALITY"), "_BQA.TIF")
        # the Collection 1 BQA has other bits than the pre-collection one
        if bqa:
            qa["bqa_c1" if items.get("COLLECTION_NUMBER", "").strip() in ("1", "01") else "bqa"] = bqa
    return qa


def _size_warnings(items: Dict[str, str], bands: List[ProductBand]) -> List[str]:
    """A warning naming both sizes when the band files are not the size the MTL gives (resampled copies): the
    georeferencing comes from the files, so this is not refused."""
    try:
        expected = (int(items["REFLECTIVE_SAMPLES"]), int(items["REFLECTIVE_LINES"]))
    except (KeyError, ValueError):
        return []
    actual = raster_size(bands[0].path)
    if actual == expected:
        return []
    return [translate("GlacierMapperCore", "The band files are {actual} x {actual2} pixels, but the MTL file gives "
                      "{expected} x {expected2} (REFLECTIVE_SAMPLES x REFLECTIVE_LINES): the files were resampled or "
                      "cut after download. The grid and georeferencing are taken from the files; check that they are "
                      "the product's.").format(
                      actual=actual[0], actual2=actual[1], expected=expected[0], expected2=expected[1])]


def _number(items: Dict[str, str], key: str) -> Optional[float]:
    try:
        return float(items[key])
    except (KeyError, ValueError):
        return None
