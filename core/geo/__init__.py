"""Geometry on the ellipsoid: pixel sizes and areas in metres, rasterizing polygons, polygon repair."""
