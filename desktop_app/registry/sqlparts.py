"""The pieces of the office lists' SQL that differ between the engines, one small function each:

- `indexed(source, index)`: SQLite's planner, without statistics, prefers a narrow index and then reads
  the records for the other columns; `INDEXED BY` keeps a query on its covering index (a million records
  read through the table cost seconds, through the index milliseconds). PostgreSQL chooses by itself:
  its SQL translation (engine/pgsql.py) drops the hint.
- `one_of(db, column)` with `packed(db, values)`: "column is one of these values" with a single
  parameter of any length (SQLite: a JSON array read by json_each; PostgreSQL: `= ANY(array)`).
- `json_rows(db, columns)`: an aggregate of the group's rows as one JSON text, a list of lists
  (SQLite: json_group_array(json_array(…)); PostgreSQL: json_agg(json_build_array(…)))."""
from __future__ import annotations

from typing import Any, Iterable

from desktop_app.registry.engine import engine_of


def indexed(source: str, index: str) -> str:
    """`records r` → `records r INDEXED BY records_office_cover`."""
    return f"{source} INDEXED BY {index}"


def one_of(db: Any, column: str, placeholder: str = "?") -> str:
    return engine_of(db).one_of(column, placeholder)


def packed(db: Any, values: Iterable[Any]) -> Any:
    return engine_of(db).packed(values)


def json_rows(db: Any, columns: str) -> str:
    return engine_of(db).json_rows(columns)
