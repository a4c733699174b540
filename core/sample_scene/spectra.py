"""Surface reflectance of the sample scene's classes in Landsat 8/9 OLI bands B1-B7, and the class codes.

Spectral shapes follow well-known published spectra (USGS Spectral Library Version 7, Kokaly et al. 2017,
for rock, soil, vegetation and water; snow and glacier ice as in glacier albedo studies with Landsat 8,
e.g. Naegeli et al. 2017). Levels were then set so that the generated class means lie near the medians of
real labelled Landsat 8/9 surface-reflectance pixels of snow, shadowed snow, ice, rock and water
(glacier-snow-cover-mapping, Alaska and the western US, summer 2021): tests/unit/test_sample_scene.py
checks them against the 10th-90th percentiles of those pixels.
"""
BAND_NAMES = ("B1", "B2", "B3", "B4", "B5", "B6", "B7")
SWIR1 = 5  # zero-based position of B6: SWIR bands start here

# Codes of the class map (classes.tif). Shadow codes mark snow and ice in cast shadow or facing away from
# the sun; other surfaces keep their code in shadow. Cloud hides the ground class beneath it.
CLASS_CODES = {
    "nodata": 0,
    "snow": 1,  # sunlit snow: glacier accumulation areas and snow patches on rock
    "snow_shadow": 2,
    "ice": 3,  # sunlit bare glacier ice
    "ice_shadow": 4,
    "debris_ice": 5,  # debris-covered glacier ice
    "lake_clear": 6,
    "lake_turbid": 7,  # proglacial lake with suspended glacial flour
    "river": 8,
    "rock": 9,
    "vegetation": 10,
    "cloud": 11,
}
CLASS_LABELS = {
    "nodata": "No data", "snow": "Snow", "snow_shadow": "Snow in shadow", "ice": "Bare ice",
    "ice_shadow": "Ice in shadow", "debris_ice": "Debris-covered ice", "lake_clear": "Clear lake",
    "lake_turbid": "Turbid lake", "river": "River", "rock": "Rock", "vegetation": "Vegetation", "cloud": "Cloud",
}
CLASS_COLOURS = {
    "nodata": (0, 0, 0, 0), "snow": (245, 250, 255, 255), "snow_shadow": (150, 170, 215, 255),
    "ice": (150, 215, 235, 255), "ice_shadow": (80, 125, 170, 255), "debris_ice": (140, 110, 90, 255),
    "lake_clear": (20, 60, 160, 255), "lake_turbid": (60, 170, 190, 255), "river": (40, 110, 220, 255),
    "rock": (120, 115, 110, 255), "vegetation": (60, 140, 60, 255), "cloud": (255, 255, 255, 255),
}

# Reflectance of flat, sunlit surfaces, B1..B7.
SPECTRA = {
    "snow": (0.60, 0.63, 0.66, 0.67, 0.59, 0.030, 0.028),
    "ice": (0.31, 0.34, 0.37, 0.36, 0.23, 0.003, 0.006),
    "debris": (0.065, 0.088, 0.135, 0.155, 0.200, 0.250, 0.215),
    "rock": (0.072, 0.098, 0.155, 0.172, 0.225, 0.280, 0.240),
    "vegetation": (0.025, 0.040, 0.075, 0.050, 0.300, 0.160, 0.075),
    "lake_clear": (0.036, 0.058, 0.080, 0.040, 0.010, 0.005, 0.005),
    "lake_turbid": (0.048, 0.090, 0.165, 0.115, 0.026, 0.011, 0.010),
    "cloud": (0.62, 0.63, 0.64, 0.65, 0.66, 0.42, 0.28),
}
# Share of the irradiance on flat ground that is diffuse sky light (bluish, so larger at short wavelengths).
DIFFUSE = (0.30, 0.26, 0.21, 0.17, 0.12, 0.08, 0.06)
# Light that reaches shaded ground from the sunlit slopes around it, as a share of direct sunlight on flat
# ground: large in glacier cirques, which is why snow in shadow stays fairly bright.
TERRAIN_IRRADIANCE = 0.22
# Light scattered into a shaded pixel's view from its sunlit surroundings (adjacency), added as reflectance.
ADJACENCY = (0.008, 0.009, 0.010, 0.010, 0.012, 0.012, 0.010)
