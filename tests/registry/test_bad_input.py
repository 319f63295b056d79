"""Registration refuses what search, SQLite or the slips cannot handle — and nothing is saved when it does:
control characters, loose booleans, numbers SQLite cannot hold, dates that are not YYYY-MM-DD. A CHECK
constraint that still fails names its field and what it allows, not the disk."""
from __future__ import annotations

import sqlite3

import pytest

from desktop_app.domain.errors import InputError, StorageError
from desktop_app.registry.database import write

from .helpers import incoming_request, outgoing_request, signed


def _records(registry) -> int:
    return registry.db.conn.execute("SELECT count(*) FROM records").fetchone()[0]


@pytest.mark.parametrize("field, value", [
    ("title", "关于做好\x00防汛工作的通知"), ("title", "防汛\x1b[31m"), ("drafter", "张\x08三"),
    ("main_recipients", ["各乡镇人民政府", "县直\x0b各部门"]), ("cc", ["县委\r办公室"]),
    ("lead_department", "县教育局\x00"), ("phone", "0995\x7f"),
])
def test_a_control_character_in_any_text_field_is_refused(registry, field, value):
    with pytest.raises(InputError) as caught:
        registry.register("outgoing", outgoing_request(**{field: value}))
    assert caught.value.field.split("[")[0] == field and "控制字符" in caught.value.message
    assert _records(registry) == 0


def test_search_finds_what_it_is_given_once_control_characters_cannot_get_in(registry):
    registry.register("outgoing", outgoing_request(title="关于做好\t冬季防汛\n工作的通知"))
    assert registry.count("防汛") == 1 and registry.count("工作的通知") == 1


def test_incoming_text_fields_and_a_lone_surrogate_are_refused(registry):
    for changes in ({"sender": "县水利局\x00"}, {"sender_number": "托水发\x02"}, {"title": "请示\ud83d"}):
        with pytest.raises(InputError):
            registry.register("incoming", incoming_request(**changes))
    assert _records(registry) == 0


@pytest.mark.parametrize("value", ["no", "false", "0", "", 0, 1, "yes"])
def test_assign_number_takes_only_a_json_boolean_and_allocates_nothing_otherwise(registry, value):
    with pytest.raises(InputError) as caught:
        registry.register("outgoing", signed(assign_number=value))
    assert caught.value.field == "assign_number"
    assert registry.db.conn.execute("SELECT count(*) FROM numbers").fetchone()[0] == 0 and _records(registry) == 0


@pytest.mark.parametrize("field", ["normative", "personnel"])
def test_routing_flags_of_outgoing_are_strict_booleans(registry, field):
    with pytest.raises(InputError) as caught:
        registry.register("outgoing", outgoing_request(**{field: "no"}))
    assert caught.value.field == field


@pytest.mark.parametrize("field", ["major", "assigned_by_leader"])
def test_routing_flags_of_incoming_are_strict_booleans(registry, field):
    with pytest.raises(InputError) as caught:
        registry.register("incoming", incoming_request(**{field: "false"}))
    assert caught.value.field == field


def test_json_booleans_still_work(registry):
    record = registry.register("outgoing", signed(assign_number=True, normative=False))
    assert record["number"] == "托政发〔2026〕1号"
    assert registry.register("outgoing", signed(assign_number=False))["number"] is None


@pytest.mark.parametrize("copies", [10**30, 2**63, 10**20, 1_000_001, -1, 40.0, "40", True])
def test_copies_must_be_a_plausible_integer(registry, copies):
    with pytest.raises(InputError) as caught:
        registry.register("outgoing", outgoing_request(copies=copies))
    assert caught.value.field == "copies"
    assert _records(registry) == 0


@pytest.mark.parametrize("field, text", [("date", "20261201"), ("date", "2026-W48-2"), ("date", "1900-01-01"),
                                         ("signed_on", "2026-11-30 10:00"), ("signed_on", "30/11/2026")])
def test_outgoing_dates_are_yyyy_mm_dd_in_range(registry, field, text):
    with pytest.raises(InputError) as caught:
        registry.register("outgoing", signed(**{field: text}))
    assert caught.value.field == field and _records(registry) == 0


@pytest.mark.parametrize("field, text", [("received_on", "2026-11-28 garbage"), ("due", "2999-01-01"),
                                         ("due", "20261210")])
def test_incoming_dates_are_yyyy_mm_dd_in_range(registry, field, text):
    with pytest.raises(InputError) as caught:
        registry.register("incoming", incoming_request(**{field: text}))
    assert caught.value.field == field


def test_a_step_opinion_or_void_reason_with_a_control_character_is_refused(registry):
    record = registry.register("outgoing", outgoing_request())
    with pytest.raises(InputError, match="opinion"):
        registry.record_step(record["id"], 2, "王科长", "2026-11-28", "同意\x00")
    with pytest.raises(InputError, match="reason"):
        registry.void(record["id"], "重复\x1b")
    assert registry.get(record["id"])["actions"] == [] and registry.get(record["id"])["status"] == "registered"


def test_a_check_constraint_failure_names_the_field_and_its_range_not_the_disk(registry):
    registry.register("outgoing", outgoing_request())
    with pytest.raises(InputError) as caught:
        with write(registry.db):
            registry.db.conn.execute("UPDATE records SET copies = -5")
    line = caught.value.one_line()
    assert "copies" in line and "份数" in line and "不小于 0" in line and "磁盘" not in line
    with pytest.raises(InputError) as caught:
        with write(registry.db):
            registry.db.conn.execute("UPDATE records SET urgency = '很急'")
    assert "urgency" in caught.value.one_line() and "加急" in caught.value.one_line()
    assert registry.get(1)["fields"]["copies"] == 40  # rolled back


def test_a_number_too_large_for_sqlite_is_bad_input_not_a_crash(registry):
    with pytest.raises(InputError) as caught:
        with write(registry.db):
            registry.db.conn.execute("UPDATE records SET copies = ?", [10**30])
    assert "数值" in caught.value.one_line()


def test_a_full_disk_is_still_reported_as_one(registry):
    if registry.engine == "sqlite":
        error = sqlite3.OperationalError("database or disk is full")
    else:
        import psycopg

        error = psycopg.errors.DiskFull("could not extend file: No space left on device")
    with pytest.raises(StorageError) as caught:
        with write(registry.db):
            raise error
    assert "磁盘空间不足" in caught.value.one_line()
