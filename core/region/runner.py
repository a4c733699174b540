"""Many scenes: one task per scene on Dask (an embedded LocalCluster or any cluster by address), or in turn.

Each task is core.region.scene_task.map_scene, so a scene's folder is committed whole or not at all; a
finished folder is skipped by the next run, and a scene whose worker died is run again (``retries``) on
another worker. After the run (finished, failed or cancelled) the partial folders of lost attempts are
removed, so the output folder holds only complete scenes.
"""
import logging
import os
import shutil
import sys
import threading
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Sequence

from ..errors import Cancelled, GlacierMapperError, InputError
from ..inference.onnx_session import THREADS_VARIABLE
from ..messages import Message, translate
from ..optional import optional_module
from .scene_task import MapOptions, check_options, map_scene, scene_names, sweep_partials

dask = optional_module("dask")
distributed = optional_module("distributed")
POLL_S = 0.2  # how often a waiting run looks at the cancel flag
RETRIES = 2


@dataclass
class RegionResult:
    out_dir: str
    done: List[Dict[str, Any]] = field(default_factory=list)  # records of scenes mapped now
    skipped: List[Dict[str, Any]] = field(default_factory=list)  # records of scenes done by an earlier run
    failed: Dict[str, str] = field(default_factory=dict)  # input path -> one-line reason
    dashboard: Optional[str] = None
    mode: str = "sequential"  # sequential | local cluster | cluster
    notes: List[str] = field(default_factory=list)


SceneDone = Callable[[str, Optional[Dict[str, Any]], Optional[str]], None]  # (path, record, error)


def _check_inputs(inputs: Sequence[str]) -> Dict[str, str]:
    """input path -> output folder name, in input order."""
    paths = list(dict.fromkeys(os.path.abspath(os.fspath(p)) for p in inputs))
    if not paths:
        raise InputError(translate("GlacierMapperCore", "No input scenes were given. Give one or more raster files."))
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        if len(missing) == 1:
            raise InputError(translate("GlacierMapperCore", "The input '{path}' does not exist.").format(
                path=missing[0]))
        raise InputError(translate("GlacierMapperCore", "The input '{path}' does not exist (and {count} more).").format(
            path=missing[0], count=len(missing) - 1))
    names = scene_names(paths)
    if len(set(names)) != len(names):
        raise InputError(translate("GlacierMapperCore", "Several inputs would share one output folder (same file and "
                                   "folder names): rename them so that each scene has its own name."))
    return dict(zip(paths, names))


def _record(result: RegionResult, path: str, record: Optional[Dict[str, Any]], error: Optional[str],
            on_scene: Optional[SceneDone]) -> None:
    if error is not None:
        result.failed[path] = error
    elif record is not None:
        (result.skipped if record.get("skipped") else result.done).append(record)
    if on_scene:
        on_scene(path, record, error)


def _one_line(error: BaseException) -> str:
    message = error.args[0] if len(error.args) == 1 else None
    if isinstance(message, Message) and message and "\n" not in message:
        return message  # one line already, and still translatable
    return " ".join(str(error).split()) or type(error).__name__


def _sequential(paths: Dict[str, str], out_dir: str, options: MapOptions, result: RegionResult,
                on_scene: Optional[SceneDone], is_cancelled: Optional[Callable[[], bool]]) -> None:
    for path in paths:
        if is_cancelled and is_cancelled():
            raise Cancelled()
        try:
            _record(result, path, map_scene(path, out_dir, options, paths[path], is_cancelled), None, on_scene)
        except Cancelled:
            raise
        except (GlacierMapperError, OSError, ValueError, RuntimeError) as error:
            _record(result, path, None, _one_line(error), on_scene)


def worker_python() -> str:
    """The interpreter for worker processes: inside QGIS sys.executable is the QGIS program, not Python."""
    name = os.path.basename(sys.executable).lower()
    if name.startswith("python"):
        return sys.executable
    candidate = os.path.join(sys.base_exec_prefix, "bin", "python3")
    return candidate if os.path.exists(candidate) else shutil.which("python3") or sys.executable


def local_cluster(workers: int, memory_limit: Optional[str] = None) -> Any:
    """A LocalCluster of ``workers`` processes, one thread each (GDAL and onnxruntime limited to one too)."""
    if worker_python() != sys.executable:
        distributed.utils.get_mp_context().set_executable(worker_python())
    env = {THREADS_VARIABLE: "1", "OMP_NUM_THREADS": "1", "GDAL_NUM_THREADS": "1"}
    # Workers log a failed task with its traceback at ERROR level; the run reports each failed scene itself,
    # in one line, so that a cloudy scene among hundreds does not print a crash dump.
    # Two Dask defaults slow a scene in a worker against the same scene in a plain process:
    # - MALLOC_TRIM_THRESHOLD_=65536, to hand freed memory back sooner, also stops glibc from raising its mmap
    #   threshold, so every block-sized array is a fresh mmap that faults its pages in again (2.7x the page
    #   faults, 1.2x the time). The engine's memory is bounded by its blocks: workers keep glibc's default.
    # - the statistical profiler walks the worker's stacks every 10 ms under the GIL: 8 scenes on two workers
    #   took 1.1x as long with it. Only the dashboard's profile page needs it. The event loop's 20 ms tick,
    #   which only measures how responsive the loop is, runs every second instead (8 of 12 pairs faster, 3 %).
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,
                          "distributed.worker.profile.enabled": False, "distributed.admin.tick.interval": "1s"}):
        return distributed.LocalCluster(n_workers=int(workers), threads_per_worker=1, processes=True,
                                        memory_limit=memory_limit or "auto", dashboard_address=":0",
                                        env=env, silence_logs=logging.CRITICAL)


