"""Generated goal documents: realistic letters of any size, with defects sprinkled in.

Used by the benchmark (timing over a corpus) and by tests that compare the engine
with an independent evaluator over many varied documents. Same seed, same corpus.
"""

from __future__ import annotations

import random

import yaml

TYPES = ("allocation_letter", "disposition_letter", "business_plan")
STAGES = ("input", "activity", "output", "outcome")
PERSPECTIVES = ("user", "production", "employee", "finance")
UNITS = ("percent", "count", "days", "nok", "ratio", "score")
DIRECTIONS = ("higher_is_better", "lower_is_better", "on_target")
FREQUENCIES = ("monthly", "tertial", "quarterly", "annual")
TOPICS = ("arbeid og aktivitet", "saksbehandlingstid", "brukertilfredshet", "sykefravær",
          "digitale tjenester", "kvalitet i vedtak", "ressursbruk", "kompetanse",
          "samarbeid med kommunene", "tilsyn og kontroll", "likebehandling",
          "informasjonssikkerhet")
VERBS = ("Økt", "Redusert", "Bedre", "Raskere", "Styrket", "Mer treffsikker")


def _maybe(rng: random.Random, chance: float) -> bool:
    return rng.random() < chance


def generate_document(rng: random.Random, index: int, goals: int | None = None,
                      defect_rate: float = 0.1) -> dict:
    """One goal document; `defect_rate` is the chance of each optional omission."""
    year = rng.choice(range(2013, 2027))
    kind = TYPES[index % 3]
    goal_total = goals or rng.randint(10, 150)
    top = max(1, min(goal_total, rng.randint(3, 10)))
    doc_id = f"GEN-{index:05d}"
    items: list[dict] = []
    for number in range(goal_total):
        level = 1 if number < top else rng.choice((2, 2, 3))
        goal = {
            "id": f"G{number}",
            "title": f"{rng.choice(VERBS)} {rng.choice(TOPICS)}",
            "level": level,
            "chain": rng.choice(STAGES[2:]) if level == 1 or _maybe(rng, 0.8)
            else rng.choice(STAGES[:2]),
        }
        if level > 1:
            candidates = [g for g in items if g["level"] == level - 1]
            parent = rng.choice(candidates) if candidates else rng.choice(items[:top])
            goal["parent"] = parent["id"]
            if not candidates:
                goal["level"] = parent["level"] + 1
        if _maybe(rng, 0.7):
            goal["perspective"] = rng.choice(PERSPECTIVES)
        if _maybe(rng, 1 - defect_rate):
            goal["owner"] = f"Avdeling {rng.randint(1, 9)}"
        if _maybe(rng, 0.75):
            goal["indicators"] = [_indicator(rng, f"I{number}_{i}", year, defect_rate)
                                  for i in range(rng.randint(1, 4))]
        items.append(goal)
    document = {
        "govcheck": 1,
        "document": {
            "id": doc_id, "type": kind, "title": f"Generert dokument {index} for {year}",
            "year": year, "issuer": rng.choice(("Arbeids- og sosialdepartementet",
                                                "Kommunal- og distriktsdepartementet",
                                                "Arbeids- og velferdsdirektoratet")),
            "recipient": rng.choice(("NAV Vestland", "Husbanken", "Arbeidstilsynet", "DFØ")),
            "date": f"{year - 1}-12-{rng.randint(10, 20)}",
        },
        "goals": items,
    }
    if _maybe(rng, 1 - defect_rate):
        document["document"]["copy_to"] = ["Riksrevisjonen"]
    risks = []
    for number in range(rng.randint(0, max(1, goal_total // 5))):
        risk = {
            "id": f"R{number}", "title": f"Risiko for svikt i {rng.choice(TOPICS)}",
            "goals": [rng.choice(items)["id"] for _ in range(rng.randint(1, 2))],
            "likelihood": rng.randint(1, 5), "consequence": rng.randint(1, 5),
        }
        if _maybe(rng, 1 - defect_rate):
            risk["owner"] = "Risikoeier"
        if _maybe(rng, 0.8):
            risk["treatment"] = rng.choice(("accept", "reduce", "reduce", "transfer"))
        if _maybe(rng, 0.6):
            risk["measures"] = [{"description": "Tiltak", "owner": "Leder",
                                 "deadline": f"{year}-06-30"}]
        risks.append(risk)
    if risks:
        document["risks"] = risks
        controls = []
        for number in range(rng.randint(0, len(risks))):
            control = {"id": f"K{number}", "title": "Kontroll",
                       "risks": [rng.choice(risks)["id"]]}
            if _maybe(rng, 1 - defect_rate):
                control["owner"] = "Controller"
                control["frequency"] = rng.choice(FREQUENCIES)
            controls.append(control)
        if controls:
            document["internal_control"] = controls
    if _maybe(rng, 0.7):
        document["user_participation"] = [{
            "id": "U1", "kind": rng.choice(("user_council", "survey")),
            "level": rng.choice(("systemic", "individual")), "goals": [items[0]["id"]],
        }]
    if kind != "disposition_letter" and _maybe(rng, 1 - defect_rate):
        lines = [{"id": f"B{n}", "chapter": str(600 + n), "post": "01",
                  "amount": rng.randint(1, 500) * 100_000,
                  "goals": [rng.choice(items)["id"]]} for n in range(rng.randint(1, 6))]
        budget = {"currency": "NOK", "lines": lines}
        if _maybe(rng, 0.7):
            budget["authorisations"] = [{"id": "F1", "description": "Overskridelse mot inntekter"}]
        if _maybe(rng, 0.5):
            month = rng.randint(1, 12)
            budget["spending"] = [{"line": line["id"], "period": f"{year}-{month:02d}",
                                   "amount": int(line["amount"] * month / 12
                                                 * rng.uniform(0.9, 1.1))} for line in lines]
        document["budget"] = budget
    assignments = rng.randint(0, 25)
    if assignments:
        document["assignments"] = [{
            "id": f"O{n}", "title": "Utrede tiltak", "goal": rng.choice(items)["id"],
            **({"deadline": f"{year + rng.choice((-1, 0, 0, 1))}-09-01"}
               if _maybe(rng, 0.9) else {}),
        } for n in range(assignments)]
    if kind == "allocation_letter":
        document["reporting"] = [{"id": "RAP1", "kind": "annual_report",
                                  "deadline": f"{year + rng.choice((0, 1, 1))}-03-15"}]
        document["dialogue"] = [{"date": f"{year}-{m:02d}-10", "kind": "governance_meeting"}
                                for m in rng.sample(range(1, 13), rng.randint(0, 3))]
        if _maybe(rng, 1 - defect_rate):
            document["legal_basis"] = [{"id": "L1", "act": "Lov om arbeids- og "
                                        "velferdsforvaltningen", "section": "§ 6"}]
    return document


def _indicator(rng: random.Random, identifier: str, year: int, defect_rate: float) -> dict:
    unit = rng.choice(UNITS)
    top = 100 if unit == "percent" else 1000
    indicator = {"id": identifier, "name": f"Andel {rng.choice(TOPICS)}", "unit": unit,
                 "direction": rng.choice(DIRECTIONS)}
    target = rng.randint(1, top)
    if _maybe(rng, 1 - defect_rate):
        indicator["target"] = {"value": target, "period": str(year)}
    if _maybe(rng, 0.6):
        indicator["baseline"] = {"value": rng.randint(0, top), "period": str(year - 1)}
    if _maybe(rng, 1 - defect_rate):
        indicator["frequency"] = rng.choice(FREQUENCIES)
    if _maybe(rng, 1 - defect_rate):
        indicator["source"] = "Fagsystem"
    if _maybe(rng, 0.2):
        indicator["quality"] = True
    if _maybe(rng, 0.4):
        months = rng.randint(1, 12)
        spread = max(1, top // 10)
        indicator["actuals"] = [
            {"period": f"{year}-{m:02d}",
             "value": max(0, min(top, target + rng.randint(-spread, spread)))}
            for m in range(1, months + 1)
        ]
        if _maybe(rng, 0.3):
            indicator["corrective_actions"] = [{"period": f"{year}-{rng.randint(1, 12):02d}",
                                                "description": "Ekstra innsats"}]
    return indicator


def generate_text(seed: int, index: int, goals: int | None = None) -> str:
    rng = random.Random(seed * 100_003 + index)
    return yaml.safe_dump(generate_document(rng, index, goals), allow_unicode=True,
                          sort_keys=False, width=100)
