"""Landsat MTL metadata (.txt, .json, .xml): its items, and DN -> top-of-atmosphere reflectance coefficients."""
import datetime
import json
import math
import os
import re
import xml.etree.ElementTree as ElementTree
from typing import Dict, List, Mapping, Optional, Tuple

from ..errors import InputError
from ..messages import translate
from .bands import Scaling

_LINE = re.compile(r"^\s*([A-Z0-9_]+)\s*=\s*\"?([^\"]*?)\"?\s*$")


def parse_mtl(text: str, name: str) -> Dict[str, str]:
    """The MTL's items, flat; an item that occurs in several groups keeps its first value, which is the
    product's own (a Level-2 MTL repeats the Level-1 record's ids, file names and coefficients later)."""
    items: Dict[str, str] = {}
    lower = name.lower()
    if lower.endswith(".json"):
        def walk(node):
            for key, value in node.items():
                if isinstance(value, dict):
                    walk(value)
                else:
                    items.setdefault(key, str(value))
        try:
            walk(json.loads(text))
        except ValueError as error:
            raise InputError(translate("GlacierMapperCore", "'{name}' is not a readable MTL JSON file "
                                       "({error}).").format(
                                       name=name, error=error)) from None
    elif lower.endswith(".xml"):
        try:
            root = ElementTree.fromstring(text)
        except ElementTree.ParseError as error:
            raise InputError(translate("GlacierMapperCore", "'{name}' is not a readable MTL XML file "
                                       "({error}).").format(
                                       name=name, error=error)) from None
        for element in root.iter():
            if len(element) == 0 and element.text is not None:
                items.setdefault(element.tag, element.text.strip())
    else:
        for line in text.splitlines():
            match = _LINE.match(line)
            if match and match.group(1) not in ("GROUP", "END_GROUP"):
                items.setdefault(match.group(1), match.group(2))
    return items


def read_mtl(path: str) -> Dict[str, str]:
    """The items of the MTL file at ``path`` (.txt, .json or .xml): see parse_mtl."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            return parse_mtl(handle.read(), path)
    except OSError as error:
        raise InputError(translate("GlacierMapperCore", "Cannot read the "
                                   "MTL file '{path}': {error}.").format(path=path, error=error)) from None


def toa_scaling(mtl_path: str, band_numbers: Mapping[int, int]) -> Scaling:
    """Scaling for TOA reflectance: rho = (M * DN + A) / sin(sun elevation).

    ``band_numbers`` maps a raster band index (1-based) to the Landsat band number it holds.
    """
    values = read_mtl(mtl_path)
    try:
        sin_elevation = math.sin(math.radians(float(values["SUN_ELEVATION"])))
    except (KeyError, ValueError):
        raise InputError(translate("GlacierMapperCore", "'{mtl_path}' has no SUN_ELEVATION: is it a Landsat Level-1 "
                                   "MTL file?").format(mtl_path=mtl_path)) from None
    per_band = {}
    for index, number in band_numbers.items():
        try:
            mult = float(values[f"REFLECTANCE_MULT_BAND_{number}"])
            add = float(values[f"REFLECTANCE_ADD_BAND_{number}"])
        except (KeyError, ValueError):
            raise InputError(translate("GlacierMapperCore", "'{mtl_path}' has no reflectance coefficients for band "
                                       "{number}.").format(mtl_path=mtl_path, number=number)) from None
        per_band[index] = (mult / sin_elevation, add / sin_elevation)
    return Scaling(per_band=per_band, label="landsat_toa_mtl")


# Landsat product ids (LC08_L1TP_140041_20200101_20200113_02_T1) and scene ids (LC81400412020001LGN00) in names.
_PRODUCT_ID = re.compile(r"(L[COTEM]0\d)_L\w{3}_(\d{6})_(\d{8})_\d{8}_\d{2}_\w{2}", re.IGNORECASE)
_SCENE_ID = re.compile(r"(L[COTEM]\d)(\d{6})(\d{7})[A-Z]{3}\d{2}", re.IGNORECASE)
# Size ratios closer than this are one downsampling factor, not two different scenes.
_RATIO_TOLERANCE = 0.02


def _scene_key(text: str) -> Optional[Tuple[str, str, str]]:
    """(sensor, path/row, acquisition date) of the product or scene id in a name, or None."""
    match = _PRODUCT_ID.search(text)
    if match:
        return match.group(1).upper()[:2] + match.group(1)[-1], match.group(2), match.group(3)
    match = _SCENE_ID.search(text)
    if match:
        year, day = int(match.group(3)[:4]), int(match.group(3)[4:])
        date = datetime.date(year, 1, 1) + datetime.timedelta(days=day - 1)
        return match.group(1).upper(), match.group(2), date.strftime("%Y%m%d")
    return None


def mtl_scene_check(mtl_path: str, raster_path: str, width: int, height: int) -> List[str]:
    """Check that an MTL file describes the raster; returns warnings, raises InputError on a clear mismatch.

    The product (or scene) id in the raster's file name must be the MTL's scene; the MTL's scene size must be
    the raster's, or a whole-scene downsampling of it (a warning names both sizes), or hold the raster (a crop).
    """
    values = read_mtl(mtl_path)
    fix = translate("GlacierMapperCore", "Give the MTL file of this scene (it lies beside the band files of the "
                    "Level-1 product).")
    ids = [values.get(k, "") for k in ("LANDSAT_PRODUCT_ID", "LANDSAT_SCENE_ID") if values.get(k)]
    raster_key = _scene_key(os.path.basename(raster_path))
    mtl_keys = [k for k in map(_scene_key, ids) if k]
    if raster_key and mtl_keys and raster_key not in mtl_keys:
        raise InputError(translate("GlacierMapperCore", "The MTL file '{mtl_path}' is for the scene {ids}, but the "
                                   "raster '{raster_path}' is named for another (path/row {raster_key}, acquired "
                                   "{raster_key2}): its coefficients and sun angle would be wrong. {fix}").format(
                                   mtl_path=mtl_path, ids=ids[0], raster_path=os.path.basename(raster_path),
                                   raster_key=raster_key[1], raster_key2=raster_key[2], fix=fix))
    try:
        lines, samples = int(values["REFLECTIVE_LINES"]), int(values["REFLECTIVE_SAMPLES"])
    except (KeyError, ValueError):
        return []
    if (lines, samples) == (height, width):
        return []
    sizes = translate("GlacierMapperCore", "the MTL's scene is {samples} x {lines} px, the raster {width} x "
                      "{height} px").format(
                      samples=samples, lines=lines, width=width, height=height)
    if width > samples or height > lines:
        raise InputError(translate("GlacierMapperCore", "The MTL file '{mtl_path}' is not for this raster: {sizes}, "
                                   "larger than the scene. {fix}").format(mtl_path=mtl_path, sizes=sizes, fix=fix))
    ratio_x, ratio_y = samples / width, lines / height
    if abs(ratio_x - ratio_y) <= _RATIO_TOLERANCE * max(ratio_x, ratio_y):
        return [translate("GlacierMapperCore", "The raster is smaller than the MTL's scene ({sizes}): taken to be the "
                          "scene downsampled {ratio_x:.3g} times. If it is "
                          "another scene, give its own MTL file.").format(sizes=sizes, ratio_x=ratio_x)]
    return [translate("GlacierMapperCore", "The raster is smaller than the MTL's scene ({sizes}): taken to be a part "
                      "of it. If it is another scene, give its own MTL file.").format(sizes=sizes)]
