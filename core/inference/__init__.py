"""Deep-learning inference: the model card contract, the onnxruntime session, sliding-window tiling,
segmentation and the catalogue of bundled and user models."""
