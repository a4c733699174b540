"""The nodata values of the plugin's rasters: one definition each (standard library only).

The trainer imports this module from its own environment (models/trainer/plugin.py), so nothing here may
need numpy, GDAL or QGIS.
"""

# Byte masks (1 target, 0 not; class values 0-254 for models): nodata. Chips reuse it as the label of
# ignored pixels (core.training.chip_format.IGNORE_LABEL), which is why class values stop at 254.
MASK_NODATA = 255
# Float32 spectral indices such as NDSI: nodata, outside the index's range of -1 to 1.
INDEX_NODATA = -9999.0
