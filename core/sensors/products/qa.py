"""Quality bands decoded into one reason per pixel: why a pixel is masked, or 0 when it is kept.

Landsat Collection 2 QA_PIXEL (and the pre-collection BQA), QA_RADSAT, HLS Fmask and Sentinel-2 SCL. Snow
and water flags are never masked: glaciers and lakes are what the plugin maps.
"""
from typing import Collection, Dict, Iterable, Tuple

import numpy as np

# Reason codes of the QA mask output (UInt8).
CLEAR, FILL, CLOUD, SHADOW, CIRRUS, SATURATED = 0, 1, 2, 3, 4, 5
REASONS = {CLEAR: "clear", FILL: "fill", CLOUD: "cloud", SHADOW: "cloud shadow", CIRRUS: "cirrus",
           SATURATED: "saturated or defective"}
# RGBA per reason for the colour table of the QA mask output.
COLOURS = {CLEAR: (0, 0, 0, 0), FILL: (80, 80, 80, 255), CLOUD: (255, 255, 255, 255),
           SHADOW: (60, 60, 160, 255), CIRRUS: (160, 220, 255, 255), SATURATED: (255, 0, 200, 255)}
# The reasons a user may mask, each a choice (key, label); fill is always nodata.
QA_MASK_CHOICES = ((CLOUD, "Cloud and dilated cloud"), (SHADOW, "Cloud shadow"), (CIRRUS, "Cirrus"),
                   (SATURATED, "Saturated or defective"))
MASKABLE = frozenset(key for key, _ in QA_MASK_CHOICES)
# Which quality band each decoder reads.
QA_KINDS = ("qa_pixel", "bqa", "bqa_c1", "fmask", "scl")


def _bit(values: np.ndarray, bit: int) -> np.ndarray:
    return ((values >> bit) & 1).astype(bool)


def qa_pixel_reasons(values: np.ndarray) -> np.ndarray:
    """Landsat Collection 2 QA_PIXEL: bit 0 fill, 1 dilated cloud, 2 cirrus, 3 cloud, 4 cloud shadow."""
    values = values.astype(np.uint32)
    reasons = np.zeros(values.shape, np.uint8)
    # lowest priority first: a later, stronger reason overwrites
    reasons[_bit(values, 4)] = SHADOW
    reasons[_bit(values, 2)] = CIRRUS
    reasons[_bit(values, 1) | _bit(values, 3)] = CLOUD
    reasons[_bit(values, 0)] = FILL
    return reasons


def bqa_reasons(values: np.ndarray) -> np.ndarray:
    """Landsat 8 pre-collection BQA: bit 0 fill, bits 12-13 cirrus and 14-15 cloud confidence (high = 3)."""
    values = values.astype(np.uint32)
    reasons = np.zeros(values.shape, np.uint8)
    reasons[((values >> 12) & 3) == 3] = CIRRUS
    reasons[((values >> 14) & 3) == 3] = CLOUD
    reasons[_bit(values, 0)] = FILL
    return reasons


def bqa_c1_reasons(values: np.ndarray) -> np.ndarray:
    """Landsat Collection 1 BQA: bit 0 fill, 4 cloud, 7-8 cloud shadow and 11-12 cirrus confidence (high = 3)."""
    values = values.astype(np.uint32)
    reasons = np.zeros(values.shape, np.uint8)
    reasons[((values >> 7) & 3) == 3] = SHADOW
    reasons[((values >> 11) & 3) == 3] = CIRRUS
    reasons[_bit(values, 4)] = CLOUD
    reasons[_bit(values, 0)] = FILL
    return reasons


def fmask_reasons(values: np.ndarray) -> np.ndarray:
    """HLS Fmask: bit 0 cirrus, 1 cloud, 2 adjacent to cloud or shadow, 3 cloud shadow; 255 fill."""
    values = values.astype(np.uint32)
    reasons = np.zeros(values.shape, np.uint8)
    reasons[_bit(values, 3)] = SHADOW
    reasons[_bit(values, 0)] = CIRRUS
    reasons[_bit(values, 1) | _bit(values, 2)] = CLOUD
    reasons[values == 255] = FILL
    return reasons


# Sentinel-2 scene classification: 0 no data, 1 saturated or defective, 3 cloud shadow, 8/9 cloud medium/high
# probability, 10 thin cirrus; 2 dark, 4 vegetation, 5 not vegetated, 6 water, 7 unclassified, 11 snow kept.
SCL_REASONS = {0: FILL, 1: SATURATED, 3: SHADOW, 8: CLOUD, 9: CLOUD, 10: CIRRUS}


def scl_reasons(values: np.ndarray) -> np.ndarray:
    lookup = np.zeros(256, np.uint8)
    for value, reason in SCL_REASONS.items():
        lookup[value] = reason
    return lookup[values.astype(np.uint8)]


DECODERS = {"qa_pixel": qa_pixel_reasons, "bqa": bqa_reasons, "bqa_c1": bqa_c1_reasons, "fmask": fmask_reasons,
            "scl": scl_reasons}


def radsat_band_saturated(values: np.ndarray, band_number: int) -> np.ndarray:
    """QA_RADSAT: bit n-1 set where Landsat band n is saturated."""
    return _bit(values.astype(np.uint32), band_number - 1)


def value_counts(histogram: np.ndarray) -> Dict[int, int]:
    return {int(v): int(histogram[v]) for v in np.flatnonzero(histogram)}


def reason_lookup(kind: str, values: Iterable[int], masked: Collection[int] = MASKABLE) -> Dict[int, int]:
    """value -> reason for the values a quality band holds (the VRT's LUT lists exactly these); reasons not in
    ``masked`` (and not fill) become CLEAR."""
    array = np.asarray(list(values), dtype=np.uint32)
    return {v: r if r == FILL or r in masked else CLEAR
            for v, r in zip(array.tolist(), DECODERS[kind](array).tolist())}


def masked_counts(kind: str, counts: Dict[int, int], masked: Collection[int] = MASKABLE
                  ) -> Tuple[int, int, Dict[str, int]]:
    """(data pixels, masked data pixels, pixels per masked reason) from a quality band's value counts; fill is
    not data, so the masked share is of the pixels that hold an observation."""
    lookup = reason_lookup(kind, list(counts), masked) if counts else {}
    per_reason: Dict[str, int] = {}
    for value, count in counts.items():
        name = REASONS[lookup[value]]
        per_reason[name] = per_reason.get(name, 0) + count
    data = sum(c for v, c in counts.items() if lookup[v] != FILL)
    hidden = sum(c for v, c in counts.items() if lookup[v] not in (CLEAR, FILL))
    return data, hidden, per_reason
