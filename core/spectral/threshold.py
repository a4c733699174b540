"""Threshold masks from a normalised-difference index: fixed or automatic (Otsu) threshold, exclusion
tests, 3x3 median filter and removal of small patches, all block by block.

The automatic threshold takes two passes over the raster: the first builds a fixed-bin histogram of the
index (bounded memory whatever the scene), Otsu's method picks the threshold, the second writes the mask.
Each pass runs through core.spectral.indices.run_windows: the reading thread only reads (bands and auxiliary
rasters), the index and the tests are computed in the calling thread, a chunk of rows at a time.
"""
import math
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple

import numpy as np

from ..callbacks import Steps
from ..errors import InputError
from ..io.atomic import atomic_outputs
from ..io.raster import RasterWriter, Window, expand_window, release_blocks
from ..messages import translate
from ..sensors.scene import Scene
from .indices import (
    INDEX_BANDS,
    INDEX_LABELS,
    INDEX_NODATA,
    IndexStatistics,
    PathLike,
    index_metadata,
    no_valid_pixels_error,
    processing_windows,
    ratio_and_validity,
    run_windows,
    with_nodata,
)
from .mask_filters import MASK_NODATA, keep_removals, median_3x3, sieve

# 0.001 wide bins over the index range: finer than any threshold anyone sets by hand.
HISTOGRAM_BINS = 2000
# Scratch rasters of the sieve step are read back at once: no compression.
SCRATCH_OPTIONS = ("TILED=YES", "BLOCKXSIZE=256", "BLOCKYSIZE=256", "BIGTIFF=IF_SAFER")
# Reflectance above this on most pixels means the scaling to reflectance was not applied.
IMPLAUSIBLE_REFLECTANCE = 1.5
# Pixels of a window computed at a time: the index, the tests and their temporaries then stay in the CPU
# cache instead of streaming through memory (NDSI and water test 2.8x faster than on whole windows), and
# the few MB they take are reused by the allocator from chunk to chunk; at 4 times this, freeing them
# handed the memory back to the system each time (a quarter of the run's CPU went to page faults).
CHUNK_PIXELS = 2 ** 16


class Histogram:
    """Counts of values in fixed, equal bins over [lo, hi]; values outside or non-finite are only counted."""

    def __init__(self, lo: float = -1.0, hi: float = 1.0, bins: int = HISTOGRAM_BINS) -> None:
        if not hi > lo or bins < 2:
            raise ValueError("a histogram needs hi > lo and at least 2 bins")
        self.lo, self.hi, self.bins = float(lo), float(hi), int(bins)
        self.counts = np.zeros(self.bins, dtype=np.int64)
        self.edges = np.linspace(self.lo, self.hi, self.bins + 1)
        self.outside = 0

    def add(self, values: np.ndarray) -> None:
        values = np.asarray(values).ravel()
        inside = (values >= self.lo) & (values <= self.hi)  # False for NaN
        kept = values[inside]
        self.outside += values.size - kept.size
        bins = ((kept.astype(np.float64) - self.lo) * (self.bins / (self.hi - self.lo))).astype(np.intp)
        np.minimum(bins, self.bins - 1, out=bins)  # hi itself goes in the last bin
        self.counts += np.bincount(bins, minlength=self.bins)

    @property
    def total(self) -> int:
        return int(self.counts.sum())

    def quantile(self, q: float) -> float:
        """The value below which a fraction ``q`` of the counted values lie (linear within a bin)."""
        if not 0.0 <= q <= 1.0:
            raise ValueError("q must be in [0, 1]")
        total = self.total
        if total == 0:
            return float("nan")
        cumulative = np.cumsum(self.counts)
        target = q * total
        k = int(np.searchsorted(cumulative, target, side="left"))
        k = min(k, self.bins - 1)
        before = cumulative[k - 1] if k else 0
        inside = self.counts[k]
        fraction = (target - before) / inside if inside else 0.0
        return float(self.edges[k] + fraction * (self.edges[k + 1] - self.edges[k]))


