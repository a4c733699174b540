"""Tile planning: the tile size chosen per raster, and edge tiles of a rotated footprint evaluated in part."""
import math
import os

import numpy as np
from helpers import read_raster
from test_segment import as_reflectance, cpu, model, synthetic, whole_raster_reference

from glacier_mapper.core.inference.segment import segment_raster
from glacier_mapper.core.inference.tiling import choose_tile, edge_boxes, evaluated_pixels


def rotated_square(width, height, degrees=9.0):
    """The largest square rotated by ``degrees`` that fits the raster, as a boolean mask."""
    angle = math.radians(degrees)
    side = min(width, height) / (math.cos(angle) + math.sin(angle))
    y, x = np.mgrid[0:height, 0:width] - np.array([height / 2, width / 2])[:, None, None]
    u = x * math.cos(angle) + y * math.sin(angle)
    v = -x * math.sin(angle) + y * math.cos(angle)
    return (np.abs(u) < side / 2) & (np.abs(v) < side / 2)


def test_chosen_tile_evaluates_each_pixel_at_most_1_3_times():
    for width, height in ((4096, 4096), (7800, 7700), (2048, 2048)):
        tile = choose_tile(width, height, 64, 256, 16)
        per_pixel = evaluated_pixels(width, height, tile, 64) / (width * height)
        assert 256 <= tile <= 640 and tile % 16 == 0
        assert per_pixel <= 1.3, (width, height, tile, per_pixel)
        assert per_pixel < evaluated_pixels(width, height, 256, 64) / (width * height) - 0.4
    # A small raster: no tile beyond its shorter side (no padding), and fewer pixels than the card's 64 px.
    small = choose_tile(200, 150, 16, 64, 4)
    assert 64 <= small <= 150 and evaluated_pixels(200, 150, small, 16) < evaluated_pixels(200, 150, 64, 16) == 49152
    assert choose_tile(50, 40, 16, 64, 4) == 64  # smaller than the card's tile: the card's tile, padded


def test_edge_boxes_cover_every_valid_pixel_once_for_less_than_the_tile():
    valid = rotated_square(4096, 4096)[:640, :640]  # the raster's top-left tile: a nodata wedge on two sides
    boxes = edge_boxes(valid, 64, 16)
    assert boxes == [((0, 640, 384, 640), (0, 640, 384, 640))]  # one box around its valid part
    kept = np.zeros(valid.shape, int)
    evaluated = 0
    for (y0, y1, x0, x1), (a, b, c, d) in boxes:
        assert (y1 - y0) % 16 == 0 and (x1 - x0) % 16 == 0
        assert y0 <= a < b <= y1 and x0 <= c < d <= x1
        kept[a:b, c:d] += 1
        evaluated += (y1 - y0) * (x1 - x0)
    assert np.all(kept[valid] == 1) and kept.max() == 1
    assert evaluated <= 0.75 * valid.size
    corners = np.zeros((512, 512), bool)
    corners[:100, :100] = corners[-100:, -100:] = True  # two opposite corners: two quarters, not their box
    assert edge_boxes(corners, 64, 16) == [((0, 176, 0, 176), (0, 176, 0, 176)),
                                           ((336, 512, 336, 512), (336, 512, 336, 512))]
    assert edge_boxes(np.ones((512, 512), bool), 64, 16) is None  # a whole tile stays whole
    assert edge_boxes(np.zeros((512, 512), bool), 64, 16) is None


def test_footprint_edge_tiles_in_part_reproduce_the_whole_raster(tmp_path):
    width = height = 320
    holes = ~rotated_square(width, height, 20.0)
    path, bands = synthetic(tmp_path / "in.tif", width, height, seed=5, nodata=-9999.0, holes=holes)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64, overlap=16))
    probability, _ = read_raster(result.probability_path)
    reference = whole_raster_reference(bands, model("conv3x3"), valid=~holes)[0]
    assert np.abs(probability[~holes] - reference[~holes]).max() < 1e-5
    assert np.all(probability[holes] == -1.0)
    whole_tiles = result.tiles_run * 64 * 64
    assert result.pixels_evaluated < 0.9 * whole_tiles  # the edge tiles cost less than whole tiles
    assert sum(1 for call in result.batches if call[0][2:] != (64, 64)) > 10  # edge tiles evaluated in part
    assert os.path.exists(result.probability_path)


def test_cpu_session_sleeps_between_operators_and_uses_the_idle_cores():
    from glacier_mapper.core.inference.onnx_session import create_session, idle_cores, usable_cores
    session = create_session(model("conv3x3"), "cpu")
    options = session.session.get_session_options()
    assert options.get_session_config_entry("session.intra_op.allow_spinning") == "0"
    assert options.enable_mem_pattern is False
    idle = idle_cores(0.05)
    assert idle is not None and 0.0 <= idle <= os.cpu_count() + 1e-6
    assert 1 <= options.intra_op_num_threads <= usable_cores()


