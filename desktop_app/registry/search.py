"""Finding a record by typing a few characters: substring search over title, numbers, sender and
recipients, newest first, without word segmentation.

Each record has one normalised search text, made from its columns (search_text_from_columns); its
postings (search_index.py, the engine-specific part: FTS5 tables kept by triggers) answer a query of any
length exactly as a plain substring scan of that text would, ids and order. A file does not store the
text (0014): the triggers and the scan compute it with docroute_search_text, so it is part of the schema
like the postings' token code — a change to what it holds comes with a migration that indexes every
record again. A server stores it (records.search_text, its search copy). This module keeps what every
engine shares: the normalisation, the sort key, the filters, and the reference scan the tests and the
benchmark compare against."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterable

from desktop_app.registry import search_index
from desktop_app.registry.engine import Database, engine_of

# sort_key = date ordinal << 32 | id: newest first by record date, then by registration order.
ID_BITS = 32
ID_MASK = (1 << ID_BITS) - 1
EVERY_KEY = (0, (1 << 63) - 1)  # the sort_key range of no date filter
_FINAL_STATUSES = ("done", "numbered", "voided")


def normalise(text: str) -> str:
    """The one normalisation of both the stored text and the query: NFKC (full-width digits and letters
    become ASCII) and lower case; newlines separate fields, so they never occur inside one."""
    return unicodedata.normalize("NFKC", text).lower().replace("\n", " ").replace("\r", " ")


def stored_text_sql(db: Database, alias: str = "") -> str:
    """The search text of a record in this engine's SQL: a server's stored column, a file's computation."""
    if engine_of(db).name != "sqlite":
        return f"{alias}.search_text" if alias else "search_text"
    return search_index.text_sql(alias)


def stores_search_text(db: Database) -> bool:
    """Whether records.search_text is a column to write (a server's; a file computes it)."""
    return engine_of(db).name != "sqlite"


def search_text_from_columns(title: Any, number: Any, receipt_number: Any, sender: Any, sender_number: Any,
                             lead_department: Any, recipients: Any, fields_json: Any) -> str:
    from desktop_app.registry import fields_codec

    # Only an incoming record's fields can hold 来文字号 as written: the others' JSON need not be read.
    if fields_json and (sender_number or '"sender_number_original"' in fields_json):
        original = fields_codec.held(fields_json, "sender_number_original", sender_number)
    else:
        original = None
    return search_text_of(title, number, receipt_number, sender, sender_number, original, lead_department, recipients)


def search_text_of(*parts: Any) -> str:
    """The stored search text: title, 文号, 收文编号, sender, 来文字号 (normalised, then as written), lead
    department, recipients; the empty ones left out, one field per line."""
    return "\n".join(normalise(str(p)) for p in parts if p)


def sort_key(day: date, record_id: int) -> int:
    return (day.toordinal() << ID_BITS) | record_id


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
            return EVERY_KEY
        low = sort_key(date(self.year, 1, 1), 0)
        return low, sort_key(date(self.year + 1, 1, 1), 0) - 1

    @property
    def needs_records(self) -> bool:
        return bool(self.kind or self.status or self.overdue is not None)


def search_ids(db: Database, text: str, filters: Filters, limit: int | None = None,
               known: dict[str, int] | None = None) -> list[int]:
    """Ids of the matching records, newest first. (`known` is accepted for callers of the former
    bigram index, which remembered postings counts there; the FTS5 postings need none.)"""
    if engine_of(db).name != "sqlite":  # a server's own postings (engine/pgsearch.py)
        from desktop_app.registry.engine import pgsearch

        return pgsearch.search_ids(db, text, filters, limit)
    sql, params = _query(normalise(text.strip()), filters, count=False)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [key & ID_MASK for (key,) in db.conn.execute(sql, params)]


def count(db: Database, text: str, filters: Filters, known: dict[str, int] | None = None) -> int:
    if engine_of(db).name != "sqlite":
        from desktop_app.registry.engine import pgsearch

        return pgsearch.count(db, text, filters)
    sql, params = _query(normalise(text.strip()), filters, count=True)
    return db.conn.execute(sql, params).fetchone()[0]


def _query(query: str, filters: Filters, *, count: bool) -> tuple[str, dict]:
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    if not query:
        return _list_query(where, params, count, filters)
    params["match"] = search_index.match(query)[1]
    bounded = (params["lo"], params["hi"]) != EVERY_KEY
    return search_index.candidates(query, where, count=count, bounded=bounded), params


def _list_query(where: list[str], params: dict, count: bool, filters: Filters) -> tuple[str, dict]:
    """No text: the list itself, filtered."""
    conditions = ["r.sort_key BETWEEN :lo AND :hi", *where]
    head = "SELECT count(*)" if count else "SELECT r.sort_key"
    tail = "" if count else " ORDER BY r.sort_key DESC"
    # The planner would rather walk sort_key to skip the sort; the few open overdue records are cheaper.
    source = "records r INDEXED BY records_open_due" if filters.overdue else "records r"
    return f"{head} FROM {source} WHERE {' AND '.join(conditions)}{tail}", params


def scan_ids(db: Database, text: str, filters: Filters = Filters(), *,
             limit: int | None = None, use_like: bool = False) -> list[int]:
    """The reference answer: a plain scan of every record's search text (tests and the benchmark)."""
    query, text = normalise(text.strip()), stored_text_sql(db, "r")
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    if use_like:
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(f"{text} LIKE :pattern ESCAPE '\\'")
        params["pattern"] = f"%{escaped}%"
    else:
        where.append(f"instr({text}, :query) > 0")
        params["query"] = query
    sql = (f"SELECT r.id FROM records r WHERE r.sort_key BETWEEN :lo AND :hi AND {' AND '.join(where)} "
           "ORDER BY r.sort_key DESC")
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in db.conn.execute(sql, params)]


def scan_count(db: Database, text: str, *, use_like: bool = True) -> int:
    query, text = normalise(text.strip()), stored_text_sql(db)
    if use_like:
        escaped = query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        sql, arg = f"SELECT count(*) FROM records WHERE {text} LIKE ? ESCAPE '\\'", f"%{escaped}%"
    else:
        sql, arg = f"SELECT count(*) FROM records WHERE instr({text}, ?) > 0", query
    return db.conn.execute(sql, [arg]).fetchone()[0]


def in_order(rows: Iterable[dict], ids: list[int]) -> list[dict]:
    by_id = {row["id"]: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]
