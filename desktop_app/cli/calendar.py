"""`docroute calendar` (docs/cli.md): the office's holiday arrangement for years the chinesecalendar
package lacks — one day at a time, a whole year from one file, and marking a year complete, which is
what makes its deadlines official (routing.md, "Official calendar data")."""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.registry import opened
from desktop_app.domain.errors import InputError

USAGE = ("docroute calendar DATE --workday yes|no [--note 说明]；calendar --year YYYY [--complete]；"
         "calendar --import FILE.json|FILE.csv [--complete]")


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "calendar", help="节假日安排：录入某天、导入全年安排、标记某年已完整录入（chinesecalendar 未收录的年份）",
        description="chinesecalendar 未收录的年份，由办公室录入国务院公布的放假安排；只有标记为已完整录入的年份，"
                    "期限才按官方安排计算，否则提示 calendar_data_missing。")
    p.add_argument("day", metavar="DATE", nargs="?", help="录入一天：日期 YYYY-MM-DD（与 --workday 一起用）")
    p.add_argument("--workday", choices=["yes", "no"], help="yes 调休上班，no 放假")
    p.add_argument("--note", default="", help="说明，例如“2027年春节”")
    p.add_argument("--year", metavar="YYYY", help="查看某年的安排；与 --complete 一起用时标记该年已完整录入")
    p.add_argument("--complete", action="store_true", help="标记该年的全年安排已完整录入（此后按官方数据计算）")
    p.add_argument("--import", dest="import_file", metavar="FILE",
                   help="导入一年的安排：JSON {\"year\": 2027, \"days\": {…}} 或 CSV（表头 date,workday,note）")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> dict:
    chosen = [name for name, given in (("DATE", args.day), ("--year", args.year), ("--import", args.import_file))
              if given]
    if len(chosen) != 1:
        raise InputError("calendar", "请在 DATE、--year、--import 中选一种" if chosen else "缺少要办理的事项",
                         f"用法：{USAGE}")
    with opened(args) as registry:
        holidays = registry.holidays
        if args.import_file:
            return holidays.import_file(args.import_file, complete=args.complete)
        if args.year:
            return holidays.mark_complete(args.year) if args.complete else holidays.year_status(args.year)
        if args.workday is None:
            raise InputError("--workday", "录入一天时须写明上班还是放假", "请加 --workday yes（调休上班）或 --workday no（放假）")
        if args.complete:
            raise InputError("--complete", "录入一天时不能同时标记全年", "录完全年后运行 docroute calendar --year YYYY --complete")
        return holidays.set_day(args.day, args.workday == "yes", args.note)
