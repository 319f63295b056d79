"""Reading the seal registry: the seals and where each is, a request as it stands, the ledger list
(ids newest first, rows for the visible ids, searched in SQL), the printed book's entries, the seals
still out after the working day (for `check` and the 待办 list), and the verification of the chain."""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.enums import Seal
from desktop_app.domain.errors import InputError
from desktop_app.registry.engine import Database
from desktop_app.registry.seals import ledger, state

SEAL_KINDS = {"official": "公章", "steel": "钢印", "name": "名章"}
# The list's kind filter: one word of the window's combo → the entry kinds it shows.
FILTERS = {"request": ("request",), "use": ("use",), "take_out": ("take_out", "return"),
           "correction": ("correction", "seal_change")}
_REFUSED_MARK = '"refused":true'  # bodies are canonical JSON (sorted keys, no spaces)


class SealQueries:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- seals ----------------------------------------------------------------------------------
    def seals(self, now: datetime | None = None) -> list[dict]:
        """The seals in their order, each with its keeper and whether it is out (第七十二条)."""
        rows = self.db.conn.execute("SELECT code, name, kind, keeper FROM seals ORDER BY position").fetchall()
        return [self._seal_row(row, now) for row in rows]

    def seal(self, seal: str, now: datetime | None = None) -> dict:
        """One seal by its id (county_government …) or its name (县人民政府印章)."""
        value = (seal or "").strip()
        row = self.db.conn.execute("SELECT code, name, kind, keeper FROM seals WHERE code = ? OR name = ?",
                                   [value, value]).fetchone()
        if row is None:
            known = "、".join(f"{s['code']}（{s['name']}）" for s in self.seals())
            raise InputError("seal", f"没有印章“{seal}”", f"可选：{known}")
        return self._seal_row(row, now)

    def _seal_row(self, row: tuple, now: datetime | None) -> dict:
        code, name, kind, keeper = row
        out = self.out_status(code, now)
        return {"seal": code, "code": code, "name": name, "kind": kind, "kind_label": SEAL_KINDS.get(kind, kind),
                "keeper": keeper, "out": out is not None, "out_since": (out or {}).get("since"),
                "escort": (out or {}).get("escort"), "reason": (out or {}).get("reason"),
                "request_id": (out or {}).get("request_id"), "overdue": bool(out and out["overdue"])}

    def _seal_name(self, code: str) -> str:
        row = self.db.conn.execute("SELECT name FROM seals WHERE code = ?", [code]).fetchone()
        return row[0] if row else state.label_of(Seal, code)

    def seal_names(self) -> dict[str, str]:
        return dict(self.db.conn.execute("SELECT code, name FROM seals").fetchall())

    def out_status(self, code: str, now: datetime | None = None) -> dict | None:
        """The open take-out of a seal, or None when it is in the safe."""
        last = self.db.conn.execute("SELECT id FROM seal_ledger WHERE seal = ? AND kind IN ('take_out', 'return') "
                                    "ORDER BY id DESC LIMIT 1", [code]).fetchone()
        if last is None:
            return None
        found = ledger.entries(self.db, "id = ? OR corrects = ?", [last[0], last[0]])
        return state.seal_out(found, now or datetime.now())

    def out(self, now: datetime | None = None) -> list[dict]:
        """The seals out of the safe now; `overdue` when still out after the end of the working day."""
        return [s for s in self.seals(now) if s["out"]]

    def due(self, now: datetime | None = None, calendar: Any = None) -> list[dict]:
        """Items for the 待办与期限 list and `docroute due` (cli.md): each seal still out, due back by the end
        of the working day it left on; working_days_left is negative once that has passed."""
        now = now or datetime.now()
        items = []
        for seal in self.out(now):
            since = datetime.fromisoformat(seal["out_since"])
            late_days = _working_days(calendar, since.date(), now.date())
            left = -max(1, late_days) if seal["overdue"] else 0
            items.append({"what": "seal_out", "record_id": seal["request_id"],
                          "title": f"{seal['name']}带出未归还（随同：{seal['escort']}；事由：{seal['reason']}）",
                          "due": since.date().isoformat(), "working_days_left": left, "basis": "第七十二条",
                          "seal": seal["code"], "out_since": seal["out_since"], "overdue": seal["overdue"]})
        return items

    # ---- requests -------------------------------------------------------------------------------
    def get(self, request_id: Any) -> dict:
        """A request as it stands: its fields, plan, approvals, uses, take-outs and corrections."""
        try:
            request_id = int(request_id)
        except (TypeError, ValueError):
            raise InputError("id", f"用印申请编号“{request_id}”不是整数", "请填写申请时返回的 id") from None
        found = ledger.entries(self.db, "request_id = ?", [request_id])
        if not any(e["kind"] == "request" for e in found):
            raise InputError("id", f"没有编号为 {request_id} 的用印申请", "请在用印登记簿中查找正确的编号")
        return state.fold_request(found)

    # ---- the ledger list ------------------------------------------------------------------------
    def search_ids(self, text: str = "", *, kind: str | None = None, year: int | None = None,
                   limit: int | None = None, pending: bool = False) -> list[int]:
        """Entry ids, newest first, matching the text (any part of matter, department, people, seal)."""
        where, params = self._where(text, kind, year, pending)
        sql = f"SELECT id FROM seal_ledger{where} ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [row[0] for row in self.db.conn.execute(sql, params)]

    def count(self, text: str = "", *, kind: str | None = None, year: int | None = None, pending: bool = False) -> int:
        where, params = self._where(text, kind, year, pending)
        return self.db.conn.execute(f"SELECT count(*) FROM seal_ledger{where}", params).fetchone()[0]

    def _where(self, text: str, kind: str | None, year: int | None, pending: bool) -> tuple[str, list]:
        clauses, params = [], []
        if kind == "pending":
            kind, pending = None, True
        if kind:
            if kind not in FILTERS:
                raise InputError("kind", f"取值“{kind}”无效", f"可选值：{'、'.join(FILTERS)}")
            clauses.append(f"kind IN ({', '.join('?' * len(FILTERS[kind]))})")
            params += FILTERS[kind]
        if year is not None:
            clauses.append("on_date BETWEEN ? AND ?")
            params += [f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"]
        if pending:  # requests not refused and not yet used
            clauses.append("kind = 'request' AND NOT " + ledger.contains_sql("body") + " AND NOT EXISTS "
                           "(SELECT 1 FROM seal_ledger u WHERE u.request_id = seal_ledger.id AND u.kind = 'use')")
            params.append(_REFUSED_MARK)
        if text and text.strip():
            clauses.append(ledger.contains_sql("search_text"))
            params.append(text.strip())
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params

    def rows(self, ids: list[int]) -> list[dict]:
        """Light rows of the ledger list for these entry ids, in their order."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        found = ledger.entries(self.db, f"id IN ({marks})", ids)
        requests = self._requests({e["request_id"] for e in found if e["request_id"]})
        names = self.seal_names()
        by_id = {e["id"]: state.light_row(e, requests.get(e["request_id"]), names) for e in found}
        for entry in found:
            if entry["kind"] == "take_out":
                by_id[entry["id"]]["still_out"] = self._returned_by(entry) is None
        return [by_id[i] for i in ids if i in by_id]

    def _returned_by(self, take_out: dict) -> int | None:
        """The return of a take-out: the seal's next return (a seal out cannot be taken out again)."""
        row = self.db.conn.execute("SELECT min(id) FROM seal_ledger WHERE kind = 'return' AND seal = ? AND id > ?",
                                   [take_out["seal"], take_out["id"]]).fetchone()
        return row[0] if row else None

    def _requests(self, request_ids: set[int]) -> dict[int, dict]:
        if not request_ids:
            return {}
        ids = sorted(request_ids)
        found = ledger.entries(self.db, f"request_id IN ({','.join('?' * len(ids))})", ids)
        grouped: dict[int, list[dict]] = {}
        for entry in found:
            grouped.setdefault(entry["request_id"], []).append(entry)
        return {rid: state.fold_request(entries) for rid, entries in grouped.items()
                if any(e["kind"] == "request" for e in entries)}

    # ---- the printed book -----------------------------------------------------------------------
    def book(self, start: date, end: date) -> dict:
        """Every entry dated start..end (inclusive), in ledger order and as recorded; `corrected_by` says
        which later entries correct them; `head` is the chain's head when printed."""
        if end < start:
            raise InputError("to", "结束日期早于开始日期", "请检查开始和结束日期")
        found = ledger.entries(self.db, "on_date BETWEEN ? AND ?", [start.isoformat(), end.isoformat()])
        corrected_by: dict[int, list[int]] = {}
        for entry_id, target in self.db.conn.execute("SELECT id, corrects FROM seal_ledger WHERE kind = 'correction' "
                                                     "ORDER BY id"):
            corrected_by.setdefault(target, []).append(entry_id)
        return {"from": start.isoformat(), "to": end.isoformat(), "seal_names": self.seal_names(),
                "entries": found, "corrected_by": corrected_by, "head": ledger.head(self.db)}

    # ---- verification ---------------------------------------------------------------------------
    def head(self) -> dict:
        return ledger.head(self.db)

    def verify(self, heads: dict[int, str] | None = None, *, scans: bool = False) -> dict:
        """The chain (contract keys only), then the scans the use entries name."""
        result = ledger.verify(self.db, heads)
        if result["ok"]:
            problem = scan_problem(self.db, full=scans)
            if problem:
                result = {"ok": False, "entries": result["entries"], **problem}
        return result


def _working_days(calendar: Any, start: date, end: date) -> int:
    if calendar is None:
        from desktop_app.rules.calendar import WorkCalendar

        calendar = WorkCalendar()
    return calendar.working_days_between(start, end)


def database_folder(db: Database) -> Path | None:
    """The data folder where the scans are kept: beside the database file, or a server's shared folder."""
    from desktop_app.registry.engine import engine_of

    return engine_of(db).files_folder(db)


def scan_problem(db: Database, *, full: bool) -> dict | None:
    """The first use entry whose scan is missing or changed: by size (always) and SHA-256 (`full`)."""
    import hashlib
    import json

    folder = database_folder(db)
    if folder is None:
        return None
    for entry_id, body in db.conn.execute("SELECT id, body FROM seal_ledger WHERE kind = 'use' AND "
                                          + ledger.contains_sql("body") + " ORDER BY id", ['"scan":{']):
        scan = json.loads(body).get("scan") or {}
        path = folder / scan.get("file", "")
        if not path.is_file():
            return {"first_bad": entry_id, "reason": f"第 {entry_id} 条所附的用印审批单扫描件 {scan.get('file')} 缺失"}
        changed = path.stat().st_size != scan.get("size")
        if not changed and full:
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(chunk)
            changed = digest.hexdigest() != scan.get("sha256")
        if changed:
            return {"first_bad": entry_id, "reason": f"第 {entry_id} 条所附的扫描件 {scan.get('file')} 与登记时不一致"}
    return None
