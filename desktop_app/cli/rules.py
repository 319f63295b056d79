"""`docroute rules [TABLE]`: the rule tables as readable rows with their articles' words, the same rows
设置 → 规则 shows (rules/catalogue.py)."""
from __future__ import annotations

import argparse
from typing import Any


def register(subparsers: Any) -> None:
    from desktop_app.rules.catalogue import TABLES

    p = subparsers.add_parser("rules", help="列出规则表的每一行及其依据条文（只读）")
    p.add_argument("table", nargs="?", choices=list(TABLES),
                   help="只列出一张表：" + "、".join(f"{k}（{v}）" for k, v in TABLES.items()))
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> list[dict]:
    from desktop_app.rules.catalogue import rule_rows

    return [row.to_json() for row in rule_rows(args.table)]
