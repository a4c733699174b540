"""Real-data checks: each bundled model next to the threshold methods on every real source the project holds.

No real source has a lake reference, and the one glacier outline is a 1984 outline of the tongue only, so these
checks compare the methods with each other and count pixels where the answer is known (no ice in Florida, no
water inside a glacier, clouds masked); they do not measure accuracy. Sources (../shared/data/real, read in place):

- athabasca: HLS L30 of Athabasca Glacier (HLS scaling), its 1984 outline, DEM and cast-shadow mask;
- florida_l1: Landsat 8 Level-1 DN, TOA reflectance from its MTL (lakes and coast, no ice);
- labelled_spectra: the labelled Landsat (less the file's 0.2 offset) and Sentinel-2 points, each a uniform
  patch of a model tile's size, so that a model sees a whole tile of one class;
- products: the Landsat 8 C2 L2 and Sentinel-2 L2A products, prepared as glaciermapper:preparescene does
  (QA_PIXEL / SCL clouds masked to nodata).

The threshold methods run with their defaults: ndsi (core.spectral.glacier_mask), lake_mask
(core.spectral.lake_mask, MNDWI 0.2 with the snow/ice and shadow tests) and, on Athabasca, the lake mask with the
scene's cast-shadow mask and with the DEM terrain tests (core.spectral.terrain.terrain_mask).
"""
import csv
import dataclasses
import datetime
import os

import numpy as np
import shapely.wkb
from osgeo import gdal, ogr, osr

from core.errors import BandError, InputError
from core.inference.model_card import read_card
from core.inference.segment import SegmentOptions, segment_raster
from core.io.raster import RasterWriter, Window, raster_info
from core.sensors.band_stack import stack_band_files
from core.sensors.bands import scaling_from_preset
from core.sensors.products.prepare import prepare_product
from core.sensors.scene import Scene
from core.spectral.glacier_mask import ndsi_glacier_mask
from core.spectral.indices import normalized_difference
from core.spectral.lake_mask import LakeMaskOptions, ndwi_lake_mask
from core.spectral.terrain import TerrainOptions, solar_position, terrain_mask

from . import log, rounded
from .evaluation import ATHABASCA, HLS, athabasca_inputs

REAL = os.path.dirname(ATHABASCA)
FLORIDA = os.path.join(REAL, "landsat8_l1_sattestdata")
SPECTRA = os.path.join(REAL, "labelled_spectra")
PRODUCTS = {"landsat8_c2l2": os.path.join(REAL, "products", "LC08_L2SP_001062_20201031_20201106_02_T2"),
            "sentinel2_l2a": os.path.join(REAL, "products", "S2A_29RKH_20200219_0_L2A")}
SOURCES = ("athabasca", "florida_l1", "labelled_spectra", "products")
# The HLS files carry no sun angles: those of the Landsat 8 overpass (2020-08-16 19:00 UTC at 52.2 N, 117.25 W).
ATHABASCA_SUN = solar_position(datetime.datetime(2020, 8, 16, 19, 0), 52.2, -117.25)
# "At the toe": within TOE_DISTANCE_M of the 1984 outline (the tongue retreated since) and no more than
# TOE_RISE_M above the outline's lowest point, where the proglacial lake lies.
TOE_DISTANCE_M = 500.0
TOE_RISE_M = 100.0
PATCH = 256  # the models' training tile size: a patch fills a whole tile
PATCHES_PER_CLASS = 32  # points per class and file, drawn seeded: enough for shares, small enough for two cores
COLUMNS = 16
CLASSES = {1: "snow", 2: "shadowed_snow", 3: "ice", 4: "rock", 5: "water"}
GLACIER_CLASSES = ("snow", "shadowed_snow", "ice")
SPECTRA_LABELS = {"landsat": "Landsat", "sentinel2": "Sentinel-2"}
LANDSAT_OFFSET = -0.2  # the file's values sit 0.2 above surface reflectance (tests/unit/test_real_spectra.py)
LANDSAT_DESCRIPTIONS = ("B1 coastal", "B2 blue", "B3 green", "B4 red", "B5 nir", "B6 swir1", "B7 swir2")
S2_COLUMNS = ("B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B8A", "B9", "B11", "B12")
S2_DESCRIPTIONS = ("B1 coastal", "B2 blue", "B3 green", "B4 red", "B5", "B6", "B7", "B8 nir", "B8A", "B9",
                   "B11 swir1", "B12 swir2")

