"""Issue 23.7, as properties over every sample and fixture (a few hundred examples here;
benchmarks/references_property.py runs thousands):

- deleting any item that something references gives a REF002 finding at each place that
  referred to it;
- writing `document.parent: X` as `parent: [X]` changes no finding of a run of several
  documents (the CASC and STAB fixtures, moved to format 2 where they are format 1, and
  the sample portfolio, whose format-1 files keep their one form)."""

from __future__ import annotations

import copy
import datetime as dt
import re
from functools import cache
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from govcheck.document.loader import LoadError, load_yaml, parse
from govcheck.document.marks import marked
from govcheck.document.migrate import migrate_text
from govcheck.document.normalize import normalize
from govcheck.run.checker import check_document, check_paths
from govcheck.run.config import build_settings

ROOT = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2026, 1, 1)
DELETIONS = 200  # examples in the suite; the benchmark runs more
PARENT_RUNS = 30


def _texts():
    """(name, text) of every goal document among the samples, test data and the rule
    fixtures' documents (related ones included)."""
    for path in sorted([*ROOT.glob("samples/**/*.yaml"), *ROOT.glob("tests/data/*.yaml")]):
        text = path.read_text(encoding="utf-8")
        if re.search(r"^govcheck:", text, re.M):
            yield str(path.relative_to(ROOT)), text
    for path in sorted(ROOT.glob("tests/rules/*.yaml")):
        for index, case in enumerate(load_yaml(str(path)).data["cases"]):
            for key, text in _case_texts(case):
                yield f"{path.name}#{index}:{key}", text


def _case_texts(case: dict):
    yield "document", case["document"]
    for relation, value in (case.get("related") or {}).items():
        for index, text in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(text, str):
                yield f"{relation}{index}", text


@cache
def _deletions() -> list[tuple[str, str, tuple]]:
    """(name, text, path of an item) for every item some reference names, whose id no
    other item has."""
    found = []
    for name, text in _texts():
        try:
            document = parse(text.encode("utf-8"), name)
        except LoadError:
            continue
        normalize(document.data)
        marks = marked(document.data)
        owners: dict[str, list] = {}
        for kind, path, identifier in marks.items:
            owners.setdefault(identifier, []).append((kind, path))
        named = {(ref, kind) for _, ref, kind in marks.references}
        for identifier, places in owners.items():
            if len(places) == 1 and (identifier, places[0][0]) in named \
                    and isinstance(places[0][1][-1], int):
                found.append((name, text, places[0][1]))
    return found


@cache
def _settings():
    return build_settings({}, None, "test")


def _shifted(path: tuple, deleted: tuple) -> tuple | None:
    """Where `path` is once the list element at `deleted` is gone (None: inside it)."""
    if path[:len(deleted)] == deleted:
        return None
    head = deleted[:-1]
    if path[:len(head)] == head and isinstance(path[len(head)], int) \
            and path[len(head)] > deleted[-1]:
        return head + (path[len(head)] - 1,) + path[len(head) + 1:]
    return path


def check_deletion(name: str, text: str, item: tuple) -> None:
    document = parse(text.encode("utf-8"), name)
    normalize(document.data)
    marks = marked(document.data)
    kind, identifier = next((k, i) for k, p, i in marks.items if p == item)
    referring = [_shifted(path, item) for path, ref, wanted in marks.references
                 if ref == identifier and wanted == kind]
    data = copy.deepcopy(document.data)
    holder = data
    for part in item[:-1]:
        holder = holder[part]
    del holder[item[-1]]
    after = parse(yaml.safe_dump(data, allow_unicode=True, sort_keys=False).encode("utf-8"),
                  name)
    normalize(after.data)
    found = {(f.line, f.column) for f in check_document(after, _settings(), "en",
                                                        AS_OF).findings
             if f.rule == "REF002" and f"names {identifier}," in f.message}
    wanted = {tuple(after.locate(path)) for path in referring if path is not None}
    assert wanted <= found, (name, item, sorted(wanted - found))


