"""Real terrain for the sample scene: a DEM and glacier outlines (e.g. SRTM and RGI) the user names.

The scene's grid is centred on the DEM, in the UTM zone of its centre unless the spec gives another projected
CRS, at the spec's pixel size. Elevation is the DEM sampled bilinearly at each pixel's centre (each centre
transformed exactly, so a pixel gets the same value in any block), glaciers are the outlines rasterised by
pixel centre, and proglacial lakes fill level basins (lakes.py) on flat ground just off the ice near each
glacier's lowest point. Only the two files named are read, window by window.
"""
import math
import os
from dataclasses import dataclass
from typing import Optional, Tuple

import numpy as np
from osgeo import gdal, ogr, osr

from ..errors import InputError
from ..messages import translate
from .lakes import basins, flatten

TERMINUS_ZONE_M = 150.0  # basins are centred this close to the ice, or closer
TERMINUS_RISE_M = 200.0  # and at most this far above the glacier's lowest point
FLAT_SLOPE_DEG = 10.0  # on ground no steeper than this
CHUNK_PIXELS = 2 ** 18  # pixels sampled at once: bounds the transformed coordinates held


@dataclass(frozen=True)
class RealTerrain:
    """A real DEM and glacier outlines (any GDAL raster and OGR vector) for generate_scene(terrain=...)."""
    dem_path: str
    outlines_path: str


def _gis_order(srs: osr.SpatialReference) -> osr.SpatialReference:
    srs = srs.Clone()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


def _open_dem(path):
    try:
        dataset = gdal.OpenEx(os.fspath(path), gdal.OF_RASTER | gdal.OF_READONLY)
    except RuntimeError:
        dataset = None
    if dataset is None:
        raise InputError(translate("GlacierMapperCore", "The real DEM '{path}' cannot be opened as a raster. Give a "
                                   "GeoTIFF (or any GDAL raster) of elevation in metres.").format(path=path))
    if not dataset.GetProjection():
        raise InputError(translate("GlacierMapperCore", "The real DEM '{path}' has no coordinate reference system. "
                                   "Give a georeferenced DEM.").format(path=path))
    return dataset


