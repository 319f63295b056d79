"""查询: one combinable query over both registers — date range, kind, series, 文种, 密级, department or
sender, signer, status, overdue, and the text search of the lists — answered as ids newest first (a
lazy list pages through them) and a count, fast at 1,000,000 records.

Without text the query reads only the covering index `records_office_cover` (0010), one kind at a time
newest first (both kinds are merged by sort_key), so a page of 50 is found at once and a count over the
whole registry takes ~0.1 s at a million records. With text the search of registry/search.py answers
it (its bigram postings), the filters added to its own as one look-up per candidate in the same
covering index: there is one text search, not two."""
from __future__ import annotations

import heapq
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.enums import Classification, DocType
from desktop_app.domain.errors import Hint, InputError
from desktop_app.domain.values import parse_date, parse_enum
from desktop_app.registry import search
from desktop_app.registry.engine import Database
from desktop_app.registry.fields import STATUS_LABELS
from desktop_app.registry.sqlparts import indexed, one_of, packed

KINDS = ("outgoing", "incoming")
COVER = "records_office_cover"
NUMBER_MATCHES = 20
NUMBER_CANDIDATES = 2000  # records whose search text contains the number (titles may cite it)


@dataclass(frozen=True)
class Query:
    """What a clerk asks: every field optional, all given ones must hold (AND). Build it with
    `Query.parse(...)` from a form or the command line: each bad field is an InputError naming it."""

    text: str = ""
    date_from: date | None = None  # registration date from (inclusive)
    date_to: date | None = None  # … to (inclusive)
    kind: str | None = None
    series: str | None = None
    doc_type: str | None = None
    classification: str | None = None
    department: str | None = None  # the drafting department of outgoing, the sender of incoming
    signer: str | None = None  # person id or name of the recorded 签发
    status: str | None = None
    overdue: bool | None = None
    today: date | None = None  # what "overdue" is measured against; today when None

    @classmethod
    def parse(cls, **given: Any) -> "Query":
        values: dict[str, Any] = {}
        for name, value in given.items():
            if name not in _FIELD_NAMES:
                raise InputError(name, "不是查询条件", f"可用条件：{'、'.join(sorted(_FIELD_NAMES))}")
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            values[name] = _PARSERS.get(name, _text)(value, name)
        query = cls(**values)
        if query.date_from and query.date_to and query.date_to < query.date_from:
            raise InputError("date_to", f"结束日期 {query.date_to} 早于开始日期 {query.date_from}", "请检查日期范围")
        return query

    @property
    def has_filters(self) -> bool:
        return any(getattr(self, f.name) is not None for f in fields(self) if f.name not in ("text", "today"))

    def to_json(self) -> dict:
        return {f.name: (v.isoformat() if isinstance(v, date) else v)
                for f in fields(self) if (v := getattr(self, f.name)) not in (None, "")}

    # ---- SQL ------------------------------------------------------------------------------
    def key_range(self) -> tuple[int, int]:
        low = search.sort_key(self.date_from, 0) if self.date_from else 0
        high = search.sort_key(date.fromordinal(self.date_to.toordinal() + 1), 0) - 1 if self.date_to else (1 << 63) - 1
        return low, high

    def conditions(self, alias: str) -> tuple[list[str], dict]:
        """The filters (all but text and the date range) on a row of records_office_cover."""
        where, params = [], {}
        for name in ("kind", "series", "doc_type", "classification", "status"):
            if getattr(self, name) is not None:
                where.append(f"{alias}.{name} = :q_{name}")
                params[f"q_{name}"] = getattr(self, name)
        if self.department:
            where.append(f"coalesce({alias}.sender, {alias}.lead_department) = :q_department")
            params["q_department"] = self.department
        if self.signer:
            where.append(f"EXISTS (SELECT 1 FROM step_actions s WHERE s.record_id = {alias}.id AND s.action = 'sign' "
                         "AND (s.by_person = :q_signer OR s.by_name = :q_signer))")
            params["q_signer"] = self.signer
        if self.overdue is not None:
            test = (f"({alias}.due IS NOT NULL AND {alias}.due < :q_today AND {alias}.status NOT IN "
                    "('done', 'numbered', 'voided'))")
            where.append(test if self.overdue else f"NOT {test}")
            params["q_today"] = (self.today or date.today()).isoformat()
        return where, params


@dataclass(frozen=True)
class _TextFilters(search.Filters):
    """The query's filters in the shape registry/search.py takes: its own clauses plus one look-up of
    the candidate in the covering index, so checking a candidate never reads the record itself."""

    query: Query = Query()

    def clauses(self, alias: str = "r") -> tuple[list[str], dict]:
        where, params = self.query.conditions("f")
        if not where:
            return [], {}
        return [f"EXISTS (SELECT 1 FROM {indexed('records f', COVER)} WHERE f.kind = {alias}.kind "
                f"AND f.sort_key = {alias}.sort_key AND {' AND '.join(where)})"], params

    def key_range(self) -> tuple[int, int]:
        return self.query.key_range()

    @property
    def needs_records(self) -> bool:
        return self.query.has_filters


