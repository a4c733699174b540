"""The acquisition date of an image or mask, from its metadata or its product name; parsing of date text.

Dates are returned as ``datetime.date``; outlines store them as RGI 7 does (``2003-07-30T00:00:00``).
"""
import datetime
import json
import os
import re
from typing import Any, Mapping, Optional, Tuple

from osgeo import gdal

from ..errors import InputError
from ..messages import translate

# Metadata items that carry the acquisition date, most specific first (Landsat MTL names, Sentinel-2
# SAFE, GDAL's generic items). TIFFTAG_DATETIME is often the processing time: used last, with a warning.
DATE_KEYS = ("ACQUISITION_DATE", "DATE_ACQUIRED", "SENSING_DATE", "SENSING_TIME", "DATATAKE_1_DATATAKE_SENSING_START",
             "PRODUCT_START_TIME", "ACQUISITIONDATE", "DATETIME")
WEAK_KEYS = ("TIFFTAG_DATETIME",)
# Product identifiers: Landsat Collection 1/2 (LC08_L2SP_045023_20200816_...), Sentinel-2 (..._20200816T184919_...),
# HLS (HLS.L30.T11UNT.2020229T184845.v2.0: year and day of year).
_LANDSAT = re.compile(r"L[COTEM]0\d_L\w{3}_\d{6}_(\d{8})_")
_SENTINEL2 = re.compile(r"S2[ABCD]_MSI\w{3}_(\d{8})T\d{6}")
_HLS = re.compile(r"HLS\.[LS]30\.T\w{5}\.(\d{7})T\d{6}")


def parse_date(value: Any) -> Optional[datetime.date]:
    """A datetime.date from text such as 2020-08-16, 2020:08:16 12:00:00, 20200816, 2020-08-16T18:49:19Z,
    or None when the text holds no date."""
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = str(value).strip()
    match = re.match(r"(\d{4})[-:/.](\d{1,2})[-:/.](\d{1,2})", text) or re.match(r"(\d{4})(\d{2})(\d{2})(?!\d)", text)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    # RGI 6 writes 99 for an unknown month or day (BgnDate 20030799): take the middle of the period.
    if month == 99:
        month, day = 7, 1
    elif day == 99:
        day = 15
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def require_date(value: Any, what: str) -> Optional[datetime.date]:
    """parse_date, or InputError naming the parameter when the text is not a date."""
    date = parse_date(value)
    if value not in (None, "") and date is None:
        raise InputError(translate("GlacierMapperCore", "The {what} '{value}' is not a date. Write it as YYYY-MM-DD, "
                                   "e.g. 2020-08-16.").format(what=what, value=value))
    return date


def date_from_name(name: Any) -> Optional[datetime.date]:
    """The acquisition date in a Landsat, Sentinel-2 or HLS product name, or None."""
    base = os.path.basename(str(name))
    match = _LANDSAT.search(base)
    if match:
        return parse_date(match.group(1))
    match = _SENTINEL2.search(base)
    if match:
        return parse_date(match.group(1))
    match = _HLS.search(base)
    if match:
        year, day = int(match.group(1)[:4]), int(match.group(1)[4:])
        return datetime.date(year, 1, 1) + datetime.timedelta(days=day - 1)
    return None


def _from_metadata(metadata):
    by_key = {name.upper(): (name, value) for name, value in metadata.items()}
    for key in DATE_KEYS:
        if key in by_key:
            date = parse_date(by_key[key][1])
            if date:
                return date, f"metadata item {by_key[key][0]}"
    return None, None


def raster_date(path: Any, metadata: Optional[Mapping[str, str]] = None, follow_inputs: bool = True
                ) -> Tuple[Optional[datetime.date], Optional[str], Optional[str]]:
    """(date, where it came from, warning or None) for a raster; (None, None, None) when nothing says.

    Looks at the raster's metadata, its file name, and, for a Glacier Mapper output, at the image it was
    made from (GLACIERMAPPER_INPUTS).
    """
    if metadata is None:
        try:
            dataset = gdal.Open(str(path))
            metadata = dict(dataset.GetMetadata() or {})
            dataset = None
        except RuntimeError:
            metadata = {}
    date, where = _from_metadata(metadata)
    if date:
        return date, where, None
    date = date_from_name(path)
    if date:
        return date, "the product name in the file name", None
    if follow_inputs and metadata.get("GLACIERMAPPER_INPUTS"):
        try:
            inputs = json.loads(metadata["GLACIERMAPPER_INPUTS"])
        except ValueError:
            inputs = {}
        for role, source in inputs.items():
            if isinstance(source, str) and os.path.exists(source):
                date, where, warning = raster_date(source, follow_inputs=False)
                if date:
                    return date, f"{where} of the {role} raster {os.path.basename(source)}", warning
    for key in WEAK_KEYS:
        date = parse_date(metadata.get(key))
        if date:
            return date, key, (translate("GlacierMapperCore", "The date {date} comes from {key}, which is "
                                         "often the date the file was written rather than the acquisition date; set "
                                         "the source date if it is wrong.").format(
                                         date=date.isoformat(), key=key))
    return None, None, None


def rgi_date_text(date: Optional[datetime.date]) -> Optional[str]:
    """A date as RGI 7's src_date field writes it."""
    return f"{date.isoformat()}T00:00:00" if date else None
