"""Training-time validation scores: confusion counts over valid pixels, counted with torch on the training device.

The formulas are core.accuracy.metrics' (the papers' definitions in METHODS.md, one implementation for the whole
plugin): IoU = TP / (TP + FP + FN), F1 = 2TP / (2TP + FP + FN), OA = (TP + TN) / N; a ratio with a zero
denominator is NaN (written as null in events and reports).
"""
from .manifest import IGNORE
from .plugin import Confusion, paper_metrics

SCORES = (("val_iou", "iou"), ("val_f1", "f1"), ("val_oa", "oa"))


class ConfusionCounter:
    """Accumulates TP, FP, FN, TN of thresholded probabilities against labels, 255 left out."""

    def __init__(self):
        self.tp = self.fp = self.fn = self.tn = 0

    def update(self, probability, labels, threshold):
        """Add a batch: probability [N, 1, H, W] (tensor), labels [N, H, W] uint8."""
        valid = labels != IGNORE
        predicted = (probability[:, 0] >= threshold) & valid
        truth = (labels == 1) & valid
        tp = int((predicted & truth).sum())
        fp = int(predicted.sum()) - tp
        fn = int(truth.sum()) - tp
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn
        self.tn += int(valid.sum()) - tp - fp - fn

    @property
    def total(self):
        return self.tp + self.fp + self.fn + self.tn

    def confusion(self):
        return Confusion(self.tp, self.fp, self.fn, self.tn)

    def scores(self):
        """{"val_iou", "val_f1", "val_oa"} by core.accuracy.metrics."""
        values = paper_metrics(self.confusion())
        return {name: values[key] for name, key in SCORES}

    def counts(self):
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn}
