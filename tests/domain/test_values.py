"""The shared request readers: every string, boolean, integer and date a request hands in is checked here,
so that register, route, org import and the forms refuse the same things with the same field name."""
from __future__ import annotations

import re
from datetime import date

import pytest

from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import (check_text, check_tree, integer, optional, parse_date, require,
                                       string_list)


@pytest.mark.parametrize("ch", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\r", "\x1b", "\x1f", "\x7f", "\ud800",
                                "\udfff", "\uffff"])
def test_a_control_character_or_lone_surrogate_is_refused_naming_field_and_position(ch):
    with pytest.raises(InputError) as caught:
        check_text(f"防汛{ch}工作", "title")
    assert caught.value.field == "title" and "第 3 个字符" in caught.value.message
    assert f"U+{ord(ch):04X}" in caught.value.message


def test_tab_newline_and_ordinary_text_pass():
    text = "关于做好\t2026年冬季防汛工作的通知\n（第二稿）😀〔〕"
    assert check_text(text, "title") == text


def test_every_reader_applies_the_text_rule():
    data = {"title": "a\x00b", "list": ["县教育局", "县\x00财政局"]}
    with pytest.raises(InputError, match="title"):
        require(data, "title", str)
    with pytest.raises(InputError, match="title"):
        optional(data, "title", str, "")
    with pytest.raises(InputError, match=r"list\[1\]"):
        string_list(data, "list")


def test_check_tree_names_nested_fields_and_keys_as_the_json_does():
    with pytest.raises(InputError) as caught:
        check_tree({"title": "ok", "cc": ["县委办公室", "x\x07"]})
    assert caught.value.field == "cc[1]"
    with pytest.raises(InputError) as caught:
        check_tree({"ok": {"bad\x00key": 1}})
    assert caught.value.field == "ok.bad\x00key"[:60] and "U+0000" in caught.value.message
    with pytest.raises(InputError, match="嵌套"):
        nested: list = []
        for _ in range(40):
            nested = [nested]
        check_tree({"deep": nested})


@pytest.mark.parametrize("value", ["no", "false", "", 0, 1, "true", [], {}])
def test_a_boolean_field_takes_json_true_or_false_only(value):
    with pytest.raises(InputError) as caught:
        optional({"assign_number": value}, "assign_number", bool, False)
    assert caught.value.field == "assign_number" and "true 或 false" in caught.value.message


def test_true_false_and_null_are_booleans():
    assert optional({"x": True}, "x", bool, False) is True
    assert optional({"x": False}, "x", bool, True) is False
    assert optional({"x": None}, "x", bool, False) is False


@pytest.mark.parametrize("value", [10**30, 2**63, -(2**63), 1.0, True, "40"])
def test_an_integer_fits_sqlite_and_is_a_json_integer(value):
    with pytest.raises(InputError):
        integer({"copies": value}, "copies", None, low=0, high=1_000_000)


def test_an_integer_in_range_is_read():
    assert integer({"copies": 40}, "copies", None, low=0, high=1_000_000) == 40
    assert integer({}, "copies", None, low=0, high=1_000_000) is None


@pytest.mark.parametrize("text", ["20261201", "2026-W48-2", "2019-05-01 garbage", "2019-05-01T10:00", " 2026-12-01",
                                  "2026-12-1", "２０２６-12-01", "1948-12-31", "2101-01-01", "2026-02-30"])
def test_dates_are_yyyy_mm_dd_between_1949_and_2100(text):
    with pytest.raises(InputError) as caught:
        parse_date(text, "date")
    assert caught.value.field == "date" and "\n" not in caught.value.one_line()


def test_plausible_dates_pass():
    assert parse_date("1949-10-01", "d") == date(1949, 10, 1)
    assert parse_date("2100-12-31", "d") == date(2100, 12, 31)
    assert parse_date(date(2026, 12, 1), "d") == date(2026, 12, 1)


def test_an_error_echoing_a_value_with_a_newline_stays_one_line():
    with pytest.raises(InputError) as caught:
        parse_date("2026-12-01\n第二行", "date")
    assert "\n" not in caught.value.one_line() and "\\n" in caught.value.one_line()


def test_org_import_refuses_a_lone_surrogate_in_a_name(org_json):
    org_json["people"][1]["name"] = "副县长\ud800"
    with pytest.raises(InputError) as caught:
        OrgChart.from_json(org_json)
    assert caught.value.field == "org.people[1].name"


def test_parse_json_turns_every_hostile_text_into_one_named_error():
    from desktop_app.domain.values import parse_json

    for text, message in (("[" * 100_000 + "]" * 100_000, "嵌套"), ('{"n": ' + "9" * 5000 + "}", "位数过多"),
                          ('{"title": "a\\u0000b"}', "U+0000"), ('{"x": "\\ud800"}', "代理码位"), ("{", "不是有效的 JSON")):
        with pytest.raises(InputError, match=re.escape(message)):
            parse_json(text, "request")
    assert parse_json('{"title": "防汛\\n工作", "copies": 40}', "request") == {"title": "防汛\n工作", "copies": 40}
