"""The band table: sensors, spectral roles, band names and how to find them in a raster.

This is the only place that knows which band is green on which sensor. Everything else asks
``resolve_bands`` for a role -> 1-based raster band index mapping.
"""
import re
from dataclasses import dataclass, field
from typing import Dict, Iterable, Mapping, Optional, Sequence, Tuple

from ..errors import BandError
from ..messages import translate

# Spectral roles the methods use, with the words users and products put in band descriptions.
ROLE_ALIASES = {
    "coastal": ("coastal", "coastal aerosol", "aerosol", "ultrablue"),
    "blue": ("blue",),
    "green": ("green",),
    "red": ("red",),
    "nir": ("nir", "near infrared", "near-infrared", "nir narrow", "nir08"),
    "swir1": ("swir1", "swir 1", "swir-1", "swir16", "shortwave infrared 1"),
    "swir2": ("swir2", "swir 2", "swir-2", "swir22", "shortwave infrared 2"),
}
ROLES = tuple(ROLE_ALIASES)
# Model cards and help texts name roles this way.
ROLE_LABELS = {"coastal": "Coastal", "blue": "Blue", "green": "Green", "red": "Red",
               "nir": "NIR", "swir1": "SWIR1", "swir2": "SWIR2"}


@dataclass(frozen=True)
class Sensor:
    key: str
    label: str
    roles: dict  # role -> band name, e.g. {"green": "B3"}
    stack_order: tuple  # band names in the order of the usual multiband stack
    default_scaling: str  # key of SCALING_PRESETS
    all_bands: tuple = ()  # every band the sensor has, to catch descriptions from another sensor

    def band_name(self, role: str) -> str:
        try:
            return self.roles[role]
        except KeyError:
            raise BandError(translate("GlacierMapperCore", "{label} has no {band} band.").format(
                                      label=self.label, band=ROLE_LABELS.get(role, role))) from None


