"""--jobs: the same bytes as one process, in file order; a crashing worker is contained."""

import faulthandler
import os
import subprocess
import sys
from pathlib import Path

from govcheck.run import checker, workers

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus import generate_text  # noqa: E402


def corpus(tmp_path, count=40):
    for index in range(count):
        (tmp_path / f"doc-{index:03d}.yaml").write_text(generate_text(5, index, goals=12))
    return tmp_path


def test_jobs_give_byte_identical_output(tmp_path):
    folder = corpus(tmp_path)
    outputs = {}
    for jobs in ("1", "2", "3"):
        for fmt in ("text", "json"):
            run = subprocess.run(
                [sys.executable, "-m", "govcheck", "check", str(folder), "--jobs", jobs,
                 "--format", fmt, "--as-of", "2026-01-01"], capture_output=True, cwd=ROOT)
            assert run.returncode in (0, 1), run.stderr
            outputs[(jobs, fmt)] = run.stdout
    for fmt in ("text", "json"):
        assert outputs[("1", fmt)] == outputs[("2", fmt)] == outputs[("3", fmt)]


def test_a_crashing_worker_becomes_an_internal_error(tmp_path, monkeypatch):
    folder = corpus(tmp_path, count=8)
    (folder / "doc-003.yaml").rename(folder / "doc-003-crash.yaml")
    real = workers.check_file

    def crashing(path, *args):
        if path.endswith("crash.yaml"):
            faulthandler.disable()  # keep the test log free of the dying worker's dump
            os.abort()  # what a segfault in the C engine looks like to the pool
        return real(path, *args)

    monkeypatch.setattr(workers, "check_file", crashing)
    results = list(checker.check_paths([str(folder)], jobs=2, keep_documents=False))
    assert [Path(r.file).name for r in results] == sorted(p.name for p in folder.iterdir())
    broken = [r for r in results if r.error]
    assert [Path(r.file).name for r in broken] == ["doc-003-crash.yaml"]
    assert broken[0].error.message == "intern feil: regelmotoren krasjet på dette dokumentet"
    assert all(r.settings is not None for r in results)
