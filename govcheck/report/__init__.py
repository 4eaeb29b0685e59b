"""Reporters: they format results and compute nothing a checker test would need."""
