"""Seeded noise that is a pure function of global coordinates.

Every value depends only on the seed and the pixel's position in the whole scene, never on the block being
computed, so a scene generated in strips of any height is identical to one generated at once. Only integer
hashing and elementwise float arithmetic are used (no BLAS sums, no transcendental functions per pixel),
because those could round differently with the array's length.
"""
import zlib
from typing import Any

import numpy as np
from numpy.typing import ArrayLike

# Unit gradients of the gradient noise: 16 fixed directions indexed by a hash, as in improved Perlin noise.
_ANGLES = 2.0 * np.pi * (np.arange(16) + 0.5) / 16.0
_GRADIENT_X = np.cos(_ANGLES).astype(np.float32)
_GRADIENT_Y = np.sin(_ANGLES).astype(np.float32)
# Perlin noise with unit gradients stays within about +-0.7; this brings it to about +-1.
_NOISE_GAIN = np.float32(1.4)


def key(seed: int, name: str) -> int:
    """A 32-bit key for one noise field: the same seed gives independent fields for different names."""
    return zlib.crc32(f"{int(seed)}:{name}".encode("ascii"))


def _mix(h):
    """Avalanche a uint32 array (lowbias32 finaliser), in place where possible."""
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x7FEB352D)
    h ^= h >> np.uint32(15)
    h *= np.uint32(0x846CA68B)
    h ^= h >> np.uint32(16)
    return h


def hash2(ix: np.ndarray, iy: np.ndarray, field_key: int) -> np.ndarray:
    """uint32 hash of integer coordinates (arrays that broadcast; negative values wrap)."""
    hx = np.asarray(ix).astype(np.uint32) * np.uint32(0x9E3779B1)
    hy = np.asarray(iy).astype(np.uint32) * np.uint32(0x85EBCA77)
    h = hx ^ hy
    h ^= np.uint32(field_key)
    return _mix(h)


def _fade(t):
    # Quintic fade: continuous slope and curvature, so hillshade shows no lattice seams.
    return t * t * t * (t * (t * np.float32(6.0) - np.float32(15.0)) + np.float32(10.0))


def _axis(coords):
    """Lattice cell index and position inside the cell along one axis (coords in lattice units, float64)."""
    cell = np.floor(coords)
    frac = (coords - cell).astype(np.float32)
    return cell.astype(np.int64), frac


def _lattice(cells):
    """The lattice lines a set of cells touches, and the positions of each cell's two lines among them."""
    lines = np.unique(np.concatenate([cells, cells + 1]))
    return lines, (np.searchsorted(lines, cells), np.searchsorted(lines, cells + 1))


def gradient_noise(xs: np.ndarray, ys: np.ndarray, field_key: int) -> np.ndarray:
    """2-D gradient noise on the grid ``ys`` (rows) x ``xs`` (columns), coordinates in lattice units.

    Returns float32 [len(ys), len(xs)], about -1..1. Evaluated separably: the corner gradients are
    interpolated along y on the small lattice, then gathered along x, which keeps the cost near a few
    passes over the output whatever the wavelength.
    """
    cx, fx = _axis(np.asarray(xs, dtype=np.float64))
    cy, fy = _axis(np.asarray(ys, dtype=np.float64))
    # Only the lattice lines next to some pixel are hashed, so sparse grids over a whole scene stay cheap.
    lattice_x, jx = _lattice(cx)
    lattice_y, jy = _lattice(cy)
    index = hash2(lattice_x[None, :], lattice_y[:, None], field_key) & np.uint32(15)
    gx = _GRADIENT_X[index]
    gy = _GRADIENT_Y[index]
    sy = _fade(fy)[:, None]
    one = np.float32(1.0)
    # Along y: the x-gradient term takes the plain fade weights, the y-gradient term the fade times offset.
    term_x = gx[jy[0]] * (one - sy) + gx[jy[1]] * sy
    term_y = gy[jy[0]] * ((one - sy) * fy[:, None]) + gy[jy[1]] * (sy * (fy[:, None] - one))
    sx = _fade(fx)
    out = np.take(term_x, jx[0], axis=1)
    out *= (one - sx) * fx
    out += np.take(term_x, jx[1], axis=1) * (sx * (fx - one))
    out += np.take(term_y, jx[0], axis=1) * (one - sx)
    out += np.take(term_y, jx[1], axis=1) * sx
    out *= _NOISE_GAIN
    return out


def lattice_coords(pixels: ArrayLike, pixel_size: float, wavelength: float, shift: float) -> np.ndarray:
    """Lattice coordinates of pixel centres for a wavelength in metres; ``shift`` decorrelates octaves."""
    return (np.asarray(pixels, dtype=np.float64) + 0.5) * (pixel_size / wavelength) + shift


def _octave_shift(field_key, octave, axis):
    return (hash2(np.array([octave]), np.array([axis]), field_key)[0] % np.uint32(1 << 16)) / 4096.0


def fbm(cols: np.ndarray, rows: np.ndarray, pixel_size: float, field_key: int, wavelength: float, octaves: int,
        gain: float = 0.5, lacunarity: float = 2.07) -> np.ndarray:
    """Fractal sum of gradient noise, normalised to about -1..1. ``cols``/``rows``: global pixel indices."""
    total: Any = None  # the first octave, then the running sum
    amplitude, norm, length = 1.0, 0.0, float(wavelength)
    for octave in range(octaves):
        xs = lattice_coords(cols, pixel_size, length, _octave_shift(field_key, octave, 0))
        ys = lattice_coords(rows, pixel_size, length, _octave_shift(field_key, octave, 1))
        layer = gradient_noise(xs, ys, (field_key + octave) & 0xFFFFFFFF)
        if total is None:
            total = layer * np.float32(amplitude)
        else:
            total += layer * np.float32(amplitude)
        norm += amplitude
        amplitude *= gain
        length /= lacunarity
    total *= np.float32(1.0 / norm)
    return total
