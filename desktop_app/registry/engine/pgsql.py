"""The registry's SQL, written once with sqlite3's spelling, as psycopg sends it to PostgreSQL.

Only spellings are translated here, never meaning, and only outside string literals, quoted
identifiers and comments:
- placeholders: `?` → `%s`, `:name` → `%(name)s` (and a literal `%` → `%%`, psycopg's escape);
- `INDEXED BY index`: SQLite's planner hint (sqlite docs "INDEXED BY") is dropped, PostgreSQL's planner
  chooses with its statistics; SQLite's `temp.` schema is PostgreSQL's `pg_temp.`;
- `a IS NOT b` / `a IS b` with an expression on the right: SQLite's null-safe comparison, PostgreSQL's
  `IS DISTINCT FROM` / `IS NOT DISTINCT FROM` (IS NULL, IS TRUE … stay as they are).

What differs in meaning (the write lock, "one of these values", who the user is) is a function of the
engine adapter instead (engine/__init__.py). Functions both engines call by the same name but
PostgreSQL lacks (`instr`) are created in its schema by db/migrations/pg/0001_registry.sql."""
from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(r"""
      (?P<literal>'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/)
    | (?P<cast>::)
    | (?P<positional>\?)
    | (?P<named>(?<![\w:]):(?P<name>[A-Za-z_]\w*))
    | (?P<percent>%)
    | (?P<indexed>\bINDEXED\s+BY\s+\w+\s?)
    | (?P<temp>\btemp\.)
    | (?P<is_not>\bIS\s+NOT\s+(?!NULL\b|TRUE\b|FALSE\b|DISTINCT\b|UNKNOWN\b))
    | (?P<is>\bIS\s+(?!NOT\b|NULL\b|TRUE\b|FALSE\b|DISTINCT\b|UNKNOWN\b))
""", re.IGNORECASE | re.DOTALL | re.VERBOSE)


@lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """The statement with psycopg's placeholders and PostgreSQL's spelling (cached: the registry
    sends the same few hundred statements over and over)."""
    return _TOKEN.sub(_replacement, sql)


def _replacement(match: re.Match) -> str:
    kind = match.lastgroup
    if kind == "name":
        kind = "named"
    if kind == "literal":
        return match.group().replace("%", "%%")
    if kind == "cast":
        return "::"
    if kind == "positional":
        return "%s"
    if kind == "named":
        return f"%({match.group('name')})s"
    if kind == "percent":
        return "%%"
    if kind == "indexed":
        return ""
    if kind == "temp":
        return "pg_temp."
    if kind == "is_not":
        return "IS DISTINCT FROM "
    return "IS NOT DISTINCT FROM "
