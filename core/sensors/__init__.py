"""Sensors and scenes: the band table, reflectance scaling, Landsat MTL files, acquisition dates,
band-file stacking and the scene input every imagery function takes."""
