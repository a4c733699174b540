"""Choosing the reflectance scaling of a raster from a preset, explicit values or a Landsat MTL file."""
from typing import Any, Optional

from ..errors import BandError
from .bands import SCALING_PRESETS, Scaling, parse_description, scaling_from_preset, sensor
from .mtl import toa_scaling

SENSOR_DEFAULT = "sensor_default"
# The sensor default, then every preset.
SCALING_CHOICES = ((SENSOR_DEFAULT, "Sensor default (Landsat Collection 2 L2 / Sentinel-2 L2A)"),) + tuple(
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
    key = sensor_.default_scaling if preset_key in (None, "", SENSOR_DEFAULT) else preset_key
    if key not in SCALING_PRESETS:
        raise BandError(f"Unknown reflectance scaling '{preset_key}'.")
    if key != "landsat_toa_mtl":
        return scaling_from_preset(key, scale, offset)
    if not mtl_path:
        raise BandError("TOA reflectance from a Landsat MTL file needs the MTL file: give its path.")
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
