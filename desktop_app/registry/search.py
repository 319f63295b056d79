"""Finding a record by typing a few characters: substring search over title, numbers, sender and
recipients, newest first, without word segmentation.

Each record stores one normalised search text; triggers (db/migrations/0002) index its overlapping
two-character grams. A query of two or more characters is answered from the postings of its rarest
gram, checked against the others and, for three or more characters, against the text itself with
instr(), so the answer is exactly what a plain substring scan finds. One-character queries fall back
to the scan (a single character is no gram)."""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

import sqlite_utils

from desktop_app.registry.engine import engine_of

# sort_key = date ordinal << 32 | id: newest first by record date, then by registration order.
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1
_RARITY_CAPS = (5_000, 50_000, None)  # postings counted per gram to find the rarest one
_KNOWN_LIMIT = 100_000  # remembered gram counts per connection before starting afresh
_FINAL_STATUSES = ("done", "numbered", "voided")


def normalise(text: str) -> str:
    """The one normalisation of both the stored text and the query: NFKC (full-width digits and letters
    become ASCII) and lower case; newlines separate fields, so they never occur inside one."""
    return unicodedata.normalize("NFKC", text).lower().replace("\n", " ").replace("\r", " ")


def search_text_from_columns(title: Any, number: Any, receipt_number: Any, sender: Any, sender_number: Any,
                             lead_department: Any, recipients: Any, fields_json: Any) -> str:
    original = None
    if fields_json:
        try:
            original = json.loads(fields_json).get("sender_number_original")
        except (ValueError, AttributeError):
            original = None
    parts = (title, number, receipt_number, sender, sender_number, original, lead_department, recipients)
    return "\n".join(normalise(str(p)) for p in parts if p)


def sort_key(day: date, record_id: int) -> int:
    return (day.toordinal() << ID_BITS) | record_id


def grams(query: str) -> list[str]:
    return list(dict.fromkeys(query[i:i + 2] for i in range(len(query) - 1)))


@dataclass(frozen=True)
class Filters:
    kind: str | None = None
    year: int | None = None
    status: str | None = None
    overdue: bool | None = None
    today: date | None = None

    def clauses(self, alias: str = "r") -> tuple[list[str], dict]:
        """Filters on the records table, in SQL; the year is a sort_key range, usable on postings too."""
        where, params = [], {}
        if self.kind:
            where.append(f"{alias}.kind = :kind")
            params["kind"] = self.kind
        if self.status:
            where.append(f"{alias}.status = :status")
            params["status"] = self.status
        if self.overdue is not None:
            test = (f"({alias}.due IS NOT NULL AND {alias}.due < :today "
                    f"AND {alias}.status NOT IN {_FINAL_STATUSES!r})")
            where.append(test if self.overdue else f"NOT {test}")
            params["today"] = (self.today or date.today()).isoformat()
        return where, params

    def key_range(self) -> tuple[int, int]:
        if self.year is None:
            return 0, (1 << 63) - 1
        low = sort_key(date(self.year, 1, 1), 0)
        return low, sort_key(date(self.year + 1, 1, 1), 0) - 1

    @property
    def needs_records(self) -> bool:
        return bool(self.kind or self.status or self.overdue is not None)


def search_ids(db: sqlite_utils.Database, text: str, filters: Filters, limit: int | None = None,
               known: dict[str, int] | None = None) -> list[int]:
    if engine_of(db).name != "sqlite":  # a server's own postings (engine/pgsearch.py)
        from desktop_app.registry.engine import pgsearch

        return pgsearch.search_ids(db, text, filters, limit)
    sql, params = _query(db, normalise(text.strip()), filters, count=False, known=known)
    if sql is None:
        return []
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [key & ID_MASK for (key,) in db.conn.execute(sql, params)]


def count(db: sqlite_utils.Database, text: str, filters: Filters, known: dict[str, int] | None = None) -> int:
    if engine_of(db).name != "sqlite":
        from desktop_app.registry.engine import pgsearch

        return pgsearch.count(db, text, filters)
    sql, params = _query(db, normalise(text.strip()), filters, count=True, known=known)
    return 0 if sql is None else db.conn.execute(sql, params).fetchone()[0]


