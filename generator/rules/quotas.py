"""Placeholder until written."""

from generator.findings import Result


def check(*args: object) -> None:
    result = args[-1]
    assert isinstance(result, Result)
