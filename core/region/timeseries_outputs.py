"""The outputs of a lake time series, committed together: lakes.gpkg, lake_areas.csv and report.html."""
import csv
import io
import os
from html import escape
from typing import Any, Dict, List

import numpy as np
from osgeo import ogr

from ..accuracy.report import TextOutput
from ..errors import OutputError
from ..io.atomic import atomic_outputs
from ..io.vector import Field, VectorWriter
from ..messages import translate
from ..provenance import provenance
from ..svg_plot import line_plot

ALGORITHM = "laketimeseries"
FILES = {"gpkg": "lakes.gpkg", "csv": "lake_areas.csv", "html": "report.html"}
LAKE_FIELDS = (
    Field("lake_id", "str", 16), Field("first_seen", "str", 10), Field("last_seen", "str", 10),
    Field("n_observed", "int"), Field("n_hidden", "int"), Field("area_first_km2", "real"),
    Field("area_last_km2", "real"), Field("rate_km2_per_yr", "real"), Field("rate_pct_per_yr", "real"),
    Field("rapid", "int"), Field("merged_into", "str", 16), Field("events", "str", 254),
)
AREA_FIELDS = (Field("lake_id", "str", 16), Field("date", "str", 10), Field("status", "str", 20),
               Field("area_km2", "real"), Field("hidden_share", "real"))
TOTAL_FIELDS = (Field("date", "str", 10), Field("area_km2", "real"), Field("n_observed", "int"),
                Field("n_not_observed", "int"))


def _lake_row(series: Any) -> Dict[str, Any]:
    observed = [d for d in sorted(series.statuses) if series.statuses[d] == "observed"]
    track = series.track
    return {"lake_id": series.lake_id, "first_seen": series.first_seen.isoformat() if series.first_seen else None,
            "last_seen": observed[-1].isoformat() if observed else None, "n_observed": len(observed),
            "n_hidden": sum(1 for s in series.statuses.values() if s == "not_observed"),
            "area_first_km2": series.area_km2(observed[0]) if observed else None,
            "area_last_km2": series.area_km2(observed[-1]) if observed else None,
            "rate_km2_per_yr": series.rate_km2_per_yr, "rate_pct_per_yr": series.rate_pct_per_yr,
            "rapid": int(series.rapid), "merged_into": f"GM-L{track.merged_into:05d}" if track.merged_into else None,
            "events": "; ".join(track.events)[:254] or None}


def area_rows(result: Any) -> List[Dict[str, Any]]:
    return [{"lake_id": s.lake_id, "date": d.isoformat(), "status": s.statuses[d], "area_km2": s.area_km2(d),
             "hidden_share": round(s.hidden[d], 4)} for s in result.lakes for d in result.dates]


def _total_rows(result: Any) -> List[Dict[str, Any]]:
    return [{"date": d.isoformat(), "area_km2": result.totals_km2[d],
             "n_observed": sum(1 for s in result.lakes if s.statuses[d] == "observed"),
             "n_not_observed": sum(1 for s in result.lakes if s.statuses[d] == "not_observed")}
            for d in result.dates]


def _csv(rows: List[Dict[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[f.name for f in AREA_FIELDS], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def _years(result: Any) -> List[float]:
    return [d.year + (d.timetuple().tm_yday - 1) / 365.25 for d in result.dates]


def _plot(result: Any, series: Any) -> str:
    areas = [series.area_km2(d) for d in result.dates]
    return line_plot([(series.lake_id, _years(result), areas)], title=f"{series.lake_id}: "
                     f"{series.rate_pct_per_yr or 0:.1f} % per year", x_label="year", y_label="area (km²)",
                     markers=True)


def html_text(result: Any, rapid_pct: float, meta: Dict[str, str]) -> str:
    flagged = [s for s in result.lakes if s.rapid]
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>Lake time series</title><style>"
             "body{font-family:sans-serif;margin:1.5em;max-width:1100px}table{border-collapse:collapse}"
             "td,th{border:1px solid #bbb;padding:3px 8px}th{background:#eee}.warn{color:#8a4b00}</style>"
             "</head><body><h1>Lake time series</h1>",
             f"<p>{len(result.lakes)} lakes over {len(result.dates)} dates "
             f"({result.dates[0].isoformat()} to {result.dates[-1].isoformat()}); {len(flagged)} grow by "
             f"{rapid_pct:g} % per year or more (Theil-Sen fit, observed dates only).</p>"]
    totals = [result.totals_km2[d] for d in result.dates]
    parts.append("<h2>Regional total</h2>" + line_plot([("observed lakes", _years(result), totals)],
                 title="Total area of the lakes observed at each date", x_label="year", y_label="km²",
                 markers=True))
    if result.warnings:
        parts.append("<ul>" + "".join(f"<li class='warn'>{escape(w)}</li>" for w in result.warnings) + "</ul>")
    parts.append("<h2>Rapidly growing lakes</h2>" + ("".join(f"<div>{_plot(result, s)}</div>" for s in flagged)
                                                     or "<p>None.</p>"))
    rows = "".join(f"<tr><td>{escape(s.lake_id)}</td><td>{s.first_seen or ''}</td>"
                   f"<td>{'' if s.rate_km2_per_yr is None else f'{s.rate_km2_per_yr:.4f}'}</td>"
                   f"<td>{'' if s.rate_pct_per_yr is None else f'{s.rate_pct_per_yr:.1f}'}</td>"
                   f"<td>{'yes' if s.rapid else ''}</td></tr>" for s in result.lakes)
    parts.append("<h2>Lakes</h2><table><tr><th>Lake</th><th>First seen</th><th>km²/yr</th><th>%/yr</th>"
                 f"<th>Rapid</th></tr>{rows}</table>")
    parts.append("<h2>Provenance</h2><table>" + "".join(f"<tr><td>{escape(k)}</td><td>{escape(str(v))}</td></tr>"
                                                        for k, v in meta.items()) + "</table></body></html>")
    return "\n".join(parts)


def write_timeseries(result: Any, out_dir: str, srs: Any, rapid_pct: float, max_hidden: float) -> Dict[str, str]:
    """Write the three outputs into ``out_dir`` (created if needed) together; returns {kind: path}."""
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as error:
        raise OutputError(translate("GlacierMapperCore", "Cannot create the output folder '{out_dir}': "
                                    "{strerror}.").format(
                                    out_dir=out_dir, strerror=error.strerror)) from None
    paths = {kind: os.path.join(out_dir, name) for kind, name in FILES.items()}
    meta = provenance(ALGORITHM, {}, {"rapid_pct_per_yr": rapid_pct, "max_hidden": max_hidden,
                                      "dates": ",".join(d.isoformat() for d in result.dates)})
    areas = area_rows(result)
    geometries = np.array([s.track.geometry for s in result.lakes], dtype=object)
    with atomic_outputs() as outputs:
        writer = outputs.add(VectorWriter(paths["gpkg"]))
        writer.add_layer("lakes", LAKE_FIELDS, srs, ogr.wkbMultiPolygon, meta)
        writer.write("lakes", geometries, [_lake_row(s) for s in result.lakes])
        writer.add_layer("lake_areas", AREA_FIELDS, None, ogr.wkbNone)
        writer.write("lake_areas", None, areas)
        writer.add_layer("regional_total", TOTAL_FIELDS, None, ogr.wkbNone)
        writer.write("regional_total", None, _total_rows(result))
        outputs.add(TextOutput(paths["csv"], _csv(areas)))
        outputs.add(TextOutput(paths["html"], html_text(result, rapid_pct, meta)))
    return paths