# The verdict rules, stated in the cards. A lake model matches the threshold baseline on real water when, on
# every real scene where the threshold lake mask finds at least MIN_WATER pixels, its water overlaps the mask's
# with IoU >= MIN_IOU, and it calls the labelled water patches lake no more than MAX_SHORTFALL less often than
# the mask does and the other classes' patches no more than MAX_SHORTFALL more often. A glacier model matches on
# real ice when its glacier overlaps the NDSI map of Athabasca with IoU >= MIN_IOU_ICE, it calls the labelled
# snow, shadowed-snow and ice patches glacier no more than MAX_SHORTFALL less often than NDSI does and the rock
# and water patches no more than MAX_SHORTFALL more often, and it marks no more than MAX_FLORIDA_GLACIER of the
# ice-free Florida scene.
MIN_WATER = 50
MIN_IOU = 0.5
MIN_IOU_ICE = 0.8
MAX_SHORTFALL = 0.10
MAX_FLORIDA_GLACIER = 0.001
# The threshold lake mask's water bodies by width, twice the largest distance from one of a body's pixels to the
# water's edge: 2 is one or two pixels across (streams, ditches, shore and shadow speckle), 4 three or four;
# a body counts as found when a method marks at least half its pixels.
BODY_WIDTHS = (("narrow", 2.0), ("small", 4.0), ("wide", float("inf")))
# No real scene here holds a pond of known size, so ponds are made: squares of POND_SIDES px of a scene's own
# water (Athabasca: the lake mask's water at the toe, with the DEM tests; Florida: the lake mask's) pasted into
# the real scene every POND_SPACING px away from that water, one side at a time, in its own real surroundings.
# A pond is found when half its pixels are marked; its surroundings (the median of a POND_RING px ring) are
# snow or ice (NDSI > 0.4), dark (NIR < 0.08: shade) or land. The threshold lake mask finds every pond by
# construction (the spectrum is of its own water); what the ponds measure is the smallest lake a model finds,
# and where.
POND_SIDES = (2, 3, 4, 6, 8, 12)
POND_SPACING = 26
POND_RING = 3
POND_SURROUNDINGS = ("snow_ice", "dark", "land")


# ---------------------------------------------------------------------------------------------- masks

def read_mask(path):
    return gdal.Open(path).ReadAsArray()


def overlap(a, b):
    """IoU and agreement of two masks (1 target, 0 not, 255 nodata) where both are valid."""
    valid = (a != 255) & (b != 255)
    one, two = (a == 1) & valid, (b == 1) & valid
    union = int(np.count_nonzero(one | two))
    return {"iou": rounded(np.count_nonzero(one & two) / union) if union else None,
            "agreement": rounded(np.count_nonzero((one == two) & valid) / max(int(valid.sum()), 1)),
            "both": int(np.count_nonzero(one & two))}


def model_mask(model, scene, folder, tag):
    """The model's mask path, or the reason it cannot run on the scene (a band it needs is missing)."""
    os.makedirs(folder, exist_ok=True)
    mask = os.path.join(folder, f"{tag}_mask.tif")
    try:
        segment_raster(scene, model, out_probability=os.path.join(folder, f"{tag}_probability.tif"),
                       out_mask=mask, options=SegmentOptions(device="cpu"))
    except BandError as error:
        return None, str(error)
    return mask, None


# Lake-mask variants measured beside the defaults on every source: the former defaults (NDWI 0.3, NIR above
# 0.05 is not water) and each index alone, without the snow/ice and shadow tests.
LAKE_VARIANTS = {
    "lake_mask_former": LakeMaskOptions(index="ndwi", threshold=0.3, exclude_snow_ice=False, snow_ice_nir_min=0.05),
    "ndwi_alone": LakeMaskOptions(index="ndwi", threshold=0.0, exclude_snow_ice=False, exclude_shadow=False),
    "mndwi_alone": LakeMaskOptions(exclude_snow_ice=False, exclude_shadow=False),
}


