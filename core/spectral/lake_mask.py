"""Water and glacial-lake mask by NDWI (McFeeters) or MNDWI threshold, with snow/ice and shadow exclusion.

Evidence for the defaults (surface reflectance; measured in tests/unit/test_real_spectra.py,
test_turbid_water.py and test_lake_mask.py):
- Labelled spectra of glacier-snow-cover-mapping (Landsat 8/9 less the 0.2 offset the file leaves in, and
  Sentinel-2): water NDWI 5th percentile 0.47 / 0.37, MNDWI near 0.9; ice NDWI median 0.22, and snow and
  ice MNDWI near 0.9 too: the index alone cannot tell lakes from ice. Labelled water is never brighter
  than 0.18 in green or 0.15 in blue; snow and ice are (ice 5th percentile 0.15-0.19 in green).
- Turbid water: a real proglacial water full of glacial flour has median green 0.096, NIR 0.073, SWIR1
  0.032, so NDWI 0.14 and MNDWI 0.50. The former defaults (NDWI >= 0.3, and NIR > 0.05 is not water)
  remove it: of the labelled water mixed with sediment spectra (test_turbid_water.py) they keep 46 % /
  27 % (Landsat; median / heavy sediment) and 32 % / 18 % (Sentinel-2). NIR brightness is what sediment
  raises, so it cannot be the snow/ice test.
- Tests used instead (water_tests.py): blue and green both above 0.18 is snow/ice; MNDWI - NDWI above
  0.45 with NIR - SWIR1 above 0.03 (NIR far above SWIR1) is snow/ice, water being near 0.15 clear and 0.41 with
  heavy sediment.
  With MNDWI >= 0.2 they keep 99.8 % of the turbid mixtures and 98.4 % / 98.0 % of the labelled water,
  and map as water 0.3 % / 0.0 % of snow, 4.5 % / 0.2 % of shadowed snow, 2.9 % / 1.0 % of ice, 0.5 % /
  1.0 % of rock (Landsat / Sentinel-2; the former defaults: 0.1, 4.1, 2.7, 0.1 % on Landsat). Either test
  alone lets far more ice or snow through (test_turbid_water.py).
- Index and threshold: MNDWI, because rock and soil stay far below it while NDWI >= 0 maps 3.5 % / 12 %
  of rock as water; 0.2 is at or above the 0 of Xu (2006) and in the 0.1-0.5 that glacial-lake
  inventories use against wet snow and shadow. A fixed threshold, not Otsu: on scenes with little water
  the histogram has no water mode (Florida Landsat 8 L1, TOA: Otsu put MNDWI's at -0.26 and called 209,000
  pixels water, against 256 at 0.2).
- Real scenes. Florida L1 (TOA, no ice): water pixels 44 former defaults, 256 defaults, 251 NDWI > 0,
  289 MNDWI > 0.2 alone. Athabasca HLS (ice, snow, a toe lake, no lake reference): MNDWI >= 0.2 alone
  31,133 pixels (nearly all snow and ice); former defaults 551 (322 in the DEM cast-shadow mask);
  defaults 1,315 (460 in cast shadow), 855 with the shadow mask. Known failure: mixed pixels at glacier
  margins (ice with dark rock: neither bright nor NIR-above-SWIR) remain among those 855; so does clear
  water with NIR 0.03 and SWIR1 near 0, which the MNDWI - NDWI test can take for ice.
- Cast shadows (Athabasca): green median 0.026 and NDWI up to 1, so shadowed slopes pass any threshold;
  green < 0.03 flags half of them and no labelled water is darker than 0.06 in green. Give a shadow mask
  where there is a DEM.
"""
import math
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Optional, Tuple

from ..choices import choice_keys
from ..errors import InputError
from ..io.raster import BandReader, raster_info
from ..messages import translate
from ..sensors.scene import Scene
from .indices import INDEX_LABELS, PathLike
from .terrain import terrain_tests
from .threshold import MaskResult, MaskRule, ThresholdOptions, check_threshold, threshold_mask
from .water_tests import BRIGHT_MIN, GAP_NIR_MIN, NIR_SWIR_GAP_MIN, bright_in_visible, nir_swir_gap

