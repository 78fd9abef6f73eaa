"""Atomic outputs: a failed, interrupted or killed run leaves the previous folder whole."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest

from generator.cli import main
from generator.core import atomic
from generator.core.atomic import remove_stale, replace_dir_atomically
from generator.core.errors import UserError

ROOT = Path(__file__).resolve().parents[2]


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's path and content hash: 'byte-identical' made comparable."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def siblings(target: Path) -> list[str]:
    return sorted(p.name for p in target.parent.iterdir() if p != target)


@pytest.fixture
def old_site(tmp_path: Path) -> Path:
    site = tmp_path / "out" / "site"
    (site / "sub").mkdir(parents=True)
    (site / "index.html").write_text("旧的首页", encoding="utf-8")
    (site / "sub" / "page.html").write_text("旧的页面", encoding="utf-8")
    return site


def test_a_new_folder_is_created(tmp_path: Path) -> None:
    target = tmp_path / "site"
    with replace_dir_atomically(target) as staging:
        assert staging.parent == tmp_path and staging.name.startswith(".site.new-")
        (staging / "index.html").write_text("新", encoding="utf-8")
    assert snapshot(target) == {"index.html": hashlib.sha256("新".encode()).hexdigest()}
    assert siblings(target) == []


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two-renames"])
def test_an_old_folder_is_replaced_whole(
    old_site: Path, monkeypatch: pytest.MonkeyPatch, exchange: bool
) -> None:
    if not exchange:
        monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    with replace_dir_atomically(old_site) as staging:
        (staging / "new.html").write_text("新", encoding="utf-8")
    assert list(snapshot(old_site)) == ["new.html"]
    assert siblings(old_site) == []


@pytest.mark.parametrize("error", [RuntimeError("构建失败"), KeyboardInterrupt()], ids=["error", "ctrl-c"])
def test_a_failure_leaves_the_old_folder_untouched(old_site: Path, error: BaseException) -> None:
    before = snapshot(old_site)
    with pytest.raises(type(error)), replace_dir_atomically(old_site) as staging:
        (staging / "index.html").write_text("写了一半", encoding="utf-8")
        raise error
    assert snapshot(old_site) == before
    assert siblings(old_site) == []


def test_a_failed_second_rename_puts_the_old_folder_back(
    old_site: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(old_site)
    monkeypatch.setattr(atomic, "_exchange", lambda a, b: False)
    real_rename = os.rename

    def rename(src: str | Path, dst: str | Path) -> None:
        if Path(src).name.startswith(".site.new-"):
            raise PermissionError(13, "拒绝访问")  # e.g. a file open in Word on Windows
        real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(UserError) as err, replace_dir_atomically(old_site) as staging:
        (staging / "index.html").write_text("新", encoding="utf-8")
    monkeypatch.undo()
    assert "原文件夹未被改动" in err.value.hint
    assert snapshot(old_site) == before
    assert siblings(old_site) == []


def test_leftovers_of_dead_runs_are_removed_live_ones_kept(old_site: Path) -> None:
    done = subprocess.run([sys.executable, "-c", "pass"], check=True, timeout=60)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait(timeout=60)
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        (old_site.parent / f".site.new-{dead.pid}-abc").mkdir()
        (old_site.parent / f".site.old-{dead.pid}-def").mkdir()
        (old_site.parent / f".site.new-{live.pid}-ghi").mkdir()
        (old_site.parent / ".other.new-1-x").mkdir()
        removed = remove_stale(old_site)
    finally:
        live.kill()
        live.wait(timeout=60)
    assert done.returncode == 0
    assert sorted(p.name for p in removed) == [f".site.new-{dead.pid}-abc", f".site.old-{dead.pid}-def"]
    assert siblings(old_site) == [".other.new-1-x", f".site.new-{live.pid}-ghi"]


@pytest.mark.parametrize("where", ["file", "repository", "cwd"])
def test_folders_that_must_not_be_replaced_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "target"
    if where == "file":
        target.write_text("x", encoding="utf-8")
    elif where == "repository":
        (target / "submissions").mkdir(parents=True)
    else:
        (target / "inner").mkdir(parents=True)
        monkeypatch.chdir(target / "inner")
    with pytest.raises(UserError), replace_dir_atomically(target):
        pytest.fail("must not get here")
    assert target.exists()


# ---------------------------------------------------------------- the real build, killed

# `honors build`, slowed at the 20th page written so the test can kill it mid-write.
KILLABLE_BUILD = """
import sys, time
from pathlib import Path, PurePosixPath
import mkdocs.utils
from generator.cli import main

marker, written = Path(sys.argv[1]), []
real_write = mkdocs.utils.write_file

def write_file(content, output_path):
    real_write(content, output_path)
    written.append(output_path)
    if len(written) == 20:
        # Renamed into place: the test kills as soon as the marker exists, never half-written.
        marker.with_suffix(".part").write_text(str(output_path), encoding="utf-8")
        marker.with_suffix(".part").replace(marker)
        time.sleep(600)

