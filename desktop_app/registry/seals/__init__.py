"""The seal registry (用印登记, 第六十八—七十二条): the county's seals, requests with the approvals the
engine requires, uses, take-outs and returns, all kept in one append-only, hash-chained ledger.

    registry.seals.request({...})            # routing.md seal fields + matter, copies, requester
    registry.seals.use(17, on="2026-11-30", operator="文书科 李四", approved_by=["d3", "head"])
    registry.seals.take_out("county_government", escort="王五", reason="外事：赴乌鲁木齐签约")
    registry.seals.verify()                  # {"ok": true, "entries": N}

`verify(db)` below is what `check` calls (registry/safety.py): the chain, plus the seals still out after
the working day. docs/seals.md describes the ledger and how an auditor checks it against paper."""
from __future__ import annotations

from datetime import datetime

from desktop_app.registry.engine import Database
from desktop_app.registry.seals.face import SealRegistry
from desktop_app.registry.seals.queries import SealQueries

__all__ = ["SealRegistry", "verify", "prefill_from_record"]

# Which seal an outgoing record's issuing authority takes by default (the clerk may choose the 钢印).
_AUTHORITY_SEAL = {"county_government": "county_government", "county_office": "county_office"}


def verify(db: Database, now: datetime | None = None) -> dict:
    """For `check`: the ledger's verification and the seals flagged as still out after the working day."""
    queries = SealQueries(db)
    result = queries.verify()
    result["head"] = queries.head()["hash"]
    result["seals_out_overdue"] = [
        {"seal": s["code"], "name": s["name"], "out_since": s["out_since"], "escort": s["escort"]}
        for s in queries.out(now) if s["overdue"]]
    return result


def prefill_from_record(record: dict) -> dict:
    """A seal request filled in from a signed outgoing record (申请用印 on the record view)."""
    fields = record.get("fields") or {}
    return {
        "seal": _AUTHORITY_SEAL.get(fields.get("authority"), "county_government"),
        "purpose": "official_document",
        "requesting_department": fields.get("lead_department") or "",
        "document_number": record.get("number") or "",
        "document_name": record.get("title") or "",
        "matter": f"印发《{record.get('title') or ''}》",
        "copies": fields.get("copies") or 1,
        "requester": fields.get("drafter") or "",
    }