@settings(max_examples=DELETIONS, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(st.data())
def test_deleting_a_referenced_item_gives_ref002_at_each_reference(data):
    check_deletion(*data.draw(st.sampled_from(_deletions())))


# --- parent: X and parent: [X] ---------------------------------------------------------

def _runs() -> list[tuple[str, list[tuple[str, str]]]]:
    """(name, [(file name, text)]) of each run of several documents: every CASC and STAB
    fixture case with its related documents, and each folder of the sample portfolio."""
    runs = []
    fixtures = [*ROOT.glob("tests/rules/CASC*.yaml"), *ROOT.glob("tests/rules/STAB*.yaml")]
    for path in sorted(fixtures):
        for index, case in enumerate(load_yaml(str(path)).data["cases"]):
            files = [(f"{key}.yaml", _format_2(text)) for key, text in _case_texts(case)
                     if not key.startswith("same_id")]
            if len(files) > 1:
                runs.append((f"{path.name}#{index}", files))
    for folder in sorted(p for p in (ROOT / "samples" / "portfolio").iterdir() if p.is_dir()):
        runs.append((folder.name, [(p.name, _format_2(p.read_text(encoding="utf-8")))
                                   for p in sorted(folder.glob("*.yaml"))]))
    return runs


def _format_2(text: str) -> str:
    """Format 1 has no list form: such a document is moved to format 2 first."""
    return migrate_text(text) if re.search(r"^govcheck: 1\b", text, re.M) else text


def as_list(text: str, name: str) -> str | None:
    """The text with `document.parent: X` written `parent: [X]`; None when the parent is
    not one plain or quoted id. Only format 2 has the list form."""
    document = parse(text.encode("utf-8"), name)
    meta = document.data.get("document")
    if document.data.get("govcheck") != 2:
        return None
    if not isinstance(meta, dict) or not isinstance(meta.get("parent"), (str, int)) \
            or isinstance(meta.get("parent"), bool):
        return None
    line, column = document.locate(("document", "parent"))
    lines = text.split("\n")
    row = lines[line - 1]
    start = column - 1
    token = re.match(r'"[^"]*"|\'[^\']*\'|[^,}\]\s#]+', row[start:])
    end = start + token.end()
    lines[line - 1] = f"{row[:start]}[{row[start:end]}]{row[end:]}"
    return "\n".join(lines)


def _findings(folder: Path) -> list:
    """Every finding and not-reviewed rule of the run, by file. Columns are left out: a
    finding on the line of `parent` after it moves by the two brackets."""
    results = check_paths([str(folder)], lang="nb", jobs=1)
    return sorted((Path(r.file).name, f.rule, f.target, f.line, f.severity, f.message)
                  for r in results for f in r.findings) + sorted(
        (Path(r.file).name, rule, str(reason)) for r in results
        for rule, reason in r.not_reviewed.items())


def check_parent_forms(tmp_path: Path, name: str, files: list, chosen: list[bool]) -> int:
    """Compare the run with the chosen files' parents as lists; how many were rewritten."""
    for form in ("one", "list"):
        (tmp_path / form).mkdir()
    rewritten = 0
    for (file, text), rewrite in zip(files, chosen, strict=True):
        listed = as_list(text, file) if rewrite else None
        rewritten += listed is not None
        (tmp_path / "one" / file).write_text(text, encoding="utf-8")
        (tmp_path / "list" / file).write_text(listed or text, encoding="utf-8")
    assert _findings(tmp_path / "one") == _findings(tmp_path / "list"), name
    return rewritten


RUNS = _runs()


@settings(max_examples=PARENT_RUNS, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
@given(st.data())
def test_parent_as_one_id_or_a_list_of_it_gives_the_same_findings(tmp_path_factory, data):
    name, files = data.draw(st.sampled_from(RUNS))
    chosen = data.draw(st.lists(st.booleans(), min_size=len(files), max_size=len(files)))
    check_parent_forms(tmp_path_factory.mktemp("run"), name, files, chosen)


def test_every_fixture_run_in_both_forms(tmp_path):
    """Every CASC and STAB fixture case, each document's parent written as a list."""
    rewritten = []
    for index, (name, files) in enumerate(RUNS):
        folder = tmp_path / str(index)
        folder.mkdir()
        if check_parent_forms(folder, name, files, [True] * len(files)):
            rewritten.append(name)
    # most CASC cases name their parent as one id (STAB ones name last year's document)
    assert len(rewritten) > len(RUNS) // 2, rewritten


def test_the_rewrite_writes_a_list():
    text = "govcheck: 2\ndocument: {id: V, type: business_plan, year: 2025, parent: AV-1}\n"
    assert as_list(text, "x.yaml") == ("govcheck: 2\ndocument: {id: V, type: business_plan, "
                                       "year: 2025, parent: [AV-1]}\n")
    assert parse(as_list(text, "x.yaml").encode(), "x.yaml").data["document"]["parent"] == [
        "AV-1"]
