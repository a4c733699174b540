"""JSON-lines events on stdout: one object per line, nothing else on that stream."""
import json
import math
import os
import sys


def json_safe(value):
    """JSON without NaN or Infinity (they are not JSON): non-finite numbers become null."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {k: json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [json_safe(v) for v in value]
    return value


class EventWriter:
    """``emit("epoch", epoch=1, ...)`` writes {"event": "epoch", "epoch": 1, ...} and flushes."""

    def __init__(self, stream):
        self.stream = stream

    def __call__(self, event, **fields):
        self.stream.write(json.dumps(json_safe({"event": event, **fields})) + "\n")
        self.stream.flush()


def claim_stdout():
    """An EventWriter on the real stdout; everything else written to stdout (also by C libraries) goes to
    stderr from now on, so the event stream stays parseable."""
    sys.stdout.flush()
    events = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)
    sys.stdout = sys.stderr
    return EventWriter(events)
