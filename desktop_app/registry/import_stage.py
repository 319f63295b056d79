"""The second half of an Excel/CSV import (exchange.py reads and validates): validated rows wait in a
staging table, then all of them are written in one bulk transaction (bulk.py), or none.

Staging keeps memory flat (100,000 validated rows held as Python dicts took 322 MB) and keeps the
database free for other clerks while a large file is read: the write lock is taken only for the final
copy. Because rows were checked against the numbers table before that lock, each claimed number is
checked again inside it, naming the row."""
from __future__ import annotations

import json
import marshal
from datetime import date
from typing import Callable, Iterator

from desktop_app.domain.errors import InputError
from desktop_app.registry import bulk, fields_codec, numbers
from desktop_app.registry.database import now, user_of
from desktop_app.registry.engine import Database, engine_of
from desktop_app.registry.records import MAX_SEARCH_TEXT
from desktop_app.registry.search import search_text_of, sort_key

CHUNK = 2000
CLAIMS_PER_QUERY = 300  # 900 parameters: under the 999 an SQLite built before 3.32 allows
Progress = Callable[[str, int, int], None]


class Staging:
    """A temporary table of validated rows, in file order (the connection's temp schema: it is never
    part of the database file and vanishes with the connection). A row is kept as marshal's bytes: it is
    read back by this same process only, and marshal writes one three times faster than JSON (at 100,000
    rows, 0.5 s of the import)."""

    def __init__(self, db: Database) -> None:
        self.conn = db.conn
        self.conn.execute("DROP TABLE IF EXISTS temp.import_staging")
        engine = engine_of(db)
        self.conn.execute(f"CREATE TEMP TABLE import_staging (seq {engine.counting_key}, place TEXT NOT NULL, "
                          f"kind TEXT NOT NULL, item {engine.bytes_type} NOT NULL)")
        self.pending: list[tuple[str, str, bytes]] = []
        self.count = 0

    def add(self, place: str, kind: str, item: dict) -> None:
        self.pending.append((place, kind, marshal.dumps(item)))
        self.count += 1
        if len(self.pending) >= CHUNK:
            self.flush()

    def flush(self) -> None:
        if self.pending:
            self.conn.executemany("INSERT INTO temp.import_staging (place, kind, item) VALUES (?, ?, ?)",
                                  self.pending)
            self.pending = []
        if self.conn.in_transaction:
            self.conn.commit()  # the temp schema only: the write transaction of store() starts clean

    def rows(self) -> Iterator[tuple[str, str, dict]]:
        last = 0
        while True:
            chunk = self.conn.execute("SELECT seq, place, kind, item FROM temp.import_staging WHERE seq > ? "
                                      "ORDER BY seq LIMIT ?", [last, CHUNK]).fetchall()
            if not chunk:
                return
            for seq, place, kind, item in chunk:
                yield place, kind, marshal.loads(item)
            last = chunk[-1][0]

    def close(self) -> None:
        if self.conn.in_transaction:
            self.conn.rollback()
        self.conn.execute("DROP TABLE IF EXISTS temp.import_staging")
        if self.conn.in_transaction:
            self.conn.commit()


def store(db: Database, staging: Staging, source: str,
          progress: Progress | None = None) -> dict:
    """Writes every staged row in one bulk transaction: records, claimed numbers, an audit entry per
    record and one for the file. Raises InputError naming the row whose number was taken meanwhile."""
    staging.flush()
    counts = {"outgoing": 0, "incoming": 0}
    user, stamp = user_of(db), now()
    with bulk.load(db, staging.count) as writer:
        rows = _Rows(db, writer, user, stamp, source)
        for place, kind, item in staging.rows():
            rows.add(place, kind, item)
            counts[kind] += 1
            if len(rows.records) >= CHUNK:
                rows.flush()
                if progress:
                    progress("write", sum(counts.values()), staging.count)
        rows.flush()
        for (series, year), serial in rows.counters.items():
            numbers.advance_counter(db, series, year, serial - 1)
        writer.audit([(stamp, user, "import", None, None,
                       _dump({"file": source, "rows": staging.count}))])
        if progress:  # still inside the transaction: a cancel here imports nothing either
            progress("write", staging.count, staging.count)
    return {"imported": staging.count, **counts}


