"""The sliding-window tile grid and the weights that blend overlapping tiles without seams.

Tiles are square. Their starts step by ``tile - overlap``; the last tile of a row or column is pulled back so
that it ends on the raster's edge instead of hanging over it with fill. A raster smaller than one tile is one
tile, padded by reflection (the engine crops the padding away).

Blending: along a side that touches a neighbouring tile, a tile's weight rises from exactly 0 at its outermost
pixel to 1 at ``overlap`` pixels in (a Hann half-window for "cosine", a half-Gaussian for "gaussian"). With
evenly spaced tiles the two ramps of an overlap add up to 1 for "cosine". The outermost pixel is the one a
zero-padded network gets most wrong, and a neighbour always covers it with full weight. Along a side on the
raster's own border no other tile exists, so the weight stays 1 there. With an overlap under 2 pixels there
is nothing to ramp over and the weights are flat.

A tile's weight is its row's weight along y times its column's along x, and every tile over a valid pixel is
run (a skipped tile has no valid pixel). So the sum of the weights over a valid pixel is the sum along y
times the sum along x, and each tile's share of the blend is separable too (``AxisShare``): the engine adds
shares of probability and needs neither a weight accumulator nor a division, and only multiplies the rows and
columns where tiles overlap (away from them a share is exactly 1).

Planning (bench/README.md has the measurements): ``choose_tile`` picks the tile size per raster that evaluates
the fewest pixels, and ``edge_boxes`` evaluates a tile that is partly nodata on the boxes around its valid
pixels only, each valid pixel kept from exactly one box.
"""
from dataclasses import dataclass
from typing import List, Optional, Tuple

import numpy as np

BLENDS = ("cosine", "gaussian")


def tile_starts(length: int, tile: int, overlap: int) -> List[int]:
    """Start offsets along one axis: every ``tile - overlap`` pixels, the last pulled back to end at ``length``."""
    if length <= tile:
        return [0]
    stride = tile - overlap
    starts = list(range(0, length - tile, stride))
    starts.append(length - tile)
    return starts


def ramp(overlap: int, blend: str = "cosine") -> np.ndarray:
    """Rising weights over ``overlap`` pixels: 0 at the tile's outermost pixel, 1 at the overlap's inner end."""
    if overlap < 2:
        return np.ones(max(overlap, 0), dtype=np.float32)
    position = np.arange(overlap, dtype=np.float64) / (overlap - 1)  # 0 .. 1
    if blend == "cosine":
        values = np.sin(0.5 * np.pi * position) ** 2
    elif blend == "gaussian":
        sigma = 1.0 / 3.0
        curve = np.exp(-0.5 * ((1.0 - position) / sigma) ** 2)
        values = (curve - curve[0]) / (1.0 - curve[0])
    else:
        raise ValueError(f"Unknown blend '{blend}'. Choose one of: {', '.join(BLENDS)}.")
    return values.astype(np.float32)


def axis_weights(tile: int, overlap: int, leading_border: bool, trailing_border: bool,
                 blend: str = "cosine") -> np.ndarray:
    """Weights along one axis of a tile; a side on the raster border keeps weight 1."""
    weights = np.ones(tile, dtype=np.float32)
    rise = ramp(min(overlap, tile), blend)
    n = len(rise)
    if n and not leading_border:
        weights[:n] = np.minimum(weights[:n], rise)
    if n and not trailing_border:
        weights[tile - n:] = np.minimum(weights[tile - n:], rise[::-1])
    return weights


@dataclass(frozen=True)
class AxisShare:
    """One tile row's or column's share of the blend along its axis: its weights divided by the sum of the
    weights of every tile over the same pixels. Exactly 1 on [flat_start, flat_stop), where no other tile lies."""
    values: np.ndarray  # float32, one per pixel of the tile along the axis
    flat_start: int
    flat_stop: int

    def ramps(self, start: int, stop: int) -> List[Tuple[int, int]]:
        """The spans of [start, stop) (tile pixels) whose share is not 1: the ones a probability is multiplied on."""
        head = (start, min(stop, max(self.flat_start, start)))
        tail = (max(start, min(self.flat_stop, stop)), stop)
        return [(a, b) for a, b in (head, tail) if b > a]


