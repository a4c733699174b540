"""Glacial-lake inventory attributes of lake outlines: lake type and distance to the nearest glacier.

Types, as glacial-lake inventories class them by their contact with ice:
- supraglacial: the lake lies on a glacier (more than half of its area inside a glacier outline);
- proglacial: within ``proglacial_distance_m`` of a glacier (ice-contact lakes at 0 m; moraine-dammed
  lakes fed by the glacier a little further off); 500 m by default, a common limit for "glacier-fed";
- unconnected: further from any glacier.
Distances are geodesic enough for this purpose: both layers are projected into an azimuthal equidistant
projection centred on the lakes, so they are in metres whatever the CRS of the mask.

Elevation comes from the outlines' zonal statistics (zmin_m, zmed_m ... with a DEM). Area change between
two dates: outline the lakes of each date and run Outline change (core/outlines/change.py) on the two
layers; it matches lakes by overlap and reports their area change.
"""
import os
from typing import Any, Dict, List, Sequence

import numpy as np
from osgeo import osr

from ..choices import choice_keys
from ..errors import InputError
from ..io.vector import Field, layer_srs, open_layer, read_geometries
from ..messages import translate
from ..optional import optional_module

shapely = optional_module("shapely")

LAKE_TYPE_CHOICES = (("proglacial", "Proglacial"), ("supraglacial", "Supraglacial"),
                     ("unconnected", "Unconnected"))
LAKE_TYPES = choice_keys(LAKE_TYPE_CHOICES)
LAKE_FIELDS = (Field("lake_type", "str", 16), Field("glac_dist_m", "real"))
PROGLACIAL_DISTANCE_M = 500.0  # OutlineOptions.proglacial_distance_m repeats it (outlines sits above)


def _equidistant(centre_lonlat: Sequence[float]) -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.SetProjCS("lake-centred azimuthal equidistant")
    srs.SetWellKnownGeogCS("WGS84")
    srs.SetAE(float(centre_lonlat[1]), float(centre_lonlat[0]), 0.0, 0.0)
    return srs


def _to(geometries: Any, source: osr.SpatialReference, target: osr.SpatialReference) -> Any:
    for srs in (source, target):
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    transform = osr.CoordinateTransformation(source, target)
    return shapely.transform(geometries, lambda xy: np.asarray(transform.TransformPoints(xy), float)[:, :2])


def read_glaciers(path: str, target_srs: osr.SpatialReference) -> Any:
    """The polygons of a glacier outline layer (a path, or QGIS's 'path|layername=name'), in ``target_srs``."""
    path, _, option = str(path).partition("|")
    layer_name = option.split("layername=", 1)[1].split("|")[0] if "layername=" in option else None
    if not os.path.exists(path):
        raise InputError(translate("GlacierMapperCore", "The glacier outlines '{path}' do not "
                                   "exist.").format(path=path))
    dataset, layer = open_layer(path, layer_name)
    try:
        source = layer_srs(layer)
        geometries, _ = read_geometries(layer)
    finally:
        del layer, dataset
    if source is None:
        raise InputError(translate("GlacierMapperCore", "The glacier outlines '{path}' have no coordinate reference "
                                   "system. Assign them one and run again.").format(path=os.path.basename(str(path))))
    geometries = geometries[shapely.area(geometries) > 0] if len(geometries) else geometries
    return _to(geometries, source, target_srs) if len(geometries) else geometries


def lake_attributes(lakes: Any, lakes_srs: osr.SpatialReference, glaciers_path: str, centre_lonlat: Sequence[float],
                    proglacial_distance_m: float = PROGLACIAL_DISTANCE_M) -> List[Dict[str, Any]]:
    """{'lake_type', 'glac_dist_m'} per lake (shapely polygons in ``lakes_srs``); see the module note."""
    if not (proglacial_distance_m >= 0):
        raise InputError(translate("GlacierMapperCore", "The proglacial distance {proglacial_distance_m} must be 0 or "
                                   "more metres.").format(proglacial_distance_m=proglacial_distance_m))
    metric = _equidistant(centre_lonlat)
    glaciers = read_glaciers(glaciers_path, metric)
    if not len(lakes):
        return []
    local = _to(np.asarray(lakes, dtype=object), lakes_srs.Clone(), metric)
    if not len(glaciers):
        return [{"lake_type": "unconnected", "glac_dist_m": None} for _ in range(len(local))]
    tree = shapely.STRtree(glaciers)
    nearest = tree.query_nearest(local, return_distance=True, all_matches=False)
    distance = np.full(len(local), np.inf)
    distance[nearest[0][0]] = nearest[1]
    rows = []
    for i, lake in enumerate(local):
        hits = tree.query(lake, predicate="intersects")
        inside = sum(shapely.area(shapely.intersection(lake, glaciers[j])) for j in hits) if len(hits) else 0.0
        if inside > 0.5 * shapely.area(lake):
            kind = "supraglacial"
        elif distance[i] <= proglacial_distance_m:
            kind = "proglacial"
        else:
            kind = "unconnected"
        rows.append({"lake_type": kind, "glac_dist_m": float(distance[i])})
    return rows


def with_lake_attributes(fields: Sequence[Any], rows: List[Dict[str, Any]], geometries: Any,
                         srs: osr.SpatialReference, measurer: Any, centre: Sequence[float], options: Any) -> tuple:
    """The outline fields and rows, extended by LAKE_FIELDS when ``options.glaciers_path`` is set (the hook
    of core.outlines.outlines)."""
    if not getattr(options, "glaciers_path", None):
        return tuple(fields), rows
    centre_lonlat = measurer.to_lonlat(np.array([centre], float))[0]
    extra = lake_attributes(geometries, srs, options.glaciers_path, centre_lonlat, options.proglacial_distance_m)
    for row, values in zip(rows, extra):
        row.update(values)
    return tuple(fields) + LAKE_FIELDS, rows
