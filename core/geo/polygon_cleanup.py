"""Clean-up of polygons traced from pixels: repair, hole filling, simplification and smoothing.

All functions take and return numpy arrays of shapely geometries (vectorised shapely 2 calls), with
thresholds in metres and m² measured by a geodesy.Measurer, whatever the CRS.
"""
from typing import Any, Callable, Optional, Sequence, Tuple

import numpy as np
from numpy.typing import ArrayLike

from ..io.vector import polygonal_part
from ..optional import optional_module
from .geodesy import Measurer, apply_in_metres

shapely = optional_module("shapely")  # only the outline algorithms need it

# Corner cut before simplification, in tolerances: above 1 so Douglas-Peucker keeps both chamfer points.
CORNER_CUT = 1.5


def repair(geometries: ArrayLike) -> np.ndarray:
    """Valid polygonal geometries: invalid ones go through make_valid and keep only their areas.

    Pixel outlines are invalid where pixels touch only at a corner (a ring that touches itself).
    """
    geometries = np.asarray(geometries, dtype=object)
    invalid = ~shapely.is_valid(geometries)
    if invalid.any():
        geometries = geometries.copy()
        geometries[invalid] = polygonal_part(shapely.make_valid(geometries[invalid]))
    return geometries


def fill_small_holes(geometries: ArrayLike, measurer: Measurer, hole_area_m2: float) -> np.ndarray:
    """Remove the interior rings whose area is below ``hole_area_m2``; bigger holes (rock outcrops,
    islands) stay. Polygons and multipolygons are both handled; the result is valid if the input was."""
    geometries = np.asarray(geometries, dtype=object)
    if hole_area_m2 <= 0 or geometries.size == 0 or not shapely.get_num_interior_rings(
            shapely.get_parts(geometries)).any():
        return geometries
    parts, part_index = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    first_of_part = np.r_[True, ring_part[1:] != ring_part[:-1]]
    keep = first_of_part.copy()
    holes = np.flatnonzero(~first_of_part)
    if holes.size:
        keep[holes] = measurer.area_m2(shapely.polygons(rings[holes])) >= hole_area_m2
    rebuilt = _polygons_from_rings(rings[keep], ring_part[keep], len(parts))
    return _regroup(rebuilt, part_index, len(geometries))


def _polygons_from_rings(rings, ring_part, count):
    """Polygons from rings listed shell first then holes per part; parts without rings come out empty."""
    out = np.empty(count, dtype=object)
    out[:] = shapely.Polygon()
    if len(rings):
        shapely.polygons(rings, indices=ring_part, out=out)
    return out


def _regroup(parts, part_index, count):
    """One geometry per original index: the part itself, or a MultiPolygon of several parts."""
    out = np.empty(count, dtype=object)
    out[:] = shapely.Polygon()
    boundaries = np.flatnonzero(np.r_[True, part_index[1:] != part_index[:-1]])
    sizes = np.diff(np.r_[boundaries, len(part_index)])
    single = sizes == 1
    out[part_index[boundaries[single]]] = parts[boundaries[single]]
    for start, size in zip(boundaries[~single], sizes[~single]):
        members = [p for p in parts[start:start + size] if not p.is_empty]
        out[part_index[start]] = shapely.MultiPolygon(members) if len(members) > 1 else \
            (members[0] if members else shapely.Polygon())
    return out


def simplify(geometries: ArrayLike, measurer: Measurer, tolerance_m: float,
             pixel_m: Optional[float] = None) -> np.ndarray:
    """Pixel staircases cut to straight lines, then Douglas-Peucker simplification that keeps topology (no
    self-crossings, holes stay inside), tolerance in metres on the ground (geodesy.apply_in_metres).

    Douglas-Peucker alone cannot straighten a staircase of pixels: its inner corners lie at least 0.71
    pixel (21 m for 30 m pixels) from the line through its outer corners, so a smaller tolerance keeps
    every step and a larger one keeps the outer corners, which grows the area. So every corner is first
    cut back along both edges by half the edge or ``CORNER_CUT`` x the tolerance, whichever is shorter (at
    least half a pixel, ``pixel_m``): one-pixel steps collapse to their midpoints, so a staircase becomes
    the straight line through them and keeps its area, while the corners of long edges become small
    chamfers that Douglas-Peucker keeps whole (a chamfer narrower than the tolerance would lose one of
    its two points and skew both edges).
    """
    geometries = np.asarray(geometries, dtype=object)
    if tolerance_m <= 0 or geometries.size == 0:
        return geometries

    def operation(metric):
        if pixel_m:
            metric = cut_corners(metric, max(CORNER_CUT * tolerance_m, 0.5 * pixel_m * 1.001), fraction=0.5)
        return shapely.simplify(metric, tolerance_m, preserve_topology=True)

    return apply_in_metres(geometries, measurer, operation)


