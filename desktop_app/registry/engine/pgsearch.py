"""Search on a server: the same questions as search.py answers on SQLite (the same normalised text, the
same filters, newest first by sort_key), answered from PostgreSQL's postings (db/migrations/pg/0002:
a GIN index over each record's characters and character pairs).

A query of one or two characters is one element of a record's set; a longer one is the set of its
pairs, and strpos() on the text confirms the order, so the ids are exactly those a plain substring
scan finds, on either engine. The planner picks the plan with its statistics: for a common query it
walks sort_key newest first and stops at the limit; for a rare one it reads the few postings and sorts."""
from __future__ import annotations

from typing import Any

from desktop_app.registry.search import ID_MASK, Filters, grams, normalise

GRAMS = "docroute_search_grams(r.search_text)"


def search_ids(db: Any, text: str, filters: Filters, limit: int | None = None) -> list[int]:
    sql, params = _query(normalise(text.strip()), filters, count=False)
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [key & ID_MASK for (key,) in db.conn.execute(sql, params)]


def count(db: Any, text: str, filters: Filters) -> int:
    sql, params = _query(normalise(text.strip()), filters, count=True)
    return db.conn.execute(sql, params).fetchone()[0]


def _query(query: str, filters: Filters, *, count: bool) -> tuple[str, dict]:
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    conditions = ["r.sort_key BETWEEN :lo AND :hi", *where]
    if query:
        conditions.append(f"{GRAMS} @> :grams")
        params["grams"] = [query] if len(query) <= 2 else grams(query)
        if len(query) > 2:
            conditions.append("strpos(r.search_text, :query) > 0")
            params["query"] = query
    head = "SELECT count(*)" if count else "SELECT r.sort_key"
    tail = "" if count else " ORDER BY r.sort_key DESC"
    return f"{head} FROM records r WHERE {' AND '.join(conditions)}{tail}", params
