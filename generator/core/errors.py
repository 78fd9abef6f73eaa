"""The one exception type shown to users: a Chinese message and a hint, no traceback."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix; the CLI prints it and exits with 2."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
