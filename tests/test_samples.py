"""The bundled samples give exactly the findings their header comments promise."""

import datetime as dt
from pathlib import Path

import pytest

from govcheck.document.loader import load
from govcheck.run.checker import check_paths

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
AS_OF = dt.date(2016, 6, 30)  # the problems sample's waivers: one expired, one live

PROMISED = {
    "tildelingsbrev-2015-clean.yaml": [],
    "nav-disposisjonsbrev-2013.yaml": [
        ("CHAIN003", "HM07"), ("CHAIN003", "HM08"), ("CHAIN003", "HM09"), ("CHAIN003", "HM10"),
        ("FOLLOW001", "NH-I07-BB"), ("FOLLOW001", "NH-I07-UFO"), ("FOLLOW002", "NH-I07-BB"),
    ],
    "virksomhetsplan-2016-problems.yaml": [
        ("HIER002", "AT-R4.1"), ("HIER004", "AT-M3"),
        ("HIER005", "AT-R3.1.1"), ("IC002", "AT-K3"), ("IC003", "AT-K2"),
        ("MRS002", "AT-D1.2"), ("MRS004", "AT-I13"), ("MRS009", "AT-M2"),
        ("REF001", "AT-I06"), ("REF002", "AT-RS3"),
        ("RES001", "AT-B4"), ("RISK002", "AT-RS2"), ("RISK003", "AT-RS2"),
        ("RISK004", "AT-RS3"), ("SCHEMA", "AT-D2.1"), ("SCHEMA", "AT-RS5"),
        ("USER001", "document"), ("WAIVER001", "waivers[0]"), ("WAIVER002", "waivers[1]"),
    ],
}


@pytest.mark.parametrize("name", sorted(PROMISED))
def test_sample_gives_the_promised_findings(name):
    [result] = check_paths([str(SAMPLES / name)], as_of=AS_OF)
    assert result.error is None
    assert sorted((f.rule, f.target) for f in result.active) == sorted(PROMISED[name])
    for rule, _ in PROMISED[name]:
        assert rule in result.document.text[:6000], f"the header comment names {rule}"


def test_clean_letter_has_no_error_or_warning():
    [result] = check_paths([str(SAMPLES / "tildelingsbrev-2015-clean.yaml")])
    assert not [f for f in result.active if f.severity in ("error", "warning")]


def test_every_sample_loads():
    files = sorted(SAMPLES.rglob("*.yaml"))
    assert len(files) >= 3
    for file in files:
        assert load(str(file)).data["govcheck"] == 1
