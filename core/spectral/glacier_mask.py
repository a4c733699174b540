"""Glacier mask by NDSI threshold, with optional water and dark-pixel exclusion.

Defaults come from the literature and from the labelled Landsat 8/9 spectra of glacier-snow-cover-mapping
(8,162 pixels of snow, shadowed snow, ice, rock and water, read as surface reflectance, i.e. less the 0.2
offset the file leaves in; tests/unit/test_real_spectra.py measures every figure quoted here):
- NDSI >= 0.4 is the usual snow threshold (Dozier 1989; Hall et al. 1995); the founding glacier paper
  found 0.1 best on its own scene. On the spectra 0.4 maps 95 % of snow and 99.5 % of ice, 1.4 % of rock.
- Water has a high NDSI too (median 0.90 on the labelled water), the paper's known failure: at 0.4, 95 %
  of the water pixels are mapped as glacier. Water is dark in the NIR and has a high NDWI; the limits
  below maximise the mean of glacier pixels kept and water pixels removed over a sweep on the spectra.
- Those two tests miss turbid water: glacial flour raises its NIR to 0.07 and more (a real proglacial
  water: green 0.096, NIR 0.073, SWIR1 0.032). Of the labelled water mixed with sediment spectra
  (tests/unit/test_turbid_water.py, Landsat and Sentinel-2 files) the NIR test leaves 52-79 % as
  glacier, the NDWI test 76-82 %.
- The default, "spectral", takes as water what is neither bright in blue and green (above 0.18) nor far
  brighter in the NIR than in SWIR1 (MNDWI - NDWI above 0.45, NIR - SWIR1 above 0.03), as snow and ice are
  (core/spectral/water_tests.py: the lake mask's snow/ice tests, negated). It leaves none of the labelled
  or turbid water as glacier in either file and loses 0.97 % (Landsat) and 0.21 % (Sentinel-2) of the
  glacier samples NDSI >= 0.4 maps; ice is where it loses most (99.5 % -> 96.7 % mapped on Landsat).
- Debris-covered ice is not found by NDSI: rock debris on the ice has the spectrum, and the NDSI, of rock.
  No threshold fixes that; it needs a DEM (slope, surface lowering), thermal data or the segmentation models.
"""
import math
from dataclasses import dataclass
from typing import Callable, Mapping, Optional

from ..choices import choice_keys
from ..errors import InputError
from ..io.raster import raster_info
from ..messages import translate
from ..sensors.scene import Scene
from .indices import INDEX_NODATA, PathLike, normalized_difference
from .terrain import count_in_terrain_shadow
from .threshold import MaskResult, MaskRule, ThresholdOptions, check_threshold, threshold_mask
from .water_tests import BRIGHT_MIN, NIR_SWIR_GAP_MIN, snow_or_ice

# "spectral" is last so that the positions of the older choices, used in saved models and scripts, stay.
WATER_TEST_CHOICES = (("none", "No"), ("ndwi", "By NDWI (green vs NIR)"), ("nir", "By low NIR reflectance"),
                      ("spectral", "By spectrum: dark in the visible, NIR not above SWIR1 (keeps turbid water out)"))
WATER_TESTS = choice_keys(WATER_TEST_CHOICES)
__all__ = ["GlacierMaskOptions", "MaskResult", "WATER_TESTS", "ndsi_glacier_mask"]


@dataclass
class GlacierMaskOptions:
    threshold: float = 0.4  # None: automatic, Otsu on the histogram of valid NDSI values
    water_test: str = "spectral"  # "none" | "ndwi" | "nir" | "spectral" (module note)
    # NDWI of water: 5th percentile 0.47, median 0.75; of ice: median 0.22, 95th percentile 0.50; snow
    # below 0.15. At NDSI 0.4, NDWI > 0.5 cuts the water mapped as glacier from 95 % to 2.4 % and keeps
    # 95 % of ice (Kappa 0.897 -> 0.911). Lower limits eat the ice: 0.2 keeps only 46 % of it.
    ndwi_threshold: float = 0.5
    # NIR reflectance of water: at most 0.069 (Sentinel-2 water of the same sites: 95th percentile 0.069);
    # of ice: 5th percentile 0.059; of snow: 1st percentile 0.20. NIR < 0.05 removes all the water mapped
    # as glacier and keeps 97 % of ice (Kappa 0.918); 0.1 would keep 89 %. Both tests also remove some
    # shadowed snow (85 % -> 80 % mapped), which is dark in the NIR too.
    nir_max: float = 0.05
    # "spectral": water is neither bright in blue and green nor NIR-above-SWIR1 (the complement of the lake
    # mask's snow/ice tests, core/spectral/water_tests.py).
    bright_min: float = BRIGHT_MIN
    nir_swir_gap_min: float = NIR_SWIR_GAP_MIN
    min_green: Optional[float] = None  # pixels darker than this in green are not glacier (deep shadow, dark surfaces)
    median_filter: bool = False  # 3x3 median of the mask
    min_patch_pixels: int = 0  # glacier patches with fewer connected (8-neighbour) pixels are removed
    # Terrain flags on the same grid (core.spectral.terrain.terrain_mask): glacier pixels in DEM cast or
    # self-shadow are kept (shadowed ice is ice) but counted in MaskResult.flagged["terrain_shadow"]: their
    # NDSI is noisier and they are where shadowed ice is missed.
    terrain_mask_path: Optional[str] = None


