"""What a product constructor returns, and the file access they share (plain paths and /vsitar/, /vsizip/)."""
import datetime
import os
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from osgeo import gdal

from ...errors import InputError
from ...messages import translate

gdal.UseExceptions()


@dataclass(frozen=True)
class ProductBand:
    """One reflective band file of a product: reflectance = DN x scale + offset."""
    name: str  # the sensor's band name, e.g. "B3", "B8A"
    role: Optional[str]  # core.sensors.bands role, None for bands no method uses (red edge, water vapour)
    path: str  # a GDAL path: a file, or /vsitar/... /vsizip/... inside an archive
    scale: float
    offset: float
    nodata: Optional[float]


@dataclass(frozen=True)
class Product:
    """A product's reflective bands in the sensor's order, quality bands, scaling and acquisition."""
    kind: str  # landsat_c2l2, landsat_l1, hls, sentinel2_l2a, sentinel2_l1c
    sensor: str  # key of core.sensors.bands.SENSORS
    product_id: str
    bands: Tuple[ProductBand, ...]
    qa: Dict[str, str] = field(default_factory=dict)  # qa_pixel / qa_radsat / bqa / fmask / scl -> GDAL path
    acquired: Optional[datetime.datetime] = None
    sun_azimuth: Optional[float] = None
    sun_elevation: Optional[float] = None
    scaling_label: str = ""  # how the scale/offset were found, for the log
    source: str = ""  # what was opened
    warnings: Tuple[str, ...] = ()

    def band(self, name: str) -> ProductBand:
        for band in self.bands:
            if band.name == name:
                return band
        raise InputError(translate("GlacierMapperCore", "The product {product_id} has no band {name}.").format(
                                   product_id=self.product_id, name=name))


def is_archive(path: str) -> bool:
    return path.lower().endswith((".tar", ".tar.gz", ".tgz", ".zip"))


def vsi_root(path: str) -> str:
    """The GDAL virtual path of an archive's content (read in place, never extracted), or the path itself."""
    lower = path.lower()
    if lower.endswith(".zip"):
        return "/vsizip/" + os.path.abspath(path)
    if lower.endswith((".tar", ".tar.gz", ".tgz")):
        return "/vsitar/" + os.path.abspath(path)
    return os.path.abspath(path)


def list_files(root: str) -> List[str]:
    """Every file under ``root`` (a folder or a /vsi path), as full GDAL paths, sorted."""
    if not root.startswith("/vsi"):
        found = []
        for folder, _, files in os.walk(root):
            found += [os.path.join(folder, name) for name in files]
        return sorted(found)
    entries = gdal.ReadDirRecursive(root) or []
    return sorted(f"{root}/{entry}" for entry in entries if not entry.endswith("/"))


def read_text(path: str) -> str:
    """A text file's content, from a plain path or a /vsi path."""
    if not path.startswith("/vsi"):
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                return handle.read()
        except OSError as error:
            raise InputError(translate("GlacierMapperCore", "Cannot read '{path}': {strerror}.").format(
                                       path=path, strerror=error.strerror)) from None
    handle = gdal.VSIFOpenL(path, "rb")
    if handle is None:
        raise InputError(translate("GlacierMapperCore", "Cannot read '{path}' in the archive.").format(path=path))
    try:
        data = b""
        while True:
            chunk = gdal.VSIFReadL(1, 1 << 20, handle)
            if not chunk:
                break
            data += chunk
    finally:
        gdal.VSIFCloseL(handle)
    return data.decode("utf-8", errors="replace")


def raster_size(path: str) -> Tuple[int, int]:
    try:
        dataset = gdal.Open(path)
    except RuntimeError as error:
        raise InputError(translate("GlacierMapperCore", "The band file '{path}' cannot be read by GDAL "
                                   "({error}).").format(
                                   path=path, error=error)) from None
    return dataset.RasterXSize, dataset.RasterYSize


def parse_time(text: str) -> Optional[datetime.datetime]:
    """An ISO-like date and time (2020-10-31T14:31:47.80Z, 2020-10-31 14:31:47) as naive UTC, or None."""
    text = (text or "").strip().strip('"').replace("Z", "").replace(" ", "T")
    if not text:
        return None
    date_part, _, time_part = text.partition("T")
    time_part = time_part.split("+")[0]
    try:
        date = datetime.date.fromisoformat(date_part[:10])
    except ValueError:
        return None
    seconds = 0.0
    hour = minute = 0
    if time_part:
        pieces = (time_part.split(":") + ["0", "0"])[:3]
        try:
            hour, minute, seconds = int(pieces[0]), int(pieces[1]), float(pieces[2])
        except ValueError:
            return datetime.datetime(date.year, date.month, date.day)
    whole = int(seconds)
    return datetime.datetime(date.year, date.month, date.day, hour, minute, whole,
                             int(round((seconds - whole) * 1e6)) % 1000000)
