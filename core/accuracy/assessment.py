"""Accuracy assessment of a glacier or lake map against a reference, block by block.

The prediction is a class mask (the target class against the rest), a probability (0–1) or an index
such as NDSI (−1–1). Score rasters are thresholded at a list of thresholds (score >= threshold is the
target) in ONE pass: score histograms of target and non-target pixels give every threshold's exact
confusion matrix, the AUC and the ROC curve (core.accuracy.metrics.ScoreHistogram). The reference is a mask on
the prediction's grid or polygons in any CRS, rasterized onto that grid (pixel centres inside). A
reference raster on another grid is refused unless ``resample_reference`` asks to resample it by
nearest neighbour. Pixels outside the area of interest or nodata in either input are excluded and counted.
"""
import math
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from typing import Any, Callable, Dict, Optional, Sequence

import numpy as np
from osgeo import gdal, osr

from ..callbacks import Steps
from ..choices import choice_keys
from ..errors import InputError
from ..geo.rasterize import rasterize_polygons
from ..io.raster import BandReader, open_raster, raster_info, windows
from ..messages import translate
from ..nodata import MASK_NODATA
from .area_estimate import area_estimate, row_areas_m2
from .metrics import CRITERIA, Confusion, ScoreHistogram, check_thresholds, metrics, sweep, thin_curve
from .report import write_outputs

gdal.UseExceptions()

SCORE_KIND_CHOICES = (("auto", "Detect"), ("mask", "Mask"), ("probability", "Probability (0-1)"),
                      ("index", "Index (-1 to 1)"))
SCORE_KINDS = choice_keys(SCORE_KIND_CHOICES)
# Value range of each score kind: thresholds must lie inside it; the histogram spans it.
SCORE_RANGES = {"probability": (0.0, 1.0), "index": (-1.0, 1.0), "mask": (0.0, 1.0)}
# The glacier paper's Table 4 sweeps NDSI from 0.0 to 0.7 by 0.1.
INDEX_THRESHOLDS = tuple(round(0.1 * k, 10) for k in range(8))
PROBABILITY_THRESHOLDS = tuple(round(0.05 * k, 10) for k in range(1, 20))
_INDEX_WORDS = ("ndsi", "ndwi", "mndwi", "ndvi", "index")
_PROBABILITY_WORDS = ("probab", "likelihood", "confidence")


@dataclass
class AssessOptions:
    target_value: float = 1  # class of the target in mask rasters (and in the reference field)
    thresholds: Optional[Sequence[float]] = None  # None: the defaults of the score kind
    criterion: str = "kappa"  # kappa | f1 | iou | miou | oa: picks the best threshold
    score_kind: str = "auto"  # auto | mask | probability | index
    bins: int = 10000  # histogram bins over the score range for the AUC and ROC
    resample_reference: bool = False  # resample a reference raster on another grid by nearest neighbour
    prediction_nodata: Optional[float] = None  # overrides the raster's nodata value
    reference_nodata: Optional[float] = None


@dataclass
class AccuracyResult:
    score_kind: str
    threshold: Optional[float]  # the threshold the metrics are reported at (None for masks)
    confusion: Confusion  # at that threshold
    metrics: dict
    auc: Optional[float]  # None for masks; NaN without both classes in the reference
    auc_error_bound: Optional[float]  # largest change of the AUC that the histogram bins could cause
    roc: list  # [fpr, tpr, threshold] points, thinned for plotting
    sweep: list  # one dict per threshold: threshold, tp, fp, fn, tn, n and the metrics
    best_threshold: Optional[float]
    criterion: str
    area: Optional[dict]  # core.accuracy.area_estimate.area_estimate at the reported threshold
    counts: dict  # total, outside_aoi, nodata_prediction, nodata_reference, assessed pixels
    score_range: Optional[tuple]  # (min, max) of the valid scores inside the area of interest
    inputs: dict
    warnings: list = field(default_factory=list)
    outputs: dict = field(default_factory=dict)

    def to_dict(self) -> Dict[str, Any]:
        """Everything as plain JSON-able values; NaN and infinities become None."""
        data = asdict(self)
        data["confusion"] = self.confusion.as_dict()
        return _json_safe(data)


