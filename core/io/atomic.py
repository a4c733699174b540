"""Atomic outputs: write to a hidden partial file (or folder) beside the target, then replace the target.

The one place for the rule. A partial of ``out.tif`` is named ``.out.tif.<8 hex>.partial<ext>``
(PARTIAL_PATTERN); it lies in the target's folder so the final ``os.replace`` is a rename on one file
system, and it is hidden so a half-written output is never taken for a finished one. ``commit`` moves a
partial file or folder over its target, ``discard`` removes it. ``atomic_outputs`` commits every output of
a run together, or removes them all. Partials left by a run that was killed are swept (``sweep``) when the
next run into the same output makes its own; ``work_dir`` gives a run scratch space that is swept the same way.

Standard library only: the trainer's environment may import it.
"""
import errno
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from typing import Iterator, List, Optional, Protocol, Set, TypeVar

from ..messages import translate

# ``.<target name>.<8 hex>.partial<ext>``: <ext> is empty or one extension (``.tif``), kept so that
# drivers choosing the format by extension (GDAL, GeoPackage) write the right one.
PARTIAL_PATTERN = r"\.(?P<name>.+)\.(?P<token>[0-9a-f]{8})\.partial(?P<ext>\.[A-Za-z0-9_]+)?"
_PARTIAL_RE = re.compile(PARTIAL_PATTERN)
# A replaced folder is moved aside under this suffix until the new one is in place; not a partial, so a
# sweep of stale partials never deletes the only copy of an earlier output.
_REPLACED_SUFFIX = ".replaced"


# Below this many free bytes a failed write is taken to be a full disk (GDAL's own messages do not say so).
LOW_SPACE_BYTES = 1 << 20
# Partials this process is writing now: a sweep never removes them.
_LIVE: Set[str] = set()


def free_bytes(folder: str) -> Optional[int]:
    """Free bytes of the file system that holds ``folder``, or None when it cannot be asked."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def describe_os_error(error: BaseException, folder: str) -> str:
    """The reason a write into ``folder`` (or beside the file ``folder``) failed, in words: 'no space left on
    device' when the disk is full, which GDAL's own messages do not say."""
    folder = os.path.abspath(os.fspath(folder))
    folder = folder if os.path.isdir(folder) else os.path.dirname(folder)
    free = free_bytes(folder)
    text = (getattr(error, "strerror", None) or str(error)).strip().rstrip(".")
    if getattr(error, "errno", None) == errno.ENOSPC or "No space left" in text or (
            free is not None and free < LOW_SPACE_BYTES):
        return (translate("GlacierMapperCore", "no space left on device in '{folder}' ({value} bytes free); free some "
                          "space there or choose an output folder on another disk").format(
                          folder=folder, value=free if free is not None else 0))
    return text or translate("GlacierMapperCore", "the system gave no reason")


def partial_name(target: str, ext: str = "") -> str:
    """A fresh partial file name (no folder) for ``target``; ``ext`` such as ``".tif"`` or ``""``."""
    return f".{os.path.basename(os.path.abspath(os.fspath(target)))}.{uuid.uuid4().hex[:8]}.partial{ext}"


def partial_path(target: str, ext: str = "") -> str:
    """A fresh partial path beside ``target`` (nothing is created); stale partials of ``target`` are swept."""
    target = os.path.abspath(os.fspath(target))
    sweep(target)
    path = os.path.join(os.path.dirname(target), partial_name(target, ext))
    _LIVE.add(path)
    return path


def partial_dir(target: str) -> str:
    """Create an empty partial folder beside ``target`` and return its path."""
    path = partial_path(target)
    os.mkdir(path)
    return path


@contextmanager
def work_dir(target: str) -> Iterator[str]:
    """A scratch folder for a run writing ``target``, beside it and named as its partial, removed on exit.

    Unlike a folder in /tmp, one left by a killed run is found and removed by the next run into ``target``.
    """
    path = partial_dir(target)
    try:
        yield path
    finally:
        discard(path)


def _newest_mtime(path: str) -> float:
    """The latest modification time of a file, or of a folder and everything in it."""
    newest = os.lstat(path).st_mtime
    if os.path.isdir(path) and not os.path.islink(path):
        for folder, dirs, files in os.walk(path):
            for name in dirs + files:
                try:
                    newest = max(newest, os.lstat(os.path.join(folder, name)).st_mtime)
                except OSError:
                    pass
    return newest


def sweep(target: str, before: Optional[float] = None) -> List[str]:
    """Remove partials of ``target`` (and their ``.aux.xml`` sidecars) left by runs that were killed.

    Only partials of this very output name are touched, only those last modified before ``before`` (default:
    now, the start of this run) and never one this process is still writing. Returns the removed paths.
    """
    target = os.path.abspath(os.fspath(target))
    folder = os.path.dirname(target)
    before = time.time() if before is None else before
    removed: List[str] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        base = name[:-len(".aux.xml")] if name.endswith(".aux.xml") else name
        path = os.path.join(folder, name)
        if not is_partial_of(base, target) or path in _LIVE or os.path.join(folder, base) in _LIVE:
            continue
        try:
            if _newest_mtime(path) >= before:
                continue
            discard(path)
        except OSError:
            continue  # gone already, or not ours to remove: never fail a run over debris
        removed.append(path)
    return removed


def is_partial(name: str) -> bool:
    """Whether a file name (or path) is any output's partial."""
    return _PARTIAL_RE.fullmatch(os.path.basename(os.fspath(name))) is not None


