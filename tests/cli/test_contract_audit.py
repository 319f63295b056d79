"""What an acceptance check outside the tests does: runs `docroute` as a whole process exactly as
contracts/cli.md and routing.md write it, on fresh databases, with a data folder of its own (so that the
default database, used when `--db` is left out, is the test's). Each case here was found by the contract
audit of 2026-12 to behave otherwise than the text says."""
from __future__ import annotations

import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import build_parser
from tests.cli.test_registry_cli import OUTGOING

ROOT = Path(__file__).resolve().parents[2]
REQUEST_2027 = {"kind": "outgoing", "date": "2027-03-01", "authority": "county_government", "direction": "downward",
                "doc_type": "通知", "scope": "routine", "lead_department": "县教育局", "cosign_departments": ["县财政局"]}
YEAR_2027 = {"year": 2027, "days": {"2027-01-01": {"workday": False, "note": "元旦"},
                                    "2027-03-05": {"workday": False, "note": "假日"},
                                    "2027-02-20": {"workday": True, "note": "春节调休"}}}


class Docroute:
    """`docroute …` as a process, with its own HOME and data folder."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.data = tmp_path / "data"
        self.env = {"HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(self.data),
                    "XDG_CONFIG_HOME": str(tmp_path / "config"), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}

    def file(self, name: str, data) -> str:
        path = self.tmp / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return str(path)

    def __call__(self, *args: str) -> tuple[int, str, str]:
        done = subprocess.run([sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True,
                              encoding="utf-8", env={**self.env, "PYTHONPATH": str(ROOT)}, cwd=self.tmp, timeout=120)
        assert "Traceback" not in done.stderr
        return done.returncode, done.stdout, done.stderr

    def ok(self, *args: str):
        code, out, err = self(*args)
        assert code == 0, err
        return json.loads(out)

    def refused(self, *args: str) -> str:
        code, out, err = self(*args)
        assert (code, out) == (2, ""), (code, out, err)
        assert err.count("\n") == 1
        return err


@pytest.fixture
def docroute(tmp_path, org_json) -> Docroute:
    runner = Docroute(tmp_path)
    runner.org = runner.file("org.json", org_json)
    return runner


def _codes(plan: dict) -> list[str]:
    return [w["code"] for w in plan["warnings"]]


def test_route_without_db_counts_the_calendar_of_this_pcs_database(docroute):
    """cli.md: without --db, the database chosen in 设置, else the default file — for `calendar --complete`
    and for `route` alike (routing.md: a year the office marked complete has official data)."""
    request = docroute.file("r.json", REQUEST_2027)
    before = docroute.ok("route", "--org", docroute.org, request)
    assert "calendar_data_missing" in _codes(before)
    assert not list(docroute.data.rglob("*.sqlite"))  # routing with --org creates no database
    docroute.ok("calendar", "--import", docroute.file("2027.json", YEAR_2027), "--complete")
    after = docroute.ok("route", "--org", docroute.org, request)
    assert "calendar_data_missing" not in _codes(after)
    assert after["deadlines"] == [{"what": "cosign_reply", "due": "2027-03-11", "basis": "第六十二条"}]  # 03-05 off
    docroute.ok("org", "import", docroute.org)
    assert docroute.ok("route", request)["deadlines"] == after["deadlines"]  # org and calendar from one database


def test_register_after_signing_with_an_unknown_signer_names_signed_by(docroute):
    db = str(docroute.tmp / "office.sqlite")
    docroute.ok("--db", db, "org", "import", docroute.org)
    request = docroute.file("o.json", {**OUTGOING, "signed_by": "nobody", "signed_on": "2026-11-28",
                                       "assign_number": True})
    err = docroute.refused("--db", db, "register", "outgoing", request)
    assert "signed_by" in err and "nobody" in err
    assert docroute.ok("--db", db, "search", "防汛") == []  # nothing stored, no number taken


@pytest.mark.parametrize("drafter", [123, ["张三"], {"name": "张三"}, True])
@pytest.mark.parametrize("signed", [True, False])
def test_a_drafter_that_is_not_text_is_bad_input(docroute, drafter, signed):
    db = str(docroute.tmp / "office.sqlite")
    docroute.ok("--db", db, "org", "import", docroute.org)
    extra = {"signed_by": "exec", "signed_on": "2026-11-28", "assign_number": True} if signed else {}
    err = docroute.refused("--db", db, "register", "outgoing", docroute.file("o.json", {**OUTGOING, "drafter": drafter,
                                                                                        **extra}))
    assert "drafter" in err
    assert docroute.ok("--db", db, "search", "防汛") == []


def test_seal_verify_exits_3_when_the_last_row_was_deleted(docroute):
    """cli.md: `seal verify` on a ledger that had a row deleted: exit 3 with first_bad — the last row too."""
    db = str(docroute.tmp / "office.sqlite")
    docroute.ok("--db", db, "org", "import", docroute.org)
    request = docroute.file("s.json", {"date": "2026-11-20", "seal": "county_government", "purpose": "contract",
                                       "requesting_department": "县教育局", "matter": "校舍维修合同", "copies": 3,
                                       "requester": "赵六"})
    docroute.ok("--db", db, "seal", "request", request)
    docroute.ok("--db", db, "seal", "use", "1", "--on", "2026-11-21", "--operator", "钱七",
                "--approved-by", "d2", "head")
    assert docroute.ok("--db", db, "seal", "verify") == {"ok": True, "entries": 2}
    with sqlite3.connect(db) as conn:
        conn.execute("DROP TRIGGER seal_ledger_no_delete")
        conn.execute("DELETE FROM seal_ledger WHERE id = (SELECT max(id) FROM seal_ledger)")
    code, out, _err = docroute("--db", db, "seal", "verify")
    result = json.loads(out)
    assert code == 3 and result["ok"] is False and result["entries"] == 1 and result["first_bad"] == 2
    assert result["reason"]


def _subcommands(parser) -> dict:
    found = next((a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"), None)
    return dict(found.choices) if found else {}


def test_every_command_a_message_names_exists():
    """A hint that says `docroute X` must name a command there is (one named `files-folder`, which never
    existed, was all a clerk on a server got when archiving)."""
    commands = _subcommands(build_parser())
    named = set()
    for source in (ROOT / "desktop_app").rglob("*.py"):
        named |= set(re.findall(r"docroute ([a-z][a-z-]*)(?: ([a-z][a-z-]*))?", source.read_text(encoding="utf-8")))
    assert len(named) > 20
    for command, action in sorted(named):
        assert command in commands, f"`docroute {command}` is named but is no command"
        subcommands = _subcommands(commands[command])
        if subcommands and action:
            assert action in subcommands, f"`docroute {command} {action}` is named but is no command"