def _json_safe(value):
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_safe(v) for v in value]
    if isinstance(value, (np.integer,)):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return float(value) if math.isfinite(value) else None
    return value


def _band_text(dataset):
    band = dataset.GetRasterBand(1)
    parts = [band.GetDescription() or "", dataset.GetMetadataItem("GLACIERMAPPER_ALGORITHM") or ""]
    parts += [f"{k} {v}" for k, v in (band.GetMetadata() or {}).items()]
    return " ".join(parts).lower()


def detect_score_kind(dataset: gdal.Dataset, nodata: Optional[float]) -> str:
    """'mask', 'probability' or 'index' from the data type, the band's metadata, then its value range.

    The range comes from a decimated read (at most 512 x 512 samples), so a few extreme pixels may be
    missed; the result warns when scores fall outside the chosen range.
    """
    band = dataset.GetRasterBand(1)
    if not gdal.GetDataTypeName(band.DataType).startswith("Float"):
        return "mask"
    if dataset.GetMetadataItem("GLACIERMAPPER_INDEX"):
        return "index"
    text = _band_text(dataset)
    if any(word in text for word in _PROBABILITY_WORDS):
        return "probability"
    if any(word in text for word in _INDEX_WORDS):
        return "index"
    sample = band.ReadAsArray(buf_xsize=min(dataset.RasterXSize, 512), buf_ysize=min(dataset.RasterYSize, 512))
    valid = np.isfinite(sample)
    if nodata is not None:
        valid &= sample != nodata
    if not valid.any():
        raise InputError(translate("GlacierMapperCore", "The prediction raster has no valid pixel in a sample of its "
                                   "values: it seems to be all nodata. Check its nodata value."))
    low, high = float(sample[valid].min()), float(sample[valid].max())
    if low >= 0.0 and high <= 1.0:
        return "probability"
    if low >= -1.0 and high <= 1.0:
        return "index"
    raise InputError(translate("GlacierMapperCore", "The prediction's values run from {low:g} to {high:g}: neither a "
                               "probability (0 to 1) nor a normalised index (-1 to 1). Choose the score kind 'mask' "
                               "for a class raster, or rescale the scores.").format(low=low, high=high))


def _nodata_for(info, override, target_value):
    # The plugin's masks use MASK_NODATA; a Byte mask without a nodata value is read that way.
    nodata = info.nodata[0] if override is None else override
    if nodata is None and info.data_types[0] == "Byte" and target_value != MASK_NODATA:
        return MASK_NODATA
    return nodata


def _crs_name(info):
    if not info.projection:
        return "no CRS"
    srs = osr.SpatialReference()
    srs.ImportFromWkt(info.projection)
    code = srs.GetAuthorityCode(None)
    return f"EPSG:{code}" if code else srs.GetName()


def _grid_text(info):
    return (f"{info.width} x {info.height} px of {info.pixel_size[0]:g} x {info.pixel_size[1]:g} at "
            f"({info.geotransform[0]:g}, {info.geotransform[3]:g}) in {_crs_name(info)}")


def _same_crs(a, b):
    if not a.projection or not b.projection:
        return True
    sa, sb = osr.SpatialReference(), osr.SpatialReference()
    sa.ImportFromWkt(a.projection)
    sb.ImportFromWkt(b.projection)
    return bool(sa.IsSame(sb))


def _resample_onto(path, like, nodata, out_path):
    """A VRT of ``path`` warped by nearest neighbour onto the grid of ``like``; outside becomes NaN."""
    x0, dx, _, y0, _, dy = like.geotransform
    bounds = (min(x0, x0 + dx * like.width), min(y0, y0 + dy * like.height),
              max(x0, x0 + dx * like.width), max(y0, y0 + dy * like.height))
    options = dict(format="VRT", outputBounds=bounds, width=like.width, height=like.height,
                   resampleAlg="near", outputType=gdal.GDT_Float32, dstNodata=float("nan"))
    if like.projection:
        options["dstSRS"] = like.projection
    if nodata is not None:
        options["srcNodata"] = nodata
    gdal.Warp(out_path, os.path.abspath(path), **options)
    return out_path


