"""govcheck's benchmark: what each stage costs beside a bare libyaml parse of the same file.

    python benchmarks/run.py                # everything
    python benchmarks/run.py --only check   # one section (see --help)

Numbers are the best of several runs (per document) or one full pass (corpus), in
milliseconds; ratios are against `yaml.load(text, Loader=yaml.CSafeLoader)`, the
cheapest way to read the file at all. Results go to stdout as a Markdown table,
ready for the README.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from annual import write_pairs  # noqa: E402
from corpus import generate_document, generate_text  # noqa: E402
from growth import section_growth  # noqa: E402

from govcheck.document.loader import load  # noqa: E402
from govcheck.document.migrate import migrate_text  # noqa: E402
from govcheck.document.validate import reference_problems, schema_problems  # noqa: E402
from govcheck.run.checker import check_document, check_paths  # noqa: E402
from govcheck.run.config import default_settings  # noqa: E402

AS_OF = dt.date(2026, 1, 1)
OUT = HERE / "out"


def best_ms(function, *args, repeat: int = 7) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function(*args)
        best = min(best, time.perf_counter() - start)
    return best * 1000


def bare_parse(path: str):
    with open(path, encoding="utf-8") as handle:
        return yaml.load(handle.read(), Loader=yaml.CSafeLoader)


def documents() -> list[Path]:
    OUT.mkdir(exist_ok=True)
    letter = OUT / "generated-120-goals.yaml"
    letter.write_text(generate_text(1, 0, goals=120), encoding="utf-8")
    format_2 = OUT / "generated-120-goals-v2.yaml"  # the same letter, migrated
    format_2.write_text(migrate_text(letter.read_text(encoding="utf-8")), encoding="utf-8")
    real = sorted((ROOT / "samples" / "real-letters").glob("*.yaml"))
    return sorted((ROOT / "samples").glob("*.yaml")) + [letter, format_2] + real


def row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def _load_and_validate(name: str) -> None:
    document = load(name)
    schema_problems(document)
    reference_problems(document)


def _check(name: str, settings) -> None:
    check_document(load(name), settings, "nb", AS_OF)


def section_load() -> list[str]:
    lines = ["### Load + validate, per document", "",
             row("document", "KiB", "bare parse ms", "load ms", "load + validate ms", "ratio"),
             row(*["---"] * 6)]
    for path in documents():
        name = str(path)
        parse_ms = best_ms(bare_parse, name)
        load_ms = best_ms(load, name)
        total_ms = best_ms(_load_and_validate, name)
        lines.append(row(path.name, f"{path.stat().st_size / 1024:.0f}", f"{parse_ms:.1f}",
                         f"{load_ms:.1f}", f"{total_ms:.1f}", f"{total_ms / parse_ms:.2f}×"))
    return lines


def section_check() -> list[str]:
    settings = default_settings()
    lines = ["### Whole check (load, validate, facts, engine), per document", "",
             row("document", "bare parse ms", "check ms", "ratio"), row(*["---"] * 4)]
    for path in documents():
        name = str(path)
        parse_ms = best_ms(bare_parse, name)
        check_ms = best_ms(_check, name, settings)
        lines.append(row(path.name, f"{parse_ms:.1f}", f"{check_ms:.1f}",
                         f"{check_ms / parse_ms:.2f}×"))
    return lines


def corpus(count: int) -> Path:
    folder = OUT / f"corpus-{count}"
    if not folder.is_dir() or len(list(folder.glob("*.yaml"))) != count:
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            (folder / f"doc-{index:05d}.yaml").write_text(generate_text(2, index),
                                                         encoding="utf-8")
    return folder


def section_corpus(count: int = 1000) -> list[str]:
    folder = corpus(count)
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    size = sum(os.path.getsize(f) for f in files) / 1024 / 1024
    start = time.perf_counter()
    for file in files:
        bare_parse(file)
    parse_s = time.perf_counter() - start
    start = time.perf_counter()
    findings = sum(len(result.findings) for result in check_paths([str(folder)], as_of=AS_OF))
    check_s = time.perf_counter() - start
    return [f"### Corpus: {count} generated letters (10–150 goals, {size:.1f} MiB), "
            "one process", "",
            row("", "seconds", "documents/s", "ms/document"), row(*["---"] * 4),
            row("bare parse", f"{parse_s:.2f}", f"{count / parse_s:.0f}",
                f"{parse_s / count * 1000:.1f}"),
            row("govcheck check", f"{check_s:.2f}", f"{count / check_s:.0f}",
                f"{check_s / count * 1000:.1f}"),
            "", f"Ratio {check_s / parse_s:.2f}×; {findings} findings."]


_PEAK = ("import resource, subprocess, sys\n"
         "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")


def _child_run(args: list[str]) -> tuple[float, float]:
    """Seconds and peak resident memory (MiB) of a command. A wrapper process runs it so
    the peak is this command's own: the largest single process among it and its workers."""
    start = time.perf_counter()
    wrapper = subprocess.run([sys.executable, "-c", _PEAK, *args], capture_output=True,
                             text=True, cwd=ROOT, env=CHILD_ENV)
    seconds = time.perf_counter() - start
    return seconds, int(wrapper.stdout.strip() or 0) / 1024


