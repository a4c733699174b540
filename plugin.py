"""The plugin object: it only adds and removes the Processing provider."""
from qgis.core import QgsApplication

from .algorithms.provider import GlacierMapperProvider


class GlacierMapperPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None

    def initProcessing(self):  # noqa: N802 (QGIS's name; also called by qgis_process)
        if self.provider is None:
            self.provider = GlacierMapperProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):  # noqa: N802
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
