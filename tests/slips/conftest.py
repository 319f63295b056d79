"""Slips rendered once per test session (each render takes tens of milliseconds; fonts load once)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.slips import render_register_book, render_seal_slip, render_slip, samples

COUNTY = "托克逊县"
LONG_TITLE = "关于" + "进一步加强全县农村饮水安全、城乡供水一体化、防汛抗旱和水土保持工作，" * 6 + "的通知"
COSIGNERS = [f"县第{i}协作单位" for i in range(1, 41)]
NOV_1, NOV_30 = date(2026, 11, 1), date(2026, 11, 30)


def _cases() -> dict:
    org = samples.org_chart()
    return {
        "outgoing": (samples.outgoing_record(), lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "unsigned": (samples.outgoing_record(number=None, signed=False),
                     lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "acting": (samples.acting_record(), lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "incoming": (samples.incoming_record(), lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "seal": (samples.seal_request(), lambda r, f, p: render_seal_slip(r, f, p, county=COUNTY, org=org)),
        "cosign40": (samples.outgoing_record(cosign=COSIGNERS, signed=False),
                     lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "title200": (samples.outgoing_record(title=LONG_TITLE),
                     lambda r, f, p: render_slip(r, f, p, county=COUNTY, org=org)),
        "register_in": (samples.register_records("incoming", 60, NOV_1),
                        lambda r, f, p: render_register_book("incoming", r, NOV_1, NOV_30, f, p, county=COUNTY)),
        "register_out": (samples.register_records("outgoing", 60, NOV_1),
                         lambda r, f, p: render_register_book("outgoing", r, NOV_1, NOV_30, f, p, county=COUNTY)),
    }


@pytest.fixture(scope="session")
def rendered(tmp_path_factory) -> dict[str, tuple[object, Path, Path]]:
    """name → (record or records, the PDF, the DOCX)."""
    folder = tmp_path_factory.mktemp("slips")
    out = {}
    for name, (record, render) in _cases().items():
        pdf, docx = folder / f"{name}.pdf", folder / f"{name}.docx"
        render(record, "pdf", pdf)
        render(record, "docx", docx)
        out[name] = (record, pdf, docx)
    return out
