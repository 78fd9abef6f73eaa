"""How names are compared: ignoring spaces of any width (a name pasted from Word keeps its spaces)."""

from __future__ import annotations


def norm(text: str) -> str:
    """Compare names ignoring spaces of any width."""
    return "".join(text.split())
