"""Regions over decades: many scenes on Dask (runner), lake time series, a merged regional inventory, the CLI.

The top layer of core/: it uses every layer below it and none uses it. Importing this package loads nothing
heavy; the modules are imported where used.
"""
