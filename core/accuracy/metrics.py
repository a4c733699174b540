"""The accuracy metrics of the glacier and glacial-lake papers: the one implementation of their formulas.

With TP, FP, FN, TN counted over valid pixels (see METHODS.md):
FA = FP/(TP+FP), MA = FN/(TP+FN), OA = (TP+TN)/N, Kappa = (OA-PRE)/(1-PRE) with
PRE = ((TP+FP)(TP+FN) + (FN+TN)(FP+TN))/N², precision = TP/(TP+FP), recall = TP/(TP+FN),
F1 = 2PR/(P+R), IoU = TP/(TP+FP+FN), background IoU = TN/(TN+FP+FN), MIoU = their mean, and the
AUC by the rank (Mann–Whitney) formula with tied scores counted one half.

A ratio whose denominator is zero (for example MA when the reference has no target pixel) is NaN:
it is undefined, not zero or one. JSON outputs write it as null, CSV as an empty cell.
Two extensions, both the usual conventions: F1 is computed as 2TP/(2TP+FP+FN), which equals 2PR/(P+R)
wherever that is defined and gives 0 (not NaN) when TP = 0 but FP + FN > 0; MIoU is the mean of the
IoUs that are defined, so a tile with no target pixel in either map scores its background IoU.

Scores are histogrammed by ``ScoreHistogram`` so rasters of any size need bounded memory: one pass
gives the AUC, the ROC curve and the exact confusion matrix at every threshold registered up front.

Only numpy and the standard library are imported: the trainer imports this module outside the plugin.
"""
import math
from dataclasses import dataclass
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

import numpy as np

from ..choices import choice_keys
from ..messages import translate

METRIC_NAMES = ("fa", "ma", "oa", "kappa", "precision", "recall", "f1", "iou", "iou_background", "miou")
# Metrics a best threshold can be chosen by (larger is better for each).
# The metrics that can pick the best threshold, with their labels.
CRITERION_CHOICES = (("kappa", "Kappa"), ("f1", "F1"), ("iou", "IoU"), ("miou", "MIoU"), ("oa", "OA"))
CRITERIA = choice_keys(CRITERION_CHOICES)


@dataclass(frozen=True)
class Confusion:
    """Pixel counts of a two-class comparison: the target class against everything else.

    ``metrics`` also accepts fractions of N (floats), as published tables give them.
    """
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def __add__(self, other):
        return Confusion(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn, self.tn + other.tn)

    def matrix(self) -> List[List[int]]:
        """[[TP, FP], [FN, TN]]: rows are the map (target, other), columns the reference (target, other)."""
        return [[self.tp, self.fp], [self.fn, self.tn]]

    def as_dict(self) -> Dict[str, int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn, "n": self.n}


def _ratio(numerator, denominator):
    return numerator / denominator if denominator else math.nan


def confusion_from_masks(pred_bool: Any, ref_bool: Any, valid: Any = None) -> "Confusion":
    """Confusion of two boolean arrays (True = target), counting only where ``valid`` is True."""
    pred = np.asarray(pred_bool, dtype=bool)
    ref = np.asarray(ref_bool, dtype=bool)
    if pred.shape != ref.shape:
        raise ValueError(f"The prediction {pred.shape} and the reference {ref.shape} differ in shape.")
    if valid is not None:
        valid = np.asarray(valid, dtype=bool)
        pred, ref = pred[valid], ref[valid]
    # One bincount over the four (prediction, reference) combinations: a single pass over the pixels.
    counts = np.bincount(pred.ravel().astype(np.intp) * 2 + ref.ravel(), minlength=4)
    return Confusion(tp=int(counts[3]), fp=int(counts[2]), fn=int(counts[1]), tn=int(counts[0]))