def threshold_masks(scene, folder, tag, lake_options=None):
    """{method: mask path} of the threshold methods with their defaults, LAKE_VARIANTS and lake_options."""
    os.makedirs(folder, exist_ok=True)
    out = {"ndsi": os.path.join(folder, f"{tag}_ndsi.tif"), "lake_mask": os.path.join(folder, f"{tag}_lake.tif")}
    ndsi_glacier_mask(scene, out["ndsi"])
    ndwi_lake_mask(scene, out["lake_mask"])
    for method, options in dict(LAKE_VARIANTS, **(lake_options or {})).items():
        out[method] = os.path.join(folder, f"{tag}_{method}.tif")
        ndwi_lake_mask(scene, out[method], options=options)
    return out


def lake_masks_in(folder):
    """A mask_of_scene for ponds_found: the threshold lake mask (defaults) of a scene, written into folder."""
    def mask_of_scene(scene, tag):
        os.makedirs(folder, exist_ok=True)
        path = os.path.join(folder, f"{tag}_lake.tif")
        ndwi_lake_mask(scene, path)
        return path
    return mask_of_scene


def rasterize(path, like, buffer_m=0.0):
    """A boolean array of the polygons of ``path`` (grown by buffer_m) on the grid of the raster ``like``."""
    source = ogr.Open(path)
    layer = source.GetLayer()
    memory = ogr.GetDriverByName("Memory").CreateDataSource("")
    out = memory.CreateLayer("shapes", layer.GetSpatialRef(), ogr.wkbPolygon)
    for feature in layer:
        geometry = shapely.wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb())).buffer(buffer_m)
        shape = ogr.Feature(out.GetLayerDefn())
        shape.SetGeometry(ogr.CreateGeometryFromWkb(geometry.wkb))
        out.CreateFeature(shape)
    grid = gdal.Open(like)
    target = gdal.GetDriverByName("MEM").Create("", grid.RasterXSize, grid.RasterYSize, 1, gdal.GDT_Byte)
    target.SetGeoTransform(grid.GetGeoTransform())
    target.SetProjection(grid.GetProjection())
    gdal.RasterizeLayer(target, [1], out, burn_values=[1])
    return target.ReadAsArray() == 1


# ---------------------------------------------------------------------------------------------- sources

def athabasca_source(folder):
    inputs = athabasca_inputs(folder)
    if inputs is None:
        return None
    vrt, outline, _ = inputs
    scene = Scene.from_raster(vrt, scaling=HLS)
    terrain = terrain_mask(os.path.join(ATHABASCA, "athabasca_dem.tif"), scene, os.path.join(folder, "terrain.tif"),
                           TerrainOptions(sun_azimuth=ATHABASCA_SUN[0], sun_elevation=ATHABASCA_SUN[1]))
    shadows = os.path.join(ATHABASCA, "athabasca_shadows.tif")
    variants = {"lake_mask_shadow": LakeMaskOptions(shadow_mask_path=shadows, shadow_value=0),
                "lake_mask_terrain": LakeMaskOptions(terrain_mask_path=terrain.path)}
    inside = rasterize(outline, vrt)
    dem = gdal.Open(os.path.join(ATHABASCA, "athabasca_dem.tif"))  # on the scene's grid
    z, nodata = dem.ReadAsArray().astype(np.float64), dem.GetRasterBand(1).GetNoDataValue()
    dem = None  # closed now: a dataset left to the garbage collector may outlive GDAL inside QGIS
    known = z != nodata
    toe = rasterize(outline, vrt, TOE_DISTANCE_M) & known & (z <= z[inside & known].min() + TOE_RISE_M)
    zones = {"inside_outline": inside, "at_toe": toe, "in_shadow_mask": read_mask(shadows) == 0}
    masks = threshold_masks(scene, folder, "athabasca", variants)
    toe_water = (read_mask(masks["lake_mask_terrain"]) == 1) & toe
    return {"scene": scene, "masks": masks, "zones": zones, "ponds": pasted_ponds(scene, toe_water, folder),
            "terrain": {"steep_pixels": terrain.steep_pixels, "cast_shadow_pixels": terrain.cast_shadow_pixels,
                        "self_shadow_pixels": terrain.self_shadow_pixels,
                        "sun": [round(v, 2) for v in ATHABASCA_SUN]}}


