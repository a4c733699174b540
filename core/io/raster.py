"""Block-wise raster reading and atomic GeoTIFF writing with GDAL: the one read loop of the engine.

Memory is bounded by one window (a strip of rows), never the scene. Outputs are written to a hidden
partial file beside the destination (core.io.atomic) and moved into place only when complete, so a failure
or a cancel leaves nothing behind.
"""
import os
import sys
import tempfile
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Protocol, Sequence, Tuple, Union

import numpy as np
from osgeo import gdal, osr

from ..errors import InputError, OutputError
from ..messages import translate
from . import atomic

gdal.UseExceptions()

# Output tiles; windows are multiples of this so every output tile is written once, whole.
OUTPUT_BLOCK = 256
# Pixels per window: large enough for fast I/O, small enough that a scene never sits in memory.
WINDOW_PIXELS = 2 ** 21
# ZSTD level 1: on Float32 indices and probabilities it compresses as well as DEFLATE level 1 (about 1.2x:
# float noise does not compress) and on Byte masks better, in a fifth of the CPU time to write and under half
# to read; with DEFLATE, writing an index cost more than computing it (bench/README.md). The trade-off is
# portability: GDAL >= 2.3 (every QGIS 3 build, rasterio, R terra) reads ZSTD, while DEFLATE is read by any
# TIFF reader; for those, gdal_translate -co COMPRESS=DEFLATE. No predictor: PREDICTOR=3 shrinks floats by
# another 13 % but makes writing them 2.5 times and reading them 3.6 times as costly.
# No NUM_THREADS: GDAL 3.6 (Debian 12's; fixed in 3.7/3.8) can deadlock when a multi-threaded GeoTIFF is
# read while it is written and the block cache is full (rasterizing labels over a full scene hung for good
# with GDAL_CACHEMAX=64), and with ZSTD the index took the same time without GDAL's compression threads.
GTIFF_OPTIONS = ("TILED=YES", f"BLOCKXSIZE={OUTPUT_BLOCK}", f"BLOCKYSIZE={OUTPUT_BLOCK}",
                 "COMPRESS=ZSTD", "ZSTD_LEVEL=1", "BIGTIFF=IF_SAFER")


@dataclass(frozen=True)
class Window:
    x: int
    y: int
    width: int
    height: int

    @property
    def shape(self) -> Tuple[int, int]:
        return (self.height, self.width)


class Grid(Protocol):
    """What an output needs of the raster it is written like: a RasterInfo or a core.sensors.scene.Scene."""

    @property
    def width(self) -> int: ...
    @property
    def height(self) -> int: ...
    @property
    def geotransform(self) -> Tuple[float, ...]: ...
    @property
    def projection(self) -> str: ...


@dataclass(frozen=True)
class RasterInfo:
    path: str
    width: int
    height: int
    band_count: int
    geotransform: tuple
    projection: str
    nodata: tuple  # per band, None where unset
    data_types: tuple  # per band, GDAL type names
    descriptions: tuple
    metadata: dict
    scales: tuple = ()  # per band, GDAL's GetScale (None where unset)
    offsets: tuple = ()  # per band, GDAL's GetOffset (None where unset)
    files: tuple = ()  # the dataset's files, a VRT's sources included (their names tell the product)

    @property
    def has_crs(self) -> bool:
        return bool(self.projection)

    @property
    def pixel_size(self) -> Tuple[float, float]:
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    @property
    def is_geographic(self) -> bool:
        if not self.projection:
            return False
        srs = osr.SpatialReference()
        srs.ImportFromWkt(self.projection)
        return bool(srs.IsGeographic())

    def same_grid(self, other: "RasterInfo", tolerance: float = 1e-6) -> bool:
        return (self.width, self.height) == (other.width, other.height) and bool(np.allclose(
            self.geotransform, other.geotransform, atol=tolerance * max(self.pixel_size)))


