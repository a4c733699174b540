"""Per-polygon statistics of rasters (elevation, slope, aspect, probability), computed window by window.

The polygons are burned, one strip of rows at a time, into an in-memory Int32 strip of polygon ids on
the grid of the mask (pixel centres inside a polygon count; GDAL's rasterizer), next to the same strip of
the DEM and probability rasters. Sums, counts, minima and maxima are accumulated per id, so memory
holds one strip plus a few numbers per polygon, never the scene.

Medians are exact for the elevations rounded to the nearest metre: per-polygon histograms with 1 m bins
kept sparse (only the bins that occur), so their size follows the polygons' elevation ranges, not the
number of pixels. Slope and aspect follow Horn (1981), as gdaldem does, on the DEM resampled to the mask
grid, with pixel sizes in metres (on the ellipsoid at each row's latitude in a lon/lat grid); pixels on
the DEM's edge or next to its nodata have none. The mean aspect is the circular mean of the pixel aspects
(flat pixels excluded), in degrees clockwise from north.
"""
from typing import Dict, Optional

import numpy as np
from numpy.typing import ArrayLike
from osgeo import gdal, ogr

from ..callbacks import Steps
from ..geo.dem_grid import horn_slope_aspect, raster_on_grid  # noqa: F401 (raster_on_grid: used from here too)
from ..geo.geodesy import Measurer, spatial_reference
from ..io.raster import BandReader, RasterInfo, Window, windows
from ..optional import optional_module
from ..paths import PathArg

shapely = optional_module("shapely")  # only the outline algorithms need it

gdal.UseExceptions()
ogr.UseExceptions()

# Sparse elevation histogram keys: polygon id * HISTOGRAM_BINS + (metres - HISTOGRAM_FLOOR).
HISTOGRAM_FLOOR = -2000
HISTOGRAM_BINS = 16384
# Merge the per-window histograms when they hold this many (key, count) pairs.
HISTOGRAM_MERGE = 4_000_000


