"""Normalised-difference spectral indices (NDSI, NDWI, MNDWI) computed block by block from reflectance.

Reflectance can be slightly negative in Level-2 products (atmospheric over-correction of dark pixels:
water in the NIR, ice in the SWIR; 11 % of the Athabasca HLS SWIR1 pixels). A negative reflectance is
taken as 0 before the ratio: the index then stays in [-1, 1] and keeps the right sign, where the raw
ratio of a near-zero or negative sum would give values far outside [-1, 1] (up to +-70 on the
labelled Landsat spectra) or the opposite sign. Pixels whose sum is then 0 are nodata.
"""
import json
import math
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np

from ..callbacks import Steps
from ..errors import InputError
from ..io.raster import (
    OUTPUT_BLOCK,
    WINDOW_PIXELS,
    BandReader,
    RasterWriter,
    atomic_outputs,
    raster_info,
    release_blocks,
    windows,
)
from ..nodata import INDEX_NODATA
from ..sensors.bands import ROLE_LABELS, resolve_bands, scaling_from_preset
from ..sensors.bands import sensor as sensor_by_key

# index -> (a, b) roles of (a - b) / (a + b)
INDEX_BANDS = {"ndsi": ("green", "swir1"), "ndwi": ("green", "nir"), "mndwi": ("green", "swir1")}
INDEX_LABELS = {"ndsi": "NDSI", "ndwi": "NDWI (McFeeters)", "mndwi": "MNDWI"}
INDEX_CHOICES = tuple(INDEX_LABELS.items())


def normalized_difference(a, b, valid, clamp_negative=True):
    """(a - b) / (a + b) as float32; INDEX_NODATA where not ``valid`` or the sum is 0 (never inf or NaN).

    ``clamp_negative`` takes negative values as 0 first (see the module note).
    """
    if clamp_negative:
        a = np.maximum(a, np.float32(0), dtype=np.float32)
        b = np.maximum(b, np.float32(0), dtype=np.float32)
    else:
        a = np.array(a, dtype=np.float32)
        b = np.asarray(b, dtype=np.float32)
    total = a + b
    np.subtract(a, b, out=a)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        np.divide(a, total, out=a)
    # 0/0 and anything with an infinite or NaN input are NaN or inf here; with negatives taken as 0 the
    # ratio is otherwise in [-1, 1], and without, a tiny sum may overflow to inf: all become nodata
    ok = np.isfinite(a)
    ok &= valid
    np.copyto(a, np.float32(INDEX_NODATA), where=~ok)
    return a


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


@dataclass
class BandSource:
    """A raster with the bands a method needs found and its reflectance scaling decided."""
    path: str
    info: object  # RasterInfo
    bands: dict  # role -> band index
    scaling: object  # core.sensors.bands.Scaling
    warnings: list


def index_key(index):
    key = str(index).strip().lower()
    if key not in INDEX_BANDS:
        raise InputError(f"Unknown index '{index}'. Choose one of: {', '.join(INDEX_BANDS)}.")
    return key


def open_source(input_path, roles, sensor="landsat_oli", band_overrides=None, scaling=None):
    """Find ``roles`` in the raster (overrides, descriptions, then stack position) and default the scaling."""
    info = raster_info(input_path)
    bands = resolve_bands(roles, info.band_count, info.descriptions, sensor, band_overrides)
    if scaling is None:
        scaling = scaling_from_preset(sensor_by_key(sensor).default_scaling)
    warnings = []
    if not info.has_crs:
        warnings.append(f"'{input_path}' has no coordinate reference system: the outputs have none either. "
                        "Assign the CRS of the scene (Raster > Projections > Assign Projection) to place them "
                        "on a map.")
    return BandSource(str(input_path), info, bands, scaling, warnings)


