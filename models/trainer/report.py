"""The training report: MODEL.report.json, MODEL.report.html and its curve images (matplotlib, Agg)."""
import html
import json
import os

from .events import json_safe

METRICS = (("val_iou", "IoU"), ("val_f1", "F1"), ("val_oa", "OA"))


def report_paths(folder, stem):
    """File names of the report for a model whose path without .onnx ends in ``stem``."""
    names = {"json": f"{stem}.report.json", "html": f"{stem}.report.html",
             "loss_png": f"{stem}.report.loss.png", "metrics_png": f"{stem}.report.metrics.png"}
    return {key: os.path.join(folder, name) for key, name in names.items()}


def _plot(path, epochs, series, ylabel, best_epoch):
    # Imported here: only a finished run draws, and a failing one should not wait for matplotlib.
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    figure, axes = plt.subplots(figsize=(6.4, 3.6), dpi=100)
    for label, values in series:
        axes.plot(epochs, values, marker="o", markersize=3, label=label)
    axes.axvline(best_epoch, color="0.6", linestyle="--", linewidth=1, label=f"best epoch ({best_epoch})")
    axes.set_xlabel("epoch")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_ylabel(ylabel)
    axes.grid(alpha=0.3)
    axes.legend()
    figure.tight_layout()
    figure.savefig(path)
    plt.close(figure)


def _cell(value):
    if value is None or (isinstance(value, float) and value != value):
        return "n/a"  # undefined, e.g. IoU without any target pixel
    return f"{value:.4f}" if isinstance(value, float) else html.escape(str(value))


def write_report(folder, stem, report):
    """Write the report files into ``folder``; ``report`` holds "history", "best_epoch", "metrics" and more."""
    paths = report_paths(folder, stem)
    history, best = report["history"], report["best_epoch"]
    epochs = [h["epoch"] for h in history]
    _plot(paths["loss_png"], epochs, [("train loss", [h["train_loss"] for h in history]),
                                      ("validation loss", [h["val_loss"] for h in history])], "loss", best)
    _plot(paths["metrics_png"], epochs, [(f"validation {label}", [h[key] for h in history])
                                         for key, label in METRICS], "score", best)
    with open(paths["json"], "w", encoding="utf-8") as stream:
        json.dump(json_safe(report), stream, indent=2, allow_nan=False)
    columns = ("epoch", "train_loss", "val_loss", "val_iou", "val_f1", "val_oa", "seconds")
    rows = "\n".join(
        "<tr{}>{}</tr>".format(' class="best"' if h["epoch"] == best else "",
                               "".join(f"<td>{_cell(h[c])}</td>" for c in columns)) for h in history)
    summary = "".join(f"<tr><th>{html.escape(k)}</th><td>{_cell(v)}</td></tr>" for k, v in report["metrics"].items())
    settings = "".join(f"<tr><th>{html.escape(k)}</th><td>{_cell(v)}</td></tr>"
                       for k, v in report.get("settings", {}).items())
    title = html.escape(f"Training report: {os.path.basename(report['model'])}")
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body{{font-family:sans-serif;margin:2em;max-width:60em}}table{{border-collapse:collapse;margin:1em 0}}
td,th{{border:1px solid #ccc;padding:0.2em 0.6em;text-align:right}}th{{text-align:left}}tr.best{{background:#e6f3ff}}
code{{word-break:break-all}}</style></head><body>
<h1>{title}</h1>
<p>Model <code>{html.escape(report['model'])}</code>, architecture {html.escape(report['architecture']['name'])}
({report['parameters']:,} parameters), trained on {report['chips']['train']} chips and validated on
{report['chips']['val']} from <code>{html.escape(report['chips']['folder'])}</code>.
The best epoch ({best}) by validation IoU was exported; PyTorch and ONNX Runtime agree to
{report['parity_max_abs_diff']:.2g} on validation chips.</p>
<h2>Best validation scores</h2><table>{summary}</table>
<h2>Curves</h2>
<img src="{html.escape(os.path.basename(paths['loss_png']))}" alt="training and validation loss per epoch">
<img src="{html.escape(os.path.basename(paths['metrics_png']))}" alt="validation IoU, F1 and OA per epoch">
<h2>Epochs</h2><table><tr>{''.join(f'<th>{c}</th>' for c in columns)}</tr>
{rows}</table>
<h2>Settings</h2><table>{settings}</table>
<p>Command: <code>{html.escape(report.get('command', ''))}</code></p>
</body></html>
"""
    with open(paths["html"], "w", encoding="utf-8") as stream:
        stream.write(page)
    return paths
