"""The Scene: one raster as every imagery function reads it.

A Scene knows the raster's grid (size, geotransform, CRS, pixel size in metres), the sensor, which raster band
holds each spectral role, the reflectance scaling of every band, each band's nodata value, and where known the
acquisition date and the sun's position. It is built once per run (``Scene.from_raster``) and handed to the
index, threshold and segmentation functions, so band and scaling decisions are made in one place and logged in
one line. What it holds is plain data (the raster path and per-band records), so constructors for product
folders or STAC items can fill the same fields without re-deriving them from a single file.
"""
import datetime
import math
import os
from dataclasses import dataclass, field
from typing import Dict, Iterable, List, Mapping, Optional, Tuple, Union

import numpy as np
from osgeo import gdal

from ..errors import BandError
from ..geo.geodesy import pixel_size_m
from ..io.raster import BandReader, RasterInfo, raster_info
from ..messages import translate
from .acquisition_date import parse_date, raster_date
from .bands import (
    AUTO_SENSOR,
    ROLE_LABELS,
    ROLES,
    SCALING_PRESETS,
    SENSORS,
    Scaling,
    Sensor,
    parse_description,
    resolve_bands,
)
from .bands import sensor as sensor_by_key
from .mtl import read_mtl
from .scaling import SENSOR_DEFAULT, detected_preset, resolve_scaling

# How a role's band was found, strongest evidence first (the order of resolve_bands).
BY_OVERRIDE, BY_DESCRIPTION, BY_POSITION = "override", "description", "position"
# The metadata item a prepared scene (core.sensors.products.prepare) names its sensor with.
SENSOR_ITEM = "GLACIERMAPPER_SENSOR"
# Reflectance outside this range is not surface or TOA reflectance (bright snow reaches ~1.2, noise ~-0.05).
PLAUSIBLE_REFLECTANCE = (-0.1, 1.6)
# The share of sampled valid values outside it above which the scaling is called wrong.
IMPLAUSIBLE_SHARE = 0.25
# Metadata items that give the sun's position: Landsat MTL names, then HLS's mean angles (zenith = 90 - elevation).
_SUN_AZIMUTH_KEYS = ("SUN_AZIMUTH", "MEAN_SUN_AZIMUTH_ANGLE")
_SUN_ELEVATION_KEYS = ("SUN_ELEVATION",)
_SUN_ZENITH_KEYS = ("MEAN_SUN_ZENITH_ANGLE", "SUN_ZENITH")


def no_crs_warning(path: str) -> str:
    """The one wording of the warning for a raster without a coordinate reference system."""
    return (translate("GlacierMapperCore", "'{path}' has no coordinate reference system: the outputs have none either. "
                      "Assign the CRS of the scene (Raster > Projections > Assign Projection) to "
                      "place them on a map.").format(path=path))


@dataclass(frozen=True)
class BandInfo:
    """One raster band of a scene."""
    index: int  # 1-based band index in the raster at Scene.path
    description: str
    nodata: Optional[float]
    data_type: str  # GDAL type name