class _Rows:
    """Record, number and audit rows of staged items, written a chunk at a time."""

    def __init__(self, db: Database, writer: bulk.BulkWriter, user: str, stamp: str,
                 source: str) -> None:
        self.db, self.writer, self.user, self.stamp, self.source = db, writer, user, stamp, source
        self.records: list[tuple] = []
        self.numbers: list[tuple] = []
        self.audit: list[tuple] = []
        self.counters: dict[tuple[str, int], int] = {}  # next serial per series and year, this load
        self.claims: list[tuple[str, str, int, int]] = []  # (row, series, year, serial) of the chunk being made
        self.encoders = {kind: fields_codec.Encoder(kind) for kind in fields_codec.CODES}

    def add(self, place: str, kind: str, item: dict) -> None:
        record_id = self.writer.next_id + len(self.records)
        columns, fields = _columns(kind, item)
        day = date.fromisoformat(columns["date"])
        claimed = item.get("number") or item.get("receipt")
        if kind == "incoming" and not claimed:
            claimed = [numbers.RECEIPT_SERIES, day.year, self._next(numbers.RECEIPT_SERIES, day.year)]
        if claimed:
            series, year, serial = claimed
            self._claim(place, series, year, serial)
            text = numbers.format_number(series, year, serial)
            if kind == "incoming":
                columns.update(receipt_year=year, receipt_serial=serial, receipt_number=text)
            self.numbers.append((series, year, serial, record_id, "voided" if item["status"] == "voided"
                                 else "active", text, self.stamp))
        self.records.append(self._record(place, kind, record_id, columns, fields, item, day))
        self.audit.append((self.stamp, self.user, "import", record_id, None, _dump(
            {"file": self.source, "row": place, "title": item["title"], "status": item["status"]})))

    def _record(self, place: str, kind: str, record_id: int, columns: dict, fields: dict, item: dict,
                day: date) -> tuple:
        text = search_text_of(columns.get("title"), columns.get("number"), columns.get("receipt_number"),
                              columns.get("sender"), columns.get("sender_number"),
                              fields.get("sender_number_original"), columns.get("lead_department"),
                              columns.get("recipients"))
        if len(text) > MAX_SEARCH_TEXT:
            raise InputError("import", f"{place}：标题、主送、抄送等文字合计 {len(text)} 字，过长，未导入任何记录",
                             f"合计不能超过 {MAX_SEARCH_TEXT} 字")
        void_reason = item["note"] if item["note"] and item["status"] == "voided" else None
        values = {**columns, "id": record_id, "kind": kind, "status": item["status"],
                  "plan_id": None, "created_at": self.stamp, "updated_at": self.stamp,
                  "sort_key": sort_key(day, record_id), "void_reason": void_reason, "search_text": text,
                  "direction": bulk.direction(kind, fields)}
        values["recipients"] = values.get("recipients") or ""
        values["fields"] = self.encoders[kind](fields, values)  # without what the columns hold
        return tuple(values.get(name) for name in bulk.RECORD_COLUMNS)

    def _next(self, series: str, year: int) -> int:
        key = (series, year)
        if key not in self.counters:
            self.counters[key] = numbers.next_serial(self.db, series, year)
        serial = self.counters[key]
        self.counters[key] = serial + 1
        return serial

    def _claim(self, place: str, series: str, year: int, serial: int) -> None:
        key = (series, year)
        self.claims.append((place, series, year, serial))
        self.counters[key] = max(self.counters.get(key) or numbers.next_serial(self.db, series, year), serial + 1)

    def _check_claims(self) -> None:
        """The chunk's numbers against those taken since they were read (one query, not one per row)."""
        taken: set[tuple] = set()
        for start in range(0, len(self.claims), CLAIMS_PER_QUERY):
            part = self.claims[start:start + CLAIMS_PER_QUERY]
            rows = ", ".join("(?, ?, ?)" for _ in part)
            # The claims drive the join, each found by the key; as "(series, year, serial) IN (VALUES …)"
            # SQLite scanned the whole numbers table once per query (8 ms at 50,000 numbers, and growing).
            taken.update(self.db.conn.execute(
                f"SELECT n.series, n.year, n.serial FROM (VALUES {rows}) AS claim CROSS JOIN numbers AS n "
                "WHERE n.series = claim.column1 AND n.year = claim.column2 AND n.serial = claim.column3",
                [v for claim in part for v in claim[1:]]))
        for place, series, year, serial in self.claims:
            if (series, year, serial) in taken:
                text = numbers.format_number(series, year, serial)
                raise InputError("import", f"{place}：文号：“{text}”在数据库中已经使用过（导入期间被登记），未导入任何记录",
                                 "请改正该行后重新导入")
        self.claims = []

    def flush(self) -> None:
        self._check_claims()
        self.writer.records(self.records)
        self.writer.numbers(self.numbers)
        self.writer.audit(self.audit)
        self.records, self.numbers, self.audit = [], [], []


def _columns(kind: str, item: dict) -> tuple[dict, dict]:
    """The record columns and stored fields of a validated row (as registration stores them)."""
    fields = {k: item[k] for k in ("title", "doc_type", "classification", "urgency", "date") if item.get(k)}
    columns = {k: item.get(k) for k in ("title", "doc_type", "classification", "urgency", "date", "copies", "due",
                                        "sender", "sender_number", "lead_department", "publicity")}
    if kind == "outgoing":
        fields.update(main_recipients=item["main_recipients"], cc=item["cc"], imported=True,
                      lead_department=item["lead_department"], publicity=item["publicity"])
        columns["recipients"] = "、".join(item["main_recipients"] + item["cc"])
        if item["number"]:
            series, year, serial = item["number"]
            fields["series"] = series
            columns.update(series=series, year=year, serial=serial,
                           number=numbers.format_number(series, year, serial))
    else:
        fields.update(sender=item["sender"], sender_number=item["sender_number"], imported=True,
                      sender_number_original=item["sender_number_original"], received_on=item["date"])
    return columns, fields


def _dump(value: dict) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
