"""Satellite products as users download them: Landsat Collection 2 folders and .tar archives, HLS band files,
Sentinel-2 SAFE folders and .zip archives, STAC items. ``open_product`` finds the kind, the constructors read
the band files, scaling, quality bands, date and sun position, and ``prepare_scene`` writes one raster."""
