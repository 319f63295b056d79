"""The one exception family of DocRoute. Every error carries a Chinese headline and what to do next;
the CLI prints it as one line and exits 2, the window shows it in a calm dialog.

What to do next differs by face: the CLI names a command (`docroute restore 备份文件`), the window a menu or
a button (设置 → 数据与备份 → 恢复…). A hint that differs is a `Hint`: a string whose value is the CLI's
words, with the window's words beside it. Each face asks for its own: `one_line()` / `hint` for the CLI
and logs, `window_line()` / `window_hint` / `window_message()` for the window. A plain-string hint is the
same for both faces; should one ever name a command, the window leaves that sentence out rather than
show it (tests/ui/test_no_command_line.py keeps commands out of plain hints in the first place)."""
from __future__ import annotations

import re

# A command line in a sentence: `docroute …`, or an option such as --db.
COMMAND = re.compile(r"`?docroute[\s`]|(?<![\w-])--[a-z]")
# Everything str.splitlines() breaks at, and the other controls: an error is always one line.
_BREAKS = re.compile("[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029]")


class Hint(str):
    """What to do next: the CLI's words as the string itself, the window's words as `.window`."""

    window: str

    def __new__(cls, cli: str, window: str) -> "Hint":
        hint = super().__new__(cls, cli)
        hint.window = window
        return hint

    @property
    def cli(self) -> str:
        return str.__str__(self)


def window_words(hint: str) -> str:
    """The window's form of a hint: its window words, or a plain hint without any sentence naming a command."""
    if isinstance(hint, Hint):
        return hint.window
    if not COMMAND.search(hint or ""):
        return hint or ""
    return "；".join(part for part in re.split(r"[；;]", hint) if part and not COMMAND.search(part))


class DocRouteError(Exception):
    """A failure the user can act on (bad input, unreadable file, refused action, corrupt database)."""

    def __init__(self, message: str, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint  # the CLI's words (a Hint is a str whose value they are)

    @property
    def window_hint(self) -> str:
        return window_words(self.hint)

    def one_line(self) -> str:
        """The CLI's line (and the log's): headline；hint, never broken over lines."""
        return single_line(f"{self.message}；{self.hint}" if self.hint else self.message)

    def window_line(self) -> str:
        """The window's line for a label or the status bar: headline；what to do, naming a menu or button."""
        return single_line(f"{self.message}；{self.window_hint}" if self.window_hint else self.message)

    def window_message(self) -> str:
        """The window's text for a message box: headline, a blank line, what to do."""
        parts = (single_line(self.message), single_line(self.window_hint))
        return "\n\n".join(part for part in parts if part)


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
