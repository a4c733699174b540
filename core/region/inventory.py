"""A regional inventory from the outlines of overlapping scenes of one season.

Objects of different scenes that share area are one object seen several times; each is taken from the scene
that sees it best (the largest clear share of the object's extent on that scene's clear-sky mask: cloud,
nodata and off-scene count as unseen). An object no scene sees whole (cut by scene edges or clouds) is
joined: the union of its parts from every scene. Ids are RGI-style, ``GM<class>-<region>-<n>``, numbered
west to east.
"""
import datetime
import os
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Sequence, Union

import numpy as np
from osgeo import ogr
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ..callbacks import IsCancelled, Progress, Steps
from ..errors import InputError
from ..geo import polygon_cleanup
from ..geo.geodesy import Measurer
from ..io.atomic import atomic_outputs
from ..io.vector import Field, VectorWriter, layer_srs, open_layer
from ..messages import translate
from ..optional import optional_module
from ..outlines.change import MIN_OVERLAP_M2, read_outlines
from ..paths import PathArg
from ..provenance import provenance
from .scene_task import FILES, scene_folders
from .timeseries import hidden_shares

shapely = optional_module("shapely")
ALGORITHM = "regionalinventory"
WHOLE = 0.999  # a clear share at least this: the scene sees the object whole
INVENTORY_FIELDS = (Field("rgi_id", "str", 32), Field("area_km2", "real"), Field("src_scene", "str", 80),
                    Field("src_date", "str", 10), Field("clear_share", "real"), Field("n_scenes", "int"),
                    Field("joined", "int"))


@dataclass
class SceneOutlines:
    path: str
    valid: Optional[str] = None  # the scene's clear-sky mask; None: the scene sees everything it covers
    name: Optional[str] = None
    layer: Optional[str] = None


@dataclass
class InventoryResult:
    path: str
    count: int
    total_km2: float
    joined: int
    by_scene: Dict[str, int] = field(default_factory=dict)
    warnings: List[str] = field(default_factory=list)


def scenes_from_folder(folder: PathArg, kind: str = "glaciers") -> List[SceneOutlines]:
    """The outlines (``glaciers`` or ``lakes``) and clear-sky masks of every finished scene of a ``map`` folder."""
    return [SceneOutlines(os.path.join(d, FILES[kind]), os.path.join(d, FILES["valid"]), os.path.basename(d), kind)
            for d in scene_folders(os.fspath(folder))]


def _groups(geometries: np.ndarray, owner: np.ndarray, measurer: Measurer) -> np.ndarray:
    """A group label per object: objects of different scenes sharing area are linked, transitively."""
    tree = shapely.STRtree(geometries)
    i, j = tree.query(geometries, predicate="intersects")
    keep = (i < j) & (owner[i] != owner[j])
    i, j = i[keep], j[keep]
    if len(i):
        shared = measurer.area_m2(shapely.intersection(geometries[i], geometries[j]))
        i, j = i[shared > MIN_OVERLAP_M2], j[shared > MIN_OVERLAP_M2]
    count = len(geometries)
    graph = coo_matrix((np.ones(len(i)), (i, j)), shape=(count, count))
    return connected_components(graph, directed=False)[1]


def _choose(members: np.ndarray, geometries: np.ndarray, owner: np.ndarray, scenes, srs) -> Dict[str, Any]:
    """The geometry and source of one group: the best-observing scene's parts, or all parts joined."""
    extent = shapely.union_all(geometries[members])
    candidates = sorted(set(int(owner[m]) for m in members))
    clear = {s: 1.0 - float(hidden_shares(np.array([extent], dtype=object), scenes[s].valid, srs)[0])
             for s in candidates}
    best = max(candidates, key=lambda s: (clear[s], -s))
    if clear[best] >= WHOLE or len(candidates) == 1:
        parts = geometries[[m for m in members if owner[m] == best]]
        geometry = shapely.union_all(parts) if len(parts) > 1 else parts[0]
        return {"geometry": geometry, "scene": best, "clear": clear[best], "joined": False, "n": len(candidates)}
    return {"geometry": extent, "scene": best, "clear": clear[best], "joined": True, "n": len(candidates)}


