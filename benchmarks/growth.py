"""Growth: the shapes that once grew faster than their size, at 1×, 2×, 4× and 8×.

    python benchmarks/run.py --only growth

Each run is `govcheck check FILE --jobs 1` (or `govcheck report FILE -o x.pdf` for the
letter) in a process of its own: wall seconds, CPU seconds and peak resident memory
(ru_maxrss). Linear growth doubles each row; the target is ≤ 2 s and ≤ 200 MB for any
document under the 5 MiB size bound, and ≤ 30 s for the PDF of a 1,000-goal letter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from shapes import SHAPES

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "growth"
CHILD_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

# shape → goals at 1× (8× is the reproduction, or the biggest under 5 MiB)
BASES = {"chain": 1700, "cycle": 500, "waived": 1000, "flat": 12500}
LETTER_BASE = 125
# no bound here: the benchmark measures the work, not where it is stopped
UNBOUNDED = "max-seconds-per-document: 86400\nmax-memory-per-document: 1048576\n"

_MEASURE = ("import resource, subprocess, sys, time\n"
            "start = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "wall = time.perf_counter() - start\n"
            "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss)\n")


def measure(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds and peak MiB of one command in a process of its own."""
    run = subprocess.run([sys.executable, "-c", _MEASURE, *args], capture_output=True,
                         text=True, cwd=ROOT, env=CHILD_ENV, check=True)
    wall, cpu, peak = run.stdout.split()
    return float(wall), float(cpu), int(peak) / 1024


def _row(*cells) -> str:
    return "| " + " | ".join(str(c) for c in cells) + " |"


def section_growth() -> list[str]:
    OUT.mkdir(parents=True, exist_ok=True)
    config = OUT / "unbounded.yaml"
    config.write_text(UNBOUNDED, encoding="utf-8")
    lines = ["### Growth: one document of each shape at 1×, 2×, 4×, 8×", "",
             _row("shape", "size", "goals", "KiB", "wall s", "CPU s", "peak MiB"),
             _row(*["---"] * 7)]
    started = time.perf_counter()
    for shape, base in BASES.items():
        for factor in (1, 2, 4, 8):
            path = OUT / f"{shape}-{factor}x.yaml"
            path.write_text(SHAPES[shape](base * factor), encoding="utf-8")
            wall, cpu, peak = measure([sys.executable, "-m", "govcheck", "check", str(path),
                                       "--jobs", "1", "--config", str(config)])
            lines.append(_row(shape, f"{factor}×", base * factor,
                              f"{path.stat().st_size / 1024:.0f}", f"{wall:.2f}",
                              f"{cpu:.2f}", f"{peak:.0f}"))
    for factor in (1, 2, 4, 8):
        path = OUT / f"letter-{factor}x.yaml"
        path.write_text(SHAPES["letter"](LETTER_BASE * factor), encoding="utf-8")
        wall, cpu, peak = measure([sys.executable, "-m", "govcheck", "report", str(path),
                                   "-o", str(OUT / f"letter-{factor}x.pdf"), "--jobs", "1",
                                   "--config", str(config)])
        lines.append(_row("letter → PDF", f"{factor}×", LETTER_BASE * factor,
                          f"{path.stat().st_size / 1024:.0f}", f"{wall:.2f}", f"{cpu:.2f}",
                          f"{peak:.0f}"))
    return lines + ["", f"Whole section {time.perf_counter() - started:.0f} s; peak memory is "
                    "the govcheck process's ru_maxrss."]
