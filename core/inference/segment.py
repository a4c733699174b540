"""Sliding-window segmentation of a raster with an ONNX model that carries a Glacier Mapper model card.

The raster is processed one row of tiles at a time: a strip one tile high is read (the next one is read
while the network runs), its tiles go to the network in batches, their probabilities are added up, each times
its tile's share of the blend (core.inference.tiling), and the rows that no later tile row touches are finished
and written. Memory is bounded by a strip, its accumulator and one output block row, whatever the scene size.

Outputs (any of them; all written atomically, tiled and compressed, with the input's georeferencing):
- probability: Float32, 0-1, probability of the card's target class (the sigmoid output, or the target's
  softmax channel); nodata PROBABILITY_NODATA (-1, so that statistics and styles need no NaN handling).
- mask: UInt8 class values of the card (sigmoid: target where probability >= threshold, else background;
  softmax: the class of highest blended probability); nodata MASK_NODATA (255).
- confidence: Float32, 1 - entropy / maximum entropy of the blended class probabilities (binary entropy for
  sigmoid models): 1 where the model is certain, 0 at p = 0.5; nodata CONFIDENCE_NODATA (-1).
A pixel that is nodata in any band the model needs is nodata in every output. Before the network sees it,
it is filled with the channel's mean from the card, so nodata never enters as zero reflectance.
"""
import contextlib
import json
import math
import os
import threading
import time
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Mapping, Optional

import numpy as np

from ..callbacks import Steps
from ..errors import BandError, InputError, ModelContractError
from ..io.atomic import atomic_outputs
from ..io.raster import OUTPUT_BLOCK, RasterWriter, Window, input_block_rows
from ..messages import translate
from ..provenance import provenance
from ..sensors.bands import ROLE_LABELS
from ..sensors.bands import sensor as sensor_by_key
from ..sensors.scene import Scene
from ..spectral.indices import INDEX_BANDS, INDEX_NODATA, PathLike, normalized_difference
from ..spectral.mask_filters import MASK_NODATA
from ..spectral.threshold import IMPLAUSIBLE_REFLECTANCE
from .catalog import PRECISIONS, variant_path
from .model_card import card_to_json, read_card, validate_card
from .onnx_session import DEVICES, create_session
from .tiling import BLENDS, TileGrid, choose_tile, edge_boxes

ALGORITHM = "glaciermapper:segment"
PROBABILITY_NODATA = -1.0
CONFIDENCE_NODATA = -1.0
# The dihedral group of the square: 4 rotations, each with and without a left-right flip.
DIHEDRAL = tuple((turns, flip) for turns in range(4) for flip in (False, True))
# A raster whose pixel size differs from the model's by more than this gets a warning.
RESOLUTION_TOLERANCE = 0.25


@dataclass
class SegmentOptions:
    tile_size: Optional[int] = None  # None: the card's tile.size, or for dynamic networks tiling.choose_tile
    overlap: Optional[int] = None  # None: the card's tile.overlap
    batch_size: int = 4
    device: str = "auto"  # auto | cpu | cuda
    tta: bool = False  # average the 8 rotations / flips of every tile
    threshold: Optional[float] = None  # None: the card's output.threshold (sigmoid models)
    blend: str = "cosine"  # cosine | gaussian
    precision: str = "fp32"  # fp32 | int8: the model file, or its int8 variant <stem>.int8.onnx (catalog)


@dataclass
class SegmentResult:
    probability_path: str
    mask_path: str
    confidence_path: str
    provider: str  # the onnxruntime execution provider that ran the model
    provider_notes: list  # why a requested GPU provider was not used
    tiles_total: int
    tiles_skipped_nodata: int  # tiles without a single valid pixel: never sent to the model
    tiles_run: int
    threshold: Optional[float]  # None for softmax models (arg max)
    seconds: float
    warnings: list = field(default_factory=list)
    card: object = None  # the model's ModelCard
    bands: dict = field(default_factory=dict)  # role -> 1-based band index of the input raster
    tile_size: int = 0
    overlap: int = 0
    pixels_evaluated: int = 0  # tile pixels sent to the network (cropped edge tiles count their crop)
    batches: list = field(default_factory=list)  # per network call: its tiles as (y, x, height, width)
    precision: str = "fp32"
    model_path: str = ""  # the file that ran: the model, or its int8 variant
    lanes: int = 1  # network calls run at once
    threads: int = 0  # onnxruntime's intra-op threads per call on the CPU (0: the GPU provider's own)


def _check_options(options):
    if options.device not in DEVICES:
        raise InputError(translate("GlacierMapperCore", "Unknown device '{device}'. Choose one of: {devices}.").format(
                                   device=options.device, devices=', '.join(DEVICES)))
    if options.blend not in BLENDS:
        raise InputError(translate("GlacierMapperCore", "Unknown blend '{blend}'. Choose one of: {blends}.").format(
                                   blend=options.blend, blends=', '.join(BLENDS)))
    if int(options.batch_size) < 1:
        raise InputError(translate("GlacierMapperCore", "The batch size must "
                                   "be at least 1, not {batch_size}.").format(batch_size=options.batch_size))
    if options.threshold is not None and not 0.0 < float(options.threshold) < 1.0:
        raise InputError(translate("GlacierMapperCore", "The probability threshold must lie strictly between 0 and 1, "
                                   "not {threshold}.").format(threshold=options.threshold))
    if options.precision not in PRECISIONS:
        raise InputError(translate("GlacierMapperCore", "Unknown precision '{precision}'. Choose one of: "
                                   "{choices}.").format(precision=options.precision, choices=", ".join(PRECISIONS)))


