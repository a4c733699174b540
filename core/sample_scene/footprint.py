"""The valid footprint of a sample scene: the raster less a nodata border, optionally tilted.

A Landsat path/row scene sits in its UTM grid as a rectangle tilted by about 8-13 degrees, so a quarter of
the raster is a nodata collar whose edge crosses tiles at every angle; a rectangular border does not test that.
"""
import math

import numpy as np


def inside_footprint(rows: np.ndarray, cols: np.ndarray, width: int, height: int, border: int = 0,
                     rotation_deg: float = 0.0) -> np.ndarray:
    """True for pixels (``rows`` [n, 1], ``cols`` [1, m], global pixel indices) inside the footprint: the
    largest rectangle of the raster's aspect, tilted by ``rotation_deg`` about the centre, that fits within
    ``border`` pixels of the edges (the plain border when not tilted)."""
    half_w, half_h = width / 2.0 - border, height / 2.0 - border
    angle = math.radians(rotation_deg)
    cos, sin = abs(math.cos(angle)), abs(math.sin(angle))
    # shrink the rectangle until its tilted bounding box fits the bordered raster
    scale = min(1.0, half_w / (half_w * cos + half_h * sin), half_h / (half_w * sin + half_h * cos))
    x = cols.astype(np.float64) + 0.5 - width / 2.0
    y = rows.astype(np.float64) + 0.5 - height / 2.0
    u = x * math.cos(angle) + y * math.sin(angle)
    v = -x * math.sin(angle) + y * math.cos(angle)
    return (np.abs(u) < half_w * scale) & (np.abs(v) < half_h * scale)
