"""Inputs that belong to something else: the MTL file of another scene."""
import os

import numpy as np
from helpers import option, read_raster
from hostile_helpers import scene

from glacier_mapper.core.sensors.scaling import SCALING_CHOICES

TOA = option(SCALING_CHOICES, "landsat_toa_mtl")
PRODUCT = "LC08_L1TP_140041_20200101_20200113_02_T1"


def mtl(path, product=PRODUCT, lines=40, samples=48):
    scene_id = "LC8" + product[10:16] + "2020001LGN00"
    bands = "\n".join(f"    REFLECTANCE_MULT_BAND_{b} = 2.0000E-05\n    REFLECTANCE_ADD_BAND_{b} = -0.100000"
                      for b in range(1, 10))
    path.write_text(f'GROUP = LANDSAT_METADATA_FILE\n    LANDSAT_PRODUCT_ID = "{product}"\n'
                    f'    LANDSAT_SCENE_ID = "{scene_id}"\n    DATE_ACQUIRED = 2020-01-01\n'
                    f"    REFLECTIVE_LINES = {lines}\n    REFLECTIVE_SAMPLES = {samples}\n"
                    f"    SUN_ELEVATION = 30.0\n{bands}\nEND_GROUP = LANDSAT_METADATA_FILE\nEND\n")
    return str(path)


def run_index(run, tmp_path, metadata, name=f"{PRODUCT}_stack.tif"):
    source = scene(tmp_path / name)
    return run("glaciermapper:spectralindex", {"INPUT": source, "SCALING": TOA, "MTL_FILE": metadata,
                                               "OUTPUT": str(tmp_path / "ndsi.tif")})


def test_the_mtl_of_another_scene_is_refused(refusal, tmp_path):
    other = "LC08_L1TP_141040_20200108_20200114_02_T1"
    message = run_index(refusal, tmp_path, mtl(tmp_path / f"{other}_MTL.txt", product=other))
    assert f"is for the scene {other}" in message and "path/row 140041, acquired 20200101" in message, message
    assert "Give the MTL file of this scene" in message and not (tmp_path / "ndsi.tif").exists()
    # a scene id alone in the raster's name is compared too
    message = run_index(refusal, tmp_path, mtl(tmp_path / "other_MTL.txt", product=other),
                        name="LC81400412020001LGN00.tif")
    assert "path/row 140041" in message, message
    # the size: a raster larger than the MTL's scene cannot be that scene
    message = run_index(refusal, tmp_path, mtl(tmp_path / "small_MTL.txt", lines=20, samples=24), name="x.tif")
    assert "the MTL's scene is 24 x 20 px, the raster 48 x 40 px" in message, message
    assert not (tmp_path / "ndsi.tif").exists()


def test_the_mtl_of_the_scene_or_of_its_full_size_product_is_used(run_ok, tmp_path, provider):
    results = run_index(run_ok, tmp_path, mtl(tmp_path / f"{PRODUCT}_MTL.txt"))
    values, nodata = read_raster(results["OUTPUT"])
    assert values.shape == (40, 48) and np.isfinite(values[values != nodata]).all()
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    class Warnings(QgsProcessingFeedback):
        lines = []

        def pushWarning(self, warning):
            self.lines.append(warning)

    feedback = Warnings()
    source = scene(tmp_path / "downsampled.tif")
    processing.run("glaciermapper:spectralindex", {
        "INPUT": source, "SCALING": TOA, "MTL_FILE": mtl(tmp_path / "full_MTL.txt", lines=7820, samples=9384),
        "OUTPUT": str(tmp_path / "ndsi2.tif")}, feedback=feedback, context=QgsProcessingContext())
    assert any("the MTL's scene is 9384 x 7820 px, the raster 48 x 40 px" in w and "downsampled 196 times" in w
               for w in feedback.lines), feedback.lines
    assert os.path.isfile(tmp_path / "ndsi2.tif")
