"""Change between the outlines of two dates: per-object area change, new and vanished objects, a summary.

Matching (objects of date A and date B): each B object is paired with the A object it shares the most
area with, and each A object with the B object it shares the most area with; paired objects, transitively,
form one change unit. So
- a glacier at both dates is a 1:1 unit;
- a glacier that split into several (tongue separated from the ice above) is one "split" unit: every
  part shares most of its area with the old glacier;
- glaciers that merged (or inventory glaciers separated by divides that a mask cannot see) are one
  "merge" unit, compared as a whole;
- a slight overlap between neighbours that are each better matched elsewhere links nothing, so a
  mis-registration of a pixel does not chain a whole ice field into one unit;
- an object with no overlap at all is "new" (only in B) or "vanished" (only in A).
Areas are measured from the geometries (m² on the ground whatever the CRS: geodesy), B reprojected to A's
CRS. Status: retreated (area decreased) | advanced (increased; for lakes: grew) | stable (change within
``stable_pct`` % of the A area) | new | vanished.
"""
import collections
import datetime
import math
import os
from dataclasses import dataclass, field
from typing import List, Mapping, Optional, Tuple, Union

import numpy as np
from osgeo import ogr, osr
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ..callbacks import IsCancelled, Progress, Steps
from ..errors import Cancelled, InputError
from ..geo import polygon_cleanup
from ..geo.geodesy import Measurer
from ..io.atomic import atomic_outputs
from ..io.vector import (
    Field,
    VectorWriter,
    field_names,
    layer_srs,
    open_layer,
    read_geometries,
    renamed_fields_warning,
    supports_multiple_layers,
)
from ..messages import translate
from ..optional import optional_module
from ..paths import PathArg
from ..provenance import provenance
from ..sensors.acquisition_date import parse_date, require_date

shapely = optional_module("shapely")  # only the outline algorithms need it

ALGORITHM = "outlinechange"
# Object identifiers are read from the first of these fields that exists (outlines, RGI 7, RGI 6, GLIMS).
ID_FIELDS = ("outline_id", "rgi_id", "RGIId", "glims_id", "GLIMSId", "id", "fid")
DATE_FIELDS = ("src_date", "BgnDate", "date", "src_date_a")
STATUSES = ("retreated", "advanced", "stable", "new", "vanished")
GEOMETRIES = ("union", "b", "a")
# Overlaps smaller than this (m²) are slivers from touching boundaries, not shared area.
MIN_OVERLAP_M2 = 1.0

CHANGE_FIELDS = (
    Field("change_id", "int"),
    Field("id_a", "str", 80),
    Field("ids_a", "str", 254),
    Field("ids_b", "str", 254),
    Field("n_a", "int"),
    Field("n_b", "int"),
    Field("relation", "str", 8),
    Field("status", "str", 10),
    Field("area_a_km2", "real"),
    Field("area_b_km2", "real"),
    Field("d_area_km2", "real"),
    Field("d_area_pct", "real"),
    Field("rate_km2_per_yr", "real"),
    Field("date_a", "str", 10),
    Field("date_b", "str", 10),
    Field("years", "real"),
)
SUMMARY_FIELDS = (
    Field("date_a", "str", 10), Field("date_b", "str", 10), Field("years", "real"),
    Field("count_a", "int"), Field("count_b", "int"),
    Field("area_a_km2", "real"), Field("area_b_km2", "real"), Field("d_area_km2", "real"),
    Field("d_area_pct", "real"), Field("rate_km2_per_yr", "real"), Field("rate_pct_per_yr", "real"),
    Field("n_retreated", "int"), Field("n_advanced", "int"), Field("n_stable", "int"),
    Field("n_new", "int"), Field("n_vanished", "int"), Field("n_split", "int"), Field("n_merge", "int"),
    Field("area_new_km2", "real"), Field("area_vanished_km2", "real"),
)