@dataclass(frozen=True)
class Scene:
    """One raster's grid, sensor, band roles, scaling and acquisition; see the module note."""
    path: str
    width: int
    height: int
    geotransform: Tuple[float, ...]
    crs_wkt: str
    bands: Tuple[BandInfo, ...]
    sensor: Sensor
    scaling: Scaling
    role_bands: Dict[str, int]  # role -> 1-based band index, for the roles that could be resolved
    role_errors: Dict[str, BandError]  # role -> why it cannot be resolved; raised only when the role is asked for
    role_evidence: Dict[str, str]  # role -> BY_OVERRIDE | BY_DESCRIPTION | BY_POSITION
    pixel_size_m: Tuple[float, float]  # (dx, dy), core.geo.geodesy.pixel_size_m
    band_overrides: Dict[str, int] = field(default_factory=dict)
    metadata: Dict[str, str] = field(default_factory=dict)
    acquisition_date: Optional[datetime.date] = None
    acquisition_date_source: Optional[str] = None
    sun_azimuth: Optional[float] = None  # degrees clockwise from north; None when unknown
    sun_elevation: Optional[float] = None  # degrees above the horizon; None when unknown
    warnings: Tuple[str, ...] = ()

    # ------------------------------------------------------------------ constructors
    @classmethod
    def from_raster(cls, path: Union[str, "os.PathLike[str]"], sensor: str = AUTO_SENSOR,
                    band_overrides: Optional[Mapping[str, int]] = None,
                    scaling: Union[str, Scaling, None] = SENSOR_DEFAULT, scale: Optional[float] = None,
                    offset: Optional[float] = None, mtl_path: Optional[str] = None) -> "Scene":
        """The Scene of one (multiband) raster file or VRT.

        ``sensor``: a key of core.sensors.bands.SENSORS, or AUTO_SENSOR: the sensor the raster's metadata or
        band names give, else Landsat 8/9 OLI. ``band_overrides``: role -> 1-based band index.
        ``scaling``: a key of SCALING_PRESETS, SENSOR_DEFAULT (the raster's GDAL scale/offset, else the preset
        its file names give, else the sensor's usual product) or a ready Scaling;
        ``scale``/``offset`` override a preset's values, ``mtl_path`` is needed for TOA from a Landsat MTL file.
        Raises InputError for a file that is not a raster, BandError for an unknown sensor or scaling.
        """
        info = raster_info(os.fspath(path))
        sensor_ = sensor_by_key(detect_sensor(info) if sensor in (None, "", AUTO_SENSOR) else sensor)
        overrides = {k: int(v) for k, v in (band_overrides or {}).items() if v}
        if isinstance(scaling, Scaling):
            band_scaling = scaling
        else:
            band_scaling = resolve_scaling(info, sensor_.key, scaling, scale, offset, mtl_path)
        role_bands, role_errors, evidence = _resolve_roles(info, sensor_, overrides)
        mtl = read_mtl(mtl_path) if mtl_path else {}
        date, date_source, _ = raster_date(info.path or os.fspath(path), info.metadata, follow_inputs=False)
        if date is None and mtl.get("DATE_ACQUIRED"):
            date, date_source = parse_date(mtl["DATE_ACQUIRED"]), "DATE_ACQUIRED of the MTL file"
        azimuth, elevation = _sun_position({**info.metadata, **mtl})
        warnings = []
        if not info.has_crs:
            warnings.append(no_crs_warning(os.fspath(path)))
        assumed = _assumed_positions_warning(info, sensor_, role_bands, evidence)
        if assumed:
            warnings.append(assumed)
        return cls(
            path=os.fspath(path), width=info.width, height=info.height, geotransform=tuple(info.geotransform),
            crs_wkt=info.projection,
            bands=tuple(BandInfo(i + 1, info.descriptions[i], info.nodata[i], info.data_types[i])
                        for i in range(info.band_count)),
            sensor=sensor_, scaling=band_scaling, role_bands=role_bands, role_errors=role_errors,
            role_evidence=evidence,
            pixel_size_m=pixel_size_m(info.geotransform, info.projection, info.width, info.height),
            band_overrides=overrides, metadata=dict(info.metadata), acquisition_date=date,
            acquisition_date_source=date_source, sun_azimuth=azimuth, sun_elevation=elevation,
            warnings=tuple(warnings))

    # ------------------------------------------------------------------ the grid
    @property
    def projection(self) -> str:
        """The CRS as WKT (the name RasterInfo and RasterWriter use, so a Scene can serve as a grid template)."""
        return self.crs_wkt

    @property
    def has_crs(self) -> bool:
        return bool(self.crs_wkt)

    @property
    def band_count(self) -> int:
        return len(self.bands)

    @property
    def descriptions(self) -> Tuple[str, ...]:
        return tuple(b.description for b in self.bands)

    @property
    def nodata(self) -> Tuple[Optional[float], ...]:
        return tuple(b.nodata for b in self.bands)

    @property
    def resolution_m(self) -> float:
        """sqrt(dx * dy) in metres: the figure compared with a model card's resolution_m."""
        dx, dy = self.pixel_size_m
        return math.sqrt(dx * dy)

    def same_grid(self, other: Union["Scene", RasterInfo], tolerance: float = 1e-6) -> bool:
        """Whether ``other`` (a Scene or RasterInfo) has this scene's size and geotransform."""
        if (self.width, self.height) != (other.width, other.height):
            return False
        step = max(abs(self.geotransform[1]), abs(self.geotransform[5])) * tolerance
        return all(abs(a - b) <= step for a, b in zip(self.geotransform, other.geotransform))

    # ------------------------------------------------------------------ bands
    def bands_for(self, roles: Iterable[str]) -> Dict[str, int]:
        """role -> 1-based band index for each of ``roles``; raises the BandError of the first missing role."""
        result = {}
        for role in roles:
            if role in self.role_errors:
                raise self.role_errors[role]
            if role not in self.role_bands:
                raise BandError(translate("GlacierMapperCore", "Unknown spectral role '{role}'. Roles: "
                                          "{roles}.").format(
                                          role=role, roles=', '.join(ROLES)))
            result[role] = self.role_bands[role]
        return result

    def reader(self, roles: Iterable[str]) -> BandReader:
        """A BandReader of ``roles``' bands in that order, returning reflectance (the scene's scaling)."""
        bands = self.bands_for(roles)
        return BandReader(self.path, list(bands.values()), self.scaling)

    def plausibility_warning(self, sample: int = 256) -> Optional[str]:
        """A warning when much of a sample of the role bands (16 small windows) is not reflectance after scaling,
        naming the preset that would fit; None when the values are plausible."""
        raw, scaled = _sample(self, sample)
        if raw is None or scaled is None or raw.size == 0:
            return None
        share = _implausible(scaled)
        if share <= IMPLAUSIBLE_SHARE:
            return None
        fits = sorted((_implausible(raw * p.scale + p.offset), p.label) for k, p in SCALING_PRESETS.items()
                      if k != "landsat_toa_mtl")
        hint = (translate("GlacierMapperCore", " The values fit {fits} ({share:.0%} outside): choose that reflectance "
                          "scaling.").format(fits=fits[0][1], share=fits[0][0])
                if fits and fits[0][0] <= 0.05 else translate("GlacierMapperCore", " Check the reflectance scaling, "
                                                              "scale and offset."))
        low, high = PLAUSIBLE_REFLECTANCE
        return (translate("GlacierMapperCore", "WARNING: with the scaling {scaling}, {share:.0%} of a sample "
                          "of valid pixels are outside {low:g}..{high:g} reflectance: the scaling does not fit the "
                          "raster, and indices and thresholds will be wrong.{hint}").format(
                          scaling=describe_scaling(self.scaling), share=share, low=low, high=high, hint=hint))

    def describe_bands(self, roles: Iterable[str]) -> str:
        """One log line: which band each role is read from, and the reflectance scaling.

        e.g. "Green = band 2 (B03), SWIR1 = band 5 (B06); scaling HLS (x 1e-4)". Roles that cannot be
        resolved are listed as not found (the run then stops with the reason).
        """
        parts = []
        for role in dict.fromkeys(roles):
            label = ROLE_LABELS.get(role, role)
            if role not in self.role_bands:
                parts.append(f"{label} = not found")
                continue
            index = self.role_bands[role]
            description = self.bands[index - 1].description
            how = self.role_evidence.get(role)
            if description:
                source = description
            elif how == BY_OVERRIDE:
                source = "set by hand"
            else:
                source = f"{self.sensor.roles.get(role, '?')} by stack position"
            parts.append(f"{label} = band {index} ({source})")
        scaling = f"scaling {describe_scaling(self.scaling)}"
        return f"{', '.join(parts)}; {scaling}" if parts else scaling


