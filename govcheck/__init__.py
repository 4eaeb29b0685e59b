"""govcheck: check steering documents against management by objectives and results."""

__version__ = "0.1.0"