class _Reference:
    """The reference as a raster on the prediction grid and the rule that makes a value the target."""

    def __init__(self, path, nodata, positive_value, all_valid=False):
        self.reader = BandReader(path, [1], nodata=nodata)
        self.positive_value = positive_value
        self.all_valid = all_valid  # rasterized polygons: outside every polygon is a valid negative

    def read(self, window):
        data, valid = self.reader.read(window, raw=True)
        if self.all_valid:
            valid[...] = True
        return data[0] == self.positive_value, valid

    def close(self):
        self.reader.close()


def _prepare_reference(pred_info, reference_path, reference_vector, reference_layer, reference_field, options,
                       temp_dir, warnings):
    if bool(reference_path) == bool(reference_vector):
        raise InputError(translate("GlacierMapperCore", "Give exactly one reference: a mask raster or a polygon "
                                   "layer."))
    target = options.target_value
    if reference_vector:
        result = rasterize_polygons(
            reference_vector, pred_info, os.path.join(temp_dir, "reference.tif"), layer_name=reference_layer,
            class_field=reference_field or None, burn_value=1, background=math.nan if reference_field else 0,
            data_type="Float32" if reference_field else "Byte")
        warnings.extend(result.warnings)
        if result.burned == 0:
            warnings.append(translate("GlacierMapperCore", "No reference polygon overlaps the prediction: every pixel "
                                      "is a reference negative."))
        # Without a class field every polygon is the target; with one, polygons of other classes are not.
        return _Reference(result.path, None, target if reference_field else 1, all_valid=True)
    ref_info = raster_info(reference_path)
    nodata = _nodata_for(ref_info, options.reference_nodata, target)
    if ref_info.same_grid(pred_info) and _same_crs(ref_info, pred_info):
        if bool(ref_info.projection) != bool(pred_info.projection):
            warnings.append(translate("GlacierMapperCore", "Only one of the prediction and the reference has a CRS: "
                                      "the grids are taken as equal."))
        return _Reference(reference_path, nodata, target)
    if not options.resample_reference:
        raise InputError(
            translate("GlacierMapperCore", "The reference raster is not on the prediction's grid (prediction: "
                      "{grid_text}; reference: {grid_text2}). Align it onto the prediction's grid (Raster > Align "
                      "Rasters, or gdalwarp with the prediction's extent and pixel size and -r near), give the "
                      "reference as polygons, or allow resampling the reference by nearest neighbour.").format(
                      grid_text=_grid_text(pred_info), grid_text2=_grid_text(ref_info)))
    warnings.append(translate("GlacierMapperCore", "The reference raster was resampled by nearest neighbour onto the "
                              "prediction's grid; pixels at class borders may have changed class."))
    vrt = _resample_onto(reference_path, pred_info, nodata, os.path.join(temp_dir, "reference.vrt"))
    return _Reference(vrt, None, target)


def _prepare_aoi(pred_info, aoi_vector, temp_dir, warnings):
    if not aoi_vector:
        return None
    result = rasterize_polygons(aoi_vector, pred_info, os.path.join(temp_dir, "aoi.tif"), burn_value=1,
                                background=0)
    warnings.extend(result.warnings)
    if result.burned == 0:
        raise InputError(translate("GlacierMapperCore", "The area of interest does not overlap the prediction raster. "
                                   "Check its CRS and extent."))
    return BandReader(result.path, [1], nodata=None)


def _thresholds_for(kind, options):
    if kind == "mask":
        if options.thresholds:
            raise InputError(translate("GlacierMapperCore", "Thresholds apply to probability or index rasters; the "
                                       "prediction is a class mask. Remove the thresholds or choose the score kind "
                                       "'probability' or 'index'."))
        return [0.5]  # the mask is read as a 0/1 score
    if options.thresholds is None or len(options.thresholds) == 0:
        return list(INDEX_THRESHOLDS if kind == "index" else PROBABILITY_THRESHOLDS)
    lo, hi = SCORE_RANGES[kind]
    try:
        return check_thresholds(options.thresholds, lo, hi, what=f"{kind} raster")
    except ValueError as error:
        raise InputError(error.args[0]) from None  # args[0] keeps the message translatable


