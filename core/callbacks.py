"""Progress and cancel callbacks shared by every long-running engine function."""
from typing import Callable, Optional

from .errors import Cancelled

# The callbacks long-running functions take: progress(fraction in [0, 1]) and is_cancelled().
Progress = Callable[[float], None]
IsCancelled = Callable[[], bool]


def no_progress(_fraction: float) -> None:
    """Default progress callback: ignores progress."""


def never_cancelled() -> bool:
    """Default cancel callback: never cancels."""
    return False


class Steps:
    """Reports progress of a loop of known length as a sub-range of [0, 1] and raises Cancelled.

    Nested stages use ``start``/``stop`` so a two-pass algorithm can report 0-0.5 then 0.5-1.
    """

    def __init__(self, total: int, progress: Optional[Progress] = None, is_cancelled: Optional[IsCancelled] = None,
                 start: float = 0.0, stop: float = 1.0) -> None:
        self.total = max(int(total), 1)
        self.progress = progress or no_progress
        self.is_cancelled = is_cancelled or never_cancelled
        self.start = start
        self.stop = stop
        self.done = 0

    def check(self) -> None:
        if self.is_cancelled():
            raise Cancelled()

    def advance(self, count: int = 1) -> None:
        self.check()
        self.done += count
        self.progress(self.start + (self.stop - self.start) * min(self.done / self.total, 1.0))


def gdal_callback(progress: Optional[Progress], is_cancelled: Optional[IsCancelled], start: float = 0.0,
                  stop: float = 1.0) -> Callable[[float, object, object], int]:
    """A GDAL progress callback over [start, stop] of ``progress``; returning 0 makes GDAL stop (cancel)."""
    def callback(complete, _message, _data):
        if is_cancelled and is_cancelled():
            return 0
        if progress:
            progress(start + (stop - start) * complete)
        return 1
    return callback
