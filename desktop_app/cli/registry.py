"""`docroute` registry subcommands (docs/cli.md): register, record-step, assign-number, show, search, demo,
and the clerk's extras (void, audit, attach); `org` is cli/org.py, `series` cli/series.py, `calendar`
cli/calendar.py."""
from __future__ import annotations

import argparse
import sqlite3
import sys
from contextlib import contextmanager
from typing import Any, Iterator

from desktop_app.cli.parser import bounded_int, read_json_argument, record_id
from desktop_app.domain.errors import InputError, StorageError


@contextmanager
def opened(args: argparse.Namespace, *, auto_backup: bool = True) -> Iterator[Any]:
    """The registry named by the global --db (default: the user's data folder), closed afterwards.
    Today's backup is made before the first write (never for reads); its failure is a warning line."""
    from desktop_app.registry import Registry

    from desktop_app.registry.engine import engine_of

    registry = Registry.open(args.db, auto_backup=auto_backup, warn=_warn)
    try:
        yield registry
    except sqlite3.DatabaseError as exc:  # damage found while reading: one line, never a traceback
        from desktop_app.registry.database import RESTORE_HINT

        raise StorageError(f"读取数据库时出错（{exc}）", RESTORE_HINT) from None
    except engine_of(registry.db).errors as exc:  # a server gone away, a read refused
        from desktop_app.registry.engine.postgres import SERVER_HINT

        raise StorageError(f"读取数据库服务器时出错（{str(exc).strip().splitlines()[0]}）", SERVER_HINT) from None
    finally:
        registry.close()


def _warn(line: str) -> None:
    print(f"docroute：警告：{line}", file=sys.stderr, flush=True)


def register(subparsers: Any) -> None:
    _register_records(subparsers)
    _register_changes(subparsers)
    _register_lookup(subparsers)
    _register_admin(subparsers)


def _register_records(subparsers: Any) -> None:
    p = subparsers.add_parser("register", help="登记一份发文或收文：计算流转方案并与登记信息一起保存",
                              description="读取登记请求 JSON（见 docs/cli.md），输出保存后的记录 JSON。")
    p.add_argument("kind", choices=["outgoing", "incoming"], help="outgoing 发文，incoming 收文")
    p.add_argument("request", metavar="REQUEST.json", help="登记请求 JSON 文件，或 - 表示标准输入")
    p.set_defaults(handler=run_register)

    p = subparsers.add_parser("record-step", help="记录流转方案中某一步已办理（审核、会签、签发……）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.add_argument("order", type=bounded_int(1, 10_000, "步骤序号"), help="流转方案中的步骤序号")
    p.add_argument("--by", required=True, metavar="PERSON_ID", help="办理人的人员 id（非领导步骤可写姓名）")
    p.add_argument("--on", required=True, metavar="DATE", help="办理日期 YYYY-MM-DD")
    p.add_argument("--opinion", metavar="TEXT", help="办理意见，例如“同意”")
    p.set_defaults(handler=lambda a: _call(a, "record_step", a.id, a.order, a.by, a.on, a.opinion))

    p = subparsers.add_parser("cosign-reply", help="记录会签单位的回复意见（第六十二条：7个工作日内回复）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.add_argument("department", help="会签单位，例如 县财政局")
    p.add_argument("--on", required=True, metavar="DATE", help="回复日期 YYYY-MM-DD")
    p.add_argument("--opinion", metavar="TEXT", help="会签意见")
    p.set_defaults(handler=lambda a: _call(a, "record_cosign_reply", a.id, a.department, a.on, a.opinion))

    p = subparsers.add_parser("assign-number", help="为已签发的发文编发文字号（如 托政发〔2026〕12号）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.set_defaults(handler=lambda a: _call(a, "assign_number", a.id))


def _register_changes(subparsers: Any) -> None:
    p = subparsers.add_parser("void", help="作废一份发文；已编的文号保留并标为作废，永不重用")
    p.add_argument("id", type=record_id, help="记录 id")
    p.add_argument("--reason", required=True, help="作废原因（记入审计日志）")
    p.set_defaults(handler=lambda a: _call(a, "void", a.id, a.reason))

    p = subparsers.add_parser("attach", help="为记录添加附件（复制到受管文件夹，记录大小和 SHA-256）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.add_argument("file", help="附件文件路径")
    p.set_defaults(handler=lambda a: _call(a, "add_attachment", a.id, a.file))


def _register_lookup(subparsers: Any) -> None:
    p = subparsers.add_parser("show", help="显示一条记录（JSON）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.set_defaults(handler=lambda a: _call(a, "get", a.id))

    p = subparsers.add_parser("search", help="按标题、文号、来文字号、来文机关、主送单位中的任意几个字查找，最新的在前")
    p.add_argument("text", help="要查找的文字（两个字即可，例如 防汛）")
    p.add_argument("--kind", choices=["incoming", "outgoing"], help="只查收文或发文")
    p.add_argument("--year", type=bounded_int(1949, 2100, "年份"), help="只查某一年，例如 2026")
    p.add_argument("--limit", type=bounded_int(1, 1_000_000, "条数"), default=50, help="最多显示多少条（默认 50）")
    p.set_defaults(handler=lambda a: _call(a, "search", a.text, kind=a.kind, year=a.year, limit=a.limit))

    p = subparsers.add_parser("audit", help="显示一条记录的审计日志（谁、何时、改了什么）")
    p.add_argument("id", type=record_id, help="记录 id")
    p.set_defaults(handler=lambda a: _call(a, "audit", a.id))


def _register_admin(subparsers: Any) -> None:
    # `org` and `series` have their own modules (cli/org.py, cli/series.py).
    p = subparsers.add_parser("demo", help="填入逼真的示例数据（县直部门、15 种公文、文号和日期）")
    p.add_argument("--rows", type=bounded_int(1, 1_000_000, "示例记录条数"), default=1000, help="示例记录条数（1 到 1,000,000，默认 1000）")
    p.set_defaults(handler=run_demo)


def _needs(parser: argparse.ArgumentParser, message: str):
    def handler(args: argparse.Namespace) -> None:
        raise InputError(parser.prog.split()[-1], message, f"运行 `{parser.prog} --help` 查看用法")
    return handler


def _call(args: argparse.Namespace, method: str, *params: Any, **options: Any) -> Any:
    with opened(args) as registry:
        result = getattr(registry, method)(*params, **options)
    return str(result) if hasattr(result, "__fspath__") else result


def run_register(args: argparse.Namespace) -> dict:
    request = read_json_argument(args.request, "request")
    if not isinstance(request, dict):
        raise InputError("request", "登记请求必须是 JSON 对象", "请按 docs/cli.md 的格式提供")
    with opened(args) as registry:
        return registry.register(args.kind, request)


def run_demo(args: argparse.Namespace) -> dict:
    show = sys.stderr.isatty()

    def progress(done: int, total: int) -> None:
        if show:
            filled = done * 30 // total
            sys.stderr.write(f"\r示例数据 [{'█' * filled}{'·' * (30 - filled)}] {done:,}/{total:,}")
            sys.stderr.flush()

    with opened(args) as registry:
        result = registry.demo(args.rows, progress=progress)
    if show:
        sys.stderr.write("\n")
    return result

