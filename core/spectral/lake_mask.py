"""Water and glacial-lake mask by NDWI (McFeeters) or MNDWI threshold, with snow/ice and shadow exclusion.

Evidence for the defaults (surface reflectance; measured in tests/unit/test_real_spectra.py and
test_lake_mask.py):
- Labelled Landsat 8/9 spectra of glacier-snow-cover-mapping (less the 0.2 offset the file leaves in):
  water NDWI 5th percentile 0.47, median 0.75; snow NDWI below 0.15, but ice NDWI median 0.22 and 95th
  percentile 0.50; and water, snow and ice all have MNDWI near 0.9. The index alone cannot tell lakes
  from ice: NDWI >= 0.3 maps 35 % of the ice as water (Kappa 0.31), MNDWI >= 0.3 nearly all snow and ice.
- What separates them is brightness in the NIR: water absorbs it (labelled water NIR <= 0.069; the
  Sentinel-2 water of the same sites: 95th percentile 0.069), snow and ice reflect it (snow 1st
  percentile 0.20, ice 5th percentile 0.059, 25th 0.14). With NIR <= 0.05 as water, NDWI >= 0.3 finds
  98.4 % of the water and maps 2.7 % of ice, 4.1 % of shadowed snow and 0.1 % of snow and rock as water
  (Kappa 0.81).
- Cast shadows (Athabasca HLS scene and its DEM shadow mask): green median 0.026 and NDWI up to 1, so
  shadowed slopes pass any NDWI threshold; green < 0.03 flags half of them, and no labelled water pixel
  is darker than 0.06 in green (glacial meltwater is turbid). On that scene NDWI >= 0.3 calls 4,388
  pixels water (1,736 in cast shadow); with the default tests 551 (322 in shadow); with the DEM shadow
  mask as well 229 (none in shadow). Give a shadow mask where there is a DEM.
- Thresholds in the literature: 0 over open water (McFeeters 1996 for NDWI; Xu 2006 for MNDWI); glacial-lake
  mapping raises it (typically 0.1-0.5) against wet snow, ice and shadow.
"""
import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Tuple

from ..choices import choice_keys
from ..errors import InputError
from ..io.raster import BandReader, raster_info
from ..sensors.scene import Scene
from .indices import INDEX_LABELS, PathLike
from .threshold import MaskResult, MaskRule, ThresholdOptions, check_threshold, threshold_mask

LAKE_INDEX_CHOICES = tuple((key, INDEX_LABELS[key]) for key in ("ndwi", "mndwi"))
LAKE_INDICES = choice_keys(LAKE_INDEX_CHOICES)
__all__ = ["LakeMaskOptions", "MaskResult", "LAKE_INDICES", "ndwi_lake_mask"]


@dataclass
class LakeMaskOptions:
    index: str = "ndwi"  # "ndwi" (McFeeters, green/NIR) | "mndwi" (green/SWIR1)
    threshold: float = 0.3  # None: automatic, Otsu (see ndwi_lake_mask)
    exclude_snow_ice: bool = True  # NIR reflectance above snow_ice_nir_min: snow, ice or bright land, not water
    exclude_shadow: bool = True  # green reflectance below shadow_green_max, and the shadow mask if given
    shadow_mask_path: Optional[str] = None  # raster on the same grid; pixels equal to shadow_value are shadow
    min_lake_pixels: int = 0  # water patches with fewer connected (8-neighbour) pixels are removed
    snow_ice_nir_min: float = 0.05  # water absorbs the NIR; snow and ice do not (module note)
    shadow_green_max: float = 0.03  # darker than any labelled water; half of the Athabasca cast shadows
    shadow_value: float = 1  # 1 = shadow; masks from SatRbedo's cast_shadows (athabasca_shadows.tif) use 0
    median_filter: bool = False


