"""The plugin object: it installs the translation and adds and removes the Processing provider."""
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .algorithms.provider import GlacierMapperProvider
from .core.paths import I18N_DIR


def user_locale():
    """The locale QGIS shows its interface in: the one chosen in its options when overridden, else the system's."""
    application = QgsApplication.instance()
    loaded = application.translation() if isinstance(application, QgsApplication) else ""
    if loaded:  # what the QGIS desktop loaded, --lang included
        return loaded
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        chosen = settings.value("locale/userLocale", "", type=str)
        if chosen:
            return chosen
    return QLocale.system().name()


def translation_file(locale, folder=None):
    """i18n/glacier_mapper_<locale>.qm for the full locale name (zh_CN), else its language (zh); None if neither."""
    for name in (locale, locale.split("_")[0]):
        path = os.path.join(folder or I18N_DIR, f"glacier_mapper_{name}.qm")
        if name and os.path.isfile(path):
            return path
    return None


class GlacierMapperPlugin:
    def __init__(self, iface=None):
        self.iface = iface
        self.provider = None
        # Installed before the provider exists: parameter labels are translated when the algorithms are created.
        self.translator = None
        path = translation_file(user_locale())
        if path:
            translator = QTranslator()
            if translator.load(path):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self):
        if self.provider is None:
            self.provider = GlacierMapperProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self):
        self.initProcessing()

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
