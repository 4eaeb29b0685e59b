"""The reference properties of tests/test_references_property.py, run long: every
referenced item of every sample and fixture deleted once (not a sample of them), and
thousands of random mixes of `parent: X` and `parent: [X]` over the runs of several
documents.

    .venv/bin/python benchmarks/references_property.py [--mixes 2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from test_references_property import (  # noqa: E402
    RUNS,
    _deletions,
    check_deletion,
    check_parent_forms,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mixes", type=int, default=2000)
    args = parser.parse_args()
    start = time.perf_counter()
    deletions = _deletions()
    for case in deletions:
        check_deletion(*case)
    print(f"deletions: {len(deletions)} items, {time.perf_counter() - start:.1f} s")
    start, chance = time.perf_counter(), random.Random(23)
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.mixes):
            name, files = chance.choice(RUNS)
            chosen = [chance.random() < 0.5 for _ in files]
            run = Path(folder) / str(index)
            run.mkdir()
            check_parent_forms(run, name, files, chosen)
    print(f"parent forms: {args.mixes} runs, {time.perf_counter() - start:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
