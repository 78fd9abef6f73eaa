"""Run a command as a child process: wall time and the child's peak resident memory."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float
    returncode: int


def run_once(argv: Sequence[str], cwd: Path | None = None, env: dict[str, str] | None = None,
             ok: tuple[int, ...] = (0,)) -> Sample:
    """One run of `python -m MODULE ...`; output discarded.

    The peak memory is the child's own VmHWM (see benchmarks/peak.py), written at its exit;
    wait4()'s ru_maxrss is the fallback where /proc is missing.
    """
    python, flag, module, *args = argv
    assert flag == "-m", "run_once runs python -m MODULE"
    with tempfile.NamedTemporaryFile(prefix="peak-", suffix=".kib", delete=False) as handle:
        peak_file = Path(handle.name)
    try:
        return _run([python, "-m", "benchmarks.peak", str(peak_file), module, *args],
                    cwd, env, ok, peak_file)
    finally:
        peak_file.unlink(missing_ok=True)


def _run(argv: list[str], cwd: Path | None, env: dict[str, str] | None, ok: tuple[int, ...],
         peak_file: Path) -> Sample:
    start = time.perf_counter()
    child = subprocess.Popen(
        argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    assert child.stderr is not None
    errors = child.stderr.read()  # drained while it runs, so a chatty child cannot block
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    child.stderr.close()
    if child.returncode not in ok:
        tail = errors.decode("utf-8", "replace")[-2000:]
        raise RuntimeError(f"{' '.join(argv)} exited {child.returncode}:\n{tail}")
    recorded = peak_file.read_text().strip()
    peak_kib = int(recorded) if recorded.isdigit() else usage.ru_maxrss
    return Sample(seconds, peak_kib / 1024, child.returncode)


def best_of(argv: Sequence[str], repeat: int, cwd: Path | None = None,
            env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)) -> Sample:
    """The fastest of `repeat` runs, with the highest peak memory seen in any of them."""
    samples = [run_once(argv, cwd, env, ok) for _ in range(repeat)]
    fastest = min(samples, key=lambda s: s.seconds)
    return Sample(fastest.seconds, max(s.peak_mib for s in samples), fastest.returncode)