def processing_windows(info, window_rows=None, reader=None):
    """The engine's windows, or strips of ``window_rows`` rows (tests check results do not depend on it).

    With a ``reader``, window heights are a multiple of the input's block height as well when that keeps
    windows small: each compressed input block is then decoded once, not once per window it straddles.
    """
    if window_rows:
        return windows(info.width, info.height, max_pixels=info.width * int(window_rows), row_multiple=1)
    multiple = OUTPUT_BLOCK
    if reader is not None:
        block_rows = max(reader.dataset.GetRasterBand(i).GetBlockSize()[1] for i in reader.band_indices)
        aligned = OUTPUT_BLOCK * block_rows // math.gcd(OUTPUT_BLOCK, block_rows)
        if aligned * info.width <= 2 * WINDOW_PIXELS:
            multiple = aligned
    return windows(info.width, info.height, row_multiple=multiple)


def run_windows(window_list, read, compute, write, steps):
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
        ahead = reads.submit(read, window_list[0])
        behind = None
        try:
            for number, window in enumerate(window_list):
                steps.check()
                data = ahead.result()
                ahead = reads.submit(read, window_list[number + 1]) if number + 1 < len(window_list) else None
                result = compute(window, data)
                if behind is not None:
                    behind.result()  # one write in flight at a time; raises its error here
                behind = writes.submit(write, window, result)
                steps.advance()
            behind.result()
        finally:  # on error or cancel: let the running read or write finish, drop what was queued
            for future in (ahead, behind):
                if future is not None:
                    future.cancel()


def no_valid_pixels_error(source, roles, what):
    names = ", ".join(f"{ROLE_LABELS.get(r, r)} (band {source.bands[r]})" for r in roles)
    return InputError(
        f"The raster has no valid pixels in bands {names}: every pixel is nodata in at least one of them{what}. "
        "Check the band numbers and the nodata value of the raster.")


class IndexStatistics:
    """Count, minimum, maximum and mean of the valid values of an index, accumulated window by window."""

    def __init__(self):
        self.valid = 0
        self.nodata = 0
        self.minimum = np.inf
        self.maximum = -np.inf
        self.total = 0.0
        self.total_squares = 0.0

    def add(self, values):
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
    def mean(self):
        return self.total / self.valid if self.valid else float("nan")

    @property
    def std(self):
        if not self.valid:
            return float("nan")
        return float(np.sqrt(max(self.total_squares / self.valid - self.mean ** 2, 0.0)))

    def write_to(self, band):
        """Store the statistics in the output band so QGIS styles it without a scan."""
        if self.valid:
            band.SetStatistics(self.minimum, self.maximum, self.mean, self.std)


def index_metadata(index, source):
    return {"GLACIERMAPPER_INDEX": INDEX_LABELS[index].split()[0],
            "GLACIERMAPPER_FORMULA": "({0} - {1}) / ({0} + {1})".format(*INDEX_BANDS[index]),
            "GLACIERMAPPER_BANDS": json.dumps(source.bands, sort_keys=True),
            "GLACIERMAPPER_SCALING": source.scaling.describe(),
            "GLACIERMAPPER_NEGATIVE_REFLECTANCE": "set to 0 before the ratio"}


def compute_index(input_path, index, out_path, sensor="landsat_oli", band_overrides=None, scaling=None,
                  metadata=None, progress=None, is_cancelled=None, window_rows=None):
    """Write the index as a Float32 GeoTIFF (nodata INDEX_NODATA) and return its statistics.

    Reflectance = DN x scale + offset is applied to each band before the ratio: the offset changes it.
    """
    index = index_key(index)
    roles = INDEX_BANDS[index]
    source = open_source(input_path, roles, sensor, band_overrides, scaling)
    reader = BandReader(input_path, [source.bands[r] for r in roles], source.scaling)
    stats = IndexStatistics()
    window_list = processing_windows(source.info, window_rows, reader)
    steps = Steps(len(window_list), progress, is_cancelled)
    try:
        with atomic_outputs() as outputs:
            writer = outputs.add(RasterWriter(
                out_path, source.info, 1, "Float32", nodata=INDEX_NODATA, descriptions=[INDEX_LABELS[index]],
                metadata={**(metadata or {}), **index_metadata(index, source)}))
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
                raise no_valid_pixels_error(source, roles, " (or the two bands sum to 0)")
            stats.write_to(writer.dataset.GetRasterBand(1))
    finally:
        reader.close()
    return IndexResult(str(out_path), index, dict(source.bands), stats.valid, stats.nodata, stats.minimum,
                       stats.maximum, stats.mean, list(source.warnings))
