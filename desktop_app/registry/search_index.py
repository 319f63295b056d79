"""The search postings of SQLite: two FTS5 tables over each record's search text (search.py decides
what is searched and how it is filtered; this module is the only place that knows FTS5).

- `search_pairs` (detail=full): every overlapping pair of characters of the text is one token at its
  position, so a query of n >= 2 characters is the phrase of its n-1 pairs at consecutive positions —
  exactly a substring (a pair names both of its characters, the phrase fixes their order).
- `search_chars` (detail=none): every character of the text is a token, which holds only the list of
  records it occurs in; a one-character query is that token's list. (The triggers give each character
  once, a bulk write as often as it occurs: the postings are the same.)

Both are contentless (the text is not stored at all: text_sql() computes it from the record's columns,
migration 0014) with rowid = records.sort_key, so FTS5
hands back matches newest first, and a year is a rowid range. Characters are turned into tokens of the
`ascii` tokenizer (which splits only at ASCII punctuation and spaces) by a fixed code: a character
that tokenizer would split at becomes one private-use character (U+F0100 + its code), the few
characters of that private-use block itself become two characters (U+F0000, U+F0400 + offset).
The code is prefix-free, so a pair token names exactly two characters. The code is part of the
schema: change it only together with a migration that rebuilds both tables (a contentless table
removes a row by being told the tokens it was given).

Triggers (db/migrations/0012, 0014) keep both tables exact on every write; bulk writes (bulk.py) drop
them for the length of their transaction and index the new rows at its end instead."""
from __future__ import annotations

import contextlib
import operator
import re
import sqlite3
import sys
import unicodedata
from array import array
from collections import Counter
from typing import Iterable, Iterator

TABLES = ("search_chars", "search_pairs")
TRIGGERS = ("records_search_insert", "records_search_update", "records_search_delete")

# The columns a record's search text is made of, in search.search_text_from_columns' order.
TEXT_COLUMNS = ("title", "number", "receipt_number", "sender", "sender_number", "lead_department", "recipients",
                "fields")

_ESCAPE = "\U000f0000"
_RESERVED = re.compile("[\U000f0000-\U000f03ff]")
_ASCII_CODES = {o: chr(0xF0100 + o) for o in range(128) if not chr(o).isalnum()}
_SPLITS_AT = re.compile("[" + re.escape("".join(map(chr, _ASCII_CODES))) + "]")
# Between the texts of a batch coded as one string (postings): two reserved characters, so never in a text
# coded that way, and never a code either.
_BETWEEN = "\U000f03fe\U000f03ff"
_POINT = "I" if array("I").itemsize == 4 else "L"  # one code point per item (UTF-32)
_UTF32 = "utf-32-le" if sys.byteorder == "little" else "utf-32-be"


def text_sql(alias: str = "") -> str:
    """A record's search text in SQL: docroute_search_text (database.connect registers it) of its columns."""
    prefix = f"{alias}." if alias else ""
    return f"docroute_search_text({', '.join(prefix + c for c in TEXT_COLUMNS)})"


def _codes(text: str) -> str | list[str]:
    """Each character's code: a string of one-character codes, or a list when a reserved character
    (practically never) needs two."""
    if _RESERVED.search(text) is None:
        return _ascii_coded(text)
    return [_code(c) for c in text]


def _ascii_coded(text: str) -> str:
    """A text without reserved characters, coded. (str.translate looks every character up in the table,
    and a failed lookup is an exception: a replace per ASCII character present is ~4x faster on a
    Chinese text with a few of them.)"""
    for ch in set(_SPLITS_AT.findall(text)):
        text = text.replace(ch, _ASCII_CODES[ord(ch)])
    return text


def _code(ch: str) -> str:
    o = ord(ch)
    if o < 128:
        return _ASCII_CODES.get(o, ch)
    if 0xF0000 <= o < 0xF0400:
        return _ESCAPE + chr(0xF0400 + o - 0xF0000)
    return ch


def chars_tokens(text: str | None) -> str:
    """The tokens of `search_chars` for a stored search text: its distinct characters."""
    return " ".join(set(_codes(text or "")))


