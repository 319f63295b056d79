"""The two pieces of the office lists' SQL that are SQLite's own, one small function each, so that a
server engine (PostgreSQL, later) changes them here and nowhere else:

- `indexed(source, index)`: SQLite's planner, without statistics, prefers a narrow index and then reads
  the records for the other columns; `INDEXED BY` keeps a query on its covering index (a million records
  read through the table cost seconds, through the index milliseconds). PostgreSQL chooses by itself.
- `one_of(column)` with `packed(values)`: "column is one of these values" with a single parameter of any
  length (a JSON array read by json_each); PostgreSQL would write `column = ANY(%s)` with an array."""
from __future__ import annotations

import json
from typing import Any, Iterable


def indexed(source: str, index: str) -> str:
    """`records r` → `records r INDEXED BY records_office_cover`."""
    return f"{source} INDEXED BY {index}"


def one_of(column: str, placeholder: str = "?") -> str:
    return f"{column} IN (SELECT value FROM json_each({placeholder}))"


def packed(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False)
