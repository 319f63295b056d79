"""Small validated conversions shared by every request parser: each failure names its field."""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Any, TypeVar

from desktop_app.domain.errors import InputError

E = TypeVar("E", bound=Enum)
_MISSING = object()


def require(data: dict, key: str, kind: type, *, prefix: str = "") -> Any:
    value = data.get(key, _MISSING)
    if value is _MISSING or value is None:
        raise InputError(prefix + key, "缺少必填字段", "请补充后重试")
    if kind is not bool and isinstance(value, bool) or not isinstance(value, kind):
        raise InputError(prefix + key, f"类型错误，应为{_KIND_LABEL.get(kind, kind.__name__)}")
    if kind is str and not value.strip():
        raise InputError(prefix + key, "不能为空", "请补充后重试")
    return value


def optional(data: dict, key: str, kind: type, default: Any, *, prefix: str = "") -> Any:
    if data.get(key) is None or data.get(key) == "":  # an empty optional field is simply not given
        return default
    return require(data, key, kind, prefix=prefix)


def parse_date(value: Any, field: str) -> date:
    if value is None or value == "":
        raise InputError(field, "缺少日期", "请按 YYYY-MM-DD 填写，例如 2026-12-01")
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise InputError(field, f"日期“{value}”格式不正确", "请按 YYYY-MM-DD 填写，例如 2026-12-01") from None


def parse_enum(enum_type: type[E], value: Any, field: str, default: E | None = None) -> E:
    if value is None and default is not None:
        return default
    try:
        return enum_type(value)
    except ValueError:
        allowed = "、".join(m.value for m in enum_type)
        shown = "（缺少）" if value is None else f"“{value}”"
        raise InputError(field, f"取值{shown}无效", f"可选值：{allowed}") from None


def string_list(data: dict, key: str, *, prefix: str = "") -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(prefix + key, "应为文字列表，例如 [\"县财政局\"]")
    return tuple(v.strip() for v in value if v.strip())


_KIND_LABEL = {str: "文字", bool: "true 或 false", int: "整数", list: "列表", dict: "JSON 对象"}
