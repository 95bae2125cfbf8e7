"""The three Korrektur services. None imports another; they share only ``contracts`` and ``joblog``."""