@dataclass
class ChangeResult:
    path: str
    summary: dict
    counts: dict
    warnings: list = field(default_factory=list)
    layer: str = "change"
    summary_path: Optional[str] = None  # the GeoPackage itself (table "<layer>_summary") or a CSV beside the output


@dataclass
class Outlines:
    geometries: np.ndarray
    ids: list
    dates: list  # datetime.date or None, per object
    date: object  # the layer's date


def _read(path, layer_name, which, explicit_date, target_srs, warnings):
    dataset, layer = open_layer(path, layer_name)
    if ogr.GT_Flatten(layer.GetGeomType()) in (ogr.wkbPoint, ogr.wkbMultiPoint, ogr.wkbLineString,
                                               ogr.wkbMultiLineString):
        raise InputError(translate("GlacierMapperCore", "The layer of date {which} ('{path}') holds "
                                   "{geometry}s, not polygons. Give glacier or lake outlines "
                                   "(polygons).").format(
                                   which=which, path=os.path.basename(str(path)),
                                   geometry=ogr.GeometryTypeToName(layer.GetGeomType()).lower()))
    names = field_names(layer)
    lower = {n.lower(): n for n in names}
    id_field = next((lower[f.lower()] for f in ID_FIELDS if f.lower() in lower), None)
    date_field = next((lower[f.lower()] for f in DATE_FIELDS if f.lower() in lower), None)
    geometries, values = read_geometries(layer, [f for f in (id_field, date_field) if f])
    srs = layer_srs(layer)
    if srs is not None and target_srs is not None and not srs.IsSame(target_srs):
        transform = osr.CoordinateTransformation(srs, target_srs)
        geometries = shapely.transform(geometries, lambda xy: np.asarray(transform.TransformPoints(xy), float)[:, :2])
    elif (srs is None) != (target_srs is None) and target_srs is not None:
        warnings.append(translate("GlacierMapperCore", "The outlines of date {which} have no CRS: their coordinates "
                                  "are taken to be in the CRS of date A.").format(which=which))
    geometries = polygon_cleanup.repair(geometries)
    keep = ~shapely.is_empty(geometries)
    if not keep.all():
        warnings.append(translate("GlacierMapperCore", "{count} outline(s) of date {which} have no area and were "
                                  "left out.").format(count=int((~keep).sum()), which=which))
    ids = [str(v) for v in values[id_field]] if id_field else [str(i + 1) for i in range(len(geometries))]
    raw_dates = values[date_field] if date_field else [None] * len(geometries)
    ids = [i for i, k in zip(ids, keep) if k]
    dates = [parse_date(d) for d, k in zip(raw_dates, keep) if k]
    geometries = geometries[keep]
    if explicit_date:
        date = explicit_date
        dates = [explicit_date] * len(dates)
    else:
        counter = collections.Counter(d for d in dates if d)
        date = counter.most_common(1)[0][0] if counter else parse_date(layer.GetMetadataItem("GLACIERMAPPER_SRC_DATE"))
        if len(counter) > 1:
            warnings.append(translate("GlacierMapperCore", "The outlines of date {which} have {dates} "
                                      "different dates ({first} to {last}); rates use each "
                                      "object's own date and the summary the most common one, "
                                      "{date}.").format(
                                      which=which, dates=len(counter),
                                      first=min(counter).isoformat(),
                                      last=max(counter).isoformat(), date=date.isoformat()))
        dates = [d or date for d in dates]
    del dataset  # the layer's dataset, closed once its geometries are read
    return Outlines(geometries, ids, dates, date)


def read_outlines(path: PathArg, layer_name: Optional[str], which: str, explicit_date: Optional[datetime.date],
                  target_srs: Optional[osr.SpatialReference], warnings: List[str]) -> "Outlines":
    """One date's outlines (geometries in ``target_srs``, ids, per-object dates and the layer's date)."""
    return _read(path, layer_name, which, explicit_date, target_srs, warnings)


