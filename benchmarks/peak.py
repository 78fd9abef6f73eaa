"""Run a module as `python -m` would, and write this process's peak memory to a file at exit.

    python -m benchmarks.peak FILE MODULE [ARGS ...]

Why not the parent's wait4() ru_maxrss: Linux carries the parent's high-water mark over the
fork and exec into the child's figure, so a small child of a large benchmark process reports
the parent's size. VmHWM belongs to the memory the child got at exec, and only to it.
"""

from __future__ import annotations

import atexit
import runpy
import sys
from pathlib import Path


def _record(target: Path) -> None:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            target.write_text(line.split()[1])  # KiB
            return


def main() -> None:
    target, module, *args = sys.argv[1:]
    atexit.register(_record, Path(target))
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