def smooth(geometries: ArrayLike, measurer: Measurer, distance_m: float, iterations: int = 2) -> np.ndarray:
    """Chaikin corner cutting: each pass replaces every corner by two points a quarter of the way along its
    edges, but never further than ``distance_m`` from the corner, so long straight edges keep their corners
    nearly in place while jagged stretches become round. The result may need ``repair`` where a hole comes
    close to a shell."""
    geometries = np.asarray(geometries, dtype=object)
    if iterations <= 0 or distance_m <= 0 or geometries.size == 0:
        return geometries

    def operation(metric):
        for _ in range(iterations):
            metric = cut_corners(metric, distance_m, fraction=0.25)
        return metric

    return apply_in_metres(geometries, measurer, operation)


def cut_corners(geometries: np.ndarray, distance: float, fraction: float) -> np.ndarray:
    """Every ring vertex replaced by two points on its adjacent edges, at min(fraction x edge length,
    distance) from the vertex (map units). Polygons and multipolygons; rings stay closed."""
    parts, part_index = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    if not len(coords):
        return geometries
    # drop each ring's closing point, so every vertex appears once
    last = np.r_[ring_of[1:] != ring_of[:-1], True]
    coords, ring_of = coords[~last], ring_of[~last]
    start = np.flatnonzero(np.r_[True, ring_of[1:] != ring_of[:-1]])
    size = np.diff(np.r_[start, len(ring_of)])
    first = np.repeat(start, size)
    position = np.arange(len(ring_of)) - first
    n = np.repeat(size, size)
    previous = coords[first + (position - 1) % n]
    following = coords[first + (position + 1) % n]
    to_previous, to_following = previous - coords, following - coords
    length_previous = np.hypot(*to_previous.T)
    length_following = np.hypot(*to_following.T)
    with np.errstate(invalid="ignore", divide="ignore"):
        step_previous = np.minimum(fraction * length_previous, distance) / length_previous
        step_following = np.minimum(fraction * length_following, distance) / length_following
    step_previous = np.nan_to_num(step_previous)[:, None]
    step_following = np.nan_to_num(step_following)[:, None]
    points = np.empty((2 * len(coords), 2))
    points[0::2] = coords + step_previous * to_previous
    points[1::2] = coords + step_following * to_following
    owner = np.repeat(ring_of, 2)
    # where two cuts meet at an edge's midpoint they coincide: keep one
    keep = np.r_[True, np.any(points[1:] != points[:-1], axis=1) | (owner[1:] != owner[:-1])]
    points, owner = points[keep], owner[keep]
    # close every ring on its first point
    ring_start = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    insert_at = np.r_[ring_start[1:], len(points)]
    points = np.insert(points, insert_at, points[ring_start], axis=0)
    owner = np.insert(owner, insert_at, owner[ring_start])
    counts = np.bincount(owner, minlength=len(rings))
    valid_ring = counts >= 4
    use = valid_ring[owner]
    new_rings = np.empty(len(rings), dtype=object)
    new_rings[:] = None
    if use.any():
        built = shapely.linearrings(points[use], indices=np.unique(owner[use], return_inverse=True)[1])
        new_rings[valid_ring] = built
    # a part whose shell collapsed goes whole, lest its first hole become its shell
    shell = np.r_[True, ring_part[1:] != ring_part[:-1]]
    collapsed = np.zeros(len(parts), bool)
    collapsed[ring_part[shell & ~valid_ring]] = True
    keep_ring = valid_ring & ~collapsed[ring_part]
    rebuilt = _polygons_from_rings(new_rings[keep_ring], ring_part[keep_ring], len(parts))
    return _regroup(rebuilt, part_index, len(geometries))


# Ring stretches compared at a time when looking for crossings: short lines keep each test cheap, however
# long the outline (predicates against one huge polygon cost time in its size, for every neighbour).
SEGMENTS = 32
QUERY_LINES = 20000  # lines queried per call, so cancel is asked several times a second


