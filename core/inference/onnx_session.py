"""One onnxruntime session per run, on the best execution provider the machine really has.

onnxruntime is imported inside the functions: the plugin loads without it, and only inference needs it.
``device``: "cpu"; "cuda" (CUDA, else CPU); "auto" (TensorRT, then CUDA, then CPU). A GPU provider that
was asked for but not obtained is not an error: the run continues on the CPU and ``notes`` says why
(missing from this onnxruntime build, or the provider's own message, e.g. no CUDA device or libraries).
"""
import contextlib
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np

from ..choices import choice_keys
from ..errors import InputError, ModelContractError
from ..messages import translate

CPU = "CPUExecutionProvider"
CUDA = "CUDAExecutionProvider"
TENSORRT = "TensorrtExecutionProvider"
DEVICE_CHOICES = (("auto", "auto"), ("cpu", "cpu"), ("cuda", "cuda"))
DEVICES = choice_keys(DEVICE_CHOICES)
_WANTED = {"auto": (TENSORRT, CUDA), "cuda": (CUDA,), "cpu": ()}
_SHORT = {TENSORRT: "TensorRT", CUDA: "CUDA", CPU: "CPU"}
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class ModelSession:
    session: Any  # onnxruntime.InferenceSession
    provider: str  # the provider that runs the graph (the session's first)
    providers: list  # every provider the session got, in priority order
    notes: list = field(default_factory=list)  # why a requested GPU provider is not used
    input_name: str = ""
    input_shape: tuple = ()  # ints where static, None where dynamic
    output_names: tuple = ()
    output_shapes: tuple = ()
    lanes: int = 1  # network calls to keep running at once (CPU: cores // intra-op threads); see cpu_lanes
    threads: int = 0  # onnxruntime's intra-op threads per call on the CPU (0: the provider decides)

    @property
    def on_gpu(self) -> bool:
        return self.provider != CPU

    def run(self, batch: np.ndarray, output_name: Optional[str] = None) -> np.ndarray:
        """The network's output for a float32 batch [N, C, H, W]."""
        return self.session.run([output_name or self.output_names[0]], {self.input_name: batch})[0]


THREADS_VARIABLE = "GLACIERMAPPER_THREADS"


def usable_cores() -> int:
    # A regional run sets this in each worker: N workers with one thread each instead of N x all cores.
    threads = os.environ.get(THREADS_VARIABLE, "")
    if threads.isdigit() and int(threads) > 0:
        return int(threads)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def thread_cpu_seconds(ident: int) -> Optional[float]:
    """CPU seconds the running thread ``ident`` (threading.get_ident()) of this process has used, or None where
    the platform cannot tell (Windows). Only for threads still alive: an ended thread's ident names no clock."""
    try:
        return time.clock_gettime(time.pthread_getcpuclockid(ident))
    except (AttributeError, OSError, OverflowError):
        return None


def idle_cores(sample_seconds: float = 0.1, own_threads: Sequence[int] = ()) -> Optional[float]:
    """How many CPUs were idle over the last ``sample_seconds`` (Linux /proc/stat), or None where unknown.

    The CPU time of ``own_threads`` (thread idents of this process) counts as idle: segment's reading thread
    reads the first strip while the session loads, and that reading ends before the network starts. Other
    threads of the process, such as another algorithm's network running beside this one, count as busy.
    """
    def snapshot():
        with open("/proc/stat") as stat:
            values = [int(v) for v in stat.readline().split()[1:9]]
        return values[3] + values[4], sum(values)  # idle + iowait, all
    try:
        idle_before, total_before = snapshot()
        own_before, wall_before = [thread_cpu_seconds(t) for t in own_threads], time.perf_counter()
        time.sleep(sample_seconds)
        idle_after, total_after = snapshot()
        own_after, wall = [thread_cpu_seconds(t) for t in own_threads], time.perf_counter() - wall_before
    except (OSError, ValueError, IndexError):
        return None
    if total_after <= total_before:
        return None
    own = sum(after - before for before, after in zip(own_before, own_after)
              if before is not None and after is not None) / max(wall, 1e-6)
    cores = os.cpu_count() or 1
    return min(float(cores), cores * (idle_after - idle_before) / (total_after - total_before) + own)


