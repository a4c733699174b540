"""Terrain flags from a DEM: slope, self-shadow and cast shadow on generated terrain with known answers,
bounded memory, the sun position, and the real Athabasca DEM against its cast-shadow mask."""
import datetime
import math
import os
import tracemalloc

import numpy as np
import pytest
from helpers import read_raster, real_data, write_raster
from osgeo import gdal

from glacier_mapper.core.io.raster import raster_info
from glacier_mapper.core.spectral.terrain import (
    CAST_SHADOW,
    SELF_SHADOW,
    STEEP,
    TERRAIN_NODATA,
    TerrainOptions,
    solar_position,
    terrain_mask,
)

PIXEL = 30.0


def flags_of(dem, tmp_path, name="t.tif", window_rows=None, **options):
    path = write_raster(tmp_path / f"dem_{name}", dem[None].astype(np.float32), nodata=-9999.0)
    result = terrain_mask(path, raster_info(path), str(tmp_path / name), TerrainOptions(**options),
                          window_rows=window_rows)
    return result, read_raster(result.path)[0]


def cone(n=121, radius_px=30, height=900.0):
    y, x = np.indices((n, n))
    return np.clip(height - np.hypot(x - n // 2, y - n // 2) * PIXEL * height / (radius_px * PIXEL), 0, None)


def test_cone_shadow_areas_match_geometry(tmp_path):
    """A 45-degree cone (radius 900 m, height 900 m), sun from the south at 30 degrees: the apex's shadow
    falls L = H / tan(30) north of the centre; shadow (self + cast) covers R * sqrt(L^2 - R^2) in plan,
    self-shadow R^2 * acos(R / L) (the facets facing away by more than acos(tan(e) / tan(slope)))."""
    result, flags = flags_of(cone(), tmp_path, sun_azimuth=180.0, sun_elevation=30.0)
    radius, length = 900.0, 900.0 / math.tan(math.radians(30))
    total = radius * math.sqrt(length ** 2 - radius ** 2) / PIXEL ** 2  # 1,272.8 px
    self_shadow = radius ** 2 * math.acos(radius / length) / PIXEL ** 2  # 859.8 px
    shadow = (flags & (SELF_SHADOW | CAST_SHADOW)) > 0
    print(f"\ncone: shadow {shadow.sum()} px (geometry {total:.1f}), self-shadow "
          f"{((flags & SELF_SHADOW) > 0).sum()} px (geometry {self_shadow:.1f})")
    assert int(shadow.sum()) == 1271 and abs(shadow.sum() - total) < 0.01 * total
    assert int(((flags & SELF_SHADOW) > 0).sum()) == 835 and abs(835 - self_shadow) < 0.03 * self_shadow
    assert result.halo_pixels == math.ceil(900 / math.tan(math.radians(30)) / PIXEL) + 1  # 53
    assert not shadow[:60, :].any() or shadow[:58].sum() > 0  # the shadow lies north (up) of the centre
    assert shadow[61:, :].sum() == 0  # nothing south of the centre row is shadowed
    # the same flags with strips of 16 rows: the halo makes the result independent of the strips
    _, strips = flags_of(cone(), tmp_path, "strips.tif", sun_azimuth=180.0, sun_elevation=30.0, window_rows=16)
    assert np.array_equal(strips, flags)


def test_wall_casts_a_shadow_of_height_over_tan_elevation(tmp_path):
    dem = np.zeros((100, 40))
    dem[60:, :] = 300.0  # a 300 m step up to the south; sun from the south at 45 degrees
    _, flags = flags_of(dem, tmp_path, sun_azimuth=180.0, sun_elevation=45.0)
    cast = (flags & CAST_SHADOW) > 0
    # 300 m / tan(45) = 300 m: the cells whose centres lie less than 300 m (10 px) north of the top row
    # 60 (rows 51-59; row 50 sees the edge exactly on its ray), over the whole width
    assert np.array_equal(np.flatnonzero(cast[:, 20]), np.arange(51, 60))
    assert int(cast.sum()) == 9 * 40


def test_slope_limit_and_unknown_sun(tmp_path):
    y = np.indices((50, 50))[0]
    dem = y * PIXEL * math.tan(math.radians(20))  # a plane sloping 20 degrees, facing north
    result, flags = flags_of(dem, tmp_path, max_lake_slope_deg=10.0)
    interior = flags[1:-1, 1:-1]
    assert np.all(interior == STEEP) and result.steep_pixels == 48 * 48
    assert result.sun is None and "sun position is not known" in result.warnings[0]
    assert np.all(flags[0] == 0)  # no slope on the DEM's edge (no neighbours): not flagged
    _, gentle = flags_of(dem, tmp_path, "gentle.tif", max_lake_slope_deg=30.0)
    assert int((gentle[1:-1, 1:-1] & STEEP).sum()) == 0
    # facing north with the sun from the south at 15 degrees: self-shadowed (incidence < 0)
    _, low_sun = flags_of(dem, tmp_path, "low.tif", sun_azimuth=180.0, sun_elevation=15.0)
    assert np.all(low_sun[1:-1, 1:-1] & SELF_SHADOW)


def test_memory_follows_the_strip_and_halo_not_the_scene(tmp_path):
    peaks = []
    for rows in (256, 1024):
        dem = np.tile(cone(121)[:, :120], (rows // 121 + 1, 4))[:rows]
        path = write_raster(tmp_path / f"big{rows}.tif", dem[None].astype(np.float32), nodata=-9999.0)
        tracemalloc.start()
        terrain_mask(path, raster_info(path), str(tmp_path / f"big{rows}_t.tif"),
                     TerrainOptions(sun_azimuth=180.0, sun_elevation=30.0), window_rows=32)
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    print(f"\npeak traced memory: {peaks[0] / 1e6:.1f} MB (256 rows), {peaks[1] / 1e6:.1f} MB (1024 rows)")
    assert peaks[1] < 1.3 * peaks[0]


def test_solar_position_against_the_landsat_mtl():
    """LC80200392015216LGN00: 2015-08-04 16:19:22 UTC, scene centre 30.30 N, 87.01 W; the MTL gives
    azimuth 115.87, elevation 64.74."""
    azimuth, elevation = solar_position(datetime.datetime(2015, 8, 4, 16, 19, 22), 30.296, -87.012)
    assert azimuth == pytest.approx(115.87, abs=1.0) and elevation == pytest.approx(64.74, abs=0.5)


def test_athabasca_shadows_against_its_cast_shadow_mask(tmp_path):
    """The HLS files carry no sun angles: those of 2020-08-16 19:00 UTC at 52.2 N, 117.25 W (about the
    Landsat 8 overpass) are computed. athabasca_shadows.tif (SatRbedo, 0 = shadow) is the reference."""
    folder = real_data("athabasca_hls")
    dem = os.path.join(folder, "athabasca_dem.tif")
    azimuth, elevation = solar_position(datetime.datetime(2020, 8, 16, 19, 0), 52.2, -117.25)
    assert (round(azimuth, 1), round(elevation, 1)) == (159.6, 49.9)
    result = terrain_mask(dem, raster_info(dem), str(tmp_path / "terrain.tif"),
                          TerrainOptions(sun_azimuth=azimuth, sun_elevation=elevation))
    flags = read_raster(result.path)[0]
    reference = gdal.Open(os.path.join(folder, "athabasca_shadows.tif")).ReadAsArray() == 0
    known = flags != TERRAIN_NODATA
    ious = {}
    for name, bits in (("cast", CAST_SHADOW), ("cast or self", CAST_SHADOW | SELF_SHADOW)):
        ours = known & ((flags & bits) > 0)
        ious[name] = round(float((ours & reference).sum() / (ours | reference).sum()), 3)
    print(f"\nAthabasca: reference {reference.sum()} px in shadow, ours {result.cast_shadow_pixels} cast, "
          f"IoU {ious}")
    # measured: the reference marks 5,185 pixels, our sun 2,058 cast: the reference looks computed for a
    # lower sun (IoU peaks at 0.79 for elevation 40, azimuth 160)
    assert reference.sum() == 5185 and result.cast_shadow_pixels == 2058
    assert ious == {"cast": 0.391, "cast or self": 0.412}


def test_athabasca_lakes_and_glaciers_with_terrain(tmp_path):
    """The terrain flags as lake exclusions and glacier flags, on the real scene (HLS scaling)."""
    from helpers import stack_hls

    from glacier_mapper.core.sensors.bands import scaling_from_preset
    from glacier_mapper.core.sensors.scene import Scene
    from glacier_mapper.core.spectral.glacier_mask import GlacierMaskOptions, ndsi_glacier_mask
    from glacier_mapper.core.spectral.lake_mask import LakeMaskOptions, ndwi_lake_mask
    folder = real_data("athabasca_hls")
    scene = Scene.from_raster(stack_hls(folder, tmp_path / "hls.vrt"), scaling=scaling_from_preset("hls"))
    azimuth, elevation = solar_position(datetime.datetime(2020, 8, 16, 19, 0), 52.2, -117.25)
    terrain = terrain_mask(os.path.join(folder, "athabasca_dem.tif"), scene, str(tmp_path / "terrain.tif"),
                           TerrainOptions(sun_azimuth=azimuth, sun_elevation=elevation))
    lakes = ndwi_lake_mask(scene, tmp_path / "lakes.tif", options=LakeMaskOptions(terrain_mask_path=terrain.path))
    plain = ndwi_lake_mask(scene, tmp_path / "plain.tif")
    glaciers = ndsi_glacier_mask(scene, tmp_path / "glaciers.tif",
                                 options=GlacierMaskOptions(terrain_mask_path=terrain.path))
    print(f"\nAthabasca lakes: {plain.target_pixels} without terrain, {lakes.target_pixels} with; excluded "
          f"{lakes.excluded}; glacier pixels {glaciers.target_pixels}, in DEM shadow {glaciers.flagged}")
    # measured: most water-like pixels are on slopes or in DEM shadow (shadowed faces, mixed ice/rock
    # pixels on moraine slopes); the 310 left lie mostly along the flat glacier margins (mixed pixels, a
    # known failure) and at the toe
    assert (plain.target_pixels, lakes.target_pixels) == (1315, 310)
    assert lakes.excluded["steep"] == 19395 and lakes.excluded["terrain_shadow"] == 1178
    assert glaciers.flagged == {"terrain_shadow": 166}

