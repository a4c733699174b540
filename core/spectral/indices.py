"""Normalised-difference spectral indices (NDSI, NDWI, MNDWI) computed block by block from reflectance.

Reflectance can be slightly negative in Level-2 products (atmospheric over-correction of dark pixels:
water in the NIR, ice in the SWIR; 11 % of the Athabasca HLS SWIR1 pixels). A negative reflectance is
taken as 0 before the ratio: the index then stays in [-1, 1] and keeps the right sign, where the raw
ratio of a near-zero or negative sum would give values far outside [-1, 1] (up to +-70 on the
labelled Landsat spectra) or the opposite sign. Pixels whose sum is then 0 are nodata.
"""
import json
import math
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional, Sequence, Tuple, Union

import numpy as np

from ..callbacks import Steps
from ..errors import InputError
from ..io.atomic import atomic_outputs
from ..io.raster import (
    OUTPUT_BLOCK,
    WINDOW_PIXELS,
    BandReader,
    RasterWriter,
    Window,
    input_block_rows,
    release_blocks,
    windows,
)
from ..messages import translate
from ..nodata import INDEX_NODATA
from ..sensors.bands import ROLE_LABELS
from ..sensors.scene import Scene

# index -> (a, b) roles of (a - b) / (a + b)
INDEX_BANDS = {"ndsi": ("green", "swir1"), "ndwi": ("green", "nir"), "mndwi": ("green", "swir1")}
INDEX_LABELS = {"ndsi": "NDSI", "ndwi": "NDWI (McFeeters)", "mndwi": "MNDWI"}
PathLike = Union[str, "os.PathLike[str]"]
INDEX_CHOICES = tuple(INDEX_LABELS.items())


def negatives_as_zero(values: np.ndarray) -> np.ndarray:
    """``values`` as float32 with negatives taken as 0 and NaN kept: np.maximum(values, 0), the maximum
    taken against a row of zeros, the same values bit for bit: numpy 1.24 has no SIMD loop for a scalar
    operand and took 2.5 times as long."""
    values = np.asarray(values)
    return np.maximum(values, np.zeros(values.shape[-1:], dtype=np.float32), dtype=np.float32)


def normalized_difference(a: np.ndarray, b: np.ndarray, valid: np.ndarray, clamp_negative: bool = True
                          ) -> np.ndarray:
    """(a - b) / (a + b) as float32; INDEX_NODATA where not ``valid`` or the sum is 0 (never inf or NaN).

    ``clamp_negative`` takes negative values as 0 first (see the module note).
    """
    return with_nodata(*ratio_and_validity(a, b, valid, clamp_negative))


def with_nodata(ratio: np.ndarray, ok: np.ndarray) -> np.ndarray:
    """``ratio`` with INDEX_NODATA where not ``ok`` (in place): the index from ratio_and_validity's pair."""
    np.copyto(ratio, np.float32(INDEX_NODATA), where=~ok)
    return ratio


def ratio_and_validity(a: np.ndarray, b: np.ndarray, valid: np.ndarray, clamp_negative: bool = True
                       ) -> Tuple[np.ndarray, np.ndarray]:
    """normalized_difference before its nodata is filled in: (the float32 ratio, where it is the index).

    Where the second is false the first is undefined (NaN, inf or any value); with ``clamp_negative`` the
    second is exactly where normalized_difference is not INDEX_NODATA (the ratio is then in [-1, 1]). For
    callers that only test the index: filling in nodata is a masked copy, slower than the ratio itself.
    """
    if clamp_negative:
        a = negatives_as_zero(a)
        b = negatives_as_zero(b)
    else:
        a = np.array(a, dtype=np.float32)
        b = np.asarray(b, dtype=np.float32)
    # Without clamping, huge values may overflow the sum or the difference to inf: nodata below, not a warning.
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        total = a + b
        np.subtract(a, b, out=a)
        np.divide(a, total, out=a)
    # 0/0 and anything with an infinite or NaN input are NaN or inf here; with negatives taken as 0 the
    # ratio is otherwise in [-1, 1], and without, a tiny sum may overflow to inf: all become nodata
    ok = np.isfinite(a)
    ok &= valid
    return a, ok


