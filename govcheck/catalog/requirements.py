"""rules/requirements.yaml → the requirement register; citations rendered from it.

A rule names the requirement ids it checks; what users see («Hjemmel: …», «Kilde: …») is
built here, so the wording of a source and the strength of our knowledge of it are stated
once, in the register, and never more strongly than the register says.
"""

from __future__ import annotations

from pathlib import Path

from govcheck.i18n import N_, NP_, Texts

from ..document.loader import LoadError, load_yaml
from ..terms import listing
from .rule_text import RULE_TEXT

REGISTER_FILE = "requirements.yaml"
BINDING = ("law", "regulation", "provisions")
KINDS = BINDING + ("guidance", "study", "practice", "govcheck")
STATUSES = ("wording_read", "section_from_secondary", "unconfirmed")

_WORDS = Texts({
    "binding": N_("Legal basis"),
    "source": N_("Source"),
    "point": NP_("_WORDS.point", "point"),
    "chapter": N_("chapter"),
    "edition": N_("edition"),
    "no_edition": N_("edition not recorded"),
    "section_from_secondary": N_("wording not read, only cited by {basis}"),
    "section_from_secondary_alone": N_("wording not read"),
    "unconfirmed": N_("not checked against the original"),
    "unnumbered": N_("number unconfirmed"),
    "reference_unconfirmed": N_("section unconfirmed"),
})


class RegisterError(LoadError):
    TEXT = RULE_TEXT


def words(lang: str) -> dict:
    return _WORDS.get(lang, _WORDS["en"])


def text_in(text: dict, lang: str) -> str:
    """A {nb, nn, en} text in `lang`; nynorsk falls back to bokmål while a text lacks it."""
    if lang in text:
        return text[lang]
    return text["nb"] if lang == "nn" else text["en"]


def read_register(rules_dir: str) -> dict:
    """{'instruments': {...}, 'requirements': {id: entry}} from `rules_dir`, checked."""
    from .catalog import _schema_error  # the catalog's schema check, same message form

    file = str(Path(rules_dir) / REGISTER_FILE)
    document = load_yaml(file)
    _schema_error(document, "requirements.schema.json", "schema_register")
    instruments = document.data["instruments"]
    requirements = {}
    for index, entry in enumerate(document.data["requirements"]):
        def fail(key, text_key, index=index, **values):
            line, column = document.locate(("requirements", index, key))
            raise RegisterError.of(file, line, column, text_key, **values)

        if entry["id"] in requirements:
            fail("id", "requirement_twice", id=entry["id"])
        for key in [entry["instrument"]] + entry["basis"]:
            if key not in instruments:
                fail("instrument", "unknown_instrument", key=repr(key))
        requirements[entry["id"]] = entry
    return {"instruments": instruments, "requirements": requirements}


def resolve(register: dict, ids: list) -> list[dict]:
    """The cited requirements as self-contained entries (kept in the rule's cached form)."""
    instruments = register["instruments"]
    entries = []
    for requirement_id in ids:
        entry = register["requirements"][requirement_id]
        instrument = instruments[entry["instrument"]]
        entries.append({
            "id": requirement_id, "instrument": entry["instrument"],
            "kind": instrument["kind"], "name": instrument["name"], "unit": instrument["unit"],
            "section": entry["section"], "status": entry["status"],
            "edition": instrument["edition"], "url": instrument.get("url", ""),
            "basis": [instruments[key]["name"] for key in entry["basis"]
                      if key != entry["instrument"]],
        })
    return entries


def is_structured(citation: dict) -> bool:
    return "requirements" in citation


def kinds(citation: dict) -> list[str]:
    return [entry["kind"] for entry in citation.get("entries", [])]


def _place(entry: dict, lang: str) -> str:
    section = entry["section"]
    if isinstance(section, dict):
        section = text_in(section, lang)
    if not section:
        return ""
    unit = entry["unit"]
    if unit == "paragraph":
        return f"§ {section}"
    if unit in ("point", "chapter"):
        return f"{words(lang)[unit]} {section}"
    return section


def _status(entry: dict, lang: str) -> str:
    w = words(lang)
    status = entry["status"]
    if status == "wording_read":
        return ""
    if status == "section_from_secondary":
        basis = "; ".join(text_in(name, lang) for name in entry["basis"])
        return (w["section_from_secondary"].format(basis=basis) if basis
                else w["section_from_secondary_alone"])
    return w["unconfirmed"]


def _items(entries: list, lang: str) -> list[dict]:
    """One item per instrument and status: «Name § 4 og § 14 (utgave …; status)»."""
    w = words(lang)
    groups: dict[tuple, dict] = {}
    for entry in entries:
        key = (entry["instrument"], entry["status"])
        group = groups.setdefault(key, {"entry": entry, "places": []})
        place = _place(entry, lang)
        if place and place not in group["places"]:
            group["places"].append(place)
    items = []
    for group in groups.values():
        entry = group["entry"]
        name = text_in(entry["name"], lang)
        places = listing(group["places"], lang)
        if places:
            name += ("" if entry["unit"] != "none" else ",") + " " + places
        notes = [] if entry["kind"] == "govcheck" else [
            f"{w['edition']} {entry['edition']}" if entry["edition"] else w["no_edition"]]
        if _status(entry, lang):
            notes.append(_status(entry, lang))
        text = f"{name} ({'; '.join(notes)})" if notes else name
        items.append({"text": text, "url": entry["url"],
                      "binding": entry["kind"] in BINDING})
    return items


def citation_groups(citation: dict, lang: str) -> list[dict]:
    """[{label, items: [{text, url}]}]: binding sources under «Hjemmel», the rest «Kilde»."""
    w = words(lang)
    if not is_structured(citation):
        return [{"label": w["source"], "items": [{"text": _legacy_text(citation, lang),
                                                   "url": citation.get("url", "")}]}]
    items = _items(citation["entries"], lang)
    groups = []
    for binding, label in ((True, w["binding"]), (False, w["source"])):
        chosen = [item for item in items if item["binding"] == binding]
        if chosen:
            groups.append({"label": label, "items": chosen})
    return groups


def citation_text(citation: dict, lang: str) -> str:
    """«Hjemmel: … Kilde: …» as one line of text."""
    return " ".join(f"{group['label']}: " + "; ".join(item["text"] for item in group["items"])
                    + "." for group in citation_groups(citation, lang))


def citation_urls(citation: dict) -> list[str]:
    if not is_structured(citation):
        return [citation["url"]] if citation.get("url") else []
    return list(dict.fromkeys(e["url"] for e in citation["entries"] if e["url"]))


def _legacy_text(cite: dict, lang: str) -> str:
    """A rule from a user's rule directory with a free-text citation (format of catalog v1)."""
    text = cite["instrument"] + (f", {cite['section']}" if cite["section"] else "")
    text += f" ({cite['edition']})"
    if not cite["confirmed"]:
        text += " — " + words(lang)["reference_unconfirmed"]
    return "; ".join([text] + list(cite.get("also", [])))