LAKE_INDEX_CHOICES = tuple((key, INDEX_LABELS[key]) for key in ("ndwi", "mndwi"))
LAKE_INDICES = choice_keys(LAKE_INDEX_CHOICES)
__all__ = ["LakeMaskOptions", "MaskResult", "LAKE_INDICES", "ndwi_lake_mask"]


@dataclass
class LakeMaskOptions:
    index: str = "mndwi"  # "ndwi" (McFeeters, green/NIR) | "mndwi" (green/SWIR1); module note
    threshold: Optional[float] = 0.2  # None: automatic, Otsu (see ndwi_lake_mask)
    exclude_snow_ice: bool = True  # bright in blue and green, or NIR far above SWIR1: snow or ice (water_tests)
    exclude_shadow: bool = True  # green reflectance below shadow_green_max, and the shadow mask if given
    shadow_mask_path: Optional[str] = None  # raster on the same grid; pixels equal to shadow_value are shadow
    min_lake_pixels: int = 0  # water patches with fewer connected (8-neighbour) pixels are removed
    bright_min: float = BRIGHT_MIN  # blue and green above this: snow/ice; no labelled water is as bright
    nir_swir_gap_min: float = NIR_SWIR_GAP_MIN  # MNDWI - NDWI above this: snow/ice
    # The former test, NIR above this is not water, removes turbid water (NIR 0.07+): off unless set.
    snow_ice_nir_min: Optional[float] = None
    shadow_green_max: float = 0.03  # darker than any labelled water; half of the Athabasca cast shadows
    shadow_value: float = 1  # 1 = shadow; masks from SatRbedo's cast_shadows (athabasca_shadows.tif) use 0
    # terrain flags on the same grid (core.spectral.terrain.terrain_mask): steep slopes and DEM shadows
    # are not lakes
    terrain_mask_path: Optional[str] = None
    median_filter: bool = False


def _check_options(options: LakeMaskOptions, info: Any) -> None:
    if options.index not in LAKE_INDICES:
        raise InputError(translate("GlacierMapperCore", "Unknown water index '{index}'. Choose one of: "
                                   "{lake_indices}.").format(
                                   index=options.index, lake_indices=', '.join(LAKE_INDICES)))
    limits = [(options.bright_min, translate("GlacierMapperCore", "brightness limit of the snow/ice test")),
              (options.nir_swir_gap_min, translate("GlacierMapperCore", "MNDWI - NDWI limit of the snow/ice test")),
              (options.shadow_green_max, translate("GlacierMapperCore", "green limit of the shadow test"))]
    if options.snow_ice_nir_min is not None:
        limits.append((options.snow_ice_nir_min, translate("GlacierMapperCore", "NIR limit of the snow/ice test")))
    for value, what in limits:
        if not (isinstance(value, (int, float)) and math.isfinite(value)):
            raise InputError(translate("GlacierMapperCore", "The {what} must be a reflectance, "
                                       "such as 0.05.").format(what=what))
    grids = [(options.shadow_mask_path if options.exclude_shadow else None,
              translate("GlacierMapperCore", "shadow mask")),
             (options.terrain_mask_path, translate("GlacierMapperCore", "terrain mask"))]
    for path, what in grids:
        if not path:
            continue
        other = raster_info(path)
        if not info.same_grid(other):
            raise InputError(
                translate("GlacierMapperCore", "The {what} '{path}' ({width} x {height} px) is not on the grid of the "
                          "input raster ({width2} x {height2} px): resample it onto the input's grid first (Raster > "
                          "Projections > Warp, with the input as target extent and resolution).").format(
                          what=what, path=path, width=other.width, height=other.height, width2=info.width,
                          height2=info.height))


def _exclusion_roles(options: LakeMaskOptions) -> Tuple[Tuple[str, ...], Tuple[str, ...]]:
    """The bands the exclusion tests read and the names of the tests, in order."""
    roles: Tuple[str, ...] = ()
    names: Tuple[str, ...] = ()
    if options.exclude_snow_ice:
        roles += ("blue", "green", "nir", "swir1")
        names += ("bright", "nir_swir")
    if options.snow_ice_nir_min is not None:
        roles += ("nir",)
        names += ("nir",)
    if options.exclude_shadow:
        roles += ("green",)
        names += ("shadow",)
    if options.terrain_mask_path:
        names += ("steep", "terrain_shadow")
    return tuple(dict.fromkeys(roles)), names


