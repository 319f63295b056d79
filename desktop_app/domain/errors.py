"""The one exception family of DocRoute. Every error carries a Chinese headline and what to do next;
the CLI prints it as one line and exits 2, the window shows it in a calm dialog."""
from __future__ import annotations

import re

# Everything str.splitlines() breaks at, and the other controls: an error is always one line.
_BREAKS = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")


class DocRouteError(Exception):
    """A failure the user can act on (bad input, unreadable file, refused action, corrupt database)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        return single_line(f"{self.message}；{self.hint}" if self.hint else self.message)


def single_line(text: str) -> str:
    """The text with line breaks and control characters shown as escapes (\\n), never broken."""
    return _BREAKS.sub(_escape, text)


def _escape(match: re.Match) -> str:
    ch = match.group()
    return "\\n" if ch == "\n" else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"


class InputError(DocRouteError):
    """A request field is missing, malformed or outside the allowed values."""

    def __init__(self, field: str, message: str, hint: str = "") -> None:
        super().__init__(f"字段 {field}：{message}", hint)
        self.field = field
        self.detail = message  # without the field id, for a form that names the field by its label


class RefusedError(DocRouteError):
    """The action is not allowed in the record's current state (e.g. numbering before signing)."""


class StorageError(DocRouteError):
    """The database or a file cannot be read or written safely."""
