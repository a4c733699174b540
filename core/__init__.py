"""Glacier Mapper engine: numpy, GDAL and shapely only; never QGIS or Qt."""
