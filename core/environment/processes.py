"""Running a helper program (pip, venv) line by line with cancel: what the set-up algorithms show in the log."""
import collections
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional

from ..errors import Cancelled
from ..messages import translate


@dataclass
class ProcessRun:
    returncode: int
    tail: List[str] = field(default_factory=list)  # the last lines, for an error message
    seconds: float = 0.0


def _reader(stream, sink):
    for line in iter(stream.readline, ""):
        sink.append(line.rstrip("\r\n"))
    stream.close()


def stop_process_group(process: subprocess.Popen, grace: float = 0.5) -> None:
    """Terminate ``process`` and its children (its own process group); kill them after ``grace`` seconds."""
    if process.poll() is not None:
        return
    try:
        if sys.platform == "win32":
            process.terminate()
        else:
            os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        if sys.platform == "win32":
            process.kill()
        else:
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait()
    except ProcessLookupError:
        process.wait()


def run_logged(args: List[str], on_line: Optional[Callable[[str], object]] = None,
               is_cancelled: Optional[Callable[[], bool]] = None, env: Optional[Dict[str, str]] = None,
               poll: float = 0.1, keep: int = 30) -> ProcessRun:
    """Run ``args`` (no shell), passing each line of its output (stdout and stderr merged) to ``on_line`` as it
    comes; Cancelled once ``is_cancelled()`` is true, after the whole process group was stopped (within a
    second)."""
    started = time.perf_counter()
    # its own process group, so that a cancel stops pip's children too
    options: dict = {"creationflags": getattr(subprocess, "CREATE_NEW_PROCESS_GROUP", 0)} \
        if sys.platform == "win32" else {"start_new_session": True}
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               env=env, text=True, bufsize=1, errors="replace", **options)
    lines: collections.deque = collections.deque()
    tail: collections.deque = collections.deque(maxlen=keep)
    reader = threading.Thread(target=_reader, args=(process.stdout, lines), daemon=True)
    reader.start()

    def drain():
        while lines:
            line = lines.popleft()
            tail.append(line)
            if on_line and line.strip():
                on_line(line)

    while process.poll() is None:
        drain()
        if is_cancelled and is_cancelled():
            stop_process_group(process)
            reader.join(timeout=1)
            drain()
            raise Cancelled(translate("GlacierMapperCore", "Cancelled: {args} "
                                      "was stopped.").format(args=os.path.basename(args[0])))
        time.sleep(poll)
    reader.join(timeout=10)
    drain()
    return ProcessRun(process.returncode, list(tail), time.perf_counter() - started)