def _query(db: sqlite_utils.Database, query: str, filters: Filters, *, count: bool,
           known: dict[str, int] | None = None) -> tuple[str | None, dict]:
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    if len(query) < 2:
        return _scan_query(query, where, params, count, filters)
    parts = grams(query)
    rarity = _rarity(db, parts, known)
    if min(rarity.values()) == 0:
        return None, params  # a gram nobody has: nothing can match
    # Walk the rarest gram's postings newest first. For 3+ characters every candidate is confirmed
    # with instr() on the search text, which also settles the other grams, so they are not probed.
    params["driver"] = min(rarity, key=rarity.__getitem__)
    join = ""
    if len(query) > 2 or filters.needs_records:
        # CROSS JOIN keeps the planner walking the postings in key order (newest first); the covering
        # index (0005) answers the check and the filters without reading the records themselves.
        join = "CROSS JOIN records r INDEXED BY records_search_cover ON r.sort_key = g.sort_key"
        if len(query) > 2:
            where.append("instr(r.search_text, :query) > 0")
            params["query"] = query
    conditions = " AND ".join(["g.gram = :driver", "g.sort_key BETWEEN :lo AND :hi", *where])
    head = "SELECT count(*)" if count else "SELECT g.sort_key"
    tail = "" if count else " ORDER BY g.sort_key DESC"
    return f"{head} FROM search_grams g {join} WHERE {conditions}{tail}", params


def _scan_query(query: str, where: list[str], params: dict, count: bool, filters: Filters) -> tuple[str, dict]:
    conditions = ["r.sort_key BETWEEN :lo AND :hi", *where]
    if query:
        conditions.append("instr(r.search_text, :query) > 0")
        params["query"] = query
    head = "SELECT count(*)" if count else "SELECT r.sort_key"
    tail = "" if count else " ORDER BY r.sort_key DESC"
    # The planner would rather walk sort_key to skip the sort; the few open overdue records are cheaper.
    # A one-character scan reads the narrow covering index, never the records with their plans, even
    # when a kind or status filter tempts the planner towards records_kind_sort.
    if filters.overdue:
        source = "records r INDEXED BY records_open_due"
    elif query:
        source = "records r INDEXED BY records_search_cover"
    else:
        source = "records r"
    return f"{head} FROM {source} WHERE {' AND '.join(conditions)}{tail}", params


def _rarity(db: sqlite_utils.Database, parts: list[str], known: dict[str, int] | None = None) -> dict[str, int]:
    """Postings per gram, counted only as far as needed to know the rarest one: each round counts the
    grams still tied at the cap, with a higher cap. Exact counts are remembered in `known` (the
    registry keeps one per connection, so the next keystroke reuses them); rarity steers speed, never
    the answer, so a count that has changed since is harmless, and a zero is never remembered."""
    known = {} if known is None else known
    if len(parts) == 1:  # nothing to choose: only whether the gram occurs at all
        return {parts[0]: _postings(db, parts[0], 1)}
    counts = {g: known[g] for g in parts if g in known}  # remembered first: they win ties
    tied = [g for g in parts if g not in known]
    floor = min(counts.values(), default=None)
    caps = _RARITY_CAPS if floor is None else (floor, *[c for c in _RARITY_CAPS if c is None or c > floor])
    for cap in caps:
        if not tied:
            break
        for gram in tied:
            counts[gram] = _postings(db, gram, cap)
            if 0 < counts[gram] and (cap is None or counts[gram] < cap):
                known[gram] = counts[gram]
        # Done when one gram is known to be under the cap, or all reached the rarest remembered count.
        if cap is None or cap == floor or any(counts[g] < cap for g in tied):
            break
    if len(known) > _KNOWN_LIMIT:
        known.clear()
    return counts


def _postings(db: sqlite_utils.Database, gram: str, cap: int | None) -> int:
    if cap is None:
        return db.conn.execute("SELECT count(*) FROM search_grams WHERE gram = ?", [gram]).fetchone()[0]
    row = db.conn.execute("SELECT count(*) FROM (SELECT 1 FROM search_grams WHERE gram = ? LIMIT ?)",
                          [gram, cap]).fetchone()
    return row[0]


def scan_ids(db: sqlite_utils.Database, text: str, filters: Filters = Filters(), *,
             limit: int | None = None, use_like: bool = False) -> list[int]:
    """The reference answer: a plain scan of every record's search text (tests and the benchmark)."""
    query = normalise(text.strip())
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    if use_like:
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append("r.search_text LIKE :pattern ESCAPE '\\'")
        params["pattern"] = f"%{escaped}%"
    else:
        where.append("instr(r.search_text, :query) > 0")
        params["query"] = query
    sql = (f"SELECT r.id FROM records r WHERE r.sort_key BETWEEN :lo AND :hi AND {' AND '.join(where)} "
           "ORDER BY r.sort_key DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in db.conn.execute(sql, params)]


def scan_count(db: sqlite_utils.Database, text: str, *, use_like: bool = True) -> int:
    query = normalise(text.strip())
    if use_like:
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql, arg = "SELECT count(*) FROM records WHERE search_text LIKE ? ESCAPE '\\'", f"%{escaped}%"
    else:
        sql, arg = "SELECT count(*) FROM records WHERE instr(search_text, ?) > 0", query
    return db.conn.execute(sql, [arg]).fetchone()[0]


def in_order(rows: Iterable[dict], ids: list[int]) -> list[dict]:
    by_id = {row["id"]: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]
