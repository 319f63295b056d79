"""Document numbers: given only after signing, 1, 2, 3 … per series and year, never reused, voided ones
kept visible; 收文编号 per year; incoming 来文字号 normalised to 〔〕 with the original kept."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry import Registry
from desktop_app.registry.numbers import format_number, normalise_number, numbers_of, parse_number

from .helpers import incoming_request, outgoing_request, signed

ROOT = Path(__file__).resolve().parents[2]


def sign_order(record: dict) -> int:
    return next(s["order"] for s in record["plan"]["steps"] if s["action"] == "sign")


def record_in_order(registry, record: dict, on: str = "2026-11-30") -> None:
    for step in record["plan"]["steps"]:
        registry.record_step(record["id"], step["order"], step["person"] or "张三", on, "同意")


def test_number_refused_until_the_sign_step_is_recorded(registry):
    record = registry.register("outgoing", outgoing_request())
    assert record["number"] is None and record["status"] == "registered"
    with pytest.raises(RefusedError, match="尚未签发"):
        registry.assign_number(record["id"])
    record_in_order(registry, record)
    numbered = registry.assign_number(record["id"])
    assert numbered["number"] == "托政发〔2026〕1号"
    assert numbered["status_label"] == "已编号"


def test_numbers_run_per_series_and_restart_each_year(registry):
    got = [registry.register("outgoing", signed(assign_number=True))["number"] for _ in range(3)]
    other = registry.register("outgoing", signed(series="托政办发", authority="county_office", assign_number=True))
    next_year = registry.register("outgoing", signed(signed_on="2027-01-04", assign_number=True))
    assert got == ["托政发〔2026〕1号", "托政发〔2026〕2号", "托政发〔2026〕3号"]
    assert other["number"] == "托政办发〔2026〕1号"
    assert next_year["number"] == "托政发〔2027〕1号"


def test_a_voided_number_stays_visible_and_is_never_given_again(registry):
    first = registry.register("outgoing", signed(assign_number=True))
    voided = registry.void(first["id"], "标题有误，重新发文")
    again = registry.register("outgoing", signed(assign_number=True))
    assert voided["number"] == "托政发〔2026〕1号" and voided["status_label"] == "已作废"
    assert again["number"] == "托政发〔2026〕2号"
    assert [(n["number"], n["status"]) for n in numbers_of(registry.db, "托政发", 2026)] == [
        ("托政发〔2026〕1号", "voided"), ("托政发〔2026〕2号", "active")]
    with pytest.raises(RefusedError):
        registry.assign_number(first["id"])


def test_a_number_is_given_once(registry):
    record = registry.register("outgoing", signed(assign_number=True))
    with pytest.raises(RefusedError, match="已编号"):
        registry.assign_number(record["id"])


def test_assign_number_in_the_request_without_signature_stores_nothing(registry):
    with pytest.raises(RefusedError):
        registry.register("outgoing", outgoing_request(assign_number=True))
    assert registry.count("") == 0


def test_unknown_series_is_refused_with_the_known_ones(registry):
    with pytest.raises(InputError) as refused:
        registry.register("outgoing", outgoing_request(series="托政乱发"))
    assert "托政办发" in refused.value.one_line()
    registry.add_series("托政乱发")
    assert registry.register("outgoing", signed(series="托政乱发", assign_number=True))["number"] == "托政乱发〔2026〕1号"


def test_receipt_numbers_run_per_year(registry):
    a = registry.register("incoming", incoming_request())
    b = registry.register("incoming", incoming_request())
    c = registry.register("incoming", incoming_request(received_on="2027-01-05"))
    assert [a["receipt_number"], b["receipt_number"], c["receipt_number"]] == [
        "收文〔2026〕1号", "收文〔2026〕2号", "收文〔2027〕1号"]


@pytest.mark.parametrize("written, expected", [
    ("新政办发(2026)15号", "新政办发〔2026〕15号"),
    ("新政办发（2026）15号", "新政办发〔2026〕15号"),
    ("吐政发[2026]3号", "吐政发〔2026〕3号"),
    ("吐政发【２０２６】１２号", "吐政发〔2026〕12号"),
    ("托水发〔2026〕7号", "托水发〔2026〕7号"),
])
def test_sender_numbers_are_normalised_and_the_original_kept(registry, written, expected):
    record = registry.register("incoming", incoming_request(sender_number=written))
    assert record["fields"]["sender_number"] == expected
    assert record["fields"]["sender_number_original"] == written
    assert registry.search_ids(written[:3]) == [record["id"]]


def test_number_text_follows_gb_t_9704():
    assert format_number("托政发", 2026, 12) == "托政发〔2026〕12号"
    assert parse_number("托政办发〔2026〕3号") == ("托政办发", 2026, 3)
    assert parse_number("托政发〔2026〕012号") is None  # no padding
    assert normalise_number(" 托政函(2026)7号 ") == "托政函〔2026〕7号"


ALLOCATOR = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from tests.registry.helpers import signed
    from desktop_app.registry import Registry
    start_at = float(sys.argv[2])
    with Registry.open(sys.argv[1], auto_backup=False) as registry:
        while time.time() < start_at:
            time.sleep(0.001)
        for _ in range(int(sys.argv[3])):
            print(registry.register("outgoing", signed(assign_number=True))["serial"], flush=True)
""")


def test_two_processes_allocating_at_once_get_distinct_consecutive_numbers(registry, db_path):
    """2 × 200 registrations with numbering, started at the same instant in two real processes."""
    import time

    script = ALLOCATOR.format(root=str(ROOT))
    start_at = str(time.time() + 1.5)
    procs = [subprocess.Popen([sys.executable, "-c", script, str(db_path), start_at, "200"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), [err for _, err in outputs]
    serials = [[int(line) for line in out.split()] for out, _ in outputs]
    assert all(len(s) == 200 and s == sorted(s) for s in serials)
    assert sorted(serials[0] + serials[1]) == list(range(1, 401))
    # Both really ran at once: each got numbers from across the range, not one block after the other.
    assert min(serials[0]) < max(serials[1]) and min(serials[1]) < max(serials[0])
    assert Registry.open(db_path).check()["ok"]
