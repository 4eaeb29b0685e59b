"""A document's data as YAML text that govcheck's loader reads back to the same data."""

from __future__ import annotations

import yaml

from ..document.loader import _plain_scalar


class _Dumper(yaml.SafeDumper):
    pass


def _text(dumper, value: str):
    # quoted when YAML 1.1 or 1.2 could read the plain text as something else
    if _plain_scalar(value) != value or value != value.strip():
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style='"')
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)


def document_yaml(data: dict, source: str) -> str:
    header = (f"# Imported from {source} by `govcheck import`. A workbook keeps no YAML\n"
              "# comments: those of an earlier YAML version of this document are not here.\n")
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100,
                     default_flow_style=False)
    return header + body
