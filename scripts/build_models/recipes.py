"""What the build makes: the generated scenes, the models, and their chip and trainer settings."""
from dataclasses import dataclass, field, replace
from typing import Optional

from core.sample_scene import Randomisation, acquisition_date

SENSOR_LABELS = {"landsat_oli": "Landsat 8/9 OLI", "sentinel2": "Sentinel-2 MSI L2A"}


@dataclass(frozen=True)
class SceneRecipe:
    """Arguments of core.sample_scene.generate_scene (flat, so a recipe survives asdict and back)."""
    seed: int
    size: int = 1024
    years_later: int = 0
    sun_azimuth: float = 135.0
    sun_elevation: float = 45.0
    randomised: bool = False  # core.sample_scene.Randomisation: labelled spectra, turbid water, deep shadows
    sensor: str = "landsat_oli"  # of a randomised scene
    atmosphere: bool = False  # TOA-like (path reflectance and transmittance drawn from the seed)
    pixel_size: float = 30.0
    nodata_border: int = 0
    mosaic: bool = False  # a spectral mosaic (core.sample_scene.mosaic): water by its spectrum, no terrain

    @property
    def key(self):
        key = f"seed{self.seed}_{acquisition_date(self.years_later).year}_{self.size}"
        if self.randomised:
            key += f"_{self.sensor}_{self.pixel_size:g}m" + ("_toa" if self.atmosphere else "")
        return key + ("_mosaic" if self.mosaic else "")

    def scene_arguments(self):
        """Keyword arguments of generate_scene."""
        randomise = (Randomisation(sensor=self.sensor, atmosphere=self.atmosphere, mosaic=self.mosaic)
                     if self.randomised else None)
        return dict(width=self.size, height=self.size, seed=self.seed, years_later=self.years_later,
                    sun_azimuth=self.sun_azimuth, sun_elevation=self.sun_elevation, pixel_size=self.pixel_size,
                    nodata_border=self.nodata_border, randomise=randomise)

    def describe(self):
        text = (f"seed {self.seed}, {self.size} x {self.size} px, {acquisition_date(self.years_later).isoformat()}, "
                f"sun azimuth {self.sun_azimuth:g} deg, elevation {self.sun_elevation:g} deg")
        if self.mosaic:
            text = (f"seed {self.seed}, {self.size} x {self.size} px, spectral mosaic (no terrain; every water pixel "
                    f"is lake truth) of {SENSOR_LABELS[self.sensor]} {self.pixel_size:g} m"
                    + (", TOA-like atmosphere" if self.atmosphere else ""))
            return text
        if self.randomised:
            text += (f", randomised {SENSOR_LABELS[self.sensor]} {self.pixel_size:g} m"
                     + (", TOA-like atmosphere" if self.atmosphere else "")
                     + (f", {self.nodata_border} px nodata collar" if self.nodata_border else ""))
        return text


