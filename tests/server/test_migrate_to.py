"""Moving an office onto the server (`docroute migrate-to`, docs/server.md): a PC's registry with its
numbers (a voided one among them), seal ledger, attachments, scans and an archived record lands on an
empty server database in one verified transaction; the files follow into the shared folder; the
clerks carry on numbering where the file stopped. A server database that is not empty, or a copy that
does not verify, leaves the server as it was."""
from __future__ import annotations

import json

import pytest

from desktop_app.cli import main
from desktop_app.registry import Registry, migrate_to
from desktop_app.slips.archive import slip_pdf
from tests import pg
from tests.registry.helpers import incoming_request, signed
from tests.registry.seal_helpers import fill_ledger, seal_request

RECORDS = 150  # CI size; docs/registry.md has the 100,000-record figure


@pytest.fixture
def office(tmp_path, org_json):
    """A PC's registry as an office leaves it: records, a voided number, an attachment, a scanned seal
    use, an archived record, follow-ups and reminders."""
    path = tmp_path / "pc" / "docroute.sqlite"
    with Registry.open(path) as registry:
        registry.import_org(org_json)
        for n in range(RECORDS):
            if n % 3:
                registry.register("outgoing", signed(assign_number=True, title=f"关于第{n}批防汛物资的通知"))
            else:
                registry.register("incoming", incoming_request(title=f"关于第{n}次汛情的报告"))
        registry.void(2, "内容有误，重新印发")
        scan = tmp_path / "审批单.pdf"
        scan.write_bytes(b"%PDF-1.4 signed slip")
        registry.add_attachment(3, scan)
        fill_ledger(registry)
        registry.seals.use(registry.seals.request(seal_request())["id"],
                           on="2026-11-30", operator="李四", approved_by=["d3", "head"], scan=str(scan))
        registry.follow_ups.add(3, "县教育局", "2026-12-31", on="2026-12-01")
        org = registry.org_chart()
        registry.archive.archive(5, "永久", slip=lambda r: slip_pdf(r, county=org.county, org=org))
        expected = {"head": registry.seals.head()["hash"], "numbers": registry.numbering.series(2026)}
    return path, expected


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_office_moves_to_the_server_whole_and_verified(office, server_url, tmp_path, capsys, monkeypatch):
    path, expected = office
    share = tmp_path / "share"
    share.mkdir()
    code, out, err = _run(capsys, "--db", str(path), "migrate-to", server_url, "--files", str(share))
    assert code == 0, err
    result = json.loads(out)
    assert result["verified"] is True and result["tables"]["records"] == RECORDS
    assert result["ledger"] == {"entries": 11, "head": expected["head"]}
    beside = [p for name in migrate_to.FOLDERS for p in (path.parent / name).rglob("*") if p.is_file()]
    assert len(beside) >= 4 and result["files"]["copied"] == len(beside)  # attachment, scan, archive package
    assert all((share / p.relative_to(path.parent)).read_bytes() == p.read_bytes() for p in beside)
    monkeypatch.setenv("DOCROUTE_FILES", str(share))
    with Registry.open(server_url) as moved, Registry.open(path) as kept:
        assert moved.check()["ok"], moved.check()["problems"]
        assert moved.seals.verify(scans=True) == kept.seals.verify(scans=True) == {"ok": True, "entries": 11}
        assert moved.numbering.series(2026) == expected["numbers"]
        assert moved.get(2)["status"] == "voided" and moved.get(2)["number"] == kept.get(2)["number"]
        for text in ("防汛", "汛情", "第1", "托政发〔2026〕1"):
            assert moved.search_ids(text, limit=50) == kept.search_ids(text, limit=50)
        attachment = moved.get(3)["attachments"][0]
        assert attachment["path"].startswith(str(share)) and open(attachment["path"], "rb").read().startswith(b"%PDF")
        assert moved.archive.verify(5)["ok"] and moved.archive.of(5) == kept.archive.of(5)
        assert moved.audit(1) == kept.audit(1)
        # The office carries on: the next number follows the file's last one; new rows get new ids.
        given = [n for n in expected["numbers"] if n["code"] == "托政发"][0]["next"]
        assert moved.register("outgoing", signed(assign_number=True))["serial"] == given
        assert moved.follow_ups.add(4, "县财政局", "2026-12-31", on="2026-12-01")["id"] == 2
        assert moved.seals.request(seal_request())["id"] == 12


def test_a_server_database_that_is_not_empty_is_refused(office, server_url, capsys):
    path, _ = office
    pg.sql(server_url, "CREATE TABLE notes (x text)")
    code, out, err = _run(capsys, "--db", str(path), "migrate-to", server_url, "--files", str(path.parent))
    assert code == 2 and out == "" and "不是空的" in err
    assert pg.sql(server_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(1,)]


def test_files_beside_the_file_need_a_shared_folder(office, server_url, capsys, monkeypatch):
    path, _ = office
    monkeypatch.delenv("DOCROUTE_FILES")
    code, out, err = _run(capsys, "--db", str(path), "migrate-to", server_url)
    assert code == 2 and out == "" and "--files" in err
    assert pg.sql(server_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_copy_that_does_not_verify_leaves_the_server_empty(office, server_url, tmp_path, capsys, monkeypatch):
    path, _ = office
    real = migrate_to._rows_digest
    monkeypatch.setattr(migrate_to, "_rows_digest",
                        lambda db, sql: real(db, sql) + ("x" if getattr(db, "url", None) and "numbers" in sql else ""))
    code, out, err = _run(capsys, "--db", str(path), "migrate-to", server_url, "--files", str(tmp_path))
    assert code == 2 and out == "" and "numbers 与原数据库不一致" in err and "已全部撤销" in err
    assert pg.sql(server_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_backup_is_pg_dump_and_restores_into_an_empty_database(server_registry, server_url, tmp_path, capsys,
                                                                  request):
    server_registry.register("outgoing", signed(assign_number=True))
    code, out, err = _run(capsys, "--db", server_url, "backup", "-o", str(tmp_path / "office.dump"))
    assert code == 0, err
    dump = tmp_path / "office.dump"
    assert json.loads(out)["verified"] is True and dump.read_bytes()[:5] == b"PGDMP"
    code, out, err = _run(capsys, "--db", server_url, "restore", str(dump))
    assert code == 2 and out == "" and "不是空的" in err  # never over the live database
    empty = pg.new_database()
    request.addfinalizer(lambda: pg.drop_database(empty))
    code, out, err = _run(capsys, "--db", empty, "restore", str(dump))
    assert code == 0, err
    assert json.loads(out)["check"] == {"ok": True, "problems": []}
    with Registry.open(empty) as restored:
        assert restored.get(1)["number"] == "托政发〔2026〕1号"
        assert restored.register("outgoing", signed(assign_number=True))["number"] == "托政发〔2026〕2号"
