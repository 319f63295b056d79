"""督办 (第五十六条): a meeting decision or a leader's instruction put under follow-up by the 督查室, with
the responsible department and a due date. An item stays open, and in 待办 (registry/due.py), until it
is closed with its result; it is never deleted, and once closed never changed (triggers in 0010)."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.errors import Hint, InputError, RefusedError
from desktop_app.domain.values import parse_date, require
from desktop_app.registry.database import audit, now, user_of, write
from desktop_app.registry.engine import Database

BASIS = "第五十六条"
STATUS_LABELS = {"open": "督办中", "closed": "已办结"}
MAX_TEXT = 2000

_COLUMNS = ("f.id, f.record_id, f.department, f.due, f.note, f.opened_on, f.closed_on, f.result, f.created_by, "
            "f.created_at, r.kind, r.title, coalesce(r.number, r.receipt_number)")


def text(value: Any, field: str, *, required: bool = True, limit: int = MAX_TEXT) -> str:
    """A free-text input: trimmed, checked by the shared reader, at most `limit` characters."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise InputError(field, "不能为空", "请补充后重试")
        return ""
    value = require({field: value}, field, str).strip()
    if len(value) > limit:
        raise InputError(field, f"文字过长（{len(value)} 字）", f"不能超过 {limit} 字")
    return value


class FollowUps:
    """The face of 督办 (`registry.follow_ups`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def add(self, record_id: int, department: str, due: date | str, note: str = "",
            on: date | str | None = None) -> dict:
        """Puts the record under follow-up; `on` (default today) is the day it was opened."""
        department = text(department, "department", limit=100)
        due_day = parse_date(due, "due")
        opened = date.today() if on is None else parse_date(on, "on")
        if due_day < opened:
            raise InputError("due", f"督办期限 {due_day} 早于立项日期 {opened}", "请填写立项之后的日期")
        note = text(note, "note", required=False)
        with write(self.db):
            record = _record(self.db, record_id)
            cursor = self.db.conn.execute(
                "INSERT INTO follow_ups (record_id, department, due, note, opened_on, created_by, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [record, department, due_day.isoformat(), note, opened.isoformat(), user_of(self.db), now()])
            item = cursor.fetchone()[0]
            audit(self.db, "follow_up", record, None, {"follow_up": item, "department": department,
                                                       "due": due_day.isoformat(), "note": note})
        return self.get(item)

    def close(self, follow_up_id: int, on: date | str, result: str) -> dict:
        """Closes the item with its result (办结情况); a closed item cannot be closed again."""
        day = parse_date(on, "on")
        result = text(result, "result")
        with write(self.db):
            row = self._load(follow_up_id)
            if row["status"] == "closed":
                raise RefusedError(f"督办事项 {row['id']} 已于 {row['closed_on']} 办结", "督办记录不能改写")
            if day.isoformat() < row["opened_on"]:
                raise InputError("on", f"办结日期 {day} 早于立项日期 {row['opened_on']}", "请检查日期")
            self.db.conn.execute("UPDATE follow_ups SET closed_on = ?, result = ? WHERE id = ?",
                                 [day.isoformat(), result, row["id"]])
            audit(self.db, "follow_up_close", row["record_id"], {"follow_up": row["id"], "status": "open"},
                  {"follow_up": row["id"], "status": "closed", "on": day.isoformat(), "result": result})
        return self.get(follow_up_id)

    def get(self, follow_up_id: int) -> dict:
        return self._load(follow_up_id)

    def list(self, open_only: bool = False, record_id: int | None = None,
             today: date | None = None) -> list[dict]:
        """Open items first by due date, then closed ones, the most recently closed first."""
        where, params = [], []
        if open_only:
            where.append("f.closed_on IS NULL")
        if record_id is not None:
            where.append("f.record_id = ?")
            params.append(int(record_id))
        sql = (f"SELECT {_COLUMNS} FROM follow_ups f JOIN records r ON r.id = f.record_id "
               f"{'WHERE ' + ' AND '.join(where) if where else ''} "
               "ORDER BY f.closed_on IS NOT NULL, CASE WHEN f.closed_on IS NULL THEN f.due END, "
               "f.closed_on DESC, f.id")
        return [_json(row, today) for row in self.db.conn.execute(sql, params)]

    def _load(self, follow_up_id: Any) -> dict:
        try:
            number = int(follow_up_id)
        except (TypeError, ValueError):
            raise InputError("follow_up_id", f"督办编号“{follow_up_id}”不是整数", Hint("请用 `docroute follow-up list` 查看", "请在督办事项的列表中查看")) from None
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM follow_ups f JOIN records r ON r.id = f.record_id "
                                   "WHERE f.id = ?", [number]).fetchone()
        if row is None:
            raise InputError("follow_up_id", f"没有编号为 {number} 的督办事项", Hint("请用 `docroute follow-up list` 查看", "请在督办事项的列表中查看"))
        return _json(row)


def _record(db: Database, record_id: Any) -> int:
    try:
        number = int(record_id)
    except (TypeError, ValueError):
        raise InputError("id", f"记录编号“{record_id}”不是整数", "请填写登记时返回的 id") from None
    row = db.conn.execute("SELECT status FROM records WHERE id = ?", [number]).fetchone()
    if row is None:
        raise InputError("id", f"没有 id 为 {number} 的记录", Hint("请用 `docroute search` 查找正确的 id", "请在收文或发文列表中查找并打开该公文"))
    if row[0] == "voided":
        raise RefusedError(f"记录 {number} 已作废，不能立项督办", "请对重新登记的记录立项")
    return number


def _json(row: tuple, today: date | None = None) -> dict:
    (fid, record_id, department, due, note, opened, closed, result, by, at, kind, title, number) = row
    status = "closed" if closed else "open"
    late = (closed > due) if closed else (due < (today or date.today()).isoformat())
    return {"id": fid, "record_id": record_id, "department": department, "due": due, "status": status,
            "status_label": STATUS_LABELS[status], "note": note, "opened_on": opened, "closed_on": closed,
            "result": result, "overdue": late, "basis": BASIS, "kind": kind, "title": title, "number": number,
            "created_by": by, "created_at": at}
