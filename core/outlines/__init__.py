"""Outlines: masks to inventory polygons with attributes, zonal statistics, and change between dates."""
