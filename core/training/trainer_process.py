"""Running the bundled PyTorch trainer as a subprocess: JSON-line events, cancel, crash and OOM reports.

The trainer (models/trainer) runs in its own Python environment and is never imported here. It is
started with an argument list (no shell), speaks one JSON object per line on stdout, and writes its
model atomically; on cancel the process is terminated and whatever it left is removed.
"""
import collections
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Union

from ..choices import choice_keys
from ..errors import Cancelled, GlacierMapperError, InputError
from ..messages import translate
from ..paths import MODELS_DIR, PLUGIN_ROOT, TRAINER_DIR
from .chip_format import MANIFEST

TRAINER_REQUIREMENTS = os.path.join(TRAINER_DIR, "requirements.txt")
# The trainer's choices (its command line accepts the keys; Train model offers the labels).
ARCHITECTURE_CHOICES = (("unet", "Deep U-Net (glaciers)"), ("attention_unet", "Attention U-Net (glacial lakes)"))
OPTIMIZER_CHOICES = (("adam", "Adam, lr 1e-4 (lake paper)"), ("adadelta", "Adadelta (glacier paper)"))
LOSS_CHOICES = (("bce", "Binary cross-entropy"), ("dice", "Dice"), ("bce_dice", "Binary cross-entropy + Dice"))
DEVICE_CHOICES = (("auto", "auto"), ("cpu", "cpu"), ("cuda", "cuda"))
ARCHITECTURES = choice_keys(ARCHITECTURE_CHOICES)
OPTIMIZERS = choice_keys(OPTIMIZER_CHOICES)
LOSSES = choice_keys(LOSS_CHOICES)
DEVICES = choice_keys(DEVICE_CHOICES)
# The environment variable naming the trainer's Python; also the key of the Processing setting.
TRAINER_PYTHON_VARIABLE = "GLACIERMAPPER_TRAINER_PYTHON"


class TrainerError(GlacierMapperError):
    """The trainer failed; the message holds its own last words."""


# The folder of the profile (<profile>/python/...) where 'Set up the trainer' creates the trainer's venv.
TRAINER_FOLDER = "glacier_mapper_trainer"


def venv_python(folder: str) -> str:
    scripts = ("Scripts", "python.exe") if sys.platform == "win32" else ("bin", "python")
    return os.path.join(folder, *scripts)


def trainer_venv_dir(profile_dir: str) -> str:
    return os.path.join(profile_dir, "python", TRAINER_FOLDER)


def default_trainer_python(profile_dir: Optional[str] = None) -> str:
    """The trainer's Python: the environment variable's, else the venv 'Set up the trainer' made in the QGIS
    profile ``profile_dir``, else the one the Makefile builds beside the plugin (a checkout)."""
    configured = os.environ.get(TRAINER_PYTHON_VARIABLE)
    if configured:
        return configured
    if profile_dir:
        in_profile = venv_python(trainer_venv_dir(profile_dir))
        if os.path.isfile(in_profile):
            return in_profile
    return venv_python(os.path.join(PLUGIN_ROOT, ".venv-trainer"))


def trainer_problem(python: Optional[str]) -> Optional[str]:
    """None when ``python`` can run the trainer, else what is wrong and how to fix it (plain text)."""
    if not python or not os.path.isfile(python) or not os.access(python, os.X_OK):
        return (translate("GlacierMapperCore", "The trainer's Python '{python}' was not found. Create the trainer "
                          "environment: run Glacier Mapper › Set-up › Set up the trainer (glaciermapper:setuptrainer), "
                          "or make a venv with the packages of {trainer_requirements} (torch, onnx, onnxruntime, "
                          "numpy) and set its python as 'Trainer Python' in Processing › Options › Providers › Glacier "
                          "Mapper.").format(python=python, trainer_requirements=TRAINER_REQUIREMENTS))
    return None


# What the trainer's Python must import; its answer carries a marker, so a program that merely exits 0
# (``/bin/sh``, ``/bin/true``) is not taken for a Python.
_PROBE = "import sys, numpy, torch, onnx; print('glaciermapper-trainer-ok', sys.version_info[0])"
_PROBE_MARK = "glaciermapper-trainer-ok"
_probed: Dict[tuple, Optional[str]] = {}  # (python, mtime) -> problem: torch is slow to import, ask once