def _longest_run(flags: np.ndarray) -> Tuple[int, int]:
    edges = np.flatnonzero(np.diff(np.concatenate(([0], flags.astype(np.int8), [0]))))
    if edges.size == 0:
        return 0, 0
    starts, stops = edges[0::2], edges[1::2]
    longest = int(np.argmax(stops - starts))
    return int(starts[longest]), int(stops[longest])


def axis_shares(starts: List[int], weights: List[np.ndarray], length: int) -> List[AxisShare]:
    """Each tile's weights along one axis over the sum of all tiles' weights there (``length``: the padded
    raster's side). A pixel no weight reaches gets share 0 (none does: a neighbour covers each ramp's 0)."""
    tile = len(weights[0])
    total = np.zeros(max(length, tile), dtype=np.float64)
    for start, w in zip(starts, weights):
        total[start:start + tile] += w
    shares = []
    for start, w in zip(starts, weights):
        under = total[start:start + tile]
        values = np.divide(w, under, out=np.zeros(tile), where=under > 0).astype(np.float32)
        shares.append(AxisShare(values, *_longest_run(values == 1)))
    return shares


@dataclass(frozen=True)
class TileGrid:
    """Tile positions over a width x height raster. ``padded_*`` is at least one tile (reflection padding)."""
    width: int
    height: int
    tile: int
    overlap: int
    blend: str = "cosine"

    def __post_init__(self) -> None:
        if self.tile < 1:
            raise ValueError("tile size must be positive")
        if not 0 <= self.overlap < self.tile:
            raise ValueError(f"overlap {self.overlap} must be at least 0 and less than the tile size {self.tile}")
        if self.blend not in BLENDS:
            raise ValueError(f"Unknown blend '{self.blend}'. Choose one of: {', '.join(BLENDS)}.")

    @property
    def xs(self) -> List[int]:
        return tile_starts(self.width, self.tile, self.overlap)

    @property
    def ys(self) -> List[int]:
        return tile_starts(self.height, self.tile, self.overlap)

    @property
    def padded_width(self) -> int:
        return max(self.width, self.tile)

    @property
    def padded_height(self) -> int:
        return max(self.height, self.tile)

    @property
    def count(self) -> int:
        return len(self.xs) * len(self.ys)

    def x_weights(self) -> List[np.ndarray]:
        """Per tile column: its weights along x."""
        return [self._axis(x, self.width) for x in self.xs]

    def y_weights(self) -> List[np.ndarray]:
        """Per tile row: its weights along y."""
        return [self._axis(y, self.height) for y in self.ys]

    def x_shares(self) -> List[AxisShare]:
        """Per tile column: its share of the blend along x."""
        return axis_shares(self.xs, self.x_weights(), self.padded_width)

    def y_shares(self) -> List[AxisShare]:
        """Per tile row: its share of the blend along y."""
        return axis_shares(self.ys, self.y_weights(), self.padded_height)

    def _axis(self, start, length):
        return axis_weights(self.tile, self.overlap, start == 0, start + self.tile >= length, self.blend)

    def rows_done_after(self, row: int) -> Tuple[int, int]:
        """The raster rows that no tile row after ``row`` touches: [start, stop)."""
        ys = self.ys
        start = ys[row]
        stop = ys[row + 1] if row + 1 < len(ys) else self.height
        return start, min(stop, self.height)


# With a network whose spatial axes are dynamic and no tile size asked for, the tile is chosen per raster
# between the card's size and AUTO_TILE_MAX, as the one that evaluates the fewest pixels (bench/README.md).
AUTO_TILE_MAX = 640


def evaluated_pixels(width: int, height: int, tile: int, overlap: int) -> int:
    """Pixels the network evaluates with square ``tile`` tiles over the whole raster (no tile skipped)."""
    return len(tile_starts(width, tile, overlap)) * len(tile_starts(height, tile, overlap)) * tile * tile