def _check_options(options: GlacierMaskOptions) -> None:
    if options.water_test not in WATER_TESTS:
        raise InputError(translate("GlacierMapperCore", "Unknown water test '{water_test}'. Choose one of: "
                                   "{water_tests}.").format(
                                   water_test=options.water_test, water_tests=', '.join(WATER_TESTS)))
    if options.water_test == "ndwi":
        check_threshold(options.ndwi_threshold, translate("GlacierMapperCore", "NDWI threshold of the water test"))
    if options.water_test == "nir" and not (math.isfinite(options.nir_max) and options.nir_max > 0):
        raise InputError(translate("GlacierMapperCore", "The NIR limit of the water test ({nir_max}) must be a "
                                   "reflectance above 0, such as 0.07.").format(nir_max=options.nir_max))
    if options.min_green is not None and not math.isfinite(options.min_green):
        raise InputError(translate("GlacierMapperCore", "The minimum green reflectance must be a number, or empty for "
                                   "no test."))


def glacier_rule(options: GlacierMaskOptions) -> MaskRule:
    """The MaskRule of the NDSI glacier mask for these options."""
    _check_options(options)
    extra_roles = {"none": (), "ndwi": ("nir",), "nir": ("nir",),
                   "spectral": ("blue", "nir")}[options.water_test]
    names = (("water",) if options.water_test != "none" else ()) + (("dark",) if options.min_green is not None else ())

    def exclusions(bands, valid, _auxiliary):
        tests = {}
        if options.water_test == "ndwi":
            ndwi = normalized_difference(bands["green"], bands["nir"], valid)
            tests["water"] = (ndwi != INDEX_NODATA) & (ndwi > options.ndwi_threshold)
        elif options.water_test == "nir":
            tests["water"] = bands["nir"] < options.nir_max
        elif options.water_test == "spectral":
            tests["water"] = valid & ~snow_or_ice(bands, valid, options.bright_min, options.nir_swir_gap_min)
        if options.min_green is not None:
            tests["dark"] = bands["green"] < options.min_green
        return tests

    metadata = {"GLACIERMAPPER_WATER_TEST": options.water_test}
    if options.water_test == "ndwi":
        metadata["GLACIERMAPPER_WATER_RULE"] = f"NDWI > {options.ndwi_threshold:g} is water"
    elif options.water_test == "nir":
        metadata["GLACIERMAPPER_WATER_RULE"] = f"NIR reflectance < {options.nir_max:g} is water"
    elif options.water_test == "spectral":
        metadata["GLACIERMAPPER_WATER_RULE"] = (
            f"blue or green reflectance <= {options.bright_min:g} and MNDWI - NDWI <= {options.nir_swir_gap_min:g} "
            "is water")
    if options.min_green is not None:
        metadata["GLACIERMAPPER_DARK_RULE"] = f"green reflectance < {options.min_green:g} is not glacier"
    return MaskRule("ndsi", "glacier", extra_roles, exclusions, names,
                    plausible_automatic=(0.0, 0.7), metadata=metadata)


def ndsi_glacier_mask(scene: Scene, out_mask: PathLike, out_index: Optional[PathLike] = None,
                      options: Optional[GlacierMaskOptions] = None, metadata: Optional[Mapping[str, str]] = None,
                      progress: Optional[Callable[[float], None]] = None,
                      is_cancelled: Optional[Callable[[], bool]] = None, window_rows: Optional[int] = None
                      ) -> MaskResult:
    """Glacier mask (1 glacier, 0 not, 255 nodata) of ``scene`` where NDSI >= threshold and no exclusion test holds.

    ``out_index`` optionally receives the NDSI (Float32, nodata -9999). ``window_rows`` sets the height of
    the processing strips (for tests; results do not depend on it).
    """
    options = options or GlacierMaskOptions()
    if options.terrain_mask_path and not scene.same_grid(raster_info(options.terrain_mask_path)):
        raise InputError(translate("GlacierMapperCore", "The terrain mask '{terrain_mask_path}' is not on the grid of "
                                   "the input raster.").format(terrain_mask_path=options.terrain_mask_path))
    result = threshold_mask(scene, out_mask, out_index, glacier_rule(options),
                            ThresholdOptions(options.threshold, options.median_filter, options.min_patch_pixels),
                            metadata, progress, is_cancelled, window_rows)
    if options.terrain_mask_path:
        result.flagged["terrain_shadow"] = count_in_terrain_shadow(result.mask_path, options.terrain_mask_path)
    return result
