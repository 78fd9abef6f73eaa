"""`honors serve` rebuilds the site when a submission's YAML file changes.

Several test runs share this machine: a free port found here may be taken before the preview
binds it (MkDocs binds only after its first build). The preview then stops with a clear
message and the test starts it again on another port; it is "ours" only once its own log
says it serves on that port.
"""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PERSON = "submissions/2024/cities/xian/individual-wang-lan.yaml"
ATTEMPTS = 5
START_TIMEOUT = 120  # the first build, on a machine busy with other test runs
STOP_TIMEOUT = 30
BUSY = "已被占用"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def fetch_until(url: str, needle: str, timeout: float = 60) -> bool:
    """Poll the page until it contains needle or the deadline passes."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if needle in response.read().decode("utf-8"):
                    return True
        except OSError:
            pass
        time.sleep(0.5)
    return False


def _start(root: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--root", str(root),
             "--addr", f"127.0.0.1:{port}"],
            stdout=subprocess.DEVNULL, stderr=sink,
            # A test run started in the background (`cmd &`) ignores SIGINT, and so would the
            # server it starts: give it Ctrl+C back, as in a terminal.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )


def _serving(server: subprocess.Popen[bytes], log: Path, url: str) -> bool | None:
    """Poll until the preview serves url (True) or stopped on a busy port (False)."""
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        text = log.read_text(encoding="utf-8", errors="replace")
        if server.poll() is not None:
            assert server.returncode == 2 and BUSY in text, f"the preview failed:\n{text[-3000:]}"
            return False
        if f"Serving on {url}" in text:
            return True
        time.sleep(0.2)
    return None


def _stop(server: subprocess.Popen[bytes], log: Path) -> None:
    """Ctrl+C, as a user would; a preview that does not stop is killed and reported."""
    if server.poll() is None:
        server.send_signal(signal.SIGINT)  # MkDocs then removes its temporary site
        try:
            server.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()  # do not leave it running into the next test
            server.wait(timeout=STOP_TIMEOUT)
            text = log.read_text(encoding="utf-8", errors="replace")
            raise AssertionError(f"the preview did not stop on Ctrl+C:\n{text[-3000:]}") from None


@contextmanager
def preview(root: Path, logs: Path, first: int | None = None) -> Iterator[tuple[str, Path]]:
    """A running `honors serve` on a free port (`first` tried first): yields its URL and log."""
    logs.mkdir(parents=True, exist_ok=True)
    for attempt in range(ATTEMPTS):
        port = first if attempt == 0 and first is not None else free_port()
        log = logs / f"serve-{attempt}.log"
        server = _start(root, port, log)
        try:
            state = _serving(server, log, f"http://127.0.0.1:{port}/")
            if state is None:
                raise AssertionError("the preview did not start:\n" + log.read_text("utf-8")[-3000:])
            if state:
                yield f"http://127.0.0.1:{port}/", log
                return
        finally:
            _stop(server, log)
    raise AssertionError(f"no free port in {ATTEMPTS} attempts")


def test_serve_reloads_when_a_yaml_file_changes(repo_copy: Path, tmp_path: Path) -> None:
    with socket.socket() as taken:  # the first port tried is busy: the retry is exercised too
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy = taken.getsockname()[1]
        with preview(repo_copy, tmp_path / "logs", first=busy) as (base, log):
            refused = (tmp_path / "logs/serve-0.log").read_text(encoding="utf-8")
            assert f"地址 127.0.0.1:{busy} {BUSY}" in refused  # Chinese, with the fix:
            assert "honors serve --addr" in refused and "Traceback" not in refused
            assert f":{busy}/" not in base
            _edit_and_see_the_rebuild(repo_copy, base)
    assert "Traceback" not in log.read_text(encoding="utf-8")


def _edit_and_see_the_rebuild(repo_copy: Path, base: str) -> None:
    page = f"{base}2024/cities/xian/"
    assert fetch_until(page, "王岚"), "the preview did not serve the city page"
    person = repo_copy / PERSON
    person.write_text(person.read_text(encoding="utf-8").replace("姓名: 王岚", "姓名: 王晓岚"),
                      encoding="utf-8")
    assert fetch_until(page, "王晓岚"), "the preview did not rebuild after the YAML change"
