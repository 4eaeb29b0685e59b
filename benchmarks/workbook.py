"""Workbooks beside YAML: export, import and check of one generated 120-goal document, and
the differential run over 200 generated documents (tests/ runs 30).

    python benchmarks/workbook.py                  # timings, as a Markdown table
    python benchmarks/workbook.py --differential   # also the 200-document comparison
    python benchmarks/workbook.py --bound          # also the content bound (max-file-size)

Each timing is the best of several runs, in milliseconds. The YAML column is the same
operation on the YAML file: writing it (export), reading it (import), checking it (check).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus import generate_document  # noqa: E402

from govcheck.document.loader import load  # noqa: E402
from govcheck.run.checker import check_file  # noqa: E402
from govcheck.workbook.export import export_workbook  # noqa: E402
from govcheck.workbook.reader import load_workbook_document  # noqa: E402
from govcheck.workbook.yaml_out import document_yaml  # noqa: E402

AS_OF = dt.date(2026, 1, 1)


def best_ms(yaml_run, workbook_run, repeat: int = 5) -> tuple[tuple, tuple]:
    """The best wall and the best CPU milliseconds of `repeat` runs of each, taken in turn
    so that both meet the same load (the machine is shared: CPU time is the steadier)."""
    times: dict = {yaml_run: ([], []), workbook_run: ([], [])}
    for _ in range(repeat):
        for function, (walls, cpus) in times.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            function()
            walls.append(time.perf_counter() - start)
            cpus.append(time.process_time() - start_cpu)
    return tuple((min(walls) * 1000, min(cpus) * 1000) for walls, cpus in times.values())


def _write(path: Path, payload) -> None:
    if isinstance(payload, bytes):
        path.write_bytes(payload)
    else:
        path.write_text(payload, encoding="utf-8")


def timings(folder: Path, goals: int = 120) -> list[str]:
    data = generate_document(random.Random(120), 0, goals=goals)
    yaml_file, workbook = folder / "plan.yaml", folder / "plan.xlsx"
    _write(yaml_file, document_yaml(data, "generated"))
    loaded = load(str(yaml_file)).data
    _write(workbook, export_workbook(loaded))
    check_file(str(yaml_file), as_of=AS_OF)  # build the validator and rule set once
    rows = [
        ("export (write)", *best_ms(
            lambda: _write(folder / "w.yaml", document_yaml(loaded, "x")),
            lambda: _write(folder / "w.xlsx", export_workbook(loaded)))),
        ("import (read)", *best_ms(lambda: load(str(yaml_file)),
                                   lambda: load_workbook_document(str(workbook)))),
        ("check", *best_ms(lambda: check_file(str(yaml_file), as_of=AS_OF),
                           lambda: check_file(str(workbook), as_of=AS_OF))),
    ]
    indicators = sum(len(g.get("indicators") or []) for g in loaded.get("goals", []))
    out = [f"{goals} goals, {indicators} styringsparametere; best of 5, ms; load average "
           f"{os.getloadavg()[0]:.1f}", "",
           "| operation | YAML | workbook | ratio | YAML CPU | workbook CPU | CPU ratio |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"]
    out += [f"| {name} | {y[0]:.0f} | {w[0]:.0f} | {w[0] / y[0]:.1f}× | {y[1]:.0f} | "
            f"{w[1]:.0f} | {w[1] / y[1]:.1f}× |" for name, y, w in rows]
    return out


# The growth shapes at the YAML size bound (README «Size bound»), and the flat shape as
# large as fits the bound packed: what the content bound is for.
AT_BOUND = (("flat", 3310), ("chain", 520), ("cycle", 520), ("waived", 765), ("flat", 7400))


def content_bound(folder: Path) -> list[str]:
    """Each shape exported to a workbook and checked (`govcheck check FILE --jobs 1`, a
    process of its own) under the default max-file-size, time and memory bounds lifted."""
    from growth import UNBOUNDED, measure
    from shapes import SHAPES

    from govcheck.workbook.sheet_xml import VALUE_WEIGHT, Book, read_sheet

    config = folder / "bound.yaml"
    config.write_text(UNBOUNDED, encoding="utf-8")
    out = ["| shape | goals | YAML KiB | xlsx KiB | content KiB | wall s | CPU s | peak MiB |",
           "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for shape, goals in AT_BOUND:
        yaml_file, workbook = folder / f"{shape}.yaml", folder / f"{shape}.xlsx"
        yaml_file.write_text(SHAPES[shape](goals), encoding="utf-8")
        _write(workbook, export_workbook(load(str(yaml_file), 1 << 26).data))
        content = _content(workbook, Book, read_sheet)
        wall, cpu, peak = measure([sys.executable, "-m", "govcheck", "check", str(workbook),
                                   "--jobs", "1", "--config", str(config)])
        out.append(f"| {shape} | {goals} | {yaml_file.stat().st_size / 1024:.0f} | "
                   f"{workbook.stat().st_size / 1024:.0f} | {content / 1024:.0f} | "
                   f"{wall:.2f} | {cpu:.2f} | {peak:.0f} |")
    return out + ["", f"content: each cell its text plus {VALUE_WEIGHT}, an empty one 1; "
                  "over 192 KiB is refused where reading passes it"]


def _content(workbook: Path, book_type, read_sheet) -> int:
    """The content the bound counts in a workbook, read without a bound."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(str(workbook), read_only=True, data_only=True, keep_links=False)
    reader.read_manifest()
    reader.read_strings()
    reader.read_workbook()
    apply_stylesheet(reader.archive, reader.wb)
    counted = book_type.of(reader, str(workbook), 1 << 40, reader.shared_strings)
    for sheet, rel in reader.parser.find_sheets():
        with reader.archive.open(rel.target.lstrip("/")) as source:
            read_sheet(source, counted, sheet.name)
    return counted.bound - counted.content_left


def differential(folder: Path, count: int = 200) -> list[str]:
    compared = findings = 0
    for index in range(count):
        rng = random.Random(17_000 + index)
        data = generate_document(rng, index, goals=rng.randint(3, 40), defect_rate=0.3)
        yaml_file, workbook = folder / f"d{index}.yaml", folder / f"d{index}.xlsx"
        _write(yaml_file, document_yaml(data, "generated"))
        _write(workbook, export_workbook(load(str(yaml_file)).data))
        on = [Counter((f.rule, f.target, f.severity) for f in check_file(
            str(path), as_of=AS_OF).findings) for path in (yaml_file, workbook)]
        if on[0] != on[1]:
            raise SystemExit(f"document {index}: findings differ: {on[0] ^ on[1]}")
        compared += 1
        findings += sum(on[0].values())
    return [f"differential: {compared} generated documents, {findings} findings, "
            "the same (rule, target, severity) on YAML and workbook"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--differential", action="store_true")
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--bound", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print("\n".join(timings(folder)))
        if args.differential:
            print("\n" + "\n".join(differential(folder, args.count)))
        if args.bound:
            print("\n" + "\n".join(content_bound(folder)))


if __name__ == "__main__":
    main()
