"""The performance page (docs/tech/performance.md): each benchmark rewrites its own marked block."""

from __future__ import annotations

from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOC = REPO / "docs" / "tech" / "performance.md"


def record(block: str, text: str) -> None:
    """Replace what stands between <!-- block:start --> and <!-- block:end --> with text."""
    start, end = f"<!-- {block}:start -->", f"<!-- {block}:end -->"
    page = DOC.read_text(encoding="utf-8")
    if start not in page or end not in page:
        raise SystemExit(f"{DOC.relative_to(REPO)} 缺少 {start} … {end} 标记")
    head, rest = page.split(start, 1)
    _, tail = rest.split(end, 1)
    DOC.write_text(f"{head}{start}\n{text}\n{end}{tail}", encoding="utf-8")