@dataclass
class IndexResult:
    path: str
    index: str
    bands: dict  # role -> 1-based band index
    valid_pixels: int
    nodata_pixels: int
    minimum: float
    maximum: float
    mean: float
    warnings: list = field(default_factory=list)


def index_key(index: str) -> str:
    key = str(index).strip().lower()
    if key not in INDEX_BANDS:
        raise InputError(translate("GlacierMapperCore", "Unknown index '{index}'. Choose one of: "
                                   "{index_bands}.").format(
                                   index=index, index_bands=', '.join(INDEX_BANDS)))
    return key


def processing_windows(info: Any, window_rows: Optional[int] = None, reader: Optional[BandReader] = None
                       ) -> List[Window]:
    """The engine's windows, or strips of ``window_rows`` rows (tests check results do not depend on it).

    With a ``reader``, window heights are a multiple of the input's block height (a VRT's: its source files')
    as well when that keeps windows small: each compressed input block is then decoded once, not once per
    window it straddles.
    """
    if window_rows:
        return windows(info.width, info.height, max_pixels=info.width * int(window_rows), row_multiple=1)
    multiple = OUTPUT_BLOCK
    if reader is not None:
        block_rows = input_block_rows(reader.dataset, reader.band_indices)
        aligned = OUTPUT_BLOCK * block_rows // math.gcd(OUTPUT_BLOCK, block_rows)
        if aligned * info.width <= 2 * WINDOW_PIXELS:
            multiple = aligned
    return windows(info.width, info.height, row_multiple=multiple)


def run_windows(window_list: Sequence[Window], read: Callable[[Window], Any], compute: Callable[[Window, Any], Any],
                write: Callable[[Window, Any], Any], steps: Steps) -> None:
    """For each window: ``read(window)``, then ``compute(window, data)``, then ``write(window, result)``.

    Reading runs one window ahead and writing one window behind, each in its own thread, while this
    thread computes: GDAL decompresses, compresses and does I/O without the GIL, so on a multi-core
    machine the scene takes about as long as its slowest stage, not the sum of the three. Each GDAL
    dataset is used by one thread only (``read`` owns the readers, ``write`` the writers), and both
    threads have finished when this returns or raises, so callers may then commit or abort outputs.
    Progress and cancel checks happen here, once per window.
    """
    if not window_list:
        return
    with ThreadPoolExecutor(1, thread_name_prefix="glaciermapper-read") as reads, \
            ThreadPoolExecutor(1, thread_name_prefix="glaciermapper-write") as writes:
        ahead: Optional[Future] = reads.submit(read, window_list[0])
        behind: Optional[Future] = None
        try:
            for number, window in enumerate(window_list):
                steps.check()
                data = ahead.result() if ahead is not None else None  # never None here: one per window
                ahead = reads.submit(read, window_list[number + 1]) if number + 1 < len(window_list) else None
                result = compute(window, data)
                if behind is not None:
                    behind.result()  # one write in flight at a time; raises its error here
                behind = writes.submit(write, window, result)
                steps.advance()
            if behind is not None:
                behind.result()
        finally:  # on error or cancel: let the running read or write finish, drop what was queued
            for future in (ahead, behind):
                if future is not None:
                    future.cancel()


def no_valid_pixels_error(scene: Scene, roles: Sequence[str], what: str) -> InputError:
    """The error for a run in which no pixel is valid in all of ``roles``' bands."""
    bands = scene.bands_for(roles)
    names = ", ".join(f"{ROLE_LABELS.get(r, r)} (band {bands[r]})" for r in roles)
    share = scene.metadata.get("GLACIERMAPPER_QA_MASKED_SHARE")
    if share:  # a prepared scene: its quality masks may have hidden everything
        return InputError(
            translate("GlacierMapperCore", "The prepared scene has no valid pixels in bands {names}{what}: its quality "
                      "masks hid {share:.1%} of the pixels with data (clouds, shadow, cirrus). Choose a clearer scene, "
                      "or prepare it again with fewer quality masks.").format(
                      names=names, what=what, share=float(share)))
    return InputError(
        translate("GlacierMapperCore", "The raster has no valid pixels in bands {names}: every pixel is nodata in at "
                  "least one of them{what}. Check the band numbers and the nodata "
                  "value of the raster.").format(names=names, what=what))


