"""`docroute` subcommands: parse arguments, call the core, print JSON, map every error to exit 2.

Each group of subcommands lives in its own module with `register(subparsers)`; a handler returns the
JSON-able result (printed on stdout) or None. No Qt is imported here."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from functools import cache
from typing import Any, Callable

from desktop_app.cli.parser import ChineseArgumentParser, UsageError
from desktop_app.domain.errors import DocRouteError, single_line
from desktop_app.identity import APP_DISPLAY_NAME, VERSION

_GROUPS = ("route", "registry", "org", "series", "settings", "rules", "safety", "slips", "seals", "calendar", "office",
           "server")


class ExitWith(Exception):
    """A result printed on stdout that still ends with a non-zero status (`seal verify` on a damaged
    ledger exits 3 with its findings)."""

    def __init__(self, code: int, result: Any) -> None:
        super().__init__(code)
        self.code = code
        self.result = result


@cache
def command_modules() -> tuple[Any, ...]:
    """The command groups present in this build, each imported once (later issues add groups)."""
    modules = []
    for name in _GROUPS:
        try:
            modules.append(importlib.import_module(f"desktop_app.cli.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"desktop_app.cli.{name}":
                raise
    return tuple(modules)


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(
        prog="docroute",
        description=f"{APP_DISPLAY_NAME}（DocRoute）：不带参数运行打开窗口；下列子命令供脚本和管理员使用。",
        epilog="每个子命令的参数、输入输出 JSON 和退出码见项目文档 docs/cli.md；流转方案（route）的请求与输出见 "
               "docs/routing.md。出错时退出码为 2，标准错误输出一行中文说明。",
    )
    parser.add_argument("--version", action="version", version=f"docroute {VERSION}", help="显示版本号并退出")
    parser.add_argument("--db", metavar="PATH|URL",
                        help="数据库文件路径，或数据库服务器 postgresql://用户名@服务器:端口/数据库名"
                             "（默认：“设置”中选定的数据库，否则用户数据目录中的 docroute.sqlite）")
    subparsers = parser.add_subparsers(dest="command", metavar="子命令", parser_class=ChineseArgumentParser)
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        _check_arguments(sys.argv[1:] if argv is None else argv)
        args = parser.parse_args(argv)
        handler: Callable[[argparse.Namespace], Any] | None = getattr(args, "handler", None)
        if handler is None:
            parser.print_help()
            return 0
        result = handler(args)
    except ExitWith as exc:
        print_json(exc.result)
        return exc.code
    except UsageError as exc:
        print(f"docroute：{single_line(str(exc))}", file=sys.stderr)
        return 2
    except DocRouteError as exc:
        print(f"docroute：{exc.one_line()}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("docroute：已中断，未完成的操作没有保存。", file=sys.stderr)
        return 130
    except Exception:  # a bug, not bad input: keep the traceback in the log, show a calm line
        log = _log_crash()
        print(f"docroute：发生内部错误，操作未完成，已保存的数据不受影响。详细信息已记录在 {log}，请将该文件发给技术支持。",
              file=sys.stderr)
        return 1
    if result is not None:
        print_json(result)
    return 0


def _check_arguments(argv: list[str]) -> None:
    """Refuses an argument with a control character or bytes that are not UTF-8 (a file name from
    another system): SQLite cannot store it and the slips cannot print it (values.py has the rule)."""
    from desktop_app.domain.values import bad_character, shown

    for position, argument in enumerate(argv, 1):
        bad = bad_character(argument)
        if bad is None:
            continue
        if "\udc80" <= bad[1] <= "\udcff":  # how Python carries undecodable bytes of a command line
            raise UsageError(f"第 {position} 个参数 {shown(argument)} 不是有效的 UTF-8 文字（可能是文件名的编码不对），"
                             "请把文件改名或换一个路径后重试")
        raise UsageError(f"第 {position} 个参数 {shown(argument)} 含有控制字符 U+{ord(bad[1]):04X}，请删除后重试")


def _log_crash() -> str:
    import traceback
    from datetime import datetime

    from desktop_app.paths import user_data_dir

    try:
        path = user_data_dir() / "docroute-errors.log"
        # backslashreplace: the command line may hold bytes that are not UTF-8; the log must still be written.
        with path.open("a", encoding="utf-8", errors="backslashreplace") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n")
            log.write(traceback.format_exc())
        return str(path)
    except Exception:  # the crash handler itself must never crash
        return "（无法写入日志）"


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
