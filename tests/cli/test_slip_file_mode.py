"""A slip saved from the CLI gets the user's usual file mode (0644 under umask 022), not mkstemp's 0600:
the colleague who prints it, or the backup job, must be able to read it."""
from __future__ import annotations

import os
import stat
import sys

import pytest

from desktop_app.cli import main
from desktop_app.registry import Registry
from desktop_app.slips import samples

REQUEST = {"date": "2026-11-27", "authority": "county_government", "direction": "downward", "doc_type": "通知",
           "scope": "routine", "lead_department": "县教育局", "title": "关于做好冬季森林草原防火工作的通知",
           "series": "托政发", "main_recipients": ["各乡镇人民政府"], "drafter": "张三"}


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no permission bits beyond read-only")
@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_cli_slip_is_readable_by_others_under_umask_022(tmp_path, umask_022, fmt, capsys):
    db = tmp_path / "docroute.sqlite"
    with Registry.open(db) as registry:
        registry.import_org(samples.ORG)
        record_id = registry.register("outgoing", REQUEST)["id"]
    target = tmp_path / f"slip.{fmt}"
    assert main(["--db", str(db), "slip", str(record_id), "--format", fmt, "-o", str(target)]) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".docroute-")]  # no temporary left


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has no permission bits beyond read-only")
def test_a_stricter_umask_is_respected(tmp_path, capsys):
    db = tmp_path / "docroute.sqlite"
    with Registry.open(db) as registry:
        registry.import_org(samples.ORG)
        record_id = registry.register("outgoing", REQUEST)["id"]
    old = os.umask(0o077)
    try:
        target = tmp_path / "slip.pdf"
        assert main(["--db", str(db), "slip", str(record_id), "--format", "pdf", "-o", str(target)]) == 0
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
