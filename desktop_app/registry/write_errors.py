"""What a failed write tells the clerk: the database's own refusal turned into one line that names the
field and what it allows (a CHECK constraint), or the real cause (a full disk, a read-only file).

The validation in domain/values.py and registry/fields.py should refuse bad input first; this is the
last line, so that a value that slips past them still gets a message a clerk can act on."""
from __future__ import annotations

import re
from typing import Any

from desktop_app.domain.errors import DocRouteError, InputError, StorageError
from desktop_app.registry.database import CHECK_HINT
from desktop_app.registry.engine import engine_of

NOTHING_SAVED = "本次操作没有保存任何内容"

# Column ids the clerk sees under another name in the forms and the exports.
_LABELS = {"copies": "份数", "title": "标题", "year": "年份", "serial": "序号", "next_serial": "下一个序号",
           "step_order": "步骤序号", "size": "附件大小", "sha256": "附件校验值", "name": "名称", "code": "机关代字",
           "kind": "类别", "status": "状态", "doc_type": "文种", "classification": "密级", "urgency": "紧急程度",
           "publicity": "公开属性", "role": "角色", "action": "办理事项", "acting_for": "代签", "end_on": "结束日期",
           "is_workday": "是否上班"}
_SQL_WORDS = {"is", "null", "not", "and", "or", "in", "between", "length", "trim", "like", "glob", "typeof"}


def explain(exc: BaseException, db: Any = None) -> DocRouteError:
    """The one-line error for an exception raised inside a write transaction (already rolled back);
    the engine (engine/…) says what kind of refusal it was."""
    kind, text = ("overflow", "") if isinstance(exc, OverflowError) else engine_of(db).describe(exc, db)
    if kind == "overflow":
        return InputError("数值", f"有一个整数超出了可保存的范围，{NOTHING_SAVED}", "请填写合理的数值后重试")
    if isinstance(exc, UnicodeEncodeError):
        return InputError("文字", f"含有无法保存的字符（单独的代理码位），{NOTHING_SAVED}", "请删除该字符后重试")
    if kind == "check":
        return _check_failed(text)
    if kind == "unique":
        return StorageError(f"与已保存的记录重复（{text}），{NOTHING_SAVED}", "请检查后重试")
    if kind == "read_only":
        return StorageError(f"当前用户在数据库服务器上没有写入权限（{text}），{NOTHING_SAVED}",
                            "如需登记或修改，请用有登记权限的用户登录")
    lowered = text.lower()
    if "disk is full" in lowered or "disk i/o" in lowered:
        return StorageError(f"磁盘空间不足或磁盘出错，{NOTHING_SAVED}（{text}）", "请腾出磁盘空间后重试")
    if "readonly" in lowered or "read-only" in lowered:
        return StorageError(f"数据库文件是只读的，{NOTHING_SAVED}", "请确认数据库所在的磁盘或文件夹允许写入")
    return StorageError(f"保存失败，{NOTHING_SAVED}（{text}）", CHECK_HINT)


def _check_failed(expression: str) -> InputError:
    column = next((word for word in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", expression)
                   if word.lower() not in _SQL_WORDS), "数据")
    field = f"{column}（{_LABELS[column]}）" if column in _LABELS else column
    return InputError(field, f"取值不在允许范围内（{allowed(expression)}），{NOTHING_SAVED}", "请改正该字段后重试")


def allowed(expression: str) -> str:
    """A CHECK expression in words: 可选值 …, …到…之间, 不能为空, or the expression itself."""
    found = re.search(r"\bIN\s*\(([^)]*)\)", expression, re.I)
    if found:
        values = [v.strip().strip("'") for v in found.group(1).split(",")]
        return "可选值：" + "、".join(values)
    found = re.search(r"BETWEEN\s+(\S+)\s+AND\s+(\S+)", expression, re.I)
    if found:
        return f"应在 {found.group(1)} 到 {found.group(2).rstrip(')')} 之间"
    found = re.search(r">=\s*(-?\d+)\s*\)?$", expression)
    if found:
        return f"应不小于 {found.group(1)}"
    if re.search(r"length\(\s*trim\(", expression, re.I):
        return "不能为空"
    found = re.search(r"length\(\s*\w+\s*\)\s*=\s*(\d+)", expression, re.I)
    if found:
        return f"长度应为 {found.group(1)}"
    return f"应满足 {expression}"