def open_raster(path: Union[str, "os.PathLike[str]"]) -> gdal.Dataset:
    """Open a raster read-only, or raise InputError saying why it is not usable."""
    if not path:
        raise InputError(translate("GlacierMapperCore", "No input raster was given."))
    if not os.path.exists(path) and not str(path).startswith("/vsi"):
        raise InputError(translate("GlacierMapperCore", "The raster '{path}' does not exist.").format(path=path))
    try:
        dataset = gdal.OpenEx(str(path), gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError as error:
        raise InputError(translate("GlacierMapperCore", "'{path}' is not a raster GDAL can read ({error}). Give a "
                                   "GeoTIFF or another raster file.").format(path=path, error=error)) from None
    if dataset is None or dataset.RasterCount == 0:
        raise InputError(translate("GlacierMapperCore", "'{path}' is not a raster GDAL can read. Give a GeoTIFF or "
                                   "another raster file.").format(path=path))
    return dataset


def raster_info(source: Union[str, "os.PathLike[str]", gdal.Dataset]) -> RasterInfo:
    dataset = open_raster(source) if isinstance(source, (str, os.PathLike)) else source
    bands = [dataset.GetRasterBand(i + 1) for i in range(dataset.RasterCount)]
    return RasterInfo(
        path=dataset.GetDescription(),
        width=dataset.RasterXSize,
        height=dataset.RasterYSize,
        band_count=dataset.RasterCount,
        geotransform=tuple(dataset.GetGeoTransform(can_return_null=True) or (0, 1, 0, 0, 0, -1)),
        projection=dataset.GetProjection() or "",
        nodata=tuple(b.GetNoDataValue() for b in bands),
        data_types=tuple(gdal.GetDataTypeName(b.DataType) for b in bands),
        descriptions=tuple(b.GetDescription() or "" for b in bands),
        metadata=dict(dataset.GetMetadata() or {}),
        scales=tuple(b.GetScale() for b in bands),
        offsets=tuple(b.GetOffset() for b in bands),
        files=tuple(dataset.GetFileList() or ()),
    )


def windows(width: int, height: int, max_pixels: int = WINDOW_PIXELS, row_multiple: int = OUTPUT_BLOCK) -> List[Window]:
    """Full-width strips whose height is a multiple of the output tile height."""
    rows = max(row_multiple, (max_pixels // max(width, 1)) // row_multiple * row_multiple)
    return [Window(0, y, width, min(rows, height - y)) for y in range(0, height, rows)]


def expand_window(window: Window, halo: int, width: int, height: int) -> Tuple[Window, Tuple[slice, slice]]:
    """``window`` grown by ``halo`` pixels on every side, clipped to the raster, and the (rows, cols) slices
    that cut ``window`` back out of an array read over the grown one: filters that look at neighbours read
    the grown window so their result does not depend on where the windows split the raster."""
    x0, y0 = max(window.x - halo, 0), max(window.y - halo, 0)
    x1, y1 = min(window.x + window.width + halo, width), min(window.y + window.height + halo, height)
    inner = (slice(window.y - y0, window.y - y0 + window.height), slice(window.x - x0, window.x - x0 + window.width))
    return Window(x0, y0, x1 - x0, y1 - y0), inner


def release_blocks(*readers_or_writers: Any) -> None:
    """Write the finished blocks of writers and drop the blocks readers have cached.

    GDAL's block cache keeps every block it has seen up to GDAL_CACHEMAX (5 % of RAM by default), so
    without this a run's memory grows with the scene up to that limit. Call it after each window.
    """
    for item in readers_or_writers:
        if isinstance(item, RasterWriter):
            item.flush()
            continue
        dataset = getattr(item, "dataset", item)
        if dataset is not None:
            dataset.FlushCache()


def input_block_rows(dataset: gdal.Dataset, band_indices: Sequence[int]) -> int:
    """The block height of ``dataset``'s bands (for a VRT, the largest of its source files'): windows that end
    on a multiple of it decode no block twice when the block cache is flushed between them."""
    heights = []
    if dataset.GetDriver().ShortName == "VRT":  # its own blocks cost nothing to decode
        for path in (dataset.GetFileList() or [])[1:]:
            try:
                source = gdal.OpenEx(path, gdal.OF_RASTER)
            except RuntimeError:  # a sidecar file (.aux.xml, .ovr), or a source GDAL opens only through the VRT
                continue
            if source is not None:
                heights += [source.GetRasterBand(b + 1).GetBlockSize()[1] for b in range(source.RasterCount)]
    if not heights:
        heights = [dataset.GetRasterBand(i).GetBlockSize()[1] for i in band_indices]
    return max(heights + [1])


def _stored_nodata(nodata: float, dtype: np.dtype) -> Any:
    """``nodata`` as a value of an integer band type (up to 32 bits) where it is one: the comparison then
    finds the same pixels as with the float, without converting each pixel to a float first (6x faster)."""
    if dtype.kind in "iu" and dtype.itemsize <= 4 and float(nodata).is_integer():
        limits = np.iinfo(dtype)
        if limits.min <= nodata <= limits.max:
            return dtype.type(nodata)
    return nodata


class BandReader:
    """Reads chosen bands window by window as float32 reflectance with a validity mask.

    A pixel is valid when no chosen band is nodata (or non-finite). ``scaling`` is a core.sensors.bands.Scaling.
    """

    def __init__(self, path: Union[str, "os.PathLike[str]"], band_indices: Iterable[int], scaling: Any = None,
                 nodata: Optional[float] = None) -> None:
        self.dataset = open_raster(path)
        self.info = raster_info(self.dataset)
        self.band_indices = list(band_indices)
        for index in self.band_indices:
            if not 1 <= index <= self.info.band_count:
                raise InputError(translate("GlacierMapperCore", "Band {index} does not exist: '{path}' has "
                                           "{band_count} band(s).").format(
                                           index=index, path=path, band_count=self.info.band_count))
        self.scaling = scaling
        self.nodata = [self.info.nodata[i - 1] if nodata is None else nodata for i in self.band_indices]

    def read(self, window: Window, raw: bool = False) -> Tuple[np.ndarray, np.ndarray]:
        """Returns (data[n, h, w] float32, valid[h, w] bool). ``raw`` skips the reflectance scaling."""
        return self.reflectance(self.read_stored(window), raw=raw)

    def read_stored(self, window: Window) -> List[np.ndarray]:
        """The chosen bands of ``window`` in their stored type: GDAL's part of ``read`` (it releases the GIL)."""
        return [self.dataset.GetRasterBand(index).ReadAsArray(window.x, window.y, window.width, window.height)
                for index in self.band_indices]

    def reflectance(self, stored: Sequence[np.ndarray], rows: slice = slice(None), raw: bool = False,
                    data_out: Optional[np.ndarray] = None, valid_out: Optional[np.ndarray] = None
                    ) -> Tuple[np.ndarray, np.ndarray]:
        """``read``'s result for ``rows`` of arrays from ``read_stored``: numpy's part of ``read``, which a
        caller may run in its computing thread a cache-sized chunk of rows at a time. ``data_out`` [n, h, w]
        float32 and ``valid_out`` [h, w] bool: arrays (or views) to fill instead of new ones."""
        shape = stored[0][rows].shape
        data = np.empty((len(stored),) + shape, dtype=np.float32) if data_out is None else data_out
        if valid_out is None:
            valid = np.ones(shape, dtype=bool)
        else:
            valid = valid_out
            valid[...] = True
        for k, (index, nodata) in enumerate(zip(self.band_indices, self.nodata)):
            values = stored[k][rows]
            if nodata is not None:
                valid &= values != _stored_nodata(nodata, values.dtype)
            out = data[k]
            out[...] = values
            if values.dtype.kind == "f":
                valid &= np.isfinite(out)
            if self.scaling is not None and not raw:
                scale, offset = self.scaling.for_band(index)
                if scale != 1.0:
                    out *= np.float32(scale)
                if offset != 0.0:
                    out += np.float32(offset)
        return data, valid

    def close(self) -> None:
        self.dataset = None


def check_writable(path: Union[str, "os.PathLike[str]"]) -> None:
    folder = os.path.dirname(os.path.abspath(path)) or "."
    if not os.path.isdir(folder):
        raise OutputError(translate("GlacierMapperCore", "The output folder '{folder}' does not exist. Create it or "
                                    "choose another output path.").format(folder=folder))
    if os.path.isdir(path):
        raise OutputError(translate("GlacierMapperCore", "The output path '{path}' is a folder. Give a file name "
                                    "ending in .tif.").format(path=path))
    try:  # a real probe: permission bits say nothing for root, and nothing about read-only mounts
        handle, probe = tempfile.mkstemp(prefix=".glaciermapper-probe-", dir=folder)
        os.close(handle)
        os.remove(probe)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot write to the folder '{folder}' ({strerror}). Choose a "
                                    "folder you can write to.").format(
                                    folder=folder, strerror=error.strerror)) from None


class RasterWriter:
    """A tiled, compressed GeoTIFF written block by block into a temporary file, moved into place on commit."""

    def __init__(self, path: Union[str, "os.PathLike[str]"], like: Grid, band_count: int = 1,
                 data_type: str = "Float32", nodata: Optional[float] = None,
                 descriptions: Optional[Sequence[str]] = None, metadata: Optional[Dict[str, Any]] = None,
                 options: Sequence[str] = GTIFF_OPTIONS) -> None:
        path = os.fspath(path)
        check_writable(path)
        self.path = path
        self.temp_path = atomic.partial_path(path, ".tif")
        try:
            self.dataset = gdal.GetDriverByName("GTiff").Create(
                self.temp_path, like.width, like.height, band_count, gdal.GetDataTypeByName(data_type), list(options))
        except RuntimeError as error:
            atomic.discard(self.temp_path)
            raise OutputError(translate("GlacierMapperCore", "Cannot create '{path}': {reason}. Choose "
                                        "another output path.").format(
                                        path=path, reason=atomic.describe_os_error(error, path))) from None
        self.dataset.SetGeoTransform(like.geotransform)
        if like.projection:
            self.dataset.SetProjection(like.projection)
        for i in range(band_count):
            band = self.dataset.GetRasterBand(i + 1)
            if nodata is not None:
                band.SetNoDataValue(nodata)
            if descriptions:
                band.SetDescription(descriptions[i])
        if metadata:
            self.set_metadata(metadata)

    def set_metadata(self, metadata: Dict[str, Any]) -> None:
        current = dict(self.dataset.GetMetadata() or {})
        current.update({str(k): str(v) for k, v in metadata.items()})
        self.dataset.SetMetadata(current)

    def write(self, window: Window, array: np.ndarray, band: int = 1) -> None:
        try:
            self.dataset.GetRasterBand(band).WriteArray(np.ascontiguousarray(array), window.x, window.y)
        except RuntimeError as error:  # GDAL writes evicted blocks here: a full disk shows first in a write
            raise self._failure(error) from None

    def flush(self) -> None:
        """Write the finished blocks to disk (and out of GDAL's cache)."""
        try:
            self.dataset.FlushCache()
        except RuntimeError as error:
            raise self._failure(error) from None

    def _failure(self, error: Any) -> OutputError:
        return OutputError(translate("GlacierMapperCore", "Cannot write '{path}': {reason}. Nothing was "
                                     "written there; an earlier file at that path is unchanged.").format(
                                     path=self.path, reason=atomic.describe_os_error(error, self.path)))

    def _close(self) -> List[str]:
        """Close the dataset; the errors GDAL reports while closing (it raises none then), as messages."""
        failures: List[str] = []

        def collect(level, number, message):
            if level >= gdal.CE_Failure:
                failures.append(message)
        def unraisable(report):  # GDAL raises them from the dataset's destructor too; collected above
            if not isinstance(report.exc_value, RuntimeError):
                previous(report)
        previous = sys.unraisablehook
        gdal.PushErrorHandler(collect)
        sys.unraisablehook = unraisable
        try:
            self.dataset = None
        finally:
            sys.unraisablehook = previous
            gdal.PopErrorHandler()
        return failures

    def commit(self) -> None:
        """Close the file and move it into place over any previous output."""
        try:
            self.dataset.FlushCache()
        except RuntimeError as error:
            self.abort()
            raise self._failure(error) from None
        failures = self._close()
        if failures:
            self.abort()
            raise self._failure(RuntimeError(failures[0]))
        try:
            atomic.commit(self.temp_path, self.path)
            # a stale sidecar from an earlier run would override the new metadata
            atomic.discard(self.path + ".aux.xml")
        except OSError as error:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot move the finished output into place at '{path}': "
                                        "{error}.").format(path=self.path, error=error)) from None

    def abort(self) -> None:
        self._close()  # a failed file has nothing more to say: it is removed
        atomic.discard(self.temp_path, self.temp_path + ".aux.xml")
