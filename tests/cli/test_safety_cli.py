"""`docroute backup`, `restore` and `check`, and the daily backup as the CLI does it: only before the
first write of the day, never for reads; a failure or a damaged database is a warning line on stderr,
a refused restore is exit 2 with one line."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from desktop_app.registry.safety import backups_dir

from .test_registry_cli import INCOMING, OUTGOING, cli  # noqa: F401  (the fixture)


def backups(db: str) -> list[Path]:
    folder = backups_dir(Path(db))
    return sorted(folder.glob("*.backup.json")) if folder.exists() else []


def test_reads_never_back_up_and_the_first_write_does(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    for stale in backups(cli.db):
        stale.unlink()
    cli.ok("show", "1")
    cli.ok("search", "防汛")
    cli.ok("export", "-o", str(cli.tmp / "登记簿.csv"))
    assert backups(cli.db) == []
    code, _, err = cli.run("register", "incoming", cli.file("b.json", INCOMING))
    assert code == 0 and err == ""
    assert len(backups(cli.db)) == 1


def test_backup_is_verified_and_restore_refuses_a_bad_backup_in_one_line(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    made = cli.ok("backup", "-o", str(cli.tmp / "saved.sqlite"))
    assert made["verified"] is True
    conn = sqlite3.connect(made["backup"])
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = '0006_shared_plans'")
    conn.commit()
    conn.close()
    cli.ok("register", "incoming", cli.file("b.json", INCOMING))
    err = cli.refused("restore", made["backup"])
    assert "0006_shared_plans" in err and "未恢复，当前数据库保持不变" in err
    assert len(cli.ok("search", "防汛")) == 2  # still the live database, fully usable


def test_check_lists_the_schema_differences_of_the_live_database(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    conn = sqlite3.connect(cli.db)
    conn.execute("CREATE TRIGGER keep_titles AFTER INSERT ON records BEGIN UPDATE records SET title = 'HACKED'; END")
    conn.commit()
    conn.close()
    result = cli.ok("check")
    assert result["ok"] is False and result["schema"][0].startswith("多出触发器 keep_titles")
    assert result["problems"] == result["schema"] and "docroute restore" in result["hint"]


def test_a_damaged_database_is_a_warning_line_naming_the_backup_to_restore(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    good = backups(cli.db)[0]
    good = good.rename(good.with_name(good.name.replace(good.name.split("-")[1], "20200101")))
    mark = backups_dir(Path(cli.db)) / "cli-damaged.json"
    mark.write_text(json.dumps({"found_at": "2026-12-01T09:00:00", "problem": "Tree 12 page 34 cell 0: "
                                "invalid page number"}), encoding="utf-8")
    code, out, err = cli.run("register", "incoming", cli.file("b.json", INCOMING))
    assert code == 0 and out["title"] == INCOMING["title"]
    assert err.count("\n") == 1 and err.startswith("docroute：警告：") and f"docroute restore {good}" in err
    assert backups(cli.db) == [good]
    cli.ok("restore", str(good))
    code, _, err = cli.run("register", "incoming", cli.file("b.json", INCOMING))
    assert code == 0 and err == "" and not mark.exists()


def test_restore_mends_a_database_too_damaged_to_open(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    saved = cli.ok("backup", "-o", str(cli.tmp / "saved.sqlite"))["backup"]
    live = Path(cli.db)
    data = bytearray(live.read_bytes())
    data[100:4096] = b"\x00\xff" * 1998  # the page holding the schema: nothing can open the file
    live.write_bytes(bytes(data))
    assert "restore" in cli.refused("show", "1")
    result = cli.ok("restore", saved)
    kept = Path(result["replaced_saved_as"])
    assert kept.read_bytes()[:4096] == bytes(data[:4096])  # the unreadable file is kept as it was
    assert cli.ok("show", "1")["title"] == OUTGOING["title"] and cli.ok("check")["ok"]


def test_check_full_runs_integrity_check(cli):
    cli.ok("register", "outgoing", cli.file("a.json", OUTGOING))
    assert cli.ok("check")["page_check"] == "quick_check"
    full = cli.ok("check", "--full")
    assert full["ok"] is True and full["page_check"] == "integrity_check"
