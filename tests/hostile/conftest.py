"""Hostile-input tests run in headless QGIS like tests/qgis, with the plugin registered once per session."""
import pytest


@pytest.fixture(scope="session")
def provider(qgis_app, qgis_processing, qgis_iface):
    """The registered Glacier Mapper provider: the one tests/qgis registered, or one registered here."""
    from qgis.core import QgsApplication
    registry = QgsApplication.processingRegistry()
    instance = None
    if registry.providerById("glaciermapper") is None:
        import glacier_mapper
        instance = glacier_mapper.classFactory(qgis_iface)
        instance.initProcessing()
    yield registry.providerById("glaciermapper")
    if instance is not None:
        instance.unload()


@pytest.fixture()
def refusal(provider):
    """Run an algorithm with processing.run and return the message of the exception it must raise."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback, QgsProject

    class Recording(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []

        def reportError(self, error, fatalError=False):  # noqa: N803
            self.lines.append(error)
            super().reportError(error, fatalError)

    def _refusal(algorithm, parameters):
        feedback = Recording()
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())  # parameters may name project layers by id
        try:
            results = processing.run(algorithm, parameters, feedback=feedback, context=context)
        except QgsProcessingException as error:
            return "\n".join([str(error)] + feedback.lines)
        pytest.fail(f"{algorithm} ran instead of refusing: {results}")

    return _refusal


@pytest.fixture()
def run_ok(provider):
    """processing.run that must succeed: its results."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    def _run(algorithm, parameters):
        return processing.run(algorithm, parameters, feedback=QgsProcessingFeedback(), context=QgsProcessingContext())

    return _run
