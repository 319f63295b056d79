"""Font choice: the installed CJK fonts, the bundled fallback and its licence, and per-character fallback."""
from __future__ import annotations

import time

import pytest

from desktop_app.domain.errors import InputError
from desktop_app.slips import available_fonts, render_slip, samples
from desktop_app.slips import fonts
from tests.slips.readback import pdf_fonts, pdf_text


def test_bundled_font_ships_with_its_licence_and_is_always_offered():
    bundled = [c for c in available_fonts() if c.source == "bundled"]
    assert len(bundled) == 1 and bundled[0].path.is_file()
    assert (bundled[0].path.parent / "ARPHICPL.TXT").read_text().startswith("ARPHIC PUBLIC LICENSE")
    assert bundled[0].path.suffix == ".ttc"  # TrueType: reportlab cannot embed CFF fonts


def test_system_fonts_are_truetype_and_found_by_name_or_path():
    for choice in available_fonts():
        assert choice.path.suffix.lower() in (".ttf", ".ttc"), choice
    first = available_fonts()[0]
    assert fonts.find_font(first.name.upper()) == first
    assert fonts.find_font(str(fonts.bundled_font().path)).path == fonts.bundled_font().path


def test_unknown_font_is_bad_input_naming_the_choices():
    with pytest.raises(InputError) as caught:
        fonts.find_font("不存在的字体")
    assert "font" in caught.value.message and fonts.BUNDLED_NAME in caught.value.hint


def test_registration_is_cached_per_process():
    bundled = fonts.bundled_font()
    fonts.pdf_font_name(bundled)
    start = time.perf_counter()
    name = fonts.pdf_font_name(bundled)
    assert time.perf_counter() - start < 0.005 and name == fonts.pdf_font_name(bundled)


def _font_lacking_a_bundled_character():
    """An installed font and a character the bundled font has and it lacks, or None."""
    bundled = fonts.covered(fonts.pdf_font_name(fonts.bundled_font()))
    for choice in available_fonts():
        if choice.source != "system":
            continue
        have = fonts.covered(fonts.pdf_font_name(choice))
        missing = next((chr(c) for c in bundled if c not in have and 0x3400 <= c <= 0x4DBF), None)
        if missing:
            return choice, missing
    return None


def test_a_character_missing_from_the_chosen_font_is_drawn_in_the_bundled_one(tmp_path):
    found = _font_lacking_a_bundled_character()
    if found is None:
        pytest.skip("no installed CJK font lacks a character the bundled one has")
    choice, missing = found
    record = samples.outgoing_record()
    record["fields"]["drafter"] = f"张{missing}"
    out = render_slip(record, "pdf", tmp_path / "s.pdf", county="托克逊县", font=choice.name)
    assert f"张{missing}" in pdf_text(out)
    embedded = pdf_fonts(out)
    assert any("UMing" in name for name in embedded) and all(embedded.values())


def test_runs_split_only_where_the_face_changes():
    bundled = fonts.pdf_font_name(fonts.bundled_font())
    assert fonts.runs("托政发〔2026〕12号", bundled, bundled) == [(bundled, "托政发〔2026〕12号")]
    symbol = fonts.symbol_face("\U0001f600")  # DejaVu Sans on this Linux, Segoe UI Emoji on Windows
    expected = [(bundled, "甲"), (symbol, "\U0001f600"), (bundled, "乙")] if symbol else [(bundled, "甲〓乙")]
    assert fonts.runs("甲\U0001f600乙", bundled, bundled) == expected


def test_a_character_no_font_has_becomes_a_visible_mark_and_is_reported():
    bundled = fonts.pdf_font_name(fonts.bundled_font())
    replaced: set[str] = set()
    # U+10FFFD is a private-use code point: no font draws it; a NUL is never drawn.
    assert fonts.runs("甲\U0010fffd乙\x00", bundled, bundled, replaced) == [(bundled, "甲〓乙〓")]
    assert replaced == {"\U0010fffd", "\x00"}
