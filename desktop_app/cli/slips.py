"""`docroute` slip subcommands: the routing slip of a record, the register books, the fonts on offer.

    docroute --db DB slip ID --format pdf|docx -o FILE [--font NAME]
    docroute --db DB register-book --kind incoming|outgoing --from DATE --to DATE --format pdf|docx -o FILE
    docroute fonts

Files are written to a temporary name beside the target and moved into place only when complete, so
a failed render never leaves half a file or clobbers the previous one (desktop_app/files.py). Characters
no font has are printed as 〓: the result lists them under "replaced" and one stderr line says so."""
from __future__ import annotations

import argparse
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from desktop_app.cli.parser import record_id
from desktop_app.domain.errors import InputError
from desktop_app.domain.values import parse_date

_FORMATS = ("pdf", "docx")
_UNKNOWN_COUNTY = "本县"  # before an org chart is imported the header cannot name the county


def register(subparsers: Any) -> None:
    p = subparsers.add_parser("slip", help="打印记录的流转单：发文为发文稿纸，收文为收文处理笺",
                              description="按记录的流转方案生成 A4 发文稿纸或收文处理笺（PDF 或 DOCX）。")
    p.add_argument("id", type=record_id, help="记录 id")
    _output_options(p)
    p.set_defaults(handler=run_slip)

    p = subparsers.add_parser("register-book", help="打印一段日期内的收文登记簿或发文登记簿",
                              description="按日期范围（含首尾两天）生成登记簿，表头每页重复，页脚注明第 N 页 共 M 页。")
    p.add_argument("--kind", required=True, choices=["incoming", "outgoing"], help="incoming 收文，outgoing 发文")
    p.add_argument("--from", dest="start", required=True, metavar="DATE", help="开始日期 YYYY-MM-DD")
    p.add_argument("--to", dest="end", required=True, metavar="DATE", help="结束日期 YYYY-MM-DD")
    _output_options(p)
    p.set_defaults(handler=run_register_book)

    p = subparsers.add_parser("fonts", help="列出可用于流转单的中文字体（系统字体与内置字体）")
    p.set_defaults(handler=run_fonts)


def _output_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", required=True, choices=_FORMATS, help="输出格式：pdf 或 docx")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="输出文件路径")
    p.add_argument("--font", metavar="NAME", help="正文字体：`docroute fonts` 列出的名称，或 .ttf/.ttc 文件路径")


@contextmanager
def _registry(args: argparse.Namespace) -> Iterator[Any]:
    from desktop_app.registry import Registry

    registry = Registry.open(args.db)
    try:
        yield registry
    finally:
        registry.close()


def _county(registry: Any) -> tuple[str, Any]:
    org = registry.org_chart()
    return (org.county if org else _UNKNOWN_COUNTY), org


def run_slip(args: argparse.Namespace) -> dict:
    from desktop_app.slips.forms import slip_form

    with _registry(args) as registry:
        record = registry.get(args.id)
        county, org = _county(registry)
    form = slip_form(record, county=county, org=org)
    return _write(args, lambda target: _render(form, args, target)) | {"id": args.id, "kind": record.get("kind")}


def run_register_book(args: argparse.Namespace) -> dict:
    from desktop_app.slips.register import register_form

    start, end = parse_date(args.start, "--from"), parse_date(args.end, "--to")
    if end < start:
        raise InputError("--to", "结束日期早于开始日期", "请检查 --from 与 --to")
    with _registry(args) as registry:
        records = registry.records_between(args.kind, start, end)
        county, _org = _county(registry)
    form = register_form(args.kind, records, start, end, county=county)
    result = _write(args, lambda target: _render(form, args, target, numbered=True))
    return result | {"kind": args.kind, "from": start.isoformat(), "to": end.isoformat(), "records": len(records)}


def run_fonts(args: argparse.Namespace) -> list[dict]:
    from desktop_app.slips import available_fonts

    return [{"name": c.name, "path": str(c.path), "subfont": c.subfont, "source": c.source, "style": c.style}
            for c in available_fonts()]


def _render(form: Any, args: argparse.Namespace, target: Path, numbered: bool = False) -> Any:
    from desktop_app.slips import render_form

    return render_form(form, args.format, target, font=args.font, numbered=numbered)


def _write(args: argparse.Namespace, render: Callable[[Path], Any]) -> dict:
    """Renders to the target (render_form writes a temporary file and renames it into place)."""
    target = Path(args.output).expanduser()
    if not target.parent.is_dir():
        raise InputError("-o", f"目录 {target.parent} 不存在", "请先创建该目录，或换一个输出路径")
    if target.suffix.lower() != f".{args.format}":
        raise InputError("-o", f"文件扩展名应为 .{args.format}", f"例如 slip.{args.format}")
    rendered = render(target)
    result = {"file": str(target), "format": args.format, "pages": rendered.pages}
    if rendered.replaced:
        codes = [f"U+{ord(ch):04X}" for ch in rendered.replaced]
        result["replaced"] = codes
        print(f"docroute：注意：{len(codes)} 个字符没有可用的字体或无法写入文件，已印为“〓”：{'、'.join(codes)}",
              file=sys.stderr)
    return result
