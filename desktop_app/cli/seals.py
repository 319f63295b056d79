"""`docroute seal …` (contracts/cli.md, "Seals"): requests, uses, the 用印审批单, the ledger's
verification and printout, take-outs and returns, and the list of seals.

    docroute --db DB seal request REQUEST.json
    docroute --db DB seal use ID --on DATE --operator NAME [--approved-by PERSON_ID …] [--copies N] [--scan FILE]
    docroute --db DB seal slip ID --format pdf|docx -o FILE
    docroute --db DB seal verify [--head N:HASH …] [--scans]     # exit 3 when the ledger does not match
    docroute --db DB seal ledger --from DATE --to DATE --format pdf|docx|xlsx -o FILE
    docroute --db DB seal take-out SEAL --escort NAME --reason TEXT [--request ID]
    docroute --db DB seal return SEAL
    docroute --db DB seal list | show ID | head | edit SEAL [--name …] [--keeper …] | correct ENTRY --set K=V … --reason …"""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.parser import ChineseArgumentParser, read_json_argument
from desktop_app.cli.registry import _needs, opened
from desktop_app.domain.errors import InputError

VERIFY_FAILED = 3  # cli.md: a ledger that was edited, reordered or had a row deleted


def register(subparsers: Any) -> None:
    seal = subparsers.add_parser("seal", help="用印登记：申请、用印、审批单、登记簿校验与打印、印章带出与归还",
                                 description="用印登记（第六十八至七十二条）。用印登记簿只能追加，每条带有校验值，"
                                             "`seal verify` 可查出任何事后改动。")
    commands = seal.add_subparsers(dest="seal_command", metavar="操作", parser_class=ChineseArgumentParser)
    seal.set_defaults(handler=_needs(seal, "请写明操作：request、use、slip、show、correct、verify、head、ledger、"
                                             "take-out、return、list 或 edit"))
    _requests(commands)
    _ledger(commands)
    _seals(commands)


def _requests(commands: Any) -> None:
    p = commands.add_parser("request", help="登记用印申请：按规则计算所需审批；不予用印的申请也登记，并注明理由和依据",
                            description="读取用印申请 JSON（routing.md 的用印字段，加 matter 事由、copies 份数、requester 经办人）。")
    p.add_argument("request", metavar="REQUEST.json", help="用印申请 JSON 文件，或 - 表示标准输入")
    p.set_defaults(handler=run_request)

    p = commands.add_parser("use", help="登记用印：监印人、日期、份数、已签字的审批人（不足时拒绝并列出尚缺的审批）")
    p.add_argument("id", type=int, help="用印申请编号")
    p.add_argument("--on", required=True, metavar="DATE", help="用印日期 YYYY-MM-DD")
    p.add_argument("--operator", required=True, metavar="NAME", help="监印人（文书科经办人）姓名")
    p.add_argument("--approved-by", nargs="+", action="extend", default=[], metavar="PERSON_ID",
                   help="已签字同意的审批人的人员 id，可写多个")
    p.add_argument("--copies", type=int, metavar="N", help="用印份数（默认为申请份数）")
    p.add_argument("--scan", metavar="FILE", help="已签字的用印审批单扫描件（复制到数据文件夹，记录 SHA-256）")
    p.add_argument("--note", default="", metavar="TEXT", help="备注")
    p.set_defaults(handler=lambda a: _call(a, "use", a.id, a.on, a.operator, a.approved_by, a.copies, a.scan,
                                           a.note))

    p = commands.add_parser("slip", help="打印用印申请的用印审批单（PDF 或 DOCX）")
    p.add_argument("id", type=int, help="用印申请编号")
    _output(p, ("pdf", "docx"))
    p.set_defaults(handler=run_slip)

    p = commands.add_parser("show", help="显示一份用印申请及其用印、带出记录（JSON）")
    p.add_argument("id", type=int, help="用印申请编号")
    p.set_defaults(handler=lambda a: _call(a, "get", a.id))

    p = commands.add_parser("correct", help="登记更正：新增一条引用原条目的更正记录（原条目不变）")
    p.add_argument("entry", type=int, help="要更正的登记簿条目号")
    p.add_argument("--set", dest="changes", nargs="+", action="extend", required=True, metavar="KEY=VALUE",
                   help="更正的内容，例如 copies=3 operator=李四")
    p.add_argument("--reason", required=True, help="更正原因")
    p.set_defaults(handler=lambda a: _call(a, "correct", a.entry, _pairs(a.changes), a.reason))


