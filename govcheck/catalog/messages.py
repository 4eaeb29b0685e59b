"""Fill a rule's message template from a fact: `{name}`, `{name:terms}`, `{name:percent}`."""

from __future__ import annotations

import re

from ..terms import term

PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*)(?::(terms|percent))?\}")


def _plain(value) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.2f}".rstrip("0").rstrip(".") if value != int(value) else str(int(value))
    return str(value)


def _one(value, style: str | None, lang: str) -> str:
    if style == "terms":
        return term(str(value), lang)
    if style == "percent" and isinstance(value, (int, float)):
        return f"{value * 100:.1f}".rstrip("0").rstrip(".") + " %"
    return _plain(value)


def render(template: str, values: dict, lang: str) -> str:
    def fill(match):
        name, style = match.groups()
        # a value the fact does not carry is one the document does not state
        value = values.get(name, "not stated" if lang == "en" else "ikke oppgitt")
        if isinstance(value, list):
            return ", ".join(_one(v, style, lang) for v in value)
        return _one(value, style, lang)

    return PLACEHOLDER.sub(fill, template)


def placeholders(template: str) -> set[str]:
    return {match.group(1) for match in PLACEHOLDER.finditer(template)}