def metrics(conf: "Confusion") -> Dict[str, float]:
    """The papers' metrics of a Confusion as a dict of floats (NaN where undefined) plus ``n``."""
    # Python integers keep the products of a full scene's counts exact; fractions (counts / N) also work.
    tp, fp, fn, tn = (v if isinstance(v, float) else int(v) for v in (conf.tp, conf.fp, conf.fn, conf.tn))
    n = tp + fp + fn + tn
    oa = _ratio(tp + tn, n)
    pre = _ratio((tp + fp) * (tp + fn) + (fn + tn) * (fp + tn), n * n)
    kappa = _ratio(oa - pre, 1.0 - pre) if n and pre != 1.0 else math.nan
    iou = _ratio(tp, tp + fp + fn)
    iou_background = _ratio(tn, tn + fp + fn)
    defined = [v for v in (iou, iou_background) if not math.isnan(v)]
    return {
        "fa": _ratio(fp, tp + fp),
        "ma": _ratio(fn, tp + fn),
        "oa": oa,
        "kappa": kappa,
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "f1": _ratio(2 * tp, 2 * tp + fp + fn),
        "iou": iou,
        "iou_background": iou_background,
        "miou": sum(defined) / len(defined) if defined else math.nan,
        "n": n,
    }


def _auc_from_counts(positives, negatives):
    """Mann–Whitney AUC from per-bin counts in ascending score order; pairs in one bin count one half."""
    positives = np.asarray(positives, dtype=np.float64)
    negatives = np.asarray(negatives, dtype=np.float64)
    n_pos, n_neg = positives.sum(), negatives.sum()
    if n_pos == 0 or n_neg == 0:
        return math.nan
    negatives_below = np.cumsum(negatives) - negatives
    return float((positives * (negatives_below + 0.5 * negatives)).sum() / (n_pos * n_neg))


def auc_exact(scores: Any, labels: Any) -> float:
    """AUC of ``scores`` for boolean ``labels`` by the rank formula, ties averaged; NaN without both classes.

    Sorts all scores, so memory grows with the input: for small inputs and for checking ScoreHistogram.
    """
    scores = np.asarray(scores, dtype=np.float64).ravel()
    labels = np.asarray(labels, dtype=bool).ravel()
    keep = np.isfinite(scores)
    scores, labels = scores[keep], labels[keep]
    _, inverse = np.unique(scores, return_inverse=True)
    size = int(inverse.max()) + 1 if inverse.size else 0
    positives = np.bincount(inverse[labels], minlength=size)
    negatives = np.bincount(inverse[~labels], minlength=size)
    return _auc_from_counts(positives, negatives)


def check_thresholds(thresholds: Iterable[float], lo: float, hi: float, what: str = "score") -> List[float]:
    """Sorted unique float thresholds inside [lo, hi], or ValueError saying which one is not."""
    values = []
    for value in thresholds:
        try:
            value = float(value)
        except (TypeError, ValueError):
            raise ValueError(translate("GlacierMapperCore", "The threshold '{value}' "
                                       "is not a number.").format(value=value)) from None
        if not math.isfinite(value) or not lo <= value <= hi:
            raise ValueError(translate("GlacierMapperCore", "The threshold {value:g} is outside the range of a {what}, "
                                       "{lo:g} to {hi:g}. Give thresholds between {lo:g} and {hi:g}.").format(
                                       value=value, what=what, lo=lo, hi=hi))
        values.append(value)
    if not values:
        raise ValueError(translate("GlacierMapperCore", "The list of thresholds is empty."))
    return sorted(set(values))