def pairs_tokens(text: str | None) -> str:
    """The tokens of `search_pairs`: each overlapping pair in order. The newline between two fields is
    a character like any other, so no pair of a query (which never holds one) spans two fields."""
    codes = _codes(text or "")
    return " ".join(map(operator.add, codes, codes[1:]))


def register_functions(conn: sqlite3.Connection) -> None:
    """The SQL functions the triggers and the bulk index call (registered on every connection)."""
    conn.create_function("docroute_search_chars", 1, chars_tokens, deterministic=True)
    conn.create_function("docroute_search_pairs", 1, pairs_tokens, deterministic=True)


def match(query: str) -> tuple[str, str]:
    """(table, MATCH expression) answering a normalised query of one or more characters."""
    if len(query) == 1:
        return "search_chars", f'"{_code(query)}"'
    return "search_pairs", f'"{pairs_tokens(query)}"'


def candidates(query: str, where: list[str], *, count: bool, bounded: bool = True) -> str:
    """SQL giving the sort_keys (newest first) or the number of records whose text holds `query`,
    within :lo..:hi (when `bounded`: a year) and the record conditions `where` (on alias r). Parameters:
    :match, and :lo, :hi when bounded."""
    table, _ = match(query)
    join = ""
    if where:
        # CROSS JOIN keeps FTS5 outside, walking its matches newest first; the narrow index answers
        # the kind/status/due conditions without reading the records.
        join = f" CROSS JOIN records r INDEXED BY records_search_filter ON r.sort_key = {table}.rowid"
    # An unbounded range is left out: FTS5 checks it at every match (~2 ms of a 230,000-match count).
    ranged = [f"{table}.rowid BETWEEN :lo AND :hi"] if bounded else []
    conditions = " AND ".join([f"{table} MATCH :match", *ranged, *where])
    head = "SELECT count(*)" if count else f"SELECT {table}.rowid"
    tail = "" if count else f" ORDER BY {table}.rowid DESC"
    return f"{head} FROM {table}{join} WHERE {conditions}{tail}"


