"""`honors serve` rebuilds the site when a submission's YAML file changes."""

from __future__ import annotations

import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

PERSON = "submissions/2024/cities/xian/individual-wang-lan.yaml"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch_until(url: str, needle: str, timeout: float = 60) -> bool:
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


def test_serve_reloads_when_a_yaml_file_changes(repo_copy: Path) -> None:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--root", str(repo_copy),
         "--addr", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        # A test run started in the background (`cmd &`) ignores SIGINT, and so would the
        # server it starts: give it Ctrl+C back, as in a terminal.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        page = f"http://127.0.0.1:{port}/2024/cities/xian/"
        assert fetch_until(page, "王岚"), "the preview did not start"
        person = repo_copy / PERSON
        person.write_text(person.read_text(encoding="utf-8").replace("姓名: 王岚", "姓名: 王晓岚"),
                          encoding="utf-8")
        assert fetch_until(page, "王晓岚"), "the preview did not rebuild after the YAML change"
    finally:
        server.send_signal(signal.SIGINT)  # like Ctrl+C: MkDocs removes its temporary site
        try:
            _, err = server.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()  # do not leave it running into the next test
            _, err = server.communicate()
            raise AssertionError(f"the preview did not stop on Ctrl+C:\n{err[-3000:]}") from None
    assert "Traceback" not in err
