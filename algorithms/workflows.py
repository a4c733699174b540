"""Graphical models shipped in resources/models, offered in the toolbox with stable ids."""
import glob
import os

from qgis.core import QgsProcessingException, QgsProcessingModelAlgorithm
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.paths import GRAPHICAL_MODELS_DIR
from .output_guard import output_problem

# The models' titles for the translation tools (the .model3 files hold them in English); a test checks the list.
TITLES = (QT_TRANSLATE_NOOP("WorkflowModel", "Map glaciers and lakes"),)


class WorkflowModel(QgsProcessingModelAlgorithm):
    """A .model3 file whose id is its file name (``glaciermapper:map_glaciers_and_lakes``), not its title."""

    def __init__(self, path):
        super().__init__()
        self.path = path
        self.fromFile(path)

    def name(self):
        return os.path.splitext(os.path.basename(self.path))[0]

    def displayName(self):
        return QCoreApplication.translate("WorkflowModel", super().displayName())

    def shortHelpString(self):
        # QGIS 3.22 runs graphical models on its main thread (models carry FlagNoThreading)
        note = QCoreApplication.translate(
            "WorkflowModel", "This workflow runs on QGIS's main thread, as QGIS 3.22 runs every model: the window "
            "does not respond between progress updates while it runs. Cancel stops the step that is running and "
            "the steps after it.")
        own = super().shortHelpString() or ""
        return f"{own}\n\n{note}" if own else note

    def group(self):
        return QCoreApplication.translate("WorkflowModel", "Workflows")

    def groupId(self):
        return "workflows"

    def createInstance(self):
        return WorkflowModel(self.path)

    def prepareAlgorithm(self, parameters, context, feedback):
        # each step checks its own paths; this catches a model output over a model input another step reads
        problem = output_problem(self, parameters, context)
        if problem:
            raise QgsProcessingException(problem)
        return super().prepareAlgorithm(parameters, context, feedback)


def workflow_models():
    return [WorkflowModel(path) for path in sorted(glob.glob(os.path.join(GRAPHICAL_MODELS_DIR, "*.model3")))]