# as installed: bytecode cached, which some sandboxes switch off
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
BARE_PARSE = ("import sys, yaml\n"
              "for f in sys.argv[1:]:\n"
              "    yaml.load(open(f, encoding='utf-8').read(), Loader=yaml.CSafeLoader)\n")


def _seconds(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of a command run directly (no wrapper: cold
    starts are short). CPU time is the fairer measure on a shared machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT,
                   env=CHILD_ENV)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def section_cold(repeat: int = 11) -> list[str]:
    """Each document's bare parse process and `govcheck check` process, run in turn so
    that both meet the same load; min and median of `repeat` runs, in ms."""
    load = os.getloadavg()
    lines = ["### Cold start: one process per document", "",
             row("document", "KiB", "bare parse ms (min / median)",
                 "govcheck check ms (min / median)", "ratio of min", "CPU ms bare / check",
                 "CPU ratio"), row(*["---"] * 7)]
    for path in documents():
        bare, full = [], []
        for _ in range(repeat):
            bare.append(_seconds([sys.executable, "-c", BARE_PARSE, str(path)]))
            full.append(_seconds([sys.executable, "-m", "govcheck", "check", str(path),
                                  "--jobs", "1"]))
        walls = [sorted(w for w, _ in runs) for runs in (bare, full)]
        cpus = [min(c for _, c in runs) for runs in (bare, full)]
        lines.append(row(
            path.name, f"{path.stat().st_size / 1024:.0f}",
            f"{walls[0][0] * 1000:.0f} / {walls[0][repeat // 2] * 1000:.0f}",
            f"{walls[1][0] * 1000:.0f} / {walls[1][repeat // 2] * 1000:.0f}",
            f"{walls[1][0] / walls[0][0]:.2f}×", f"{cpus[0] * 1000:.0f} / {cpus[1] * 1000:.0f}",
            f"{cpus[1] / cpus[0]:.2f}×"))
    after = os.getloadavg()
    return lines + ["", f"Load average {load[0]:.1f} as it began, {after[0]:.1f} as it ended; "
                        "the catalog cache warm (a first run builds it)."]


def section_throughput(count: int = 1000) -> list[str]:
    folder = corpus(count)
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    bare, bare_peak = _child_run([sys.executable, "-c", BARE_PARSE, *files])
    lines = [f"### Throughput: {count} generated letters, whole process", "",
             row("", "seconds", "documents/s", "peak MiB", "ratio to bare parse"),
             row(*["---"] * 5),
             row("bare parse", f"{bare:.2f}", f"{count / bare:.0f}", f"{bare_peak:.0f}", "1×")]
    for label, args in (
        ("check --jobs 1", ["check", str(folder), "--jobs", "1"]),
        ("check --jobs 2", ["check", str(folder), "--jobs", "2"]),
        ("portfolio --jobs 2", ["portfolio", str(folder), "--jobs", "2"]),
    ):
        seconds, peak = _child_run([sys.executable, "-m", "govcheck", *args])
        lines.append(row(label, f"{seconds:.2f}", f"{count / seconds:.0f}", f"{peak:.0f}",
                         f"{seconds / bare:.2f}×"))
    return lines + ["", "Peak memory is the largest single process (ru_maxrss)."]


