"""Is this file the registry we built? The schema of a database compared with the golden schema
(db/schema.sql, read when needed, so a new migration only regenerates that file): every table column by
column and constraint by constraint, every index, trigger and view exactly, nothing missing, nothing
extra. Page checks (`quick_check`) cannot see a planted trigger or a dropped CHECK; this can. A server's
schema is compared the same way with db/schema.pg.sql, read from its catalog (engine/pgschema.py).

Each difference is one Chinese sentence naming the object: restore refuses with the first, `check`
lists them all. SQL is compared as tokens (case, spacing, comments and identifier quotes do not count;
string literals do), so the same schema written by another SQLite or sqlite-utils version still agrees."""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.domain.errors import StorageError
from desktop_app.paths import db_dir
from desktop_app.registry.database import sql_statements

KIND_LABELS = {"table": "表", "index": "索引", "trigger": "触发器", "view": "视图", "function": "函数"}
# SQLite's own bookkeeping (ANALYZE statistics, AUTOINCREMENT counters): not part of our schema.
_INTERNAL_TABLES = ("sqlite_sequence", "sqlite_stat1", "sqlite_stat2", "sqlite_stat3", "sqlite_stat4")
_TABLE_CONSTRAINTS = {"constraint", "primary", "unique", "check", "foreign"}

_TOKEN = re.compile(r"""
      (?P<space>\s+|--[^\n]*|/\*.*?\*/)
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])
    | (?P<word>[^\W\d]\w*|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?)
    | (?P<op><>|!=|==|<=|>=|\|\||<<|>>|\S)
""", re.DOTALL | re.VERBOSE)


@dataclass(frozen=True)
class SchemaObject:
    kind: str
    name: str
    sql: str

    @property
    def label(self) -> str:
        return f"{KIND_LABELS.get(self.kind, self.kind)} {self.name}"


def tokens(sql: str) -> tuple[str, ...]:
    """SQL as comparable tokens: words and quoted identifiers lower-cased without quotes, literals kept."""
    return tuple(norm for norm, _ in _lexed(sql))


def _lexed(sql: str) -> list[tuple[str, str]]:
    """(comparable, as written) for each token of the SQL text."""
    out = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        norm = text[1:-1].replace('""', '"').lower() if kind == "quoted" else text
        out.append((norm if kind in ("string", "op", "quoted") else text.lower(), text))
    return out


