"""Small validated conversions shared by every request parser: each failure names its field.

Every string a request hands in passes `check_text` here (through `require`, `optional`, `string_list`
or `check_tree`): control characters other than tab and newline, lone surrogates and the two
non-characters XML cannot carry are refused, because search stops at a NUL, SQLite cannot store a lone
surrogate and a DOCX slip cannot hold either. Booleans are JSON true/false only, integers fit in SQLite's
64 bits, dates are YYYY-MM-DD within a plausible range."""
from __future__ import annotations

import json
import re
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from desktop_app.domain.errors import InputError

E = TypeVar("E", bound=Enum)
_MISSING = object()

# C0 controls except tab and newline, DEL, lone surrogates, and U+FFFE/U+FFFF (not allowed in XML).
_BAD_CHARACTER = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
FIRST_YEAR, LAST_YEAR = 1949, 2100  # dates outside these years are typing mistakes in this office
INT_MAX = 2**63 - 1  # SQLite's INTEGER
MAX_DEPTH = 32  # nesting a request never needs; deeper input is refused before it is walked


def bad_character(text: str) -> tuple[int, str] | None:
    """(1-based position, character) of the first character a text field may not hold, or None."""
    found = _BAD_CHARACTER.search(text)
    return (found.start() + 1, found.group()) if found else None


def check_text(text: str, field: str) -> str:
    """The text itself, or InputError naming the field and the first character it may not hold."""
    bad = bad_character(text)
    if bad is not None:
        position, ch = bad
        what = "单独的代理码位（不是完整的字符）" if "\ud800" <= ch <= "\udfff" else "控制字符"
        raise InputError(field, f"第 {position} 个字符是{what} U+{ord(ch):04X}，无法保存",
                         "请删除该字符后重试（常见于从其他软件复制粘贴）")
    return text


def check_tree(data: Any, prefix: str = "") -> Any:
    """Checks every string (keys included) of a JSON value, iteratively, naming a field as a form or
    the JSON does (`title`, `main_recipients[0]`, `org.people[2].name`); returns the value."""
    if _acceptable(data):
        return data
    stack: list[tuple[Any, str, int]] = [(data, prefix.rstrip("."), 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            check_text(value, where or "request")
        elif isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                raise InputError(where or "request", f"嵌套超过 {MAX_DEPTH} 层", "请按文档的格式提供，不要多层嵌套")
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                name = (f"{where}.{key}" if where else str(key)) if isinstance(value, dict) else f"{where}[{key}]"
                if isinstance(key, str):
                    check_text(key, _short(name))
                stack.append((item, _short(name), depth + 1))
    return data


def _acceptable(data: Any) -> bool:
    """Whether check_tree would accept the value, found without naming each field (most values are; the
    names are made only to say which field is not). One search over all the strings, keys included."""
    texts: list[str] = []
    stack: list[tuple[Any, int]] = [(data, 0)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                return False
            if isinstance(value, dict):
                texts.extend(key for key in value if isinstance(key, str))
                value = value.values()
            stack.extend((item, depth + 1) for item in value)
    return _BAD_CHARACTER.search("".join(texts)) is None


def parse_json(text: str, field: str) -> Any:
    """JSON text as a value, every string checked (check_tree); bad JSON, nesting that would exhaust the
    stack and numbers of more than 4,300 digits are InputError naming the field, never a crash."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(field, f"不是有效的 JSON（第 {exc.lineno} 行第 {exc.colno} 列：{exc.msg}）",
                         "请检查文件格式") from None
    except RecursionError:
        raise InputError(field, "JSON 嵌套层数过多", "请按文档的格式提供，不要多层嵌套") from None
    except ValueError:  # an integer of more than 4,300 digits (Python's limit on int parsing)
        raise InputError(field, "JSON 中有位数过多的数字", "请填写合理的数值") from None
    return check_tree(value, "" if field in ("request", "file") else field + ".")


def _short(name: str) -> str:
    """A field path short enough for one line (keys can be long)."""
    return name if len(name) <= 60 else name[:57] + "…"


def require(data: dict, key: str, kind: type, *, prefix: str = "") -> Any:
    value = data.get(key, _MISSING)
    field = prefix + key
    if value is _MISSING or value is None:
        raise InputError(field, "缺少必填字段", "请补充后重试")
    if kind is not bool and isinstance(value, bool) or not isinstance(value, kind):
        raise InputError(field, f"类型错误，应为{_KIND_LABEL.get(kind, kind.__name__)}")
    if kind is str:
        if not value.strip():
            raise InputError(field, "不能为空", "请补充后重试")
        check_text(value, field)
    if kind is int and abs(value) > INT_MAX:
        raise InputError(field, "数值过大", "请填写合理的整数")
    return value


def optional(data: dict, key: str, kind: type, default: Any, *, prefix: str = "") -> Any:
    value = data.get(key)
    # null means "not given"; an empty string does too, but only for a text field: "" is no boolean.
    if value is None or (kind is str and value == ""):
        return default
    return require(data, key, kind, prefix=prefix)


def integer(data: dict, key: str, default: Any, *, low: int, high: int, prefix: str = "") -> Any:
    """An optional JSON integer within low..high (a boolean or 40.0 is not one)."""
    value = optional(data, key, int, default, prefix=prefix)
    if value is not default and not low <= value <= high:
        raise InputError(prefix + key, f"取值 {value if abs(value) < 10**12 else '过大'} 超出范围",
                         f"应为 {low} 到 {high:,} 之间的整数")
    return value


def parse_date(value: Any, field: str) -> date:
    """A date written YYYY-MM-DD (nothing before or after it) between 1949 and 2100."""
    if value is None or value == "":
        raise InputError(field, "缺少日期", "请按 YYYY-MM-DD 填写，例如 2026-12-01")
    if isinstance(value, date):
        day = value
    else:
        text = value if isinstance(value, str) else str(value)
        try:
            if not _ISO_DATE.fullmatch(text):
                raise ValueError(text)
            day = date.fromisoformat(text)
        except ValueError:
            raise InputError(field, f"日期{shown(text)}格式不正确",
                             "请按 YYYY-MM-DD 填写，例如 2026-12-01") from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InputError(field, f"日期 {day.isoformat()} 不在 {FIRST_YEAR}—{LAST_YEAR} 年之间", "请检查年份")
    return day


def parse_enum(enum_type: type[E], value: Any, field: str, default: E | None = None) -> E:
    if value is None and default is not None:
        return default
    try:
        return enum_type(value)
    except (ValueError, TypeError):
        allowed = "、".join(m.value for m in enum_type)
        text = "（缺少）" if value is None else shown(value)
        raise InputError(field, f"取值{text}无效", f"可选值：{allowed}") from None


def string_list(data: dict, key: str, *, prefix: str = "") -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(prefix + key, "应为文字列表，例如 [\"县财政局\"]")
    for index, item in enumerate(value):
        check_text(item, f"{prefix}{key}[{index}]")
    return tuple(v.strip() for v in value if v.strip())


def shown(value: Any, limit: int = 40) -> str:
    """A value quoted for an error line: short, and with no character that would break the line."""
    text = value if isinstance(value, str) else repr(value)
    if len(text) > limit:
        text = text[:limit] + "…"
    text = _BAD_CHARACTER.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return "“" + text.replace("\n", "\\n").replace("\t", "\\t") + "”"


_KIND_LABEL = {str: "文字", bool: " JSON 的 true 或 false（不加引号）", int: "整数", list: "列表", dict: "JSON 对象"}
