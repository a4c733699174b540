"""Objects of many dates matched into stable tracks, with outline change's matching between neighbouring dates.

Each date's objects are matched against every live track's latest outline (core.outlines.change.match_units:
mutual best overlap, transitively): a unit of one track takes all its objects (several: a split); a unit of
several tracks is a merge, the largest track going on and the others ending "merged into" it; an object no
track overlaps starts a new track. A track with no object at a date keeps its last outline, so a lake hidden
by cloud for a date is found again after it.
"""
import datetime
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import numpy as np

from ..geo.geodesy import Measurer
from ..optional import optional_module
from ..outlines.change import Outlines, match_units, overlap_pairs

shapely = optional_module("shapely")


@dataclass
class Track:
    number: int
    geometry: object  # the latest outline
    footprint: object  # union of every outline of the track
    areas_m2: Dict[datetime.date, float] = field(default_factory=dict)  # dates with an object
    events: List[str] = field(default_factory=list)
    merged_into: Optional[int] = None
    ended: Optional[datetime.date] = None


def _unit_members(labels_a: np.ndarray, labels_b: np.ndarray) -> Dict[int, tuple]:
    units: Dict[int, tuple] = {}
    for i, label in enumerate(labels_a):
        units.setdefault(int(label), ([], []))[0].append(i)
    for j, label in enumerate(labels_b):
        units.setdefault(int(label), ([], []))[1].append(j)
    return units


def _step(tracks: List[Track], live: List[Track], layer: Outlines, areas: np.ndarray, date: datetime.date,
          measurer: Measurer) -> List[Track]:
    """Match one date's objects onto the live tracks; returns the live tracks after the date."""
    previous = Outlines(np.array([t.geometry for t in live], dtype=object), [str(t.number) for t in live],
                        [None] * len(live), None)
    ia, jb, shared = overlap_pairs(previous, layer, measurer)
    label_a, label_b = match_units(len(live), len(layer.geometries), ia, jb, shared)
    still = list(live)
    for members_a, members_b in _unit_members(label_a, label_b).values():
        parts = [layer.geometries[j] for j in members_b]
        if not members_a:
            track = Track(len(tracks) + 1, parts[0], parts[0], {date: float(areas[members_b[0]])})
            tracks.append(track)
            still.append(track)
            continue
        owners = sorted((live[i] for i in members_a), key=lambda t: -measurer.area_m2(
            np.array([t.geometry], dtype=object))[0])
        main = owners[0]
        if not parts:
            continue  # not seen at this date: observed-or-hidden is decided from the clear-sky masks
        for other in owners[1:]:
            other.merged_into, other.ended = main.number, date
            other.events.append(f"{date.isoformat()} merged into {main.number}")
            main.events.append(f"{date.isoformat()} merged with {other.number}")
            still.remove(other)
        if len(parts) > 1:
            main.events.append(f"{date.isoformat()} split into {len(parts)}")
        shape = shapely.union_all(parts) if len(parts) > 1 else parts[0]
        main.geometry = shape
        main.footprint = shapely.union(main.footprint, shape)
        main.areas_m2[date] = float(sum(areas[j] for j in members_b))
    return still


def track_objects(layers: Sequence[Outlines], measurer: Measurer) -> List[Track]:
    """Tracks over ``layers`` (one per date, in date order, geometries in one CRS), numbered from 1 by first sight."""
    tracks: List[Track] = []
    live: List[Track] = []
    for layer in layers:
        areas = measurer.area_m2(layer.geometries) if len(layer.geometries) else np.zeros(0)
        date = layer.date
        if not isinstance(date, datetime.date):
            raise ValueError("every layer needs its date before tracking")
        live = _step(tracks, live, layer, areas, date, measurer)
    return tracks
