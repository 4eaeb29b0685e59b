"""tests/test_schema_spec.py again, for format 2 (docs/goal-document.md)."""

import importlib.util
import sys
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "schema_spec_format_2", Path(__file__).with_name("test_schema_spec.py")
)
_module = importlib.util.module_from_spec(_spec)
_module.VERSION = 2
sys.modules[_spec.name] = _module  # dataclasses look their module up
_spec.loader.exec_module(_module)
globals().update({k: v for k, v in vars(_module).items() if k.startswith("test_")})
