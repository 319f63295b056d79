"""`docroute route`: one request in, the routing plan out as JSON (docs/routing.md)."""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.parser import read_json_argument
from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "route", help="计算一份公文（或用印、会议纪要、合同）的审批流程、签发人、依据条款和期限",
        description="读取请求 JSON，输出审批流程 JSON（见 docs/routing.md）。")
    parser.add_argument("--org", metavar="ORG.json", help="组织架构 JSON；省略时使用数据库中导入的组织架构")
    parser.add_argument("request", metavar="REQUEST.json", help="请求 JSON 文件，或 - 表示标准输入")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> dict:
    from desktop_app.rules.engine import route

    org = _org_chart(args)
    request = read_json_argument(args.request, "request")
    return route(request, org, _calendar(args)).to_json()


def _org_chart(args: argparse.Namespace) -> OrgChart:
    if args.org:
        return OrgChart.from_json(read_json_argument(args.org, "org"))
    org = _registry_value(args, lambda registry: registry.org_chart())
    if org is None:
        raise InputError("--org", "未提供组织架构，数据库中也没有导入组织架构",
                         "请用 --org ORG.json 指定，或先运行 `docroute org import ORG.json`")
    return org


def _calendar(args: argparse.Namespace):
    """The office's holiday calendar from the database, when there is one to read: the --db, else this
    PC's database (cli.md: without --db, the one chosen in 设置, else the default file) — the same that
    `calendar --complete` without --db marked; never created just to route with --org."""
    from desktop_app.rules.calendar import WorkCalendar

    if not args.db and not _default_database_exists():
        return WorkCalendar()
    return _registry_value(args, lambda registry: registry.holidays.work_calendar())


def _default_database_exists() -> bool:
    from pathlib import Path

    from desktop_app.registry.engine import is_server
    from desktop_app.registry.location import default_location

    where = default_location()
    return is_server(where) or Path(where).is_file()


def _registry_value(args: argparse.Namespace, read) -> Any:
    from desktop_app.registry import Registry

    with Registry.open(args.db) as registry:
        return read(registry)
