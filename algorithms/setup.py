"""glaciermapper:installdependencies and glaciermapper:setuptrainer — the Set-up group.

Both run pip with QGIS's own Python into folders of the QGIS profile, line by line in the log, and stop pip
when cancelled.
"""
import sys

from qgis.core import (
    QgsProcessingOutputBoolean,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.environment.dependencies import (
    BUILD_CHOICES,
    DASK_PACKAGES,
    activate,
    choose_build,
    install_dependencies,
    packages_dir,
)
from ..core.environment.interpreter import qgis_python
from ..core.optional import PACKAGES, missing_packages, optional_module
from ..core.training.trainer_process import trainer_venv_dir
from ..core.training.trainer_setup import TORCH_BUILD_CHOICES, setup_trainer
from .base import GlacierMapperAlgorithm
from .choices import enum_key, enum_options
from .settings import profile_dir

translate = QCoreApplication.translate
CHOICE_LABELS = (
    QT_TRANSLATE_NOOP("InstallDependenciesAlgorithm", "Automatic: the GPU build where an NVIDIA driver is present"),
    QT_TRANSLATE_NOOP("InstallDependenciesAlgorithm", "onnxruntime (CPU)"),
    QT_TRANSLATE_NOOP("InstallDependenciesAlgorithm", "onnxruntime-gpu (NVIDIA CUDA 12)"),
    QT_TRANSLATE_NOOP("SetupTrainerAlgorithm", "CPU (PyTorch's CPU wheels)"),
    QT_TRANSLATE_NOOP("SetupTrainerAlgorithm", "CUDA (NVIDIA GPU)"),
    QT_TRANSLATE_NOOP("SetupTrainerAlgorithm", "As the package index serves it (mirrors)"),
)


class SetupAlgorithm(GlacierMapperAlgorithm):
    """Shared by the two set-up algorithms: the group, an index URL parameter, QGIS's Python."""

    INDEX_URL = "INDEX_URL"
    PYTHON = "PYTHON"
    FOLDER = "FOLDER"
    CHANGED = "CHANGED"
    group_id = "setup"
    group_label = QT_TRANSLATE_NOOP("GlacierMapperAlgorithm", "Set-up")
    # the strings of this class are in its own context, whichever subclass shows them

    def add_index_parameter(self):
        index = QgsProcessingParameterString(
            self.INDEX_URL, translate("SetupAlgorithm", "Package index URL (empty: pip's own)"), optional=True)
        index.setHelp(translate(
            "SetupAlgorithm", "A mirror of PyPI, for networks that cannot reach pypi.org (pip --index-url)."))
        index.setFlags(index.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(index)
        self.addOutput(QgsProcessingOutputString(self.PYTHON, translate("SetupAlgorithm", "QGIS's Python")))
        self.addOutput(QgsProcessingOutputString(self.FOLDER, translate("SetupAlgorithm", "Folder")))
        self.addOutput(QgsProcessingOutputBoolean(self.CHANGED, translate("SetupAlgorithm", "Something was installed")))

    def qgis_python(self, feedback):
        python = self.run_core(qgis_python)
        feedback.pushInfo(translate("SetupAlgorithm", "QGIS's Python: {} ({})").format(python, sys.version.split()[0]))
        return python


class InstallDependenciesAlgorithm(SetupAlgorithm):
    BUILD = "BUILD"
    DASK = "DASK"

    def name(self):
        return "installdependencies"

    def displayName(self):
        return self.tr("Install dependencies")

    def shortHelpString(self):
        return self.tr(
            "Installs onnxruntime (Segment) and shapely 2 (Outlines, Outline change) for QGIS's own Python, with "
            "pip, into the folder glacier_mapper_packages of your QGIS profile: no administrator rights, nothing "
            "written to the system's Python. Versions are pinned to ones that work with the numpy QGIS already "
            "has, and numpy itself is never installed. A second run finds them and does nothing.\n\n"
            "The GPU build (onnxruntime-gpu) is chosen automatically where an NVIDIA driver is present; it "
            "needs CUDA 12 and cuDNN 9 and otherwise runs on the CPU. Cancelling stops pip.\n\n"
            "'Also install Dask' adds dask and distributed (about 10 MB), with which 'Map scenes' maps several "
            "scenes at once in worker processes; without them it maps one scene after another.")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(self.BUILD, self.tr("onnxruntime build"), defaultValue=0,
                                                     options=enum_options(BUILD_CHOICES, self.tr)))
        self.addParameter(QgsProcessingParameterBoolean(
            self.DASK, self.tr("Also install Dask (Map scenes on several worker processes)"), defaultValue=False))
        self.add_index_parameter()

    def processAlgorithm(self, parameters, context, feedback):
        build = self.run_core(choose_build, enum_key(self, parameters, self.BUILD, context, BUILD_CHOICES))
        folder = packages_dir(profile_dir())
        python = self.qgis_python(feedback)
        extras = DASK_PACKAGES if self.parameterAsBool(parameters, self.DASK, context) else ()
        feedback.pushInfo(self.tr("Installing {} and shapely into {}").format(build, folder))
        if extras:
            feedback.pushInfo(self.tr("With Dask for Map scenes: {}").format(", ".join(extras)))
        result = self.run_core(install_dependencies, python, folder, build, on_line=feedback.pushConsoleInfo,
                               is_cancelled=feedback.isCanceled,
                               index_url=self.parameterAsString(parameters, self.INDEX_URL, context) or None,
                               extras=extras)
        if result.removed:
            feedback.pushInfo(self.tr("Removed {} (the other onnxruntime build)").format(", ".join(result.removed)))
        if result.installed:
            feedback.pushInfo(self.tr("Installed in {:.1f} s: {}").format(result.seconds,
                                                                         ", ".join(result.installed)))
        else:
            feedback.pushInfo(self.tr("Nothing to do: already installed: {}").format(", ".join(result.already)))
        # only a package installed now that this session had imported already needs a restart
        installed = {item.split("==")[0].replace("onnxruntime-gpu", "onnxruntime") for item in result.installed}
        loaded_before = [name for name in (*PACKAGES, *extras) if name in sys.modules and name in installed]
        activate(folder)
        missing = missing_packages(*PACKAGES, *extras)
        if missing:
            self.warn(feedback, self.tr("Still not importable in this session: {}. Restart QGIS.").format(
                ", ".join(missing)))
        elif loaded_before:
            self.warn(feedback, self.tr("Restart QGIS to use the new versions: {} was already loaded.").format(
                ", ".join(loaded_before)))
        else:
            ort = optional_module("onnxruntime")
            feedback.pushInfo(self.tr("Ready: onnxruntime {} ({}), shapely {}").format(
                ort.__version__, ", ".join(ort.get_available_providers()), optional_module("shapely").__version__))
            if extras:
                feedback.pushInfo(self.tr("Ready: dask {}").format(optional_module("dask").__version__))
        return {self.PYTHON: python, self.FOLDER: folder, self.CHANGED: bool(result.installed)}


class SetupTrainerAlgorithm(SetupAlgorithm):
    BUILD = "BUILD"

    def name(self):
        return "setuptrainer"

    def displayName(self):
        return self.tr("Set up the trainer")

    def shortHelpString(self):
        return self.tr(
            "Creates the trainer's own Python environment (a venv with torch, onnx and numpy 2, from the "
            "plugin's pinned models/trainer/requirements.txt) in the folder glacier_mapper_trainer of your QGIS "
            "profile. 'Train model' finds it there without any setting. It downloads about 1 GB (torch) and "
            "takes minutes; a second run with the same options does nothing. Cancelling stops pip; running it "
            "again completes the environment.\n\n"
            "Torch build: CPU (the default; from PyTorch's CPU wheel index), CUDA (NVIDIA GPUs, several GB), or "
            "as your package index serves it (behind a mirror, with the package index URL).")

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterEnum(self.BUILD, self.tr("Torch build"), defaultValue=0,
                                                     options=enum_options(TORCH_BUILD_CHOICES, self.tr)))
        self.add_index_parameter()

    def processAlgorithm(self, parameters, context, feedback):
        build = enum_key(self, parameters, self.BUILD, context, TORCH_BUILD_CHOICES)
        folder = trainer_venv_dir(profile_dir())
        python = self.qgis_python(feedback)
        feedback.pushInfo(self.tr("Trainer environment: {}").format(folder))
        result = self.run_core(setup_trainer, python, folder, build,
                               self.parameterAsString(parameters, self.INDEX_URL, context) or None,
                               on_line=feedback.pushConsoleInfo, is_cancelled=feedback.isCanceled)
        if result.changed:
            feedback.pushInfo(self.tr("Trainer environment ready in {:.0f} s: {}").format(result.seconds,
                                                                                          result.python))
        else:
            feedback.pushInfo(self.tr("Nothing to do: the trainer environment is already set up: {}").format(
                result.python))
        return {self.PYTHON: result.python, self.FOLDER: folder, self.CHANGED: result.changed}
