"""`docroute series …`: the 发文字号 series of the window's 设置 → 发文字号.

    docroute --db DB series list [--year YYYY]
    docroute --db DB series add CODE [--authority county_government|county_office] [--usage documents|letters|normative] [--label …]
    docroute --db DB series update CODE [--authority …] [--usage …] [--label …]
    docroute --db DB series remove CODE                    # only a series no document has used
    docroute --db DB series set-next CODE --year YYYY --next N   # refused at or below a number already given
    docroute --db DB series voided [--year YYYY]"""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.registry import _needs, opened

AUTHORITY = "发文机关：county_government（县人民政府）或 county_office（县人民政府办公室）"
USAGE = "用途：documents（公文）、letters（函）或 normative（规范性文件）"


def register(subparsers: Any) -> None:
    series = subparsers.add_parser("series", help="机关代字：列出、新增、修改发文字号序列，设定某年的下一个序号")
    sub = series.add_subparsers(dest="series_command", metavar="操作", parser_class=type(series))
    p = sub.add_parser("list", help="列出机关代字，及某年（默认今年）的下一个序号、已编最大序号")
    p.add_argument("--year", help="年份，默认今年")
    p.set_defaults(handler=lambda a: _call(a, "series", a.year))
    p = sub.add_parser("add", help="新增一个机关代字，例如 托政办函")
    p.add_argument("code", help="机关代字")
    p.add_argument("--authority", help=AUTHORITY + "（不填则按代字中有无“办”判断）")
    p.add_argument("--usage", help=USAGE + "（不填则按代字末字判断）")
    p.add_argument("--label", default="", help="说明")
    p.set_defaults(handler=run_add)
    p = sub.add_parser("update", help="修改机关代字的发文机关、用途或说明")
    p.add_argument("code", help="机关代字")
    p.add_argument("--authority", help=AUTHORITY)
    p.add_argument("--usage", help=USAGE)
    p.add_argument("--label", help="说明")
    p.set_defaults(handler=lambda a: _call(a, "update", a.code, authority=a.authority, usage=a.usage, label=a.label))
    p = sub.add_parser("remove", help="删去一个尚未使用的机关代字")
    p.add_argument("code", help="机关代字")
    p.set_defaults(handler=lambda a: _call(a, "remove", a.code))
    p = sub.add_parser("set-next", help="设定某年的下一个序号（年中启用本程序时）；不得等于或小于已编出的序号")
    p.add_argument("code", help="机关代字")
    p.add_argument("--year", required=True, help="年份")
    p.add_argument("--next", dest="next_serial", required=True, help="下一个序号，例如 38")
    p.set_defaults(handler=lambda a: _call(a, "set_next", a.code, a.year, a.next_serial))
    p = sub.add_parser("voided", help="列出已作废的文号（作废的文号永不重用）")
    p.add_argument("--year", help="只列出某一年")
    p.set_defaults(handler=lambda a: _call(a, "voided", a.year))
    series.set_defaults(handler=_needs(series, "请写明操作：list、add、update、remove、set-next 或 voided"))


def _call(args: argparse.Namespace, method: str, *params: Any, **options: Any) -> Any:
    with opened(args) as registry:
        return getattr(registry.numbering, method)(*params, **options)


def run_add(args: argparse.Namespace) -> dict:
    from desktop_app.registry.numbers import check_series_code
    from desktop_app.registry.orgstore import guess_use

    authority, usage = guess_use(check_series_code(args.code))
    return _call(args, "add", args.code, args.authority or authority, args.usage or usage, args.label)