mkdocs.utils.write_file = write_file
sys.exit(main(sys.argv[2:]))
"""


def test_a_build_killed_midway_leaves_the_previous_site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "site"
    args = ["build", "--root", str(ROOT), "--site-dir", str(site)]
    assert main(args) == 0
    before = snapshot(site)
    assert "index.html" in before and len(before) > 100

    marker = tmp_path / "marker"
    proc = subprocess.Popen([sys.executable, "-c", KILLABLE_BUILD, str(marker), *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert marker.exists(), "the build never reached its 20th page"
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait(timeout=60)
    assert proc.returncode == -signal.SIGKILL

    # The kill hit a half-written staging folder, not the site.
    writing = Path(marker.read_text(encoding="utf-8"))
    staging = next(p for p in writing.parents if p.parent == tmp_path)
    assert staging.name.startswith(f".site.new-{proc.pid}-")
    assert staging.is_dir() and 0 < len(snapshot(staging)) < len(before)
    assert snapshot(site) == before

    # The next build clears the leftover and publishes a whole site.
    capsys.readouterr()
    assert main(args) == 0
    assert siblings(site) == ["marker"]
    assert snapshot(site).keys() == before.keys()


def test_a_build_that_fails_leaves_the_previous_site(demo_copy: Path) -> None:
    site = demo_copy / "site"
    shutil.copytree(ROOT / "docs", demo_copy / "docs")
    shutil.copy(ROOT / "mkdocs.yml", demo_copy / "mkdocs.yml")
    assert main(["build", "--root", str(demo_copy)]) == 0
    before = snapshot(site)
    bad = next((demo_copy / "submissions/2024/cities/xian").glob("individual-*.yaml"))
    bad.write_text(bad.read_text(encoding="utf-8").replace("年龄:", "年龄: 岁数\n备注:"), encoding="utf-8")
    assert main(["build", "--root", str(demo_copy)]) == 2
    assert snapshot(site) == before
    assert sorted(p.name for p in demo_copy.iterdir() if p.name.startswith(".")) == []


def test_office_outputs_failing_midway_leave_the_previous_forms(demo_copy: Path) -> None:
    from generator.forms.plan import Output
    from generator.forms.writeout import write_outputs

    out = demo_copy / "output"
    assert main(["forms", "--root", str(demo_copy), "--out", str(out)]) == 0
    before = snapshot(out)
    assert any(name.endswith(".docx") for name in before)
    year = next(p for p in out.iterdir() if p.is_dir())

    def broken(path: Path) -> None:
        raise OSError(28, "磁盘已满")

    outputs = [Output(PurePosixPath("a.csv"), lambda p: p.write_text("新", encoding="utf-8")),
               Output(PurePosixPath("b.csv"), broken)]
    with pytest.raises(OSError):
        write_outputs(year, outputs)
    assert snapshot(out) == before
    assert not [p for p in out.rglob(".*")]


# Writes that are not the tool's output, each with why it may write directly. forms/ is
# reworked in parallel; its two files are listed so the list can shrink once that lands.
DIRECT_WRITES = {
    "generator/core/atomic.py": "the atomic writer itself",
    "generator/pullrequest/prcheck.py": "a file of the base version copied into a private temporary folder",
    "generator/pullrequest/trusted.py": "the base commit's office files copied into a private temporary folder",
    "generator/site/searchindex.py": "its own staging files (the index streamed from disk), renamed into place when whole",
    "generator/pullrequest/ghsummary.py": "appends to GitHub's step summary file, which the runner owns",
    "generator/forms/convert.py": "LibreOffice's fonts.conf in a private temporary profile",
    "generator/forms/imagetext.py": "a preview PNG inside the output folder's staging copy",
    "generator/forms/plan.py": "the honor roll .csv inside the output folder's staging copy",
    "generator/forms/writeout.py": "the digest list inside the output folder's staging copy",
}
WRITE_CALL = re.compile(r"\.write_(?:text|bytes)\(|\bopen\([^)]*['\"][wax]b?['\"]|\.open\(\s*['\"][wax]")


def test_every_file_the_tool_writes_goes_through_the_atomic_writer() -> None:
    """A file written in place can be left half-written by a crash or Ctrl-C: outputs are written
    whole (write_text_atomically) or inside a folder swapped in whole (replace_dir_atomically)."""
    offenders = set()
    for path in sorted((ROOT / "generator").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if WRITE_CALL.search(path.read_text(encoding="utf-8")) and rel not in DIRECT_WRITES:
            offenders.add(rel)
    assert offenders == set()
    assert all((ROOT / rel).exists() for rel in DIRECT_WRITES), "a listed module is gone: shrink the list"


def test_the_atomic_writer_writes_whole_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "deep" / "CODEOWNERS"
    atomic.write_text_atomically(target, "旧\n")

    def broken_replace(src: str, dst: Path) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic.write_text_atomically(target, "新\n")
    assert target.read_text(encoding="utf-8") == "旧\n"
    assert [p.name for p in target.parent.iterdir()] == ["CODEOWNERS"]
