"""Entry point of the `docroute` command: no arguments opens the window, anything else is the CLI.

It sits above both shells so that the CLI never imports Qt and the window never parses arguments."""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if _wants_window(args):
        return main_gui(args)
    from desktop_app.cli import main as cli_main

    return cli_main(args)


def main_gui(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    db_path = None
    if len(args) == 2 and args[0] == "--db":
        db_path = args[1]
    try:
        from desktop_app.ui.app import run
    except ImportError as exc:  # PySide6 missing: say so plainly, never a traceback
        print(f"无法启动窗口：缺少图形界面组件（{exc.name}）。请先安装 PySide6-Essentials，"
              "或使用 `docroute --help` 查看命令行功能。", file=sys.stderr)
        return 2
    return run(db_path)


def _wants_window(args: list[str]) -> bool:
    """`docroute` and `docroute --db PATH` open the window; every subcommand goes to the CLI."""
    return not args or (len(args) == 2 and args[0] == "--db")
