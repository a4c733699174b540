"""Sentinel-2 L2A and L1C SAFE products: folders, .zip archives (read in place) and their MTD_MSIL2A.xml /
MTD_MSIL1C.xml.

Reflectance = (DN + offset) / QUANTIFICATION_VALUE: the offset is 0 before processing baseline 04.00 and
BOA_ADD_OFFSET (L2A) or RADIO_ADD_OFFSET (L1C), usually -1000, from baseline 04.00 on.
"""
import os
import re
import xml.etree.ElementTree as ElementTree
from typing import Dict, List, Optional, Tuple

from ...errors import InputError
from ...messages import translate
from ..bands import SENSORS
from .product import Product, ProductBand, is_archive, list_files, parse_time, read_text, vsi_root

_MTD = re.compile(r"(^|/)MTD_MSIL(1C|2A)\.xml$", re.IGNORECASE)
# The band ids of the MTD's offset lists (0..12) in band-name order.
BAND_IDS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B10", "B11", "B12")
S2_NODATA = 0.0
_IMAGE = re.compile(r"_(B\d[\dA])(?:_(\d\dm))?\.(jp2|tif)$", re.IGNORECASE)


def baseline_offset(baseline: str, offset: float = -1000.0) -> float:
    """The DN offset of a processing baseline ('04.00' -> offset, earlier -> 0)."""
    try:
        return offset if float(baseline) >= 4.0 else 0.0
    except ValueError:
        return 0.0


def s2_bands(by_name: Dict[str, str], quantification: float, offsets: Dict[str, float], product_id: str
             ) -> List[ProductBand]:
    """The reflective bands in the band table's order, NIR B8 (B8A where B8 is absent)."""
    sensor_ = SENSORS["sentinel2"]
    role_of = {name: role for role, name in sensor_.roles.items()}
    needed = [name for name in role_of if name != "B1"]
    missing = [n for n in needed if n not in by_name and not (n == "B8" and "B8A" in by_name)]
    if missing:
        raise InputError(translate("GlacierMapperCore", "The Sentinel-2 product {product_id} lacks the band files "
                                   "{missing} ({value}). Download the complete product.").format(
                                   product_id=product_id, missing=', '.join(missing),
                                   value=', '.join(role_of[m] for m in missing)))
    bands = []
    for name in sensor_.stack_order:
        if name in by_name:
            role = role_of.get(name) or ("nir" if name == "B8A" and "B8" not in by_name else None)
            bands.append(ProductBand(name, role, by_name[name], 1.0 / quantification,
                                     offsets.get(name, 0.0) / quantification, S2_NODATA))
    return bands


def find_mtd(path: str) -> Tuple[str, List[str]]:
    if os.path.isfile(path) and _MTD.search(os.path.basename(path)):
        folder = os.path.dirname(os.path.abspath(path))
        return os.path.abspath(path), list_files(folder)
    root = vsi_root(path) if is_archive(path) else os.path.abspath(path)
    files = list_files(root)
    mtds = [f for f in files if _MTD.search(f)]
    if not mtds:
        raise InputError(translate("GlacierMapperCore", "'{path}' holds no MTD_MSIL2A.xml or MTD_MSIL1C.xml: is it a "
                                   "Sentinel-2 SAFE product?").format(path=path))
    if len(mtds) > 1:
        raise InputError(translate("GlacierMapperCore", "'{path}' holds {count} Sentinel-2 products: open one "
                                   "SAFE product at a time.").format(path=path, count=len(mtds)))
    return mtds[0], files


def _text(root: ElementTree.Element, tag: str) -> str:
    for element in root.iter():
        if element.tag.split("}")[-1] == tag and element.text:
            return element.text.strip()
    return ""


def _offsets(root: ElementTree.Element, tag: str) -> Dict[str, float]:
    offsets = {}
    for element in root.iter():
        if element.tag.split("}")[-1] == tag and element.text:
            offsets[BAND_IDS[int(element.get("band_id", "0"))]] = float(element.text)
    return offsets


