"""An argparse parser that reports usage mistakes as one Chinese line instead of exiting by itself."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import InputError
from desktop_app.domain.values import parse_json

_ARGPARSE_PHRASES = {
    "the following arguments are required": "缺少必需的参数",
    "unrecognized arguments": "无法识别的参数",
    "invalid choice": "无效的选项",
    "expected one argument": "需要一个参数值",
    "argument": "参数",
    "choose from": "可选",
    "invalid int value": "不是有效的整数",
}


class UsageError(Exception):
    """A mistake in the command line itself (unknown option, missing argument)."""


class ChineseArgumentParser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self.add_argument("-h", "--help", action="help", help="显示帮助并退出")
        self._positionals.title = "位置参数"
        self._optionals.title = "选项"

    def error(self, message: str):  # argparse calls this and expects no return
        for english, chinese in _ARGPARSE_PHRASES.items():
            message = message.replace(english, chinese)
        raise UsageError(f"{message}（运行 `{self.prog} --help` 查看用法）")


def read_json_argument(path: str, field: str) -> Any:
    """Reads a JSON file named on the command line, or standard input for '-'."""
    import sys

    try:
        text = sys.stdin.read() if path == "-" else Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError(field, f"找不到文件 {path}", "请检查路径") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(field, f"无法读取文件 {path}（{exc}）", "请确认文件是 UTF-8 编码的 JSON") from None
    return parse_json(text, field)


def bounded_int(low: int, high: int, what: str):
    """An argparse type: an integer within low..high, refused as a usage error otherwise."""
    allowed = f"（{what}：{low} 到 {high:,} 之间的整数）"

    def convert(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"“{text[:30]}”不是整数{allowed}") from None
        if not low <= value <= high:
            shown = str(value) if abs(value) < 10**12 else "数值过大"
            raise argparse.ArgumentTypeError(f"{shown}，超出范围{allowed}")
        return value
    convert.__name__ = what  # argparse names the type in some messages
    return convert


INT_MAX = 2**63 - 1
record_id = bounded_int(1, INT_MAX, "记录 id")
