"""STAC items of Sentinel-2 L2A/L1C (element84 Earth Search v0 and v1 layouts) with their band files beside
the item JSON; a Landsat STAC item opens the product folder it lies in (its MTL says more)."""
import json
import os
import re
from typing import Any, Dict, Optional, Tuple

from ...errors import InputError
from ...messages import translate
from .product import Product, parse_time
from .sentinel2 import S2_NODATA, baseline_offset, s2_bands

# Earth Search v1 asset keys -> band names; v0 uses the band names (B02) as keys.
ASSET_BANDS = {"coastal": "B1", "blue": "B2", "green": "B3", "red": "B4", "rededge1": "B5", "rededge2": "B6",
               "rededge3": "B7", "nir": "B8", "nir08": "B8A", "nir09": "B9", "cirrus": "B10", "swir16": "B11",
               "swir22": "B12"}


def read_item(path: str) -> Dict[str, Any]:
    try:
        with open(path, encoding="utf-8") as handle:
            item = json.load(handle)
    except (OSError, ValueError) as error:
        raise InputError(translate("GlacierMapperCore", "'{path}' is not a "
                                   "readable STAC item JSON ({error}).").format(path=path, error=error)) from None
    if not isinstance(item, dict) or "assets" not in item or "stac_version" not in item:
        raise InputError(translate("GlacierMapperCore", "'{path}' is JSON but not a STAC item (no stac_version and "
                                   "assets).").format(path=path))
    return item


def _asset_band(key: str) -> Optional[str]:
    if key.lower() in ASSET_BANDS:
        return ASSET_BANDS[key.lower()]
    match = re.fullmatch(r"B0?(\d{1,2}A?)", key, re.IGNORECASE)
    return "B" + match.group(1).upper() if match else None


def _local(href: str, folder: str) -> Optional[str]:
    """The asset's file: the href itself when local, else the file of the same name beside the item."""
    if not re.match(r"^[a-z][a-z0-9+.-]*://", href):
        path = href if os.path.isabs(href) else os.path.join(folder, href)
        return path if os.path.isfile(path) else None
    path = os.path.join(folder, os.path.basename(href.split("?")[0]))
    return path if os.path.isfile(path) else None


def _assets(item: Dict[str, Any], folder: str) -> Tuple[Dict[str, str], Dict[str, Tuple[float, float]], Optional[str]]:
    files, coefficients, scl = {}, {}, None
    for key, asset in item["assets"].items():
        if key.lower().endswith("-jp2"):
            continue
        if key.lower() == "scl":
            scl = _local(asset.get("href", ""), folder)
            continue
        name = _asset_band(key)
        if name is None:
            continue
        path = _local(asset.get("href", ""), folder)
        if path:
            files[name] = path
            raster = (asset.get("raster:bands") or [{}])[0]
            coefficients[name] = (float(raster.get("scale", 1e-4)), float(raster.get("offset", 0.0)))
    return files, coefficients, scl


def open_stac_item(path: str, require_level2: bool = False) -> Product:
    item = read_item(path)
    properties = item.get("properties", {})
    platform = str(properties.get("platform", "")).lower()
    if not platform.startswith("sentinel-2"):
        raise InputError(translate("GlacierMapperCore", "The STAC item '{path}' is from '{platform}': STAC items of "
                                   "Sentinel-2 are read; for Landsat give the product folder or its MTL file.").format(
                                   path=path,
                                   platform=platform or translate("GlacierMapperCore", "an unknown platform")))
    product_type = str(properties.get("s2:product_type", ""))
    level2 = "2A" in product_type or "L2A" in item.get("id", "")
    if require_level2 and not level2:
        raise InputError(translate("GlacierMapperCore", "'{path}' is a Sentinel-2 Level-1C item (top-of-atmosphere "
                                   "reflectance), but surface reflectance (Level-2A) was asked for: use the L2A item, "
                                   "or allow L1C.").format(path=path))
    files, coefficients, scl = _assets(item, os.path.dirname(os.path.abspath(path)))
    baseline = str(properties.get("s2:processing_baseline", ""))
    applied = bool(properties.get("earthsearch:boa_offset_applied", False))
    # raster:bands offsets of Earth Search v1 already hold -0.1 from baseline 04.00; v0 items have none
    offsets = {}
    for name, (scale, offset) in coefficients.items():
        dn_offset = offset / scale if offset else (0.0 if applied else baseline_offset(baseline))
        offsets[name] = dn_offset
    quantification = 1.0 / next(iter(coefficients.values()))[0] if coefficients else 10000.0
    bands = s2_bands(files, quantification, offsets, item.get("id", path))
    azimuth, elevation = properties.get("view:sun_azimuth"), properties.get("view:sun_elevation")
    return Product(
        kind="sentinel2_l2a" if level2 else "sentinel2_l1c", sensor="sentinel2", product_id=str(item.get("id")),
        bands=tuple(bands), qa={"scl": scl} if scl else {},
        acquired=parse_time(str(properties.get("datetime", ""))),
        sun_azimuth=None if azimuth is None else float(azimuth),
        sun_elevation=None if elevation is None else float(elevation),
        scaling_label=(f"Sentinel-2 baseline {baseline or '?'} (s2:processing_baseline of the STAC item): "
                       f"(DN {'-1000' if set(offsets.values()) == {-1000.0} else '+ 0'}) / {quantification:g}"),
        source=os.path.abspath(path),
        warnings=() if scl else (translate("GlacierMapperCore", "The STAC item has no SCL file beside it: no pixels "
                                           "are masked."),))


def is_stac_item(path: str) -> bool:
    try:
        read_item(path)
    except InputError:
        return False
    return True


__all__ = ["open_stac_item", "is_stac_item", "S2_NODATA"]