def _images(files: List[str]) -> Dict[str, str]:
    """band name -> file, the finest resolution of each band (L2A keeps 10, 20 and 60 m copies)."""
    best: Dict[str, Tuple[int, str]] = {}
    for path in files:
        if "/IMG_DATA/" not in path.replace(os.sep, "/"):
            continue
        match = _IMAGE.search(os.path.basename(path))
        if not match:
            continue
        name = "B" + match.group(1)[1:].lstrip("0") if match.group(1)[1:].isdigit() else match.group(1).upper()
        metres = int(match.group(2)[:2]) if match.group(2) else 0
        if name not in best or metres < best[name][0]:
            best[name] = (metres, path)
    return {name: path for name, (_, path) in best.items()}


def open_safe(path: str, require_level2: bool = False) -> Product:
    mtd, files = find_mtd(path)
    try:
        root = ElementTree.fromstring(read_text(mtd))
    except ElementTree.ParseError as error:
        raise InputError(translate("GlacierMapperCore", "'{mtd}' is not a readable Sentinel-2 metadata file "
                                   "({error}).").format(
                                   mtd=mtd, error=error)) from None
    level2 = "2A" in os.path.basename(mtd).upper()
    if require_level2 and not level2:
        raise InputError(translate("GlacierMapperCore", "'{path}' is a Sentinel-2 Level-1C product (top-of-atmosphere "
                                   "reflectance), but surface reflectance (Level-2A) was asked for: download the L2A "
                                   "product, or allow L1C.").format(path=path))
    product_id = _text(root, "PRODUCT_URI").replace(".SAFE", "") or os.path.basename(os.path.dirname(mtd))
    baseline = _text(root, "PROCESSING_BASELINE")
    quantification = float(_text(root, "BOA_QUANTIFICATION_VALUE" if level2 else "QUANTIFICATION_VALUE")
                           or 10000.0)
    offsets = _offsets(root, "BOA_ADD_OFFSET" if level2 else "RADIO_ADD_OFFSET")
    if not offsets and baseline_offset(baseline):
        offsets = {name: -1000.0 for name in BAND_IDS}
    images = _images(files)
    bands = s2_bands(images, quantification, offsets, product_id)
    scl = [f for f in files if re.search(r"_SCL(_20m)?\.(jp2|tif)$", f, re.IGNORECASE)]
    azimuth, zenith = _sun(files)
    return Product(
        kind="sentinel2_l2a" if level2 else "sentinel2_l1c", sensor="sentinel2", product_id=product_id,
        bands=tuple(bands), qa={"scl": sorted(scl)[0]} if scl else {},
        acquired=parse_time(_text(root, "PRODUCT_START_TIME")), sun_azimuth=azimuth,
        sun_elevation=None if zenith is None else 90.0 - zenith,
        scaling_label=f"Sentinel-2 baseline {baseline or '?'}: (DN {_offset_text(offsets)}) / {quantification:g}",
        source=mtd)


def _offset_text(offsets: Dict[str, float]) -> str:
    values = set(offsets.values())
    if not values or values == {0.0}:
        return "+ 0"
    return f"{next(iter(values)):+g}" if len(values) == 1 else "+ BOA_ADD_OFFSET per band"


def _sun(files: List[str]) -> Tuple[Optional[float], Optional[float]]:
    """(azimuth, zenith) of the granule's MTD_TL.xml Mean_Sun_Angle, or (None, None)."""
    granules = [f for f in files if os.path.basename(f).upper() == "MTD_TL.XML"]
    if not granules:
        return None, None
    root = ElementTree.fromstring(read_text(granules[0]))
    for element in root.iter():
        if element.tag.split("}")[-1] == "Mean_Sun_Angle":
            values = {child.tag.split("}")[-1]: float(child.text) for child in element if child.text}
            return values.get("AZIMUTH_ANGLE"), values.get("ZENITH_ANGLE")
    return None, None
