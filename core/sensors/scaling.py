"""Choosing the reflectance scaling of a raster: from the raster itself (GDAL scale/offset, product file names),
a preset, explicit values or a Landsat MTL file."""
import math
import os
import re
from typing import Any, Optional

from ..errors import BandError
from ..messages import translate
from .bands import SCALING_PRESETS, Scaling, parse_description, scaling_from_preset, sensor
from .mtl import toa_scaling

SENSOR_DEFAULT = "sensor_default"
# The sensor default, then every preset.
SCALING_CHOICES = ((SENSOR_DEFAULT, "From the raster (metadata), else the sensor preset"),) + tuple(
    (key, preset.label) for key, preset in SCALING_PRESETS.items())


def resolve_scaling(info: Any, sensor_key: str, preset_key: Optional[str] = SENSOR_DEFAULT,
                    scale: Optional[float] = None, offset: Optional[float] = None,
                    mtl_path: Optional[str] = None) -> Scaling:
    """The core.sensors.bands.Scaling for a raster (a RasterInfo).

    ``preset_key`` is a key of SCALING_PRESETS or SENSOR_DEFAULT (the sensor's usual product). TOA from
    an MTL file needs to know which Landsat band each raster band holds: from band descriptions,
    else from the sensor's stack order.
    """
    sensor_ = sensor(sensor_key)
    if preset_key in (None, "", SENSOR_DEFAULT):
        from_raster = raster_scaling(info, sensor_.default_scaling)
        if from_raster is not None and scale is None and offset is None:
            return from_raster
        key = detected_preset(info) or sensor_.default_scaling
    else:
        key = preset_key
    if key not in SCALING_PRESETS:
        raise BandError(translate("GlacierMapperCore", "Unknown reflectance scaling "
                                  "'{preset_key}'.").format(preset_key=preset_key))
    if key != "landsat_toa_mtl":
        return scaling_from_preset(key, scale, offset)
    if not mtl_path:
        raise BandError(translate("GlacierMapperCore", "TOA reflectance from a Landsat MTL file needs the MTL file: "
                                  "give its path."))
    numbers = {}
    for index in range(1, info.band_count + 1):
        parsed = parse_description(info.descriptions[index - 1] if index <= len(info.descriptions) else "")
        if parsed and parsed[0] == "band":
            name = parsed[1]
        elif index <= len(sensor_.stack_order):
            name = sensor_.stack_order[index - 1]
        else:
            continue
        if name[1:].isdigit():
            numbers[index] = int(name[1:])
    return toa_scaling(mtl_path, numbers)


# HLS file names (HLS.L30.T11UMU...B05.tif, or a clip such as athabasca_2020229_B02_L30.tif) and the band
# descriptions of GDAL's SENTINEL2 driver ("B2, central wavelength 490 nm").
_HLS_NAME = re.compile(r"(^|[^a-z0-9])HLS\.[LS]30\.|_[LS]30(\.|_|$)", re.IGNORECASE)
_SENTINEL2_DRIVER = re.compile(r"^B\d[\dA]?, central wavelength", re.IGNORECASE)


def raster_scaling(info: Any, prefer: str = "") -> Optional[Scaling]:
    """The bands' GDAL scale and offset (a prepared scene, a product with scale_factor), or None when unset.

    A uniform scaling that is a preset's keeps the preset's name (``prefer``, the sensor's own, first), so the
    log says "Landsat Collection 2"."""
    scales, offsets = tuple(getattr(info, "scales", ())), tuple(getattr(info, "offsets", ()))
    pairs = [(1.0 if s is None else float(s), 0.0 if o is None else float(o)) for s, o in zip(scales, offsets)]
    if not pairs or all(pair == (1.0, 0.0) for pair in pairs):
        return None
    if len(set(pairs)) == 1:
        scale, offset = pairs[0]
        for key, preset in sorted(SCALING_PRESETS.items(), key=lambda item: item[0] != prefer):
            if key != "landsat_toa_mtl" and math.isclose(preset.scale, scale, rel_tol=1e-6) and math.isclose(
                    preset.offset, offset, rel_tol=1e-6, abs_tol=1e-9):
                return Scaling(scale, offset, label=key)
        return Scaling(scale, offset, label="raster metadata")
    return Scaling(per_band={i + 1: pair for i, pair in enumerate(pairs)}, label="raster metadata")


def detected_preset(info: Any) -> Optional[str]:
    """The preset that the raster's file names or band descriptions name (HLS, Sentinel-2), or None."""
    names = [os.path.basename(f) for f in getattr(info, "files", ())] + [os.path.basename(info.path or "")]
    if any(_HLS_NAME.search(name) for name in names):
        return "hls"
    if any(_SENTINEL2_DRIVER.match(d or "") for d in info.descriptions):
        return "sentinel2"
    return None