def touching_groups(geometries: np.ndarray, geotransform: Sequence[float],
                    check: Optional[Callable[[], Any]] = None) -> np.ndarray:
    """Label of the group of each pixel polygon, where polygons that share a vertex are in one group.

    Joins 4-connected pixel polygons traced on the grid of ``geotransform`` (north up) into 8-connected
    objects: two 4-connected pieces meet only where two of their pixels touch diagonally, and that corner
    is a vertex of both rings. Sorting the vertices' grid positions finds them, in about linear time and
    without a geometric predicate against a huge polygon. ``check`` is called between stages (cancel)."""
    check = check or (lambda: None)
    # imported here: scipy adds about 18 MiB to every process, and only 8-connectivity needs it
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    check()
    geometries = np.asarray(geometries, dtype=object)
    count = len(geometries)
    if count == 0:
        return np.zeros(0, np.int64)
    x0, dx, _, y0, _, dy = geotransform
    x_min, y_min, x_max, y_max = shapely.total_bounds(geometries)
    stride = int(np.rint(max(abs(x_max - x0), abs(x_min - x0)) / abs(dx))) + 2
    rows = int(np.rint(max(abs(y_max - y0), abs(y_min - y0)) / abs(dy))) + 2
    # one int64 per vertex, grid position above the piece's index: a plain sort then groups equal corners
    shift = max(int(count).bit_length(), 1)
    if (stride * rows).bit_length() + shift > 63:
        raise ValueError("The grid is too large to index its corners in 64 bits.")
    chunks = []
    for start in range(0, count, QUERY_LINES):
        check()
        coords, owner = shapely.get_coordinates(geometries[start:start + QUERY_LINES], return_index=True)
        column = np.rint((coords[:, 0] - x0) / dx).astype(np.int64)
        row = np.rint((coords[:, 1] - y0) / dy).astype(np.int64)
        chunks.append(((row * stride + column) << shift) | (owner + start))
    check()
    packed = np.sort(np.concatenate(chunks))
    key, owner = packed >> shift, packed & ((1 << shift) - 1)
    meet = (key[1:] == key[:-1]) & (owner[1:] != owner[:-1])
    check()
    graph = coo_matrix((np.ones(int(meet.sum()), np.int8), (owner[:-1][meet], owner[1:][meet])), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def boundary_lines(geometries: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """The rings of ``geometries`` cut into lines of at most SEGMENTS segments: (lines, owner index)."""
    parts, part_of = shapely.get_parts(geometries, return_index=True)
    rings, ring_part = shapely.get_rings(parts, return_index=True)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    if not len(coords):
        return np.empty(0, dtype=object), np.zeros(0, np.int64)
    start = np.flatnonzero(np.r_[True, ring_of[1:] != ring_of[:-1]])
    size = np.diff(np.r_[start, len(ring_of)])
    position = np.arange(len(ring_of)) - np.repeat(start, size)
    piece = position // SEGMENTS
    # a vertex that starts a stretch also ends the one before it
    shared = (position % SEGMENTS == 0) & (position > 0)
    coords = np.concatenate([coords, coords[shared]])
    ring_of = np.concatenate([ring_of, ring_of[shared]])
    piece = np.concatenate([piece, piece[shared] - 1])
    position = np.concatenate([position, position[shared]])
    order = np.lexsort((position, piece, ring_of))
    key = ring_of[order] * (int(piece.max()) + 1) + piece[order]
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    lengths = np.diff(np.r_[starts, len(key)])
    usable = np.repeat(lengths >= 2, lengths)
    line_of = np.repeat(np.arange(len(starts)), lengths)[usable]
    lines = shapely.linestrings(coords[order][usable], indices=np.unique(line_of, return_inverse=True)[1])
    ring_owner = part_of[ring_part[ring_of[order][starts[lengths >= 2]]]]
    return lines, ring_owner


def _lines_of(geometries, chosen, check):
    """boundary_lines of ``geometries[chosen]`` (owners as indices into ``geometries``), built in chunks."""
    lines, owners = [np.empty(0, dtype=object)], [np.zeros(0, np.int64)]
    counts = np.cumsum(shapely.get_num_coordinates(geometries[chosen]))
    start = 0
    while start < len(chosen):
        if check:
            check()
        stop = max(int(np.searchsorted(counts, counts[start] + QUERY_LINES * SEGMENTS, side="right")), start + 1)
        part_lines, part_owner = boundary_lines(geometries[chosen[start:stop]])
        lines.append(part_lines)
        owners.append(chosen[start:stop][part_owner])
        start = stop
    return np.concatenate(lines), np.concatenate(owners)


def crossing_pairs(geometries: np.ndarray, groups: np.ndarray, queried: np.ndarray, targets: np.ndarray,
                   check: Optional[Callable[[], Any]] = None) -> np.ndarray:
    """(2, n) indices (queried, target) of geometries of the same group whose boundaries meet (touch or
    cross), the first among ``queried``, the second among ``targets`` (both index arrays). Boundaries that
    do not meet leave the interiors apart, unless one polygon lies inside the other: see the caller."""
    pairs = [np.zeros((2, 0), np.int64)]
    if not len(queried) or not len(targets):
        return pairs[0]
    target_lines, target_owner = _lines_of(geometries, targets, check)
    query_lines, query_owner = _lines_of(geometries, queried, check)
    tree = shapely.STRtree(target_lines)
    for start in range(0, len(query_lines), QUERY_LINES):
        if check:
            check()
        query, found = tree.query(query_lines[start:start + QUERY_LINES], predicate="intersects")
        a, b = query_owner[start + query], target_owner[found]
        same = (a != b) & (groups[a] == groups[b])
        pairs.append(np.unique(np.vstack([a[same], b[same]]), axis=1))
    return np.unique(np.concatenate(pairs, axis=1), axis=1)