# Different terrain (seed), sun (shadows fall elsewhere and longer) and date (snow line, termini, lakes), all
# randomised (spectra drawn from real labelled ones, turbid lakes, deep shadows; the seed draws flour load, shadow
# depth and saturation): Landsat surface reflectance and TOA-like scenes at 30, 20 and 15 m, and Sentinel-2 L2A
# scenes at 20 and 10 m for models of Sentinel-2 bands. Each model trains on the scenes of its own sensor. No
# clouds: the truth lies under them, and a model would learn to see glaciers through cloud. The first scene of a
# sensor sets the resolution the chips' manifest records, so it has the sensor's usual pixel size.
TRAINING_SCENES = (
    SceneRecipe(11, randomised=True),
    SceneRecipe(12, sun_azimuth=110.0, sun_elevation=35.0, randomised=True, atmosphere=True),
    SceneRecipe(13, sun_azimuth=160.0, sun_elevation=55.0, randomised=True, pixel_size=20.0),
    SceneRecipe(14, sun_azimuth=135.0, sun_elevation=30.0, randomised=True, nodata_border=24),
    SceneRecipe(11, years_later=20, randomised=True, atmosphere=True, pixel_size=15.0),
    SceneRecipe(13, years_later=20, sun_azimuth=160.0, sun_elevation=55.0, randomised=True),
    SceneRecipe(15, randomised=True, sensor="sentinel2", pixel_size=20.0),
    SceneRecipe(16, sun_azimuth=120.0, sun_elevation=40.0, randomised=True, sensor="sentinel2", pixel_size=10.0),
    SceneRecipe(17, years_later=10, sun_azimuth=150.0, sun_elevation=50.0, randomised=True, sensor="sentinel2",
                pixel_size=20.0, nodata_border=24),
    # Spectral mosaics, for the lake models only (ModelRecipe.mosaics): water away from glaciers and filling
    # whole tiles, from clear to glacial flour, known by its spectrum (core.sample_scene.mosaic).
    SceneRecipe(21, size=768, randomised=True, mosaic=True),
    SceneRecipe(22, size=768, randomised=True, mosaic=True, atmosphere=True, pixel_size=20.0),
    SceneRecipe(23, size=768, randomised=True, mosaic=True, sensor="sentinel2", pixel_size=10.0),
)
HELD_OUT_SCENE = SceneRecipe(90, years_later=5, sun_azimuth=125.0, sun_elevation=40.0, randomised=True)
# The scene tests/qgis/test_bundled_models.py generates and scores (no seed of it is used for training).
TEST_SCENE = SceneRecipe(7, size=384)
# A model of Sentinel-2 bands is scored on Sentinel-2 scenes of the same seeds: the same terrain, lakes and sun,
# drawn through Sentinel-2's band set at its 20 m bands' pixel size. The threshold baselines are measured on them
# too, so each card compares methods on one scene.
SENSOR_SCENES = {
    "sentinel2": {"held_out": SceneRecipe(90, years_later=5, sun_azimuth=125.0, sun_elevation=40.0, randomised=True,
                                          sensor="sentinel2", pixel_size=20.0),
                  "test_scene": SceneRecipe(7, size=384, randomised=True, sensor="sentinel2", pixel_size=20.0)},
}
TIMING_SCENE = SceneRecipe(91, size=2048)

# Small networks, well under a minute per full scene on two CPU cores: base width 8 is about 2 MB at depth 4 and
# 7.8 MB at depth 5 (the extra level's 256-channel convolutions run on 1/1024 of the pixels, so little time).
# Depth is the number of poolings: the glacier paper's Deep U-Net has 5 (5 up-sampling groups); the lake paper's
# attention U-Net keeps the U-Net's 4.
NETWORK = {"base_width": 8, "depth": 4}
GLACIER_DEPTH = 5
TRAINER_COMMON = {"batch_size": 8, "seed": 0, "threads": 2, "device": "cpu", "tile_size": 256, "overlap": 64,
                  "threshold": 0.5}


@dataclass(frozen=True)
class ModelRecipe:
    name: str  # file stem in models/
    title: str  # the card's name
    target: str
    arch: str
    bands: tuple
    derived: tuple = ()
    paper: str = ""
    chips: dict = field(default_factory=dict)  # ChipOptions fields
    trainer: dict = field(default_factory=dict)  # trainer options (cli.py)
    dark_copies: float = 0.0  # share of the chips without target that also go in darkened (see add_dark_copies)
    sensor: str = "landsat_oli"  # the training scenes it learns from (SceneRecipe.sensor)
    depth: int = NETWORK["depth"]
    mosaics: bool = False  # also train on the spectral-mosaic scenes (SceneRecipe.mosaic)
    limits: tuple = ()  # lines of the card's "Limits" section of this model only

    @property
    def network(self):
        return dict(NETWORK, depth=self.depth)

    @property
    def channels(self):
        return list(self.bands) + list(self.derived)

    def description(self):
        net = "Deep U-Net" if self.arch == "unet" else "Attention U-Net"
        return (f"{net} (base width {NETWORK['base_width']}, depth {self.depth}) mapping {self.target}s from "
                f"{SENSOR_LABELS[self.sensor]} surface reflectance, channels {', '.join(self.channels)}{self.paper}. "
                f"Trained on simulated scenes of Glacier Mapper's sample-scene generator (spectra drawn from real "
                f"labelled ones), not on real imagery: check it on your region and fine-tune it there ('New label "
                f"layer', digitize, 'Export training chips', 'Train model' with 'Fine-tune from model' set to this "
                f"file). See models/{self.name}.MODEL_CARD.md.")


