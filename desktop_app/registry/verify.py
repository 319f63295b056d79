"""Verifying a registry file, for `check` on the live database and for restore on the candidate copy:
SQLite's page check, the schema against the golden one (schema_check), and the registry's own
promises — migrations recorded in order without a hole, foreign keys, numbers without gaps that agree
with their records and counters, and a search index that agrees with the records.

At 1,000,000 records the page check (`quick_check` ~5 s, `integrity_check` ~13 s), foreign keys and
numbering (~3 s) run on their own read-only connection in a thread while this thread compares the
search index (~12 s): SQLite releases the GIL, so two cores share the work (figures in docs/registry.md)."""
from __future__ import annotations

import contextlib
import json
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from desktop_app.registry import schema_check
from desktop_app.registry.database import MIGRATION_SET, migration_files, read_only
from desktop_app.registry.numbers import RECEIPT_SERIES

_SHOWN = 10  # problems of one kind listed by name; the count says how many more
SEARCH_TEXT_SAMPLE = 2000


@dataclass(frozen=True)
class Report:
    integrity: tuple[str, ...] = ("ok",)
    migrations: tuple[str, ...] = ()
    schema: tuple[str, ...] = ()
    foreign_keys: tuple[dict, ...] = ()
    number_gaps: tuple[dict, ...] = ()
    numbering: tuple[str, ...] = ()
    search_index: dict = field(default_factory=dict)

    def problems(self) -> list[str]:
        """Every problem as a Chinese sentence, the most basic first (a damaged page explains the rest)."""
        found = [f"数据页损坏：{line}" for line in self.integrity if line != "ok"]
        found += list(self.migrations) + list(self.schema)
        found += [f"外键不一致：表 {fk['table']} " + (f"第 {fk['rowid']} 行" if fk["rowid"] is not None else "中有一行")
                  + f"引用的 {fk['parent']} 不存在" for fk in self.foreign_keys]
        found += list(self.numbering)
        found += [f"文号不连续：{gap['series']}〔{gap['year']}〕共 {gap['numbers']} 个文号，最大序号 {gap['highest']}"
                  for gap in self.number_gaps]
        if self.search_index and not self.search_index.get("ok", True):
            found.append(self.search_index["problem"])
        return found

    @property
    def ok(self) -> bool:
        return not self.problems()


def verify(conn: sqlite3.Connection, path: Path, *, pages: str = "integrity_check") -> Report:
    """The whole verification, in two halves that run at once: the page check (`integrity_check` or
    `quick_check`), foreign keys and numbering on a read-only connection of their own in a thread, the
    schema and the search index in one snapshot of `conn` here (so that a clerk registering meanwhile
    cannot make the index look wrong)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        other_half = pool.submit(_pages_keys_numbers, path, pages)
        try:
            with _snapshot(conn):
                mine = {"migrations": tuple(migration_problems(conn)),
                        "schema": tuple(schema_check.differences(conn)),
                        "number_gaps": tuple(number_gaps(conn)),
                        "search_index": search_index(conn)}
        except sqlite3.DatabaseError as exc:  # damage the page check names too; say what stopped us
            mine = {"migrations": (f"数据库无法读完（{exc}）",)}
        return Report(**other_half.result(), **mine)


def _pages_keys_numbers(path: Path, pages: str) -> dict:
    if pages not in ("integrity_check", "quick_check"):
        raise ValueError(pages)
    try:
        conn = _reader(path)
        try:
            with _snapshot(conn):
                return {"integrity": tuple(_lines(row[0] for row in conn.execute(f"PRAGMA {pages}"))),
                        "foreign_keys": tuple(foreign_key_problems(conn)),
                        "numbering": tuple(numbering_problems(conn))}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return {"integrity": (str(exc),)}


def page_problems(path: Path, pragma: str = "quick_check") -> list[str]:
    """SQLite's own check of every page: ["ok"] or what is wrong (a backup copy is checked this way)."""
    if pragma not in ("integrity_check", "quick_check"):
        raise ValueError(pragma)
    try:
        conn = _reader(path)
        try:
            return _lines(row[0] for row in conn.execute(f"PRAGMA {pragma}"))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def _lines(rows: Iterable[str]) -> list[str]:
    """The check's answer as one problem per line: SQLite packs several lines, under a heading
    ("*** in database main ***"), into one row."""
    lines = [line.strip() for row in rows for line in str(row).splitlines()]
    return [line for line in lines if line and not line.startswith("***")] or ["ok"]


@contextlib.contextmanager
def _snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """One read transaction: every query inside sees the same committed state."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.execute("COMMIT")


def _reader(path: Path) -> sqlite3.Connection:
    """A read-only connection that sees what other connections have committed (WAL included); on
    read-only media, where no -shm can be made, the file opened as immutable."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError:
        return read_only(path)


def migration_problems(conn: sqlite3.Connection, *, complete: bool = True) -> list[str]:
    """The recorded migrations must be this version's, in order and without a hole; `complete`: all
    of them (a live database is migrated on open)."""
    known = [f.stem for f in migration_files()]
    try:
        applied = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
                                              "ORDER BY id", [MIGRATION_SET])]
    except sqlite3.OperationalError:
        return ["缺少结构版本记录表 _sqlite_migrations"]
    for position, name in enumerate(applied):
        if position >= len(known) or name != known[position]:
            expected = known[position] if position < len(known) else "（无）"
            return [f"结构版本记录不连续：第 {position + 1} 条应为 {expected}，实为 {name}"]
    if complete and len(applied) < len(known):
        return [f"结构版本记录不完整：缺少 {known[len(applied)]}"]
    return []


