"""Every bad input the hostile trial found exiting 1 (or printing a traceback) now exits 2 with one line on
stderr and nothing on stdout: huge ids and limits, huge copies, deep or huge JSON, lone surrogates,
newlines in values, file names that are not UTF-8 — and the crash logger itself cannot crash."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import _log_crash, build_parser
from tests.cli.test_registry_cli import OUTGOING, cli  # noqa: F401 (the fixture)
from tests.small_disk import ROOT, run_cli

BIG = str(2**63)


@pytest.mark.parametrize("args", [
    ["show", BIG], ["show", "99999999999999999999"], ["show", "0"], ["audit", BIG], ["assign-number", BIG],
    ["record-step", BIG, "1", "--by", "dir", "--on", "2026-11-28"], ["record-step", "1", BIG, "--by", "dir", "--on", "2026-11-28"],
    ["void", BIG, "--reason", "x"], ["attach", BIG, "x.txt"], ["cosign-reply", BIG, "县财政局", "--on", "2026-11-28"],
    ["search", "防汛", "--limit", BIG], ["search", "防汛", "--limit", "0"], ["search", "防汛", "--year", "99999"],
    ["slip", BIG, "--format", "pdf", "-o", "x.pdf"], ["demo", "--rows", BIG],
])
def test_numbers_beyond_their_range_are_usage_errors(cli, args):
    err = cli.refused(*args)
    assert "超出范围" in err


def test_copies_of_ten_to_the_thirty_is_exit_2(cli):
    err = cli.refused("register", "outgoing", cli.file("r.json", {**OUTGOING, "copies": 10**30}))
    assert "copies" in err


def test_json_nested_100000_deep_is_exit_2(cli):
    path = cli.tmp / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert "嵌套" in cli.refused("register", "outgoing", str(path))
    assert "嵌套" in cli.refused("route", "--org", str(path), str(path))


def test_a_5000_digit_number_is_exit_2(cli):
    path = cli.tmp / "digits.json"
    path.write_text('{"copies": ' + "9" * 5000 + "}", encoding="utf-8")
    assert "位数过多" in cli.refused("register", "outgoing", str(path))


def test_a_lone_surrogate_in_a_name_is_exit_2(cli, org_json):
    org_json["people"][0]["name"] = "县长\ud800"
    path = cli.tmp / "org-bad.json"
    path.write_text(json.dumps(org_json), encoding="ascii")  # "\ud800" escaped, as a hostile file would have it
    err = cli.refused("org", "import", str(path))
    assert "org.people[0].name" in err and "代理码位" in err
    assert cli.ok("org", "show")["people"][0]["name"] == "县长甲"  # the chart in the database is unchanged


def test_a_value_with_a_newline_gives_one_stderr_line(cli):
    err = cli.refused("register", "outgoing", cli.file("r.json", {**OUTGOING, "authority": "county\ngovernment"}))
    assert "county\\ngovernment" in err
    err = cli.refused("register", "outgoing", cli.file("r2.json", {**OUTGOING, "date": "2026-11-27\n"}))
    assert err.count("\n") == 1


def test_a_control_character_on_the_command_line_is_exit_2(cli):
    record = cli.ok("register", "outgoing", cli.file("r.json", OUTGOING))
    err = cli.refused("record-step", str(record["id"]), "2", "--by", "王科长", "--on", "2026-11-28", "--opinion", "同意\x01")
    assert "U+0001" in err
    assert cli.ok("show", str(record["id"]))["actions"] == []


@pytest.mark.skipif(sys.platform == "win32", reason="file names are always Unicode on Windows")
def test_an_attachment_name_that_is_not_utf8_is_exit_2_as_a_process(tmp_path, org_json):
    home, db = tmp_path / "home", str(tmp_path / "db.sqlite")
    org = tmp_path / "org.json"
    org.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    request = tmp_path / "r.json"
    request.write_text(json.dumps(OUTGOING, ensure_ascii=False), encoding="utf-8")
    assert run_cli(["--db", db, "org", "import", str(org)], home).returncode == 0
    assert run_cli(["--db", db, "register", "outgoing", str(request)], home).returncode == 0
    raw = os.fsencode(tmp_path) + b"/\xb8\xbd\xbc\xfe.pdf"  # GBK for 附件
    with open(raw, "wb") as handle:
        handle.write(b"%PDF")
    env = {**os.environ, "XDG_DATA_HOME": str(home), "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-c", "import sys; from desktop_app.cli import main; sys.exit(main())",
                             "--db", db, "attach", "1", raw], capture_output=True, env=env, timeout=60)
    err = result.stderr.decode("utf-8", "replace")
    assert result.returncode == 2 and result.stdout == b"" and err.count("\n") == 1 and "Traceback" not in err
    assert "UTF-8" in err


def test_the_crash_logger_writes_a_command_line_that_is_not_utf8(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(sys, "argv", ["docroute", "attach", "1", "/tmp/\udcb8\udcbd.pdf"])
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        where = _log_crash()
    log = Path(where).read_text(encoding="utf-8")
    assert "\\udcb8" in log and "RuntimeError: a bug" in log


def test_help_and_readme_point_to_the_documents_in_the_repository():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "../shared" not in readme and "docs/cli.md" in readme and "docs/routing.md" in readme
    for name in ("cli.md", "routing.md"):
        assert (ROOT / "docs" / name).is_file()
    texts = [build_parser().format_help()]
    subparsers = next(a for a in build_parser()._actions if a.__class__.__name__ == "_SubParsersAction")
    texts += [p.format_help() for p in subparsers.choices.values()]
    assert "docs/cli.md" in texts[0]
    assert not any("contracts/" in t or "../shared" in t for t in texts)