def objects(conn: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    """The schema objects of a connection, keyed by (kind, lower-case name)."""
    found = {}
    for kind, name, sql in conn.execute("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL"):
        if kind == "table" and name in _INTERNAL_TABLES:
            continue
        found[(kind, name.lower())] = SchemaObject(kind, name, sql)
    return found


@cache
def golden_objects() -> dict[tuple[str, str], SchemaObject]:
    """The golden schema, built in memory from db/schema.sql exactly as the tests regenerate it."""
    path = db_dir() / "schema.sql"
    try:
        script = path.read_text(encoding="utf-8")
        memory = sqlite3.connect(":memory:")
        try:
            # The file lists objects by kind and name (indexes before their tables): create tables first,
            # virtual ones (FTS5) before all, since they create their shadow tables themselves.
            statements = sorted(sql_statements(script), key=lambda sql: (tokens(sql)[1:2] != ("virtual",),
                                                                         tokens(sql)[1:2] != ("table",)))
            for statement in statements:
                if tokens(statement)[1:2] == ("table",) and _exists(memory, tokens(statement)[2]):
                    continue  # a shadow table its virtual table has made, as the file lists it
                memory.execute(statement)
            return objects(memory)
        finally:
            memory.close()
    except (OSError, UnicodeDecodeError, sqlite3.Error) as exc:
        raise StorageError(f"程序自带的标准结构文件 {path} 无法读取（{exc}）", "请重新安装公文流转助手") from None


def _exists(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ? COLLATE NOCASE", [name.strip("'\"")]).fetchone() is not None


def differences(conn: sqlite3.Connection) -> list[str]:
    """Every way the connection's schema differs from the golden one, most telling first: missing and
    changed objects in the golden order (tables, indexes, triggers, views), then extra objects."""
    golden, actual = (golden_objects(), objects(conn)) if isinstance(conn, sqlite3.Connection) else (
        server_golden_objects(), server_objects(conn))
    order = {kind: i for i, kind in enumerate(KIND_LABELS)}
    found = []
    for key in sorted(golden, key=lambda k: (order.get(k[0], 9), k[1])):
        want, have = golden[key], actual.get(key)
        if have is None:
            found.append(f"缺少{want.label}")
        elif want.kind == "table":
            found += table_differences(want, have)
        elif tokens(want.sql) != tokens(have.sql):
            found.append(f"{want.label} 的定义与标准结构不同（标准：{_short(want.sql)}；实际：{_short(have.sql)}）")
    for key in sorted(set(actual) - set(golden), key=lambda k: (order.get(k[0], 9), k[1])):
        extra = actual[key]
        found.append(f"多出{extra.label}（标准结构中没有，可能被人为添加：{_short(extra.sql)}）")
    return found


def table_differences(want: SchemaObject, have: SchemaObject) -> list[str]:
    """A table compared item by item: each column definition (type, NOT NULL, DEFAULT, CHECK, REFERENCES)
    and each table constraint, then the column order and the options after the body (WITHOUT ROWID)."""
    (want_items, want_tail), (have_items, have_tail) = _table_parts(want.sql), _table_parts(have.sql)
    found = []
    want_columns, have_columns = _columns(want_items), _columns(have_items)
    for name, definition in want_columns.items():
        if name not in have_columns:
            found.append(f"表 {want.name} 缺少列 {name}")
        elif _norm(have_columns[name]) != _norm(definition):
            found.append(f"表 {want.name} 的列 {name} 与标准结构不同"
                         f"（标准：{_render(definition)}；实际：{_render(have_columns[name])}）")
    found += [f"表 {want.name} 多出列 {name}" for name in have_columns if name not in want_columns]
    want_rules, have_rules = _constraints(want_items), _constraints(have_items)
    found += [f"表 {want.name} 缺少约束 {_render(rule)}" for rule in want_rules
              if _norm(rule) not in map(_norm, have_rules)]
    found += [f"表 {want.name} 多出约束 {_render(rule)}" for rule in have_rules
              if _norm(rule) not in map(_norm, want_rules)]
    if not found and list(want_columns) != list(have_columns):
        found.append(f"表 {want.name} 的列顺序与标准结构不同")
    if not found and _norm(want_tail) != _norm(have_tail):
        found.append(f"表 {want.name} 的表选项与标准结构不同（标准：{_render(want_tail) or '无'}；"
                     f"实际：{_render(have_tail) or '无'}）")
    return found


Item = tuple[tuple[str, str], ...]  # the (comparable, as written) tokens of one column or constraint


def _table_parts(sql: str) -> tuple[list[Item], Item]:
    """CREATE TABLE … ( item, item, … ) tail → ([items], tail), split at the top-level commas."""
    lexed = _lexed(sql)
    start = next((i for i, (norm, _) in enumerate(lexed) if norm == "("), len(lexed))
    items: list[Item] = []
    current: list[tuple[str, str]] = []
    depth = 0
    for position in range(start + 1, len(lexed)):
        norm = lexed[position][0]
        if norm == ")" and depth == 0:
            items.append(tuple(current))
            return [item for item in items if item], tuple(lexed[position + 1:])
        if norm == "," and depth == 0:
            items.append(tuple(current))
            current = []
            continue
        depth += {"(": 1, ")": -1}.get(norm, 0)
        current.append(lexed[position])
    return [item for item in items if item], ()


def _columns(items: list[Item]) -> dict[str, Item]:
    return {item[0][0]: item for item in items if item[0][0] not in _TABLE_CONSTRAINTS}


def _constraints(items: list[Item]) -> list[Item]:
    return [item for item in items if item[0][0] in _TABLE_CONSTRAINTS]


def _norm(item: Item) -> tuple[str, ...]:
    return tuple(norm for norm, _ in item)


def _render(item: Item) -> str:
    text = " ".join(raw for _, raw in item)
    return re.sub(r"\( ", "(", re.sub(r" ([),])", r"\1", text))


def _short(sql: str, limit: int = 120) -> str:
    text = " ".join(sql.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def server_objects(conn: Any) -> dict[tuple[str, str], SchemaObject]:
    """A server database's schema objects (engine/pgschema.py writes each as one CREATE statement)."""
    from desktop_app.registry.engine import pgschema

    return {(kind, name.lower()): SchemaObject(kind, name, sql) for (kind, name), (_, _, sql)
            in pgschema.objects(conn).items()}


@cache
def server_golden_objects() -> dict[tuple[str, str], SchemaObject]:
    """The golden schema of a server, db/schema.pg.sql (pgschema's own format)."""
    from desktop_app.registry.engine import pgschema

    path = db_dir() / "schema.pg.sql"
    try:
        script = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise StorageError(f"程序自带的标准结构文件 {path} 无法读取（{exc}）", "请重新安装公文流转助手") from None
    return {(kind, name.lower()): SchemaObject(kind, name, sql) for (kind, name), (_, _, sql)
            in pgschema.parse(script).items()}