class IndexStatistics:
    """Count, minimum, maximum and mean of the valid values of an index, accumulated window by window."""

    def __init__(self) -> None:
        self.valid = 0
        self.nodata = 0
        self.minimum = np.inf
        self.maximum = -np.inf
        self.total = 0.0
        self.total_squares = 0.0

    def add(self, values: np.ndarray) -> None:
        ok = values != INDEX_NODATA
        count = int(np.count_nonzero(ok))
        self.nodata += values.size - count
        if count:
            good = values[ok]
            self.valid += count
            self.minimum = min(self.minimum, float(good.min()))
            self.maximum = max(self.maximum, float(good.max()))
            self.total += float(good.sum(dtype=np.float64))
            self.total_squares += float(np.dot(good, good))  # float32 per window, summed in float64

    @property
    def mean(self) -> float:
        return self.total / self.valid if self.valid else float("nan")

    @property
    def std(self) -> float:
        if not self.valid:
            return float("nan")
        return float(np.sqrt(max(self.total_squares / self.valid - self.mean ** 2, 0.0)))

    def write_to(self, band: Any) -> None:
        """Store the statistics in the output band so QGIS styles it without a scan."""
        if self.valid:
            band.SetStatistics(self.minimum, self.maximum, self.mean, self.std)


def index_metadata(index: str, scene: Scene, roles: Sequence[str]) -> Dict[str, str]:
    """Metadata items that say how an index raster was computed."""
    return {"GLACIERMAPPER_INDEX": INDEX_LABELS[index].split()[0],
            "GLACIERMAPPER_FORMULA": "({0} - {1}) / ({0} + {1})".format(*INDEX_BANDS[index]),
            "GLACIERMAPPER_BANDS": json.dumps(scene.bands_for(roles), sort_keys=True),
            "GLACIERMAPPER_SCALING": scene.scaling.describe(),
            "GLACIERMAPPER_NEGATIVE_REFLECTANCE": "set to 0 before the ratio"}


def compute_index(scene: Scene, index: str, out_path: PathLike, metadata: Optional[Mapping[str, str]] = None,
                  progress: Optional[Callable[[float], None]] = None,
                  is_cancelled: Optional[Callable[[], bool]] = None, window_rows: Optional[int] = None
                  ) -> IndexResult:
    """Write the index of ``scene`` as a Float32 GeoTIFF (nodata INDEX_NODATA) and return its statistics.

    Reflectance = DN x scale + offset is applied to each band before the ratio: the offset changes it.
    """
    index = index_key(index)
    roles = INDEX_BANDS[index]
    bands = scene.bands_for(roles)
    reader = scene.reader(roles)
    stats = IndexStatistics()
    window_list = processing_windows(scene, window_rows, reader)
    steps = Steps(len(window_list), progress, is_cancelled)
    try:
        with atomic_outputs() as outputs:
            writer = outputs.add(RasterWriter(
                out_path, scene, 1, "Float32", nodata=INDEX_NODATA, descriptions=[INDEX_LABELS[index]],
                metadata={**(metadata or {}), **index_metadata(index, scene, roles)}))

            def read(window):
                data, valid = reader.read(window)
                release_blocks(reader)
                return data, valid

            def compute(_window, data):
                values = normalized_difference(data[0][0], data[0][1], data[1])
                stats.add(values)
                return values

            def write(window, values):
                writer.write(window, values)
                release_blocks(writer)

            run_windows(window_list, read, compute, write, steps)
            if stats.valid == 0:
                raise no_valid_pixels_error(
                    scene, roles, translate("GlacierMapperCore", " (or the two bands sum to 0)"))
            stats.write_to(writer.dataset.GetRasterBand(1))
    finally:
        reader.close()
    return IndexResult(str(out_path), index, dict(bands), stats.valid, stats.nodata, stats.minimum,
                       stats.maximum, stats.mean, list(scene.warnings))