def pasted_ponds(scene, water, folder):
    """Copies of ``scene`` with the median spectrum of ``water`` pasted as ponds, one per side in POND_SIDES
    (see POND_SIDES): {"spectrum": {green, nir, swir1: reflectance}, "sides": {side: {"scene", "ponds": [(row,
    col, surroundings)]}}}. A copy has the scene's bands, nodata and scaling, so it is read exactly as the scene."""
    info = raster_info(scene.path)
    source = gdal.Open(scene.path)
    raw = source.ReadAsArray()
    source = None  # closed now: a dataset left to the garbage collector may outlive GDAL inside QGIS
    nodata = scene.bands[0].nodata
    valid = (raw != nodata).all(axis=0) if nodata is not None else np.ones(raw.shape[1:], bool)
    spectrum = np.median(raw[:, water], axis=1).round().astype(raw.dtype)
    reader = scene.reader(["green", "nir", "swir1"])  # the scene's own scaling, on the arrays read above
    (green, nir, swir), known = reader.reflectance([raw[index - 1] for index in reader.band_indices])
    (pond_green, pond_nir, pond_swir), _ = reader.reflectance([spectrum[index - 1:index] for index in
                                                               reader.band_indices])
    reader.close()
    ndsi = normalized_difference(green, swir, known)  # the plugin's NDSI (negatives as 0), for the surroundings
    out = {"spectrum": {"green": rounded(float(pond_green[0])), "nir": rounded(float(pond_nir[0])),
                        "swir1": rounded(float(pond_swir[0]))}, "sides": {}}
    descriptions = [band.description for band in scene.bands]
    for side in POND_SIDES:
        around = np.ones((side + 2 * POND_RING,) * 2, bool)  # the ring about a pond
        around[POND_RING:-POND_RING, POND_RING:-POND_RING] = False
        pasted, ponds = raw.copy(), []
        for row in range(POND_RING + 1, raw.shape[1] - side - POND_RING, POND_SPACING):
            for col in range(POND_RING + 1, raw.shape[2] - side - POND_RING, POND_SPACING):
                ring = (slice(row - POND_RING, row + side + POND_RING), slice(col - POND_RING, col + side + POND_RING))
                if not valid[ring].all() or water[ring].any():  # in the scene, and not in its own water
                    continue
                surroundings = ("snow_ice" if np.median(ndsi[ring][around]) > 0.4 else
                                "dark" if np.median(nir[ring][around]) < 0.08 else "land")
                pasted[:, row:row + side, col:col + side] = spectrum[:, None, None]
                ponds.append((row, col, surroundings))
        path = os.path.join(folder, f"ponds_{side}px.tif")
        writer = RasterWriter(path, info, band_count=len(descriptions), data_type=scene.bands[0].data_type,
                              nodata=nodata, descriptions=descriptions)
        for index in range(len(descriptions)):
            writer.write(Window(0, 0, info.width, info.height), pasted[index], band=index + 1)
        writer.commit()
        out["sides"][side] = {"scene": dataclasses.replace(scene, path=path), "ponds": ponds}
    return out


def ponds_found(ponds, mask_of_scene):
    """{side: {surroundings: {"ponds", "found"}}} of a method, ``mask_of_scene(scene, tag)`` its mask path."""
    out = {}
    for side, made in ponds["sides"].items():
        marked = read_mask(mask_of_scene(made["scene"], f"ponds_{side}px")) == 1
        counts = {name: {"ponds": 0, "found": 0} for name in POND_SURROUNDINGS}
        for row, col, surroundings in made["ponds"]:
            counts[surroundings]["ponds"] += 1
            counts[surroundings]["found"] += int(2 * marked[row:row + side, col:col + side].sum() >= side * side)
        out[str(side)] = counts
    return out


def florida_source(folder):
    if not os.path.isdir(FLORIDA):
        return None
    os.makedirs(folder, exist_ok=True)
    vrt = stack_band_files([os.path.join(FLORIDA, f"l8_B{i}.tif") for i in range(1, 8)],
                           os.path.join(folder, "florida_l1.vrt"))
    scene = Scene.from_raster(vrt, scaling="landsat_toa_mtl", mtl_path=os.path.join(FLORIDA, "l8_MTL.txt"))
    masks = threshold_masks(scene, folder, "florida")
    return {"scene": scene, "masks": masks,
            "ponds": pasted_ponds(scene, read_mask(masks["lake_mask"]) == 1, folder)}