def test_a_named_thread_of_the_process_counts_as_idle_in_the_load_sample():
    import threading
    import time

    from glacier_mapper.core.inference.onnx_session import idle_cores, thread_cpu_seconds
    started, stop, ident = threading.Event(), threading.Event(), []

    def busy():  # pure Python: holds a core while the sampling thread sleeps
        ident.append(threading.get_ident())
        started.set()
        while not stop.is_set():
            sum(range(1000))

    worker = threading.Thread(target=busy)
    worker.start()
    started.wait()
    try:
        before = thread_cpu_seconds(ident[0])
        time.sleep(0.2)
        used = thread_cpu_seconds(ident[0]) - before
        named = idle_cores(0.2, own_threads=ident)
    finally:
        stop.set()
        worker.join()
    assert used > 0.02  # the thread's own CPU clock, measured: it ran
    assert named is not None and 0.0 <= named <= os.cpu_count() + 1e-6


def test_cpu_lanes_split_the_threads_between_concurrent_calls():
    from glacier_mapper.core.inference.onnx_session import cpu_lanes
    assert [cpu_lanes(t) for t in (1, 2, 3, 16)] == [1, 2, 2, 2]


def test_two_concurrent_calls_give_the_outputs_of_one_call_at_a_time(tmp_path, monkeypatch):
    from glacier_mapper.core.inference.onnx_session import THREADS_VARIABLE
    holes = ~rotated_square(300, 260, degrees=40.0)
    path, _ = synthetic(tmp_path / "in.tif", 300, 260, seed=9, nodata=-9999.0, holes=holes)
    results = {}
    for threads in (1, 2):  # 1: one call, one thread; 2: two calls at once, one thread each
        monkeypatch.setenv(THREADS_VARIABLE, str(threads))
        results[threads] = segment_raster(as_reflectance(path), model("conv3x3"),
                                          out_probability=str(tmp_path / f"p{threads}.tif"),
                                          out_mask=str(tmp_path / f"m{threads}.tif"),
                                          options=cpu(tile_size=64, overlap=16))
    one, two = results[1], results[2]
    assert (one.lanes, one.threads, two.lanes, two.threads) == (1, 1, 2, 1)
    assert len(two.batches) >= 15 and two.batches == one.batches  # the same calls, blended in the same order
    assert np.array_equal(read_raster(one.probability_path)[0], read_raster(two.probability_path)[0])
    assert np.array_equal(read_raster(one.mask_path)[0], read_raster(two.mask_path)[0])
    assert one.tiles_skipped_nodata == two.tiles_skipped_nodata > 0


def test_the_first_two_strips_are_read_while_onnxruntime_loads_the_model(tmp_path, monkeypatch):
    import time

    from glacier_mapper.core.inference import segment
    path, bands = synthetic(tmp_path / "in.tif", 300, 260, seed=4)
    events, reads = {}, []
    prepare, create_session = segment._StripReader.prepare, segment.create_session

    def timed_prepare(self, row):
        reads.append(row)
        events.setdefault(("read", row), time.perf_counter())
        return prepare(self, row)

    def timed_session(*args, **kwargs):
        events["session"] = time.perf_counter()
        events["own_threads"] = kwargs.get("own_threads")
        session = create_session(*args, **kwargs)
        events["session_done"] = time.perf_counter()
        return session

    monkeypatch.setattr(segment._StripReader, "prepare", timed_prepare)
    monkeypatch.setattr(segment, "create_session", timed_session)
    result = segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                            options=cpu(tile_size=64, overlap=16))
    # under way while onnxruntime loads the model: the first strip, then the one its calls would read beside them
    assert events[("read", 0)] < events[("read", 1)] < events["session_done"]
    assert ("read", 2) not in events or events[("read", 2)] > events["session_done"]
    assert len(events["own_threads"]) == 1  # the reading thread, whose read does not count as load
    assert reads == list(range(len(segment.TileGrid(300, 260, 64, 16).ys)))  # each tile row read once, in order
    probability, _ = read_raster(result.probability_path)
    assert np.abs(probability - whole_raster_reference(bands, model("conv3x3"))[0]).max() < 1e-5


def test_the_strip_read_ahead_is_freed_once_the_run_is_past_it(tmp_path, monkeypatch):
    import gc
    import weakref

    from glacier_mapper.core.inference import segment
    path, _ = synthetic(tmp_path / "in.tif", 200, 800, seed=6)
    prepare, strips, alive_later = segment._StripReader.prepare, {}, []

    def watched_prepare(self, row):
        # one call per strip, up to 3 in flight and one strip read ahead: by the 8th nothing needs the first
        if row >= 8:
            gc.collect()
            alive_later.append(strips[0]() is not None)
        strip = prepare(self, row)
        strips[row] = weakref.ref(strip)
        return strip

    monkeypatch.setattr(segment._StripReader, "prepare", watched_prepare)
    segment_raster(as_reflectance(path), model("conv3x3"), out_probability=str(tmp_path / "p.tif"),
                   options=cpu(tile_size=64, overlap=16))
    assert len(alive_later) >= 3 and not any(alive_later), alive_later