def describe_scaling(scaling: Scaling) -> str:
    """A preset's label when the scaling is that preset unchanged, else its coefficients."""
    preset = SCALING_PRESETS.get(scaling.label)
    if preset is not None and not scaling.per_band and (scaling.scale, scaling.offset) == (preset.scale,
                                                                                          preset.offset):
        return preset.label
    return scaling.describe()


def _resolve_roles(info: RasterInfo, sensor_: Sensor, overrides: Dict[str, int]
                   ) -> Tuple[Dict[str, int], Dict[str, BandError], Dict[str, str]]:
    """Each role on its own through resolve_bands, so one role that cannot be found does not stop the others."""
    described = any(parse_description(d) is not None for d in info.descriptions)
    found, errors, evidence = {}, {}, {}
    for role in ROLES:
        try:
            found[role] = resolve_bands([role], info.band_count, info.descriptions, sensor_.key, overrides)[role]
        except BandError as error:
            errors[role] = error
            continue
        evidence[role] = BY_OVERRIDE if role in overrides else BY_DESCRIPTION if described else BY_POSITION
    return found, errors, evidence


def _assumed_positions_warning(info: RasterInfo, sensor_: Sensor, found: Dict[str, int],
                               evidence: Dict[str, str]) -> Optional[str]:
    """A warning when bands were taken by stack position from a stack whose band count is not the preset's."""
    stack = sensor_.stack_order
    if not stack or info.band_count == len(stack):
        return None
    assumed = [role for role in ROLES if evidence.get(role) == BY_POSITION]
    if not assumed:
        return None
    mapping = ", ".join(f"{ROLE_LABELS[r]} = band {found[r]}" for r in assumed)
    return (translate("GlacierMapperCore", "The raster has {band_count} band(s) and no band descriptions that name "
                      "them, but the {label} preset stacks {stack_count} ({stack}): the band positions were assumed "
                      "({mapping}). If the stack starts at another band (an HLS stack starts at B2), give the bands "
                      "descriptions such as B03, set the band numbers, or choose the sensor that made it.").format(
                      band_count=info.band_count, label=sensor_.label, stack_count=len(stack), stack=', '.join(stack),
                      mapping=mapping))


