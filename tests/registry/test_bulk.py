"""Bulk writes (registry/bulk.py): the demo register lands in one transaction with its postings indexed
at the end, or not at all; its records are what registration would have stored."""
from __future__ import annotations

import json
import multiprocessing
import sqlite3
from datetime import date

import pytest

from desktop_app.registry import Registry, demo, search_index
from desktop_app.registry.database import schema_sql
from desktop_app.registry.fields import incoming_columns, outgoing_columns, routing_request
from desktop_app.registry.search import Filters, scan_ids
from desktop_app.rules.engine import route


class Cancelled(Exception):
    pass


def test_a_cancelled_load_leaves_nothing_and_the_schema_as_it_was(tmp_path):
    with Registry.open(tmp_path / "db.sqlite") as registry:
        registry.demo(50)
        before = schema_sql(registry.db)

        def cancel(done, total):
            if done >= 10_000:
                raise Cancelled

        with pytest.raises(Cancelled):
            registry.demo(30_000, progress=cancel)  # its rows made by a second process
        assert multiprocessing.active_children() == []  # which is gone with the load
        assert registry.db.conn.execute("SELECT count(*) FROM records").fetchone()[0] == 50
        assert schema_sql(registry.db) == before  # triggers and indexes are back
        assert registry.check()["ok"] and search_index.verify(registry.db.conn)["ok"]
        registry.demo(25_000)  # large enough to rebuild the indexes and merge the postings
        assert schema_sql(registry.db) == before
        assert search_index.verify(registry.db.conn)["ok"]
        for text in ("防汛", "县", "〔2024〕1", "工作情况"):
            assert registry.search_ids(text) == scan_ids(registry.db, text, Filters(), use_like=True)


def test_demo_rows_are_what_registration_stores(tmp_path):
    """Fields, columns and plan of sampled demo records equal the validators' and the engine's answers
    for the same generated requests (the demo computes them once per routing key)."""
    with Registry.open(tmp_path / "db.sqlite") as registry:
        registry.demo(3000)
        requests = list(demo.generate(3000, departments=list(registry.org_chart().departments())))
        org, calendar = registry.org_chart(), registry._calendar()
        for record_id in range(1, 3001, 37):
            request = dict(requests[record_id - 1])
            kind = request.pop("kind")
            columns, fields = (outgoing_columns(request, date.today()) if kind == "outgoing"
                               else incoming_columns(request))
            row = registry.get(record_id)
            assert row["fields"] == json.loads(json.dumps(fields)), record_id
            stored = registry.db.conn.execute(
                "SELECT title, date, due, sender, sender_number, lead_department, recipients, classification, "
                "urgency, publicity, copies, doc_type FROM records WHERE id = ?", [record_id]).fetchone()
            assert stored == tuple(columns.get(k) if k != "recipients" else columns.get(k) or "" for k in (
                "title", "date", "due", "sender", "sender_number", "lead_department", "recipients",
                "classification", "urgency", "publicity", "copies", "doc_type")), record_id
            assert row["plan"] == route(routing_request(kind, fields), org, calendar).to_json(), record_id
            if row["status"] in ("numbered", "done"):
                assert row["actions"] and row["actions"][0]["on"] == row["date"]


def test_rows_made_in_a_second_process_are_those_made_in_this_one(tmp_path, monkeypatch):
    """The demo's row maker gives the same records, numbers, steps and postings in either process."""
    def contents(path):
        with Registry.open(path, auto_backup=False) as registry:
            conn = registry.db.conn
            return [conn.execute(sql).fetchall() for sql in (
                "SELECT * FROM records ORDER BY id", "SELECT * FROM plans ORDER BY id",
                "SELECT series, year, serial, record_id, status, text FROM numbers ORDER BY 1, 2, 3",
                "SELECT record_id, step_order, action, by_person, by_name, on_date, opinion FROM step_actions "
                "ORDER BY 1, 2", "SELECT series, year, next_serial FROM series_counters ORDER BY 1, 2")]

    def strip_times(tables):  # created_at, updated_at, recorded_at differ by when they ran
        columns = [c[1] for c in sqlite3.connect(tmp_path / "one.sqlite").execute("PRAGMA table_info(records)")]
        skip = {columns.index("created_at"), columns.index("updated_at")}
        return [[tuple(v for i, v in enumerate(r) if i not in skip) for r in tables[0]], *tables[1:]]

    monkeypatch.setattr(demo, "PROCESS_AT", 10**9)
    with Registry.open(tmp_path / "one.sqlite") as registry:
        assert "row_maker_peak_rss_mb" not in registry.demo(3000)
    monkeypatch.setattr(demo, "PROCESS_AT", 100)
    with Registry.open(tmp_path / "two.sqlite") as registry:
        assert "row_maker_peak_rss_mb" in registry.demo(3000)
        assert registry.check()["ok"]
    assert strip_times(contents(tmp_path / "one.sqlite")) == strip_times(contents(tmp_path / "two.sqlite"))
