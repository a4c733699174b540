"""The metric formulas against scikit-learn, hand-worked matrices and the glacier paper's Table 4."""
import itertools
import math

import numpy as np
import pytest
from scipy.stats import rankdata
from sklearn.metrics import (
    accuracy_score,
    cohen_kappa_score,
    confusion_matrix,
    f1_score,
    jaccard_score,
    precision_score,
    recall_score,
    roc_auc_score,
)

from glacier_mapper.core.accuracy.metrics import (
    Confusion,
    ScoreHistogram,
    auc_exact,
    check_thresholds,
    confusion_from_masks,
    metrics,
    sweep,
)


def _sklearn_metrics(pred, ref):
    nan = dict(zero_division=np.nan)
    return {
        "oa": accuracy_score(ref, pred),
        "kappa": cohen_kappa_score(ref, pred),
        "precision": precision_score(ref, pred, **nan),
        "recall": recall_score(ref, pred, **nan),
        "f1": f1_score(ref, pred, **nan),
        # jaccard_score has no NaN option: compared only where the IoU is defined.
        "iou": jaccard_score(ref, pred) if (ref | pred).any() else np.nan,
        "iou_background": jaccard_score(~ref, ~pred) if (~ref | ~pred).any() else np.nan,
    }


def _close(a, b, tol=1e-12):
    return (math.isnan(a) and math.isnan(b)) or abs(a - b) <= tol


@pytest.mark.parametrize("seed,share", [(0, 0.3), (1, 0.05), (2, 0.7)])
def test_metrics_match_scikit_learn_on_random_maps(seed, share):
    rng = np.random.default_rng(seed)
    ref = rng.random(20000) < share
    pred = np.where(rng.random(20000) < 0.8, ref, rng.random(20000) < share)
    conf = confusion_from_masks(pred, ref)
    (tn, fp), (fn, tp) = confusion_matrix(ref, pred, labels=[False, True])
    assert (conf.tp, conf.fp, conf.fn, conf.tn) == (tp, fp, fn, tn)
    ours = metrics(conf)
    for name, value in _sklearn_metrics(pred, ref).items():
        assert _close(ours[name], value), name
    assert _close(ours["fa"], 1 - precision_score(ref, pred))
    assert _close(ours["ma"], 1 - recall_score(ref, pred))
    assert _close(ours["miou"], jaccard_score(ref, pred, average="macro"))
    assert ours["n"] == 20000


@pytest.mark.filterwarnings("ignore::UserWarning", "ignore::RuntimeWarning")  # scikit-learn on one class
@pytest.mark.parametrize("case", ["no_reference_positive", "all_positive", "perfect", "empty_maps", "all_missed"])
def test_edge_cases_match_scikit_learn(case):
    ref = np.zeros(100, bool)
    pred = np.zeros(100, bool)
    if case == "no_reference_positive":
        pred[:7] = True
    elif case == "all_positive":
        ref[:] = pred[:] = True
    elif case == "perfect":
        ref[:30] = pred[:30] = True
    elif case == "all_missed":
        ref[:30] = True
    ours = metrics(confusion_from_masks(pred, ref))
    for name, value in _sklearn_metrics(pred, ref).items():
        assert _close(ours[name], value), (case, name, ours[name], value)
    expected = {
        "no_reference_positive": dict(fa=1.0, ma=math.nan, kappa=0.0, iou=0.0, miou=0.465, f1=0.0),
        "all_positive": dict(fa=0.0, ma=0.0, kappa=math.nan, iou=1.0, miou=1.0, f1=1.0),
        "perfect": dict(fa=0.0, ma=0.0, kappa=1.0, iou=1.0, miou=1.0, f1=1.0),
        "empty_maps": dict(fa=math.nan, ma=math.nan, kappa=math.nan, iou=math.nan, miou=1.0, f1=math.nan),
        "all_missed": dict(fa=math.nan, ma=1.0, kappa=0.0, iou=0.0, miou=0.35, f1=0.0),
    }[case]
    for name, value in expected.items():
        assert _close(ours[name], value), (case, name, ours[name])


def test_hand_worked_matrix():
    m = metrics(Confusion(tp=40, fp=10, fn=20, tn=30))
    # PRE = (50*60 + 50*40)/100² = 0.5; Kappa = (0.7 - 0.5)/(1 - 0.5)
    assert m["oa"] == pytest.approx(0.7) and m["kappa"] == pytest.approx(0.4)
    assert m["fa"] == pytest.approx(0.2) and m["ma"] == pytest.approx(1 / 3)
    assert m["precision"] == pytest.approx(0.8) and m["recall"] == pytest.approx(2 / 3)
    assert m["f1"] == pytest.approx(2 * 0.8 * (2 / 3) / (0.8 + 2 / 3))
    assert m["iou"] == pytest.approx(40 / 70) and m["iou_background"] == pytest.approx(0.5)
    assert m["miou"] == pytest.approx((40 / 70 + 0.5) / 2)