def detect_sensor(info: RasterInfo) -> str:
    """The sensor a raster names: a prepared scene's metadata, HLS S30 / Sentinel-2 band names, else OLI."""
    named = info.metadata.get(SENSOR_ITEM)
    if named in SENSORS:
        return named
    if detected_preset(info) == "sentinel2":
        return "sentinel2"
    names = [os.path.basename(f) for f in info.files] + [os.path.basename(info.path or "")]
    if any(".S30." in name.upper() or name.upper().endswith("_S30.TIF") for name in names):
        return "sentinel2"
    parsed = [parse_description(d) for d in info.descriptions]
    only_s2 = {"B8A", "B11", "B12"}
    if any(p is not None and p[0] == "band" and p[1] in only_s2 for p in parsed):
        return "sentinel2"
    return "landsat_oli"


SAMPLE_WINDOWS = 4  # per side: 16 windows of 64 x 64 pixels spread over the raster


def _sample_windows(width: int, height: int, block: Tuple[int, int], side: int) -> List[Tuple[int, int, int, int]]:
    """(x, y, width, height) of SAMPLE_WINDOWS x SAMPLE_WINDOWS windows of ``side`` pixels spread over the
    raster, each starting on a block boundary, so that each decodes one block of a tiled raster. Along a side
    with blocks longer than the windows' spacing (the rows of a stripped GeoTIFF) the windows are not aligned:
    they would all fall on the first block, and any start costs the same there."""
    def starts(length, block_length, window):
        window = min(window, length)
        step = block_length if block_length <= length // SAMPLE_WINDOWS else 1
        spots = {min((k * length // SAMPLE_WINDOWS) // step * step, length - window) for k in range(SAMPLE_WINDOWS)}
        return sorted(spots), window

    xs, w = starts(width, max(block[0], 1), side)
    ys, h = starts(height, max(block[1], 1), side)
    return [(x, y, w, h) for y in ys for x in xs]


def _sample(scene: "Scene", size: int) -> Tuple[Optional[np.ndarray], Optional[np.ndarray]]:
    """(raw, scaled) values of the role bands in small windows spread over the raster, valid pixels only.

    A decimated read of whole bands decodes every block of a compressed raster (2.6 s for a Landsat scene
    before any algorithm started); the windows decode one block each. A raster whose windows hold almost no
    valid pixel (a small footprint in a large collar) is sampled by a decimated read after all."""
    dataset = gdal.Open(scene.path)
    indices = sorted(set(scene.role_bands.values()))
    if not indices:
        return None, None
    side = max(size // SAMPLE_WINDOWS, 1)
    spots = _sample_windows(scene.width, scene.height, dataset.GetRasterBand(indices[0]).GetBlockSize(), side)
    raws, scaleds = _sample_values(dataset, scene, indices, spots, size)
    if sum(r.size for r in raws) < len(indices) * side * side:  # less than one window's worth of valid pixels
        raws, scaleds = _sample_values(dataset, scene, indices, None, size)
    return np.concatenate(raws), np.concatenate(scaleds)


def _sample_values(dataset, scene, indices, spots, size):
    """Per band: the valid values of ``spots`` (windows), or of a ``size`` x ``size`` decimated read when None."""
    raws, scaleds = [], []
    for index in indices:
        band = dataset.GetRasterBand(index)
        if spots is None:
            values = band.ReadAsArray(buf_xsize=min(size, scene.width), buf_ysize=min(size, scene.height)).ravel()
        else:
            values = np.concatenate([band.ReadAsArray(x, y, w, h).ravel() for x, y, w, h in spots])
        values = values.astype("float64")
        nodata = band.GetNoDataValue()
        keep = values == values  # finite
        if nodata is not None:
            keep &= values != nodata
        scale, offset = scene.scaling.for_band(index)
        raws.append(values[keep])
        scaleds.append(values[keep] * scale + offset)
    return raws, scaleds


def _implausible(values: np.ndarray) -> float:
    low, high = PLAUSIBLE_REFLECTANCE
    return float(((values < low) | (values > high)).mean()) if values.size else 0.0


def _first_number(metadata: Mapping[str, str], keys: Iterable[str]) -> Optional[float]:
    by_key = {name.upper(): value for name, value in metadata.items()}
    for key in keys:
        try:
            value = float(str(by_key[key]).split(",")[0])
        except (KeyError, ValueError):
            continue
        if math.isfinite(value):
            return value
    return None


def _sun_position(metadata: Mapping[str, str]) -> Tuple[Optional[float], Optional[float]]:
    """(azimuth, elevation) in degrees from MTL or HLS metadata items; None where the metadata do not say."""
    azimuth = _first_number(metadata, _SUN_AZIMUTH_KEYS)
    elevation = _first_number(metadata, _SUN_ELEVATION_KEYS)
    if elevation is None:
        zenith = _first_number(metadata, _SUN_ZENITH_KEYS)
        elevation = None if zenith is None else 90.0 - zenith
    return azimuth, elevation
