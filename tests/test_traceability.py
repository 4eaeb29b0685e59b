"""The report's traceability section, read back from a rendered PDF (issue 11)."""

import datetime as dt
import re

from pypdf import PdfReader

from govcheck.report.pdf import write_pdf
from govcheck.report.requirements import requirement_result
from govcheck.run.checker import check_paths

AS_OF = dt.date(2016, 6, 30)
PLAN = """govcheck: 1
document: {id: D1, type: allocation_letter, title: Brev 2016, year: 2016,
           issuer: Arbeids- og sosialdepartementet, recipient: Arbeidstilsynet}
goals:
  - {id: G1, title: Tryggere arbeidsliv, level: 1, chain: outcome}
"""


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_traceability_section_is_in_the_pdf_with_every_state(tmp_path):
    path = tmp_path / "plan.yaml"
    path.write_text(PLAN, encoding="utf-8")
    [result] = check_paths([str(path)], lang="nb", as_of=AS_OF)
    states = {rid: requirement_result(result, rules) for rid, rules in (
        ("REG-17", []), ("REG-02", ["MRS001", "MRS002"]), ("REG-05", ["MRS003"]),
        ("REG-07", ["STAB001"]), ("TALK-PERSP", ["PERSP001"]), ("GOVCHECK-REF", ["REF001"]),
        ("REG-11", ["LETTER008"]))}
    # REG-11: a format-1 letter cannot state its hovedinstruks, so LETTER008 judged nothing
    assert states == {"REG-17": "not_covered", "REG-02": "not_met", "REG-05": "not_met",
                      "REG-07": "not_reviewed", "TALK-PERSP": "not_applicable",
                      "GOVCHECK-REF": "met", "REG-11": "not_reviewed"}
    write_pdf([result], str(tmp_path / "r.pdf"), "nb", AS_OF, "test")
    text = squeeze("".join(page.extract_text() for page in PdfReader(tmp_path / "r.pdf").pages))
    assert squeeze("Sporbarhet: krav, regler og resultat") in text
    for part in ("REG-17", "ikke dekket av noen regel", "MRS002*", "ikke oppfylt",
                 "ikke vurdert", "ikke relevant", "oppfylt", "USER004", "LETTER008?", "STAB001?"):
        assert squeeze(part) in text, part
