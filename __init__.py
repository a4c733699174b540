"""Glacier Mapper: QGIS plugin entry point."""


def classFactory(iface):
    from .plugin import GlacierMapperPlugin
    return GlacierMapperPlugin(iface)
