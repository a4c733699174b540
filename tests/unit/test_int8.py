"""The int8 variants of the bundled models: found by precision, not listed as models, and close to fp32."""
import os
import shutil

import numpy as np
import pytest
from helpers import read_raster

from glacier_mapper.core.errors import InputError
from glacier_mapper.core.inference import catalog
from glacier_mapper.core.inference.model_card import read_card
from glacier_mapper.core.inference.segment import SegmentOptions, segment_raster
from glacier_mapper.core.sample_scene import generate_scene
from glacier_mapper.core.sensors.scene import Scene

NAMES = ("glacier_unet", "glacier_unet_ndsi", "lake_attention_unet", "lake_attention_unet_b1_b7",
         "lake_attention_unet_s2")
# The int8 mask agrees with fp32 on at least 99.7 % of the valid pixels. Measured on this 384 px scene (seed 7,
# the scene of tests/qgis/test_bundled_models.py): 0.13 % change class with glacier_unet, 0.001 % with
# lake_attention_unet (0.12 % and 0.002 % on the build's 1,024 px held-out scene).
MAX_FLIPS = 0.003


def bundled(name):
    return os.path.join(catalog.BUNDLED_DIR, name)


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    return generate_scene(str(tmp_path_factory.mktemp("int8") / "scene"), width=384, height=384, seed=7)


def test_int8_variants_are_not_listed_as_models_and_carry_the_card():
    catalog.forget_cards()
    listed = [os.path.basename(p) for _, p in catalog.list_models([catalog.BUNDLED_DIR])]
    assert sorted(listed) == sorted(f"{n}.onnx" for n in NAMES)
    for name in NAMES:
        int8 = catalog.variant_path(bundled(f"{name}.onnx"), "int8")
        assert int8 == bundled(f"{name}.int8.onnx") and catalog.is_variant(int8)
        fp32_card, int8_card = read_card(bundled(f"{name}.onnx")), read_card(int8)
        assert int8_card.name == f"{fp32_card.name} (int8)"
        assert int8_card.input.normalization.to_dict() == fp32_card.input.normalization.to_dict()
        # a third of the fp32 file or less: int8 weights instead of float32
        assert os.path.getsize(int8) < 0.4 * os.path.getsize(bundled(f"{name}.onnx"))
    assert catalog.variant_path(bundled("glacier_unet.onnx"), "fp32") == bundled("glacier_unet.onnx")


def test_int8_without_a_variant_says_what_to_do(tmp_path, scene):
    lonely = tmp_path / "my_model.onnx"
    shutil.copy(bundled("glacier_unet.onnx"), lonely)
    with pytest.raises(InputError, match=r"no int8 variant: my_model\.int8\.onnx .* precision fp32"):
        segment_raster(Scene.from_raster(scene.scene), str(lonely), out_mask=str(tmp_path / "m.tif"),
                       options=SegmentOptions(device="cpu", precision="int8"))
    with pytest.raises(InputError, match="Unknown precision 'fp16'"):
        segment_raster(Scene.from_raster(scene.scene), str(lonely), out_mask=str(tmp_path / "m.tif"),
                       options=SegmentOptions(device="cpu", precision="fp16"))


@pytest.mark.parametrize("name", ("glacier_unet", "lake_attention_unet"))
def test_int8_mask_agrees_with_fp32_on_a_generated_scene(name, scene, tmp_path):
    masks = {}
    for precision in ("fp32", "int8"):
        out = str(tmp_path / f"{precision}.tif")
        result = segment_raster(Scene.from_raster(scene.scene), bundled(f"{name}.onnx"), out_mask=out,
                                options=SegmentOptions(device="cpu", precision=precision))
        assert result.precision == precision
        assert result.model_path.endswith(".int8.onnx" if precision == "int8" else f"{name}.onnx")
        masks[precision] = read_raster(out)[0]
    fp32, int8 = masks["fp32"], masks["int8"]
    valid = fp32 != 255
    assert np.array_equal(valid, int8 != 255)
    flips = np.count_nonzero(valid & (fp32 != int8)) / np.count_nonzero(valid)
    assert flips <= MAX_FLIPS, f"{100 * flips:.3f} % of the pixels change class"
    assert np.count_nonzero(int8 == 1) > 0.5 * np.count_nonzero(fp32 == 1) > 0  # the target is really mapped
