"""The slips print what the readings add: 公开属性 with its reason and the 第三十五条 notice on the 发文稿纸,
领导阅示 (not 批示) for a plain 报告 on the 收文处理笺, and the steps of a document registered after signing."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry
from desktop_app.slips import render_slip
from tests.registry.helpers import incoming_request, outgoing_request, signed
from tests.slips.readback import docx_text, pdf_text


@pytest.fixture
def registry(tmp_path, org_json):
    with Registry.open(tmp_path / "docroute.sqlite") as opened:
        opened.import_org(org_json)
        yield opened


def slip(registry, record: dict, tmp_path, fmt: str = "pdf") -> str:
    path = render_slip(registry.get(record["id"]), fmt, tmp_path / f"slip.{fmt}", county="托克逊县",
                       org=registry.org_chart())
    return pdf_text(path) if fmt == "pdf" else docx_text(path)


def test_the_outgoing_slip_prints_publicity_with_its_reason(registry, tmp_path):
    record = registry.register("outgoing", outgoing_request(classification="秘密", publicity="不予公开",
                                                            publicity_reason="涉及国家秘密"))
    assert "公开属性不予公开（涉及国家秘密）" in slip(registry, record, tmp_path)
    assert "不予公开（涉及国家秘密）" in slip(registry, record, tmp_path, "docx").replace(" ", "")


def test_the_publicity_conflict_is_printed_in_the_notice_box(registry, tmp_path):
    record = registry.register("outgoing", outgoing_request(classification="机密", publicity="主动公开"))
    text = slip(registry, record, tmp_path)
    assert "不得主动公开" in text and "（第三十五条）" in text


def test_a_plain_report_is_read_on_the_incoming_slip(registry, tmp_path):
    report = registry.register("incoming", incoming_request(doc_type="报告", title="关于防汛物资储备情况的报告"))
    text = slip(registry, report, tmp_path)
    assert "领导阅示" in text and "圈阅" in text and "领导批示" not in text
    request = registry.register("incoming", incoming_request())
    assert "领导批示" in slip(registry, request, tmp_path) and "领导阅示" not in slip(registry, request, tmp_path)


def test_a_document_registered_after_signing_prints_its_earlier_steps(registry, tmp_path):
    record = registry.register("outgoing", signed(assign_number=True))
    text = slip(registry, record, tmp_path)
    assert "托政发〔2026〕1号" in text and text.count("登记前已办理") == 3