def overlap_pairs(a: "Outlines", b: "Outlines", measurer: Measurer) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(index in A, index in B, shared area m²) of every pair of A and B objects sharing more than a sliver."""
    return _pairs(a, b, measurer)


def _pairs(a, b, measurer):
    """(index in A, index in B, shared area m²) of every pair that shares more than a sliver."""
    if not len(a.geometries) or not len(b.geometries):
        return np.zeros(0, int), np.zeros(0, int), np.zeros(0)
    tree = shapely.STRtree(b.geometries)
    ia, jb = tree.query(a.geometries, predicate="intersects")
    if not len(ia):
        return ia, jb, np.zeros(0)
    shared = measurer.area_m2(shapely.intersection(a.geometries[ia], b.geometries[jb]))
    keep = shared > MIN_OVERLAP_M2
    return ia[keep], jb[keep], shared[keep]


def _best(index, other, shared, size):
    """For each object (index), the partner sharing the most area with it; -1 where none."""
    best = np.full(size, -1)
    if len(index):
        order = np.lexsort((shared, index))  # by object, then by shared area: last of each group wins
        best[index[order]] = other[order]
    return best


def match_units(count_a: int, count_b: int, ia: np.ndarray, jb: np.ndarray,
                shared: np.ndarray) -> Tuple[np.ndarray, np.ndarray]:
    """Change units as a label per A object and per B object (see the module docstring)."""
    best_b_of_a = _best(ia, jb, shared, count_a)
    best_a_of_b = _best(jb, ia, shared, count_b)
    links = (best_b_of_a[ia] == jb) | (best_a_of_b[jb] == ia)
    rows = np.r_[ia[links], np.arange(count_a + count_b)]
    cols = np.r_[count_a + jb[links], np.arange(count_a + count_b)]
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(count_a + count_b,) * 2)
    _, labels = connected_components(graph, directed=False)
    return labels[:count_a], labels[count_a:]


def _years(date_a, date_b):
    if date_a is None or date_b is None:
        return None
    return (date_b - date_a).days / 365.25


def _status(area_a, area_b, stable_pct):
    if area_b == 0:
        return "vanished"
    if area_a == 0:
        return "new"
    if abs(100.0 * (area_b - area_a) / area_a) <= stable_pct:
        return "stable"
    return "retreated" if area_b < area_a else "advanced"


def _relation(n_a, n_b):
    if n_a == 0:
        return "new"
    if n_b == 0:
        return "vanished"
    return {(True, True): "1:1", (True, False): "split", (False, True): "merge"}.get((n_a == 1, n_b == 1), "complex")


def outline_change(path_a: PathArg, path_b: PathArg, out_path: PathArg, layer_a: Optional[str] = None,
                   layer_b: Optional[str] = None, date_a: Union[str, datetime.date, None] = None,
                   date_b: Union[str, datetime.date, None] = None, metadata: Optional[Mapping[str, str]] = None,
                   progress: Optional[Progress] = None, is_cancelled: Optional[IsCancelled] = None,
                   stable_pct: float = 1.0, geometry: str = "union", layer_name: str = "change") -> ChangeResult:
    """Compare the outlines of two dates and write a change layer (plus a summary table); returns ChangeResult.

    ``date_a``/``date_b`` override the dates read from the layers' src_date (or RGI 6 BgnDate) fields.
    ``geometry`` chooses what each change unit is drawn as: the union of both dates, the B outlines, or the
    A outlines (vanished units always keep their A outline, new ones their B outline).
    """
    if geometry not in GEOMETRIES:
        raise InputError(translate("GlacierMapperCore", "Unknown change geometry '{geometry}': use one of "
                                   "{geometries}.").format(
                                   geometry=geometry, geometries=', '.join(GEOMETRIES)))
    if stable_pct is None or not math.isfinite(stable_pct) or stable_pct < 0:
        raise InputError(translate("GlacierMapperCore", "The stable band ({stable_pct}) must be a percentage of 0 or "
                                   "more, such as 1.").format(stable_pct=stable_pct))
    explicit_a, explicit_b = require_date(date_a, "date A"), require_date(date_b, "date B")
    steps = Steps(4, progress, is_cancelled)
    warnings: List[str] = []
    _, layer = open_layer(path_a, layer_a)
    srs_a = layer_srs(layer)
    layer = None
    if srs_a is None:
        raise InputError(translate("GlacierMapperCore", "The outlines of date A ('{path_a}') have no CRS, so areas "
                                   "cannot be measured. Assign the right CRS to the layer and "
                                   "run again.").format(path_a=path_a))
    a = _read(path_a, layer_a, "A", explicit_a, srs_a, warnings)
    b = _read(path_b, layer_b, "B", explicit_b, srs_a, warnings)
    steps.advance()
    if a.date and b.date and b.date < a.date:
        raise InputError(translate("GlacierMapperCore", "Date B ({date_b}) is before date A ({date_a}). "
                                   "Give the older outlines as A and the newer as B.").format(
                                   date_b=b.date.isoformat(), date_a=a.date.isoformat()))
    if a.date is None or b.date is None:
        unknown = [w for w, d in (("A", a.date), ("B", b.date)) if d is None]
        if len(unknown) > 1:
            warnings.append(translate("GlacierMapperCore", "The dates of A and B are unknown (no src_date field and no "
                                      "date given): rates per year are left empty."))
        else:
            warnings.append(translate("GlacierMapperCore", "The date of {which} is unknown (no src_date field and no "
                                      "date given): rates per year are left empty.").format(which=unknown[0]))
    elif a.date == b.date:
        warnings.append(translate("GlacierMapperCore", "Both dates are the same: rates per year are left empty."))

    everything = np.concatenate((a.geometries, b.geometries))
    centre = shapely.get_coordinates(shapely.centroid(shapely.box(*shapely.total_bounds(everything))))[0] \
        if len(everything) else None
    measurer = Measurer(srs_a, reference=centre)
    area_a, area_b = measurer.area_m2(a.geometries), measurer.area_m2(b.geometries)
    ia, jb, shared = _pairs(a, b, measurer)
    steps.advance()
    label_a, label_b = match_units(len(a.geometries), len(b.geometries), ia, jb, shared)
    rows, geometries = _units(a, b, area_a, area_b, label_a, label_b, stable_pct, geometry)
    steps.advance()
    summary = _summary(a, b, area_a, area_b, rows)
    counts = {status: summary[f"n_{status}"] for status in STATUSES}
    if is_cancelled and is_cancelled():
        raise Cancelled()

    layer_metadata = provenance(ALGORITHM, {"outlines_a": path_a, "outlines_b": path_b},
                                {"date_a": summary["date_a"], "date_b": summary["date_b"],
                                 "stable_pct": stable_pct, "geometry": geometry, "area_method": measurer.method})
    layer_metadata.update(metadata or {})
    summary_name = f"{layer_name}_summary"
    with atomic_outputs() as outputs:
        writer = outputs.add(VectorWriter(out_path))
        writer.add_layer(layer_name, CHANGE_FIELDS, srs_a, ogr.wkbMultiPolygon, layer_metadata)
        warnings.extend(renamed_fields_warning(writer))
        writer.write(layer_name, geometries, rows)
        if supports_multiple_layers(writer.driver_name):
            summary_path = writer.path
            writer.add_layer(summary_name, SUMMARY_FIELDS, None, ogr.wkbNone)
            writer.write(summary_name, None, [summary])
        else:
            summary_path = os.path.splitext(writer.path)[0] + "_summary.csv"
            table = outputs.add(VectorWriter(summary_path, "CSV"))
            table.add_layer(os.path.splitext(os.path.basename(summary_path))[0], SUMMARY_FIELDS, None, ogr.wkbNone)
            table.write(os.path.splitext(os.path.basename(summary_path))[0], None, [summary])
        steps.advance()
    return ChangeResult(writer.path, summary, counts, warnings, layer_name, summary_path)


def _units(a, b, area_a, area_b, label_a, label_b, stable_pct, geometry_choice):
    members_a, members_b = collections.defaultdict(list), collections.defaultdict(list)
    for i, label in enumerate(label_a):
        members_a[label].append(i)
    for j, label in enumerate(label_b):
        members_b[label].append(j)
    # Units in the order of their first A object, then new objects in B order.
    order = list(dict.fromkeys([int(x) for x in label_a] + [int(x) for x in label_b]))
    rows, geometries = [], []
    for number, label in enumerate(order, start=1):
        ma, mb = members_a.get(label, []), members_b.get(label, [])
        total_a = float(area_a[ma].sum()) if ma else 0.0
        total_b = float(area_b[mb].sum()) if mb else 0.0
        main_a = ma[int(np.argmax(area_a[ma]))] if ma else None
        main_b = mb[int(np.argmax(area_b[mb]))] if mb else None
        day_a = a.dates[main_a] if ma else a.date
        day_b = b.dates[main_b] if mb else b.date
        years = _years(day_a, day_b)
        d_area = total_b - total_a
        rows.append({
            "change_id": number,
            "id_a": a.ids[main_a] if ma else None,
            "ids_a": ",".join(a.ids[i] for i in ma) or None,
            "ids_b": ",".join(b.ids[j] for j in mb) or None,
            "n_a": len(ma), "n_b": len(mb),
            "relation": _relation(len(ma), len(mb)),
            "status": _status(total_a, total_b, stable_pct),
            "area_a_km2": total_a / 1e6, "area_b_km2": total_b / 1e6, "d_area_km2": d_area / 1e6,
            "d_area_pct": 100.0 * d_area / total_a if total_a else None,
            "rate_km2_per_yr": d_area / 1e6 / years if years else None,
            "date_a": day_a.isoformat() if day_a else None, "date_b": day_b.isoformat() if day_b else None,
            "years": years,
        })
        parts_a = list(a.geometries[ma]) if ma else []
        parts_b = list(b.geometries[mb]) if mb else []
        if not parts_b or geometry_choice == "a" and parts_a:
            chosen = parts_a
        elif not parts_a or geometry_choice == "b":
            chosen = parts_b
        else:
            chosen = parts_a + parts_b
        geometries.append(shapely.union_all(chosen) if len(chosen) > 1 else chosen[0])
    geometries = polygon_cleanup.repair(np.array(geometries, dtype=object)) if geometries else \
        np.empty(0, dtype=object)
    return rows, geometries


def _summary(a, b, area_a, area_b, rows):
    total_a, total_b = float(area_a.sum()) / 1e6, float(area_b.sum()) / 1e6
    years = _years(a.date, b.date)
    d_area = total_b - total_a
    by_status = collections.Counter(r["status"] for r in rows)
    by_relation = collections.Counter(r["relation"] for r in rows)
    return {
        "date_a": a.date.isoformat() if a.date else None, "date_b": b.date.isoformat() if b.date else None,
        "years": years, "count_a": len(a.geometries), "count_b": len(b.geometries),
        "area_a_km2": total_a, "area_b_km2": total_b, "d_area_km2": d_area,
        "d_area_pct": 100.0 * d_area / total_a if total_a else None,
        "rate_km2_per_yr": d_area / years if years else None,
        "rate_pct_per_yr": 100.0 * d_area / total_a / years if years and total_a else None,
        **{f"n_{s}": by_status.get(s, 0) for s in STATUSES},
        "n_split": by_relation.get("split", 0), "n_merge": by_relation.get("merge", 0),
        "area_new_km2": sum(r["area_b_km2"] for r in rows if r["status"] == "new"),
        "area_vanished_km2": sum(r["area_a_km2"] for r in rows if r["status"] == "vanished"),
    }