def trainer_packages_problem(python: str, timeout: float = 300.0) -> Optional[str]:
    """None when ``python`` is a Python that imports the trainer's packages, else what is wrong and the fix."""
    try:
        key: tuple = (python, os.path.getmtime(python))
    except OSError:
        key = (python, None)
    if key in _probed:
        return _probed[key]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP")}
    try:
        done = subprocess.run([python, "-c", _PROBE], stdin=subprocess.DEVNULL, capture_output=True, text=True,
                              timeout=timeout, env=env)
        answer = done.stdout + done.stderr
        ok = done.returncode == 0 and _PROBE_MARK in done.stdout
    except (OSError, subprocess.SubprocessError) as error:
        answer, ok = str(error), False
    problem = None
    if not ok:
        said = (answer.strip().splitlines() or ["no output"])[-1][:300]
        problem = (translate("GlacierMapperCore", "The trainer's Python '{python}' is not a Python with the trainer's "
                             "packages (checking it with 'import torch, onnx' said: {said}). Create the trainer "
                             "environment: run Glacier Mapper › Set-up › Set up the trainer "
                             "(glaciermapper:setuptrainer), or install {trainer_requirements} into a Python 3 venv and "
                             "set that venv's python as 'Trainer Python' in Processing › Options › Providers › Glacier "
                             "Mapper.").format(python=python, said=said, trainer_requirements=TRAINER_REQUIREMENTS))
    _probed[key] = problem
    return problem
def chip_counts(chips: Union[str, "os.PathLike[str]"]) -> Dict[str, int]:
    """{"train": n, "val": n} of a chip folder's manifest (from the chips listed when it has no counts);
    empty when the folder has no readable manifest."""
    try:
        with open(os.path.join(os.fspath(chips), MANIFEST), encoding="utf-8") as handle:
            manifest = json.load(handle)
    except (OSError, ValueError):
        return {}
    counts = manifest.get("counts") or {}
    if "train" not in counts or "val" not in counts:
        splits = [chip.get("split") for chip in manifest.get("chips", [])]
        counts = {"train": splits.count("train"), "val": splits.count("val")}
    return {"train": int(counts["train"]), "val": int(counts["val"])}


@dataclass
class TrainerRun:
    events: list = field(default_factory=list)
    done: Optional[dict] = None  # the "done" event
    stderr_tail: list = field(default_factory=list)
    seconds: float = 0.0


def trainer_arguments(python: str, chips: Union[str, "os.PathLike[str]"], out_model: Union[str, "os.PathLike[str]"],
                      options: Dict[str, Any]) -> List[str]:
    """The argument list: ``options`` maps long option names (without --) to values; True is a flag,
    False a --no- flag, None is left out. Values are joined to their option (``--name=-x``), so one that
    starts with a dash is not read as an option."""
    args = [python, "-m", "trainer", "train", f"--chips={os.fspath(chips)}", f"--out={os.fspath(out_model)}"]
    for name, value in options.items():
        flag = "--" + name.replace("_", "-")
        if value is None:
            continue
        if value is True:
            args.append(flag)
        elif value is False:
            args.append("--no-" + name.replace("_", "-"))
        else:
            args.append(f"{flag}={value}")
    return args


def model_outputs(out_model: Union[str, "os.PathLike[str]"]) -> List[str]:
    """Every file and folder the trainer may write for ``out_model``."""
    stem = os.path.splitext(os.fspath(out_model))[0]
    return [os.fspath(out_model), stem + ".pt", stem + ".report.json", stem + ".report.html",
            stem + ".report.loss.png", stem + ".report.metrics.png", os.fspath(out_model) + ".work"]


