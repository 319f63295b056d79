"""待办与期限: everything that is due, most urgent first, on the official working-day calendar.

Five sources, each reading only open items through a small index:
- 会签 replies not yet given while the document is not yet signed (第六十二条: 7 working days; after the
  deadline silence counts as no objection, shown as 逾期未复，视为无不同意见);
- minutes not yet issued (第五十五条: the plan's `minutes_issue` deadline, until the record is numbered);
- incoming documents' 办理时限 (`due`) while not done;
- seals still out (第七十二条), from the seal ledger's provider `seals_out(db, on)` when present;
- 督办 items not yet closed (第五十六条, registry/followups.py).

Each item says how many working days are left (negative when overdue) and its urgency level, and
carries a key by which 催办 reminders are recorded against it (registry/reminders.py)."""
from __future__ import annotations

import importlib
import json
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Callable, Iterable

from desktop_app.domain.errors import Hint, InputError
from desktop_app.domain.values import parse_date
from desktop_app.registry.engine import Database
from desktop_app.registry.sqlparts import indexed, one_of, packed
from desktop_app.registry.workdays import WorkdayCounter

SOON_DAYS = 2  # amber: due within two working days (today counts as 0)
WHAT = ("cosign_reply", "minutes_issue", "incoming_due", "seal_out", "follow_up")
WHAT_LABELS = {"cosign_reply": "会签回复", "minutes_issue": "会议纪要印发", "incoming_due": "收文办理时限",
               "seal_out": "印章带出未还", "follow_up": "督办事项"}
BASIS = {"cosign_reply": "第六十二条", "minutes_issue": "第五十五条", "incoming_due": "第六十三条",
         "seal_out": "第七十二条", "follow_up": "第五十六条"}
LEVELS = ("overdue", "soon", "later")
LEVEL_LABELS = {"overdue": "已逾期", "soon": "即将到期", "later": "未到期"}
STATE_LABELS = {"awaiting_reply": "待回复", "silence_no_objection": "逾期未复，视为无不同意见",
                "replied": "已回复", "replied_late": "逾期回复", "not_needed": "已签发，无需再等回复",
                "open": "办理中", "overdue": "逾期未办"}
_OPEN = ("done", "numbered", "voided")  # statuses after which a record has nothing left that is due
_SEAL_PROVIDER = "seals_out"


@dataclass(frozen=True)
class DueItem:
    """One line of 待办与期限. `key` identifies the item for 催办 (reminders)."""

    what: str
    key: str
    record_id: int | None
    title: str
    due: date
    basis: str
    working_days_left: int = 0
    official: bool = True  # False: some day counted had no official holiday data
    kind: str | None = None  # the record's kind, for opening it
    number: str = ""  # 文号 or 收文编号
    party: str = ""  # who owes it: the 会签 department, the 督办 department, the sender, the seal
    state: str = "open"
    note: str = ""
    reminders: int = 0
    last_reminded_on: str | None = None
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def level(self) -> str:
        return level_of(self.working_days_left)

    def to_json(self) -> dict:
        return {"what": self.what, "record_id": self.record_id, "title": self.title, "due": self.due.isoformat(),
                "working_days_left": self.working_days_left, "basis": self.basis,
                "what_label": WHAT_LABELS[self.what], "key": self.key, "level": self.level,
                "level_label": LEVEL_LABELS[self.level], "kind": self.kind, "number": self.number,
                "party": self.party, "state": self.state, "state_label": STATE_LABELS.get(self.state, ""),
                "official": self.official, "note": self.note, "reminders": self.reminders,
                "last_reminded_on": self.last_reminded_on, **self.extra}


def level_of(working_days_left: int) -> str:
    """overdue (red) when negative, soon (amber) within SOON_DAYS working days, else later."""
    if working_days_left < 0:
        return "overdue"
    return "soon" if working_days_left <= SOON_DAYS else "later"


def item_key(what: str, *parts: Any) -> str:
    return ":".join([what, *(str(p) for p in parts)])


def parse_key(key: str) -> tuple[str, list[str]]:
    """`cosign_reply:12:县财政局` → ("cosign_reply", ["12", "县财政局"]); a clear error otherwise."""
    what, _, rest = (key or "").partition(":")
    shapes = {"cosign_reply": 2, "minutes_issue": 1, "incoming_due": 1, "seal_out": 1, "follow_up": 1}
    parts = rest.split(":", 1) if what == "cosign_reply" else [rest]
    if what not in shapes or len(parts) != shapes[what] or not all(parts) or \
            (what != "seal_out" and not parts[0].isdigit()):
        raise InputError("item", f"“{key}”不是待办事项的编号",
                         Hint("请用 `docroute due` 列出的 key，例如 cosign_reply:12:县财政局、incoming_due:45、follow_up:3",
                              "请从“待办与期限”的列表中选择一项"))
    return what, parts


