"""The CLI twins of 设置 (org, series, settings, rules): `docroute org …` (people, departments, absences, JSON and XLSX import), `series …`,
`settings …` and `rules` — JSON on stdout, or exit 2 with one line naming what is wrong."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_registry_cli import OUTGOING, Cli

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.fixture
def cli(tmp_path, capsys, org_json):
    runner = Cli(tmp_path, capsys)
    runner.ok("org", "import", runner.file("org.json", org_json))
    return runner


def test_org_people_are_edited_one_at_a_time_with_the_rules_of_the_chart(cli):
    added = cli.ok("org", "person", "add", "赵强", "--role", "副县长", "--departments", "县水利局、县农业农村局")
    assert added == {"id": "d1", "name": "赵强", "role": "deputy_head", "role_label": "副县长",
                     "departments": ["县水利局", "县农业农村局"]}
    assert "县长只能有一位" in cli.refused("org", "person", "update", "d1", "--role", "county_head")
    assert "已由赵强分管" in cli.refused("org", "person", "update", "d2", "--departments", "县水利局")
    assert cli.ok("org", "person", "update", "d1", "--name", "赵志强")["name"] == "赵志强"
    cli.ok("org", "person", "remove", "d1")
    assert "d1" not in [p["id"] for p in cli.ok("org", "show")["people"]]


def test_departments_and_absences(cli):
    assert cli.ok("org", "department", "add", "县数据局")["name"] == "县数据局"
    listed = {d["name"]: d["deputy"] for d in cli.ok("org", "department", "list")}
    assert listed["县数据局"] is None and listed["县教育局"] == "d2"
    absence = cli.ok("org", "absence", "add", "head", "--from", "2027-03-01", "--to", "2027-03-03", "--reason", "出差")
    assert [a["id"] for a in cli.ok("org", "absence", "list", "--on", "2027-03-02")] == [absence["id"]]
    assert "重叠" in cli.refused("org", "absence", "add", "head", "--from", "2027-03-03", "--to", "2027-03-04")
    cli.ok("org", "absence", "remove", str(absence["id"]))
    assert cli.ok("org", "absence", "list", "--on", "2027-03-02") == []


def test_org_import_reads_the_documented_xlsx(cli):
    org = cli.ok("org", "import", str(DOCS / "org-chart-example.xlsx"))
    assert org["county"] == "托克逊县" and len(org["people"]) == 7
    assert {p["role"] for p in org["people"]} >= {"county_head", "executive_deputy_head", "deputy_head"}
    assert "不支持的文件类型" in cli.refused("org", "import", cli.file("org.txt", {}))


def test_series_set_next_is_guarded_and_voided_numbers_are_listed(cli):
    request = cli.file("s.json", {**OUTGOING, "signed_by": "exec", "signed_on": "2026-11-30", "assign_number": True})
    record = cli.ok("register", "outgoing", request)
    err = cli.refused("series", "set-next", "托政发", "--year", "2026", "--next", "1")
    assert "托政发〔2026〕1号" in err and "2" in err
    assert cli.ok("series", "set-next", "托政发", "--year", "2026", "--next", "12")["next"] == 12
    assert cli.ok("register", "outgoing", request)["number"] == "托政发〔2026〕12号"
    cli.ok("void", str(record["id"]), "--reason", "重复发文")
    assert [v["number"] for v in cli.ok("series", "voided", "--year", "2026")] == ["托政发〔2026〕1号"]
    listed = {s["code"]: s for s in cli.ok("series", "list", "--year", "2026")}
    assert listed["托政发"]["highest"] == 12 and listed["托政发"]["next"] == 13


def test_series_add_reads_authority_and_usage_from_the_code(cli):
    added = cli.ok("series", "add", "托政办任", "--label", "办公室任免")
    assert (added["authority"], added["usage"]) == ("county_office", "documents")
    assert "已经存在" in cli.refused("series", "add", "托政发")
    assert cli.ok("series", "update", "托政办任", "--usage", "letters")["usage"] == "letters"


def test_settings_show_and_set(cli):
    assert cli.ok("settings", "show") == {"county": "托克逊县", "slip_font": ""}
    assert cli.ok("settings", "set", "county", "鄯善县")["county"] == "鄯善县"
    assert "找不到字体" in cli.refused("settings", "set", "slip_font", "没有这种字体")
    assert cli.ok("settings", "set", "slip_font", "AR PL UMing CN")["slip_font"] == "AR PL UMing CN"


def test_rules_lists_every_table_with_its_articles_words(cli):
    rows = cli.ok("rules", "outgoing")
    sign = next(r for r in rows if r["where"].endswith("一般工作 › 第 2 步"))
    assert sign["rule"] == "签发：常务副县长" and sign["basis"] == ["第六十四条"]
    assert "常务副县长签发" in sign["articles"]["第六十四条"]
    tables = {r["table"] for r in cli.ok("rules")}
    assert tables == {"outgoing", "incoming", "minutes", "seals", "contracts", "checks", "findings"}
