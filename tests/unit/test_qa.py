"""Quality-band decoding: every QA_PIXEL value against an independent bit-by-bit decoding, the SCL classes and
the Fmask bits; masked shares from value counts."""
import numpy as np

from glacier_mapper.core.sensors.products.qa import (
    CIRRUS,
    CLEAR,
    CLOUD,
    FILL,
    SATURATED,
    SHADOW,
    bqa_reasons,
    fmask_reasons,
    masked_counts,
    qa_pixel_reasons,
    radsat_band_saturated,
    scl_reasons,
)


def independent_qa_pixel(value):
    """USGS Landsat 8-9 C2 QA_PIXEL: fill (bit 0), dilated cloud (1), cirrus (2), cloud (3), shadow (4)."""
    flags = [bool(value & (1 << bit)) for bit in range(16)]
    if flags[0]:
        return FILL
    if flags[3] or flags[1]:
        return CLOUD
    if flags[2]:
        return CIRRUS
    if flags[4]:
        return SHADOW
    return CLEAR  # snow (5), clear (6), water (7) and the confidences never mask


def test_every_qa_pixel_value():
    values = np.arange(65536, dtype=np.uint16)
    decoded = qa_pixel_reasons(values)
    expected = np.array([independent_qa_pixel(v) for v in range(65536)], np.uint8)
    assert np.array_equal(decoded, expected)
    assert np.bincount(decoded, minlength=6).tolist() == [2048, 32768, 24576, 2048, 4096, 0]
    # the values of the real product: 1 fill, 22280 and 55052 cloud, 23888 cloud shadow; snow 0b100000 kept
    assert qa_pixel_reasons(np.array([1, 22280, 55052, 23888, 21824, 1 << 5, 1 << 7])).tolist() == [
        FILL, CLOUD, CLOUD, SHADOW, CLEAR, CLEAR, CLEAR]


def test_scl_classes():
    reasons = scl_reasons(np.arange(12, dtype=np.uint8)).tolist()
    assert reasons == [FILL, SATURATED, CLEAR, SHADOW, CLEAR, CLEAR, CLEAR, CLEAR, CLOUD, CLOUD, CIRRUS, CLEAR]


def test_fmask_bits():
    values = np.array([0, 1, 2, 4, 8, 16, 32, 64 | 128, 2 | 8, 16 | 32, 255], np.uint8)
    assert fmask_reasons(values).tolist() == [CLEAR, CIRRUS, CLOUD, CLOUD, SHADOW, CLEAR, CLEAR, CLEAR, CLOUD,
                                              CLEAR, FILL]


def test_pre_collection_bqa_and_radsat():
    assert bqa_reasons(np.array([20480, 61440, 53248, 28672, 36864, 1], np.uint16)).tolist() == [
        CLEAR, CLOUD, CLOUD, CIRRUS, CLEAR, FILL]
    assert radsat_band_saturated(np.array([0, 4, 4 | 32]), 3).tolist() == [False, True, True]
    assert radsat_band_saturated(np.array([0, 4, 4 | 32]), 6).tolist() == [False, False, True]


def test_masked_counts_leave_fill_out_of_the_share():
    data, masked, per_reason = masked_counts("qa_pixel", {1: 44854, 22280: 24286, 23888: 62, 55052: 77092,
                                                          21824: 1000})
    assert (data, masked) == (102440, 101440)
    assert per_reason == {"fill": 44854, "cloud": 101378, "cloud shadow": 62, "clear": 1000}
