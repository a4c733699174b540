"""Headless QGIS through pytest-qgis, with the plugin registered through its real classFactory."""
import pytest


@pytest.fixture(scope="session")
def plugin(qgis_app, qgis_processing, qgis_iface):
    import glacier_mapper
    instance = glacier_mapper.classFactory(qgis_iface)
    instance.initProcessing()
    yield instance
    instance.unload()


@pytest.fixture()
def run(plugin):
    """processing.run with a feedback that records the log, returning (results, log text)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    class RecordingFeedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.lines = []
            self.progress_values = []
            self.progressChanged.connect(self.progress_values.append)

        def pushInfo(self, info):
            self.lines.append(info)
            super().pushInfo(info)

        def pushWarning(self, warning):
            self.lines.append("WARNING " + warning)
            super().pushWarning(warning)

        def reportError(self, error, fatalError=False):  # noqa: N803
            self.lines.append("ERROR " + error)
            super().reportError(error, fatalError)

    def _run(algorithm, parameters, feedback=None):
        feedback = feedback or RecordingFeedback()
        context = QgsProcessingContext()
        try:
            results = processing.run(algorithm, parameters, feedback=feedback, context=context)
        except QgsProcessingException as error:
            # processing.run's own message can be generic; what the user reads is in the log
            raise QgsProcessingException("\n".join([str(error)] + feedback.lines)) from None
        return results, "\n".join(feedback.lines)

    _run.Feedback = RecordingFeedback
    return _run
