"""The one exception family of DocRoute. Every error carries a Chinese headline and what to do next;
the CLI prints it as one line and exits 2, the window shows it in a calm dialog."""
from __future__ import annotations


class DocRouteError(Exception):
    """A failure the user can act on (bad input, unreadable file, refused action, corrupt database)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def one_line(self) -> str:
        return f"{self.message}；{self.hint}" if self.hint else self.message


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