def otsu_threshold(counts: np.ndarray, edges: np.ndarray) -> float:
    """Otsu's threshold of a histogram: the bin edge that maximises the between-class variance.

    Values at or above the returned edge form the upper class. When several edges give the same maximum
    (empty bins between two modes), the middle of that run of edges is returned: the middle of the valley.
    """
    counts = np.asarray(counts, dtype=np.float64)
    edges = np.asarray(edges, dtype=np.float64)
    if counts.ndim != 1 or edges.shape != (counts.size + 1,):
        raise ValueError("edges must have one more element than counts")
    centres = (edges[:-1] + edges[1:]) / 2
    total = counts.sum()
    w0 = np.cumsum(counts)[:-1]  # lower class = bins 0..k, split at edges[k + 1]
    w1 = total - w0
    m0 = np.cumsum(counts * centres)[:-1]
    m1 = (counts * centres).sum() - m0
    both = (w0 > 0) & (w1 > 0)
    if not both.any():
        raise InputError(translate("GlacierMapperCore", "Otsu's method needs at least two different values, but all "
                                   "values fall in one histogram bin. Give the threshold explicitly."))
    between = np.zeros_like(w0)
    between[both] = w0[both] * w1[both] * (m0[both] / w0[both] - m1[both] / w1[both]) ** 2
    best = between.max()
    candidates = np.flatnonzero(both & (between >= best * (1 - 1e-12)))
    run_end = 0  # first contiguous run of maximal splits
    while run_end + 1 < candidates.size and candidates[run_end + 1] == candidates[run_end] + 1:
        run_end += 1
    first, last = candidates[0], candidates[run_end]
    return float((edges[first + 1] + edges[last + 1]) / 2)


@dataclass
class MaskResult:
    mask_path: str
    index_path: Optional[str]  # None when no index raster was asked for
    threshold: float
    automatic: bool
    target_pixels: int
    valid_pixels: int
    nodata_pixels: int
    excluded: dict = field(default_factory=dict)  # test name -> pixels above the threshold it removed
    warnings: list = field(default_factory=list)
    index: str = ""
    bands: dict = field(default_factory=dict)  # role -> band index
    median_changed_pixels: int = 0
    removed_patch_pixels: int = 0
    flagged: dict = field(default_factory=dict)  # name -> target pixels kept but flagged (e.g. in DEM shadow)


@dataclass
class MaskRule:
    """What a threshold mask method adds to the common machinery."""
    index: str  # key of INDEX_BANDS
    target: str  # 'glacier', 'water': words for metadata and messages
    extra_roles: tuple = ()
    # (bands: role -> reflectance array, valid, auxiliary) -> {test name: bool array}; independent of the
    # threshold and elementwise: it is called on chunks of rows (auxiliary: the same rows of read_auxiliary's)
    exclusions: Optional[Callable[..., Dict[str, np.ndarray]]] = None
    exclusion_names: tuple = ()
    # When set, pixels an exclusion test flags and whose index is at or above this value are left out of
    # the Otsu histogram: they would form a false target mode (snow and shadow in a water index).
    histogram_drops_excluded_above: Optional[float] = None
    plausible_automatic: tuple = (-1.0, 1.0)  # an automatic threshold outside this gets a warning
    metadata: dict = field(default_factory=dict)
    readers: tuple = ()  # auxiliary BandReaders the exclusion tests use (their cached blocks are released)
    # window -> {name: 2-D array} read from ``readers``; runs in the reading thread, the only one using them
    read_auxiliary: Optional[Callable[[Window], Dict[str, np.ndarray]]] = None


def check_threshold(value: Any, what: str) -> Optional[float]:
    if value is None:
        return None
    try:
        value = float(value)
    except (TypeError, ValueError):
        raise InputError(translate("GlacierMapperCore", "The {what} '{value}' is not a number. Give a value between -1 "
                                   "and 1.").format(what=what, value=value)) from None
    if not (math.isfinite(value) and -1.0 <= value <= 1.0):
        raise InputError(translate("GlacierMapperCore", "The {what} {value} is outside [-1, 1], the range of a "
                                   "normalised difference. Give a value between -1 and 1, or use the automatic "
                                   "threshold.").format(what=what, value=value))
    return value


