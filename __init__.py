"""Glacier Mapper: QGIS plugin entry point."""


def classFactory(iface):
    # The packages 'Install dependencies' put in the profile must win the import of onnxruntime and shapely,
    # in the desktop and in qgis_process alike: put their folder on sys.path before anything imports them.
    from qgis.core import QgsApplication

    from .core.environment.dependencies import activate, packages_dir
    activate(packages_dir(QgsApplication.qgisSettingsDirPath()))
    from .plugin import GlacierMapperPlugin
    return GlacierMapperPlugin(iface)
