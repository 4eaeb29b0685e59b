"""Generated allocation letters with the annual reports that answer them (issue 13).

Each pair: a format-2 letter of 5–30 goals (1–3 styringsparametere each, numeric
targets, baselines and sources), 4–15 oppdrag and 2–4 rapporteringskrav, and a report
with the six parts and results for most indicators, some missed, some explained. The
letters are otherwise bare (no budget, no calendar), as a letter's findings are not what
is measured here. Same seed, same pairs.
"""

from __future__ import annotations

import random
from pathlib import Path

import yaml

PARTS = ("Leders beretning", "Introduksjon til virksomheten og hovedtall",
         "Årets aktiviteter og resultater", "Styring og kontroll i virksomheten",
         "Vurdering av framtidsutsikter", "Årsregnskap")
NUMERALS = ("I", "II", "III", "IV", "V", "VI")


def _letter(rng: random.Random, index: int, year: int) -> dict:
    goals = []
    for number in range(rng.randint(5, 30)):
        indicators = [{
            "id": f"SP{number}-{i}", "name": f"Styringsparameter {number}.{i}",
            "unit": "percent", "direction": rng.choice(("higher_is_better", "lower_is_better")),
            "targets": [{"value": rng.randint(20, 90), "period": year}],
            "baseline": {"value": rng.randint(20, 90), "period": year - 1},
            "source": "Virksomhetens register", "frequency": "annual",
        } for i in range(rng.randint(1, 3))]
        goals.append({"id": f"G{number}", "title": f"Mål {number}", "level": 1,
                      "chain": "outcome", "owner": "Direktør", "indicators": indicators})
    return {
        "govcheck": 2,
        "document": {"id": f"L-{index:05d}", "type": "allocation_letter", "year": year,
                     "issuer": "Departementet", "recipient": f"Virksomhet {index}"},
        "goals": goals,
        "assignments": [{"id": f"O{n}", "title": f"Oppdrag {n}", "goal": "G0",
                         "deadline": f"{year}-11-01"} for n in range(rng.randint(4, 15))],
        "risks": [{"id": "R1", "title": "Risiko for svak måloppnåelse", "likelihood": 2,
                   "consequence": 3, "goals": [g["id"] for g in goals]}],
        "reporting": [{"id": f"RK{n}", "kind": "annual_report" if n == 0 else "tertial_report"}
                      for n in range(rng.randint(2, 4))],
    }


def _report(rng: random.Random, index: int, year: int, letter: dict) -> dict:
    results = []
    for goal in letter["goals"]:
        for indicator in goal["indicators"]:
            if rng.random() < 0.1:
                continue  # not reported
            target = indicator["targets"][0]["value"]
            entry = {"indicator": indicator["id"],
                     "values": [{"period": year, "value": target + rng.randint(-8, 8),
                                 "unit": "percent"}]}
            if rng.random() < 0.5:
                entry["explanation"] = "Avviket skyldes omorganisering."
            results.append(entry)
    return {
        "govcheck": 2,
        "document": {"id": f"AR-{index:05d}", "type": "annual_report", "year": year,
                     "parent": letter["document"]["id"], "date": f"{year + 1}-03-01"},
        "parts": [dict({"number": n, "title": t}, **({"signed_by": "Direktør",
                                                        "signed_on": f"{year + 1}-02-27"}
                                                       if n in ("I", "VI") else {}))
                  for n, t in zip(NUMERALS, PARTS, strict=True)],
        "results": results,
        "assignment_status": [{"assignment": a["id"], "status": rng.choice(
            ("done", "partly", "not_done"))} for a in letter["assignments"]
            if rng.random() < 0.9],
        "reporting_answers": [{"requirement": "RK0", "answer": "Se del III."}],
    }


def write_pairs(folder: Path, count: int, seed: int = 13) -> list[Path]:
    """`count` letter + report pairs as YAML files in `folder` (2 × count files)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for index in range(count):
        year = rng.choice(range(2015, 2026))
        letter = _letter(rng, index, year)
        report = _report(rng, index, year, letter)
        for name, data in ((f"letter-{index:05d}.yaml", letter),
                           (f"report-{index:05d}.yaml", report)):
            path = folder / name
            path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                            encoding="utf-8")
            written.append(path)
    return written
