"""The provider's settings in Processing > Options > Providers > Glacier Mapper."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from ..core.environment.gpu import provider_problems
from ..core.inference.catalog import user_models_dir
from ..core.optional import optional_module
from ..core.training.trainer_process import TRAINER_PYTHON_VARIABLE, default_trainer_python

translate = QCoreApplication.translate
PROVIDER = "Glacier Mapper"
TRAINER_PYTHON = TRAINER_PYTHON_VARIABLE
MODELS_FOLDER = "GLACIERMAPPER_MODELS_FOLDER"
ONNXRUNTIME = "GLACIERMAPPER_ONNXRUNTIME"


def profile_dir():
    """The QGIS profile folder in use (QGIS_CUSTOM_CONFIG_PATH and --profile included)."""
    return QgsApplication.qgisSettingsDirPath()


def onnxruntime_summary():
    """Which onnxruntime build QGIS's Python has and its execution providers, for users checking their GPU:
    GPU providers that cannot run here say why."""
    ort = optional_module("onnxruntime")
    if ort is None:
        return translate("GlacierMapperProvider", "not installed: the Segment algorithm needs onnxruntime or "
                         "onnxruntime-gpu (Glacier Mapper › Set-up › Install dependencies)")
    from importlib.metadata import PackageNotFoundError, distribution
    build = "onnxruntime"
    for name in ("onnxruntime-gpu", "onnxruntime-directml", "onnxruntime"):
        try:
            distribution(name)
            build = name
            break
        except PackageNotFoundError:
            continue
    providers = ort.get_available_providers()
    problems = provider_problems(providers)
    described = [name if name not in problems else translate(
        "GlacierMapperProvider", "{} (installed but not usable: {})").format(name, problems[name])
        for name in providers]
    return translate("GlacierMapperProvider", "{} {}; providers: {}").format(build, ort.__version__,
                                                                             ", ".join(described))


def _processing_config():
    try:
        from processing.core.ProcessingConfig import ProcessingConfig, Setting
    except ImportError:  # Processing's Python plugin is not loaded: settings fall back to their defaults
        return None, None
    return ProcessingConfig, Setting


def _detected_setting(setting_class, name, description, value):
    """A Setting that shows what was detected and is never read from or written to the user's settings."""

    class DetectedSetting(setting_class):
        def read(self, qsettings=None):
            pass

        def save(self, qsettings=None):
            pass

    return DetectedSetting(PROVIDER, name, description, value)


def add_settings():
    config, setting = _processing_config()
    if config is None:
        return
    config.addSetting(setting(PROVIDER, TRAINER_PYTHON, translate(
        "GlacierMapperProvider", "Trainer Python (a venv with torch, onnx, numpy)"),
        default_trainer_python(profile_dir()), valuetype=setting.FILE))
    config.addSetting(setting(PROVIDER, MODELS_FOLDER, translate(
        "GlacierMapperProvider", "Folder of your trained models (listed in Segment)"),
        user_models_dir(), valuetype=setting.FOLDER))
    config.addSetting(_detected_setting(setting, ONNXRUNTIME, translate(
        "GlacierMapperProvider", "onnxruntime in QGIS's Python (detected, read only)"), onnxruntime_summary()))
    # earlier versions saved the detected value into QGIS3.ini: it is information, not a setting
    QgsSettings().remove(config.settings[ONNXRUNTIME].qname)
    config.readSettings()


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
    """The configured trainer Python where it exists; else the default lookup, which finds a venv 'Set up the
    trainer' made after the setting's default was filled in (or saved by the options dialog)."""
    configured = setting(TRAINER_PYTHON, None)
    if configured and os.path.isfile(configured):
        return configured
    return default_trainer_python(profile_dir()) if not configured or configured == _stale_default() else configured


def _stale_default():
    # the default offered when the setting was created: a path beside the plugin that need not exist
    return default_trainer_python(None)


def models_folder():
    return setting(MODELS_FOLDER, user_models_dir())
