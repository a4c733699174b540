"""The plugin object: it installs the translation, adds and removes the Processing provider, and offers the
installer when QGIS's Python lacks onnxruntime or shapely."""
import glob
import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .algorithms.provider import GlacierMapperProvider
from .core.optional import PACKAGES, missing_packages, package_names
from .core.paths import I18N_DIR

# QGIS's own locale names (its Options store zh-Hans, the name of its qgis_zh-Hans.qm) -> Qt's
LOCALE_ALIASES = {"zh_hans": "zh_CN", "zh_hant": "zh_TW", "zh_sg": "zh_CN", "zh_hk": "zh_TW"}
INSTALLER = "glaciermapper:installdependencies"


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


def plugin_locale(locale):
    """A QGIS or system locale name as the plugin's files are named: zh-Hans -> zh_CN, de-DE -> de_DE."""
    name = (locale or "").replace("-", "_").split(".")[0]
    return LOCALE_ALIASES.get(name.lower(), name)


def translation_file(locale, folder=None):
    """i18n/glacier_mapper_<locale>.qm for the full locale name (zh_CN), else its language (de for de_AT), else
    another country's file of that language (pt_PT for pt_BR); None if none."""
    folder = folder or I18N_DIR
    name = plugin_locale(locale)
    language = name.split("_")[0]
    for candidate in (name, language):
        path = os.path.join(folder, f"glacier_mapper_{candidate}.qm")
        if candidate and os.path.isfile(path):
            return path
    same_language = sorted(glob.glob(os.path.join(folder, f"glacier_mapper_{language}_*.qm"))) if language else []
    return same_language[0] if same_language else None


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
        self.offer_installer()

    def offer_installer(self):
        """In the desktop, a message bar with a button that opens 'Install dependencies' when packages lack."""
        missing = missing_packages(*PACKAGES)
        if not missing or self.iface is None:
            return None
        from qgis.core import Qgis
        from qgis.PyQt.QtWidgets import QPushButton
        bar = self.iface.messageBar()
        item = bar.createMessage("Glacier Mapper", QCoreApplication.translate(
            "GlacierMapperPlugin", "QGIS's Python lacks {}: Segment, Outlines and Outline change need them.").format(
            package_names(missing)))
        button = QPushButton(QCoreApplication.translate("GlacierMapperPlugin", "Install dependencies"), item)
        button.clicked.connect(self.open_installer)
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.Warning)
        self.installer_message = item
        return item

    @staticmethod
    def open_installer():
        import processing
        processing.execAlgorithmDialog(INSTALLER, {})

    def unload(self):
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None
