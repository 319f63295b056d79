"""`docroute` subcommands of the office's lists (contracts/cli.md "The office's lists"), the CLI twins of
the screens 待办与期限, 督办, 查询, 统计 and 归档 (docs/office.md):

    due [--on DATE] [--what W] [--level L]          cosign-status ID [--on DATE]
    follow-up add ID --department DEPT --due DATE [--note TEXT] [--on DATE]
    follow-up close FOLLOW_UP_ID --on DATE --result TEXT
    follow-up list [--open] [--record ID]
    remind ITEM --by NAME [--to WHO] [--on DATE] [--means M] [--note TEXT]
    reminders [--item ITEM | --record ID]            remind-slip REMINDER_ID --format pdf|docx -o FILE
    query [--text T] [--from D] [--to D] [--kind K] [--series S] [--doc-type T] [--classification C]
          [--department D] [--signer P] [--status S] [--overdue | --not-overdue] [--limit N] [-o FILE.xlsx]
    stats --year YYYY [--on DATE] [--format pdf|xlsx -o FILE]
    archive ID --retention 永久|30年|10年 [--pages N] [--note TEXT] [--on DATE]
    archive-catalogue --year YYYY --format pdf|docx|xlsx -o FILE
    archive-settings [--fonds F] [--org-code C]      archive-verify ID

Files are written through a temporary file beside the target (cli/slips.py `_write`)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.registry import _needs, opened
from desktop_app.domain.errors import InputError

_UNKNOWN_COUNTY = "本县"


def register(subparsers: Any) -> None:
    _register_due(subparsers)
    _register_follow_up(subparsers)
    _register_reminders(subparsers)
    _register_query(subparsers)
    _register_stats(subparsers)
    _register_archive(subparsers)


# ---- 待办与期限 ------------------------------------------------------------------------------
def _register_due(subparsers: Any) -> None:
    p = subparsers.add_parser("due", help="待办与期限：会签回复、纪要印发、收文办理时限、印章带出、督办事项，最紧急的在前",
                              description="列出所有未办结的期限事项（按法定工作日计算剩余天数，逾期为负数）。")
    p.add_argument("--on", metavar="DATE", help="按哪一天计算（默认今天），YYYY-MM-DD")
    p.add_argument("--what", choices=["cosign_reply", "minutes_issue", "incoming_due", "seal_out", "follow_up"],
                   help="只列一类事项")
    p.add_argument("--level", choices=["overdue", "soon", "later"], help="只列已逾期、即将到期（2个工作日内）或未到期的")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.due.to_json(a.on, what=a.what, level=a.level)))

    p = subparsers.add_parser("cosign-status", help="一份发文各会签单位的回复或期限（逾期未复，视为无不同意见）")
    p.add_argument("id", type=int, help="记录 id")
    p.add_argument("--on", metavar="DATE", help="按哪一天计算（默认今天）")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.due.cosign_status(a.id, a.on)))


# ---- 督办 -------------------------------------------------------------------------------------
def _register_follow_up(subparsers: Any) -> None:
    group = subparsers.add_parser("follow-up", help="督办（第五十六条）：立项、办结、列出督办事项")
    commands = group.add_subparsers(dest="follow_up_command", metavar="操作", parser_class=type(group))
    p = commands.add_parser("add", help="把一份记录（会议决定事项、领导批示）立项督办")
    p.add_argument("id", type=int, help="记录 id")
    p.add_argument("--department", required=True, help="主办单位，例如 县水利局")
    p.add_argument("--due", required=True, metavar="DATE", help="督办期限 YYYY-MM-DD")
    p.add_argument("--note", default="", help="督办事项说明")
    p.add_argument("--on", metavar="DATE", help="立项日期（默认今天）")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.follow_ups.add(a.id, a.department, a.due, a.note, a.on)))
    p = commands.add_parser("close", help="办结督办事项并记录办理结果")
    p.add_argument("follow_up_id", type=int, metavar="FOLLOW_UP_ID", help="督办编号（follow-up add 返回的 id）")
    p.add_argument("--on", required=True, metavar="DATE", help="办结日期 YYYY-MM-DD")
    p.add_argument("--result", required=True, help="办理结果")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.follow_ups.close(a.follow_up_id, a.on, a.result)))
    p = commands.add_parser("list", help="列出督办事项：未办结的按期限在前，已办结的随后")
    p.add_argument("--open", action="store_true", help="只列未办结的")
    p.add_argument("--record", type=int, metavar="ID", help="只列某一记录的")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.follow_ups.list(open_only=a.open, record_id=a.record)))
    group.set_defaults(handler=_needs(group, "请写明操作：add、close 或 list"))


# ---- 催办 -------------------------------------------------------------------------------------
def _register_reminders(subparsers: Any) -> None:
    p = subparsers.add_parser("remind", help="催办：记录已就某一待办事项催促了谁（谁催、何时、方式）",
                              description="ITEM 是 `docroute due` 列出的 key，例如 cosign_reply:12:县财政局。")
    p.add_argument("item", metavar="ITEM", help="待办事项的 key")
    p.add_argument("--by", required=True, help="催办人，例如 文书科张三")
    p.add_argument("--to", help="被催办单位或人（默认：会签单位、督办主办单位或印章随同人员；收文办理时限须写明承办单位）")
    p.add_argument("--on", metavar="DATE", help="催办日期（默认今天）")
    p.add_argument("--means", default="", help="催办方式：电话、短信、当面、催办单、公文系统、其他")
    p.add_argument("--note", default="", help="催办内容")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.reminders.remind(a.item, a.by, a.on, a.to, a.means, a.note)))

    p = subparsers.add_parser("reminders", help="列出催办记录（某一事项或某一记录的）")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--item", metavar="ITEM", help="待办事项的 key")
    which.add_argument("--record", type=int, metavar="ID", help="记录 id")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.reminders.for_item(a.item) if a.item
                                           else r.reminders.for_record(a.record)))

    p = subparsers.add_parser("remind-slip", help="打印催办单（PDF 或 DOCX）")
    p.add_argument("reminder_id", type=int, metavar="REMINDER_ID", help="催办编号（remind 返回的 id）")
    _output(p, ("pdf", "docx"))
    p.set_defaults(handler=run_remind_slip)


# ---- 查询 -------------------------------------------------------------------------------------
def _register_query(subparsers: Any) -> None:
    p = subparsers.add_parser("query", help="查询：按日期、类别、机关代字、文种、密级、单位、签发人、状态、逾期和文字组合查找",
                              description="各条件同时满足；结果最新的在前。-o FILE.xlsx 把全部结果导出为登记簿格式。")
    p.add_argument("--text", default="", help="标题、文号、来文字号、来文机关、主送中的文字（同 search）")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="登记日期起（含）")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="登记日期止（含）")
    p.add_argument("--kind", choices=["outgoing", "incoming"], help="outgoing 发文，incoming 收文")
    p.add_argument("--series", help="机关代字，例如 托政发")
    p.add_argument("--doc-type", dest="doc_type", help="文种，例如 通知")
    p.add_argument("--classification", help="密级：none（无）、秘密、机密、绝密")
    p.add_argument("--department", help="拟稿单位（发文）或来文机关（收文）")
    p.add_argument("--signer", help="签发人的人员 id 或姓名")
    p.add_argument("--status", help="状态：registered、signed、numbered、voided、in_progress、done（或中文）")
    overdue = p.add_mutually_exclusive_group()
    overdue.add_argument("--overdue", dest="overdue", action="store_const", const=True, help="只查已逾期未办结的")
    overdue.add_argument("--not-overdue", dest="overdue", action="store_const", const=False, help="只查未逾期的")
    p.add_argument("--limit", type=int, default=50, help="最多列出多少条（默认 50；count 总是全部）")
    p.add_argument("-o", "--output", metavar="FILE.xlsx", help="把全部结果导出为 Excel")
    p.set_defaults(handler=run_query)


# ---- 统计 -------------------------------------------------------------------------------------
def _register_stats(subparsers: Any) -> None:
    p = subparsers.add_parser("stats", help="统计（第六十六条）：某年按月、机关代字、文种、行文方向、拟稿单位、来文机关的件数",
                              description="按登记日期统计该年的收文、发文（不含作废）；可另存为一页 PDF 或 Excel。")
    p.add_argument("--year", required=True, type=int, help="年份，例如 2026")
    p.add_argument("--on", metavar="DATE", help="逾期按哪一天计算（默认今天）")
    p.add_argument("--format", choices=["pdf", "xlsx"], help="另存格式：pdf（一页统计表）或 xlsx")
    p.add_argument("-o", "--output", metavar="FILE", help="输出文件（与 --format 一起使用）")
    p.set_defaults(handler=run_stats)


# ---- 归档 -------------------------------------------------------------------------------------
def _register_archive(subparsers: Any) -> None:
    p = subparsers.add_parser("archive", help="归档（第六十七条，DA/T 22-2015）：办结的记录给出保管期限和档号，整卷保存",
                              description="发文须已编号（印发）、收文须已办结；给出档号并把流转单、附件、回复、审计记录一起存入归档文件夹。")
    p.add_argument("id", type=int, help="记录 id")
    p.add_argument("--retention", required=True, choices=["永久", "30年", "10年"], help="保管期限")
    p.add_argument("--pages", type=int, help="页数")
    p.add_argument("--note", default="", help="备注（印在归档文件目录上）")
    p.add_argument("--on", metavar="DATE", help="归档日期（默认今天）")
    p.set_defaults(handler=run_archive)

    p = subparsers.add_parser("archive-catalogue", help="打印某年的归档文件目录（PDF、DOCX 或 Excel）")
    p.add_argument("--year", required=True, type=int, help="年度，例如 2026")
    _output(p, ("pdf", "docx", "xlsx"))
    p.set_defaults(handler=run_catalogue)

    p = subparsers.add_parser("archive-settings", help="查看或设置档号中的全宗号和机构代码")
    p.add_argument("--fonds", help="全宗号（档案馆给定），例如 Z109")
    p.add_argument("--org-code", dest="org_code", help="机构（问题）代码，例如 BGS")
    p.set_defaults(handler=run_archive_settings)

    p = subparsers.add_parser("archive-verify", help="核对一份已归档记录的归档文件夹是否完整、未被改动")
    p.add_argument("id", type=int, help="记录 id")
    p.set_defaults(handler=lambda a: _with(a, lambda r: r.archive.verify(a.id)))


# ---- handlers ---------------------------------------------------------------------------------
def _output(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument("--format", required=True, choices=formats, help="输出格式：" + "、".join(formats))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件路径")
    p.add_argument("--font", metavar="NAME", help="正文字体：`docroute fonts` 列出的名称，或 .ttf/.ttc 文件路径")


def _with(args: argparse.Namespace, action: Any) -> Any:
    with opened(args) as registry:
        return action(registry)


def _county(registry: Any) -> tuple[str, Any]:
    org = registry.org_chart()
    return (org.county if org else _UNKNOWN_COUNTY), org


def _write(args: argparse.Namespace, render: Any) -> dict:
    """A slip-layout printout: render_form writes a temporary file and renames it itself."""
    from desktop_app.cli.slips import _write as write_replacing

    return write_replacing(args, render)


def _write_file(args: argparse.Namespace, write: Any) -> dict:
    """A printout drawn by its own writer (统计 page, XLSX sheets): into a temporary file, then renamed."""
    from desktop_app.files import replaced_atomically
    from desktop_app.slips import Rendered

    def render(target: Path) -> Rendered:
        with replaced_atomically(target) as temporary:
            pages = write(temporary)
        return Rendered(target, pages if isinstance(pages, int) else None)

    return _write(args, render)


def _render_form(form: Any, args: argparse.Namespace, numbered: bool = False):
    from desktop_app.cli.slips import _render

    return lambda target: _render(form, args, target, numbered=numbered)


def run_remind_slip(args: argparse.Namespace) -> dict:
    from desktop_app.slips.reminder import reminder_form

    with opened(args) as registry:
        data = registry.reminders.slip_data(args.reminder_id)
        county, _org = _county(registry)
    return _write(args, _render_form(reminder_form(data, county=county), args)) | {"reminder_id": args.reminder_id}


def run_query(args: argparse.Namespace) -> dict:
    from desktop_app.registry.query import Query

    if args.limit < 1:
        raise InputError("--limit", "条数至少为 1", "例如 --limit 50")
    query = Query.parse(text=args.text, date_from=args.date_from, date_to=args.date_to, kind=args.kind,
                        series=args.series, doc_type=args.doc_type, classification=args.classification,
                        department=args.department, signer=args.signer, status=args.status, overdue=args.overdue)
    with opened(args) as registry:
        if args.output:
            if Path(args.output).suffix.lower() != ".xlsx":
                raise InputError("-o", "查询结果导出为 Excel，文件名应以 .xlsx 结尾", "例如 -o 查询结果.xlsx")
            return registry.query.export(query, args.output)
        ids = registry.query.ids(query, limit=args.limit)
        return {"query": query.to_json(), "count": registry.query.count(query), "records": registry.query.rows(ids)}


def run_stats(args: argparse.Namespace) -> dict:
    if bool(args.format) != bool(args.output):
        raise InputError("--format", "另存统计时 --format 和 -o 要一起写", "例如 --format pdf -o 2026年统计.pdf")
    with opened(args) as registry:
        stats = registry.stats.year(args.year, args.on)
        county, _org = _county(registry)
    if not args.output:
        return stats
    from desktop_app.slips.forms import issuer
    from desktop_app.slips.statistics import write_stats_pdf, write_stats_xlsx

    unit = issuer(county, "county_office")
    if args.format == "pdf":
        written = _write_file(args, lambda target: write_stats_pdf(stats, str(target), unit=unit))
    else:
        written = _write_file(args, lambda target: write_stats_xlsx(stats, target))
    return stats | {"file": written["file"], "format": args.format}


def run_archive(args: argparse.Namespace) -> dict:
    from desktop_app.slips.archive import slip_pdf

    with opened(args) as registry:
        county, org = _county(registry)
        return registry.archive.archive(args.id, args.retention, args.pages, args.note, args.on,
                                        slip=lambda record: slip_pdf(record, county=county, org=org))


def run_catalogue(args: argparse.Namespace) -> dict:
    from desktop_app.slips.archive import catalogue_form, catalogue_sheet
    from desktop_app.slips.sheets import write_xlsx

    with opened(args) as registry:
        rows = registry.archive.catalogue(args.year)
        county, _org = _county(registry)
        fonds, org_code = registry.settings.get("archive.fonds"), registry.settings.get("archive.org_code")
    if args.format == "xlsx":
        header, body = catalogue_sheet(rows, county=county)
        result = _write_file(args, lambda target: write_xlsx([("归档文件目录", header, body)], target,
                                                             title=f"{args.year}年度归档文件目录"))
    else:
        form = catalogue_form(args.year, rows, county=county, fonds=fonds, org_code=org_code)
        result = _write(args, _render_form(form, args, numbered=True))
    return result | {"year": args.year, "items": len(rows)}


def run_archive_settings(args: argparse.Namespace) -> dict:
    with opened(args) as registry:
        if args.fonds is not None:
            registry.settings.set("archive.fonds", args.fonds)
        if args.org_code is not None:
            registry.settings.set("archive.org_code", args.org_code)
        return registry.settings.all()