class DueList:
    """The face of 待办与期限 (`registry.due`). `calendar` is the registry's `_calendar` accessor, asked
    once per listing, so the office's calendar entries made meanwhile are counted."""

    def __init__(self, db: Database, calendar: Callable[[], Any]) -> None:
        self.db = db
        self._calendar = calendar

    # ---- the list -------------------------------------------------------------------------
    def items(self, on: date | str | None = None, *, what: str | None = None, level: str | None = None,
              record_id: int | None = None) -> list[DueItem]:
        """Open items, most urgent first (fewest working days left, then earliest due)."""
        day = _day(on)
        if what is not None and what not in WHAT:
            raise InputError("what", f"取值“{what}”无效", f"可选值：{'、'.join(WHAT)}")
        if level is not None and level not in LEVELS:
            raise InputError("level", f"取值“{level}”无效", "可选值：overdue、soon、later")
        counter = self.counter()
        raw: list[dict] = []
        for source, kinds in self._sources():
            if what is None or what in kinds:
                raw += [r for r in source(counter, record_id, day) if what is None or r["what"] == what]
        if raw:
            counter.cover(min(min(r["due"] for r in raw), day), max(max(r["due"] for r in raw), day))
        seen = self._reminders([r["key"] for r in raw])
        items = []
        for r in raw:  # one DueItem per item, made once: a million-record registry has thousands open
            left = counter.days_left(day, r["due"])
            if r["what"] == "cosign_reply" and left < 0:
                r["state"] = "silence_no_objection"  # 第六十二条: silence counts as no objection
            count, last = seen.get(r["key"], (0, None))
            item = DueItem(**r, working_days_left=left, official=counter.official(min(day, r["due"]), max(day, r["due"])),
                           reminders=count, last_reminded_on=last)
            if level is None or item.level == level:
                items.append(item)
        return sorted(items, key=lambda i: (i.working_days_left, i.due, WHAT.index(i.what), i.record_id or 0, i.key))

    def to_json(self, on: date | str | None = None, **filters: Any) -> list[dict]:
        return [item.to_json() for item in self.items(on, **filters)]

    def summary(self, on: date | str | None = None) -> dict:
        """How many items are overdue, due soon and later: the counts a screen's header shows."""
        counts = {level: 0 for level in LEVELS}
        for item in self.items(on):
            counts[item.level] += 1
        return {**counts, "total": sum(counts.values())}

    def find(self, key: str, on: date | str | None = None) -> DueItem:
        """The open item with this key, or InputError saying it is not (or no longer) due."""
        what, parts = parse_key(key)
        record = int(parts[0]) if what in ("cosign_reply", "minutes_issue", "incoming_due") else None
        for item in self.items(on, what=what, record_id=record):
            if item.key == key:
                return item
        raise InputError("item", f"待办中没有“{key}”（可能已回复、已办结或已关闭）", Hint("请用 `docroute due` 查看当前待办", "请在“待办与期限”中查看当前待办"))

    def counter(self) -> WorkdayCounter:
        """Working-day arithmetic on the calendar as it stands now (the office's entries included)."""
        return WorkdayCounter(self._calendar())

    @property
    def seal_ledger_available(self) -> bool:
        return _seal_provider() is not None

    # ---- the record view: each 会签 department with its reply or deadline ---------------------
    def cosign_status(self, record_id: int, on: date | str | None = None) -> list[dict]:
        """Every 会签 request of the record: replied (opinion, date, late or not), awaiting its reply
        (deadline, working days left), or past the deadline without reply: 逾期未复，视为无不同意见."""
        day = _day(on)
        row = self.db.conn.execute("SELECT status, plan_id FROM records WHERE id = ?", [int(record_id)]).fetchone()
        if row is None:
            raise InputError("id", f"没有 id 为 {record_id} 的记录", Hint("请用 `docroute search` 查找正确的 id", "请在收文或发文列表中查找并打开该公文"))
        status, plan = row[0], _plans(self.db, [row[1]]).get(row[1])
        counter = self.counter()
        result = []
        for department, requested, due, replied, opinion in self.db.conn.execute(
                "SELECT department, requested_on, due, replied_on, opinion FROM cosign_requests "
                "WHERE record_id = ? ORDER BY id", [int(record_id)]):
            deadline = _rule_due(counter, plan, "cosign_reply", requested, due) if due else None
            entry = {"department": department, "requested_on": requested, "due": deadline.isoformat() if deadline
                     else None, "replied_on": replied, "opinion": opinion, "basis": BASIS["cosign_reply"],
                     "working_days_left": None}
            if replied:
                entry["state"] = "replied_late" if deadline and replied > deadline.isoformat() else "replied"
            elif deadline and status == "registered":
                entry["working_days_left"] = counter.days_left(day, deadline)
                entry["state"] = "silence_no_objection" if entry["working_days_left"] < 0 else "awaiting_reply"
            else:
                entry["state"] = "not_needed" if status != "registered" else "awaiting_reply"
            entry["state_label"] = STATE_LABELS[entry["state"]]
            result.append(entry)
        return result

    # ---- sources --------------------------------------------------------------------------
    def _sources(self) -> list[tuple[Callable[[WorkdayCounter, int | None, date], list[dict]], tuple[str, ...]]]:
        return [(self._cosign, ("cosign_reply",)), (self._records, ("minutes_issue", "incoming_due")),
                (self._follow_ups, ("follow_up",)), (self._seals, ("seal_out",))]

    def _cosign(self, counter: WorkdayCounter, record_id: int | None, day: date) -> list[dict]:
        # Once the document is signed the signer went ahead: an unanswered request is settled.
        sql = ("SELECT c.record_id, c.department, c.requested_on, c.due, r.title, r.number, r.plan_id "
               f"FROM {indexed('cosign_requests c', 'cosign_requests_due')} JOIN records r ON r.id = c.record_id "
               "WHERE c.replied_on IS NULL AND c.due IS NOT NULL AND r.status = 'registered'")
        rows = self.db.conn.execute(sql + (" AND c.record_id = ?" if record_id else ""),
                                    [record_id] if record_id else []).fetchall()
        plans = _plans(self.db, [r[6] for r in rows])
        items = []
        for rid, department, requested, due, title, number, plan_id in rows:
            deadline = _rule_due(counter, plans.get(plan_id), "cosign_reply", requested, due)
            items.append(_raw("cosign_reply", item_key("cosign_reply", rid, department), rid, title,
                              deadline, kind="outgoing", number=number or "",
                                 party=department, state="awaiting_reply",
                                 extra={"requested_on": requested}))
        return items

    def _records(self, counter: WorkdayCounter, record_id: int | None, day: date) -> list[dict]:
        """Incoming 办理时限 and outgoing minutes, both among the open records with a due date
        (the partial index records_open_due holds exactly those)."""
        sql = ("SELECT id, kind, title, coalesce(number, receipt_number), coalesce(sender, lead_department), "
               f"due, plan_id, CASE kind WHEN 'outgoing' THEN fields END FROM {indexed('records', 'records_open_due')} "
               "WHERE due IS NOT NULL AND status NOT IN ('done', 'numbered', 'voided')")
        rows = self.db.conn.execute(sql + (" AND id = ?" if record_id else ""),
                                    [record_id] if record_id else []).fetchall()
        plans = _plans(self.db, [r[6] for r in rows if r[1] == "outgoing"])
        items = []
        for rid, kind, title, number, party, due, plan_id, fields in rows:
            if kind == "incoming":
                items.append(_raw("incoming_due", item_key("incoming_due", rid), rid, title,
                                  date.fromisoformat(due), kind=kind, number=number or "",
                                     party=party or ""))
                continue
            plan = plans.get(plan_id) or {}
            if any(d.get("what") == "minutes_issue" for d in plan.get("deadlines") or ()):
                start = (json.loads(fields or "{}")).get("meeting_date")
                deadline = _rule_due(counter, plan, "minutes_issue", start, None)
                items.append(_raw("minutes_issue", item_key("minutes_issue", rid), rid, title, deadline,
                                  kind=kind, number=number or "", party=party or ""))
        return items

    def _follow_ups(self, counter: WorkdayCounter, record_id: int | None, day: date) -> list[dict]:
        sql = ("SELECT f.id, f.record_id, f.department, f.due, f.note, r.kind, r.title, "
               f"coalesce(r.number, r.receipt_number) FROM {indexed('follow_ups f', 'follow_ups_open_due')} "
               "JOIN records r ON r.id = f.record_id WHERE f.closed_on IS NULL")
        return [_raw("follow_up", item_key("follow_up", fid), rid, title, date.fromisoformat(due),
                     kind=kind, number=number or "", party=department, note=note or "",
                        extra={"follow_up_id": fid})
                for fid, rid, department, due, note, kind, title, number in self.db.conn.execute(sql)
                if record_id is None or rid == record_id]

    def _seals(self, counter: WorkdayCounter, record_id: int | None, day: date) -> list[dict]:
        provider = _seal_provider()
        if provider is None:
            return []
        items = []
        for out in provider(self.db, day) or ():
            taken = str(out.get("taken_on") or out.get("on") or day.isoformat())[:10]
            due = date.fromisoformat(str(out.get("due") or taken)[:10])  # a seal comes back the day it left
            seal = str(out.get("seal") or out.get("code") or "")
            label = str(out.get("seal_name") or out.get("name") or seal)
            items.append(_raw("seal_out", item_key("seal_out", seal, taken), out.get("record_id"),
                              f"{label}带出未归还" + (f"（{out['reason']}）" if out.get("reason") else ""),
                              due, party=label, note=str(out.get("escort") or ""),
                                 extra={"seal": seal, "taken_on": taken, "escort": out.get("escort"),
                                        "request_id": out.get("request_id")}))
        return [i for i in items if record_id is None or i["record_id"] == record_id]

    def _reminders(self, keys: list[str]) -> dict[str, tuple[int, str]]:
        """(how many reminders, the latest date) per item key."""
        if not keys:
            return {}
        return {key: (count, last) for key, count, last in self.db.conn.execute(
            f"SELECT item, count(*), max(on_date) FROM reminders WHERE {one_of(self.db, 'item')} GROUP BY item",
            [packed(self.db, keys)])}


