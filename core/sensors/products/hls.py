"""HLS (Harmonized Landsat Sentinel-2) v2.0 band files: HLS.L30.T11UMU.2020229T184845.v2.0.B05.tif and Fmask.

L30 carries the Landsat 8/9 OLI bands, S30 the Sentinel-2 MSI bands; both are surface reflectance x 1e-4
with nodata -9999.
"""
import datetime
import os
import re
from typing import Dict, List, Tuple

from osgeo import gdal

from ...errors import InputError
from ...messages import translate
from ..bands import SENSORS
from .product import Product, ProductBand, list_files

HLS_NAME = re.compile(r"^HLS\.(L30|S30)\.(T\w{5})\.(\d{7})T(\d{6})\.v(\d+\.\d+)\.(\w+)\.tif$", re.IGNORECASE)
HLS_SCALE, HLS_NODATA = 1e-4, -9999.0
_SENSOR = {"L30": "landsat_oli", "S30": "sentinel2"}


def hls_files(folder: str) -> Dict[Tuple[str, ...], Dict[str, str]]:
    """{(L30|S30, tile, date, time, version): {band: path}} of the HLS files in a folder."""
    found: Dict[Tuple[str, ...], Dict[str, str]] = {}
    for path in list_files(folder):
        match = HLS_NAME.match(os.path.basename(path))
        if match:
            key = tuple(g.upper() for g in match.groups()[:5])
            found.setdefault(key, {})[match.group(6).upper()] = path
    return found


def _band_key(name: str) -> str:
    """HLS names B05, B8A; the band table B5, B8A."""
    return "B" + name[1:].lstrip("0") if name[1:].isdigit() else name


def open_hls(path: str) -> Product:
    folder = os.path.dirname(os.path.abspath(path)) if os.path.isfile(path) else os.path.abspath(path)
    products = hls_files(folder)
    if os.path.isfile(path):
        match = HLS_NAME.match(os.path.basename(path))
        products = {k: v for k, v in products.items() if match and k == tuple(g.upper() for g in match.groups()[:5])}
    if not products:
        raise InputError(translate("GlacierMapperCore", "'{path}' holds no HLS band files "
                                   "(HLS.L30.<tile>.<date>.v2.0.B05.tif).").format(path=path))
    if len(products) > 1:
        names = ", ".join(".".join(("HLS",) + key[:2] + (key[2] + "T" + key[3],)) for key in sorted(products))
        raise InputError(translate("GlacierMapperCore", "'{path}' mixes the band files of {count} HLS "
                                   "products ({names}): open one product at a time (give one of its band files, or "
                                   "keep one product per folder).").format(
                                   path=path, count=len(products), names=names))
    (kind, tile, day, time, version), files = next(iter(products.items()))
    sensor_ = SENSORS[_SENSOR[kind]]
    by_band = {_band_key(name): p for name, p in files.items()}
    role_of = {name: role for role, name in sensor_.roles.items()}
    # HLS S30 has no separate 10 m NIR band: B8A is its NIR (B08 is kept where present)
    order = [b for b in sensor_.stack_order if b in by_band or b in sensor_.roles.values()]
    # the coastal band no method needs (clips such as the Athabasca one leave it out)
    missing = [b for b in order if b not in by_band and role_of.get(b) not in (None, "coastal")
               and not (b == "B8" and "B8A" in by_band)]
    if missing:
        names = ", ".join(f"HLS.{kind}.{tile}.{day}T{time}.v{version}.B{m[1:].zfill(2)}.tif" for m in missing)
        raise InputError(translate("GlacierMapperCore", "The HLS product {kind}.{tile}.{day}T{time} lacks the band "
                                   "files {names}. Download every reflective band of the granule.").format(
                                   kind=kind, tile=tile, day=day, time=time, names=names))
    bands = []
    for name in order:
        if name in by_band:
            role = role_of.get(name) or ("nir" if name == "B8A" and "B8" not in by_band else None)
            bands.append(ProductBand(name, role, by_band[name], *_scale_nodata(by_band[name])))
    metadata = dict(gdal.Open(bands[0].path).GetMetadata() or {})
    acquired = (datetime.datetime(int(day[:4]), 1, 1) + datetime.timedelta(days=int(day[4:]) - 1)
                + datetime.timedelta(hours=int(time[:2]), minutes=int(time[2:4]), seconds=int(time[4:])))
    zenith = _number(metadata, "MEAN_SUN_ZENITH_ANGLE")
    qa = {"fmask": files["FMASK"]} if "FMASK" in files else {}
    return Product(kind="hls", sensor=sensor_.key, product_id=f"HLS.{kind}.{tile}.{day}T{time}.v{version}",
                   bands=tuple(bands), qa=qa, acquired=acquired,
                   sun_azimuth=_number(metadata, "MEAN_SUN_AZIMUTH_ANGLE"),
                   sun_elevation=None if zenith is None else 90.0 - zenith,
                   scaling_label="HLS v2.0 surface reflectance (x 1e-4)", source=folder,
                   warnings=() if qa else (translate("GlacierMapperCore", "The HLS product has no Fmask file: no "
                                                     "pixels are masked."),))


def _scale_nodata(path: str) -> Tuple[float, float, float]:
    dataset = gdal.Open(path)
    band = dataset.GetRasterBand(1)
    metadata = dict(band.GetMetadata() or {}, **(dataset.GetMetadata() or {}))
    scale = _number(metadata, "scale_factor") or HLS_SCALE
    nodata = band.GetNoDataValue()
    return scale, 0.0, HLS_NODATA if nodata is None else nodata


def _number(metadata: Dict[str, str], key: str):
    by_key = {k.upper(): v for k, v in metadata.items()}
    try:
        return float(str(by_key[key.upper()]).split(",")[0])
    except (KeyError, ValueError):
        return None


def hls_in(files: List[str]) -> bool:
    return any(HLS_NAME.match(os.path.basename(f)) for f in files)