def test_full_scene_counts_stay_exact():
    # 60 million pixels: the products in PRE exceed 2**53 only with huge counts; Python ints keep them exact.
    m = metrics(Confusion(tp=9_000_000, fp=1_000_000, fn=2_000_000, tn=48_000_000))
    pre = (10e6 * 11e6 + 50e6 * 49e6) / 60e6 ** 2
    assert m["kappa"] == pytest.approx((57 / 60 - pre) / (1 - pre), rel=1e-12)


# Table 4 of the glacier paper: threshold, MA %, FA %, OA %, Kappa %.
TABLE_4 = [("NDSI 0.0", 13.97, 22.21, 95.73, 79.29), ("NDSI 0.1", 16.06, 20.36, 95.84, 79.39),
           ("NDSI 0.2", 17.79, 19.40, 95.84, 79.05), ("NDSI 0.3", 19.56, 18.57, 95.80, 78.57),
           ("NDSI 0.4", 21.43, 17.92, 95.72, 77.89), ("NDSI 0.5", 23.43, 17.42, 95.61, 77.01),
           ("NDSI 0.6", 25.75, 16.99, 95.46, 75.86), ("NDSI 0.7", 28.66, 16.68, 95.24, 74.23),
           ("Deep U-Net", 19.49, 6.02, 97.27, 85.22)]


def _confusion_from_rates(ma, fa, oa):
    """The confusion (fractions of N = 1) implied by MA, FA and OA in %."""
    ma, fa, oa = ma / 100, fa / 100, oa / 100
    # FP + FN = 1 - OA with FP = FA (TP+FP), FN = MA (TP+FN) and TP = (1-FA)(TP+FP) = (1-MA)(TP+FN).
    reference = (1 - oa) / (fa * (1 - ma) / (1 - fa) + ma)
    mapped = (1 - ma) * reference / (1 - fa)
    tp = (1 - ma) * reference
    fp, fn = fa * mapped, ma * reference
    return Confusion(tp=tp, fp=fp, fn=fn, tn=1.0 - tp - fp - fn)


def test_glacier_paper_table_4_kappa_is_reproduced():
    differences = []
    for name, ma, fa, oa, kappa in TABLE_4:
        m = metrics(_confusion_from_rates(ma, fa, oa))
        assert 100 * m["ma"] == pytest.approx(ma) and 100 * m["fa"] == pytest.approx(fa)
        assert 100 * m["oa"] == pytest.approx(oa)
        differences.append(100 * m["kappa"] - kappa)
        # The table rounds MA, FA and OA to 0.01 %: the reported Kappa (itself rounded) must lie within the
        # Kappa range those roundings allow.
        corners = [100 * metrics(_confusion_from_rates(ma + a, fa + b, oa + c))["kappa"]
                   for a, b, c in itertools.product((-0.005, 0.005), repeat=3)]
        assert min(corners) - 0.005 <= kappa <= max(corners) + 0.005, name
    # Measured: every row within 0.0063 percentage points (U-Net row; NDSI rows within 0.0055).
    assert max(abs(d) for d in differences) < 0.007
    assert abs(differences[-1]) == pytest.approx(0.0063, abs=0.0002)


def test_table_4_rows_share_one_reference():
    # Every row was scored against the same label image: the implied glacier share TP+FN must agree.
    shares = [(lambda c: c.tp + c.fn)(_confusion_from_rates(ma, fa, oa)) for _, ma, fa, oa, _ in TABLE_4]
    assert max(shares) - min(shares) < 3e-4
    assert np.mean(shares) == pytest.approx(0.1108, abs=2e-4)


