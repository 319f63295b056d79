"""Records the registry may hand over half-filled, refused requests, and content that cannot fit."""
from __future__ import annotations

import io

import pytest

from desktop_app.domain.errors import InputError
from desktop_app.slips import fonts, render_seal_slip, render_slip, samples
from tests.slips.readback import docx_text, pdf_text


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_just_registered_record_without_plan_or_fields_still_prints(fmt):
    record = {"id": 3, "kind": "incoming", "title": "关于春耕备耕工作的报告", "number": None, "fields": None,
              "plan": None, "actions": None}
    buffer = io.BytesIO()
    render_slip(record, fmt, buffer, county="托克逊县")
    text = pdf_text(buffer) if fmt == "pdf" else docx_text(buffer)
    assert "托克逊县人民政府收文处理笺" in text and "关于春耕备耕工作的报告" in text and "登记号3" in text


def test_refused_seal_request_says_so_and_shows_no_approval_boxes():
    request = samples.seal_request()
    request.update(purpose="introduction_letter", has_proof=False, take_out=False)
    request["plan"] = samples.plan_for({"kind": "seal", "date": "2026-11-27", **{
        k: request[k] for k in ("seal", "purpose", "requesting_department", "blank", "has_proof", "take_out")}})
    assert request["plan"]["refused"]
    text = pdf_text(render_seal_slip(request, "pdf", io.BytesIO(), county="托克逊县"))
    assert "按规定不予办理" in text and "第七十条" in text and "签名：" not in text
    assert "介绍信" in text and "未附" in text


def test_other_kinds_and_formats_are_refused_as_bad_input():
    with pytest.raises(InputError):
        render_slip({"id": 1, "kind": "minutes"}, "pdf", io.BytesIO(), county="托克逊县")
    with pytest.raises(InputError):
        render_slip(samples.outgoing_record(), "odt", io.BytesIO(), county="托克逊县")


def test_a_box_taller_than_a_page_is_bad_input_not_a_crash():
    record = samples.outgoing_record(title="关于" + "加强安全生产工作，" * 400 + "的通知")
    with pytest.raises(InputError) as caught:
        render_slip(record, "pdf", io.BytesIO(), county="托克逊县")
    assert "超过一整页" in caught.value.message


def test_windows_fonts_are_found_in_the_fonts_folder_by_their_chinese_names(tmp_path, monkeypatch):
    folder = tmp_path / "Fonts"
    folder.mkdir()
    for name in ("simfang.ttf", "simsun.ttc", "simhei.ttf"):
        (folder / name).write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(tmp_path))
    monkeypatch.delenv("LOCALAPPDATA", raising=False)
    found = {c.name: c for c in fonts._windows_fonts()}
    assert set(found) == {"仿宋", "宋体", "黑体"}
    assert found["仿宋"].style == "fangsong" and found["宋体"].path == folder / "simsun.ttc"


def test_body_font_prefers_fangsong_then_song_then_the_bundled_one(monkeypatch):
    bundled = fonts.bundled_font()
    song = fonts.FontChoice("宋体", bundled.path, 0, "system", "song")
    fang = fonts.FontChoice("仿宋", bundled.path, 0, "system", "fangsong")
    monkeypatch.setattr(fonts, "available_fonts", lambda: [song, fang, bundled])
    assert fonts.font_set().body == fang and fonts.font_set().title == song
    monkeypatch.setattr(fonts, "available_fonts", lambda: [bundled])
    chosen = fonts.font_set()
    assert chosen.body == bundled and chosen.docx_body == "仿宋"  # the office PCs have 仿宋
    assert chosen.docx_title == "宋体"


def test_titles_prefer_xiaobiaosong_when_installed(monkeypatch):
    bundled = fonts.bundled_font()
    song = fonts.FontChoice("宋体", bundled.path, 0, "system", "song")
    xbs = fonts.FontChoice("方正小标宋简体", bundled.path, 0, "system", "xbs")
    monkeypatch.setattr(fonts, "available_fonts", lambda: [song, xbs, bundled])
    chosen = fonts.font_set()
    assert chosen.title == xbs and chosen.docx_title == "方正小标宋简体" and chosen.body == song


def test_fontconfig_listing_keeps_truetype_faces_and_drops_cff_ones(monkeypatch):
    listing = ("/f/NotoSansCJK-Regular.ttc\t0\tNoto Sans CJK SC\tCFF\n"
               "/f/simfang.ttf\t0\tFangSong\tTrueType\n"
               "/f/wqy-zenhei.ttc\t0\tWenQuanYi Zen Hei\tTrueType\n"
               "/f/wqy-zenhei.ttc\t1\tWenQuanYi Zen Hei Mono\tTrueType\n")

    class Done:
        stdout = listing

    monkeypatch.setattr(fonts.shutil, "which", lambda name: "/usr/bin/fc-list")
    monkeypatch.setattr(fonts.subprocess, "run", lambda *a, **k: Done())
    found = {c.name: c for c in fonts._fontconfig_fonts()}
    assert set(found) == {"FangSong", "WenQuanYi Zen Hei", "WenQuanYi Zen Hei Mono"}
    assert found["FangSong"].style == "fangsong" and found["WenQuanYi Zen Hei"].style == "hei"
    assert found["WenQuanYi Zen Hei Mono"].subfont == 1
