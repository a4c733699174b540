"""Progress and cancel callbacks shared by every long-running engine function."""
from .errors import Cancelled


def no_progress(_fraction):
    """Default progress callback: ignores progress."""


def never_cancelled():
    """Default cancel callback: never cancels."""
    return False


class Steps:
    """Reports progress of a loop of known length as a sub-range of [0, 1] and raises Cancelled.

    Nested stages use ``start``/``stop`` so a two-pass algorithm can report 0-0.5 then 0.5-1.
    """

    def __init__(self, total, progress=None, is_cancelled=None, start=0.0, stop=1.0):
        self.total = max(int(total), 1)
        self.progress = progress or no_progress
        self.is_cancelled = is_cancelled or never_cancelled
        self.start = start
        self.stop = stop
        self.done = 0

    def check(self):
        if self.is_cancelled():
            raise Cancelled()

    def advance(self, count=1):
        self.check()
        self.done += count
        self.progress(self.start + (self.stop - self.start) * min(self.done / self.total, 1.0))


def gdal_callback(progress, is_cancelled, start=0.0, stop=1.0):
    """A GDAL progress callback over [start, stop] of ``progress``; returning 0 makes GDAL stop (cancel)."""
    def callback(complete, _message, _data):
        if is_cancelled and is_cancelled():
            return 0
        if progress:
            progress(start + (stop - start) * complete)
        return 1
    return callback
