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
from desktop_app.domain.errors import DocRouteError
from desktop_app.identity import APP_DISPLAY_NAME, VERSION

_GROUPS = ("route", "registry", "safety", "slips", "seals")


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
    )
    parser.add_argument("--version", action="version", version=f"docroute {VERSION}", help="显示版本号并退出")
    parser.add_argument("--db", metavar="PATH", help="数据库文件路径（默认：用户数据目录中的 docroute.sqlite）")
    subparsers = parser.add_subparsers(dest="command", metavar="子命令", parser_class=ChineseArgumentParser)
    for module in command_modules():
        module.register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
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
        print(f"docroute：{exc}", file=sys.stderr)
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


def _log_crash() -> str:
    import traceback
    from datetime import datetime

    from desktop_app.paths import user_data_dir

    try:
        path = user_data_dir() / "docroute-errors.log"
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now().isoformat(timespec='seconds')} {' '.join(sys.argv)}\n")
            log.write(traceback.format_exc())
        return str(path)
    except OSError:
        return "（无法写入日志）"


def print_json(value: Any) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()