def foreign_key_problems(conn: sqlite3.Connection) -> list[dict]:
    rows = conn.execute("PRAGMA foreign_key_check").fetchmany(_SHOWN)
    return [{"table": table, "rowid": rowid, "parent": parent} for table, rowid, parent, _ in rows]


def number_gaps(conn: sqlite3.Connection) -> list[dict]:
    """Series and years whose numbers are not 1..highest without a gap, except where the office itself
    left one: below the highest number of an imported register (an old register may miss numbers) and
    below a next number chosen in 设置 → 发文字号 (the numbers before it were given on paper). Above that
    point every number DocRoute gave must be there."""
    short = conn.execute("SELECT series, year, count(*), max(serial) FROM numbers GROUP BY series, year "
                         "HAVING count(*) != max(serial)").fetchall()
    if not short:
        return []
    floors = _gaps_allowed_below(conn)
    gaps = []
    for series, year, count, highest in short:
        floor = floors.get((series, year), 0)
        if floor:
            above = conn.execute("SELECT count(*) FROM numbers WHERE series = ? AND year = ? AND serial > ?",
                                 [series, year, floor]).fetchone()[0]
            if above == max(highest - floor, 0):
                continue
        gaps.append({"series": series, "year": year, "numbers": count, "highest": highest})
    return gaps


def _gaps_allowed_below(conn: sqlite3.Connection) -> dict[tuple[str, int], int]:
    """(series, year) -> the serial up to which numbers may be missing: the highest imported number, or
    the next number set by hand less one, whichever is higher (both are in the audit log)."""
    floors: dict[tuple[str, int], int] = {}
    for series, year, highest in conn.execute(
            "SELECT series, year, max(serial) FROM numbers WHERE record_id IN "
            "(SELECT record_id FROM audit_log WHERE action = 'import' AND record_id IS NOT NULL) "
            "GROUP BY series, year"):
        floors[(series, year)] = highest
    for (after,) in conn.execute("SELECT after FROM audit_log WHERE action = 'series' AND record_id IS NULL"):
        try:
            change = json.loads(after) if isinstance(after, (str, bytes)) else dict(after or {})
            key, floor = (change["code"], int(change["year"])), int(change["next"]) - 1
        except (TypeError, ValueError, KeyError):
            continue  # a series added, changed or removed: not a next number
        floors[key] = max(floors.get(key, 0), floor)
    return floors


def numbering_problems(conn: sqlite3.Connection) -> list[str]:
    """Every number given belongs to the record that shows it, and that record shows exactly it (and is
    voided when the number is); every numbered record has its number row. (A series counter behind its
    numbers is harmless: allocation takes the larger of the counter and the highest serial + 1.)"""
    found = []
    for series, year, serial, record_id in conn.execute(
            "SELECT n.series, n.year, n.serial, n.record_id FROM numbers n JOIN records r ON r.id = n.record_id "
            "WHERE CASE WHEN n.series = ? THEN r.receipt_number IS NOT n.text OR r.receipt_year IS NOT n.year "
            "OR r.receipt_serial IS NOT n.serial ELSE r.number IS NOT n.text OR r.series IS NOT n.series "
            "OR r.year IS NOT n.year OR r.serial IS NOT n.serial END "
            "OR (n.status = 'voided') != (r.status = 'voided') LIMIT ?", [RECEIPT_SERIES, _SHOWN]):
        found.append(f"文号 {series}〔{year}〕{serial}号 与记录 {record_id} 上的文号或状态不一致")
    for (record_id,) in conn.execute(
            "SELECT id FROM records r WHERE (number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM numbers n WHERE "
            "n.series = r.series AND n.year = r.year AND n.serial = r.serial AND n.record_id = r.id)) "
            "OR (receipt_number IS NOT NULL AND NOT EXISTS (SELECT 1 FROM numbers n WHERE n.series = ? "
            "AND n.year = r.receipt_year AND n.serial = r.receipt_serial AND n.record_id = r.id)) LIMIT ?",
            [RECEIPT_SERIES, _SHOWN]):
        found.append(f"记录 {record_id} 的文号没有登记在文号表中")
    return found


def search_index(conn: sqlite3.Connection) -> dict:
    """Whether the search postings are exactly those of the records' texts (search_index.verify). A file
    stores no search text that could go stale (0014): the text is the columns'."""
    from desktop_app.registry import search_index as postings

    return postings.verify(conn)


def stale_search_texts(conn: Any, sample: int = SEARCH_TEXT_SAMPLE) -> list[int]:
    """Ids, among records spread evenly over a server's table, whose stored search text is not what their
    columns give. Recomputing every record's text (JSON and NFKC) would cost ~20 s at 1,000,000
    records, so this samples: it catches a table edited behind the app's back, not every single row."""
    from desktop_app.registry.search import search_text_from_columns

    top = conn.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0]
    ids = list(range(1, top + 1, max(1, top // sample)))
    stale = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(
            "SELECT id, search_text, title, number, receipt_number, sender, sender_number, lead_department, "
            f"recipients, fields FROM records WHERE id IN ({','.join('?' * len(chunk))})", chunk)
        stale += [row[0] for row in rows if row[1] != search_text_from_columns(*row[2:])]
    return stale