def _ledger(commands: Any) -> None:
    p = commands.add_parser("verify", help="校验用印登记簿：逐条重算校验值；不符时退出码为 3 并指出第一条不符的记录",
                            description="不带参数时校验整条链；--head 与打印的登记簿上抄下的校验值比对，"
                                        "可查出改动后整链重算的情况。")
    p.add_argument("--head", action="append", default=[], metavar="N:HASH",
                   help="纸面登记簿上第 N 条的校验值（链头或任一条的校验码，至少 8 位），可写多个")
    p.add_argument("--scans", action="store_true", help="同时重算每份扫描件的 SHA-256（较慢）")
    p.set_defaults(handler=run_verify)

    p = commands.add_parser("head", help="显示登记簿链头（最后一条的条目号和校验值），供审计人员抄录")
    p.set_defaults(handler=lambda a: _call(a, "head"))

    p = commands.add_parser("ledger", help="打印一段日期内的用印登记簿（PDF、DOCX 或 XLSX），末尾注明链头校验值")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="开始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="结束日期 YYYY-MM-DD")
    _output(p, ("pdf", "docx", "xlsx"))
    p.set_defaults(handler=run_ledger)


def _seals(commands: Any) -> None:
    p = commands.add_parser("take-out", help="登记印章带出（第七十二条：确因外事需要，机要人员随同）")
    p.add_argument("seal", metavar="SEAL", help="印章：county_government 等，或印章名称")
    p.add_argument("--escort", required=True, metavar="NAME", help="随同的机要人员")
    p.add_argument("--reason", required=True, metavar="TEXT", help="带出事由（外事或其他，写明）")
    p.add_argument("--request", type=int, metavar="ID", help="相关的用印申请编号")
    p.set_defaults(handler=lambda a: _call(a, "take_out", a.seal, a.escort, a.reason, a.request))

    p = commands.add_parser("return", help="登记印章归还（存入专用保险柜）")
    p.add_argument("seal", metavar="SEAL", help="印章：county_government 等，或印章名称")
    p.set_defaults(handler=lambda a: _call(a, "return_seal", a.seal))

    p = commands.add_parser("list", help="列出印章、保管人及是否带出")
    p.set_defaults(handler=lambda a: _call(a, "seals"))

    p = commands.add_parser("edit", help="修改印章名称或保管人（变更记入用印登记簿）")
    p.add_argument("seal", metavar="SEAL", help="印章：county_government 等，或印章名称")
    p.add_argument("--name", help="新的印章名称")
    p.add_argument("--keeper", help="新的保管人（第七十二条：委托他人代管须经办公室主任批准）")
    p.add_argument("--note", default="", help="说明，例如批准人")
    p.set_defaults(handler=lambda a: _call_kw(a, "edit_seal", a.seal, name=a.name, keeper=a.keeper, note=a.note))


def _output(p: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    p.add_argument("--format", required=True, choices=formats, help="输出格式：" + "、".join(formats))
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件路径")
    p.add_argument("--font", metavar="NAME", help="正文字体：`docroute fonts` 列出的名称，或 .ttf/.ttc 文件路径")


def _call(args: argparse.Namespace, method: str, *params: Any) -> Any:
    with opened(args) as registry:
        return getattr(registry.seals, method)(*params)


def _call_kw(args: argparse.Namespace, method: str, *params: Any, **named: Any) -> Any:
    with opened(args) as registry:
        return getattr(registry.seals, method)(*params, **named)


def _pairs(items: list[str]) -> dict:
    changes = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise InputError("--set", f"“{item}”格式不正确", "请写成 字段=新值，例如 copies=3")
        changes[key.strip()] = value.strip()
    return changes


def run_request(args: argparse.Namespace) -> dict:
    request = read_json_argument(args.request, "request")
    with opened(args) as registry:
        return registry.seals.request(request)


def run_verify(args: argparse.Namespace) -> dict:
    from desktop_app.cli import ExitWith
    from desktop_app.registry.seals.ledger import parse_heads

    heads = parse_heads(args.head)
    with opened(args) as registry:
        result = registry.seals.verify(heads, scans=args.scans)
    if not result["ok"]:
        raise ExitWith(VERIFY_FAILED, result)
    return result


def run_slip(args: argparse.Namespace) -> dict:
    from desktop_app.cli.slips import _render, _write
    from desktop_app.slips.seal import seal_form

    with opened(args) as registry:
        request = registry.seals.get(args.id)
        org = registry.org_chart()
    form = seal_form(request, county=org.county if org else "本县", org=org)
    return _write(args, lambda target: _render(form, args, target)) | {"id": args.id}


def run_ledger(args: argparse.Namespace) -> dict:
    from desktop_app.cli.slips import _write
    from desktop_app.domain.values import parse_date
    from desktop_app.slips.seal_ledger import render_seal_ledger

    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    if end < start:
        raise InputError("--to", "结束日期早于开始日期", "请检查 --from 与 --to")
    with opened(args) as registry:
        book = registry.seals.book(start, end)
        org = registry.org_chart()
    county = org.county if org else "本县"
    result = _write(args, lambda target: render_seal_ledger(book, args.format, Path(target), county=county,
                                                            font=args.font))
    return result | {"from": book["from"], "to": book["to"], "entries": len(book["entries"]), "head": book["head"]}
