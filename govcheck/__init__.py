"""govcheck: check steering documents against management by objectives and results."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("govcheck")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0+source"