class ScoreHistogram:
    """Histograms of a score for target and non-target pixels, filled block by block.

    ``bins`` equal bins over [lo, hi] (plus one below lo and one at or above hi) give the AUC and the ROC
    curve; scores in one bin count as tied, and ``auc_error_bound()`` says how much that can change the
    AUC. Exact counts are kept for every threshold given in ``thresholds``, so ``confusion_at`` is exact
    for those and the whole sweep costs one pass. A pixel is mapped as target when score >= threshold.
    """

    def __init__(self, bins: int = 10000, lo: float = 0.0, hi: float = 1.0, thresholds: Sequence[float] = ()) -> None:
        if not (bins >= 1 and hi > lo):
            raise ValueError("A score histogram needs at least one bin and hi > lo.")
        self.bins = int(bins)
        self.lo = float(lo)
        self.hi = float(hi)
        self.scale = self.bins / (self.hi - self.lo)
        self.thresholds = np.array(sorted(set(float(t) for t in thresholds)), dtype=np.float64)
        # Slot 0: below lo; slot k: bin k-1; last slot: at or above hi. Columns: 0 non-target, 1 target,
        # 2 reference unknown (counted in the mapped area only, never in the confusion).
        self.counts = np.zeros((self.bins + 2, 3), dtype=np.int64)
        self.threshold_counts = np.zeros((len(self.thresholds) + 1, 3), dtype=np.int64)
        self.threshold_areas = np.zeros((len(self.thresholds) + 1, 3), dtype=np.float64)
        self.minimum = math.inf
        self.maximum = -math.inf
        # Thresholds passed per slot, so most pixels need no comparison with the thresholds. Slots within
        # two of a threshold's slot (rounding of the bin position can move a score by one slot) are
        # "near": their pixels are compared with the thresholds exactly.
        threshold_slots = self._slots(self.thresholds)
        self.passed = np.searchsorted(threshold_slots, np.arange(self.bins + 2), side="left").astype(np.intp)
        self.near = np.zeros(self.bins + 2, dtype=bool)
        for slot in threshold_slots:
            self.near[max(slot - 2, 0):slot + 3] = True

    def _slots(self, scores):
        position = (scores - self.lo) * self.scale + 1.0
        np.clip(position, 0, self.bins + 1, out=position)
        return position.astype(np.intp)  # truncation is floor: position >= 0

    def add(self, scores: Any, labels: Any, weights: Any = None) -> None:
        """Add finite ``scores`` with ``labels``: bool (True = target) or int (0 other, 1 target, 2 unknown).

        ``weights`` (e.g. pixel areas on a geographic grid) are summed per threshold for the mapped areas.
        Float32 scores are binned in float32; every threshold comparison is exact.
        """
        scores = np.asarray(scores).ravel()
        if scores.dtype not in (np.float32, np.float64):
            scores = scores.astype(np.float64)
        labels = np.asarray(labels).ravel().astype(np.intp)
        if scores.size == 0:
            return
        self.minimum = min(self.minimum, float(scores.min()))
        self.maximum = max(self.maximum, float(scores.max()))
        slots = self._slots(scores)
        self.counts += np.bincount(slots * 3 + labels, minlength=self.counts.size).reshape(self.counts.shape)
        passed = self.passed[slots]
        near = np.flatnonzero(self.near[slots])
        if near.size:
            passed[near] = np.searchsorted(self.thresholds, scores[near].astype(np.float64), side="right")
        passed *= 3
        passed += labels
        self.threshold_counts += np.bincount(passed, minlength=self.threshold_counts.size).reshape(
            self.threshold_counts.shape)
        if weights is not None:
            weights = np.broadcast_to(np.asarray(weights, dtype=np.float64), scores.shape).ravel()
            self.threshold_areas += np.bincount(passed, weights=weights, minlength=self.threshold_areas.size
                                                ).reshape(self.threshold_areas.shape)

    def _threshold_row(self, threshold):
        matches = np.flatnonzero(np.isclose(self.thresholds, threshold, rtol=0, atol=1e-12))
        if not matches.size:
            raise ValueError(f"The threshold {threshold:g} was not registered with the histogram: "
                             f"give it in 'thresholds' to get exact counts.")
        return int(matches[0]) + 1

    def confusion_at(self, threshold: float) -> "Confusion":
        """Exact Confusion when mapping score >= threshold (a threshold registered at construction)."""
        row = self._threshold_row(threshold)
        at_or_above = self.threshold_counts[row:].sum(axis=0)
        below = self.threshold_counts[:row].sum(axis=0)
        return Confusion(tp=int(at_or_above[1]), fp=int(at_or_above[0]), fn=int(below[1]), tn=int(below[0]))

    def mapped_at(self, threshold: float) -> Tuple[int, int]:
        """(target, total) pixel counts of the map at ``threshold``, reference-unknown pixels included."""
        row = self._threshold_row(threshold)
        return int(self.threshold_counts[row:].sum()), int(self.threshold_counts.sum())

    def mapped_area_at(self, threshold: float) -> Tuple[float, float]:
        """(target, total) summed weights of the map at ``threshold``, when weights were given."""
        row = self._threshold_row(threshold)
        return float(self.threshold_areas[row:].sum()), float(self.threshold_areas.sum())

    @property
    def positives(self) -> int:
        return int(self.counts[:, 1].sum())

    @property
    def negatives(self) -> int:
        return int(self.counts[:, 0].sum())

    def auc(self) -> float:
        """Mann–Whitney AUC with ties within a bin averaged; NaN without both classes."""
        return _auc_from_counts(self.counts[:, 1], self.counts[:, 0])

    def auc_error_bound(self) -> float:
        """Largest possible difference from the exact AUC caused by binning: half the within-bin pairs.

        Scores at the top of the range (NDSI = 1, probability = 1) are true ties, not binning ties, when
        no score exceeds ``hi``: their slot is left out of the bound.
        """
        n_pos, n_neg = self.positives, self.negatives
        if not n_pos or not n_neg:
            return math.nan
        pairs = self.counts[:, 1].astype(np.float64) * self.counts[:, 0]
        if self.maximum <= self.hi:
            pairs[-1] = 0.0
        within = pairs.sum()
        return float(0.5 * within / (n_pos * n_neg))

    def edges(self) -> np.ndarray:
        """Lower score of each bin; the first bin (below lo) starts at -inf."""
        inner = self.lo + (self.hi - self.lo) * np.arange(self.bins + 1) / self.bins
        return np.concatenate([[-np.inf], inner])

    def roc(self) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(fpr, tpr, thresholds) from the highest bin edge down, from (0, 0) to (1, 1)."""
        n_pos, n_neg = self.positives, self.negatives
        if not n_pos or not n_neg:
            return np.array([]), np.array([]), np.array([])
        tp = np.cumsum(self.counts[::-1, 1])
        fp = np.cumsum(self.counts[::-1, 0])
        thresholds = self.edges()[::-1]
        fpr = np.concatenate([[0.0], fp / n_neg])
        tpr = np.concatenate([[0.0], tp / n_pos])
        return fpr, tpr, np.concatenate([[np.inf], thresholds])


def thin_curve(xs: Sequence[float], ys: Sequence[float], step: float = 0.004) -> List[int]:
    """Indices of the points of a monotone curve kept for plotting: each at least ``step`` from the last."""
    if len(xs) == 0:
        return []
    keep = [0]
    for i in range(1, len(xs)):
        if max(abs(xs[i] - xs[keep[-1]]), abs(ys[i] - ys[keep[-1]])) >= step:
            keep.append(i)
    if keep[-1] != len(xs) - 1:
        keep.append(len(xs) - 1)
    return keep


def sweep(histogram: "ScoreHistogram", thresholds: Iterable[float],
          criterion: str = "kappa") -> Tuple[List[dict], Optional[dict]]:
    """(rows, best_row): the metrics at each registered threshold and the row that maximises ``criterion``.

    Ties keep the lowest threshold; best_row is None when the criterion is undefined at every threshold.
    """
    if criterion not in CRITERIA:
        raise ValueError(f"Unknown criterion '{criterion}': choose one of {', '.join(CRITERIA)}.")
    rows = []
    for threshold in thresholds:
        conf = histogram.confusion_at(threshold)
        rows.append({"threshold": float(threshold), **conf.as_dict(), **metrics(conf)})
    best = None
    for row in rows:
        value = row[criterion]
        if not math.isnan(value) and (best is None or value > best[criterion]):
            best = row
    return rows, best
