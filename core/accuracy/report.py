"""The outputs of an accuracy assessment: an HTML report with inline SVG plots, a CSV and a JSON.

All three are written to temporary files beside their destinations and moved into place together
(core.io.atomic.atomic_outputs), so a failure leaves no partial or mismatched output.
"""
import csv
import io
import json
import math
import os
from dataclasses import asdict
from html import escape
from typing import Any, Dict, Optional

from ..errors import OutputError
from ..io import atomic
from ..io.atomic import atomic_outputs
from ..messages import translate
from ..provenance import provenance
from ..svg_plot import line_plot
from .metrics import METRIC_NAMES

ALGORITHM = "glaciermapper:assessaccuracy"
CSV_COLUMNS = ("threshold", "tp", "fp", "fn", "tn", "n") + METRIC_NAMES
METRIC_LABELS = {"fa": "FA", "ma": "MA", "oa": "OA", "kappa": "Kappa", "precision": "Precision",
                 "recall": "Recall", "f1": "F1", "iou": "IoU", "iou_background": "IoU bg", "miou": "MIoU"}


class TextOutput:
    """A text file written to a hidden partial file; ``commit`` moves it into place, ``abort`` removes it."""

    def __init__(self, path: str, text: str) -> None:
        self.path = os.path.abspath(os.fspath(path))
        folder = os.path.dirname(self.path)
        if not os.path.isdir(folder):
            raise OutputError(translate("GlacierMapperCore", "The output folder '{folder}' does not exist. Create it "
                                        "or choose another path.").format(folder=folder))
        if os.path.isdir(self.path):
            raise OutputError(translate("GlacierMapperCore", "The output path '{path}' is a "
                                        "folder. Give a file name.").format(path=self.path))
        self.temp_path = atomic.partial_path(self.path)
        try:
            with open(self.temp_path, "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
        except OSError as error:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot write '{path}': {strerror}. Choose "
                                        "another path.").format(
                                        path=self.path, strerror=error.strerror)) from None

    def commit(self) -> None:
        try:
            atomic.commit(self.temp_path, self.path)
        except OSError as error:
            self.abort()
            raise OutputError(translate("GlacierMapperCore", "Cannot move the finished output into place at '{path}': "
                                        "{error}.").format(path=self.path, error=error)) from None

    def abort(self) -> None:
        atomic.discard(self.temp_path)


def write_outputs(result: Any, out_html: Optional[str] = None, out_csv: Optional[str] = None,
                  out_json: Optional[str] = None, options: Any = None) -> Dict[str, str]:
    """Write the asked outputs of an AccuracyResult together; returns {kind: path}."""
    parameters = asdict(options) if options is not None else {}
    meta = provenance(ALGORITHM, {k: v for k, v in result.inputs.items() if k in ("prediction", "reference",
                                                                                  "reference_vector", "aoi")},
                      parameters)
    planned = {kind: os.path.abspath(os.fspath(path))
               for kind, path in (("csv", out_csv), ("json", out_json), ("html", out_html)) if path}
    result.outputs = dict(planned)  # the JSON lists its companions
    try:
        with atomic_outputs() as outputs:
            if out_csv:
                outputs.add(TextOutput(out_csv, csv_text(result)))
            if out_json:
                outputs.add(TextOutput(out_json, json_text(result, meta, parameters)))
            if out_html:
                outputs.add(TextOutput(out_html, html_text(result, meta)))
    except BaseException:
        result.outputs = {}
        raise
    return planned


def _cell(value):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    return repr(float(value)) if isinstance(value, float) else str(value)