def assess(prediction_path: str, reference_path: Optional[str] = None, reference_vector: Optional[str] = None,
           reference_layer: Optional[str] = None, reference_field: Optional[str] = None,
           aoi_vector: Optional[str] = None, out_html: Optional[str] = None, out_csv: Optional[str] = None,
           out_json: Optional[str] = None, options: Optional[AssessOptions] = None,
           progress: Optional[Callable[[float], Any]] = None,
           is_cancelled: Optional[Callable[[], bool]] = None) -> AccuracyResult:
    """Assess a prediction against a reference; return an AccuracyResult and write the asked outputs.

    Outputs (HTML report, CSV of the metrics per threshold, JSON of everything) are written together
    through temporary files, or not at all. Raises InputError for unusable inputs, OutputError for
    unwritable outputs, Cancelled when ``is_cancelled()`` turns true.
    """
    options = options or AssessOptions()
    if options.criterion not in CRITERIA:
        raise InputError(translate("GlacierMapperCore", "Unknown criterion '{criterion}': choose one of "
                                   "{criteria}.").format(
                                   criterion=options.criterion, criteria=', '.join(CRITERIA)))
    if options.score_kind not in SCORE_KINDS:
        raise InputError(translate("GlacierMapperCore", "Unknown score kind '{score_kind}': choose one of "
                                   "{score_kinds}.").format(
                                   score_kind=options.score_kind, score_kinds=', '.join(SCORE_KINDS)))
    prediction = open_raster(prediction_path)
    try:
        pred_info = raster_info(prediction)
        pred_nodata = options.prediction_nodata if options.prediction_nodata is not None else pred_info.nodata[0]
        kind = detect_score_kind(prediction, pred_nodata) if options.score_kind == "auto" else options.score_kind
    finally:
        prediction = None  # closes the dataset, also when the score kind cannot be told
    if kind == "mask":
        pred_nodata = _nodata_for(pred_info, options.prediction_nodata, options.target_value)
    thresholds = _thresholds_for(kind, options)
    warnings = []
    if pred_info.band_count > 1:
        warnings.append(translate("GlacierMapperCore", "The prediction has {band_count} bands: only band 1 is "
                                  "assessed.").format(
                                  band_count=pred_info.band_count))
    steps = Steps(1, progress, is_cancelled)
    temp_dir = tempfile.mkdtemp(prefix="glaciermapper_accuracy_")
    reference = aoi = None
    try:
        reference = _prepare_reference(pred_info, reference_path, reference_vector, reference_layer,
                                          reference_field, options, temp_dir, warnings)
        aoi = _prepare_aoi(pred_info, aoi_vector, temp_dir, warnings)
        steps.check()
        row_areas = row_areas_m2(pred_info)
        if row_areas is None:
            warnings.append(translate("GlacierMapperCore", "The prediction has no CRS: areas are not computed."))
        lo, hi = SCORE_RANGES[kind]
        histogram = ScoreHistogram(bins=2 if kind == "mask" else options.bins, lo=lo, hi=hi, thresholds=thresholds)
        counts = _accumulate(prediction_path, pred_nodata, kind, options.target_value, reference, aoi, row_areas,
                             histogram, Steps(1, progress, is_cancelled, 0.05, 0.95), pred_info)
    finally:  # readers closed before their temporary files are removed
        for reader in (reference, aoi):
            if reader is not None:
                reader.close()
        shutil.rmtree(temp_dir, ignore_errors=True)
    if counts["assessed"] == 0:
        raise InputError(_no_pixels_message(counts))
    result = _result(kind, thresholds, histogram, counts, row_areas, options, warnings, {
        "prediction": os.fspath(prediction_path), "reference": reference_path and os.fspath(reference_path),
        "reference_vector": reference_vector and os.fspath(reference_vector), "reference_layer": reference_layer,
        "reference_field": reference_field, "aoi": aoi_vector and os.fspath(aoi_vector)})
    if out_html or out_csv or out_json:
        result.outputs = write_outputs(result, out_html=out_html, out_csv=out_csv, out_json=out_json,
                                       options=options)
    if progress:
        progress(1.0)
    return result


