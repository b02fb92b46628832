"""Gurukul: adaptive exam preparation."""

__version__ = "0.1.0"