def _rule_metadata(options: LakeMaskOptions) -> dict:
    metadata = {}
    if options.exclude_snow_ice:
        metadata["GLACIERMAPPER_SNOW_ICE_RULE"] = (
            f"blue and green reflectance > {options.bright_min:g}, or MNDWI - NDWI > {options.nir_swir_gap_min:g} "
            f"with NIR - SWIR1 > {GAP_NIR_MIN:g}, "
            "is not water")
    if options.snow_ice_nir_min is not None:
        metadata["GLACIERMAPPER_NIR_RULE"] = f"NIR reflectance > {options.snow_ice_nir_min:g} is not water"
    if options.exclude_shadow:
        rule = f"green reflectance < {options.shadow_green_max:g} is shadow"
        if options.shadow_mask_path:
            rule += f"; shadow mask value {options.shadow_value:g} is shadow"
        metadata["GLACIERMAPPER_SHADOW_RULE"] = rule
    return metadata


def lake_rule(options: LakeMaskOptions, info: Any) -> Tuple[MaskRule, Tuple[Optional[BandReader], ...]]:
    """The MaskRule of the lake mask for these options and an input grid (a Scene or RasterInfo), and the
    readers of the shadow mask and terrain flags (None without one; the caller closes them)."""
    _check_options(options, info)
    check_threshold(options.threshold, f"{options.index.upper()} threshold")
    roles, names = _exclusion_roles(options)
    shadow_reader = terrain_reader = None
    if options.exclude_shadow and options.shadow_mask_path:
        shadow_reader = BandReader(options.shadow_mask_path, [1])
    if options.terrain_mask_path:
        terrain_reader = BandReader(options.terrain_mask_path, [1])

    def read_auxiliary(window):
        arrays = {}
        for name, reader in (("shadow", shadow_reader), ("terrain", terrain_reader)):
            if reader is not None:
                values, known = reader.read(window)
                arrays[name], arrays[f"{name}_known"] = values[0], known
        return arrays

    def exclusions(bands, valid, auxiliary):
        tests = {}
        if options.exclude_snow_ice:
            tests["bright"] = bright_in_visible(bands["blue"], bands["green"], options.bright_min)
            tests["nir_swir"] = nir_swir_gap(bands["green"], bands["nir"], bands["swir1"], valid,
                                             options.nir_swir_gap_min)
        if options.snow_ice_nir_min is not None:
            tests["nir"] = bands["nir"] > options.snow_ice_nir_min
        if options.exclude_shadow:
            shadow = bands["green"] < options.shadow_green_max
            if shadow_reader is not None:  # no shadow information: not shadow
                shadow |= auxiliary["shadow_known"] & (auxiliary["shadow"] == options.shadow_value)
            tests["shadow"] = shadow
        if terrain_reader is not None:
            tests.update(terrain_tests(auxiliary["terrain"], auxiliary["terrain_known"]))
        return tests

    return MaskRule(options.index, "water", roles, exclusions, names, histogram_drops_excluded_above=0.0,
                    plausible_automatic=(-0.2, 0.8), metadata=_rule_metadata(options),
                    readers=tuple(r for r in (shadow_reader, terrain_reader) if r),
                    read_auxiliary=read_auxiliary), (shadow_reader, terrain_reader)


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
    rule, readers = lake_rule(options, scene)
    warnings = []
    if options.shadow_mask_path and not options.exclude_shadow:
        warnings.append(translate("GlacierMapperCore", "A shadow mask was given but shadow exclusion is off: the mask "
                                  "was not used."))
    try:
        result = threshold_mask(scene, out_mask, out_index, rule,
                                ThresholdOptions(options.threshold, options.median_filter, options.min_lake_pixels),
                                metadata, progress, is_cancelled, window_rows)
    finally:
        for reader in readers:
            if reader is not None:
                reader.close()
    result.warnings.extend(warnings)
    return result