def csv_text(result: Any) -> str:
    """One row per threshold (one row for a mask); undefined values are empty cells."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS + ("auc",))
    for row in result.sweep:
        writer.writerow([_cell(row.get(column)) for column in CSV_COLUMNS] + [_cell(result.auc)])
    return buffer.getvalue()


def json_text(result: Any, meta: Optional[dict] = None, parameters: Optional[dict] = None) -> str:
    data = result.to_dict()
    data["parameters"] = parameters or {}
    data["provenance"] = meta or {}
    return json.dumps(data, indent=2, allow_nan=False, default=str)


def _number(value, digits=4):
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "n/a"
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:.{digits}f}"


def _table(header, rows, highlight=None, css_class=None):
    out = [f"<table class='{css_class}'>" if css_class else "<table>"]
    if header:
        out.append("<tr>" + "".join(f"<th>{escape(h)}</th>" for h in header) + "</tr>")
    for i, row in enumerate(rows):
        style = ' class="best"' if highlight is not None and i == highlight else ""
        out.append(f"<tr{style}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def _plots(result):
    plots = []
    if result.roc:
        fpr = [p[0] for p in result.roc]
        tpr = [p[1] for p in result.roc]
        plots.append(line_plot([("ROC", fpr, tpr)], title=f"ROC curve (AUC {_number(result.auc, 3)})",
                               x_label="False positive rate", y_label="True positive rate",
                               x_range=(0, 1), y_range=(0, 1), diagonal=True))
    if len(result.sweep) > 1:
        xs = [row["threshold"] for row in result.sweep]
        names = ("kappa", "f1", "iou", "oa", "fa", "ma")
        series = [(METRIC_LABELS[name], xs, [row[name] for row in result.sweep]) for name in names]
        lowest = min((v for _, _, ys in series for v in ys if math.isfinite(v)), default=0.0)
        plots.append(line_plot(series, title="Metrics by threshold", x_label="Threshold (target: score >= threshold)",
                               y_label="Value", y_range=(min(0.0, lowest), 1), markers=True,
                               vertical_line=(result.best_threshold, f"best {result.criterion}")))
    return plots


def html_text(result: Any, meta: Optional[dict] = None) -> str:
    """A self-contained HTML page: summary, confusion matrix, metrics, sweep, area estimate, plots."""
    m = result.metrics
    c = result.confusion
    title = "Accuracy assessment"
    parts = [f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title><style>"
             "body{font-family:sans-serif;margin:1.5em;max-width:1100px}table{border-collapse:collapse;margin:.6em 0}"
             "td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}th{background:#eee}"
             "td:first-child,th:first-child{text-align:left}table.text td{text-align:left}"
             "tr.best td{background:#fff3c4;font-weight:bold}.note{color:#555;font-size:90%}"
             ".warn{color:#8a4b00}</style></head><body>", f"<h1>{title}</h1>"]
    parts.append(_table(["Input", "Path"], [[escape(k), escape(str(v))] for k, v in result.inputs.items() if v],
                        css_class="text"))
    kind = {"mask": "class mask", "probability": "probability", "index": "index (e.g. NDSI)"}[result.score_kind]
    summary = [["Prediction read as", escape(kind)]]
    if result.threshold is not None:
        summary.append(["Threshold reported (target: score &ge; threshold)",
                        f"{result.threshold:g} (best {escape(result.criterion)})"])
    if result.auc is not None:
        summary.append(["AUC (rank formula, ties averaged)",
                        f"{_number(result.auc)} (&plusmn; at most {_number(result.auc_error_bound, 5)} from binning)"])
    counts = result.counts
    summary += [["Pixels assessed", _number(counts["assessed"])],
                ["Excluded: outside the area of interest", _number(counts["outside_aoi"])],
                ["Excluded: prediction nodata", _number(counts["nodata_prediction"])],
                ["Excluded: reference nodata", _number(counts["nodata_reference"])]]
    parts.append("<h2>Summary</h2>" + _table(None, summary))
    if result.warnings:
        parts.append("<h2>Warnings</h2><ul>" + "".join(f"<li class='warn'>{escape(w)}</li>" for w in result.warnings)
                     + "</ul>")
    parts.append("<h2>Confusion matrix (pixels)</h2>" + _table(
        ["Map \\ Reference", "Target", "Other", "Total"],
        [["Target", _number(c.tp), _number(c.fp), _number(c.tp + c.fp)],
         ["Other", _number(c.fn), _number(c.tn), _number(c.fn + c.tn)],
         ["Total", _number(c.tp + c.fn), _number(c.fp + c.tn), _number(c.n)]]))
    parts.append("<h2>Metrics</h2>" + _table([METRIC_LABELS[k] for k in METRIC_NAMES],
                                              [[_number(m[k]) for k in METRIC_NAMES]]))
    parts.append("<p class='note'>FA = FP/(TP+FP), MA = FN/(TP+FN), OA = (TP+TN)/N, "
                 "Kappa = (OA&minus;PRE)/(1&minus;PRE), IoU = TP/(TP+FP+FN), MIoU = mean of the target and "
                 "background IoU. n/a: undefined (0/0).</p>")
    if len(result.sweep) > 1:
        header = ["Threshold"] + [METRIC_LABELS[k] for k in METRIC_NAMES]
        rows = [[f"{row['threshold']:g}"] + [_number(row[k]) for k in METRIC_NAMES] for row in result.sweep]
        best = next((i for i, row in enumerate(result.sweep) if row["threshold"] == result.best_threshold), None)
        parts.append(f"<h2>Threshold sweep (best by {escape(result.criterion)} highlighted)</h2>"
                     + _table(header, rows, highlight=best))
    if result.area:
        a = result.area
        parts.append("<h2>Area of the target class</h2>" + _table(["", "km²"], [
            ["Mapped area", _number(a["mapped_km2"])],
            ["Error-adjusted area", _number(a["adjusted_km2"])],
            ["Standard error", _number(a["se_km2"])],
            ["95 % confidence interval", f"{_number(a['ci95_low_km2'])} &ndash; {_number(a['ci95_high_km2'])}"],
            ["Reference area (assessed pixels)", _number(a["reference_km2"])],
            ["Assessed map area", _number(a["total_km2"])]]))
        parts.append(_table(["Area-weighted accuracy", "Value"], [
            ["User's accuracy (target)", _number(a["user_accuracy"])],
            ["Producer's accuracy (target)", _number(a["producer_accuracy"])],
            ["Overall accuracy", _number(a["overall_accuracy"])]]))
        parts.append("<p class='note'>Stratified estimator of Olofsson et al. (2014): strata are the map classes, "
                     "weighted by their mapped area. It treats the reference pixels as a random sample; with a "
                     "reference covering every pixel the adjusted area equals the reference area, and because "
                     "neighbouring pixels are correlated the interval is narrower than one from independent "
                     "sample points.</p>")
    plots = _plots(result)
    if plots:
        parts.append("<h2>Plots</h2>" + "".join(f"<div>{svg}</div>" for svg in plots))
    if meta:
        parts.append("<h2>Provenance</h2>" + _table(["Item", "Value"], [[escape(k), escape(str(v))]
                                                                        for k, v in meta.items()], css_class="text"))
    parts.append("</body></html>")
    return "\n".join(parts)