def _remove(paths, keep_existing=()):
    for path in paths:
        if path in keep_existing:
            continue
        if os.path.isdir(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.remove(path)


def _reader(stream, sink):
    for line in iter(stream.readline, ""):
        sink.append(line.rstrip("\n"))
    stream.close()


def run_trainer(python: str, chips: Union[str, "os.PathLike[str]"], out_model: Union[str, "os.PathLike[str]"],
                options: Dict[str, Any], on_event: Optional[Callable[[dict], Any]] = None,
                on_log: Optional[Callable[[str], Any]] = None, is_cancelled: Optional[Callable[[], bool]] = None,
                poll: float = 0.2) -> TrainerRun:
    """Train a model with the trainer subprocess and return a TrainerRun.

    ``on_event(dict)`` gets each JSON event as it arrives; ``on_log(text)`` gets the trainer's other
    output. Raises Cancelled (process terminated, partial files removed), TrainerError (the trainer's
    error event or last stderr lines; signal 9 says it was probably out of memory) or InputError.
    """
    problem = trainer_problem(python) or trainer_packages_problem(python)
    if problem:
        raise InputError(problem)
    if not os.path.isfile(os.path.join(os.fspath(chips), MANIFEST)):
        raise InputError(translate("GlacierMapperCore", "'{chips}' is not a chip folder (no manifest.json): export "
                                   "chips with 'Export training chips' first.").format(chips=chips))
    existing = {p for p in model_outputs(out_model) if os.path.lexists(p)}
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONHOME", "PYTHONPATH", "PYTHONSTARTUP")}
    env["PYTHONPATH"] = MODELS_DIR
    env["PYTHONUNBUFFERED"] = "1"
    started = time.perf_counter()
    process = subprocess.Popen(trainer_arguments(python, chips, out_model, options), stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True, bufsize=1,
                               cwd=MODELS_DIR, start_new_session=True)
    stdout_lines: collections.deque = collections.deque()
    stderr_lines: collections.deque = collections.deque()
    readers = [threading.Thread(target=_reader, args=(process.stdout, stdout_lines), daemon=True),
               threading.Thread(target=_reader, args=(process.stderr, stderr_lines), daemon=True)]
    for reader in readers:
        reader.start()
    run = TrainerRun()
    tail: collections.deque = collections.deque(maxlen=40)

    def drain():
        while stdout_lines:
            line = stdout_lines.popleft()
            try:
                event = json.loads(line)
            except ValueError:
                event = None
            if isinstance(event, dict) and "event" in event:
                run.events.append(event)
                if event["event"] == "done":
                    run.done = event
                if on_event:
                    on_event(event)
            elif line.strip() and on_log:
                on_log(line)
        while stderr_lines:
            line = stderr_lines.popleft()
            tail.append(line)
            if line.strip() and on_log:
                on_log(line)

    cancelled = False
    while process.poll() is None:
        drain()
        if is_cancelled and is_cancelled():
            cancelled = True
            _stop(process)
            break
        time.sleep(poll)
    for reader in readers:
        reader.join(timeout=10)
    drain()
    run.stderr_tail = list(tail)
    run.seconds = time.perf_counter() - started
    if cancelled:
        _remove(model_outputs(out_model), keep_existing=existing)
        raise Cancelled(translate("GlacierMapperCore", "Training cancelled: the trainer was stopped and no model was "
                                  "written."))
    code = process.returncode
    if code != 0 or run.done is None:
        _remove(model_outputs(out_model), keep_existing=existing)
        raise TrainerError(_failure_message(code, run))
    return run


def _stop(process):
    """Terminate the trainer and anything it started; kill it if it does not stop within 10 s."""
    try:
        os.killpg(process.pid, signal.SIGTERM)
    except (ProcessLookupError, PermissionError, AttributeError):
        process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError, AttributeError):
            process.kill()
        process.wait()


def _failure_message(code, run):
    errors = [e.get("message", "") for e in run.events if e.get("event") == "error"]
    last_words = "\n".join(run.stderr_tail[-12:])
    output = translate("GlacierMapperCore", "\nIts last output:\n{last_words}").format(
        last_words=last_words) if last_words else ""
    if code is not None and code < 0 and -code == signal.SIGKILL:
        return translate("GlacierMapperCore", "The trainer was killed by signal 9: probably out of memory: reduce "
                         "batch or chip size (or the network's base width).{output}").format(output=output)
    if code is not None and code < 0:
        return translate("GlacierMapperCore", "The trainer was stopped by signal {signal}.{output}").format(
            signal=-code, output=output)
    if errors:
        return translate("GlacierMapperCore", "The trainer failed: {errors}").format(errors=errors[-1])
    return (translate("GlacierMapperCore", "The trainer failed (exit code {code}) without reporting why. Its last "
                      "output:\n{last_words}").format(
                      code=code, last_words=last_words or translate("GlacierMapperCore", "(none)")))
