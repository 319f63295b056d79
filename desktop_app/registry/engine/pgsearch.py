"""Search on a server: the same questions as search.py answers on SQLite (the same normalised text, the
same filters, newest first by sort_key), answered from PostgreSQL's postings (db/migrations/pg/0002:
a GIN index over each record's characters and character pairs).

A query of one or two characters is one element of a record's set; a longer one is the set of its
pairs, and strpos() on the text confirms the order, so the ids are exactly those a plain substring
scan finds. The newest N (the list's page, `search --limit`) are looked for first among the newest
WINDOW (2,000) records that pass the filters, with strpos alone: a common query (防汛) has its 50 there, found
by walking sort_key, in a few milliseconds. Only when the window holds fewer does the query read the
postings — then it is rare, and its matches few — and sort them; a count always reads the postings."""
from __future__ import annotations

from typing import Any

from desktop_app.registry.search import ID_MASK, Filters, normalise

GRAMS = "docroute_search_grams(r.search_text)"  # on record_search (db/migrations/pg/0002)
def grams(query: str) -> list[str]:
    """The distinct overlapping pairs of a query of two or more characters."""
    return list(dict.fromkeys(query[i:i + 2] for i in range(len(query) - 1)))


WINDOW = 2000  # newest records tried first: a query in 2.5 % of them fills a page of 50 without the postings


def search_ids(db: Any, text: str, filters: Filters, limit: int | None = None) -> list[int]:
    query = normalise(text.strip())
    where, params = _conditions(query, filters)
    if query and limit is not None and limit <= WINDOW // 10:
        found = _newest_window(db, query, where, params, limit)
        if found is not None:
            return found
    if query:
        where += [f"{GRAMS} @> :grams"] + (["strpos(r.search_text, :query) > 0"] if len(query) > 2 else [])
        params["grams"] = [query] if len(query) <= 2 else driving_pairs(db, grams(query))
    # Materialised: the matches come from the postings and are sorted, whatever the planner guesses.
    sql = (f"WITH m AS MATERIALIZED (SELECT r.sort_key FROM record_search r WHERE {' AND '.join(where)}) "
           "SELECT sort_key FROM m ORDER BY sort_key DESC") if query else \
        f"SELECT r.sort_key FROM records r WHERE {' AND '.join(where)} ORDER BY r.sort_key DESC"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [key & ID_MASK for (key,) in db.conn.execute(sql, params)]


def _newest_window(db: Any, query: str, where: list[str], params: dict, limit: int) -> list[int] | None:
    """The newest `limit` matches if the newest WINDOW records passing the filters hold them (or are all
    there is); None when the postings must answer."""
    # Each match carries how many records the window held: a short window means there are no more.
    sql = ("SELECT sort_key, held FROM (SELECT sort_key, strpos(search_text, :query) > 0 AS hit, count(*) OVER () AS held "
           f"FROM (SELECT r.sort_key, r.search_text FROM record_search r WHERE {' AND '.join(where)} "
           "ORDER BY r.sort_key DESC LIMIT :window) w) m WHERE hit ORDER BY sort_key DESC LIMIT :limit")
    rows = db.conn.execute(sql, {**params, "query": query, "window": WINDOW, "limit": limit}).fetchall()
    if rows and (len(rows) >= limit or rows[0][1] < WINDOW):
        return [key & ID_MASK for key, _ in rows]
    return None  # too few in the window (or none: a small registry answers from the postings at once)


def count(db: Any, text: str, filters: Filters) -> int:
    query = normalise(text.strip())
    where, params = _conditions(query, filters)
    if query:
        where += [f"{GRAMS} @> :grams"] + (["strpos(r.search_text, :query) > 0"] if len(query) > 2 else [])
        params.update(grams=[query] if len(query) <= 2 else driving_pairs(db, grams(query)), query=query)
    return db.conn.execute(f"SELECT count(*) FROM record_search r WHERE {' AND '.join(where)}", params).fetchone()[0]


def driving_pairs(db: Any, pairs: list[str]) -> list[str]:
    """The pairs the postings are asked for: those rarer than any the statistics list as common (at most
    three), else the two least common. Intersecting 关于's postings (nearly every record) costs more than
    it narrows; strpos confirms every candidate, so fewer pairs never change the answer."""
    frequent = _frequencies(db)
    rare = [p for p in pairs if p not in frequent]
    return rare[:3] if rare else sorted(pairs, key=frequent.__getitem__)[:2]


def _frequencies(db: Any) -> dict[str, float]:
    """The commonest characters and pairs with their share of records (ANALYZE's statistics of the GIN
    index expression), read once per connection."""
    found = getattr(db, "docroute_gram_frequencies", None)
    if found is None:
        found = dict(db.conn.execute(
            "SELECT e, f FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS u(e, f) "
            "WHERE s.schemaname = current_schema() AND s.tablename = 'record_search_grams' AND e IS NOT NULL"
        ).fetchall())
        db.docroute_gram_frequencies = found
    return found


def _conditions(query: str, filters: Filters) -> tuple[list[str], dict]:
    where, params = filters.clauses()
    params["lo"], params["hi"] = filters.key_range()
    if query:
        params["query"] = query
    return ["r.sort_key BETWEEN :lo AND :hi", *where], params