class _Accumulator:
    """Per-id sums, extremes and sparse elevation histograms; index 0 is the background."""

    def __init__(self, count):
        size = count + 1
        self.z_count = np.zeros(size, np.int64)
        self.z_sum = np.zeros(size)
        self.z_min = np.full(size, np.inf)
        self.z_max = np.full(size, -np.inf)
        self.slope_count = np.zeros(size, np.int64)
        self.slope_sum = np.zeros(size)
        self.aspect_sin = np.zeros(size)
        self.aspect_cos = np.zeros(size)
        self.prob_count = np.zeros(size, np.int64)
        self.prob_sum = np.zeros(size)
        self.size = size
        self.keys, self.counts, self.pending = [], [], 0

    def add_elevation(self, ids, z):
        if ids.size == 0:
            return
        self.z_count += np.bincount(ids, minlength=self.size)
        self.z_sum += np.bincount(ids, weights=z, minlength=self.size)
        bins = np.clip(np.rint(z), HISTOGRAM_FLOOR, HISTOGRAM_FLOOR + HISTOGRAM_BINS - 1).astype(np.int64)
        key = ids.astype(np.int64) * HISTOGRAM_BINS + (bins - HISTOGRAM_FLOOR)
        order = np.argsort(key)
        key, z_sorted, id_sorted = key[order], z[order], ids[order]
        id_start = np.flatnonzero(np.r_[True, id_sorted[1:] != id_sorted[:-1]])
        present = id_sorted[id_start]
        self.z_min[present] = np.minimum(self.z_min[present], np.minimum.reduceat(z_sorted, id_start))
        self.z_max[present] = np.maximum(self.z_max[present], np.maximum.reduceat(z_sorted, id_start))
        key_start = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
        self.keys.append(key[key_start])
        self.counts.append(np.diff(np.r_[key_start, key.size]))
        self.pending += key_start.size
        if self.pending > HISTOGRAM_MERGE:
            self._merge()

    def _merge(self):
        if len(self.keys) > 1:
            keys, inverse = np.unique(np.concatenate(self.keys), return_inverse=True)
            counts = np.bincount(inverse, weights=np.concatenate(self.counts)).astype(np.int64)
            self.keys, self.counts = [keys], [counts]
        self.pending = self.keys[0].size if self.keys else 0

    def add_terrain(self, ids, slope, aspect_sin, aspect_cos):
        self.slope_count += np.bincount(ids, minlength=self.size)
        self.slope_sum += np.bincount(ids, weights=slope, minlength=self.size)
        self.aspect_sin += np.bincount(ids, weights=aspect_sin, minlength=self.size)
        self.aspect_cos += np.bincount(ids, weights=aspect_cos, minlength=self.size)

    def add_probability(self, ids, values):
        self.prob_count += np.bincount(ids, minlength=self.size)
        self.prob_sum += np.bincount(ids, weights=values, minlength=self.size)

    def medians(self):
        out = np.full(self.size, np.nan)
        self._merge()
        if not self.keys:
            return out
        keys, counts = self.keys[0], self.counts[0]
        cumulative = np.cumsum(counts)
        before = np.r_[0, np.cumsum(self.z_count)[:-1]]
        has = self.z_count > 0
        values = (keys % HISTOGRAM_BINS + HISTOGRAM_FLOOR).astype(float)
        low = np.searchsorted(cumulative, before[has] + (self.z_count[has] - 1) // 2, side="right")
        high = np.searchsorted(cumulative, before[has] + self.z_count[has] // 2, side="right")
        out[has] = (values[low] + values[high]) / 2.0
        return out

    def results(self):
        with np.errstate(invalid="ignore", divide="ignore"):
            has_z = self.z_count > 0
            aspect = np.degrees(np.arctan2(self.aspect_sin, self.aspect_cos)) % 360.0
            return {
                "zmin_m": np.where(has_z, self.z_min, np.nan),
                "zmax_m": np.where(has_z, self.z_max, np.nan),
                # The median of metre bins can round past the exact extremes of a flat polygon (a lake, or ice
                # over one): kept within them.
                "zmed_m": np.clip(self.medians(), self.z_min, self.z_max),
                "zmean_m": np.where(has_z, self.z_sum / self.z_count, np.nan),
                "slope_deg": np.where(self.slope_count > 0, self.slope_sum / self.slope_count, np.nan),
                "aspect_deg": np.where((self.aspect_sin != 0) | (self.aspect_cos != 0), aspect, np.nan),
                "mean_prob": np.where(self.prob_count > 0, self.prob_sum / self.prob_count, np.nan),
            }


class ZonalStatistics:
    """Statistics of ``geometries`` (shapely, in the CRS of the grid ``like``) over rasters on that grid.

    ``dem_path`` and ``probability_path`` must already lie on the grid (see raster_on_grid); ``measurer``
    (geodesy.Measurer of the grid's CRS) gives pixel sizes in metres for slopes.
    """

    def __init__(self, geometries: ArrayLike, like: RasterInfo, measurer: Measurer, dem_path: Optional[PathArg] = None,
                 probability_path: Optional[PathArg] = None) -> None:
        self.geometries = np.asarray(geometries, dtype=object)
        self.like = like
        self.measurer = measurer
        self.dem = BandReader(dem_path, [1]) if dem_path else None
        self.probability = BandReader(probability_path, [1]) if probability_path else None

    def _id_layer(self):
        source = ogr.GetDriverByName("Memory").CreateDataSource("outline_ids")
        layer = source.CreateLayer("ids", spatial_reference(self.like.projection), ogr.wkbUnknown)
        layer.CreateField(ogr.FieldDefn("id", ogr.OFTInteger))
        definition = layer.GetLayerDefn()
        for index, wkb in enumerate(shapely.to_wkb(self.geometries)):
            feature = ogr.Feature(definition)
            feature.SetField(0, index + 1)
            feature.SetGeometry(ogr.CreateGeometryFromWkb(wkb))
            layer.CreateFeature(feature)
        return source, layer

    def _ids(self, layer, window):
        x0, dx, rx, y0, ry, dy = self.like.geotransform
        left, top = x0 + window.x * dx + window.y * rx, y0 + window.x * ry + window.y * dy
        strip = gdal.GetDriverByName("MEM").Create("", window.width, window.height, 1, gdal.GDT_Int32)
        strip.SetGeoTransform((left, dx, rx, top, ry, dy))
        xs = (left, left + window.width * dx + window.height * rx)
        ys = (top, top + window.width * ry + window.height * dy)
        layer.SetSpatialFilterRect(min(xs), min(ys), max(xs), max(ys))
        gdal.RasterizeLayer(strip, [1], layer, options=["ATTRIBUTE=id"])
        return strip.GetRasterBand(1).ReadAsArray()

    def _pixel_size_m(self, window):
        """(dx, dy) in metres: scalars in a projected grid, per row in a lon/lat grid."""
        px, py = self.like.pixel_size
        m = self.measurer
        if not m.geographic:
            return px * m.linear_unit, py * m.linear_unit
        x0, _, _, y0, _, dy = self.like.geotransform
        latitude = (y0 + dy * (window.y + np.arange(window.height) + 0.5)) * m.angular_unit
        meridional, prime = m.ellipsoid.radii(latitude)
        return (prime * np.cos(latitude) * px * m.angular_unit).astype(np.float32), \
            (meridional * py * m.angular_unit).astype(np.float32)

    def _dem_with_halo(self, window):
        """Elevations of the window with one row/column of neighbours all round (NaN beyond the raster)."""
        top = max(window.y - 1, 0)
        bottom = min(window.y + window.height + 1, self.like.height)
        data, valid = self.dem.read(Window(0, top, self.like.width, bottom - top))
        z = np.full((window.height + 2, self.like.width + 2), np.nan, dtype=np.float32)
        values = np.where(valid, data[0], np.nan)
        start = 1 - (window.y - top)
        z[start:start + (bottom - top), 1:-1] = values
        return z

    def compute(self, steps: Optional[Steps] = None) -> Dict[str, np.ndarray]:
        """{statistic: float array (one per geometry; NaN where no pixel)} for the rasters given."""
        count = len(self.geometries)
        accumulator = _Accumulator(count)
        if count and (self.dem or self.probability):
            source, layer = self._id_layer()
            for window in windows(self.like.width, self.like.height):
                ids = self._ids(layer, window)
                inside = ids > 0
                if inside.any():
                    if self.dem:
                        self._add_dem(accumulator, window, ids, inside)
                    if self.probability:
                        data, valid = self.probability.read(window)
                        use = inside & valid
                        accumulator.add_probability(ids[use], data[0][use].astype(np.float64))
                if steps:
                    steps.advance()
            del source
        results = accumulator.results()
        return {name: values[1:] for name, values in results.items()}

    def _add_dem(self, accumulator, window, ids, inside):
        z = self._dem_with_halo(window)
        rows, cols = np.nonzero(inside)
        cell_ids = ids[rows, cols]
        centre = z[rows + 1, cols + 1]
        known = np.isfinite(centre)
        accumulator.add_elevation(cell_ids[known], centre[known].astype(np.float64))
        dx, dy = self._pixel_size_m(window)
        if np.ndim(dx):
            dx, dy = dx[rows], dy[rows]
        with np.errstate(invalid="ignore"):
            slope, aspect = horn_slope_aspect(z, rows, cols, dx, dy)
        known = np.isfinite(slope)
        slope, aspect, cell_ids = slope[known].astype(np.float64), np.radians(aspect[known].astype(np.float64)), \
            cell_ids[known]
        flat = slope == 0  # no aspect
        accumulator.add_terrain(cell_ids, slope, np.where(flat, 0.0, np.sin(aspect)),
                                np.where(flat, 0.0, np.cos(aspect)))

    def window_count(self) -> int:
        return len(windows(self.like.width, self.like.height))

    def close(self) -> None:
        for reader in (self.dem, self.probability):
            if reader:
                reader.close()
