"""催办: a reminder recorded against a due item of 待办与期限 — who was reminded, by whom, when, how and
what was said — listed with the item and printed as a 催办单 (slips/reminder.py).

A reminder names its item by the item's key (`cosign_reply:12:县财政局`, `incoming_due:45`, …, see
registry/due.py) and keeps the item's title and due date as they stood, so the slip prints what the
reminded party was told even after the item is settled. Reminders are never changed or deleted."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.errors import Hint, InputError
from desktop_app.domain.values import parse_date
from desktop_app.registry.database import audit, now, write
from desktop_app.registry.due import BASIS, LEVEL_LABELS, WHAT_LABELS, DueList, level_of, parse_key
from desktop_app.registry.engine import Database
from desktop_app.registry.followups import text

MEANS = ("电话", "短信", "当面", "催办单", "公文系统", "其他")

_COLUMNS = "id, item, what, record_id, title, due, reminded, by_name, on_date, means, note, created_at"


class Reminders:
    """The face of 催办 (`registry.reminders`)."""

    def __init__(self, db: Database, due: DueList) -> None:
        self.db = db
        self.due = due

    def remind(self, key: str, by: str, on: date | str | None = None, reminded: str | None = None,
               means: str = "", note: str = "") -> dict:
        """Records that the party owing the item `key` was reminded. `reminded` defaults to who owes
        it when the item says so (the 会签 or 督办 department, the escort of a seal taken out); for an
        incoming deadline or minutes it must be named (the sender does not owe the handling). The item
        must be due on the day of the reminder."""
        day = date.today() if on is None else parse_date(on, "on")
        item = self.due.find(key, day)
        owes = {"cosign_reply": item.party, "follow_up": item.party, "seal_out": item.note}.get(item.what)
        if reminded is None and not owes:
            raise InputError("to", "请写明被催办的单位或人", Hint("例如承办单位：--to 县水利局", "请填写被催办的单位或人，例如 县水利局"))
        who = text(reminded if reminded is not None else owes, "to", limit=100)
        by = text(by, "by", limit=50)
        means = text(means, "means", required=False, limit=20)
        if means and means not in MEANS:
            raise InputError("means", f"取值“{means}”无效", f"可选值：{'、'.join(MEANS)}")
        note = text(note, "note", required=False)
        with write(self.db):
            cursor = self.db.conn.execute(
                "INSERT INTO reminders (item, what, record_id, title, due, reminded, by_name, on_date, means, note, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                [item.key, item.what, item.record_id, item.title, item.due.isoformat(), who, by, day.isoformat(),
                 means, note, now()])
            reminder = cursor.fetchone()[0]
            audit(self.db, "remind", item.record_id, None,
                  {"reminder": reminder, "item": item.key, "to": who, "by": by, "on": day.isoformat(), "means": means})
        return self.get(reminder) | {"item_state": item.to_json()}

    def get(self, reminder_id: Any) -> dict:
        try:
            number = int(reminder_id)
        except (TypeError, ValueError):
            raise InputError("reminder_id", f"催办编号“{reminder_id}”不是整数", Hint("请用 `docroute reminders` 查看", "请在催办记录中查看")) from None
        row = self.db.conn.execute(f"SELECT {_COLUMNS} FROM reminders WHERE id = ?", [number]).fetchone()
        if row is None:
            raise InputError("reminder_id", f"没有编号为 {number} 的催办记录", Hint("请用 `docroute reminders` 查看", "请在催办记录中查看"))
        return self._json(row)

    def for_item(self, key: str) -> list[dict]:
        parse_key(key)
        return [self._json(r) for r in self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM reminders WHERE item = ? ORDER BY id", [key])]

    def for_record(self, record_id: int) -> list[dict]:
        return [self._json(r) for r in self.db.conn.execute(
            f"SELECT {_COLUMNS} FROM reminders WHERE record_id = ? ORDER BY id", [int(record_id)])]

    def slip_data(self, reminder_id: int) -> dict:
        """What the 催办单 prints: the reminder, the earlier ones of its item, the record's numbers,
        and the item's state on the day of the reminder (working days left or overdue)."""
        reminder = self.get(reminder_id)
        earlier = [r for r in self.for_item(reminder["item"]) if r["id"] < reminder["id"]]
        record = None
        if reminder["record_id"] is not None:
            row = self.db.conn.execute("SELECT kind, coalesce(number, receipt_number), sender, lead_department "
                                       "FROM records WHERE id = ?", [reminder["record_id"]]).fetchone()
            record = dict(zip(("kind", "number", "sender", "lead_department"), row)) if row else None
        left = None
        if reminder["due"]:
            left = self.due.counter().days_left(date.fromisoformat(reminder["on"]), date.fromisoformat(reminder["due"]))
        return {**reminder, "ordinal": len(earlier) + 1, "earlier": earlier, "record": record,
                "working_days_left": left, "level_label": LEVEL_LABELS[level_of(left)] if left is not None else ""}

    @staticmethod
    def _json(row: tuple) -> dict:
        rid, item, what, record_id, title, due, reminded, by, on, means, note, at = row
        return {"id": rid, "item": item, "what": what, "what_label": WHAT_LABELS[what], "record_id": record_id,
                "title": title, "due": due, "basis": BASIS[what], "reminded": reminded, "by": by, "on": on,
                "means": means, "note": note, "created_at": at}
