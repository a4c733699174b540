"""Atomic outputs: write to a hidden partial file (or folder) beside the target, then replace the target.

The one place for the rule. A partial of ``out.tif`` is named ``.out.tif.<8 hex>.partial<ext>``
(PARTIAL_PATTERN); it lies in the target's folder so the final ``os.replace`` is a rename on one file
system, and it is hidden so a half-written output is never taken for a finished one. ``commit`` moves a
partial file or folder over its target, ``discard`` removes it. ``atomic_outputs`` commits every output of
a run together, or removes them all.

Standard library only: the trainer's environment may import it.
"""
import os
import re
import shutil
import uuid
from contextlib import contextmanager
from typing import Iterator, List, Optional, Protocol, TypeVar

# ``.<target name>.<8 hex>.partial<ext>``: <ext> is empty or one extension (``.tif``), kept so that
# drivers choosing the format by extension (GDAL, GeoPackage) write the right one.
PARTIAL_PATTERN = r"\.(?P<name>.+)\.(?P<token>[0-9a-f]{8})\.partial(?P<ext>\.[A-Za-z0-9_]+)?"
_PARTIAL_RE = re.compile(PARTIAL_PATTERN)
# A replaced folder is moved aside under this suffix until the new one is in place; not a partial, so a
# sweep of stale partials never deletes the only copy of an earlier output.
_REPLACED_SUFFIX = ".replaced"


def partial_name(target: str, ext: str = "") -> str:
    """A fresh partial file name (no folder) for ``target``; ``ext`` such as ``".tif"`` or ``""``."""
    return f".{os.path.basename(os.path.abspath(os.fspath(target)))}.{uuid.uuid4().hex[:8]}.partial{ext}"


def partial_path(target: str, ext: str = "") -> str:
    """A fresh partial path beside ``target`` (nothing is created)."""
    target = os.path.abspath(os.fspath(target))
    return os.path.join(os.path.dirname(target), partial_name(target, ext))


def partial_dir(target: str) -> str:
    """Create an empty partial folder beside ``target`` and return its path."""
    path = partial_path(target)
    os.mkdir(path)
    return path


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
        return
    aside = os.path.join(os.path.dirname(os.path.abspath(target)),
                         f".{os.path.basename(os.path.abspath(target))}.{uuid.uuid4().hex[:8]}{_REPLACED_SUFFIX}")
    os.replace(target, aside)
    try:
        os.replace(partial, target)
    except OSError:
        os.replace(aside, target)
        raise
    shutil.rmtree(aside, ignore_errors=True)


def discard(*paths: Optional[str]) -> None:
    """Remove partial files or folders; missing ones (and None) are skipped."""
    for path in paths:
        if not path:
            continue
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