def choose_tile(width: int, height: int, overlap: int, smallest: int, multiple: int,
                largest: int = AUTO_TILE_MAX) -> int:
    """The tile size in [smallest, largest], a multiple of ``multiple``, that evaluates the fewest pixels.

    The last tile of a row is pulled back to the raster's edge, so a tile size that happens to fit the raster
    saves up to a whole tile column and row of redundant evaluation. Ties go to the smaller tile (less memory).
    No tile larger than the raster's shorter side is chosen unless ``smallest`` already is: padding the
    raster by reflection to fit a tile is only for rasters smaller than the card's tile.
    """
    multiple = max(int(multiple), 1)
    low = max(smallest, multiple)
    high = max(min(largest, width, height), low)
    sizes = [t for t in range(low, high + 1, multiple) if t > overlap] or [low]
    return min(sizes, key=lambda t: (evaluated_pixels(width, height, t, overlap), t))


def _span(low: int, high: int, length: int, margin: int, multiple: int) -> Tuple[int, int]:
    low, high = max(0, low - margin), min(length, high + margin)
    size = min(-(-(high - low) // multiple) * multiple, length)
    low = min(low, length - size)
    return low, low + size


Box = Tuple[int, int, int, int]  # (y0, y1, x0, x1) within a tile


def _grown(valid: np.ndarray, part: Box, margin: int, multiple: int) -> Optional[Box]:
    """The box around the valid pixels of ``part`` of a tile, grown by ``margin``, sides multiples of ``multiple``."""
    a, b, c, d = part
    rows = np.flatnonzero(valid[a:b, c:d].any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(valid[a:b, c:d].any(axis=0))
    height, width = valid.shape
    y0, y1 = _span(a + int(rows[0]), a + int(rows[-1]) + 1, height, margin, multiple)
    x0, x1 = _span(c + int(cols[0]), c + int(cols[-1]) + 1, width, margin, multiple)
    return y0, y1, x0, x1


def _area(boxes: List[Tuple[Box, Box]]) -> int:
    return sum((y1 - y0) * (x1 - x0) for (y0, y1, x0, x1), _ in boxes)


def _part_boxes(valid: np.ndarray, part: Box, margin: int, multiple: int, depth: int) -> List[Tuple[Box, Box]]:
    """The cheapest (evaluated box, kept box) pairs for the valid pixels of ``part``: the box around them, or
    (``depth`` more times) the same for each of its quarters."""
    box = _grown(valid, part, margin, multiple)
    if box is None:
        return []
    a, b, c, d = part
    best = [(box, (max(a, box[0]), min(b, box[1]), max(c, box[2]), min(d, box[3])))]
    half_y, half_x = (b - a) // 2 // multiple * multiple, (d - c) // 2 // multiple * multiple
    if depth > 0 and min(half_y, half_x) >= margin:
        split = [pair for quarter in ((a, a + half_y, c, c + half_x), (a, a + half_y, c + half_x, d),
                                      (a + half_y, b, c, c + half_x), (a + half_y, b, c + half_x, d))
                 for pair in _part_boxes(valid, quarter, margin, multiple, depth - 1)]
        if _area(split) < _area(best):
            best = split
    return best


def edge_boxes(valid: np.ndarray, margin: int, multiple: int, min_saving: float = 0.1,
               depth: int = 2) -> Optional[List[Tuple[Box, Box]]]:
    """How to evaluate a tile that is partly nodata for less than the whole tile: (evaluated box, kept box)
    pairs in tile coordinates, or None when that would save less than ``min_saving`` of the tile.

    A tile at the edge of a rotated footprint is mostly nodata. The box around its valid pixels is evaluated,
    or, where cheaper, each quarter (and quarter of a quarter, up to ``depth``) with valid pixels is, each on
    the box around its own valid pixels, keeping only its own part. The margin gives every kept valid pixel
    the context the blending ramp already trusts, as far as the tile has it.
    """
    height, width = valid.shape
    best = _part_boxes(valid, (0, height, 0, width), margin, multiple, depth)
    return best if best and _area(best) <= (1.0 - min_saving) * height * width else None