def _read_scenes(scenes: Sequence[SceneOutlines], warnings: List[str]):
    dataset, layer = open_layer(scenes[0].path, scenes[0].layer)
    srs = layer_srs(layer)
    del layer, dataset  # the layer, then its dataset
    if srs is None:
        raise InputError(translate("GlacierMapperCore", "The outlines '{path}' have no "
                                   "CRS: assign one and run again.").format(path=scenes[0].path))
    read = [read_outlines(s.path, s.layer, s.name or os.path.basename(s.path), None, srs, warnings) for s in scenes]
    return read, srs


def merge_inventory(scenes: Union[PathArg, Sequence[SceneOutlines]], out_path: PathArg, region: str = "00",
                    kind: str = "glaciers", progress: Optional[Progress] = None,
                    is_cancelled: Optional[IsCancelled] = None) -> InventoryResult:
    """Merge the outlines of overlapping scenes (SceneOutlines, or a ``map`` folder's ``kind``) into one layer."""
    if isinstance(scenes, (str, os.PathLike)):
        scenes = scenes_from_folder(scenes, kind)
    if not scenes:
        raise InputError(translate("GlacierMapperCore", "No scene outlines were given: give the outlines of one or "
                                   "more scenes."))
    steps = Steps(3, progress, is_cancelled)
    warnings: List[str] = []
    layers, srs = _read_scenes(scenes, warnings)
    geometries = np.concatenate([layer.geometries for layer in layers])
    owner = np.concatenate([np.full(len(layer.geometries), k) for k, layer in enumerate(layers)])
    steps.advance()
    centre = shapely.get_coordinates(shapely.centroid(shapely.box(*shapely.total_bounds(geometries))))[0] \
        if len(geometries) else None
    measurer = Measurer(srs, reference=centre)
    labels = _groups(geometries, owner, measurer) if len(geometries) else np.zeros(0, int)
    chosen = []
    for label in np.unique(labels):
        steps.check()
        chosen.append(_choose(np.flatnonzero(labels == label), geometries, owner, scenes, srs))
    steps.advance()
    merged = polygon_cleanup.repair(np.array([c["geometry"] for c in chosen], dtype=object)) if chosen else \
        np.empty(0, dtype=object)
    order = np.lexsort((shapely.get_y(shapely.centroid(merged)), shapely.get_x(shapely.centroid(merged)))) \
        if len(merged) else np.zeros(0, int)
    areas = measurer.area_m2(merged) if len(merged) else np.zeros(0)
    rows = []
    for number, k in enumerate(order, start=1):
        source, date = chosen[k]["scene"], layers[chosen[k]["scene"]].date
        rows.append({"rgi_id": f"GM{kind[0].upper()}-{region}-{number:05d}", "area_km2": float(areas[k]) / 1e6,
                     "src_scene": scenes[source].name or os.path.basename(scenes[source].path),
                     "src_date": date.isoformat() if isinstance(date, datetime.date) else None,
                     "clear_share": chosen[k]["clear"], "n_scenes": chosen[k]["n"],
                     "joined": int(chosen[k]["joined"])})
    meta = provenance(ALGORITHM, {f"scene_{k + 1}": s.path for k, s in enumerate(scenes)}, {"region": region})
    with atomic_outputs() as outputs:
        writer = outputs.add(VectorWriter(out_path))
        writer.add_layer("inventory", INVENTORY_FIELDS, srs, ogr.wkbMultiPolygon, meta)
        writer.write("inventory", merged[order] if len(order) else merged, rows)
    steps.advance()
    by_scene: Dict[str, int] = {}
    for row in rows:
        by_scene[row["src_scene"]] = by_scene.get(row["src_scene"], 0) + 1
    return InventoryResult(writer.path, len(rows), float(areas.sum()) / 1e6, sum(r["joined"] for r in rows),
                           by_scene, warnings)

