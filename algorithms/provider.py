"""The Glacier Mapper Processing provider: id 'glaciermapper', one algorithm per file in this folder."""

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..core.inference.catalog import forget_cards
from ..core.paths import ICON
from ..core.version import VERSION
from .assess_accuracy import AssessAccuracyAlgorithm
from .export_chips import ExportChipsAlgorithm
from .lake_time_series import LakeTimeSeriesAlgorithm
from .map_scenes import MapScenesAlgorithm
from .ndsi_glacier_mask import NdsiGlacierMaskAlgorithm
from .ndwi_lake_mask import NdwiLakeMaskAlgorithm
from .new_label_layer import NewLabelLayerAlgorithm
from .outline_change import OutlineChangeAlgorithm
from .outlines import OutlinesAlgorithm
from .prepare_scene import PrepareSceneAlgorithm
from .segment import SegmentAlgorithm
from .settings import add_settings, remove_settings
from .setup import InstallDependenciesAlgorithm, SetupTrainerAlgorithm
from .spectral_index import SpectralIndexAlgorithm
from .train_model import TrainModelAlgorithm
from .workflows import workflow_models

ALGORITHMS = [
    PrepareSceneAlgorithm,
    SpectralIndexAlgorithm,
    NdsiGlacierMaskAlgorithm,
    NdwiLakeMaskAlgorithm,
    SegmentAlgorithm,
    OutlinesAlgorithm,
    OutlineChangeAlgorithm,
    AssessAccuracyAlgorithm,
    ExportChipsAlgorithm,
    NewLabelLayerAlgorithm,
    TrainModelAlgorithm,
    InstallDependenciesAlgorithm,
    SetupTrainerAlgorithm,
    MapScenesAlgorithm,
    LakeTimeSeriesAlgorithm,
]


class GlacierMapperProvider(QgsProcessingProvider):
    def id(self):
        return "glaciermapper"

    def name(self):
        return "Glacier Mapper"

    def longName(self):
        return f"Glacier Mapper {VERSION}"

    def versionInfo(self):
        return VERSION

    def icon(self):
        return QIcon(ICON)

    def supportedOutputRasterLayerExtensions(self):
        # Outputs are tiled, compressed GeoTIFFs written block by block.
        return ["tif"]

    def defaultVectorFileExtension(self, hasGeometry=True):
        return "gpkg"

    def load(self):
        add_settings()
        self.workflows = []
        self.refreshAlgorithms()
        # a model's outputs come from its child algorithms, which resolve only once this provider is registered
        QgsApplication.processingRegistry().providerAdded.connect(self._reload_workflows)
        return True

    def _reload_workflows(self, provider_id):
        if provider_id == self.id():
            for workflow in self.workflows:
                workflow.fromFile(workflow.path)

    def unload(self):
        remove_settings()
        try:
            QgsApplication.processingRegistry().providerAdded.disconnect(self._reload_workflows)
        except TypeError:  # never connected
            pass

    def loadAlgorithms(self):
        forget_cards()  # a reload (Processing's refresh, a plugin reload) reads the model cards afresh
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
        self.workflows = workflow_models()
        for model in self.workflows:
            self.addAlgorithm(model)