def cpu_threads(own_threads: Sequence[int] = ()) -> int:
    """onnxruntime's threads on the CPU, all calls together: the usable cores other work leaves idle, at least one.

    Measured on 2 cores: with another process holding a core, one thread ran the network 1.2-1.55 x faster
    than two (two threads wait for each other at every operator); on idle cores two are faster.
    """
    cores = usable_cores()
    if os.environ.get(THREADS_VARIABLE, "").isdigit():
        return cores  # set for a regional run's workers: no 0.1 s load sample per scene and model
    idle = idle_cores(own_threads=own_threads)
    if idle is None:
        return cores
    return max(1, min(cores, int(idle + 0.5)))


# Concurrent network calls on the CPU. Measured on 2 cores with the shipped models (640 px tiles, bare
# onnxruntime): two calls at once with one intra-op thread each ran 1.12-1.54 x faster than one call with two
# threads (12 tiles, 6 paired rounds), because a call's operators leave its threads waiting for each other.
MAX_CPU_LANES = 2


def cpu_lanes(threads: int) -> int:
    """Network calls to run at once on ``threads`` CPU threads: two when there are two threads or more."""
    return max(1, min(MAX_CPU_LANES, int(threads)))


@contextlib.contextmanager
def _captured_native_output():
    """Collect what onnxruntime prints while GPU providers load (C++ log on fd 2, Python fallback on stdout),
    so the reason a provider failed can be reported instead of scrolling past in a console."""
    captured = {"text": ""}
    sys.stderr.flush()
    with tempfile.TemporaryFile(mode="w+b") as sink:
        saved = os.dup(2)
        os.dup2(sink.fileno(), 2)
        buffer = _StringSink()
        try:
            with contextlib.redirect_stdout(buffer):
                yield captured
        finally:
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            captured["text"] = buffer.getvalue() + "\n" + sink.read().decode("utf-8", errors="replace")


class _StringSink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return "".join(self.parts)


_LOG_PREFIX = re.compile(r"^\S+ \S+ \[[A-Z]:onnxruntime:[^\]]*\]\s*")
_NOISE = re.compile(r"/onnxruntime_src/\S+|\bvoid\s|\S+::\S+\(.*?\)|\[ONNXRuntimeError\] : \d+ : \w+ : |EP Error ")


def _reason(provider, log_text):
    """The telling part of what onnxruntime printed about a provider that did not load."""
    own, other = ("tensorrt", "cuda") if provider == TENSORRT else ("cuda", "tensorrt")
    reasons = []
    for line in log_text.splitlines():
        line = _LOG_PREFIX.sub("", _ANSI.sub("", line).strip())
        lower = line.lower()
        if own not in lower or (other in lower and own not in lower.replace(other, "")):
            continue
        if "with error: " in line:  # the provider library or one it needs is missing
            line = f"cannot load {line.split('Failed to load library ')[-1].split(' with error: ')[0]}: " \
                   f"{line.split('with error: ')[-1]}"
        elif not any(k in line for k in ("rror", "ailed", "FAIL", "install", "failure", "not ")):
            continue
        line = re.sub(r"\s+", " ", _NOISE.sub("", line)).strip(" .:")
        if line and line not in reasons:
            reasons.append(line)
    if not reasons:
        if not os.path.exists("/proc/driver/nvidia/version") and sys.platform.startswith("linux"):
            return translate("GlacierMapperCore", "no NVIDIA driver or CUDA device was found on this machine.")
        return translate("GlacierMapperCore", "onnxruntime could not initialise it on this machine's GPU (check the "
                         "CUDA and cuDNN versions).")
    return ("; ".join(reasons) + ".")[:600]


def _session_options(intra_threads=None):
    import onnxruntime as ort
    options = ort.SessionOptions()
    options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    if intra_threads:  # the CPU provider
        options.intra_op_num_threads = int(intra_threads)
        # A memory pattern is planned and kept per input shape, and Segment's cropped edge tiles come in many
        # shapes: without them the lake model's two concurrent calls peaked 70-90 MB lower on 640 px tiles,
        # in the same time (bench/README.md). GPU sessions see one padded shape and keep theirs.
        options.enable_mem_pattern = False
    # Threads that spin between operators take the cores the plugin's reading and writing threads need, and
    # on a shared machine those other processes': without spinning a run took 0.6-0.75 x the wall time and
    # 0.7 x the CPU time on 2 cores (bench/README.md).
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.log_severity_level = 3
    return options


