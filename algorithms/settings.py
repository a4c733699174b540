"""The provider's settings in Processing > Options > Providers > Glacier Mapper."""

from qgis.PyQt.QtCore import QCoreApplication

from ..core.inference.catalog import user_models_dir
from ..core.optional import optional_module
from ..core.training.trainer_process import TRAINER_PYTHON_VARIABLE, default_trainer_python

PROVIDER = "Glacier Mapper"
TRAINER_PYTHON = TRAINER_PYTHON_VARIABLE
MODELS_FOLDER = "GLACIERMAPPER_MODELS_FOLDER"
ONNXRUNTIME = "GLACIERMAPPER_ONNXRUNTIME"


def onnxruntime_summary():
    """Which onnxruntime build QGIS's Python has and its execution providers, for users checking their GPU."""
    ort = optional_module("onnxruntime")
    if ort is None:
        return QCoreApplication.translate(
            "GlacierMapperProvider", "not installed: the Segment algorithm needs onnxruntime or onnxruntime-gpu")
    from importlib.metadata import PackageNotFoundError, distribution
    build = "onnxruntime"
    for name in ("onnxruntime-gpu", "onnxruntime-directml", "onnxruntime"):
        try:
            distribution(name)
            build = name
            break
        except PackageNotFoundError:
            continue
    return f"{build} {ort.__version__}; providers: {', '.join(ort.get_available_providers())}"


def _processing_config():
    try:
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
    except ImportError:  # Processing's Python plugin is not loaded: settings fall back to their defaults
        return None, None
    return ProcessingConfig, Setting


def add_settings():
    config, setting = _processing_config()
    if config is None:
        return
    config.addSetting(setting(PROVIDER, TRAINER_PYTHON, QCoreApplication.translate(
        "GlacierMapperProvider", "Trainer Python (a venv with torch, onnx, numpy)"),
        default_trainer_python(), valuetype=setting.FILE))
    config.addSetting(setting(PROVIDER, MODELS_FOLDER, QCoreApplication.translate(
        "GlacierMapperProvider", "Folder of your trained models (listed in Segment)"),
        user_models_dir(), valuetype=setting.FOLDER))
    config.addSetting(setting(PROVIDER, ONNXRUNTIME, QCoreApplication.translate(
        "GlacierMapperProvider", "onnxruntime in QGIS's Python (detected, read only)"),
        onnxruntime_summary()))
    config.readSettings()
    # detected, not chosen: show what this session really has whatever was saved before
    config.setSettingValue(ONNXRUNTIME, onnxruntime_summary())


def remove_settings():
    config, _ = _processing_config()
    if config is not None:
        for name in (TRAINER_PYTHON, MODELS_FOLDER, ONNXRUNTIME):
            config.removeSetting(name)


def setting(name, default):
    config, _ = _processing_config()
    value = config.getSetting(name) if config is not None else None
    return value or default


def trainer_python():
    return setting(TRAINER_PYTHON, default_trainer_python())


def models_folder():
    return setting(MODELS_FOLDER, user_models_dir())