def section_pdf() -> list[str]:
    from govcheck.catalog.catalog import CATALOG_VERSION
    from govcheck.report.pdf import write_pdf

    OUT.mkdir(exist_ok=True)
    thirty = OUT / "generated-30-goals.yaml"
    thirty.write_text(generate_text(3, 1, goals=30), encoding="utf-8")
    lines = ["### PDF report, per document (weasyprint imported beforehand)", "",
             row("document", "goals", "pages", "seconds"), row(*["---"] * 4)]
    write_pdf(list(check_paths([str(thirty)], as_of=AS_OF)), str(OUT / "warmup.pdf"), "nb",
              AS_OF, CATALOG_VERSION)
    for path in [*documents(), thirty]:
        results = list(check_paths([str(path)], as_of=AS_OF))
        target = OUT / (path.stem + ".pdf")
        start = time.perf_counter()
        write_pdf(results, str(target), "nb", AS_OF, CATALOG_VERSION)
        seconds = time.perf_counter() - start
        pages = target.read_bytes().count(b"/Type /Page\n") or _pages(target)
        goals = results[0].document_fact.get("goal_count", "")
        lines.append(row(path.name, goals, pages, f"{seconds:.2f}"))
    return lines


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def _long_run(test_file: str, heading: str) -> list[str]:
    """A property-based test module with the `long` profile (5,000 examples each)."""
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-o", "addopts=", "-q",
                          "-p", "no:cacheprovider",
                          str(ROOT / "tests" / test_file), "--hypothesis-show-statistics"],
                         capture_output=True, text=True, cwd=ROOT,
                         env={**CHILD_ENV, "GOVCHECK_FUZZ": "long"})
    seconds = time.perf_counter() - start
    passing = [line.strip() for line in run.stdout.splitlines()
               if "passing examples" in line or line.strip().endswith(("passed", "failed"))
               or " passed in " in line or " failed" in line]
    return [heading, "", f"{seconds:.0f} s, exit code {run.returncode}",
            "", *[f"- {line}" for line in passing]]


def section_fuzz() -> list[str]:
    """The fuzzing tests (mutated documents through every stage), long profile."""
    return _long_run("test_fuzz.py", "### Fuzzing, long profile")


def section_forgery() -> list[str]:
    """The hostile-string tests (no output can be forged), long profile."""
    return _long_run("test_forgery.py", "### Forgery, long profile")


def section_annual(count: int = 1000) -> list[str]:
    """Letters checked with the annual reports that answer them (REPORT rules read both)."""
    folder = OUT / f"annual-{count}"
    if len(list(folder.glob("*.yaml"))) != 2 * count:
        write_pairs(folder, count)
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    size = sum(os.path.getsize(f) for f in files) / 1024 / 1024
    bare, bare_peak = _child_run([sys.executable, "-c", BARE_PARSE, *files])
    lines = [f"### Annual reports: {count} generated letter + report pairs "
             f"({2 * count} files, {size:.1f} MiB), whole process", "",
             row("", "seconds", "files/s", "peak MiB", "ratio to bare parse"),
             row(*["---"] * 5),
             row("bare parse", f"{bare:.2f}", f"{2 * count / bare:.0f}", f"{bare_peak:.0f}",
                 "1×")]
    for label, args in (("check --jobs 1", ["check", str(folder), "--jobs", "1"]),
                        ("check --jobs 2", ["check", str(folder), "--jobs", "2"])):
        seconds, peak = _child_run([sys.executable, "-m", "govcheck", *args])
        lines.append(row(label, f"{seconds:.2f}", f"{2 * count / seconds:.0f}", f"{peak:.0f}",
                         f"{seconds / bare:.2f}×"))
    return lines + ["", "A report's letter is read a second time (for its summary) only by a "
                        "worker that did not check the letter itself."]