def assess_arrays(scores: Any, reference: Any, options: Optional[AssessOptions] = None,
                  pixel_area_m2: Optional[float] = None) -> AccuracyResult:
    """The same assessment on arrays of points or pixels: ``scores`` (class values for masks) and a
    boolean ``reference`` (True = target). Non-finite scores are excluded and counted as prediction
    nodata. ``pixel_area_m2`` enables the area estimate. Returns an AccuracyResult.
    """
    options = options or AssessOptions()
    if options.criterion not in CRITERIA:
        raise InputError(translate("GlacierMapperCore", "Unknown criterion '{criterion}': choose one of "
                                   "{criteria}.").format(
                                   criterion=options.criterion, criteria=', '.join(CRITERIA)))
    kind = options.score_kind
    if kind not in SCORE_KINDS or kind == "auto":
        raise InputError(translate("GlacierMapperCore", "Give the score kind of the arrays: 'mask', 'probability' or "
                                   "'index'."))
    scores = np.asarray(scores, dtype=np.float64).ravel()
    reference = np.asarray(reference, dtype=bool).ravel()
    if scores.shape != reference.shape:
        raise InputError(translate("GlacierMapperCore", "{size} scores but {size2} reference labels: give one label "
                                   "per score.").format(size=scores.size, size2=reference.size))
    thresholds = _thresholds_for(kind, options)
    valid = np.isfinite(scores)
    if kind == "mask":
        scores = (scores == options.target_value).astype(np.float64)
    counts = {"total": int(scores.size), "outside_aoi": 0, "nodata_prediction": int(scores.size - valid.sum()),
              "nodata_reference": 0, "assessed": int(valid.sum())}
    if counts["assessed"] == 0:
        raise InputError(translate("GlacierMapperCore", "No score is valid: every value is NaN or infinite."))
    lo, hi = SCORE_RANGES[kind]
    histogram = ScoreHistogram(bins=2 if kind == "mask" else options.bins, lo=lo, hi=hi, thresholds=thresholds)
    row_areas = None if pixel_area_m2 is None else np.array([float(pixel_area_m2)])
    histogram.add(scores[valid], reference[valid])
    return _result(kind, thresholds, histogram, counts, row_areas, options, [], {"prediction": "arrays"})


def _constant(row_areas):
    return float(np.ptp(row_areas)) <= 1e-12 * float(row_areas.max())


def _no_pixels_message(counts):
    if counts["total"] == counts["outside_aoi"]:
        return translate("GlacierMapperCore", "No pixel of the prediction lies inside the area of interest.")
    if counts["nodata_reference"] == 0:
        return (translate("GlacierMapperCore", "The prediction has no valid pixel inside the area of interest: every "
                          "pixel there is nodata. Check the prediction's nodata value."))
    return (translate("GlacierMapperCore", "No pixel has both a valid prediction and a valid reference inside the area "
                      "of interest: check that the reference covers the prediction and its nodata value."))


def _accumulate(prediction_path, pred_nodata, kind, target_value, reference, aoi, row_areas, histogram, steps,
                pred_info):
    reader = BandReader(prediction_path, [1], nodata=pred_nodata)
    counts = {"total": pred_info.width * pred_info.height, "outside_aoi": 0, "nodata_prediction": 0,
              "nodata_reference": 0, "assessed": 0}
    blocks = windows(pred_info.width, pred_info.height)
    steps.total = len(blocks)
    try:
        for window in blocks:
            _accumulate_window(window, reader, kind, target_value, reference, aoi, row_areas, histogram, counts)
            steps.advance()
    finally:
        reader.close()
    return counts


