"""Glacier Mapper's trainer: U-Net / attention U-Net on exported chips, ONNX export with a model card.

Runs in its own environment (torch) as ``python -m trainer train ...`` with ``models/`` on PYTHONPATH; the
plugin never imports it. Importing this package loads nothing heavy.
"""
