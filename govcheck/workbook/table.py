"""The one table that says which part of a goal document lives on which sheet and column.

Export, import and the position map all read it. Each list of items gets a sheet (one row
per item); the `document`, `risk_tolerance` and `budget.currency` values go on the first
sheet, one row per field. Columns and their kinds come from the format-2 JSON Schema, so a
key added to the schema gets a column without a change here (its header is the key itself
until LABELS names it).
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from ..resources import resource_dir

LANGS = ("nb", "nn", "en")


@dataclass(frozen=True)
class SheetSpec:
    key: str  # stable name, also used in messages
    names: tuple  # (nb, nn, en)
    path: tuple  # the list, "*" for list items
    schema: str  # $defs entry of one item
    link: str = ""  # label key of the column naming the parent item
    children: tuple = ()  # keys of the item held on other sheets
    nested: tuple = ()  # keys of the item whose object spreads over several columns


# Sheet order is the workbook's order; parents come before their children.
SHEETS: tuple[SheetSpec, ...] = (
    SheetSpec("signatories", ("Signaturer", "Signaturar", "Signatories"),
              ("document", "signatories", "*"), "v2Signatory"),
    SheetSpec("attachments", ("Vedlegg", "Vedlegg", "Attachments"),
              ("document", "attachments", "*"), "v2Attachment"),
    SheetSpec("strategic_goals", ("Strategi", "Strategi", "Strategy"),
              ("strategy", "strategic_goals", "*"), "v2StrategicGoal"),
    SheetSpec("goals", ("Mål", "Mål", "Goals"), ("goals", "*"), "v2Goal",
              children=("indicators",)),
    SheetSpec("indicators", ("Styringsparametere", "Styringsparametrar", "Indicators"),
              ("goals", "*", "indicators", "*"), "v2Indicator", link="goal",
              children=("targets", "actuals", "corrective_actions"), nested=("baseline",)),
    SheetSpec("targets", ("Resultatkrav", "Resultatkrav", "Targets"),
              ("goals", "*", "indicators", "*", "targets", "*"), "v2Target",
              link="indicator"),
    SheetSpec("actuals", ("Resultatliste", "Resultatliste", "Results list"),
              ("goals", "*", "indicators", "*", "actuals", "*"), "v2Actual",
              link="indicator"),
    SheetSpec("corrective_actions", ("Korrigerende tiltak", "Korrigerande tiltak",
                                     "Corrective actions"),
              ("goals", "*", "indicators", "*", "corrective_actions", "*"),
              "v2CorrectiveAction", link="indicator"),
    SheetSpec("assignments", ("Oppdrag", "Oppdrag", "Assignments"), ("assignments", "*"),
              "v2Assignment"),
    SheetSpec("risks", ("Risikoer", "Risikoar", "Risks"), ("risks", "*"), "v2Risk",
              children=("measures",), nested=("residual",)),
    SheetSpec("measures", ("Risikotiltak", "Risikotiltak", "Risk measures"),
              ("risks", "*", "measures", "*"), "v2RiskMeasure", link="risk"),
    SheetSpec("internal_control", ("Internkontroll", "Internkontroll", "Internal control"),
              ("internal_control", "*"), "v2InternalControl"),
    SheetSpec("user_participation", ("Brukermedvirkning", "Brukarmedverknad",
                                     "User participation"),
              ("user_participation", "*"), "v2UserParticipation"),
    SheetSpec("budget_lines", ("Budsjett", "Budsjett", "Budget"), ("budget", "lines", "*"),
              "v2BudgetLine"),
    SheetSpec("budget_basis", ("Budsjettgrunnlag", "Budsjettgrunnlag", "Budget basis"),
              ("budget", "basis", "*"), "v2BudgetBasis"),
    SheetSpec("authorisations", ("Fullmakter", "Fullmakter", "Authorisations"),
              ("budget", "authorisations", "*"), "v2Authorisation"),
    SheetSpec("spending", ("Forbruk", "Forbruk", "Spending"), ("budget", "spending", "*"),
              "v2Spending"),
    SheetSpec("reporting", ("Rapportering", "Rapportering", "Reporting"), ("reporting", "*"),
              "v2Reporting"),
    SheetSpec("dialogue", ("Styringskalender", "Styringskalender", "Governance calendar"),
              ("dialogue", "*"), "v2DialogueEvent"),
    SheetSpec("government_requirements", ("Fellesføringer", "Fellesføringar",
                                          "Government requirements"),
              ("government_requirements", "*"), "v2GovernmentRequirement"),
    SheetSpec("audit_follow_up", ("Riksrevisjonen", "Riksrevisjonen", "Audit follow-up"),
              ("audit_follow_up", "*"), "v2AuditFollowUp"),
    SheetSpec("evaluations", ("Evalueringer", "Evalueringar", "Evaluations"),
              ("evaluations", "*"), "v2Evaluation"),
    SheetSpec("instructions", ("Instrukser", "Instruksar", "Instructions"),
              ("instructions", "*"), "v2Instruction"),
    SheetSpec("legal_basis", ("Hjemmel", "Heimel", "Legal basis"), ("legal_basis", "*"),
              "v2LegalBasis"),
    SheetSpec("waivers", ("Unntak", "Unntak", "Waivers"), ("waivers", "*"), "waiver"),
)

FIELDS_SHEET = ("Dokument", "Dokument", "Document")
RESULTS_SHEET = ("Resultater", "Resultat", "Results")  # the scorecard: periods across
RESULTS_AFTER = "targets"  # the scorecard sheet comes right after this one

# Rows of the first sheet: (path, label key). Lists of items in `document` have sheets.
FIELD_PARTS = (("document", "v2Document", ("signatories", "attachments")),
               ("risk_tolerance", "v2RiskTolerance", ()))
EXTRA_FIELDS = ((("budget", "currency"), "currency"),)
# Parts that are objects (not lists): a value other than an object goes on the first sheet.
OBJECT_PARTS = ("document", "strategy", "risk_tolerance", "budget")

LABELS: dict[str, tuple[str, str, str]] = {
    "govcheck": ("Formatversjon", "Formatversjon", "Format version"),
    "id": ("Id", "Id", "Id"), "type": ("Dokumenttype", "Dokumenttype", "Document type"),
    "title": ("Tittel", "Tittel", "Title"), "year": ("Budsjettår", "Budsjettår", "Budget year"),
    "issuer": ("Avsender", "Avsendar", "Issuer"), "recipient": ("Mottaker", "Mottakar",
                                                                 "Recipient"),
    "date": ("Dato", "Dato", "Date"), "reference": ("Referanse", "Referanse", "Reference"),
    "case_officer": ("Saksbehandler", "Saksbehandlar", "Case officer"),
    "language": ("Språk", "Språk", "Language"),
    "parent": ("Overordnet", "Overordna", "Parent"), "amends": ("Endrer", "Endrar", "Amends"),
    "previous": ("Fjorårets dokument", "Fjorårets dokument", "Previous document"),
    "copy_to": ("Kopi til", "Kopi til", "Copy to"), "sources": ("Kilder", "Kjelder", "Sources"),
    "not_retrieved": ("Ikke hentet", "Ikkje henta", "Not retrieved"),
    "name": ("Navn", "Namn", "Name"), "on_behalf": ("Etter fullmakt", "Etter fullmakt",
                                                     "On behalf"),
    "number": ("Nummer", "Nummer", "Number"), "retrieved": ("Hentet", "Henta", "Retrieved"),
    "focus_areas": ("Satsingsområder", "Satsingsområde", "Focus areas"),
    "level": ("Nivå", "Nivå", "Level"), "kind": ("Type", "Type", "Kind"),
    "contributes_to": ("Bidrar til", "Bidreg til", "Contributes to"),
    "chain": ("Resultatkjede", "Resultatkjede", "Results chain"),
    "perspective": ("Perspektiv", "Perspektiv", "Perspective"),
    "strategy": ("Strategi", "Strategi", "Strategy"), "owner": ("Ansvarlig", "Ansvarleg",
                                                               "Owner"),
    "valid_from": ("Gjelder fra", "Gjeld frå", "Valid from"),
    "valid_to": ("Gjelder til", "Gjeld til", "Valid to"),
    "description": ("Beskrivelse", "Skildring", "Description"),
    "goal": ("Mål", "Mål", "Goal"), "indicator": ("Styringsparameter", "Styringsparameter",
                                                  "Indicator"),
    "unit": ("Enhet", "Eining", "Unit"), "unit_text": ("Enhet i teksten", "Eining i teksten",
                                                       "Unit as written"),
    "direction": ("Retning", "Retning", "Direction"),
    "baseline.value": ("Utgangsverdi", "Utgangsverdi", "Baseline"),
    "baseline.period": ("Utgangsverdi periode", "Utgangsverdi periode", "Baseline period"),
    "frequency": ("Hyppighet", "Hyppigheit", "Frequency"), "source": ("Kilde", "Kjelde",
                                                                     "Source"),
    "method": ("Metode", "Metode", "Method"), "quality": ("Kvalitet", "Kvalitet", "Quality"),
    "term": ("Begrep", "Omgrep", "Term"), "value": ("Verdi", "Verdi", "Value"),
    "period": ("Periode", "Periode", "Period"), "deadline": ("Frist", "Frist", "Deadline"),
    "comment": ("Kommentar", "Kommentar", "Comment"),
    "deliverable": ("Leveranse", "Leveranse", "Deliverable"),
    "status": ("Status", "Status", "Status"), "legal_basis": ("Hjemmel", "Heimel",
                                                             "Legal basis"),
    "risk": ("Risiko", "Risiko", "Risk"), "goals": ("Mål", "Mål", "Goals"),
    "objective_category": ("Gjelder", "Gjeld", "Objective category"),
    "likelihood": ("Sannsynlighet", "Sannsyn", "Likelihood"),
    "consequence": ("Konsekvens", "Konsekvens", "Consequence"),
    "residual.likelihood": ("Restrisiko sannsynlighet", "Restrisiko sannsyn",
                            "Residual likelihood"),
    "residual.consequence": ("Restrisiko konsekvens", "Restrisiko konsekvens",
                             "Residual consequence"),
    "treatment": ("Håndtering", "Handtering", "Treatment"),
    "controls": ("Kontrolltiltak", "Kontrolltiltak", "Controls"),
    "risks": ("Risikoer", "Risikoar", "Risks"), "evidence": ("Dokumentasjon", "Dokumentasjon",
                                                           "Evidence"),
    "phases": ("Faser", "Fasar", "Phases"), "chapter": ("Kap.", "Kap.", "Chapter"),
    "post": ("Post", "Post", "Post"), "amount": ("Beløp", "Beløp", "Amount"),
    "annotations": ("Stikkord", "Stikkord", "Annotations"),
    "lines": ("Bevilgninger", "Løyvingar", "Budget lines"),
    "basis": ("Budsjettgrunnlag", "Budsjettgrunnlag", "Budget basis"),
    "line": ("Bevilgning", "Løyving", "Budget line"),
    "indicators": ("Styringsparametere", "Styringsparametrar", "Indicators"),
    "assignments": ("Oppdrag", "Oppdrag", "Assignments"),
    "government_requirements": ("Fellesføringer", "Fellesføringar",
                                "Government requirements"),
    "agenda": ("Saker", "Saker", "Agenda"), "minutes_kept": ("Referat", "Referat",
                                                            "Minutes kept"),
    "act": ("Lov", "Lov", "Act"), "section": ("Paragraf", "Paragraf", "Section"),
    "rule": ("Regel", "Regel", "Rule"), "target": ("Gjelder", "Gjeld", "Target"),
    "justification": ("Begrunnelse", "Grunngiving", "Justification"),
    "approved_by": ("Godkjent av", "Godkjend av", "Approved by"),
    "expires": ("Utløper", "Går ut", "Expires"),
    "max_score": ("Risikotoleranse (høyeste risikonivå)", "Risikotoleranse (høgaste risikonivå)",
                  "Risk tolerance (highest risk score)"),
    "agreed_with": ("Toleranse avtalt med", "Toleranse avtalt med", "Tolerance agreed with"),
    "agreed_on": ("Toleranse avtalt dato", "Toleranse avtalt dato", "Tolerance agreed on"),
    "currency": ("Valuta", "Valuta", "Currency"),
    "field": ("Felt", "Felt", "Field"),
    "results_name": ("Navn (kun til lesing)", "Namn (berre til lesing)", "Name (read only)"),
}
# risk_tolerance's description shares the sheet with the document's: its own label
FIELD_LABELS = {("risk_tolerance", "description"): ("Toleranse beskrivelse",
                                                    "Toleranse skildring",
                                                    "Tolerance description")}


def label(key: str, lang: str) -> str:
    names = LABELS.get(key)
    return names[LANGS.index(lang)] if names else key


def sheet_name(names: tuple, lang: str) -> str:
    return names[LANGS.index(lang)]


@dataclass(frozen=True)
class Column:
    key: tuple  # path inside the item: ("unit",) or ("baseline", "value")
    kind: str  # text, int, number, amount, bool, date, enum, ids, texts
    enum: tuple = ()
    scalar_ok: bool = False  # a list column whose value may also be one text


@functools.lru_cache(maxsize=1)
def _defs() -> dict:
    with open(resource_dir("schemas") / "goal-document.schema.json", encoding="utf-8") as handle:
        return json.load(handle)["$defs"]


def _resolve(prop: dict) -> tuple[str, dict]:
    name = ""
    while "$ref" in prop:
        name = prop["$ref"].rsplit("/", 1)[-1]
        prop = _defs()[name]
    return name, prop


def _kind(prop: dict) -> Column | str:
    """The column kind of one schema property (a Column without its key)."""
    name, prop = _resolve(prop)
    types = prop.get("type", [])
    types = [types] if isinstance(types, str) else types
    enum = tuple(v for v in prop.get("enum", ()) if v is not None)
    if name in ("v2Date", "isoDate"):
        return Column((), "date")
    if "array" in types:
        _, item = _resolve(prop.get("items", {}))
        scalar = "string" in types
        if item.get("type") == "string" and not item.get("pattern") and not item.get("enum"):
            return Column((), "texts", scalar_ok=scalar)
        return Column((), "ids", tuple(v for v in item.get("enum", ()) if v is not None),
                      scalar_ok=scalar)
    if enum:
        return Column((), "enum", enum)
    if "boolean" in types:
        return Column((), "bool")
    if name in ("v2Amount", "v2AmountChange", "amount"):
        return Column((), "amount")
    if "integer" in types and "string" not in types:
        return Column((), "int")
    if "number" in types:
        return Column((), "number")
    return Column((), "text")


@functools.cache
def columns(schema: str, skip: tuple = (), nested: tuple = ()) -> tuple[Column, ...]:
    """The columns of one item kind, in the schema's order; objects in `nested` spread
    over one column per property; keys in `skip` live on other sheets."""
    found = []
    for key, prop in _defs()[schema].get("properties", {}).items():
        if key in skip:
            continue
        if key in nested:
            for sub, sub_prop in _resolve(prop)[1].get("properties", {}).items():
                kind = _kind(sub_prop)
                found.append(Column((key, sub), kind.kind, kind.enum, kind.scalar_ok))
            continue
        kind = _kind(prop)
        found.append(Column((key,), kind.kind, kind.enum, kind.scalar_ok))
    return tuple(found)


def sheet_columns(spec: SheetSpec) -> tuple[Column, ...]:
    return columns(spec.schema, spec.children, spec.nested)


# Headers written before docs/terminology.md settled the terms: still read, never written.
FORMER_LABELS: dict[str, tuple[str, ...]] = {
    "chain": ("Virkningskjede", "Verknadskjede"),
    "baseline.value": ("Utgangspunkt",), "baseline.period": ("Utgangspunkt periode",),
    "max_score": ("Risikotoleranse (maks. score)", "Risikotoleranse (maks. skår)"),
}


def column_label(column: Column, lang: str, part: str = "") -> str:
    names = FIELD_LABELS.get((part, column.key[-1])) if part else None
    return names[LANGS.index(lang)] if names else label(".".join(column.key), lang)


def field_rows() -> tuple[tuple[tuple, Column, tuple], ...]:
    """The first sheet's rows: (path, column, label names in nb, nn, en)."""
    rows = [(("govcheck",), Column((), "int"), LABELS["govcheck"])]
    for part, schema, skip in FIELD_PARTS:
        for column in columns(schema, skip):
            names = FIELD_LABELS.get((part, column.key[-1])) or LABELS.get(
                column.key[-1], (column.key[-1],) * 3)
            rows.append(((part,) + column.key, column, names))
    for path, key in EXTRA_FIELDS:
        _, prop = _resolve(_defs()["v2Budget"]["properties"][key])
        rows.append((path, Column((), "enum", tuple(v for v in prop["enum"] if v)),
                     LABELS[key]))
    return tuple(rows)


def spec(key: str) -> SheetSpec:
    return next(s for s in SHEETS if s.key == key)


def parent_spec(child: SheetSpec) -> SheetSpec | None:
    """The sheet of the item that holds this sheet's list, when that item has a sheet."""
    prefix = child.path[:-2]
    return next((s for s in SHEETS if s.path == prefix), None)