def is_partial_of(name: str, target: str) -> bool:
    """Whether ``name`` (a file name or path) is a partial of the output ``target``."""
    match = _PARTIAL_RE.fullmatch(os.path.basename(os.fspath(name)))
    return match is not None and match.group("name") == os.path.basename(os.path.abspath(os.fspath(target)))


def commit(partial: str, target: str) -> None:
    """Move a finished partial file or folder over ``target``; raises OSError (the partial is kept).

    A file replaces the target in one ``os.replace``. A folder cannot replace a non-empty folder that way:
    the old one is moved aside, the new one renamed in, and the old one removed (put back on failure).
    """
    partial, target = os.fspath(partial), os.fspath(target)
    if not os.path.isdir(partial) or not os.path.isdir(target):
        os.replace(partial, target)
        _LIVE.discard(partial)
        return
    aside = os.path.join(os.path.dirname(os.path.abspath(target)),
                         f".{os.path.basename(os.path.abspath(target))}.{uuid.uuid4().hex[:8]}{_REPLACED_SUFFIX}")
    os.replace(target, aside)
    try:
        os.replace(partial, target)
    except OSError:
        os.replace(aside, target)
        raise
    _LIVE.discard(partial)
    shutil.rmtree(aside, ignore_errors=True)


def discard(*paths: Optional[str]) -> None:
    """Remove partial files or folders; missing ones (and None) are skipped."""
    for path in paths:
        if not path:
            continue
        _LIVE.discard(path)
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.remove(path)


class Output(Protocol):
    """What joins ``atomic_outputs``: RasterWriter, VectorWriter, report files."""

    def commit(self) -> None: ...

    def abort(self) -> None: ...


OutputT = TypeVar("OutputT", bound=Output)


class OutputSet:
    """The outputs of one run: committed together, or all removed."""

    def __init__(self) -> None:
        self.writers: List[Output] = []

    def add(self, writer: OutputT) -> OutputT:
        self.writers.append(writer)
        return writer


@contextmanager
def atomic_outputs() -> Iterator[OutputSet]:
    """``with atomic_outputs() as outputs: writer = outputs.add(RasterWriter(...))``.

    Every writer is committed when the block succeeds; all are removed if anything fails or is cancelled.
    """
    outputs = OutputSet()
    try:
        yield outputs
    except BaseException:
        for writer in outputs.writers:
            writer.abort()
        raise
    for writer in outputs.writers:
        writer.commit()