def _accumulate_window(window, reader, kind, target_value, reference, aoi, row_areas, histogram, counts):
    """Add one window's pixels to the histogram and the counts."""
    data, pred_valid = reader.read(window, raw=True)
    scores = data[0]
    reference_target, reference_valid = reference.read(window)
    inside = None
    if aoi is not None:
        aoi_data, _ = aoi.read(window, raw=True)
        inside = aoi_data[0] == 1
        counts["outside_aoi"] += int(inside.size - np.count_nonzero(inside))
        pred_valid &= inside
        counts["nodata_prediction"] += int(np.count_nonzero(inside) - np.count_nonzero(pred_valid))
    else:
        counts["nodata_prediction"] += int(pred_valid.size - np.count_nonzero(pred_valid))
    labels = np.where(reference_valid, reference_target, 2).astype(np.int8)
    counts["nodata_reference"] += int(np.count_nonzero(pred_valid & ~reference_valid))
    counts["assessed"] += int(np.count_nonzero(pred_valid & reference_valid))
    if kind == "mask":
        scores = (scores == target_value).astype(np.float32)
    weights = None
    if row_areas is not None and not _constant(row_areas):  # geographic grid: areas vary by row
        weights = np.broadcast_to(row_areas[window.y:window.y + window.height, None], window.shape)[pred_valid]
    histogram.add(scores[pred_valid], labels[pred_valid], weights=weights)


def _result(kind, thresholds, histogram, counts, row_areas, options, warnings, inputs):
    rows, best = sweep(histogram, thresholds, options.criterion)
    if best is None:
        best = rows[0]
        warnings.append(translate("GlacierMapperCore", "The criterion '{criterion}' is undefined at every threshold; "
                                  "the metrics are reported at {threshold:g}.").format(
                                  criterion=options.criterion, threshold=best['threshold']))
    threshold = best["threshold"]
    conf = histogram.confusion_at(threshold)
    if conf.tp + conf.fn == 0:
        warnings.append(translate("GlacierMapperCore", "The reference has no target pixel in the assessed area: MA, "
                                  "recall and IoU are undefined."))
    if conf.fn + conf.tn == 0:
        warnings.append(translate("GlacierMapperCore", "The reference has no non-target pixel in the assessed area."))
    area = None
    if row_areas is not None:
        mapped_pixels = histogram.mapped_at(threshold)
        if _constant(row_areas):
            pixel_area = float(row_areas[0])
            strata = (mapped_pixels[0] * pixel_area, mapped_pixels[1] * pixel_area)
        else:
            # Geographic grid: the strata from each pixel's own area; the reference pixels' area from
            # their count times the map's mean pixel area.
            strata = histogram.mapped_area_at(threshold)
            pixel_area = strata[1] / mapped_pixels[1] if mapped_pixels[1] else math.nan
        area = area_estimate(conf, pixel_area_m2=pixel_area, strata_area_m2=strata)
        area["pixel_area_m2"] = pixel_area
        warnings.extend(area["notes"])
    auc = bound = None
    roc = []
    score_range = None
    if kind != "mask":
        auc, bound = histogram.auc(), histogram.auc_error_bound()
        fpr, tpr, edges = histogram.roc()
        roc = [[float(fpr[i]), float(tpr[i]), float(edges[i])] for i in thin_curve(fpr, tpr)]
        score_range = (histogram.minimum, histogram.maximum)
        lo, hi = SCORE_RANGES[kind]
        if histogram.minimum < lo or histogram.maximum > hi:
            warnings.append(translate("GlacierMapperCore", "Scores run from {minimum:g} to {maximum:g}, beyond the "
                                      "{kind} range {lo:g} to {hi:g}: the AUC treats the scores beyond it as ties (its "
                                      "error bound says by how much this can matter).").format(
                                      minimum=histogram.minimum, maximum=histogram.maximum, kind=kind, lo=lo, hi=hi))
    return AccuracyResult(
        score_kind=kind, threshold=None if kind == "mask" else threshold, confusion=conf, metrics=metrics(conf),
        auc=auc, auc_error_bound=bound, roc=roc, sweep=rows if kind != "mask" else [dict(rows[0], threshold=None)],
        best_threshold=None if kind == "mask" else threshold, criterion=options.criterion, area=area,
        counts=counts, score_range=score_range, inputs=inputs, warnings=warnings)
