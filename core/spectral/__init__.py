"""Spectral methods: NDSI/NDWI/MNDWI indices, fixed and automatic thresholds, glacier and lake masks,
and the mask filters (median, sieve)."""
