"""Small line plots as standalone SVG text, for HTML reports: no matplotlib needed inside QGIS."""
import math
from html import escape
from typing import List, Optional, Sequence, Tuple

COLOURS = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf", "#7f7f7f")
# (name, xs, ys) of one line; None or NaN breaks it
Series = Tuple[str, Sequence[Optional[float]], Sequence[Optional[float]]]
Range = Tuple[float, float]


def nice_ticks(lo: float, hi: float, count: int = 5) -> List[float]:
    """About ``count`` round tick values covering [lo, hi]."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return [lo]
    raw = (hi - lo) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(lo / step - 1e-9) * step
    ticks = []
    value = first
    while value <= hi + step * 1e-9:
        ticks.append(round(value, 12))
        value += step
    return ticks


def _label(value):
    return f"{value:g}"


def line_plot(series: Sequence[Series], title: str = "", x_label: str = "", y_label: str = "",
              x_range: Optional[Range] = None, y_range: Optional[Range] = None, width: int = 520, height: int = 340,
              diagonal: bool = False, markers: bool = False, vertical_line: Optional[Tuple[float, str]] = None) -> str:
    """An SVG line plot. ``series`` is a list of (name, xs, ys); NaN or None values break the line.

    ``diagonal`` draws the y = x chance line of a ROC plot; ``vertical_line`` = (x, label) marks a value
    such as the chosen threshold.
    """
    points = [(x, y) for _, xs, ys in series for x, y in zip(xs, ys)
              if x is not None and y is not None and math.isfinite(x) and math.isfinite(y)]
    if x_range is None:
        x_range = (min((p[0] for p in points), default=0.0), max((p[0] for p in points), default=1.0))
    if y_range is None:
        y_range = (min((p[1] for p in points), default=0.0), max((p[1] for p in points), default=1.0))
    (x0, x1), (y0, y1) = x_range, y_range
    if x1 <= x0:
        x0, x1 = x0 - 0.5, x1 + 0.5
    if y1 <= y0:
        y0, y1 = y0 - 0.5, y1 + 0.5
    left, right, top, bottom = 56, 16 + (130 if len(series) > 1 else 0), 30, 44
    plot_w, plot_h = width - left - right, height - top - bottom

    def sx(x):
        return left + (x - x0) / (x1 - x0) * plot_w

    def sy(y):
        return top + plot_h - (y - y0) / (y1 - y0) * plot_h

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="11">',
           f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fff" stroke="#444"/>']
    if title:
        out.append(f'<text x="{left + plot_w / 2:.1f}" y="18" text-anchor="middle" font-size="13">'
                   f'{escape(title)}</text>')
    for tick in nice_ticks(x0, x1):
        x = sx(tick)
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 15}" text-anchor="middle">{_label(tick)}</text>')
    for tick in nice_ticks(y0, y1):
        y = sy(tick)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e4e4e4"/>')
        out.append(f'<text x="{left - 5}" y="{y + 4:.1f}" text-anchor="end">{_label(tick)}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 8}" text-anchor="middle">{escape(x_label)}</text>')
    out.append(f'<text transform="translate(14 {top + plot_h / 2:.1f}) rotate(-90)" text-anchor="middle">'
               f'{escape(y_label)}</text>')
    if diagonal:
        out.append(f'<line x1="{sx(x0):.1f}" y1="{sy(y0):.1f}" x2="{sx(x1):.1f}" y2="{sy(y1):.1f}" '
                   f'stroke="#999" stroke-dasharray="4 3"/>')
    if vertical_line is not None and x0 <= vertical_line[0] <= x1:
        x = sx(vertical_line[0])
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#555" '
                   f'stroke-dasharray="2 2"/>')
        # Near the right edge the label goes left of the line, clear of the legend.
        anchor, dx = ("end", -3) if x > left + 0.7 * plot_w else ("start", 3)
        out.append(f'<text x="{x + dx:.1f}" y="{top + 12}" text-anchor="{anchor}">{escape(vertical_line[1])}</text>')
    for k, (name, xs, ys) in enumerate(series):
        colour = COLOURS[k % len(COLOURS)]
        runs: List[List[str]] = []
        run: List[str] = []
        for x, y in zip(xs, ys):
            if x is None or y is None or not (math.isfinite(x) and math.isfinite(y)):
                if run:
                    runs.append(run)
                run = []
            else:
                run.append(f"{sx(x):.1f},{sy(y):.1f}")
        if run:
            runs.append(run)
        for run in runs:
            out.append(f'<polyline fill="none" stroke="{colour}" stroke-width="1.8" points="{" ".join(run)}"/>')
            if markers:
                out.extend(f'<circle cx="{p.split(",")[0]}" cy="{p.split(",")[1]}" r="2.5" fill="{colour}"/>'
                           for p in run)
        if len(series) > 1:
            y = top + 14 + 16 * k
            out.append(f'<line x1="{left + plot_w + 10}" y1="{y - 4}" x2="{left + plot_w + 28}" y2="{y - 4}" '
                       f'stroke="{colour}" stroke-width="2"/>')
            out.append(f'<text x="{left + plot_w + 32}" y="{y}">{escape(name)}</text>')
    out.append("</svg>")
    return "\n".join(out)