def utm_epsg(terrain: RealTerrain) -> int:
    """EPSG code of the UTM zone (WGS 84) of the DEM's centre."""
    dataset = _open_dem(terrain.dem_path)
    gt = dataset.GetGeoTransform()
    x = gt[0] + gt[1] * dataset.RasterXSize / 2 + gt[2] * dataset.RasterYSize / 2
    y = gt[3] + gt[4] * dataset.RasterXSize / 2 + gt[5] * dataset.RasterYSize / 2
    geographic = osr.SpatialReference()
    geographic.ImportFromEPSG(4326)
    to_geographic = osr.CoordinateTransformation(_gis_order(osr.SpatialReference(wkt=dataset.GetProjection())),
                                                 _gis_order(geographic))
    lon, lat, _ = to_geographic.TransformPoint(x, y)
    zone = min(60, int((lon + 180.0) // 6.0) + 1)
    return (32600 if lat >= 0 else 32700) + zone


class RealSource:
    """The opened DEM and outlines on the scene's grid; sample() and rasterise() serve any block."""

    def __init__(self, terrain: RealTerrain, scene_srs: osr.SpatialReference, pixel_size: float, width: int,
                 height: int):
        self.dem = _open_dem(terrain.dem_path)
        band = self.dem.GetRasterBand(1)
        self.nodata = band.GetNoDataValue()
        low, high = band.ComputeRasterMinMax(False)  # exact, block by block, and nothing written beside the file
        self.low, self.high = float(low), float(high)
        self.dem_gt = self.dem.GetGeoTransform()
        if self.dem_gt[2] or self.dem_gt[4]:
            raise InputError(translate("GlacierMapperCore", "The real DEM '{path}' is rotated in its CRS: warp it to a "
                                       "north-up grid.").format(path=terrain.dem_path))
        self.pixel_size = float(pixel_size)
        dem_srs = _gis_order(osr.SpatialReference(wkt=self.dem.GetProjection()))
        scene_srs = _gis_order(scene_srs)
        self.to_dem = osr.CoordinateTransformation(scene_srs, dem_srs)
        to_scene = osr.CoordinateTransformation(dem_srs, scene_srs)
        cx = self.dem_gt[0] + self.dem_gt[1] * self.dem.RasterXSize / 2
        cy = self.dem_gt[3] + self.dem_gt[5] * self.dem.RasterYSize / 2
        x, y, _ = to_scene.TransformPoint(cx, cy)
        # Origin on whole pixels of the scene's CRS, the scene centred on the DEM.
        self.x0 = round(x / pixel_size) * pixel_size - round(width / 2) * pixel_size
        self.y0 = round(y / pixel_size) * pixel_size + round(height / 2) * pixel_size
        self._check_fits(terrain, width, height)
        self.scene_srs = scene_srs
        self.outlines = self._load_outlines(terrain.outlines_path, scene_srs)

    @property
    def geotransform(self) -> Tuple[float, ...]:
        return (self.x0, self.pixel_size, 0.0, self.y0, 0.0, -self.pixel_size)

    def _check_fits(self, terrain, width, height):
        edge_cols = np.array([0, width / 2, width, width, width, width / 2, 0, 0]) - 0.5
        edge_rows = np.array([0, 0, 0, height / 2, height, height, height, height / 2]) - 0.5
        u, v = self._dem_pixel(edge_cols, edge_rows)
        if u.min() < 0 or v.min() < 0 or u.max() > self.dem.RasterXSize - 1 or v.max() > self.dem.RasterYSize - 1:
            span = (self.dem.RasterXSize * abs(self.dem_gt[1]), self.dem.RasterYSize * abs(self.dem_gt[5]))
            raise InputError(translate(
                "GlacierMapperCore", "A scene of {width} x {height} pixels of {pixel_size:g} m does not fit on the "
                "real DEM '{path}' ({dem_width} x {dem_height} pixels of {cell_x:g} x {cell_y:g} CRS units). Give a "
                "smaller width and height, or a smaller pixel size.").format(
                width=width, height=height, pixel_size=self.pixel_size, path=terrain.dem_path,
                dem_width=self.dem.RasterXSize, dem_height=self.dem.RasterYSize,
                cell_x=span[0] / self.dem.RasterXSize, cell_y=span[1] / self.dem.RasterYSize))

    def _dem_pixel(self, cols, rows):
        """Fractional DEM pixel (from the first pixel's centre) of scene pixel positions (flat arrays)."""
        points = np.column_stack([self.x0 + (np.asarray(cols, np.float64) + 0.5) * self.pixel_size,
                                  self.y0 - (np.asarray(rows, np.float64) + 0.5) * self.pixel_size])
        moved = np.asarray(self.to_dem.TransformPoints(points), np.float64)
        u = (moved[:, 0] - self.dem_gt[0]) / self.dem_gt[1] - 0.5
        v = (moved[:, 1] - self.dem_gt[3]) / self.dem_gt[5] - 0.5
        return u, v

    def sample_points(self, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Elevation (float32) at scene pixels (cols[i], rows[i]): bilinear, clamped to the DEM's edge pixels;
        voids read as the DEM's lowest elevation."""
        cols, rows = np.asarray(cols).ravel(), np.asarray(rows).ravel()
        out = np.empty(len(cols), np.float32)
        for start in range(0, len(cols), CHUNK_PIXELS):
            part = slice(start, start + CHUNK_PIXELS)
            u, v = self._dem_pixel(cols[part], rows[part])
            np.clip(u, 0.0, self.dem.RasterXSize - 1.0, out=u)
            np.clip(v, 0.0, self.dem.RasterYSize - 1.0, out=v)
            iu = np.minimum(np.floor(u).astype(np.int64), self.dem.RasterXSize - 2)
            iv = np.minimum(np.floor(v).astype(np.int64), self.dem.RasterYSize - 2)
            x_off, y_off = int(iu.min()), int(iv.min())
            window = self.dem.GetRasterBand(1).ReadAsArray(x_off, y_off, int(iu.max()) - x_off + 2,
                                                           int(iv.max()) - y_off + 2).astype(np.float64)
            if self.nodata is not None:
                window[window == self.nodata] = self.low
            fu, fv = u - iu, v - iv
            a, b = iv - y_off, iu - x_off
            top = window[a, b] * (1 - fu) + window[a, b + 1] * fu
            bottom = window[a + 1, b] * (1 - fu) + window[a + 1, b + 1] * fu
            out[part] = top * (1 - fv) + bottom * fv
        return out

    def sample(self, cols: np.ndarray, rows: np.ndarray) -> np.ndarray:
        """Elevation on the grid rows x cols (arrays [rows, cols], float32)."""
        grid_cols, grid_rows = np.meshgrid(np.asarray(cols), np.asarray(rows))
        return self.sample_points(grid_cols, grid_rows).reshape(len(rows), len(cols))

    def _load_outlines(self, path, scene_srs):
        """The outlines in the scene's CRS, in memory, each with the elevation of its lowest vertex."""
        try:
            source = ogr.Open(os.fspath(path))
        except RuntimeError:
            source = None
        if source is None or source.GetLayerCount() < 1:
            raise InputError(translate("GlacierMapperCore", "The glacier outlines '{path}' cannot be opened as a "
                                       "vector layer. Give a shapefile or GeoPackage of glacier polygons (e.g. "
                                       "RGI).").format(path=path))
        layer = source.GetLayer(0)
        layer_srs = layer.GetSpatialRef()
        if layer_srs is None:
            raise InputError(translate("GlacierMapperCore", "The glacier outlines '{path}' have no coordinate "
                                       "reference system.").format(path=path))
        transform = osr.CoordinateTransformation(_gis_order(layer_srs), scene_srs)
        polygons = []
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            geometry = geometry.Clone()
            geometry.Transform(transform)
            polygons.append(geometry)
        if not polygons:
            raise InputError(translate("GlacierMapperCore", "The glacier outlines '{path}' hold no "
                                       "polygons.").format(path=path))
        memory = ogr.GetDriverByName("Memory").CreateDataSource("outlines")
        ice = memory.CreateLayer("ice", srs=scene_srs, geom_type=ogr.wkbMultiPolygon)
        zone = memory.CreateLayer("zone", srs=scene_srs, geom_type=ogr.wkbMultiPolygon)
        zone.CreateField(ogr.FieldDefn("zmin", ogr.OFTReal))
        lowest = []
        for geometry in polygons:
            xs, ys = _vertices(geometry)
            cols = (xs - self.x0) / self.pixel_size - 0.5
            rows = (self.y0 - ys) / self.pixel_size - 0.5
            lowest.append(float(self.sample_points(np.round(cols), np.round(rows)).min()))
        # Highest first, so where zones overlap the lowest glacier's burns last and wins.
        for z, geometry in sorted(zip(lowest, polygons), key=lambda item: -item[0]):
            feature = ogr.Feature(ice.GetLayerDefn())
            feature.SetGeometry(geometry)
            ice.CreateFeature(feature)
            feature = ogr.Feature(zone.GetLayerDefn())
            feature.SetGeometry(geometry.Buffer(TERMINUS_ZONE_M, 8))
            feature.SetField("zmin", z)
            zone.CreateFeature(feature)
        self._memory = memory
        return memory

    def rasterise(self, first_col: int, first_row: int, width: int, height: int, step: int = 1
                  ) -> Tuple[np.ndarray, np.ndarray]:
        """(glacier mask, lowest elevation of the glacier whose terminus zone holds the pixel, NaN off the
        zones) on pixels first_col + step*i, first_row + step*j, by pixel centre."""
        size = self.pixel_size * step
        gt = (self.x0 + (first_col + 0.5) * self.pixel_size - size / 2, size, 0.0,
              self.y0 - (first_row + 0.5) * self.pixel_size + size / 2, 0.0, -size)
        driver = gdal.GetDriverByName("MEM")
        ice = driver.Create("", width, height, 1, gdal.GDT_Byte)
        zone = driver.Create("", width, height, 1, gdal.GDT_Float32)
        for dataset in (ice, zone):
            dataset.SetGeoTransform(gt)
            dataset.SetProjection(self.scene_srs.ExportToWkt())
        zone.GetRasterBand(1).Fill(np.nan)
        gdal.RasterizeLayer(ice, [1], self._memory.GetLayerByName("ice"), burn_values=[1])
        gdal.RasterizeLayer(zone, [1], self._memory.GetLayerByName("zone"), options=["ATTRIBUTE=zmin"])
        return ice.ReadAsArray().astype(bool), zone.ReadAsArray()


def _vertices(geometry):
    xs, ys = [], []
    if geometry.GetGeometryCount() == 0:
        points = geometry.GetPoints() or []
        xs.extend(p[0] for p in points)
        ys.extend(p[1] for p in points)
    for i in range(geometry.GetGeometryCount()):
        x, y = _vertices(geometry.GetGeometryRef(i))
        xs.extend(x)
        ys.extend(y)
    return np.asarray(xs, np.float64), np.asarray(ys, np.float64)


@dataclass
class RealGround:
    """Real terrain of a block (arrays [rows, cols]); index is the elevation, for the debris and snow lines."""
    elevation: np.ndarray
    glacier: np.ndarray
    basin_reach: np.ndarray


def real_ground(source: RealSource, cols: np.ndarray, rows: np.ndarray, seed: int) -> RealGround:
    """Elevation with its level lake basins, and the glacier mask, on the grid rows x cols (contiguous ranges)."""
    elevation = source.sample(cols, rows)
    glacier, _ = source.rasterise(int(cols[0]), int(rows[0]), len(cols), len(rows))

    def centre_terrain(centre_cols, centre_rows):
        grid_cols, grid_rows = np.meshgrid(centre_cols, centre_rows)
        level = source.sample_points(grid_cols, grid_rows).reshape(grid_cols.shape)
        slope = _slope(source, grid_cols, grid_rows)
        c0, r0 = int(centre_cols[0]), int(centre_rows[0])
        ice, zmin = source.rasterise(c0, r0, int(centre_cols[-1]) - c0 + 1, int(centre_rows[-1]) - r0 + 1)
        ice = ice[np.ix_(centre_rows - r0, centre_cols - c0)]
        zmin = zmin[np.ix_(centre_rows - r0, centre_cols - c0)]
        with np.errstate(invalid="ignore"):
            suitable = ~ice & (level <= zmin + np.float32(TERMINUS_RISE_M)) & (
                slope < np.float32(math.tan(math.radians(FLAT_SLOPE_DEG))))
        return level, suitable

    found, level, blend = basins(np.asarray(cols), np.asarray(rows), source.pixel_size, seed, centre_terrain)
    flatten(elevation, level, blend)
    return RealGround(elevation=elevation, glacier=glacier, basin_reach=found.reach)


def _slope(source, cols, rows):
    """tan(slope) at scene pixels from central differences of the DEM sampled one pixel around."""
    east = source.sample_points(cols + 1, rows) - source.sample_points(cols - 1, rows)
    north = source.sample_points(cols, rows - 1) - source.sample_points(cols, rows + 1)
    return (np.hypot(east, north) * np.float32(0.5 / source.pixel_size)).reshape(cols.shape)


def open_source(terrain: Optional[RealTerrain], scene_srs: osr.SpatialReference, pixel_size: float, width: int,
                height: int) -> Optional[RealSource]:
    """The opened real terrain of a spec, or None for the fractal terrain."""
    return None if terrain is None else RealSource(terrain, scene_srs, pixel_size, width, height)
