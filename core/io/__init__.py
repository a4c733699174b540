"""Reading and writing: rasters block by block, vectors, and atomic outputs (write aside, then replace)."""