def agencies(count: int) -> Path:
    """`count` generated letters, each to an agency of its own (the corpus reuses four
    recipients, which the portfolio would fold into four rows)."""
    folder = OUT / f"agencies-{count}"
    if not folder.is_dir() or len(list(folder.glob("*.yaml"))) != count:
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(count):
            data = generate_document(random.Random(4 * 100_003 + index), index, None)
            data["document"]["recipient"] = f"Etat {index:03d}"
            (folder / f"etat-{index:03d}.yaml").write_text(
                yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                encoding="utf-8")
    return folder


def section_portfolio(count: int = 200) -> list[str]:
    """The ministry's view: portfolio text with two workers beside the bare parse (target
    ≤ 3×), and the portfolio PDF page of the same agencies (target ≤ 60 s)."""
    from govcheck.catalog.catalog import CATALOG_VERSION
    from govcheck.report.pdf import SCHEME, render_pdf
    from govcheck.report.portfolio_report import build_portfolio_page
    from govcheck.run.config import settings_for
    from govcheck.views.portfolio import build

    folder = agencies(count)
    files = sorted(str(p) for p in folder.glob("*.yaml"))
    bare, _ = _child_run([sys.executable, "-c", BARE_PARSE, *files])
    text, peak = _child_run([sys.executable, "-m", "govcheck", "portfolio", str(folder),
                             "--jobs", "2"])
    results = list(check_paths([str(folder)], as_of=AS_OF, jobs=2))
    settings = settings_for(str(folder / "x.yaml"), None)
    load = os.getloadavg()[0]
    start, cpu = time.perf_counter(), time.process_time()  # the page is built in-process
    table = build(results, settings)
    by_file = {r.file: r for r in results}
    ranked = [(row, by_file[row.file]) for row in table.rows]
    page = build_portfolio_page(table, ranked, [None] * len(ranked), "d/", "d", "nb", AS_OF,
                                CATALOG_VERSION, stylesheets=[SCHEME + "report.css",
                                                              SCHEME + "portfolio.css"])
    target = OUT / f"portfolio-{count}.pdf"
    render_pdf(page, str(target), b"benchmark")
    pdf, cpu = time.perf_counter() - start, time.process_time() - cpu
    return [f"### Portfolio: {count} generated agencies' letters", "",
            row("", "seconds", "peak MiB", "ratio to bare parse", "target"),
            row(*["---"] * 5),
            row("bare parse", f"{bare:.2f}", "", "1×", ""),
            row("portfolio --jobs 2 (text)", f"{text:.2f}", f"{peak:.0f}",
                f"{text / bare:.2f}×", "≤ 3×"),
            row("portfolio PDF page (checked results at hand)", f"{pdf:.2f}", "", "",
                "≤ 60 s"),
            "", f"The PDF page has {_pages(target)} pages and took {cpu:.2f} s of CPU "
            f"(load average {load:.1f} as it began); the detailed report of each "
            "document that `portfolio --format pdf` also writes is not in this time "
            "(see the per-document PDF section)."]


SECTIONS = {"load": section_load, "check": section_check, "corpus": section_corpus,
            "cold": section_cold, "throughput": section_throughput, "pdf": section_pdf,
            "fuzz": section_fuzz, "forgery": section_forgery, "growth": section_growth,
            "portfolio": section_portfolio, "annual": section_annual}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", choices=sorted(SECTIONS), action="append")
    args = parser.parse_args()
    print(f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {dt.date.today().isoformat()}\n")
    for name in args.only or SECTIONS:
        print("\n".join(SECTIONS[name]()) + "\n", flush=True)


if __name__ == "__main__":
    main()