# In real atmospherically corrected scenes deep cast shadow is near 0 in every band, and a lake model that never
# saw such pixels marks them as water (on the Athabasca HLS scene the models trained on the fixed-spectra scenes,
# whose shadows stayed above about 0.02, did so on about a tenth of the scene). The randomised scenes have deep
# shadows; darkened copies of chips without lakes, labelled as they are, add more dark land that is not a lake.
DARK_FACTORS = (0.02, 0.25)
GLACIER_CHIPS = {"chip_size": 128, "stride": 128, "min_positive_fraction": 0.05, "keep_negative_fraction": 0.5}
# Lakes cover about 1 % of a scene: overlapping chips around them, and some chips without lakes so that the
# network learns that snow, ice, shadow and rivers are not lakes.
LAKE_CHIPS = {"chip_size": 128, "stride": 64, "min_positive_fraction": 0.02, "keep_negative_fraction": 0.1}
# Adam at 2e-3 with BCE + Dice reaches in tens of epochs what the papers' settings (Adadelta / Adam 1e-4, BCE)
# reach in hundreds; the best epoch by validation IoU is kept.
GLACIER_TRAINER = {"epochs": 40, "optimizer": "adam", "lr": 0.002, "loss": "bce_dice", "early_stopping": 10}
LAKE_TRAINER = {"epochs": 30, "optimizer": "adam", "lr": 0.002, "loss": "bce_dice", "early_stopping": 8}

# Why no all-band (11-band) lake model is bundled, as the lake paper's best one is.
ALL_BANDS_LIMIT = (
    "- Not the lake paper's all-band model (bands 1-11, thermal resampled to 30 m). Its surface-reflectance input "
    "has no such product: a Collection 2 Level-2 product carries B1-B7 and the surface temperature ST_B10 only (no "
    "B8 panchromatic, B9 cirrus or B11); Level-1 products carry all 11 but as top-of-atmosphere values, and the "
    "Level-1 scene the project holds lacks B8, so an 11-band model could not be checked on any real scene here. "
    "B1-B7 is the largest band set every Landsat 8/9 product has.")

# What the real-data checks leave the lake models short of, measured on the build of 2026-12-02 (pasted ponds:
# real-data checks of 2026-12-03).
LAKE_TRANSFER_LIMIT = (
    "- Water by its spectrum, small lakes in real surroundings not yet: trained with spectral mosaics, the model "
    "calls uniform patches of the labelled water spectra lake (see Real-data checks). Ponds of real water pasted "
    "into the real scenes (the pond tables): of the Athabasca toe's turbid water it calls lake from 3 x 3 px in "
    "snow and ice (31 of 45), but on rock only half of them at 8 x 8 px and all at 12 x 12 px (360 m); of the "
    "Florida scene's own water on its lowland, a third at 8 and at 12 x 12 px (178 of 533, 171 of 525). It leaves "
    "out smaller lakes on land, and many larger ones away from ice. On the real Athabasca scene it misses the "
    "toe's own water (probability about 0.005; at most 4 px across). Map lakes with the threshold lake mask, or "
    "fine-tune this model on digitized lakes of your region first.")

ALL_BANDS_TRANSFER_LIMIT = (
    "- Water by its spectrum, small lakes in real surroundings not yet: trained with spectral mosaics, the model "
    "calls every uniform patch of the labelled Landsat and Sentinel-2 water spectra lake (see Real-data checks), but "
    "on the real Florida scene it finds almost none of the water bodies of a few pixels that the threshold method "
    "finds, and on the real Sentinel-2 L2A product (dry land, no water by any threshold method) it marks 91 "
    "pixels water. "
    "Map lakes with the threshold lake mask, or fine-tune this model on digitized lakes of your region first.")

S2_LAKE_LIMIT = (
    "- Sentinel-2 NIR is B8 (10 m, averaged onto the 20 m grid by 'Prepare product'), or B8A where a raster has "
    "no B8: the plugin's NIR role on Sentinel-2. Trained at 20 and 10 m; at 60 m or on Landsat it is untested "
    "beyond the checks above.")

