"""`docroute settings …`: the office's settings of the window's 设置 → 稿纸与字体.

    docroute --db DB settings show
    docroute --db DB settings set county 托克逊县        # the county's name on every form and slip
    docroute --db DB settings set slip_font 仿宋          # the slips' body font (`docroute fonts`); '' = automatic"""
from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.registry import _needs, opened


def register(subparsers: Any) -> None:
    settings = subparsers.add_parser("settings", help="办公室设置：县名（印在稿纸上）、流转单正文字体")
    sub = settings.add_subparsers(dest="settings_command", metavar="操作", parser_class=type(settings))
    sub.add_parser("show", help="显示设置").set_defaults(handler=run_show)
    p = sub.add_parser("set", help="修改一项设置：county（县名）或 slip_font（正文字体，空为自动）")
    p.add_argument("key", choices=["county", "slip_font"], help="county 或 slip_font")
    p.add_argument("value", help="新值")
    p.set_defaults(handler=run_set)
    settings.set_defaults(handler=_needs(settings, "请写明操作：show 或 set"))


def run_show(args: argparse.Namespace) -> dict:
    with opened(args) as registry:
        return registry.office.settings()


def run_set(args: argparse.Namespace) -> dict:
    value = args.value
    if args.key == "slip_font" and value.strip():
        from desktop_app.slips.fonts import find_font

        value = find_font(value.strip()).name  # a font this PC has (or a .ttf/.ttc path)
    with opened(args) as registry:
        return registry.office.set(args.key, value)