def _raw(what: str, key: str, record_id: int | None, title: str, due: date, **rest: Any) -> dict:
    """A due item before its working days are counted (DueItem's fields but the counted ones)."""
    return {"what": what, "key": key, "record_id": record_id, "title": title, "due": due, "basis": BASIS[what],
            **rest}


def _day(on: date | str | None) -> date:
    return date.today() if on is None else parse_date(on, "on")


def _plans(db: Database, plan_ids: Iterable[Any]) -> dict[int, dict]:
    """The stored plans by id (plans are shared: a few hundred at most among open items)."""
    wanted = sorted({p for p in plan_ids if p is not None})
    if not wanted:
        return {}
    rows = db.conn.execute(f"SELECT id, json FROM plans WHERE {one_of(db, 'id')}", [packed(db, wanted)])
    return {pid: json.loads(text) for pid, text in rows}


def _rule_due(counter: WorkdayCounter, plan: dict | None, what: str, start: Any, stored: str | None) -> date:
    """A rule deadline (N working days after a date) as the plan gave it; computed again on today's
    calendar when the plan said the year's holiday data was missing and the office has entered it since."""
    deadline = next((d for d in (plan or {}).get("deadlines") or () if d.get("what") == what), {})
    due = date.fromisoformat(str(stored or deadline.get("due"))[:10])
    unofficial = any(w.get("code") == "calendar_data_missing" and w.get("basis") == deadline.get("basis")
                     for w in (plan or {}).get("warnings") or ())
    if not unofficial or not start:
        return due
    from desktop_app.rules.tables import table

    days = table("minutes" if what == "minutes_issue" else "outgoing")[what]["working_days"]
    again = counter.calendar.add_working_days(date.fromisoformat(str(start)[:10]), days)
    return again.due if again.official else due


def _seal_provider() -> Callable[[Database, date], list[dict]] | None:
    """The seal ledger's seals still out (issue 10's desktop_app.registry.seals), when it is there:
    `seals_out(db, on) -> list[dict]` (keys: seal, seal_name, taken_on, due, escort, reason, request_id,
    record_id), else its `SealQueries(db).out(now)` rows (code, name, out_since, escort, reason,
    request_id), read the same way."""
    try:
        module = importlib.import_module("desktop_app.registry.seals")
    except ModuleNotFoundError as exc:
        if exc.name != "desktop_app.registry.seals":
            raise
        return None
    if hasattr(module, _SEAL_PROVIDER):
        return getattr(module, _SEAL_PROVIDER)
    queries = getattr(module, "SealQueries", None)
    if queries is None:
        return None

    def out(db: Database, on: date) -> list[dict]:
        return [{"seal": s.get("code") or s.get("seal"), "seal_name": s.get("name"),
                 "taken_on": str(s.get("out_since") or on)[:10], "escort": s.get("escort"), "reason": s.get("reason"),
                 "request_id": s.get("request_id")} for s in queries(db).out()]
    return out
