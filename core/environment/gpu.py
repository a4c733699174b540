"""Whether this machine has an NVIDIA GPU that onnxruntime's CUDA and TensorRT providers can use.

onnxruntime-gpu lists CUDAExecutionProvider and TensorRTExecutionProvider wherever it is installed, GPU or
not, and falls back to the CPU at run time; this says which of them can really run, and why not.
"""
import ctypes.util
import os
import shutil
import sys
from typing import Dict, Optional, Sequence

# The CUDA 12 / cuDNN 9 / TensorRT 10 libraries onnxruntime-gpu 1.23 loads for each provider.
PROVIDER_LIBRARIES = {
    "CUDAExecutionProvider": ("cudart", "cublasLt", "cudnn"),
    "TensorrtExecutionProvider": ("cudart", "nvinfer"),
}


def nvidia_driver(root: str = "/") -> Optional[str]:
    """How the NVIDIA driver was found (its version file or nvidia-smi), None when there is none."""
    version_file = os.path.join(root, "proc", "driver", "nvidia", "version")
    if os.path.isfile(version_file):
        return version_file
    if root == "/":
        smi = shutil.which("nvidia-smi")
        if smi:
            return smi
    return None


def _library_found(name: str, python_paths: Sequence[str]) -> bool:
    if ctypes.util.find_library(name):
        return True
    # pip's nvidia-* wheels put the libraries under site-packages/nvidia/*/lib
    pattern = f"lib{name}.so" if sys.platform != "win32" else name
    for folder in python_paths:
        nvidia = os.path.join(folder, "nvidia")
        if os.path.isdir(nvidia):
            for _folder, _, files in os.walk(nvidia):
                if any(f.startswith(pattern) for f in files):
                    return True
    return False


def provider_problems(providers: Sequence[str], root: str = "/") -> Dict[str, str]:
    """For each GPU provider of ``providers`` that cannot run here, the reason; usable ones are left out."""
    problems = {}
    driver = nvidia_driver(root)
    for provider in providers:
        if provider not in PROVIDER_LIBRARIES:
            continue
        if driver is None:
            problems[provider] = "no NVIDIA driver (no /proc/driver/nvidia/version, no nvidia-smi)"
            continue
        missing = [lib for lib in PROVIDER_LIBRARIES[provider] if not _library_found(lib, sys.path)]
        if missing:
            problems[provider] = f"library not found: {', '.join(missing)}"
    return problems
