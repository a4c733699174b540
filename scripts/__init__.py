"""Developer and CI tools (the demo, the packager, qgis_process helpers, the sample-scene command line and the
model build); the plugin never imports them and the zip of ``make package`` leaves them out."""