def _tile_geometry(card, options, input_shape, width, height):
    """Tile size, overlap and batch size, checked against the network's input shape and the card."""
    static_n, _, static_h, static_w = (tuple(input_shape) + (None,) * 4)[:4]
    tile = int(options.tile_size or card.tile.size)
    chosen = not options.tile_size and not (static_h or static_w)
    if chosen:
        overlap = int(card.tile.overlap if options.overlap is None else options.overlap)
        tile = choose_tile(width, height, overlap, tile, card.architecture.size_multiple)
    if static_h or static_w:
        if static_h != static_w:
            raise ModelContractError(translate("GlacierMapperCore", "The network's input is {static_h} x {static_w} "
                                               "pixels; the plugin needs square tiles. Export the model with dynamic "
                                               "or square spatial dimensions.").format(
                                               static_h=static_h, static_w=static_w))
        if options.tile_size and tile != static_h:
            raise ModelContractError(translate("GlacierMapperCore", "The network only accepts {static_h} x {static_h} "
                                               "tiles; tile size {tile} cannot be used. Set the tile size to "
                                               "{static_h} or leave it empty.").format(static_h=static_h, tile=tile))
        tile = static_h
    multiple = card.architecture.size_multiple
    if tile < 1 or tile % multiple:
        lower = max(multiple, tile // multiple * multiple)
        raise ModelContractError(
            translate("GlacierMapperCore", "Tile size {tile} does not suit the network: {name} of depth {depth} halves "
                      "the tile {depth} times, so the tile size must be a multiple of {multiple} (e.g. {lower} or "
                      "{multiple2}).").format(
                      tile=tile, name=card.architecture.name, depth=card.architecture.depth, multiple=multiple,
                      lower=lower, multiple2=lower + multiple))
    overlap = int(card.tile.overlap if options.overlap is None else options.overlap)
    if overlap >= tile and options.overlap is None:
        overlap = tile // 4  # the card's overlap was meant for its own, larger tile
    if not 0 <= overlap < tile:
        raise InputError(translate("GlacierMapperCore", "The overlap ({overlap} px) must be at least 0 and less than "
                                   "the tile size ({tile} px).").format(overlap=overlap, tile=tile))
    batch = int(options.batch_size)
    if chosen and not static_n:
        # The batch counts tiles of the card's size: a larger chosen tile keeps the pixels per call, and so
        # onnxruntime's memory, those of the card's tiling (4 x 640 px tiles took 840 MB at 4,096 px).
        batch = max(1, batch * card.tile.size ** 2 // tile ** 2)
    if static_n and batch != static_n:
        batch = static_n
    return tile, overlap, batch


# Copies of a tile row segment holds at once: the strip being blended, up to two with calls in flight, the next one
# read ahead (the rows carried over are part of it). Each can hold up to half a tile of rows more, read ahead to
# the end of an input block (_StripReader.block_rows).
_STRIP_COPIES = 4
# Strips read before the network starts: the first, and the next one, which the run reads while the first one's
# calls run anyway. Reading it while the session loads (0.1 s CPU-load sample and the model's load, one core
# idle) takes its decoding off the two cores the calls then share.
_EARLY_STRIPS = 2
# Batch-sized arrays: the input batch, a TTA view, the network's output and the TTA sum (the network's own
# activations come on top, at least as large again).
_BATCH_COPIES = 4


def memory_needed(tile: int, channels: int, classes: int, batch: int, width: int, calls: int = 1) -> int:
    """Bytes segment needs for its buffers: strips of tile rows, the accumulator and the batches (float32) of
    ``calls`` network calls in flight at once."""
    padded = max(int(width), int(tile))
    strips = _STRIP_COPIES * channels * (tile + tile // 2) * padded + classes * tile * padded
    batches = _BATCH_COPIES * batch * max(channels, classes) * tile * tile * max(1, int(calls))
    return 4 * (strips + batches)


def available_memory() -> Optional[int]:
    """Bytes of memory available to a new allocation (Linux: MemAvailable), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return int(os.sysconf("SC_AVPHYS_PAGES")) * int(os.sysconf("SC_PAGE_SIZE"))
    except (ValueError, OSError, AttributeError):
        return None


def _check_memory(card: Any, scene: Scene, tile: int, batch: int, calls: int) -> None:
    """Refuse, before any work, a tile size whose buffers cannot fit in memory (not a MemoryError mid-run)."""
    channels = card.architecture.in_channels or len(card.input.band_roles) + len(card.input.derived)
    classes = len(card.classes) if card.output.kind == "softmax" else 1
    needed = memory_needed(tile, channels, classes, batch, scene.width, calls)
    available = available_memory()
    if available is None or needed <= available:
        return
    larger = f" The raster is only {scene.width} x {scene.height} px." if tile > max(scene.width, scene.height) \
        else ""
    raise InputError(
        translate("GlacierMapperCore", "Tile size {tile} px needs about {needed:.1f} GiB of memory ({tile} x {tile} "
                  "px x {channels} channels x 4 bytes per tile, batches of {batch}, and strips {tile} rows high "
                  "across the raster), but only {available:.1f} GiB is available.{larger} Set a smaller tile size "
                  "(the usual is 256 to 1024 px) or a smaller batch size.").format(
                  tile=tile, needed=needed / 2 ** 30, channels=channels, batch=batch, available=available / 2 ** 30,
                  larger=larger))


def _io_names(card, session):
    inputs = [i.name for i in session.session.get_inputs()]
    if len(inputs) != 1:
        raise ModelContractError(translate("GlacierMapperCore", "The network has {count} inputs ({inputs}); the "
                                           "plugin feeds one image tensor [N, C, H, W].").format(
                                           count=len(inputs), inputs=', '.join(inputs)))
    outputs = list(session.output_names)
    if card.output.name and card.output.name not in outputs:
        raise ModelContractError(
            translate("GlacierMapperCore", "The model card names the output '{name}', but the network's outputs are: "
                      "{outputs}. Set output.name in the card to one of them (re-export the model with the trainer), "
                      "rather than have the plugin guess which one holds the probabilities.").format(
                      name=card.output.name, outputs=', '.join(outputs)))
    return card.output.name or outputs[0]


def model_roles(card: Any) -> List[str]:
    """The spectral roles a model reads: its bands, then the bands of its derived indices, each once."""
    return list(dict.fromkeys(list(card.input.band_roles) + [
        r for d in card.input.derived for r in INDEX_BANDS[d.lower()]]))


def resolution_warning(scene: Scene, card: Any) -> Optional[str]:
    """A warning when the scene's pixels differ from the model's by more than RESOLUTION_TOLERANCE.

    Both sides are core.geo.geodesy.resolution_m, the figure chip manifests record, so a model is never told
    to resample the raster it was trained on.
    """
    if not card.resolution_m or not scene.has_crs:
        return None
    pixel = scene.resolution_m
    if abs(pixel / card.resolution_m - 1.0) > RESOLUTION_TOLERANCE:
        return (translate("GlacierMapperCore", "The raster's pixels are {pixel:.3g} m, the model '{name}' was trained "
                          "on {resolution_m:g} m pixels: expect poor results. Resample the raster to {resolution_m:g} "
                          "m first.").format(pixel=pixel, name=card.name, resolution_m=card.resolution_m))
    return None


def _hex_rgba(text):
    text = (text or "").lstrip("#")
    if len(text) not in (6, 8):
        return None
    try:
        values = [int(text[i:i + 2], 16) for i in range(0, len(text), 2)]
    except ValueError:
        return None
    return tuple(values + [255] * (4 - len(values)))


def _style_mask(writer, classes):
    """The card's class colours as the mask's colour table (stored in the GeoTIFF itself, unlike category names,
    which GDAL would put in a sidecar file; the names are in the GLACIERMAPPER_CLASSES metadata item)."""
    from osgeo import gdal
    table = gdal.ColorTable()
    for c in classes:
        table.SetColorEntry(c.value, _hex_rgba(c.color) or (128, 128, 128, 255))
    table.SetColorEntry(MASK_NODATA, (0, 0, 0, 0))
    writer.dataset.GetRasterBand(1).SetRasterColorTable(table)


def _clamp_to_unit(values):
    """``values`` clamped into 0-1 in place, as np.clip does (NaN stays NaN) at a quarter of its time in numpy
    1.24."""
    np.minimum(values, np.float32(1), out=values)
    np.maximum(values, np.float32(0), out=values)
    return values


def _xlogx(values):
    out = np.zeros_like(values)
    positive = values > 0
    np.multiply(values, np.log(values, where=positive, out=np.ones_like(values)), out=out, where=positive)
    return out


@dataclass
class _Strip:
    row: int
    y: int
    rows: int  # raster rows in the strip (< tile when the raster is smaller than a tile)
    channels: np.ndarray  # [C, tile, padded width], normalised
    valid: np.ndarray  # [rows, width]
    run: list  # indices into grid.xs of the tiles with at least one valid pixel


class _StripReader:
    """The input side of a run: tile rows of the raster as normalised network channels.

    It needs the model card and the tile grid but not the network, so a run can read its first strips while
    onnxruntime loads the model.
    """

    def __init__(self, card, reader, roles, grid):
        self.reader = reader
        self.grid = grid
        self.tile = grid.tile
        self.band_sources = [roles.index(r) for r in card.input.band_roles]
        self.derived_sources = [tuple(roles.index(r) for r in INDEX_BANDS[d.lower()]) for d in card.input.derived]
        self.count = len(self.band_sources) + len(self.derived_sources)  # network channels
        norm = card.input.normalization
        multiply, add = norm.multiply_add()
        self.fill = np.asarray(norm.fill_values(), dtype=np.float32)
        self.multiply = np.asarray(multiply, dtype=np.float32)
        self.add = np.asarray(add, dtype=np.float32)
        self.valid_pixels = 0
        self.bright_pixels = 0  # valid pixels whose first band is far above any reflectance: scaling forgotten?
        self.carried = None  # (first row, channels, valid) of the rows read so far that later strips need
        # Reads end on whole blocks of the input where a block is at most half a tile high (more would keep
        # too many rows read ahead); else on any row.
        block = input_block_rows(reader.dataset, reader.band_indices)
        self.block_rows = block if block <= self.tile // 2 else 1
        self.early = {}  # tile row -> its read, started by read_ahead

    def read_ahead(self, read_pool, rows=_EARLY_STRIPS):
        """Start reading the first ``rows`` strips now (segment_raster: while onnxruntime loads the model)."""
        for row in range(min(rows, len(self.grid.ys))):
            self.early[row] = read_pool.submit(self.prepare, row)

    def start(self, read_pool, row):
        """The read of tile row ``row`` (rows in order): the one read_ahead started, else a new one. Only the
        caller keeps it, so the strip is freed once the run is past it."""
        return self.early.pop(row, None) or read_pool.submit(self.prepare, row)

    def cancel(self):
        """Drop the reads read_ahead started (a network of fixed input size reads on its own tiling)."""
        for read in self.early.values():
            read.cancel()
        self.early = {}

    # ------------------------------------------------------------ input side
    def prepare(self, row):
        """Tile row ``row`` as normalised network channels (runs in the reading thread).

        Rows shared with the previous tile row are kept, not read again: every raster row is read once. Reads
        end on a multiple of the input's block rows and the rows beyond the strip are kept for the next one, so
        no block is decoded twice; GDAL's cached blocks of the input are then released, so its block cache does
        not fill up with the scene.
        """
        grid, tile = self.grid, self.tile
        y = grid.ys[row]
        rows = min(tile, grid.height - y)
        end = y + rows
        kept_y, kept_channels, kept_valid = self.carried or (y, None, None)
        kept = 0 if kept_channels is None else max(0, kept_y + kept_channels.shape[1] - y)
        if kept >= rows:  # earlier reads hold every row of the strip
            channels, valid = kept_channels[:, y - kept_y:], kept_valid[y - kept_y:]
        else:
            # One array from the strip's first row to the end of the read: the rows kept from earlier reads are
            # copied in, the new ones decoded and normalised straight into it.
            read_end = min(grid.height, -(-end // self.block_rows) * self.block_rows)
            channels = np.empty((self.count, read_end - y, grid.width), dtype=np.float32)
            valid = np.empty((read_end - y, grid.width), dtype=bool)
            if kept:
                channels[:, :kept] = kept_channels[:, y - kept_y:]
                valid[:kept] = kept_valid[y - kept_y:]
            self._read_channels(Window(0, y + kept, grid.width, read_end - y - kept), channels[:, kept:], valid[kept:])
            self.reader.dataset.FlushCache()
        self.carried = (y, channels, valid)
        channels, valid = channels[:, :rows], valid[:rows]
        pad_y, pad_x = tile - rows, grid.padded_width - grid.width
        if pad_y > 0 or pad_x > 0:
            mode = "reflect" if min(rows, grid.width) > 1 else "edge"
            channels = np.pad(channels, ((0, 0), (0, pad_y), (0, pad_x)), mode=mode)
        run = [i for i, x in enumerate(grid.xs) if valid[:, x:x + tile].any()]
        return _Strip(row, y, rows, channels, valid, run)

    def _read_channels(self, window, channels, valid):
        """Bands and derived indices of a window into ``channels`` [C, rows, width] and its ``valid`` pixels,
        nodata filled with the channel means, normalised."""
        stored = self.reader.read_stored(window)
        # Bands alone, in the order read: scaled straight into the strip rather than copied there.
        in_place = not self.derived_sources and self.band_sources == list(range(len(stored)))
        data, _ = self.reader.reflectance(stored, data_out=channels if in_place else None, valid_out=valid)
        del stored
        invalid = ~valid
        if self.band_sources:
            self.valid_pixels += int(np.count_nonzero(valid))
            self.bright_pixels += int(np.count_nonzero(valid & (data[self.band_sources[0]] > IMPLAUSIBLE_REFLECTANCE)))
        for k, source in enumerate(self.band_sources):
            if not in_place:
                channels[k] = data[source]
            channels[k][invalid] = self.fill[k]
        for j, (a, b) in enumerate(self.derived_sources):
            k = len(self.band_sources) + j
            channels[k] = normalized_difference(data[a], data[b], valid)
            channels[k][channels[k] == INDEX_NODATA] = self.fill[k]  # nodata, or both bands 0
        del data
        channels *= self.multiply[:, None, None]
        channels += self.add[:, None, None]

class _Segmenter:
    """The strip loop of one run: batches, runs, blends and writes the strips its _StripReader reads."""

    def __init__(self, card, session, output_name, reader, roles, grid, batch, tta, threshold, writers,
                 strips=None):
        self.card = card
        self.session = session
        self.output_name = output_name
        self.strips = strips or _StripReader(card, reader, roles, grid)
        self.grid = grid
        self.tile = grid.tile
        self.batch = batch
        self.tta = tta
        self.threshold = threshold
        self.writers = writers  # name -> RasterWriter
        self.softmax = card.output.kind == "softmax"
        self.classes = len(card.classes) if self.softmax else 1
        self.class_values = np.asarray([c.value for c in card.classes], dtype=np.uint8)
        background = [c.value for c in card.classes if c.value != card.target_value]
        self.target_value = np.uint8(card.target_value)
        self.background_value = np.uint8(background[0] if background else 0)
        # background + (1 where the threshold is reached) x step is the target value, in uint8's modulo arithmetic
        self.mask_step = np.uint8((int(self.target_value) - int(self.background_value)) % 256)
        self.checked_output = False
        self.skipped = 0
        self.run_count = 0
        self.nonfinite = 0
        self.pending_rows = []  # finished rows not yet written, as (outputs dict, n rows)
        self.pending_count = 0
        self.written = 0
        # Edge tiles are cropped to their valid part only where any input shape is accepted and costs nothing
        # extra: on the CPU, with dynamic batch and spatial axes (GPU providers build kernels per shape).
        self.crop = not session.on_gpu and not any(session.input_shape[i] for i in (0, 2, 3)
                                                    if i < len(session.input_shape))
        self.multiple = card.architecture.size_multiple
        self.evaluated = 0
        self.batches = []  # per network call: (y, x, height, width) of each of its tiles

    # ------------------------------------------------------------ the network
    def _run(self, batch):
        try:
            output = self.session.run(batch, self.output_name)
        except Exception as error:  # onnxruntime's own error types: shapes, types, memory
            raise ModelContractError(
                translate("GlacierMapperCore", "onnxruntime could not run the model on a batch of shape {shape} "
                          "({provider}): {error}. Check the tile size and the batch size.").format(
                          shape=list(batch.shape), provider=self.session.provider, error=str(error)[:500])) from None
        if not self.checked_output:
            self._check_output(batch, output)
        if output.ndim == 3:
            output = output[:, None]
        return output

    def _check_output(self, batch, output):
        n, _, h, w = batch.shape
        expected = f"[{n}, {self.classes}, {h}, {w}]"
        shape = list(output.shape)
        ok = (output.ndim == 4 and shape == [n, self.classes, h, w]) or \
             (output.ndim == 3 and not self.softmax and shape == [n, h, w])
        if not ok:
            kind = f"softmax over {self.classes} classes" if self.softmax else "sigmoid"
            raise ModelContractError(
                translate("GlacierMapperCore", "The network returned an output of shape {shape} for a batch of shape "
                          "{shape2}; the card's output.kind '{kind}' means {expected}. The card does not describe this "
                          "network.").format(shape=shape, shape2=list(batch.shape), kind=kind, expected=expected))
        finite = output[np.isfinite(output)]
        if finite.size and (finite.min() < -1e-3 or finite.max() > 1 + 1e-3):
            raise ModelContractError(
                translate("GlacierMapperCore", "The network's output ranges from {finite_min:.3g} to {finite_max:.3g}, "
                          "but the card says output.kind {kind}: probabilities in 0-1. Export the model with its final "
                          "{activation} included.").format(
                          finite_min=finite.min(), finite_max=finite.max(), kind=self.card.output.kind,
                          activation='softmax' if self.softmax else 'sigmoid'))
        self.checked_output = True

    def predict(self, batch):
        """Class probabilities [n, K, tile, tile] of a batch, averaged over the 8 dihedral views with TTA."""
        n = len(batch)
        static_batch = bool(self.session.input_shape) and self.session.input_shape[0] is not None
        if (self.session.on_gpu or static_batch) and n < self.batch:
            # GPU providers (TensorRT above all) build kernels per input shape: keep one shape. A network with a
            # static batch size accepts no other, on any provider: the last batch is padded with blank tiles.
            batch = np.concatenate([batch, np.zeros((self.batch - n,) + batch.shape[1:], batch.dtype)])
        if not self.tta:
            return self._run(batch)[:n]
        total = None
        for turns, flip in DIHEDRAL:
            view = np.rot90(batch, turns, axes=(2, 3))
            if flip:
                view = view[..., ::-1]
            out = self._run(np.ascontiguousarray(view))
            if flip:
                out = out[..., ::-1]
            out = np.rot90(out, -turns, axes=(2, 3))
            total = out.astype(np.float32) if total is None else total + out
        return (total / np.float32(len(DIHEDRAL)))[:n]

    # ------------------------------------------------------------ output side
    def finish(self, prob, valid):
        """Outputs for finished rows from their blended probabilities ``prob`` [K, rows, width], which are the
        accumulator's finished rows: clamped here in place."""
        # Every tile over a valid pixel was run, so each valid pixel got its whole blend.
        finite = np.isfinite(prob).all(axis=0) if self.softmax else np.isfinite(prob[0])
        ok = finite & valid
        self.nonfinite += int(np.count_nonzero(valid)) - int(np.count_nonzero(ok))  # a network's NaN or inf
        _clamp_to_unit(prob)
        outputs = {}
        target = prob[self.card.target_index] if self.softmax else prob[0]
        if "probability" in self.writers:
            outputs["probability"] = np.where(ok, target, np.float32(PROBABILITY_NODATA))
        if "mask" in self.writers:
            if self.softmax:
                mask = self.class_values[np.argmax(prob, axis=0)]
            else:
                # The comparison's own bytes as the mask: np.where with two scalars took 4-25 x as long.
                mask = (target >= np.float32(self.threshold)).view(np.uint8)
                if self.mask_step != 1:
                    mask *= self.mask_step
                if self.background_value:
                    mask += self.background_value
            np.copyto(mask, np.uint8(MASK_NODATA), where=~ok)
            outputs["mask"] = mask
        if "confidence" in self.writers:
            if self.softmax:
                entropy = -_xlogx(prob).sum(axis=0) / np.float32(math.log(self.classes))
            else:
                entropy = -(_xlogx(target) + _xlogx(np.float32(1) - target)) / np.float32(math.log(2))
            confidence = _clamp_to_unit(np.float32(1) - entropy)
            outputs["confidence"] = np.where(ok, confidence, np.float32(CONFIDENCE_NODATA))
        return outputs

    def queue_rows(self, outputs, count, write_pool, final=False):
        """Buffer finished rows and write them in whole output blocks (each GeoTIFF tile is written once)."""
        if count:
            self.pending_rows.append((outputs, count))
            self.pending_count += count
        ready = self.pending_count if final else self.pending_count // OUTPUT_BLOCK * OUTPUT_BLOCK
        if not ready:
            return None
        pieces, left = [], ready
        while left:
            outputs, rows = self.pending_rows[0]
            if rows <= left:
                pieces.append(outputs)
                self.pending_rows.pop(0)
                left -= rows
            else:  # the rest of these rows waits for the next block row
                pieces.append({name: a[:left] for name, a in outputs.items()})
                self.pending_rows[0] = ({name: a[left:] for name, a in outputs.items()}, rows - left)
                left = 0
        self.pending_count -= ready
        first = self.written
        self.written += ready
        return write_pool.submit(self._write, first, pieces)

    def _write(self, first, pieces):
        """Rows from ``first`` on, each output's pieces one after another, not joined into one array first."""
        for name, writer in self.writers.items():
            y = first
            for piece in pieces:
                array = piece[name]
                writer.write(Window(0, y, self.grid.width, len(array)), array)
                y += len(array)
            # Whole block rows: write and release them now rather than keep them in GDAL's cache.
            writer.flush()

    # ------------------------------------------------------------ the loop
    def _jobs(self, strip):
        """The strip's network calls: whole tiles in batches, then each part of a cropped edge tile on its own.

        A job is a list of (tile index, evaluated box, kept box, 1 for a tile's first part else 0), the boxes as
        (y0, y1, x0, x1) within the tile.
        """
        tile, whole, parts = self.tile, [], []
        full = (0, tile, 0, tile)
        for i in strip.run:
            x = self.grid.xs[i]
            boxes = None
            if self.crop and strip.rows == tile and x + tile <= self.grid.width:
                boxes = edge_boxes(strip.valid[:, x:x + tile], self.grid.overlap, self.multiple)
            if boxes is None:
                whole.append((i, full, full, 1))
            else:
                parts.extend([(i, box, keep, int(n == 0))] for n, (box, keep) in enumerate(boxes))
        return [whole[s:s + self.batch] for s in range(0, len(whole), self.batch)] + parts

    def _evaluate(self, strip, job):
        """The network's probabilities for one job of a strip (runs in a network lane)."""
        batch = np.stack([strip.channels[:, y0:y1, x + x0:x + x1]
                          for x, (_, (y0, y1, x0, x1), _, _) in
                          zip([self.grid.xs[i] for i, _, _, _ in job], job)])
        return self.predict(batch)

    def _blend(self, strip, job, probs, acc, x_shares, y_share, steps):
        """Add one job's probabilities, times each tile's share of the blend, to the accumulator (in the calling
        thread, jobs in order). Only the rows and columns where tiles overlap are multiplied."""
        xs = [self.grid.xs[i] for i, _, _, _ in job]
        for k, (x, (i, (y0, _, x0, _), (a, b, c, d), _)) in enumerate(zip(xs, job)):
            kept = probs[k][:, a - y0:b - y0, c - x0:d - x0]  # the network's own output, weighted in place
            for top, bottom in y_share.ramps(a, b):
                kept[:, top - a:bottom - a] *= y_share.values[top:bottom, None]
            x_share = x_shares[i]
            for left, right in x_share.ramps(c, d):
                kept[:, :, left - c:right - c] *= x_share.values[left:right]
            acc[:, a:b, x + c:x + d] += kept
        self.batches.append([(strip.y + y0, x + x0, y1 - y0, x1 - x0)
                             for x, (_, (y0, y1, x0, x1), _, _) in zip(xs, job)])
        self.evaluated += sum((y1 - y0) * (x1 - x0) for _, (y0, y1, x0, x1), _, _ in job)
        done = sum(first for _, _, _, first in job)
        self.run_count += done
        steps.advance(done)

    def _calls(self, read_pool, steps):
        """(strip, job) in raster order, the next strip read while this one runs; (strip, None) for a strip
        without any tile to run, so that every strip is still finished and written."""
        rows_total = len(self.grid.ys)
        upcoming = self.strips.start(read_pool, 0)
        for row in range(rows_total):
            strip = upcoming.result()
            if row + 1 < rows_total:
                upcoming = self.strips.start(read_pool, row + 1)
            skipped = len(self.grid.xs) - len(strip.run)
            self.skipped += skipped
            if skipped:
                steps.advance(skipped)
            jobs = self._jobs(strip)
            for job in jobs or [None]:
                yield strip, job

    def run(self, steps, read_pool=None):
        """The whole loop. ``read_pool``: the reading thread (made here when None); the one the strips'
        read_ahead used, if it did."""
        grid, tile = self.grid, self.tile
        width = grid.padded_width
        acc = np.zeros((self.classes, tile, width), dtype=np.float32)
        x_shares = grid.x_shares()
        y_shares = grid.y_shares()
        rows_total = len(grid.ys)
        lanes = self.session.lanes
        writing = None

        def finish_strip(strip):
            nonlocal writing
            first, stop = grid.rows_done_after(strip.row)
            count = stop - first
            outputs = self.finish(acc[:, :count, :grid.width], strip.valid[:count])
            if writing is not None:
                writing.result()  # at most one block row in flight: memory stays bounded
            writing = self.queue_rows(outputs, count, write_pool, final=strip.row + 1 == rows_total)
            # Slide the accumulator down to the next tile row's first line.
            keep = tile - count
            if keep > 0:
                acc[:, :keep] = acc[:, count:].copy()
            acc[:, max(keep, 0):] = 0

        with contextlib.ExitStack() as pools:
            if read_pool is None:
                read_pool = pools.enter_context(ThreadPoolExecutor(1, thread_name_prefix="gm-read"))
            write_pool = pools.enter_context(ThreadPoolExecutor(1, thread_name_prefix="gm-write"))
            network_pool = pools.enter_context(ThreadPoolExecutor(lanes, thread_name_prefix="gm-network"))
            calls = self._calls(read_pool, steps)
            # One call more than lanes in flight, across strip boundaries, so no lane waits while this thread
            # blends or finishes a strip.
            pending = deque()

            def top_up():
                while len(pending) < lanes + 1:
                    item = next(calls, None)
                    if item is None:
                        return
                    strip, job = item
                    pending.append((strip, job, network_pool.submit(self._evaluate, strip, job) if job else None))

            current = None
            try:
                top_up()
                while pending:
                    steps.check()
                    strip, job, future = pending.popleft()
                    probs = future.result() if future is not None else None
                    top_up()
                    if current is not None and strip is not current:
                        finish_strip(current)
                    current = strip
                    if job is not None:
                        self._blend(strip, job, probs, acc, x_shares, y_shares[strip.row], steps)
                if current is not None:
                    finish_strip(current)
                if writing is not None:
                    writing.result()
            finally:
                for _, _, future in pending:  # cancelled or failed: do not start the calls still queued
                    if future is not None:
                        future.cancel()


def _outputs_requested(out_probability, out_mask, out_confidence):
    outputs = {name: path for name, path in
               (("probability", out_probability), ("mask", out_mask), ("confidence", out_confidence)) if path}
    if not outputs:
        raise InputError(translate("GlacierMapperCore", "No output was requested: give a path for the probability, the "
                                   "mask or the confidence raster."))
    paths = [str(p) for p in outputs.values()]
    if len(set(paths)) != len(paths):
        raise InputError(translate("GlacierMapperCore", "Two outputs have the same path: give each output its own "
                                   "file."))
    return outputs


@dataclass
class _Plan:
    """What a run decided before reading any pixel: the model, its session, the bands and the tiling."""
    card: Any
    session: Any
    output_name: str
    roles: List[str]
    bands: Dict[str, int]
    tile: int
    overlap: int
    batch: int
    threshold: Optional[float]
    grid: TileGrid
    warnings: List[str]


def _model_inputs(scene: Scene, model_path: str):
    """The model's card, the roles it reads, their bands in the scene, and the warnings so far."""
    card = read_card(model_path)
    roles = model_roles(card)
    try:
        bands = scene.bands_for(roles)
    except BandError as error:
        needed = ", ".join(ROLE_LABELS[r] for r in roles)
        raise BandError(translate("GlacierMapperCore", "The model '{model}' needs the bands {needed}. {error}").format(
                                  model=card.name or model_path, needed=needed, error=error)) from None
    warnings = list(scene.warnings)
    if scene.sensor.key != card.sensor:
        warnings.append(translate("GlacierMapperCore", "The model was trained on {label} data; the raster is read as "
                                  "{label2}.").format(
                                  label=sensor_by_key(card.sensor).label, label2=scene.sensor.label))
    resolution = resolution_warning(scene, card)
    if resolution:
        warnings.append(resolution)
    return card, roles, bands, warnings


def _read_first_strips_early(card: Any, options: SegmentOptions, scene: Scene, reader: Any, roles: List[str],
                             read_pool: ThreadPoolExecutor):
    """Start reading the first strips before the session exists, on the tiling of a network with dynamic input
    (every trainer export): the reads then overlap onnxruntime's loading of the model. The strips, holding
    those reads (_StripReader.start), or None where that tiling does not suit the raster (the plan says
    why once the network is known)."""
    try:
        tile, overlap, batch = _tile_geometry(card, options, (), scene.width, scene.height)
        _check_memory(card, scene, tile, batch, 1)
    except (InputError, ModelContractError):
        return None
    strips = _StripReader(card, reader, roles, TileGrid(scene.width, scene.height, tile, overlap, options.blend))
    strips.read_ahead(read_pool)
    return strips


def _plan(scene: Scene, model_path: str, options: SegmentOptions, card: Any, roles: List[str],
          bands: Dict[str, int], warnings: List[str], reading_thread: int) -> _Plan:
    # The first strips' reads beside the session's load sample are this run's own work: not a competitor.
    session = create_session(model_path, options.device, own_threads=(reading_thread,))
    validate_card(card, session.input_shape[1] if len(session.input_shape) > 1 else None)
    output_name = _io_names(card, session)
    tile, overlap, batch = _tile_geometry(card, options, session.input_shape, scene.width, scene.height)
    # the run keeps one call more than the session's lanes in flight (_Segmenter.run)
    _check_memory(card, scene, tile, batch, session.lanes + 1)
    if batch != int(options.batch_size) and session.input_shape and session.input_shape[0]:
        warnings.append(translate("GlacierMapperCore", "The network takes batches of exactly {batch} tiles; batch size "
                                  "{batch_size} was replaced.").format(batch=batch, batch_size=options.batch_size))
    if scene.width < tile or scene.height < tile:
        warnings.append(translate("GlacierMapperCore", "The raster ({width} x {height} px) is smaller than one {tile} "
                                  "px tile: it is padded by reflection for the model.").format(
                                  width=scene.width, height=scene.height, tile=tile))
    if card.output.kind == "softmax" and options.threshold is not None:
        warnings.append(translate("GlacierMapperCore", "The threshold is not used: this model has a softmax output, "
                                  "each pixel gets the class of highest probability."))
    threshold = None if card.output.kind == "softmax" else float(
        card.output.threshold if options.threshold is None else options.threshold)
    grid = TileGrid(scene.width, scene.height, tile, overlap, options.blend)
    return _Plan(card, session, output_name, roles, bands, tile, overlap, batch, threshold, grid, warnings)


def _output_items(plan: _Plan, scene: Scene, model_path: str, options: SegmentOptions,
                  metadata: Optional[Mapping[str, str]]) -> Dict[str, str]:
    """The outputs' metadata: provenance, the model card, the provider, tiling, bands and scaling."""
    card = plan.card
    parameters = {"model": card.name, "sensor": scene.sensor.key,
                  "bands": {ROLE_LABELS[r]: i for r, i in plan.bands.items()},
                  "scaling": scene.scaling.describe(), "tile_size": plan.tile, "overlap": plan.overlap,
                  "batch_size": plan.batch, "device": options.device, "tta": bool(options.tta),
                  "threshold": plan.threshold, "blend": options.blend, "precision": options.precision}
    items = dict(metadata) if metadata else provenance(ALGORITHM, {"input": scene.path, "model": model_path},
                                                       parameters)
    items.update({
        "GLACIERMAPPER_MODEL_NAME": card.name,
        "GLACIERMAPPER_MODEL_CARD": card_to_json(card),
        "GLACIERMAPPER_EXECUTION_PROVIDER": plan.session.provider,
        "GLACIERMAPPER_TILING": json.dumps({"tile_size": plan.tile, "overlap": plan.overlap, "blend": options.blend,
                                            "tta": bool(options.tta), "batch_size": plan.batch}),
        "GLACIERMAPPER_BANDS": json.dumps(parameters["bands"]),
        "GLACIERMAPPER_SCALING": scene.scaling.describe(),
        "GLACIERMAPPER_CLASSES": json.dumps([{"value": c.value, "name": c.name, "color": c.color}
                                             for c in card.classes]),
    })
    if plan.threshold is not None:
        items["GLACIERMAPPER_THRESHOLD"] = f"{plan.threshold:g}"
    return items


def _run_warnings(segmenter: "_Segmenter", plan: _Plan, scene: Scene) -> List[str]:
    """Warnings only the pixels can tell: all tiles nodata, digital numbers instead of reflectance, NaN output."""
    warnings: List[str] = []
    if segmenter.skipped == plan.grid.count:
        warnings.append(translate("GlacierMapperCore", "Every tile is nodata in at least one band the model needs: the "
                                  "outputs are all nodata. Check the band numbers and the raster's nodata value."))
    if segmenter.strips.bright_pixels > 0.5 * segmenter.strips.valid_pixels:
        label = plan.card.input.bands[0]
        warnings.append(translate("GlacierMapperCore", "Most valid pixels have a {label} reflectance above "
                                  "{limit} after scaling ({scaling}): the raster's values "
                                  "are probably not reflectance. Choose the reflectance scaling of the product (e.g. "
                                  "Landsat Collection 2 Level-2 or HLS).").format(
                                  label=label, limit=IMPLAUSIBLE_REFLECTANCE,
                                  scaling=scene.scaling.describe()))
    if segmenter.nonfinite:
        warnings.append(translate("GlacierMapperCore", "The network returned NaN or infinite values for {nonfinite} "
                                  "valid pixel(s); they are nodata in the "
                                  "outputs.").format(nonfinite=segmenter.nonfinite))
    return warnings


def segment_raster(scene: Scene, model_path: str, out_probability: Optional[PathLike] = None,
                   out_mask: Optional[PathLike] = None, out_confidence: Optional[PathLike] = None,
                   options: Optional[SegmentOptions] = None, metadata: Optional[Mapping[str, str]] = None,
                   progress: Optional[Callable[[float], None]] = None,
                   is_cancelled: Optional[Callable[[], bool]] = None) -> SegmentResult:
    """Segment ``scene`` with the ONNX model ``model_path``; see the module note for the outputs.

    The scene gives the bands and the reflectance scaling; a sensor other than the model card's gets a warning.
    ``metadata``: provenance items for the outputs (core.provenance); made here when None.
    Raises ModelContractError (the model), BandError/InputError (the raster, the options), OutputError,
    Cancelled. A GPU that cannot be used is not an error: the run continues on the CPU and
    ``provider_notes`` says why.
    """
    started = time.perf_counter()
    options = options or SegmentOptions()
    outputs = _outputs_requested(out_probability, out_mask, out_confidence)
    _check_options(options)
    model_path = variant_path(os.fspath(model_path), options.precision)
    card, roles, bands, warnings = _model_inputs(scene, model_path)
    specs = {
        "probability": ("Float32", PROBABILITY_NODATA, f"probability of {card.target}"),
        "mask": ("Byte", MASK_NODATA, f"{card.target} mask (class values)"),
        "confidence": ("Float32", CONFIDENCE_NODATA, "confidence (1 - normalised entropy)"),
    }
    reader = scene.reader(roles)
    try:
        with ThreadPoolExecutor(1, thread_name_prefix="gm-read") as read_pool:
            reading_thread = read_pool.submit(threading.get_ident).result()
            early = _read_first_strips_early(card, options, scene, reader, roles, read_pool)
            plan = _plan(scene, model_path, options, card, roles, bands, warnings, reading_thread)
            grid = plan.grid
            strips = early if early and (early.tile, early.grid.overlap) == (plan.tile, plan.overlap) else None
            if early and strips is None:
                early.cancel()  # a network of fixed input size: its own tiling is read from the start
            early = None
            items = _output_items(plan, scene, os.fspath(model_path), options, metadata)
            steps = Steps(grid.count, progress, is_cancelled)
            with atomic_outputs() as outs:
                writers = {}
                for name, path in outputs.items():
                    data_type, nodata, description = specs[name]
                    writers[name] = outs.add(RasterWriter(path, scene, 1, data_type, nodata=nodata,
                                                          descriptions=[description], metadata=items))
                if "mask" in writers:
                    _style_mask(writers["mask"], card.classes)
                segmenter = _Segmenter(card, plan.session, plan.output_name, reader, plan.roles, grid, plan.batch,
                                       bool(options.tta), plan.threshold, writers, strips)
                segmenter.run(steps, read_pool)
    finally:
        reader.close()
    session = plan.session
    return SegmentResult(
        probability_path=outputs.get("probability"), mask_path=outputs.get("mask"),
        confidence_path=outputs.get("confidence"), provider=session.provider,
        provider_notes=list(session.notes), tiles_total=grid.count, tiles_skipped_nodata=segmenter.skipped,
        tiles_run=segmenter.run_count, threshold=plan.threshold, seconds=time.perf_counter() - started,
        # With "auto" a CPU-only machine is normal; a GPU asked for by name and not obtained deserves a warning.
        warnings=plan.warnings + _run_warnings(segmenter, plan, scene)
        + (list(session.notes) if options.device == "cuda" else []), card=card,
        bands=dict(plan.bands), tile_size=plan.tile, overlap=plan.overlap, pixels_evaluated=segmenter.evaluated,
        batches=segmenter.batches, precision=options.precision, model_path=model_path,
        lanes=session.lanes, threads=session.threads)
