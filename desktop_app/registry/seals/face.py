"""`SealRegistry`: the seal registry's face for the window and the CLI (`registry.seals`).

Requests are routed by the engine and stored with the approvals it requires, refused ones too; a use is
refused until the approvals given cover those; take-outs and returns say where each seal is. Every change
is one write transaction (database.write) that appends its ledger entry; nothing is ever updated."""
from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable

from desktop_app.domain.errors import InputError, RefusedError, StorageError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import parse_date
from desktop_app.registry.database import require_writable, write
from desktop_app.registry.engine import Database
from desktop_app.registry.seals import ledger, state
from desktop_app.registry.seals.fields import (MAX_MATTER, MAX_NAME, approval_text, approvers, missing_approvals,
                                               positive, request_fields, routing_request, signed_record, text)
from desktop_app.registry.seals.queries import SealQueries

SCANS_FOLDER = "seal_scans"
TAKE_OUT_BASIS = "第七十二条"
FOREIGN_AFFAIRS = "外事"


class SealRegistry(SealQueries):
    def __init__(self, db: Database, folder: Path | None, org: Callable[[], OrgChart | None],
                 calendar: Callable[[], Any]) -> None:
        """`folder`: the data folder the scans are copied into (beside the file; a server's shared folder)."""
        super().__init__(db)
        self.folder = Path(folder) if folder is not None else None
        self._org = org
        self._calendar = calendar

    # ---- seals ----------------------------------------------------------------------------------
    def edit_seal(self, seal: str, *, name: str | None = None, keeper: str | None = None,
                  note: str = "") -> dict:
        """Changes a seal's name or keeper (第七十二条: no one else keeps a seal without the office
        director's approval — say so in the note); the change is a ledger entry."""
        with write(self.db):
            before = self.seal(seal)
            after = {"name": before["name"], "keeper": before["keeper"]}
            for key, value in (("name", name), ("keeper", keeper)):
                if value is not None:
                    after[key] = text({key: value}, key, MAX_NAME)
            if after == {"name": before["name"], "keeper": before["keeper"]}:
                raise InputError("name", "没有要修改的内容", "请填写新的名称或保管人")
            self.db.conn.execute("UPDATE seals SET name = ?, keeper = ? WHERE code = ?",
                                 [after["name"], after["keeper"], before["code"]])
            summary = "；".join(f"{'名称' if k == 'name' else '保管人'}：{before[k]} → {after[k]}"
                               for k in after if after[k] != before[k])
            body = {"before": {k: before[k] for k in after}, "after": after, "summary": summary,
                    "note": note.strip(), "basis": TAKE_OUT_BASIS}
            ledger.append(self.db, "seal_change", body, seal=before["code"], on_date=date.today().isoformat(),
                          search=f"{before['name']} {after['name']} {after['keeper']} {note}")
        return self.seal(before["code"])

    # ---- requests -------------------------------------------------------------------------------
    def plan(self, fields: dict) -> dict:
        """The engine's answer for a request's stored fields (routing.md output)."""
        from desktop_app.rules.engine import route

        return route(routing_request(fields), self._require_org(), self._calendar()).to_json()

    def request(self, request: dict, today: date | None = None) -> dict:
        """Stores a request with the approvals the engine requires; a refused one is stored as refused."""
        fields = request_fields(request, today or date.today())
        record = signed_record(self.db, fields)
        if record is not None and not fields["document_name"]:
            fields["document_name"] = record["title"]
        plan = self.plan(fields)
        reasons = [w for w in plan["warnings"] if w.get("severity") == "error"] if plan["refused"] else []
        body = {"request": fields, "plan": plan, "refused": plan["refused"],
                "reason": "；".join(w["message"] for w in reasons) or None,
                "reason_basis": list(dict.fromkeys(w["basis"] for w in reasons)),
                "record_id": record["id"] if record else None, "seal_name": self._seal_name(fields["seal"])}
        search = " ".join(str(fields[k]) for k in ("matter", "requesting_department", "requester", "document_name",
                                                   "document_number") if fields.get(k))
        with write(self.db):
            entry = ledger.append(self.db, "request", body, seal=fields["seal"], on_date=fields["date"],
                                  request_id="self", search=f"{body['seal_name']} {search}")
        return self.get(entry["id"])

    def use(self, request_id: int, on: Any, operator: str, approved_by: Iterable[str] = (),
            copies: int | None = None, scan: str | Path | None = None, note: str = "") -> dict:
        """Records the stamping (who 监印, when, how many copies, whose approvals), with the scan of the
        signed 用印审批单 copied in. Refused, naming who is missing, when the approvals fall short."""
        self._use_details(request_id, on, operator, list(approved_by), copies, note)  # fail before copying
        require_writable(self.db)  # before the scan is copied into a folder that cannot take it
        stored = self._store_scan(int(request_id), Path(scan)) if scan else None
        try:
            with write(self.db):
                request = self._use_details(request_id, on, operator, list(approved_by), copies, note)
                body = {**request["body"], "scan": stored}
                ledger.append(self.db, "use", body, seal=request["seal"], on_date=body["on"],
                              request_id=request["id"], search=request["search"])
        except BaseException:
            if stored:
                (self._folder() / stored["file"]).unlink(missing_ok=True)
            raise
        return self.get(request_id)

    def _use_details(self, request_id: Any, on: Any, operator: str, approved_by: list[str],
                     copies: int | None, note: str) -> dict:
        request = self.get(request_id)
        if request["refused"]:
            raise RefusedError(f"用印申请 {request['id']} 已按规定不予用印：{request['reason']}",
                               "不予用印的申请不能用印；情况变化时请重新申请")
        if request["uses"]:
            raise RefusedError(f"用印申请 {request['id']} 已于 {request['used_on']} 用印，登记簿不能改写",
                               "如登记有误，请登记更正；再次用印请重新申请")
        day = parse_date(on, "on").isoformat()
        if day < request["date"]:
            raise InputError("on", f"用印日期 {day} 早于申请日期 {request['date']}", "请核对用印日期")
        operator = text({"operator": operator}, "operator", MAX_NAME)
        used = positive({"copies": copies}, "copies", default=request["copies"])
        if used > request["copies"]:
            raise InputError("copies", f"用印份数 {used} 超过申请份数 {request['copies']}", "超出部分请另行申请")
        people = approvers(self._require_org(), approved_by)
        missing = missing_approvals(request["approvals"], people)
        if missing:
            raise RefusedError(f"用印申请 {request['id']} 尚缺审批：{'；'.join(approval_text(a) for a in missing)}",
                               "请在审批人签字同意后再登记用印，并注明每位已签字的审批人")
        body = {"on": day, "operator": operator, "copies": used, "approved_by": [p.id for p in people],
                "approved_names": [p.name for p in people], "note": text({"note": note}, "note", MAX_MATTER,
                                                                          required=False),
                "matter": request["matter"], "requesting_department": request["requesting_department"]}
        search = f"{request['seal_name']} {request['matter']} {request['requesting_department']} {operator}"
        return {"id": request["id"], "seal": request["seal"], "body": body, "search": search}

    def _store_scan(self, request_id: int, source: Path) -> dict:
        """Copies the scan into the data folder (a temporary name, then renamed), with its SHA-256."""
        if not source.is_file():
            raise InputError("scan", f"找不到扫描件 {source}", "请检查路径")
        folder = self._folder() / SCANS_FOLDER / str(request_id)
        temporary: Path | None = None
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=".scan-", dir=folder)
            temporary = Path(name)
            digest, size = _copy(source, handle)
            target = folder / f"{digest[:12]}-{source.name}"
            os.replace(temporary, target)
        except OSError as exc:
            if temporary is not None:
                temporary.unlink(missing_ok=True)
            raise StorageError(f"无法复制扫描件 {source}（{exc.strerror or exc}）", "请检查磁盘空间和文件夹权限") from None
        relative = target.relative_to(self._folder()).as_posix()
        return {"name": source.name, "sha256": digest, "size": size, "file": relative}

    def _folder(self) -> Path:
        if self.folder is None:
            from desktop_app.registry.attachments import NO_FILES_FOLDER

            raise NO_FILES_FOLDER
        return self.folder

    # ---- take-outs (第七十二条) ----------------------------------------------------------------------
    def take_out(self, seal: str, escort: str, reason: str, request_id: int | None = None) -> dict:
        """The seal leaves the safe with an escort (机要人员) for a reason; flagged if still out at the end
        of the working day."""
        escort = text({"escort": escort}, "escort", MAX_NAME)
        reason = text({"reason": reason}, "reason", MAX_MATTER)
        with write(self.db):
            code = self.seal(seal)["code"]
            if self.out_status(code):
                raise RefusedError(f"{self._seal_name(code)}已带出，尚未归还", "请先登记归还，再登记带出")
            request = self._take_out_request(request_id, code)
            body = {"escort": escort, "reason": reason, "foreign_affairs": FOREIGN_AFFAIRS in reason,
                    "basis": TAKE_OUT_BASIS, "seal_name": self._seal_name(code),
                    "matter": (request or {}).get("matter", ""),
                    "requesting_department": (request or {}).get("requesting_department", "")}
            ledger.append(self.db, "take_out", body, seal=code, on_date=date.today().isoformat(),
                          request_id=request["id"] if request else None,
                          search=f"{body['seal_name']} {escort} {reason} {body['matter']}")
        result = self.seal(code)
        if not body["foreign_affairs"]:
            result["warnings"] = [{"code": "seal_escort_required", "basis": TAKE_OUT_BASIS,
                                   "message": "印章不能带出政府，确因外事需要方可带出，并由机要人员随同办理、专章专用。"}]
        return result

    def _take_out_request(self, request_id: int | None, code: str) -> dict | None:
        if request_id is None:
            return None
        request = self.get(request_id)
        if request["refused"]:
            raise RefusedError(f"用印申请 {request['id']} 已按规定不予用印，不能为它带出印章", "请核对申请编号")
        if request["seal"] != code:
            raise InputError("request", f"用印申请 {request['id']} 申请的是{request['seal_name']}，不是{self._seal_name(code)}",
                             "请核对印章或申请编号")
        return request

    def return_seal(self, seal: str) -> dict:
        with write(self.db):
            code = self.seal(seal)["code"]
            out = self.out_status(code)
            if not out:
                raise RefusedError(f"{self._seal_name(code)}在保险柜中，没有带出记录", "请核对印章")
            body = {"take_out": out["entry"], "escort": out["escort"], "seal_name": self._seal_name(code),
                    "late": datetime.now() >= datetime.fromisoformat(out["due"])}
            ledger.append(self.db, "return", body, seal=code, on_date=date.today().isoformat(),
                          request_id=out["request_id"], search=f"{body['seal_name']} {out['escort']}")
        return self.seal(code)

    # ---- corrections -----------------------------------------------------------------------------
    def correct(self, entry_id: int, changes: dict, reason: str) -> dict:
        """A correction is a new entry referencing the corrected one; the corrected entry never changes."""
        reason = text({"reason": reason}, "reason", MAX_MATTER)
        with write(self.db):
            found = ledger.entries(self.db, "id = ?", [int(entry_id)])
            if not found:
                raise InputError("entry", f"用印登记簿中没有第 {entry_id} 条", "请核对条目号")
            target = found[0]
            allowed = state.CORRECTABLE.get(target["kind"], ())
            clean = _correction(changes, allowed, target["kind"])
            ledger.append(self.db, "correction", {"changes": clean, "reason": reason}, seal=target["seal"],
                          on_date=date.today().isoformat(), request_id=target["request_id"],
                          corrects=target["id"], search=f"{reason} {' '.join(map(str, clean.values()))}")
        return self.get(target["request_id"]) if target["request_id"] else {"entry": target["id"]}

    # ---- helpers ---------------------------------------------------------------------------------
    def _require_org(self) -> OrgChart:
        org = self._org()
        if org is None:
            raise RefusedError("数据库中还没有组织架构，无法确定用印审批人",
                               "请先导入组织架构（文件 → 导入组织架构…）")
        return org


def _copy(source: Path, handle: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with os.fdopen(handle, "wb") as out, source.open("rb") as src:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    return digest.hexdigest(), size


def _correction(changes: Any, allowed: tuple[str, ...], kind: str) -> dict:
    if not isinstance(changes, dict) or not changes:
        raise InputError("changes", "没有要更正的内容", f"可更正：{'、'.join(allowed) or '（此类条目不能更正）'}")
    clean = {}
    for key, value in changes.items():
        if key not in allowed:
            raise InputError(key, f"{state.KIND_LABELS.get(kind, kind)}条目不能更正此项",
                             f"可更正：{'、'.join(allowed) or '（无）'}；申请的印章、类别等请重新申请")
        if key == "copies":
            clean[key] = positive({key: int(value) if str(value).isdigit() else value}, key)
        elif key == "on":
            clean[key] = parse_date(value, key).isoformat()
        else:
            clean[key] = text({key: value}, key, MAX_MATTER, required=key != "note")
    return clean