def _distributed(client: Any, paths: Dict[str, str], out_dir: str, options: MapOptions, result: RegionResult,
                 on_scene: Optional[SceneDone], is_cancelled: Optional[Callable[[], bool]], retries: int) -> None:
    futures = {client.submit(map_scene, path, out_dir, options, name, key=f"scene-{name}-{uuid.uuid4().hex[:8]}",
                             retries=retries, pure=False): path for path, name in paths.items()}
    pending = set(futures)
    one_done = threading.Event()
    for future in futures:
        future.add_done_callback(lambda _future: one_done.set())
    while pending:
        if is_cancelled and is_cancelled():
            client.cancel(list(pending), force=True)
            raise Cancelled()
        # wakes as soon as a scene finishes, and at least every POLL_S for the cancel flag
        one_done.wait(POLL_S)
        one_done.clear()
        finished = {f for f in pending if f.done()}
        if not finished:
            continue
        pending -= finished
        for future in sorted(finished, key=lambda f: futures[f]):
            path = futures[future]
            if future.status == "finished":
                _record(result, path, future.result(), None, on_scene)
            else:
                _record(result, path, None, _one_line(future.exception()), on_scene)


def map_region(inputs: Sequence[str], out_dir: str, options: Optional[MapOptions] = None, workers: int = 2,
               scheduler: Optional[str] = None, memory_limit: Optional[str] = None, retries: int = RETRIES,
               on_scene: Optional[SceneDone] = None, on_start: Optional[Callable[[RegionResult], None]] = None,
               is_cancelled: Optional[Callable[[], bool]] = None) -> RegionResult:
    """Map every input into ``out_dir/<scene>/``; returns a RegionResult (failed scenes do not stop the run).

    ``workers`` 0 or 1 (or no dask installed) runs the scenes in turn in this process; more starts a
    LocalCluster; ``scheduler`` (tcp://host:port) uses a running cluster instead. ``on_start`` is called
    once the mode (and dashboard address) is known, ``on_scene`` after each scene. Raises Cancelled.
    """
    options = options or MapOptions()
    check_options(options)
    paths = _check_inputs(inputs)
    out_dir = os.path.abspath(os.fspath(out_dir))
    os.makedirs(out_dir, exist_ok=True)
    result = RegionResult(out_dir)
    sweep_partials(out_dir)
    use_dask = bool(scheduler) or workers > 1
    if use_dask and distributed is None:
        result.notes.append(translate("GlacierMapperCore", "dask.distributed is not installed (in QGIS: Install "
                                      "dependencies with 'Also install Dask'; elsewhere: pip install dask "
                                      "distributed): the scenes run one after another in this process."))
        use_dask = False
    try:
        if not use_dask:
            if on_start:
                on_start(result)
            _sequential(paths, out_dir, options, result, on_scene, is_cancelled)
            return result
        _on_cluster(paths, out_dir, options, result, workers, scheduler, memory_limit, retries, on_scene,
                    on_start, is_cancelled)
        return result
    finally:
        sweep_partials(out_dir)


def worker_ready() -> int:
    """Runs on each worker before the scenes: loading this function there imports the engine (this module
    imports the scene task), 0.2 s that a worker would otherwise spend inside its first scene."""
    return os.getpid()


def _ready_workers(client: Any) -> None:
    """Every worker of the cluster imports the engine now, and one that cannot says so before any scene."""
    try:
        client.run(worker_ready)
    except Exception as error:  # whatever a worker raised while loading the engine (ImportError, OSError, ...)
        raise InputError(translate("GlacierMapperCore", "The workers of the Dask cluster cannot load Glacier "
                                   "Mapper's engine ({error}): install it where the workers run: "
                                   "pip install . in the plugin folder.").format(error=_one_line(error))) from None


def _on_cluster(paths, out_dir, options, result, workers, scheduler, memory_limit, retries, on_scene, on_start,
                is_cancelled):
    cluster = None
    try:
        cluster = None if scheduler else local_cluster(workers, memory_limit)
        client = distributed.Client(scheduler or cluster, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        raise InputError(translate("GlacierMapperCore", "Cannot reach the Dask scheduler {scheduler}: "
                                   "{error}").format(
                                   scheduler=scheduler or translate("GlacierMapperCore", "of the local cluster"),
                                   error=_one_line(error))) from None
    result.mode = "cluster" if scheduler else "local cluster"
    result.dashboard = client.dashboard_link
    try:
        _ready_workers(client)
        if on_start:
            on_start(result)
        _distributed(client, paths, out_dir, options, result, on_scene, is_cancelled, retries)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