MODELS = (
    ModelRecipe("glacier_unet", "Glacier Deep U-Net (SWIR1, NIR, Blue)", "glacier", "unet",
                ("SWIR1", "NIR", "Blue"),
                paper=" (bands 6, 5, 2 and 5 poolings, as He et al.'s Deep U-Net for glaciers)",
                chips=GLACIER_CHIPS, trainer=GLACIER_TRAINER, depth=GLACIER_DEPTH),
    ModelRecipe("glacier_unet_ndsi", "Glacier Deep U-Net (SWIR1, NIR, Blue + NDSI)", "glacier", "unet",
                ("SWIR1", "NIR", "Blue"), ("NDSI",),
                paper=" (bands 6, 5, 2 plus NDSI as an extra channel, the next step He et al. propose)",
                chips=GLACIER_CHIPS, trainer=GLACIER_TRAINER, depth=GLACIER_DEPTH),
    ModelRecipe("lake_attention_unet", "Glacial-lake attention U-Net (Green, NIR, SWIR1)", "lake", "attention_unet",
                ("Green", "NIR", "SWIR1"), paper=" (bands 3, 5, 6, as He et al.'s attention U-Net for glacial lakes)",
                chips=LAKE_CHIPS, trainer=LAKE_TRAINER, dark_copies=1.0, mosaics=True, limits=(LAKE_TRANSFER_LIMIT,)),
    ModelRecipe("lake_attention_unet_b1_b7", "Glacial-lake attention U-Net (B1-B7)", "lake", "attention_unet",
                ("Coastal", "Blue", "Green", "Red", "NIR", "SWIR1", "SWIR2"),
                paper=" (the reflective bands 1-7; He et al. use all 11 bands)", chips=LAKE_CHIPS,
                trainer=LAKE_TRAINER, dark_copies=1.0, mosaics=True,
                limits=(ALL_BANDS_LIMIT, ALL_BANDS_TRANSFER_LIMIT)),
    # Sentinel-2 users would otherwise map lakes with a model of Landsat's band responses and 30 m pixels.
    ModelRecipe("lake_attention_unet_s2", "Glacial-lake attention U-Net, Sentinel-2 (Green, NIR, SWIR1)", "lake",
                "attention_unet", ("Green", "NIR", "SWIR1"),
                paper=" (B3, B8, B11: the bands of He et al.'s attention U-Net for glacial lakes, Landsat 3, 5, 6, "
                      "on Sentinel-2)",
                chips=LAKE_CHIPS, trainer=LAKE_TRAINER, dark_copies=1.0, sensor="sentinel2", mosaics=True,
                limits=(S2_LAKE_LIMIT,)),
)
MODEL_NAMES = tuple(m.name for m in MODELS)

@dataclass(frozen=True)
class Plan:
    """The scenes of one build."""
    training: tuple
    held_out: SceneRecipe
    test: SceneRecipe
    timing: SceneRecipe
    quick: bool = False
    threads: Optional[int] = None  # trainer threads, when not TRAINER_COMMON's (--threads)

    def held_out_for(self, model):
        return self.scene_for(model.sensor, "held_out")

    def test_for(self, model):
        return self.scene_for(model.sensor, "test_scene")

    def scene_for(self, sensor, key):
        """The held-out ("held_out") or test ("test_scene") scene of a sensor's models."""
        landsat = self.held_out if key == "held_out" else self.test
        recipe = SENSOR_SCENES.get(sensor, {}).get(key)
        if recipe is None:
            return landsat
        return replace(recipe, size=landsat.size) if self.quick else recipe

    def training_for(self, model):
        """The training scenes of the model's sensor (spectral mosaics only for models that take them)."""
        return tuple(s for s in self.training if s.sensor == model.sensor and (model.mosaics or not s.mosaic))


def make_plan(quick, threads=None):
    if not quick:
        return Plan(TRAINING_SCENES, HELD_OUT_SCENE, TEST_SCENE, TIMING_SCENE, threads=threads)
    # two landscape scenes and a mosaic of each sensor
    quick_scenes = tuple(s for sensor in SENSOR_LABELS for group in (
        [s for s in TRAINING_SCENES if s.sensor == sensor and not s.mosaic][:2],
        [s for s in TRAINING_SCENES if s.sensor == sensor and s.mosaic][:1]) for s in group)
    return Plan(tuple(replace(s, size=512) for s in quick_scenes), replace(HELD_OUT_SCENE, size=512),
                TEST_SCENE, replace(TIMING_SCENE, size=512), quick=True, threads=threads)
