"""The Python environment the plugin runs in: QGIS's own interpreter, the GPU and its driver, installing the
optional packages into the profile, and running pip with its output streamed and cancel honoured."""