def _check_options(options: LakeMaskOptions, info: Any) -> None:
    if options.index not in LAKE_INDICES:
        raise InputError(f"Unknown water index '{options.index}'. Choose one of: {', '.join(LAKE_INDICES)}.")
    for value, what in ((options.snow_ice_nir_min, "NIR limit of the snow/ice test"),
                        (options.shadow_green_max, "green limit of the shadow test")):
        if not (isinstance(value, (int, float)) and math.isfinite(value)):
            raise InputError(f"The {what} must be a reflectance, such as 0.05.")
    if options.exclude_shadow and options.shadow_mask_path:
        shadow_info = raster_info(options.shadow_mask_path)
        if not info.same_grid(shadow_info):
            raise InputError(
                f"The shadow mask '{options.shadow_mask_path}' ({shadow_info.width} x {shadow_info.height} px) is "
                f"not on the grid of the input raster ({info.width} x {info.height} px): resample it onto the "
                "input's grid first (Raster > Projections > Warp, with the input as target extent and resolution).")


def lake_rule(options: LakeMaskOptions, info: Any) -> Tuple[MaskRule, Optional[BandReader]]:
    """The MaskRule of the lake mask for these options and an input grid (a Scene or RasterInfo), and the
    shadow mask's reader (None without one; the caller closes it)."""
    _check_options(options, info)
    check_threshold(options.threshold, f"{options.index.upper()} threshold")
    roles: Tuple[str, ...] = ()
    if options.exclude_snow_ice:
        roles += ("nir",)
    if options.exclude_shadow:
        roles += ("green",)
    names = (("snow_ice",) if options.exclude_snow_ice else ()) + (("shadow",) if options.exclude_shadow else ())
    shadow_reader = None
    if options.exclude_shadow and options.shadow_mask_path:
        shadow_reader = BandReader(options.shadow_mask_path, [1])

    def exclusions(bands, valid, window):
        tests = {}
        if options.exclude_snow_ice:
            tests["snow_ice"] = bands["nir"] > options.snow_ice_nir_min
        if options.exclude_shadow:
            shadow = bands["green"] < options.shadow_green_max
            if shadow_reader is not None:
                values, known = shadow_reader.read(window)
                shadow |= known & (values[0] == options.shadow_value)  # no shadow information: not shadow
            tests["shadow"] = shadow
        return tests

    metadata = {}
    if options.exclude_snow_ice:
        metadata["GLACIERMAPPER_SNOW_ICE_RULE"] = f"NIR reflectance > {options.snow_ice_nir_min:g} is not water"
    if options.exclude_shadow:
        rule = f"green reflectance < {options.shadow_green_max:g} is shadow"
        if options.shadow_mask_path:
            rule += f"; shadow mask value {options.shadow_value:g} is shadow"
        metadata["GLACIERMAPPER_SHADOW_RULE"] = rule
    return MaskRule(options.index, "water", roles, exclusions, names, histogram_drops_excluded_above=0.0,
                    plausible_automatic=(-0.2, 0.8), metadata=metadata,
                    readers=(shadow_reader,) if shadow_reader else ()), shadow_reader


def ndwi_lake_mask(scene: Scene, out_mask: PathLike, out_index: Optional[PathLike] = None,
                   options: Optional[LakeMaskOptions] = None, metadata: Optional[Mapping[str, str]] = None,
                   progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None, window_rows: Optional[int] = None
                   ) -> MaskResult:
    """Water mask (1 water, 0 not, 255 nodata) of ``scene`` where the index >= threshold and no exclusion test
    holds.

    With an automatic threshold, Otsu's method runs on the valid pixels less those the snow/ice or shadow
    tests flag with an index of 0 or more (water-like by McFeeters' and Xu's rule): over glaciated scenes
    snow, ice and shadow would otherwise join the water mode. Flagged pixels below 0 (bright rock) stay:
    they are the land mode Otsu separates water from.
    """
    options = options or LakeMaskOptions()
    rule, shadow_reader = lake_rule(options, scene)
    warnings = []
    if options.shadow_mask_path and not options.exclude_shadow:
        warnings.append("A shadow mask was given but shadow exclusion is off: the mask was not used.")
    try:
        result = threshold_mask(scene, out_mask, out_index, rule,
                                ThresholdOptions(options.threshold, options.median_filter, options.min_lake_pixels),
                                metadata, progress, is_cancelled, window_rows)
    finally:
        if shadow_reader is not None:
            shadow_reader.close()
    result.warnings.extend(warnings)
    return result
