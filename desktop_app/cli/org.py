"""`docroute org …`: the org chart of the window's 设置 → 组织架构 and 请假与外出, from the command line.

    docroute --db DB org import ORG.json|ORG.xlsx          # replaces the whole chart (docs/org-chart.md)
    docroute --db DB org show
    docroute --db DB org person add NAME --role ROLE [--departments 县教育局、县民政局] [--id ID]
    docroute --db DB org person update ID [--name NAME] [--role ROLE] [--departments …]
    docroute --db DB org person remove ID
    docroute --db DB org department list | add NAME | remove NAME
    docroute --db DB org absence list [--on DATE] | add PERSON_ID --from DATE --to DATE [--reason 出差] | remove ID
ROLE is the id or the Chinese title: county_head 县长, executive_deputy_head 常务副县长, deputy_head 副县长,
office_director 县政府办公室主任, office_deputy_director 县政府办公室副主任."""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.registry import _needs, opened
from desktop_app.domain.errors import InputError

ROLES = "县长、常务副县长、副县长、县政府办公室主任、县政府办公室副主任（或 county_head 等 id）"


def register(subparsers: Any) -> None:
    org = subparsers.add_parser("org", help="组织架构：导入、查看、逐项修改领导及分管部门、请假外出")
    commands = org.add_subparsers(dest="org_command", metavar="操作", parser_class=type(org))
    p = commands.add_parser("import", help="导入组织架构（JSON 或 XLSX，见 docs/org-chart.md），替换原有组织架构")
    p.add_argument("org_file", metavar="ORG.json|ORG.xlsx", help="组织架构文件")
    p.set_defaults(handler=run_import)
    p = commands.add_parser("show", help="显示当前组织架构")
    p.set_defaults(handler=run_show)
    _register_people(commands, type(org))
    _register_departments(commands, type(org))
    _register_absences(commands, type(org))
    org.set_defaults(handler=_needs(org, "请写明操作：import、show、person、department 或 absence"))


def _register_people(commands: Any, parser_class: type) -> None:
    person = commands.add_parser("person", help="逐位增加、修改、删去领导（校验：县长、常务副县长各一位，一个部门只归一位副县长分管）")
    sub = person.add_subparsers(dest="person_command", metavar="操作", parser_class=parser_class)
    p = sub.add_parser("add", help="增加一位领导")
    p.add_argument("name", help="姓名")
    p.add_argument("--role", required=True, help=f"职务：{ROLES}")
    p.add_argument("--departments", default="", help="分管部门，用、分隔（只有副县长有）")
    p.add_argument("--id", dest="person_id", help="人员 id（不填则自动给出，如 d4）")
    p.set_defaults(handler=lambda a: _org(a, "add_person", a.name, a.role, _list(a.departments),
                                          person_id=a.person_id))
    p = sub.add_parser("update", help="修改一位领导的姓名、职务或分管部门（只影响此后计算的流转方案）")
    p.add_argument("person_id", metavar="ID", help="人员 id（见 org show）")
    p.add_argument("--name", help="新姓名")
    p.add_argument("--role", help=f"新职务：{ROLES}")
    p.add_argument("--departments", help="新的分管部门（整组替换），用、分隔；写空字符串则清空")
    p.set_defaults(handler=lambda a: _org(a, "update_person", a.person_id, name=a.name, role=a.role,
                                          departments=None if a.departments is None else _list(a.departments)))
    p = sub.add_parser("remove", help="删去一位领导（已登记公文的流转方案不变）")
    p.add_argument("person_id", metavar="ID", help="人员 id")
    p.set_defaults(handler=lambda a: _org(a, "remove_person", a.person_id))
    person.set_defaults(handler=_needs(person, "请写明操作：add、update 或 remove"))


def _register_departments(commands: Any, parser_class: type) -> None:
    department = commands.add_parser("department", help="部门名单：列出、增加、删去（分管时从名单中选）")
    sub = department.add_subparsers(dest="department_command", metavar="操作", parser_class=parser_class)
    sub.add_parser("list", help="列出部门及其分管领导").set_defaults(handler=lambda a: _org(a, "departments"))
    p = sub.add_parser("add", help="增加一个部门")
    p.add_argument("name", help="部门名称，例如 县教育局")
    p.set_defaults(handler=lambda a: _org(a, "add_department", a.name))
    p = sub.add_parser("remove", help="删去一个无人分管的部门")
    p.add_argument("name", help="部门名称")
    p.set_defaults(handler=lambda a: _org(a, "remove_department", a.name))
    department.set_defaults(handler=_needs(department, "请写明操作：list、add 或 remove"))


def _register_absences(commands: Any, parser_class: type) -> None:
    absence = commands.add_parser("absence", help="请假与外出（第七十六条）：县长外出期间由常务副县长主持工作并代签（第五条）")
    sub = absence.add_subparsers(dest="absence_command", metavar="操作", parser_class=parser_class)
    p = sub.add_parser("list", help="列出请假外出登记")
    p.add_argument("--on", metavar="DATE", help="只列出这一天不在岗的领导")
    p.set_defaults(handler=lambda a: _org(a, "absences", on=a.on))
    p = sub.add_parser("add", help="登记一位领导请假或外出的日期（含首尾两天）")
    p.add_argument("person_id", metavar="PERSON_ID", help="人员 id")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="开始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="结束日期 YYYY-MM-DD")
    p.add_argument("--reason", default="", help="事由，例如 出差、休假、外出学习")
    p.set_defaults(handler=lambda a: _org(a, "add_absence", a.person_id, a.start, a.end, a.reason))
    p = sub.add_parser("remove", help="删去一条请假外出登记")
    p.add_argument("absence_id", metavar="ID", help="登记编号（见 absence list）")
    p.set_defaults(handler=lambda a: _org(a, "remove_absence", a.absence_id))
    absence.set_defaults(handler=_needs(absence, "请写明操作：list、add 或 remove"))


def _list(text: str) -> list[str]:
    for separator in "，,；;":
        text = text.replace(separator, "、")
    return [part.strip() for part in text.split("、") if part.strip()]


def _org(args: argparse.Namespace, method: str, *params: Any, **options: Any) -> Any:
    with opened(args) as registry:
        return getattr(registry.org, method)(*params, **options)


def run_import(args: argparse.Namespace) -> dict:
    from desktop_app.registry.orgfile import read_org_file

    with opened(args) as registry:
        data = read_org_file(args.org_file, county=registry.office.county())
        return registry.import_org(data).to_json()


def run_show(args: argparse.Namespace) -> dict:
    from desktop_app.registry.office import ORG_MISSING_HINT

    with opened(args) as registry:
        org = registry.org_chart()
    if org is None:
        raise InputError("org", "数据库中还没有组织架构", ORG_MISSING_HINT)
    return org.to_json()