def _provider_options(provider):
    if provider == TENSORRT:
        # Building a TensorRT engine takes minutes; cache it so later runs with the same model and tile start at once.
        cache = os.path.join(os.path.expanduser("~"), ".cache", "glacier_mapper", "tensorrt")
        with contextlib.suppress(OSError):
            os.makedirs(cache, exist_ok=True)
        return {"trt_engine_cache_enable": "True", "trt_engine_cache_path": cache,
                "trt_timing_cache_enable": "True", "trt_timing_cache_path": cache}
    return {}


def _static(dim):
    return dim if isinstance(dim, int) and dim > 0 else None


def _load(ort, model_path, options, providers):
    try:
        return ort.InferenceSession(os.fspath(model_path), sess_options=options, providers=providers,
                                    provider_options=[_provider_options(p) for p in providers])
    except Exception as error:  # onnxruntime raises its own Fail/InvalidGraph/InvalidProtobuf types
        message = _ANSI.sub("", str(error)).strip().rstrip(".")
        raise ModelContractError(
            translate("GlacierMapperCore", "onnxruntime cannot load the model '{model_path}': {message}. Check that it "
                      "is an ONNX file exported by the trainer and that it is not damaged.").format(
                      model_path=model_path, message=message[:500])) from None


def create_session(model_path: str, device: str = "auto", own_threads: Sequence[int] = ()) -> ModelSession:
    """A ModelSession for ``model_path`` on the requested device ("auto", "cpu" or "cuda").

    ``own_threads``: threads of the caller whose work while the session loads does not compete with the
    network (idle_cores).

    Raises ModelContractError when onnxruntime cannot load the file, InputError for an unknown device.
    """
    if device not in DEVICES:
        raise InputError(translate("GlacierMapperCore", "Unknown device '{device}'. Choose one of: {devices}.").format(
                                   device=device, devices=', '.join(DEVICES)))
    try:
        import onnxruntime as ort
    except ImportError as error:
        raise InputError(translate("GlacierMapperCore", "onnxruntime is not installed in QGIS's Python ({error}). "
                                   "Install it with 'python -m pip install onnxruntime' (or onnxruntime-gpu for NVIDIA "
                                   "GPUs).").format(error=error)) from None
    available = set(ort.get_available_providers())
    notes = []
    wanted = []
    for provider in _WANTED[device]:
        if provider in available:
            wanted.append(provider)
        else:
            notes.append(translate("GlacierMapperCore", "{short} not used: {provider} is not available in this "
                                   "onnxruntime build (install onnxruntime-gpu for NVIDIA GPUs).").format(
                                   short=_SHORT[provider], provider=provider))
    session: Any = None  # an onnxruntime.InferenceSession once loaded
    got = [CPU]
    # Try the GPU providers best first: onnxruntime's own fallback after a TensorRT failure skips CUDA.
    for first in range(len(wanted)):
        chain = wanted[first:] + [CPU]
        with _captured_native_output() as log:
            session = _load(ort, model_path, _session_options(), chain)
        got = list(session.get_providers())
        for provider in chain[:-1]:
            if provider not in got and not any(n.startswith(_SHORT[provider] + " ") for n in notes):
                notes.append(translate("GlacierMapperCore", "{short} not used: {reason}").format(
                                       short=_SHORT[provider], reason=_reason(provider, log['text'])))
        if got[0] != CPU:
            break
    lanes, intra = 1, 0
    if got[0] == CPU:
        # On the CPU every idle core goes to the network: split between concurrent calls (cpu_lanes), the
        # rest as each call's intra-op threads.
        threads = cpu_threads(own_threads)
        lanes = cpu_lanes(threads)
        intra = max(1, threads // lanes)
        session = _load(ort, model_path, _session_options(intra), [CPU])
        got = [CPU]
    inputs = session.get_inputs()
    outputs = session.get_outputs()
    return ModelSession(
        session=session, provider=got[0], providers=got, notes=notes,
        input_name=inputs[0].name, input_shape=tuple(_static(d) for d in inputs[0].shape),
        output_names=tuple(o.name for o in outputs),
        output_shapes=tuple(tuple(_static(d) for d in o.shape) for o in outputs), lanes=lanes, threads=intra)
