"""How the 字数 of a text is counted (documented in the 填报指南)."""

from __future__ import annotations


def count_chars(text: str) -> int:
    """Every character except whitespace counts as one 字 (Chinese, letters, digits, punctuation)."""
    # str.split() and str.isspace() share one definition of whitespace: this is the C-speed form
    # of sum(1 for ch in text if not ch.isspace()).
    return len("".join(text.split()))
