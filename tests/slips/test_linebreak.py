"""Chinese line breaking (GB/T 15834 punctuation rules) on a fixed-width measure: one unit per character."""
from __future__ import annotations

from desktop_app.slips.linebreak import NO_LINE_END, NO_LINE_START, break_lines


def measure(text: str) -> float:
    return float(sum(1.0 if ord(ch) > 0x2000 else 0.5 for ch in text))


def test_closing_punctuation_takes_the_previous_character_down_rather_than_starting_a_line():
    lines = break_lines("一二三四五，六七八九十。", measure, 5)
    assert lines == ["一二三四", "五，六七八", "九十。"]


def test_no_line_starts_with_a_closing_mark_or_ends_with_an_opening_one():
    text = "关于《托克逊县人民政府工作规则》（试行）的说明：一、二、三。“四”，五！" * 5
    for width in range(4, 15):
        lines = break_lines(text, measure, width)
        assert "".join(lines) == text
        assert all(line[0] not in NO_LINE_START for line in lines)
        assert all(line[-1] not in NO_LINE_END for line in lines)
        assert all(measure(line) <= width for line in lines)


def test_numbers_and_latin_words_are_not_cut():
    lines = break_lines("托政发〔2026〕123号文件和GB/T9704标准", measure, 6)
    assert any("2026" in line for line in lines)
    assert any("GB/T9704" in line for line in lines)


def test_forced_breaks_and_overlong_words():
    assert break_lines("甲\n乙", measure, 10) == ["甲", "乙"]
    lines = break_lines("x" * 30, measure, 4)
    assert all(measure(line) <= 4 for line in lines) and "".join(lines) == "x" * 30


def test_a_number_keeps_its_unit_and_a_document_number_its_serial():
    lines = break_lines("收文〔2026〕10号和2026年11月27日", measure, 6)
    assert all(not line.startswith(("号", "年", "月", "日")) for line in lines)
    assert not any(line.endswith("〕") for line in lines[:-1])