def _unique(roles):
    return tuple(dict.fromkeys(roles))


@dataclass
class ThresholdOptions:
    """How the index becomes a mask, common to the glacier and lake methods."""
    threshold: Optional[float] = None  # None: automatic, Otsu on the histogram of valid index values
    median_filter: bool = False  # 3x3 median of the mask
    min_patch_pixels: int = 0  # target patches with fewer connected (8-neighbour) pixels are removed


def row_chunks(height: int, width: int) -> List[slice]:
    """Slices of rows of about CHUNK_PIXELS pixels that cover ``height`` rows of ``width`` pixels."""
    rows = max(1, CHUNK_PIXELS // max(width, 1))
    return [slice(y, min(y + rows, height)) for y in range(0, height, rows)]


@dataclass
class _Block:
    """A window as read: the source's bands as stored (in the order of its roles) and auxiliary arrays."""
    stored: List[np.ndarray]
    auxiliary: Dict[str, np.ndarray]

    @property
    def shape(self) -> Tuple[int, ...]:  # (rows, columns)
        return self.stored[0].shape


class _Source:
    """Reads the rule's bands of a scene for a window and computes the index and exclusion tests."""

    def __init__(self, scene: Scene, rule: MaskRule) -> None:
        self.scene = scene
        self.rule = rule
        self.roles = _unique(INDEX_BANDS[rule.index] + tuple(rule.extra_roles))
        self.bands = scene.bands_for(self.roles)
        self.reader = scene.reader(self.roles)

    def read(self, window: Window) -> _Block:
        """The reading thread's part: the bands and the auxiliary rasters, their cached blocks released."""
        stored = self.reader.read_stored(window)
        auxiliary = self.rule.read_auxiliary(window) if self.rule.read_auxiliary else {}
        release_blocks(self.reader, *self.rule.readers)
        return _Block(stored, auxiliary)

    def compute(self, block: _Block, rows: slice, tests: bool = True
                ) -> Tuple[Dict[str, np.ndarray], np.ndarray, np.ndarray, Dict[str, np.ndarray]]:
        """(bands, ratio, index_valid, excluded) of ``rows`` of a block: the index is ``ratio`` where
        ``index_valid`` (ratio_and_validity); ``tests`` False skips the exclusion tests."""
        data, valid = self.reader.reflectance(block.stored, rows)
        bands = dict(zip(self.roles, data))
        a, b = INDEX_BANDS[self.rule.index]
        ratio, index_valid = ratio_and_validity(bands[a], bands[b], valid)
        excluded = {}
        if tests and self.rule.exclusions:
            excluded = self.rule.exclusions(bands, valid, {k: v[rows] for k, v in block.auxiliary.items()})
        return bands, ratio, index_valid, excluded

    def no_valid_pixels(self) -> InputError:
        return no_valid_pixels_error(self.scene, INDEX_BANDS[self.rule.index],
                                     translate("GlacierMapperCore", " (or the two index bands sum to 0)"))

    def close(self) -> None:
        self.reader.close()


def _check_min_patch(value: Optional[int]) -> int:
    value = int(value or 0)
    if value < 0:
        raise InputError(translate("GlacierMapperCore", "The minimum patch size {value} is negative. Give 0 (keep all) "
                                   "or more pixels.").format(value=value))
    return value


def threshold_mask(scene: Scene, out_mask: PathLike, out_index: Optional[PathLike], rule: MaskRule,
                   options: Optional[ThresholdOptions] = None, metadata: Optional[Mapping[str, str]] = None,
                   progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None, window_rows: Optional[int] = None
                   ) -> MaskResult:
    """Mask = index >= threshold and no exclusion test true; UInt8 1/0 with 255 nodata (see MaskResult)."""
    options = options or ThresholdOptions()
    label = INDEX_LABELS[rule.index].split()[0]
    threshold = check_threshold(options.threshold, f"{label} threshold")
    min_patch_pixels = _check_min_patch(options.min_patch_pixels)
    source = _Source(scene, rule)
    warnings = list(scene.warnings)
    automatic = threshold is None
    # Progress: the histogram pass, then the mask pass, then the sieve.
    first_stop = 0.45 if automatic else 0.0
    mask_stop = 0.9 if min_patch_pixels > 1 else 1.0
    try:
        window_list = processing_windows(scene, window_rows, source.reader)
        if threshold is None:
            threshold = _automatic_threshold(source, window_list, rule, label,
                                             Steps(len(window_list), progress, is_cancelled, 0.0, first_stop))
            warnings.extend(_implausible_threshold(threshold, rule, label))
        mask_items = {**(metadata or {}), **_mask_metadata(rule, scene, source.roles, threshold, automatic, options,
                                                           min_patch_pixels, label)}
        index_items = {**(metadata or {}), **index_metadata(rule.index, scene, source.roles)}
        run = _MaskRun(source, window_list, progress, is_cancelled)
        counts = run.write(out_mask, out_index, threshold, options.median_filter, min_patch_pixels, mask_items,
                           index_items, (first_stop, mask_stop))
    finally:
        source.close()
    if counts["bright"] > 0.5 * counts["valid"]:
        warnings.append(
            translate("GlacierMapperCore", "Most valid pixels have a green reflectance above "
                      "{limit}: the raster looks like digital numbers, not reflectance (scaling "
                      "used: {scaling}). Choose the reflectance scaling of the product; reflectance tests are "
                      "meaningless otherwise.").format(
                      limit=IMPLAUSIBLE_REFLECTANCE, scaling=scene.scaling.describe()))
    return MaskResult(str(out_mask), str(out_index) if out_index else None, float(threshold), automatic,
                      counts["target"], counts["valid"], counts["nodata"], counts["excluded"], warnings,
                      rule.index, dict(source.bands), counts["median_changed"], counts.get("removed", 0))


def _implausible_threshold(threshold: float, rule: MaskRule, label: str) -> List[str]:
    low, high = rule.plausible_automatic
    if low <= threshold <= high:
        return []
    return [translate("GlacierMapperCore", "The automatic {label} threshold {threshold:.3f} is outside the usual range "
                      "for {target} ({low} to {high}): the histogram may not be bimodal (little {target} in the scene, "
                      "clouds, or a wrong scaling). Check the mask, or give the threshold explicitly.").format(
                      label=label, threshold=threshold, target=rule.target, low=low, high=high)]


def _mask_metadata(rule: MaskRule, scene: Scene, roles: Sequence[str], threshold: float, automatic: bool,
                   options: ThresholdOptions, min_patch_pixels: int, label: str) -> Dict[str, str]:
    return {**index_metadata(rule.index, scene, roles), **rule.metadata,
            "GLACIERMAPPER_THRESHOLD": f"{threshold:.6g}",
            "GLACIERMAPPER_THRESHOLD_AUTOMATIC": "true" if automatic else "false",
            "GLACIERMAPPER_THRESHOLD_RULE": f"{rule.target} where {label} >= threshold",
            "GLACIERMAPPER_MEDIAN_FILTER": "3x3" if options.median_filter else "none",
            "GLACIERMAPPER_MIN_PATCH_PIXELS": str(min_patch_pixels),
            "GLACIERMAPPER_MASK_VALUES": f"1 {rule.target}, 0 not {rule.target}, 255 nodata"}


class _MaskRun:
    """The mask pass, the optional sieve and its keep-removals pass, with all outputs written atomically."""

    def __init__(self, source: _Source, window_list: List[Window], progress: Optional[Callable[[float], None]],
                 is_cancelled: Optional[Callable[[], bool]]) -> None:
        self.source = source
        self.window_list = window_list
        self.progress = progress
        self.is_cancelled = is_cancelled

    def steps(self, start: float, stop: float) -> Steps:
        return Steps(len(self.window_list), self.progress, self.is_cancelled, start, stop)

    def write(self, out_mask: PathLike, out_index: Optional[PathLike], threshold: float, median_filter: bool,
              min_patch_pixels: int, mask_metadata: Dict[str, str], index_items: Dict[str, str],
              stops: Tuple[float, float]) -> Dict[str, Any]:
        """Write the mask (and index); returns the pixel counts of _mask_pass plus 'removed' when sieved."""
        rule, scene = self.source.rule, self.source.scene
        first_stop, mask_stop = stops
        sieving = min_patch_pixels > 1  # a patch has at least one pixel
        scratch = []
        try:
            with atomic_outputs() as outputs:
                mask_writer = outputs.add(RasterWriter(
                    out_mask, scene, 1, "Byte", nodata=MASK_NODATA,
                    descriptions=[f"{rule.target.capitalize()} mask"], metadata=mask_metadata))
                index_writer = None
                if out_index:
                    index_writer = outputs.add(RasterWriter(
                        out_index, scene, 1, "Float32", nodata=INDEX_NODATA, descriptions=[INDEX_LABELS[rule.index]],
                        metadata=index_items))
                first_writer = mask_writer
                if sieving:
                    first_writer = RasterWriter(f"{out_mask}.before-sieve.tif", scene, 1, "Byte",
                                                nodata=MASK_NODATA, options=SCRATCH_OPTIONS)
                    scratch.append(first_writer)
                counts = _mask_pass(self.source, self.window_list, np.float32(threshold), median_filter, first_writer,
                                    index_writer, self.steps(first_stop, mask_stop))
                if counts["valid"] == 0:
                    raise self.source.no_valid_pixels()
                if sieving:
                    before = counts["target"]
                    counts["target"] = self._sieve(out_mask, first_writer, mask_writer, min_patch_pixels, mask_stop,
                                                   scratch)
                    counts["removed"] = before - counts["target"]
                if index_writer is not None:
                    counts["statistics"].write_to(index_writer.dataset.GetRasterBand(1))
                mask_writer.set_metadata({"GLACIERMAPPER_TARGET_PIXELS": counts["target"],
                                          "GLACIERMAPPER_VALID_PIXELS": counts["valid"]})
        finally:
            for writer in scratch:
                writer.abort()
        return counts

    def _sieve(self, out_mask: PathLike, first_writer: RasterWriter, mask_writer: RasterWriter,
               min_patch_pixels: int, mask_stop: float, scratch: List[RasterWriter]) -> int:
        """Remove target patches under ``min_patch_pixels``; returns the target count of the final mask."""
        sieved_writer = RasterWriter(f"{out_mask}.sieved.tif", self.source.scene, 1, "Byte", nodata=MASK_NODATA,
                                     options=SCRATCH_OPTIONS)
        scratch.append(sieved_writer)
        first_writer.flush()
        sieve(first_writer.dataset.GetRasterBand(1), sieved_writer.dataset.GetRasterBand(1),
              min_patch_pixels, self.progress, self.is_cancelled, mask_stop, 0.97)
        sieved_writer.flush()
        return _keep_removals_pass(first_writer, sieved_writer, mask_writer, self.window_list,
                                   self.steps(0.97, 1.0))


def _automatic_threshold(source, window_list, rule, label, steps):
    histogram = Histogram()
    drops = rule.histogram_drops_excluded_above  # without it the exclusion tests do not touch the histogram

    def compute(_window, block):
        for rows in row_chunks(*block.shape):
            _, ratio, use, excluded = source.compute(block, rows, tests=drops is not None)
            if drops is not None and excluded:
                flagged = np.logical_or.reduce(list(excluded.values()))
                use &= ~(flagged & (ratio >= drops))
            histogram.add(ratio[use])

    run_windows(window_list, source.read, compute, lambda *_: None, steps)
    if histogram.total == 0:
        if drops is not None:
            raise InputError(translate("GlacierMapperCore", "No valid pixel is left for the automatic {label} "
                                       "threshold after the exclusion tests ({exclusion_names}): every pixel is nodata "
                                       "or excluded. Give the threshold explicitly or turn the exclusions off.").format(
                                       label=label, exclusion_names=', '.join(rule.exclusion_names)))
        raise source.no_valid_pixels()
    return round(otsu_threshold(histogram.counts, histogram.edges), 6)


def _inside(inner, rows):
    """The part of chunk ``rows`` of a grown window that lies in the window itself (``inner``), as slices
    of the chunk: the halo rows and columns are read for the median filter but not counted."""
    start = max(inner[0].start, rows.start) - rows.start
    stop = max(min(inner[0].stop, rows.stop) - rows.start, start)
    return slice(start, stop), inner[1]


def _mask_pass(source, window_list, threshold32, median_filter, mask_writer, index_writer, steps):
    info = source.scene
    statistics = IndexStatistics()
    excluded_total = {name: 0 for name in source.rule.exclusion_names}
    counts = {"target": 0, "valid": 0, "nodata": 0, "bright": 0, "median_changed": 0,
              "excluded": excluded_total, "statistics": statistics}

    def read(window):
        grown, inner = expand_window(window, 1 if median_filter else 0, info.width, info.height)
        return inner, source.read(grown)

    def compute(_window, data):
        inner, block = data
        mask = np.empty(block.shape, dtype=np.uint8)
        index = np.empty(block.shape, dtype=np.float32) if index_writer is not None else None
        for rows in row_chunks(*block.shape):
            bands, ratio, index_valid, excluded = source.compute(block, rows)
            if index is not None:
                index[rows] = with_nodata(ratio, index_valid)
            counted = _inside(inner, rows)
            above = index_valid & (ratio >= threshold32)
            target = above
            for name, test in excluded.items():
                excluded_total[name] += int(np.count_nonzero(above[counted] & test[counted]))
                target = target & ~test
            chunk = mask[rows]  # nodata, 0, then 1 where target (only valid pixels are): no masked copies
            np.logical_not(index_valid, out=chunk.view(bool))
            chunk *= np.uint8(MASK_NODATA)
            chunk |= target.view(np.uint8)
            if "green" in bands:
                bright = bands["green"][counted] > IMPLAUSIBLE_REFLECTANCE
                counts["bright"] += int(np.count_nonzero(index_valid[counted] & bright))
        if median_filter:
            filtered = median_3x3(mask)[inner]
            counts["median_changed"] += int(np.count_nonzero(filtered != mask[inner]))
            mask = filtered
        else:
            mask = mask[inner]
        core_index = None
        if index is not None:  # the statistics go into the index output only
            core_index = index[inner]
            statistics.add(core_index)
        valid_count = int(np.count_nonzero(mask != MASK_NODATA))
        counts["valid"] += valid_count
        counts["nodata"] += mask.size - valid_count
        counts["target"] += int(np.count_nonzero(mask == 1))
        return mask, core_index

    def write(window, result):
        mask, core_index = result
        mask_writer.write(window, mask)
        if index_writer is not None:
            index_writer.write(window, core_index)
        release_blocks(mask_writer, index_writer)

    run_windows(window_list, read, compute, write, steps)
    return counts


def _keep_removals_pass(original_writer, sieved_writer, mask_writer, window_list, steps):
    """Write the mask with only the target patches the sieve removed taken out; returns the target count."""
    original_band = original_writer.dataset.GetRasterBand(1)
    sieved_band = sieved_writer.dataset.GetRasterBand(1)
    target = [0]

    def read(window):
        args = (window.x, window.y, window.width, window.height)
        arrays = original_band.ReadAsArray(*args), sieved_band.ReadAsArray(*args)
        release_blocks(original_writer, sieved_writer)
        return arrays

    def compute(_window, arrays):
        mask = keep_removals(*arrays)
        target[0] += int(np.count_nonzero(mask == 1))
        return mask

    def write(window, mask):
        mask_writer.write(window, mask)
        release_blocks(mask_writer)

    run_windows(window_list, read, compute, write, steps)
    return target[0]
