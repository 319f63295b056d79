"""`docroute route` as a whole process: JSON on stdout, exit 2 with one Chinese line for bad input."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], input=stdin, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


@pytest.fixture(autouse=True)
def own_data_folder(tmp_path, monkeypatch):
    """Without --db, `route` reads this PC's database (its calendar, its org chart): the test's, not the user's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def org_file(tmp_path, org_json):
    path = tmp_path / "org.json"
    path.write_text(json.dumps(org_json, ensure_ascii=False), encoding="utf-8")
    return path


REQUEST = {"kind": "outgoing", "date": "2026-11-27", "authority": "county_government", "direction": "downward",
           "doc_type": "通知", "scope": "routine", "lead_department": "县教育局", "cosign_departments": ["县财政局"]}


def test_route_prints_the_plan(tmp_path, org_file):
    request = tmp_path / "req.json"
    request.write_text(json.dumps(REQUEST, ensure_ascii=False), encoding="utf-8")
    done = run("route", "--org", str(org_file), str(request))
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["signer"]["name"] == "副县长甲"
    assert "副县长甲" in done.stdout  # UTF-8, not \u escapes
    assert result["deadlines"][0]["due"] == "2026-12-08"


def test_route_reads_standard_input(org_file):
    done = run("route", "--org", str(org_file), "-", stdin=json.dumps(REQUEST))
    assert done.returncode == 0 and json.loads(done.stdout)["steps"][-1]["person"] == "exec"


@pytest.mark.parametrize("change, field", [
    ({"authority": "county"}, "authority"),
    ({"doc_type": "通告书"}, "doc_type"),
    ({"scope": None}, "scope"),
    ({"date": "2026-02-30"}, "date"),
    ({"lead_department": "县不存在局"}, "lead_department"),
    ({"kind": "memo"}, "kind"),
    ({"normative": "yes"}, "normative"),
])
def test_bad_request_names_the_field(org_file, change, field):
    request = {**REQUEST, **change}
    request = {k: v for k, v in request.items() if v is not None}
    done = run("route", "--org", str(org_file), "-", stdin=json.dumps(request, ensure_ascii=False))
    assert done.returncode == 2
    assert done.stdout == ""
    assert field in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_allowed_values_are_listed(org_file):
    done = run("route", "--org", str(org_file), "-", stdin=json.dumps({**REQUEST, "direction": "up"}))
    assert "upward" in done.stderr and "downward" in done.stderr and "parallel" in done.stderr


def test_unknown_delegate_is_bad_input(org_file):
    request = {"kind": "contract", "date": "2026-11-27", "requesting_department": "县财政局",
               "counterparty": "某公司", "delegate_to": "dir"}
    done = run("route", "--org", str(org_file), "-", stdin=json.dumps(request))
    assert done.returncode == 2 and "delegate_to" in done.stderr


@pytest.mark.parametrize("content", ["{not json", "[]", ""])
def test_invalid_json_is_refused_cleanly(org_file, content):
    done = run("route", "--org", str(org_file), "-", stdin=content)
    assert done.returncode == 2 and done.stdout == "" and "Traceback" not in done.stderr


def test_missing_and_broken_org_files(tmp_path):
    done = run("route", "--org", str(tmp_path / "none.json"), "-", stdin=json.dumps(REQUEST))
    assert done.returncode == 2 and "org" in done.stderr
    broken = tmp_path / "org.json"
    broken.write_text(json.dumps({"people": [{"id": "x", "name": "某", "role": "mayor"}]}), encoding="utf-8")
    done = run("route", "--org", str(broken), "-", stdin=json.dumps(REQUEST))
    assert done.returncode == 2 and "org.people[0].role" in done.stderr


def test_route_does_not_import_qt(org_file):
    code = ("import sys, json; from desktop_app.cli import main; "
            f"main(['route', '--org', {str(org_file)!r}, '-']); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'")
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(REQUEST), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr


def test_every_command_has_help_text():
    from desktop_app.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    for name, sub in subparsers.choices.items():
        assert sub.description or sub.format_help(), name
        help_texts = [a.help for a in subparsers._choices_actions if a.dest == name]
        assert help_texts and help_texts[0], f"{name} has no help text"


def test_route_uses_the_org_chart_imported_into_the_database(tmp_path, org_file):
    db = str(tmp_path / "office.sqlite")
    assert run("--db", db, "org", "import", str(org_file)).returncode == 0
    done = run("--db", db, "route", "-", stdin=json.dumps(REQUEST))
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["signer"]["person"] == "exec"


def test_route_without_any_org_chart_says_what_to_do(tmp_path):
    done = run("--db", str(tmp_path / "empty.sqlite"), "route", "-", stdin=json.dumps(REQUEST))
    assert done.returncode == 2 and "org import" in done.stderr