SENSORS = {
    "landsat_oli": Sensor(
        "landsat_oli", "Landsat 8/9 OLI",
        {"coastal": "B1", "blue": "B2", "green": "B3", "red": "B4", "nir": "B5", "swir1": "B6", "swir2": "B7"},
        ("B1", "B2", "B3", "B4", "B5", "B6", "B7"), "landsat_c2l2",
        ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11")),
    "landsat_tm": Sensor(
        "landsat_tm", "Landsat 4/5 TM",
        {"blue": "B1", "green": "B2", "red": "B3", "nir": "B4", "swir1": "B5", "swir2": "B7"},
        ("B1", "B2", "B3", "B4", "B5", "B7"), "landsat_c2l2", ("B1", "B2", "B3", "B4", "B5", "B6", "B7")),
    "landsat_etm": Sensor(
        "landsat_etm", "Landsat 7 ETM+",
        {"blue": "B1", "green": "B2", "red": "B3", "nir": "B4", "swir1": "B5", "swir2": "B7"},
        ("B1", "B2", "B3", "B4", "B5", "B7"), "landsat_c2l2", ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8")),
    "sentinel2": Sensor(
        "sentinel2", "Sentinel-2 MSI",
        {"coastal": "B1", "blue": "B2", "green": "B3", "red": "B4", "nir": "B8", "swir1": "B11", "swir2": "B12"},
        ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12"), "sentinel2",
        ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B10", "B11", "B12")),
    # Custom: no positions are assumed; bands come from descriptions or explicit indices.
    "custom": Sensor("custom", "Custom", {}, (), "none"),
}
SENSOR_KEYS = tuple(SENSORS)


@dataclass(frozen=True)
class ScalingPreset:
    key: str
    label: str
    scale: float
    offset: float


SENSOR_CHOICES = tuple((key, entry.label) for key, entry in SENSORS.items())
# The sensor parameter of the imagery algorithms: every sensor, then (the default) the raster's own. Last, so
# the indices of saved models and scripts keep naming the same sensors.
AUTO_SENSOR = "auto"
SENSOR_INPUT_CHOICES = SENSOR_CHOICES + ((AUTO_SENSOR, "From the raster (metadata, band names), else Landsat 8/9 OLI"),)

SCALING_PRESETS = {
    "landsat_c2l2": ScalingPreset("landsat_c2l2", "Landsat Collection 2 Level-2 (x 2.75e-5 - 0.2)", 2.75e-5, -0.2),
    "hls": ScalingPreset("hls", "HLS (x 1e-4)", 1e-4, 0.0),
    "sentinel2": ScalingPreset("sentinel2", "Sentinel-2 L2A/L1C (x 1e-4)", 1e-4, 0.0),
    "sentinel2_pb04": ScalingPreset("sentinel2_pb04", "Sentinel-2 baseline >= 04.00 ((x - 1000) x 1e-4)", 1e-4, -0.1),
    # Per-band TOA coefficients come from the MTL file, see core.sensors.mtl.
    "landsat_toa_mtl": ScalingPreset("landsat_toa_mtl", "Landsat Level-1 TOA from MTL file", 1.0, 0.0),
    "none": ScalingPreset("none", "None (already reflectance)", 1.0, 0.0),
}
SCALING_KEYS = tuple(SCALING_PRESETS)


@dataclass(frozen=True)
class Scaling:
    """Reflectance = DN x scale + offset, per raster band index (1-based); missing bands use the default."""
    scale: float = 1.0
    offset: float = 0.0
    per_band: dict = field(default_factory=dict)  # band index -> (scale, offset)
    label: str = "none"

    def for_band(self, index: int) -> Tuple[float, float]:
        return self.per_band.get(index, (self.scale, self.offset))

    def describe(self) -> str:
        if self.per_band:
            return f"{self.label}: " + ", ".join(
                f"band {i}: x{s:.6g} {o:+.6g}" for i, (s, o) in sorted(self.per_band.items()))
        return f"{self.label}: x{self.scale:.6g} {self.offset:+.6g}"


def scaling_from_preset(key: str, scale: Optional[float] = None, offset: Optional[float] = None) -> Scaling:
    """The Scaling of a preset; explicit scale/offset override the preset's values."""
    try:
        preset = SCALING_PRESETS[key]
    except KeyError:
        raise BandError(translate("GlacierMapperCore", "Unknown reflectance scaling '{key}'. Choose one of: "
                                  "{scaling_keys}.").format(key=key, scaling_keys=', '.join(SCALING_KEYS))) from None
    if key == "landsat_toa_mtl":
        raise BandError(translate("GlacierMapperCore", "TOA scaling needs the Landsat MTL file: give its path "
                                  "(core.sensors.mtl.toa_scaling)."))
    return Scaling(preset.scale if scale is None else float(scale),
                   preset.offset if offset is None else float(offset), label=preset.key)


def sensor(key: str) -> Sensor:
    try:
        return SENSORS[key]
    except KeyError:
        raise BandError(translate("GlacierMapperCore", "Unknown sensor '{key}'. Choose one of: {sensor_keys}.").format(
                                  key=key, sensor_keys=', '.join(SENSOR_KEYS))) from None


_BAND_TOKEN = re.compile(r"(?:^|[^a-z0-9])(?:sr_|toa_)?(?:b|band\s*)0*(\d{1,2}a?)(?=$|[^a-z0-9])")


def parse_description(description: Optional[str]) -> Optional[Tuple[str, str]]:
    """What a band description names: ('band', 'B3'), ('role', 'green') or None.

    Accepts the forms products use: ``B3``, ``B03``, ``SR_B3``, ``band 3``, ``B8A``, ``green``,
    ``SWIR 1`` and file-like names such as ``athabasca_2020229_B03_L30``.
    """
    text = (description or "").strip().lower()
    if not text:
        return None
    for role, aliases in ROLE_ALIASES.items():
        if text in aliases:
            return ("role", role)
    match = _BAND_TOKEN.search(text)
    if match:
        return ("band", "B" + match.group(1).upper())
    for role, aliases in ROLE_ALIASES.items():
        if any(re.search(rf"(?:^|[^a-z]){re.escape(a)}(?:$|[^a-z0-9])", text) for a in aliases):
            return ("role", role)
    return None


# Bands that may stand in for a role's band: Sentinel-2's narrow NIR B8A (20 m) where B8 (10 m) is absent,
# as in 20 m and 60 m L2A products and HLS S30; chosen explicitly, it is always accepted.
ALTERNATIVES = {("sentinel2", "nir"): "B8A"}


def _names_role(parsed, sensor_, role, alternative=False):
    if parsed is None:
        return False
    kind, value = parsed
    if kind == "role":
        return value == role
    return sensor_.roles.get(role) == value or (alternative and ALTERNATIVES.get((sensor_.key, role)) == value)


def resolve_bands(roles: Iterable[str], band_count: int, descriptions: Optional[Sequence[str]],
                  sensor_key: str = "landsat_oli", overrides: Optional[Mapping[str, Optional[int]]] = None
                  ) -> Dict[str, int]:
    """Map each needed role to a 1-based band index of the raster.

    Order of evidence: an explicit override; then band descriptions, when the raster has
    recognisable ones; then the band's position in the sensor's usual stack. Raises BandError with
    the reason and the fix when a band is missing, out of range or contradicted by its description.
    """
    sensor_ = sensor(sensor_key)
    given = {k: int(v) for k, v in (overrides or {}).items() if v}
    descriptions = list(descriptions or [])
    parsed = [parse_description(d) for d in descriptions] + [None] * (band_count - len(descriptions))
    described = any(p is not None for p in parsed)
    foreign = [d for d, p in zip(descriptions, parsed)
               if p is not None and p[0] == "band" and sensor_.all_bands and p[1] not in sensor_.all_bands]
    if foreign:
        raise BandError(
            translate("GlacierMapperCore", "The raster's band descriptions ({foreign}) name bands that {label} does "
                      "not have: the raster seems to come from another sensor. Choose the sensor that made it.").format(
                      foreign=', '.join(foreign), label=sensor_.label))
    result = {}
    for role in roles:
        label = ROLE_LABELS.get(role, role)
        if role in given:
            index = given[role]
            if not 1 <= index <= band_count:
                raise BandError(
                    translate("GlacierMapperCore", "{label} band index {index} is out of range: the raster has "
                              "{band_count} band(s). Give a band number from 1 to {band_count}.").format(
                              label=label, index=index, band_count=band_count))
            desc_parsed = parsed[index - 1]
            if desc_parsed is not None and sensor_.roles and not _names_role(desc_parsed, sensor_, role, True):
                raise BandError(
                    translate("GlacierMapperCore", "Band {index} is described as '{descriptions}', which is not the "
                              "{label} band of {label2} ({band}). Check the band number or the sensor.").format(
                              index=index, descriptions=descriptions[index - 1], label=label, label2=sensor_.label,
                              band=sensor_.roles.get(role, '?')))
            result[role] = index
            continue
        if not sensor_.roles and not described:
            raise BandError(
                translate("GlacierMapperCore", "The Custom sensor has no band positions: set the {label} band number "
                          "explicitly, or give the raster band descriptions such as '{label}'.").format(label=label))
        if described:
            matches = ([i + 1 for i, p in enumerate(parsed) if _names_role(p, sensor_, role)]
                       or [i + 1 for i, p in enumerate(parsed) if _names_role(p, sensor_, role, True)])
            if matches:
                result[role] = matches[0]
                continue
            named = ", ".join(d for d in descriptions if d) or "none"
            raise BandError(
                translate("GlacierMapperCore", "The raster's band descriptions ({named}) do not include the {label} "
                          "band of {label2} ({band}). Choose the sensor that made the raster, or set the {label} band "
                          "number explicitly.").format(
                          named=named, label=label, label2=sensor_.label, band=sensor_.roles.get(role, label)))
        name = sensor_.band_name(role)
        position = sensor_.stack_order.index(name) + 1
        if position > band_count:
            raise BandError(
                translate("GlacierMapperCore", "The raster has {band_count} band(s), but the {label} preset expects "
                          "{count} ({stack_order}), so {label2} ({name}) would be band {position}. Use a "
                          "full band stack, choose the right sensor, or set the band numbers.").format(
                          band_count=band_count, label=sensor_.label, count=len(sensor_.stack_order),
                          stack_order=', '.join(sensor_.stack_order), label2=label, name=name, position=position))
        result[role] = position
    return result
