"""归档 (registry.archive, 第六十七条, DA/T 22-2015): only 办结 records, consecutive 件号 per year and
retention in the 档号, the whole file kept together and checkable, the catalogue in order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.slips.archive import slip_pdf

from .helpers import incoming_request, outgoing_request, signed


def _numbered(registry, **changes) -> dict:
    return registry.register("outgoing", signed(assign_number=True, **changes))


def _done(registry, **changes) -> dict:
    record = registry.register("incoming", incoming_request(**changes))
    for step in record["plan"]["steps"]:
        registry.record_step(record["id"], step["order"], step.get("person") or "承办人", "2026-12-01")
    return registry.get(record["id"])


def _slip(registry):
    org = registry.org_chart()
    return lambda record: slip_pdf(record, county=org.county, org=org)


def test_items_run_per_year_and_retention(registry):
    codes = []
    for retention in ("永久", "永久", "10年", "永久", "10年"):
        codes.append(registry.archive.archive(_numbered(registry)["id"], retention, pages=3)["archive"])
    assert [(a["retention"], a["item"]) for a in codes] == [("永久", 1), ("永久", 2), ("10年", 1), ("永久", 3),
                                                            ("10年", 2)]
    assert codes[0]["code"] == "Z001-WS·2026-Y-BGS-0001" and codes[4]["code"] == "Z001-WS·2026-D10-BGS-0002"
    older = _numbered(registry, date="2025-06-02", signed_on="2025-06-03")
    assert registry.archive.archive(older["id"], "永久")["archive"]["code"] == "Z001-WS·2025-Y-BGS-0001"
    assert registry.get(older["id"])["archive"]["year"] == 2025


def test_incoming_is_filed_by_the_year_received(registry):
    record = _done(registry, received_on="2025-12-30")
    filed = registry.archive.archive(record["id"], "30年", pages=2, note="复印件")
    assert filed["archive"]["code"] == "Z001-WS·2025-D30-BGS-0001" and filed["archive"]["note"] == "复印件"


def test_only_a_finished_record_is_filed(registry):
    draft = registry.register("outgoing", outgoing_request())
    with pytest.raises(RefusedError, match="发文须签发并编号"):
        registry.archive.archive(draft["id"], "永久")
    open_incoming = registry.register("incoming", incoming_request())
    with pytest.raises(RefusedError, match="收文须承办完毕"):
        registry.archive.archive(open_incoming["id"], "永久")
    voided = _numbered(registry)
    registry.void(voided["id"], "内容有误")
    with pytest.raises(RefusedError, match="已作废"):
        registry.archive.archive(voided["id"], "永久")
    record = _numbered(registry)
    registry.follow_ups.add(record["id"], "县教育局", "2026-12-31", on="2026-12-01")
    with pytest.raises(RefusedError, match="督办未办结"):
        registry.archive.archive(record["id"], "永久")
    registry.follow_ups.close(1, "2026-12-02", "已落实")
    registry.archive.archive(record["id"], "永久")
    with pytest.raises(RefusedError, match="已归档，档号 Z001-WS·2026-Y-BGS-0001"):
        registry.archive.archive(record["id"], "10年")
    with pytest.raises(InputError, match="retention"):
        registry.archive.archive(_numbered(registry)["id"], "长期")
    with pytest.raises(InputError, match="pages"):
        registry.archive.archive(_numbered(registry)["id"], "永久", pages=0)
    assert registry.db.conn.execute("SELECT count(*) FROM archive_items").fetchone()[0] == 1
    assert [p.name for p in (registry.files / "archive" / "2026").iterdir()] == ["Z001-WS·2026-Y-BGS-0001"]


def test_the_whole_file_is_kept_together_and_checked(registry, tmp_path):
    record = _numbered(registry, cosign_departments=["县财政局"])
    scan = tmp_path / "正文.pdf"
    scan.write_bytes(b"%PDF-1.4 scanned document")
    registry.add_attachment(record["id"], scan)
    registry.record_cosign_reply(record["id"], "县财政局", "2026-11-30", "无不同意见")
    filed = registry.archive.archive(record["id"], "永久", pages=5, slip=_slip(registry))
    folder = registry.files / filed["archive"]["package"]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert sorted(f["name"] for f in manifest["files"]) == ["attachments/01-正文.pdf", "record.json", "slip.pdf"]
    assert (folder / "attachments" / "01-正文.pdf").read_bytes() == scan.read_bytes()
    whole = json.loads((folder / "record.json").read_text(encoding="utf-8"))
    assert whole["record"]["cosign_requests"][0]["opinion"] == "无不同意见"
    assert [a["action"] for a in whole["audit"]][:1] == ["register"] and whole["audit"][-1]["action"] != "archive"
    text = "".join(page.extract_text() for page in PdfReader(folder / "slip.pdf").pages)
    assert "归档章" in text and "Z001-WS·2026-Y-BGS-0001" in text.replace(" ", "")
    assert registry.archive.verify(record["id"]) == {"ok": True, "problems": [], "package": str(folder)}
    (folder / "slip.pdf").write_bytes(b"changed")
    assert registry.archive.verify(record["id"])["problems"] == [{"name": "slip.pdf", "problem": "文件内容与归档时不一致"}]


def test_a_changed_attachment_is_not_filed(registry, tmp_path):
    record = _numbered(registry)
    scan = tmp_path / "正文.pdf"
    scan.write_bytes(b"original")
    stored = Path(registry.add_attachment(record["id"], scan)["path"])
    stored.write_bytes(b"tampered")
    with pytest.raises(RefusedError, match="SHA-256 不符"):
        registry.archive.archive(record["id"], "永久")
    assert registry.archive.of(record["id"]) is None
    assert not list((registry.files / "archive" / "2026").iterdir())


def test_settings_go_into_the_next_code(registry):
    assert registry.settings.get("archive.fonds") == "Z001"
    assert registry.settings.set("archive.fonds", " z109 ") == "Z109"
    registry.settings.set("archive.org_code", "WSK")
    record = _numbered(registry)
    assert registry.archive.archive(record["id"], "10年")["archive"]["code"] == "Z109-WS·2026-D10-WSK-0001"
    with pytest.raises(InputError, match="全宗号"):
        registry.settings.set("archive.fonds", "托克逊")
    with pytest.raises(InputError, match="没有“archive.colour”这项设置"):
        registry.settings.set("archive.colour", "red")
    assert [a["action"] for a in registry.audit(record["id"])][-1] == "archive"


def test_the_catalogue_lists_a_year_by_retention_then_item(registry):
    first = _numbered(registry, title="关于甲的通知")
    second = _done(registry, title="关于乙的请示", written_on="2026-11-20")
    third = _numbered(registry, title="关于丙的通知")
    registry.archive.archive(first["id"], "10年", pages=2)
    registry.archive.archive(second["id"], "永久", pages=4, note="原件")
    registry.archive.archive(third["id"], "10年")
    rows = registry.archive.catalogue(2026)
    assert [(r["title"], r["retention"], r["item"]) for r in rows] == [
        ("关于乙的请示", "永久", 1), ("关于甲的通知", "10年", 1), ("关于丙的通知", "10年", 2)]
    assert rows[0]["document_date"] == "2026-11-20" and rows[0]["sender"] == "县水利局"
    assert rows[0]["sender_number"] == "托水发〔2026〕15号"  # the incoming document's own 文号 in the catalogue
    assert rows[1]["number"] == first["number"] and rows[1]["document_date"] == "2026-11-30"
    assert registry.archive.catalogue(2025) == []


def test_the_years_with_archived_records_newest_first(registry):
    assert registry.archive.years() == []
    registry.archive.archive(_numbered(registry, date="2025-06-02", signed_on="2025-06-03")["id"], "永久")
    registry.archive.archive(_numbered(registry)["id"], "10年")
    registry.archive.archive(_numbered(registry)["id"], "永久")
    assert registry.archive.years() == [2026, 2025]