class OfficeQuery:
    """The face of 查询 (`registry.query`): ids newest first, a count, light rows, an XLSX export."""

    def __init__(self, db: Database, known_grams: dict[str, int] | None = None) -> None:
        self.db = db
        self._known = known_grams if known_grams is not None else {}

    def ids(self, query: Query, limit: int | None = None) -> list[int]:
        if limit is not None and limit < 1:
            raise InputError("limit", "条数至少为 1", Hint("例如 --limit 50", "请至少查找 1 条"))
        if query.text.strip():
            return search.search_ids(self.db, query.text, _TextFilters(query=query), limit, self._known)
        runs = []
        for kind in _kinds(query):
            sql, params = self._sql(query, kind, count=False)
            if limit is not None:
                sql += " LIMIT :limit"
                params["limit"] = limit
            runs.append([key for (key,) in self.db.conn.execute(sql, params)])
        keys = heapq.merge(*runs, reverse=True)  # each run is newest first already
        return [key & search.ID_MASK for key, _ in zip(keys, range(limit if limit is not None else 1 << 62))]

    def count(self, query: Query) -> int:
        if query.text.strip():
            return search.count(self.db, query.text, _TextFilters(query=query), self._known)
        return sum(self.db.conn.execute(*self._sql(query, kind, count=True)).fetchone()[0] for kind in _kinds(query))

    def by_number(self, text: str, limit: int = NUMBER_MATCHES) -> list[int]:
        """Records whose 文号 or 收文编号 is `text`, or an incoming one whose 来文字号 is: what a scan of the
        number printed on a document finds, newest first. The brackets may be typed as () [] 【】 (a
        scanner or a keyboard without 〔〕), digits full-width. The text search finds the candidates (the
        number is part of every record's search text); only exact numbers are kept."""
        from desktop_app.registry.numbers import normalise_number

        wanted = normalise_number(_text(text, "number"))
        if len(wanted) < 2:
            return []
        candidates = search.search_ids(self.db, wanted, search.Filters(), NUMBER_CANDIDATES, self._known)
        if not candidates:
            return []
        exact = {rid for (rid,) in self.db.conn.execute(
            f"SELECT id FROM records WHERE {one_of(self.db, 'id', ':ids')} AND (number = :n OR receipt_number = :n "
            "OR (kind = 'incoming' AND sender_number = :n))", {"ids": packed(self.db, candidates), "n": wanted})}
        return [rid for rid in candidates if rid in exact][:limit]

    def rows(self, ids: list[int], today: date | None = None) -> list[dict]:
        from desktop_app.registry import records

        return records.light_rows(self.db, list(ids), today)

    def export(self, query: Query, path: str | Path) -> dict:
        """The matching records as the register workbook (registry/exchange.py), newest first."""
        from desktop_app.registry import exchange

        ids = self.ids(query)
        return exchange.export(self.db, Path(path), ids=ids) | {"query": query.to_json(), "records": len(ids)}

    def _sql(self, query: Query, kind: str, *, count: bool) -> tuple[str, dict]:
        where, params = query.conditions("r")
        params["lo"], params["hi"] = query.key_range()
        params["q_kind"] = kind
        conditions = " AND ".join(dict.fromkeys(["r.kind = :q_kind", "r.sort_key BETWEEN :lo AND :hi", *where]))
        head = "SELECT count(*)" if count else "SELECT r.sort_key"
        tail = "" if count else " ORDER BY r.sort_key DESC"
        return f"{head} FROM {indexed('records r', COVER)} WHERE {conditions}{tail}", params


def _kinds(query: Query) -> tuple[str, ...]:
    if query.kind:
        return (query.kind,)
    return ("outgoing",) if query.series else KINDS  # only outgoing records have a 机关代字 series


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise InputError(name, "应为文字")
    return value.strip()


def _kind(value: Any, name: str) -> str:
    if value not in KINDS:
        raise InputError(name, f"取值“{value}”无效", "可选值：outgoing、incoming")
    return value


def _status(value: Any, name: str) -> str:
    by_label = {label: status for status, label in STATUS_LABELS.items()}
    value = by_label.get(value, value)
    if value not in STATUS_LABELS:
        raise InputError(name, f"取值“{value}”无效", f"可选值：{'、'.join(STATUS_LABELS)}")
    return value


def _classification(value: Any, name: str) -> str:
    if value in ("无", "none"):
        return Classification.NONE.value
    return parse_enum(Classification, value, name).value


def _flag(value: Any, name: str) -> bool:
    if isinstance(value, bool):
        return value
    raise InputError(name, "应为 true 或 false")


def _day(value: Any, name: str) -> date:
    return parse_date(value, name)


_PARSERS = {"date_from": _day, "date_to": _day, "today": _day, "kind": _kind, "status": _status,
            "doc_type": lambda v, n: parse_enum(DocType, "命令" if v == "令" else v, n).value,
            "classification": _classification, "overdue": _flag}
_FIELD_NAMES = {f.name for f in fields(Query)}