def test_auc_exact_matches_rank_formula_and_scikit_learn():
    rng = np.random.default_rng(3)
    labels = rng.random(5000) < 0.4
    scores = np.round(rng.normal(labels * 0.8, 1.0), 1)  # rounded: many ties
    ranks = rankdata(scores)  # average ranks for ties
    n_pos, n_neg = labels.sum(), (~labels).sum()
    by_ranks = (ranks[labels].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
    assert auc_exact(scores, labels) == pytest.approx(by_ranks, abs=1e-12)
    assert auc_exact(scores, labels) == pytest.approx(roc_auc_score(labels, scores), abs=1e-12)
    assert math.isnan(auc_exact(scores, np.zeros(5000, bool)))


def test_histogram_auc_within_1e3_of_exact_on_a_million_pixels():
    rng = np.random.default_rng(4)
    labels = rng.random(1_000_000) < 0.25
    scores = np.clip(rng.normal(0.35 + 0.3 * labels, 0.18), 0, 1)
    scores[::7] = np.round(scores[::7], 2)  # ties across classes, also on bin edges
    exact = auc_exact(scores, labels)
    histogram = ScoreHistogram(bins=10000)
    for block in range(0, scores.size, 262144):  # filled block by block, as from a raster
        histogram.add(scores[block:block + 262144], labels[block:block + 262144])
    difference = abs(histogram.auc() - exact)
    assert difference < 1e-3
    assert difference <= histogram.auc_error_bound() < 1e-3
    assert exact == pytest.approx(0.8809, abs=2e-3)
    fpr, tpr, _ = histogram.roc()
    assert (fpr[0], tpr[0], fpr[-1], tpr[-1]) == (0, 0, 1, 1)
    assert np.all(np.diff(fpr) >= 0) and np.all(np.diff(tpr) >= 0)
    assert np.trapz(tpr, fpr) == pytest.approx(histogram.auc(), abs=1e-12)


def test_histogram_confusion_is_exact_at_registered_thresholds():
    rng = np.random.default_rng(5)
    labels = rng.random(200000) < 0.3
    scores = np.round(rng.random(200000) * 20) / 20  # many scores exactly on the thresholds
    thresholds = [round(0.05 * k, 10) for k in range(1, 20)]
    histogram = ScoreHistogram(bins=1000, thresholds=thresholds)
    histogram.add(scores[:100000], labels[:100000])
    histogram.add(scores[100000:], labels[100000:])
    for threshold in thresholds:
        assert histogram.confusion_at(threshold) == confusion_from_masks(scores >= threshold, labels)
    with pytest.raises(ValueError, match="not registered"):
        histogram.confusion_at(0.33)


def test_float32_scores_next_to_thresholds_are_compared_exactly():
    thresholds = [0.1, 0.25, 0.7]
    near = [np.nextafter(np.float32(t), np.float32(d)) for t in thresholds for d in (-1, 2)]
    scores = np.array(near + [np.float32(t) for t in thresholds] * 2 + [0.0, 1.0, 0.5], dtype=np.float32)
    labels = np.arange(scores.size) % 2 == 0
    histogram = ScoreHistogram(bins=10000, thresholds=thresholds)
    histogram.add(scores, labels)
    for threshold in thresholds:
        # float32(0.1) is above 0.1 and float32(0.7) below 0.7: the comparison is with the float64 threshold.
        assert histogram.confusion_at(threshold) == confusion_from_masks(scores.astype(np.float64) >= threshold,
                                                                         labels)
    assert histogram.confusion_at(0.7).tp + histogram.confusion_at(0.7).fp == 2  # next float32 above 0.7, and 1.0


def test_sweep_picks_the_best_threshold_by_the_criterion():
    scores = np.array([0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8, 0.9])
    labels = np.array([0, 0, 0, 1, 0, 1, 1, 1], bool)
    thresholds = [0.25, 0.35, 0.5, 0.75]
    histogram = ScoreHistogram(thresholds=thresholds)
    histogram.add(scores, labels)
    rows, best = sweep(histogram, thresholds, "kappa")
    kappas = [metrics(confusion_from_masks(scores >= t, labels))["kappa"] for t in thresholds]
    assert [row["kappa"] for row in rows] == pytest.approx(kappas)
    # t = 0.35: TP 4, FP 1, FN 0, TN 3; OA 7/8, PRE 1/2 -> Kappa 0.75 (the others give 0.5)
    assert best["threshold"] == 0.35 and best["kappa"] == pytest.approx(0.75)
    _, best_iou = sweep(histogram, thresholds, "iou")
    assert best_iou["threshold"] == 0.35 and best_iou["iou"] == pytest.approx(0.8)
    with pytest.raises(ValueError, match="Unknown criterion"):
        sweep(histogram, thresholds, "auc")


def test_thresholds_are_checked():
    assert check_thresholds([0.5, 0.1, 0.1], 0, 1) == [0.1, 0.5]
    with pytest.raises(ValueError, match="outside the range"):
        check_thresholds([0.2, 1.5], 0, 1)
    with pytest.raises(ValueError, match="not a number"):
        check_thresholds(["x"], 0, 1)
    with pytest.raises(ValueError, match="empty"):
        check_thresholds([], 0, 1)