def spectra_rows(name, columns, offset):
    """{class name: [reflectance rows]} of a labelled CSV, rows with a missing band left out."""
    rows = {c: [] for c in CLASSES.values()}
    with open(os.path.join(SPECTRA, name), encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            try:
                values = [float(row[c]) + offset for c in columns]
            except ValueError:
                continue
            if all(np.isfinite(values)):
                rows[CLASSES[int(row["class"])]].append(values)
    return rows


def patch_scene(rows, descriptions, sensor, path):
    """A raster of uniform PATCH x PATCH patches, PATCHES_PER_CLASS per class (seeded draw); (scene, classes)."""
    rng = np.random.default_rng(0)
    drawn = []
    for name, values in rows.items():
        picks = rng.choice(len(values), size=min(PATCHES_PER_CLASS, len(values)), replace=False)
        drawn += [(name, values[k]) for k in sorted(picks)]
    rows_n = -(-len(drawn) // COLUMNS)
    data = np.full((len(descriptions), rows_n * PATCH, COLUMNS * PATCH), -9999.0, np.float32)
    for k, (_, values) in enumerate(drawn):
        r, c = divmod(k, COLUMNS)
        data[:, r * PATCH:(r + 1) * PATCH, c * PATCH:(c + 1) * PATCH] = np.asarray(values, np.float32)[:, None, None]
    dataset = gdal.GetDriverByName("GTiff").Create(path, data.shape[2], data.shape[1], data.shape[0], gdal.GDT_Float32,
                                                   ["TILED=YES", "COMPRESS=DEFLATE"])
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32606)
    dataset.SetProjection(srs.ExportToWkt())
    dataset.SetGeoTransform((500000.0, 30.0, 0.0, 7000000.0, 0.0, -30.0))
    for index, description in enumerate(descriptions, start=1):
        band = dataset.GetRasterBand(index)
        band.SetDescription(description)
        band.SetNoDataValue(-9999.0)
        band.WriteArray(data[index - 1])
    dataset = None
    return Scene.from_raster(path, sensor=sensor, scaling=scaling_from_preset("none")), [n for n, _ in drawn]


def spectra_source(folder):
    if not os.path.isdir(SPECTRA):
        return None
    os.makedirs(folder, exist_ok=True)
    out = {}
    for key, name, columns, offset, descriptions, sensor in (
            ("landsat", "Landsat_training_data.csv", [f"SR_B{i}" for i in range(1, 8)], LANDSAT_OFFSET,
             LANDSAT_DESCRIPTIONS, "landsat_oli"),
            ("sentinel2", "Sentinel-2_SR_training_data.csv", S2_COLUMNS, 0.0, S2_DESCRIPTIONS, "sentinel2")):
        scene, classes = patch_scene(spectra_rows(name, columns, offset), descriptions, sensor,
                                     os.path.join(folder, f"{key}_patches.tif"))
        out[key] = {"scene": scene, "classes": classes, "masks": threshold_masks(scene, folder, key)}
    return out


def products_source(folder):
    out = {}
    for key, path in PRODUCTS.items():
        if not os.path.isdir(path):
            continue
        os.makedirs(folder, exist_ok=True)
        prepared = prepare_product(path, os.path.join(folder, f"{key}.vrt"))
        scene = Scene.from_raster(prepared.path)
        clouds = {"data_pixels": prepared.data_pixels, "masked_pixels": prepared.masked_pixels,
                  "masked_by_reason": dict(prepared.masked_by_reason)}
        try:
            out[key] = {"scene": scene, "masks": threshold_masks(scene, folder, key), "clouds": clouds}
        except InputError:  # a product whose quality masks hide every pixel: nothing to map
            out[key] = {"scene": scene, "masks": None, "clouds": clouds,
                        "reason": f"its quality band masks all {prepared.masked_pixels:,} pixels"}
    return out or None


def prepare_sources(work):
    """Every real source there is, prepared once: {source: inputs or None}."""
    folder = os.path.join(work, "real_checks")
    return {"athabasca": athabasca_source(os.path.join(folder, "athabasca")),
            "florida_l1": florida_source(os.path.join(folder, "florida_l1")),
            "labelled_spectra": spectra_source(os.path.join(folder, "labelled_spectra")),
            "products": products_source(os.path.join(folder, "products"))}


# ---------------------------------------------------------------------------------------------- measures

def scene_counts(mask, target, reference=None, zones=None):
    """Target pixels of a mask on a scene, its overlap with the reference mask (for lakes also the reference's
    water bodies it finds, water_bodies) and the pixels in each zone."""
    values = read_mask(mask)
    marked = values == 1
    out = {f"{target}_pixels": int(marked.sum()), "valid_pixels": int(np.count_nonzero(values != 255))}
    if reference is not None:
        theirs = read_mask(reference)
        out.update({f"vs_{k}": v for k, v in overlap(values, theirs).items()})
        if target == "lake":
            out["bodies"] = water_bodies(marked, theirs == 1)
    for zone, inside in (zones or {}).items():
        out[zone] = int(np.count_nonzero(marked & inside))
    if zones and "inside_outline" in zones:
        out["outside_outline"] = out[f"{target}_pixels"] - out["inside_outline"]
    return out


def water_bodies(marked, reference):
    """The reference's water bodies (8-connected) in BODY_WIDTHS classes: {class: {bodies, pixels, found,
    found_pixels}}, found: the bodies of which ``marked`` holds at least half the pixels."""
    from scipy import ndimage
    labels, count = ndimage.label(reference, structure=np.ones((3, 3), bool))
    out = {name: {"bodies": 0, "pixels": 0, "found": 0, "found_pixels": 0} for name, _ in BODY_WIDTHS}
    if not count:
        return out
    index = np.arange(1, count + 1)
    widths = 2.0 * np.asarray(ndimage.maximum(ndimage.distance_transform_edt(reference), labels, index))
    pixels = np.bincount(labels.ravel(), minlength=count + 1)[1:]
    hits = np.bincount(labels[marked & reference], minlength=count + 1)[1:]
    lower = 0.0
    for name, upper in BODY_WIDTHS:
        inside = (widths > lower) & (widths <= upper + 1e-6)
        found = inside & (2 * hits >= pixels)
        out[name] = {"bodies": int(inside.sum()), "pixels": int(pixels[inside].sum()), "found": int(found.sum()),
                     "found_pixels": int(hits[inside].sum())}
        lower = upper + 1e-6
    return out


def patch_shares(mask, classes, target):
    """Share of each class's patches called target (most of the patch's centre marked) and of centre pixels."""
    values = read_mask(mask)
    inner = slice(PATCH // 4, PATCH - PATCH // 4)  # the centre, 64 px from the neighbouring patches
    called, pixels = {}, {}
    for k, name in enumerate(classes):
        r, c = divmod(k, COLUMNS)
        centre = values[r * PATCH:(r + 1) * PATCH, c * PATCH:(c + 1) * PATCH][inner, inner]
        share = float(np.count_nonzero(centre == 1)) / centre.size
        called.setdefault(name, []).append(share > 0.5)
        pixels.setdefault(name, []).append(share)
    return {name: {"patches": len(called[name]), f"called_{target}": rounded(np.mean(called[name])),
                   "pixel_share": rounded(np.mean(pixels[name]))} for name in called}


def measure(mask, target, source, inputs, key=None):
    """The figures of one mask (a model's or a threshold method's) on one source."""
    reference = "ndsi" if target == "glacier" else "lake_mask"
    if source == "athabasca":
        out = scene_counts(mask, target, inputs["masks"][reference], inputs["zones"])
        if target == "lake":  # the mask with the DEM tests is the best threshold answer there
            out["vs_lake_mask_terrain_iou"] = overlap(read_mask(mask),
                                                      read_mask(inputs["masks"]["lake_mask_terrain"]))["iou"]
        return out
    if source == "labelled_spectra":
        return patch_shares(mask, inputs["classes"], target)
    out = scene_counts(mask, target, inputs["masks"][reference])
    if target == "glacier":
        out["glacier_share"] = rounded(out["glacier_pixels"] / out["valid_pixels"], 6) if out["valid_pixels"] else None
    return out


def each_input(source, inputs):
    """(key, inputs) of the source's scenes: several for labelled spectra and products, one otherwise."""
    if source in ("labelled_spectra", "products"):
        return list(inputs.items())
    return [(None, inputs)]


def baselines(sources):
    """The threshold methods' figures on every source: {source: {method: figures}} (per scene key if several)."""
    out = {}
    for source, inputs in sources.items():
        if inputs is None:
            out[source] = None
            continue
        figures = {}
        for key, scene_inputs in each_input(source, inputs):
            if scene_inputs["masks"] is None:
                figures[key] = {"applicable": False, "reason": scene_inputs["reason"], "clouds": scene_inputs["clouds"]}
                continue
            methods = {}
            for method, mask in scene_inputs["masks"].items():
                methods[method] = measure(mask, "glacier" if method == "ndsi" else "lake", source, scene_inputs)
            if source == "athabasca":
                methods["terrain"] = scene_inputs["terrain"]
            if "ponds" in scene_inputs:
                methods["pond_spectrum"] = scene_inputs["ponds"]["spectrum"]
                methods["lake_mask"]["ponds"] = ponds_found(scene_inputs["ponds"], lake_masks_in(
                    os.path.dirname(scene_inputs["masks"]["lake_mask"])))
            if source == "products":
                methods["clouds"] = scene_inputs["clouds"]
            if key is None:
                figures = methods
            else:
                figures[key] = methods
        out[source] = figures
    return out


def check_model(name, model, sources, work, quicklooks=None):
    """The model's figures on every source, and its verdict."""
    target = read_card(model).target
    folder = os.path.join(work, "real_checks", "models", name)
    out = {"target": target}
    for source, inputs in sources.items():
        if inputs is None:
            out[source] = None
            continue
        figures = {}
        for key, scene_inputs in each_input(source, inputs):
            tag = f"{source}_{key}" if key else source
            if scene_inputs["masks"] is None:
                figures[key] = {"applicable": False, "reason": scene_inputs["reason"], "clouds": scene_inputs["clouds"]}
                continue
            mask, reason = model_mask(model, scene_inputs["scene"], folder, tag)
            result = ({"applicable": False, "reason": reason} if mask is None
                      else dict(measure(mask, target, source, scene_inputs), applicable=True))
            if mask is not None and target == "lake" and "ponds" in scene_inputs:
                result["ponds"] = ponds_found(scene_inputs["ponds"], lambda scene, tag: model_mask(
                    model, scene, folder, tag)[0])
            if mask is not None and quicklooks and source in ("athabasca", "florida_l1"):
                reference = "ndsi" if target == "glacier" else "lake_mask"
                result["quicklook"] = quicklook(scene_inputs["scene"], mask, scene_inputs["masks"][reference],
                                                os.path.join(quicklooks, f"{name}.{tag}.png"), name, reference)
            if key is None:
                figures = result
            else:
                figures[key] = result
        out[source] = figures
        log(f"  {name} on {source}: measured")
    return out


# ---------------------------------------------------------------------------------------------- verdicts

def verdict(model, base):
    """{"matches": bool or None, "reasons": [...]} by the rules above; None when nothing could be measured."""
    reasons, checked = [], 0
    spectra_model, spectra_base = model.get("labelled_spectra") or {}, base.get("labelled_spectra") or {}
    if model["target"] == "lake":
        scenes = [("Florida L1", model.get("florida_l1"), (base.get("florida_l1") or {}).get("lake_mask")),
                  ("Athabasca", model.get("athabasca"), (base.get("athabasca") or {}).get("lake_mask"))]
        scenes += [(key, model["products"][key], base["products"][key].get("lake_mask"))
                   for key in (model.get("products") or {})]
        for label, figures, reference in scenes:
            if not figures or not figures.get("applicable") or not reference or reference["lake_pixels"] < MIN_WATER:
                continue
            checked += 1
            iou = figures["vs_iou"] or 0.0
            if iou < MIN_IOU:
                reasons.append(f"{label}: IoU {iou:.2f} with the threshold lake mask's {reference['lake_pixels']:,} "
                               f"water pixels (rule: >= {MIN_IOU})")
        classes, method = ("water",), "lake_mask"
    else:
        ath, ndsi = model.get("athabasca"), (base.get("athabasca") or {}).get("ndsi")
        if ath and ath.get("applicable") and ndsi:
            checked += 1
            if (ath["vs_iou"] or 0.0) < MIN_IOU_ICE:
                reasons.append(f"Athabasca: IoU {ath['vs_iou']:.2f} with the NDSI map (rule: >= {MIN_IOU_ICE})")
        florida = model.get("florida_l1")
        if florida and florida.get("applicable"):
            checked += 1
            if (florida["glacier_share"] or 0.0) > MAX_FLORIDA_GLACIER:
                reasons.append(f"Florida L1 (no ice): {florida['glacier_pixels']:,} glacier pixels, "
                               f"{100 * florida['glacier_share']:.2f} % (rule: <= {100 * MAX_FLORIDA_GLACIER:g} %)")
        classes, method = GLACIER_CLASSES, "ndsi"
    for key, figures in spectra_model.items():
        if not figures.get("applicable"):
            continue
        checked += 1
        for name in CLASSES.values():
            ours = figures[name][f"called_{model['target']}"]
            theirs = spectra_base[key][method][name][f"called_{model['target']}"]
            wanted = name in classes
            if (ours < theirs - MAX_SHORTFALL) if wanted else (ours > theirs + MAX_SHORTFALL):
                reasons.append(f"labelled {SPECTRA_LABELS[key]} {name.replace('_', ' ')} patches: {100 * ours:.0f} % "
                               f"called {model['target']}, the threshold method {100 * theirs:.0f} % (rule: at most "
                               f"{100 * MAX_SHORTFALL:.0f} points {'fewer' if wanted else 'more'})")
    return {"matches": None if not checked else not reasons, "checks": checked, "reasons": reasons}


# ---------------------------------------------------------------------------------------------- quicklooks

def block_any(marked, step):
    """Whether any pixel of each step x step block is marked: single lake pixels stay visible when shrunk."""
    rows, cols = -(-marked.shape[0] // step) * step, -(-marked.shape[1] // step) * step
    padded = np.zeros((rows, cols), bool)
    padded[:marked.shape[0], :marked.shape[1]] = marked
    return padded.reshape(rows // step, step, cols // step, step).any(axis=(1, 3))


def quicklook(scene, mask, reference, path, name, method):
    """A PNG (at most 600 px wide) of the scene with the model's mask beside the threshold method's."""
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib import pyplot

    dataset = gdal.Open(scene.path)
    bands = scene.bands_for(["red", "green", "blue"])
    rgb = np.dstack([dataset.GetRasterBand(bands[r]).ReadAsArray().astype(np.float32)
                     for r in ("red", "green", "blue")])
    low, high = np.percentile(rgb, (2, 98))
    step = max(1, -(-rgb.shape[1] // 295))  # two panels in 600 px
    rgb = np.clip((rgb - low) / max(high - low, 1e-6), 0, 1)[::step, ::step]
    height, width = rgb.shape[:2]
    figure, axes = pyplot.subplots(1, 2, figsize=(6.0, 6.0 * height / (2 * width) + 0.4), dpi=100)
    for axis, path_, label in ((axes[0], mask, name), (axes[1], reference, method)):
        marked = read_mask(path_) == 1
        count = int(marked.sum())
        shown = rgb.copy()
        # magenta: neither water nor ice in a natural-colour image
        shown[block_any(marked, step)[:height, :width]] = (1.0, 0.1, 0.6)
        axis.imshow(shown, interpolation="nearest")
        axis.set_title(f"{label}: {count:,} px", fontsize=8)
        axis.axis("off")
    figure.tight_layout(pad=0.3)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    figure.savefig(path, dpi=100)
    pyplot.close(figure)
    return os.path.basename(path)


# ---------------------------------------------------------------------------------------------- the step

def run_real_checks(evaluation, out_dir, work, names=None):
    """Measure the real-data checks of the installed models (all of evaluation's, or names) into evaluation."""
    sources = prepare_sources(work)
    missing = [s for s, inputs in sources.items() if inputs is None]
    if missing:
        log(f"  real data not found for {', '.join(missing)}: those checks are left out")
    base = baselines(sources)
    evaluation.setdefault("baselines", {})["real_data"] = base
    quicklooks = os.path.join(out_dir, "reports")
    for name, entry in evaluation.get("models", {}).items():
        model = os.path.join(out_dir, entry["file"])
        if (names and name not in names) or not os.path.exists(model):
            continue
        figures = check_model(name, model, sources, work, quicklooks)
        figures["verdict"] = verdict(figures, base)
        entry["real_data"] = figures
        log(f"  {name}: {'matches' if figures['verdict']['matches'] else 'does not match'} the threshold baseline")
    return evaluation
