"""Every file govcheck writes is written whole or not at all (govcheck/atomic.py).

For every writer, in a real process: killed with SIGKILL while its temporary is open, the
target keeps its bytes (the temporary stays, as SIGKILL allows no clean-up, under a name
`atomic.is_temporary` knows); past a file-size limit (`ulimit -f`, EFBIG) the target keeps
its bytes, no temporary is left, and the run says so in one line with exit 2.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from govcheck import atomic

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
NAV = SAMPLES / "nav-disposisjonsbrev-2013.yaml"
CLEAN = SAMPLES / "tildelingsbrev-2015-clean.yaml"
V1 = ROOT / "tests" / "data" / "every-key.yaml"
ORIGINAL = b"the original, which no failed write may touch\n" * 8
ENV = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}


def _setup(name: str, folder: Path) -> tuple[list[str], Path]:
    """The command line of writer `name` run in `folder`, and the file it writes (which
    exists beforehand with known bytes, unless the writer only ever creates files)."""
    shutil.copy(NAV, folder / "nav.yaml")
    shutil.copy(CLEAN, folder / "clean.yaml")
    shutil.copy(V1, folder / "v1.yaml")
    out = {"text": "out.txt", "json": "out.json", "sarif": "out.sarif", "junit": "out.xml"}
    fmt = name.removeprefix("check-")
    if fmt in out:
        argv = ["check", "nav.yaml", "--format", fmt, "-o", out[fmt], "--jobs", "1"]
        target = out[fmt]
    else:
        argv, target = {
            "migrate-in-place": (["migrate", "v1.yaml", "--in-place"], "v1.yaml"),
            "migrate-o": (["migrate", "v1.yaml", "-o", "v2.yaml"], "v2.yaml"),
            "write-baseline": (["check", "nav.yaml", "--write-baseline", "base.json"],
                               "base.json"),
            "check-report-pdf": (["check", "clean.yaml", "--report", "r.pdf"], "r.pdf"),
            "report-html": (["report", "nav.yaml", "-o", "r.html"], "r.html"),
            "report-pdf": (["report", "clean.yaml", "-o", "r.pdf"], "r.pdf"),
            "portfolio-csv": (["portfolio", str(SAMPLES / "portfolio"), "--format", "csv",
                               "-o", "p.csv"], "p.csv"),
            "portfolio-html": (["portfolio", str(SAMPLES / "portfolio"), "--format", "html",
                                "-o", "p.html"], "p.html"),
            "export": (["export", "nav.yaml", "-o", "plan.xlsx", "--force"], "plan.xlsx"),
            "import": (["import", str(SAMPLES / "nav-disposisjonsbrev-2013.xlsx"), "-o",
                        "back.yaml", "--force"], "back.yaml"),
            "import-results": (["import-results", "results.csv", "--into", "nav.yaml",
                                "--write"], "nav.yaml"),
            "init": (["init", "starter.yaml"], "starter.yaml"),
        }[name]
    (folder / "results.csv").write_text("Styringsparameter;Periode;Verdi\nNH-I07;2012-12;83\n",
                                        encoding="utf-8")
    if name not in ("migrate-o", "init") and not (folder / target).exists():
        (folder / target).write_bytes(ORIGINAL)
    return [sys.executable, "-m", "govcheck", *argv], folder / target


WRITERS = ["migrate-in-place", "migrate-o", "check-text", "check-json", "check-sarif",
           "check-junit", "write-baseline", "check-report-pdf", "report-html", "report-pdf",
           "portfolio-csv", "portfolio-html", "export", "import", "import-results", "init"]


def _before(target: Path) -> bytes | None:
    return target.read_bytes() if target.exists() else None


def _temporaries(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if atomic.is_temporary(name)]


@pytest.mark.parametrize("name", WRITERS)
def test_a_write_past_the_file_size_limit_leaves_the_target_whole(name, tmp_path):
    argv, target = _setup(name, tmp_path)
    before = _before(target)

    def limit():  # 256 bytes: every output here is longer
        resource.setrlimit(resource.RLIMIT_FSIZE, (256, 256))

    run = subprocess.run(argv, cwd=tmp_path, env=ENV, capture_output=True, text=True,
                         preexec_fn=limit, timeout=300)
    assert run.returncode == 2, run.stderr
    assert _before(target) == before  # byte for byte, or still absent
    assert _temporaries(tmp_path) == []
    # fontconfig's own complaint when the limit stops it caching fonts (PDF only)
    lines = [line for line in run.stderr.splitlines() if not line.startswith("write cache:")]
    assert len(lines) == 1 and "Traceback" not in run.stderr, run.stderr
    assert "grensen for filstørrelse" in lines[0]


@pytest.mark.parametrize("name", WRITERS)
def test_a_writer_killed_mid_write_leaves_the_target_whole(name, tmp_path):
    argv, target = _setup(name, tmp_path)
    before = _before(target)
    process = subprocess.Popen(argv, cwd=tmp_path, env=ENV, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    seen: list[str] = []
    deadline = time.monotonic() + 300
    while not seen and process.poll() is None and time.monotonic() < deadline:
        seen = _temporaries(tmp_path)  # the temporary is open: the write has begun
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert seen, "the writer finished before its temporary was seen"
    assert _before(target) == before
    assert set(_temporaries(tmp_path)) <= set(seen)  # left by SIGKILL, and recognisable


def test_an_edited_document_keeps_its_mode_and_a_new_file_follows_the_umask(tmp_path):
    document = tmp_path / "plan.yaml"
    document.write_text("old\n", encoding="utf-8")
    document.chmod(0o640)
    atomic.write_file(document, "new\n")
    assert document.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(document.stat().st_mode) == 0o640
    mask = os.umask(0o027)
    try:
        atomic._umask.clear()  # read again under the umask set here
        atomic.write_file(tmp_path / "new.txt", b"x")
    finally:
        os.umask(mask)
        atomic._umask.clear()
    assert stat.S_IMODE((tmp_path / "new.txt").stat().st_mode) == 0o640


def test_a_failure_inside_the_block_removes_the_temporary_and_keeps_the_target(tmp_path):
    target = tmp_path / "out.json"
    target.write_bytes(ORIGINAL)
    with pytest.raises(KeyboardInterrupt):
        with atomic.replacing(target) as handle:
            handle.write("half")
            raise KeyboardInterrupt
    assert target.read_bytes() == ORIGINAL
    assert os.listdir(tmp_path) == ["out.json"]


def test_a_link_is_written_through_and_a_device_directly(tmp_path):
    real = tmp_path / "real.txt"
    real.write_bytes(ORIGINAL)
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    atomic.write_file(link, "through\n")
    assert link.is_symlink() and real.read_text(encoding="utf-8") == "through\n"
    atomic.write_file(os.devnull, "nothing\n")  # no temporary in /dev, /dev/null stays
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_exclusive_never_replaces_a_file(tmp_path):
    target = tmp_path / "starter.yaml"
    target.write_bytes(ORIGINAL)
    with pytest.raises(FileExistsError):
        atomic.write_file(target, "new\n", exclusive=True)
    assert target.read_bytes() == ORIGINAL
    assert os.listdir(tmp_path) == ["starter.yaml"]


@pytest.mark.parametrize("command", [["export", "v.yaml", "-o", "v.yaml", "--force"],
                                     ["import", "v.xlsx", "-o", "v.xlsx", "--force"]])
def test_export_and_import_never_replace_their_source(command, tmp_path):
    shutil.copy(NAV, tmp_path / "v.yaml")
    shutil.copy(SAMPLES / "nav-disposisjonsbrev-2013.xlsx", tmp_path / "v.xlsx")
    source = tmp_path / command[1]
    before = source.read_bytes()
    run = subprocess.run([sys.executable, "-m", "govcheck", *command], cwd=tmp_path, env=ENV,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2
    assert run.stderr == f"{command[1]}: vil ikke skrive over en inndatafil\n"
    assert source.read_bytes() == before
