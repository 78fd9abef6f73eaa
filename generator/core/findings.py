"""Findings and the result that collects them: every problem first, the verdict once."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem, with its place and the next step for the person who fixes it."""

    file: str
    line: int | None
    column: int | None
    code: str
    severity: Severity
    message: str
    hint: str = ""

    def as_dict(self) -> dict[str, object]:
        return asdict(self)

    def sort_key(self) -> tuple[str, int, int, str, str]:
        return (self.file, self.line or 0, self.column or 0, self.code, self.message)


@dataclass
class Result:
    """Every finding of one run; the exit code is decided from it once."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0

    def add(self, finding: Finding) -> None:
        self.findings.append(finding)

    def extend(self, findings: list[Finding]) -> None:
        self.findings.extend(findings)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    @property
    def has_errors(self) -> bool:
        return any(f.severity == "error" for f in self.findings)

    def sorted(self) -> list[Finding]:
        unique = {(*f.sort_key(), f.severity): f for f in self.findings}
        return [unique[k] for k in sorted(unique)]

    def exit_code(self) -> int:
        return 1 if self.has_errors else 0