# ---- bulk maintenance ----------------------------------------------------------------------------
@contextlib.contextmanager
def deferred(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's write transaction: the per-row triggers are dropped, and put back exactly as
    they were (their stored SQL) when the block ends, whether it succeeds or not. If the process dies
    in between, the transaction rolls back and the triggers were never gone."""
    saved = [sql for (sql,) in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({', '.join('?' * len(TRIGGERS))}) "
        "ORDER BY name", TRIGGERS)]
    for name in TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for sql in saved:
            conn.execute(sql)


def index_records(conn: sqlite3.Connection, first_id: int = 1, chunk: int = 5_000) -> None:
    """Adds the postings of every record with id >= first_id (bulk.py, after storing rows with the
    triggers deferred): each text is coded once for both tables, in chunks of `chunk` records."""
    last = first_id - 1
    with large_buffers(conn):
        _index_from(conn, last, chunk)


def _index_from(conn: sqlite3.Connection, last: int, chunk: int) -> None:
    while True:
        rows = conn.execute(f"SELECT id, sort_key, {text_sql()} FROM records WHERE id > ? ORDER BY id LIMIT ?",
                            [last, chunk]).fetchall()
        if not rows:
            return
        add_postings(conn, *postings((key, text) for _, key, text in rows))
        last = rows[-1][0]


def postings(texts: Iterable[tuple[int, str | None]]) -> tuple[list, list]:
    """The rows of both tables for (sort_key, search text) pairs, each text coded once. The texts are
    coded, spaced and paired as one string (bulk loads: ~3x faster than text by text), unless one holds
    a reserved character."""
    items = list(texts)
    keys, plain = [key for key, _ in items], [text or "" for _, text in items]
    if _RESERVED.search("".join(plain)) is None:
        joined = _ascii_coded(_BETWEEN.join(plain))
        return list(zip(keys, _chars_of_joined(joined))), list(zip(keys, _pairs_of_joined(joined)))
    # a reserved character somewhere: text by text
    coded = [_codes(text) for text in plain]
    return ([(key, " ".join(set(codes))) for key, codes in zip(keys, coded)],
            [(key, " ".join(map(operator.add, codes, codes[1:]))) for key, codes in zip(keys, coded)])


def _chars_of_joined(joined: str) -> list[str]:
    """Each text's characters, spaced, of a _BETWEEN-joined coded string (one pass over its code points).
    A character can come more than once: detail=none keeps one posting per token and record, so the
    postings are those of chars_tokens' distinct ones (verify() counts them per character), without
    a set per text (a third of a bulk load's coding). Only FTS5's total of tokens, which ranking alone
    reads (no query here ranks), counts the repeats."""
    points = array(_POINT)
    points.frombytes(joined.encode(_UTF32))
    spaced = array(_POINT, [ord(" ")]) * (2 * len(points))
    spaced[0::2] = points
    return [segment[:-1] for segment in spaced.tobytes().decode(_UTF32).split(f"{_BETWEEN[0]} {_BETWEEN[1]} ")]


def _pairs_of_joined(joined: str) -> list[str]:
    """pairs_tokens of each text of a _BETWEEN-joined coded string, made in one pass over its code points:
    " " + every overlapping pair + " " holds the pair _BETWEEN itself as " \U000f03fe\U000f03ff " between
    two texts, and a text's own pairs are what lies between two of those, less its first and last pair
    (each half a separator)."""
    points = array(_POINT)
    points.frombytes((_BETWEEN + joined + _BETWEEN).encode(_UTF32))
    spaced = array(_POINT, [ord(" ")]) * (3 * len(points) - 2)
    spaced[1::3] = points[:-1]
    spaced[2::3] = points[1:]
    return [segment[3:-3] for segment in spaced.tobytes().decode(_UTF32).split(f" {_BETWEEN} ")[1:-1]]


def add_postings(conn: sqlite3.Connection, chars: list, pairs: list) -> None:
    """Inserts rows made by postings() (with the triggers deferred: bulk.py)."""
    conn.executemany("INSERT INTO search_chars (rowid, chars) VALUES (?, ?)", chars)
    conn.executemany("INSERT INTO search_pairs (rowid, pairs) VALUES (?, ?)", pairs)


@contextlib.contextmanager
def large_buffers(conn: sqlite3.Connection, sizes: tuple[int, int] = (64 << 20, 16 << 20)) -> Iterator[None]:
    """FTS5 keeps new postings in an in-memory hash of 1 MB and writes a segment whenever it fills;
    a bulk index with a larger one writes fewer, larger segments (measured: 2x faster). search_chars'
    postings are rowids only: with 64 MB its final merge takes 0.3 s instead of 1.1 s at a million
    records; search_pairs' positions gain little from more than 16 MB."""
    for table, size in zip(TABLES, sizes):
        conn.execute(f"INSERT INTO {table} ({table}, rank) VALUES ('hashsize', ?)", [size])
    try:
        yield
    finally:
        for table in TABLES:
            conn.execute(f"DELETE FROM {table}_config WHERE k = 'hashsize'")


# The Unicode version whose normalisation (search.normalise: NFKC, lower case) made the posted texts.
UNICODE_KEY = "search_text_unicode"


def unicode_changed(conn: sqlite3.Connection) -> bool:
    """Whether the postings were made under another Unicode version than this Python's (or not marked yet).
    The triggers forget a record by the tokens of its text computed now; a character another version
    normalises otherwise would leave its old tokens behind, so such a file is indexed again (reindex)."""
    row = conn.execute("SELECT value FROM office_settings WHERE key = ?", [UNICODE_KEY]).fetchone()
    return row is None or row[0] != unicodedata.unidata_version


def reindex(conn: sqlite3.Connection) -> None:
    """Inside a write transaction: every record's postings made again from its text computed now, and the
    Unicode version marked. Unmarked postings (a new file, or one 0014 just checked against its columns)
    are this version's already and are only marked."""
    row = conn.execute("SELECT value FROM office_settings WHERE key = ?", [UNICODE_KEY]).fetchone()
    if row is not None and row[0] != unicodedata.unidata_version:
        for table in TABLES:
            conn.execute(f"INSERT INTO {table} ({table}) VALUES ('delete-all')")
        index_records(conn)
        optimize(conn)
    conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                 "value = excluded.value", [UNICODE_KEY, unicodedata.unidata_version])


def optimize(conn: sqlite3.Connection) -> None:
    """Merges the segments a large bulk write left into one b-tree per table: smaller and faster."""
    for table in TABLES:
        conn.execute(f"INSERT INTO {table} ({table}) VALUES ('optimize')")


# ---- verification --------------------------------------------------------------------------------
SAMPLE = 1000  # records, spread evenly over the ids, whose own postings are looked up one by one


def verify(conn: sqlite3.Connection, sample: int = SAMPLE) -> dict:
    """Whether the postings are those of the records' texts. One pass over the texts gives, per
    character, the number of records holding it, and the total number of pairs; FTS5's vocabulary
    tables give the same from the postings. Postings moved from one record to another keep those
    totals, so sampled records (the first and the last among them) must also find their own text at
    their own rowid. {"ok", "postings", "expected", "problem"?}"""
    expected: Counter[str] = Counter()
    pairs = 0
    for (text,) in conn.execute(f"SELECT {text_sql()} FROM records"):
        codes = _codes(text or "")
        expected.update(set(codes))  # counted in C
        pairs += max(len(codes) - 1, 0)
    for table in TABLES:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{table}_vocab USING fts5vocab(main, {table}, row)")
    found = dict(conn.execute("SELECT term, doc FROM temp.search_chars_vocab"))
    posted = conn.execute("SELECT coalesce(sum(cnt), 0) FROM temp.search_pairs_vocab").fetchone()[0]
    wrong_chars = sum(1 for t in expected.keys() | found.keys() if expected.get(t, 0) != found.get(t, 0))
    result: dict = {"ok": True, "postings": posted, "expected": pairs}
    if wrong_chars or posted != pairs:
        result.update(ok=False, problem=f"搜索索引与记录不一致：应有 {pairs:,} 条索引项，实有 {posted:,} 条"
                      + (f"，{wrong_chars} 个字的记录数不符" if wrong_chars else "") + "，查询可能漏掉或多出记录")
    elif misplaced := _misplaced(conn, sample):
        result.update(ok=False, misplaced=misplaced,
                      problem=f"搜索索引与记录不一致：应有 {pairs:,} 条索引项，实有 {posted:,} 条（条数相同但所属记录不同，"
                              f"如记录 {'、'.join(map(str, misplaced[:10]))}），查询可能漏掉或多出记录")
    return result


def _misplaced(conn: sqlite3.Connection, sample: int) -> list[int]:
    """Ids of sampled records whose own text is not found at their own rowid."""
    top = conn.execute("SELECT coalesce(max(id), 0) FROM records").fetchone()[0]
    ids = sorted({*range(1, top + 1, max(1, top // sample)), top} - {0})
    wrong = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = conn.execute(f"SELECT id, sort_key, {text_sql()} FROM records WHERE id IN ({','.join('?' * len(chunk))})",
                            chunk).fetchall()
        for record_id, key, text in rows:
            if text and not _finds_itself(conn, key, text):
                wrong.append(record_id)
    return wrong


def _finds_itself(conn: sqlite3.Connection, key: int, text: str) -> bool:
    """Every character and every pair of the text is posted at the record's own rowid (one token per
    query: FTS5 seeks a single token's list to a rowid in ~20 µs; an AND of 40 tokens takes ~35 ms)."""
    codes = _codes(text)
    for table, tokens in (("search_chars", set(codes)), ("search_pairs", set(map(operator.add, codes, codes[1:])))):
        sql = f"SELECT 1 FROM {table} WHERE {table} MATCH ? AND rowid = ?"
        if any(conn.execute(sql, [f'"{token}"', key]).fetchone() is None for token in tokens):
            return False
    return True
