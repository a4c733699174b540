"""Training data and training: chip export and its validation split, label layers, and the trainer
subprocess."""
