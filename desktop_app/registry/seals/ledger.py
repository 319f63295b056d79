"""The append-only, hash-chained seal ledger (用印登记簿): appending an entry and verifying the chain.

Each entry's canonical content is the JSON array

    [id, at, recorded_by, kind, request_id, seal, on_date, corrects, body, search_text]

(UTF-8, no spaces, non-ASCII as is: `json.dumps(…, ensure_ascii=False, separators=(",", ":"))`), where
`body` is the entry's stored JSON text. content_hash = SHA-256(content); hash = SHA-256(prev_hash +
content_hash), both as lower-case hex; prev_hash of the first entry is 64 zeros. Anyone can recompute it
(docs/seals.md has a ten-line script), so an auditor needs nothing of ours to check a copy.

Triggers refuse UPDATE and DELETE; what they cannot stop (someone who drops them) `verify` finds: an
edited entry, a deleted or reordered one, the last entries deleted or the chain rebuilt after an edit
(against the head each append remembers in office_settings, and against a head hash written down from
the printed ledger, which also holds when the remembered head was altered too)."""
from __future__ import annotations

import hashlib
import json
import re
from typing import Any, Iterable

from desktop_app.domain.errors import InputError, StorageError
from desktop_app.registry.database import now, user_of
from desktop_app.registry.engine import Database

GENESIS = "0" * 64
KINDS = ("request", "use", "take_out", "return", "correction", "seal_change")
MIN_HEAD_PREFIX = 8  # the printed ledger shows each entry's first 8 hex digits
_COLUMNS = ("id", "at", "recorded_by", "kind", "request_id", "seal", "on_date", "corrects", "body", "search_text")


def canonical(values: Iterable[Any]) -> str:
    return json.dumps(list(values), ensure_ascii=False, separators=(",", ":"))


def body_text(body: dict) -> str:
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def chain(prev_hash: str, content_hash: str) -> str:
    return sha256(prev_hash + content_hash)


# ---- engine-specific parts (SQLite here; PostgreSQL: see docs/seals.md) -------------------------------
def _tail(db: Database) -> tuple[int, str]:
    """The last entry's id and hash. Under SQLite's BEGIN IMMEDIATE (database.write) no other writer can
    append between this read and our insert; PostgreSQL takes `LOCK TABLE seal_ledger IN EXCLUSIVE MODE`."""
    row = db.conn.execute("SELECT id, hash FROM seal_ledger ORDER BY id DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def contains_sql(column: str) -> str:
    """A substring test with one parameter (PostgreSQL: strpos(column, %s) > 0)."""
    return f"instr({column}, ?) > 0"


# ---- appending --------------------------------------------------------------------------------------
def append(db: Database, kind: str, body: dict, *, seal: str, on_date: str,
           request_id: int | str | None = None, corrects: int | None = None, search: str = "") -> dict:
    """Appends one entry; call inside database.write(). request_id="self" makes the new entry its own
    request (a request entry's id is the request's number)."""
    if not db.conn.in_transaction:
        raise StorageError("内部错误：用印登记必须在写事务中追加", "请重试；如反复出现请联系维护人员")
    if kind not in KINDS:
        raise ValueError(kind)
    last_id, prev = _tail(db)
    entry_id = last_id + 1
    values = {"id": entry_id, "at": now(), "recorded_by": user_of(db), "kind": kind,
              "request_id": entry_id if request_id == "self" else request_id, "seal": seal, "on_date": on_date,
              "corrects": corrects, "body": body_text(body), "search_text": search}
    content_hash = sha256(canonical(values[c] for c in _COLUMNS))
    values.update(content_hash=content_hash, prev_hash=prev, hash=chain(prev, content_hash))
    names = list(values)
    db.conn.execute(f"INSERT INTO seal_ledger ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                    [values[n] for n in names])
    _remember_head(db, entry_id, values["hash"])
    return {**values, "body": body}


# The last entry appended, "N:HASH", in the same transaction as the entry: a deleted last entry leaves no
# trace in the chain itself, but the remembered head then names an entry that is gone (cli.md: a ledger
# that had a row deleted exits 3). Once it names an entry that is gone or changed it is never moved again.
# Entries appended by an older version (PCs upgraded one by one) do not move it and are not suspect.
HEAD_KEY = "seal_ledger.head"


def _remember_head(db: Database, entry_id: int, entry_hash: str) -> None:
    row = db.conn.execute("SELECT value FROM office_settings WHERE key = ?", [HEAD_KEY]).fetchone()
    before = _remembered(row[0]) if row else None
    if before is not None:
        found = db.conn.execute("SELECT hash FROM seal_ledger WHERE id = ?", [before[0]]).fetchone()
        if found is None or found[0] != before[1]:
            return  # the entry it names was deleted or changed behind our back: keep the evidence for verify
    db.conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [HEAD_KEY, f"{entry_id}:{entry_hash}"])


def _remembered(value: Any) -> tuple[int, str] | None:
    match = re.fullmatch(r"(\d+):([0-9a-f]{64})", value or "")
    return (int(match.group(1)), match.group(2)) if match else None


def head(db: Database) -> dict:
    """The last entry: what the printed ledger ends with, for an auditor to write down."""
    last_id, last_hash = _tail(db)
    return {"entries": last_id, "entry": last_id or None, "hash": last_hash}


# ---- verifying --------------------------------------------------------------------------------------
def parse_heads(texts: Iterable[str]) -> dict[int, str]:
    """`N:HASH` as written down from a printed ledger (HASH whole, or at least its first 8 hex digits)."""
    heads: dict[int, str] = {}
    for text in texts:
        match = re.fullmatch(r"\s*(\d+)\s*[:：]\s*([0-9a-fA-F]+)\s*", text or "")
        if not match or len(match.group(2)) < MIN_HEAD_PREFIX or len(match.group(2)) > 64:
            raise InputError("--head", f"“{text}”格式不正确",
                             "请写成 条目号:校验值，例如 42:3fa9c2d1…（校验值至少 8 位十六进制数字，抄自打印的用印登记簿）")
        heads[int(match.group(1))] = match.group(2).lower()
    return heads


def verify(db: Database, heads: dict[int, str] | None = None) -> dict:
    """Recomputes the chain in order. {"ok": true, "entries": N} or {"ok": false, "entries": N,
    "first_bad": ENTRY_ID, "reason": "…"} naming the first entry that does not match."""
    heads = heads or {}
    expected_id, prev, count, bad, remembered, at_remembered = 1, GENESIS, 0, None, None, None
    for part, *row in _rows_with_remembered_head(db):
        if part == 0:
            remembered = _remembered(row[-1])
            continue
        count += 1
        if bad is None:
            bad = _check_row(row, expected_id, prev, heads)
        if remembered is not None and row[0] == remembered[0]:
            at_remembered = row[12]
        expected_id, prev = row[0] + 1, row[12]
    if bad is None:
        bad = _missing_tail(count, expected_id - 1, heads)
    if bad is None and remembered is not None:
        bad = _against_remembered(remembered, count, expected_id - 1, at_remembered)
    if bad is None:
        return {"ok": True, "entries": count}
    return {"ok": False, "entries": count, "first_bad": bad[0], "reason": bad[1]}


def _rows_with_remembered_head(db: Database) -> Any:
    """The remembered head (part 0) and the entries in order (part 1) in ONE statement, so that both come from
    the same snapshot: read apart, an entry appended in between would look like a deleted or a foreign one."""
    columns = ", ".join((*_COLUMNS, "content_hash", "prev_hash", "hash"))
    nulls = ", ".join(["NULL"] * (len(_COLUMNS) + 3))
    return db.conn.execute(f"SELECT 0, {nulls}, value FROM office_settings WHERE key = ? "
                           f"UNION ALL SELECT 1, {columns}, NULL FROM seal_ledger ORDER BY 1, 2", [HEAD_KEY])


def _against_remembered(remembered: tuple[int, str], count: int, last_id: int,
                        found: str | None) -> tuple[int, str] | None:
    number, digest = remembered
    if number > last_id:
        return last_id + 1, (f"登记时记下的末条是第 {number} 条，登记簿现只有 {count} 条：第 {last_id + 1} 条起的记录被删除")
    if found is not None and found != digest:
        return number, (f"第 {number} 条的校验值与登记时记下的不符：原第 {number} 条被删除后另有登记，或之前的某条记录"
                        "被改动后整条链被重新计算；请用纸面登记簿上各条的校验码逐条核对")
    return None


def _check_row(row: tuple, expected_id: int, prev: str, heads: dict[int, str]) -> tuple[int, str] | None:
    entry_id, content_hash, prev_hash, entry_hash = row[0], row[10], row[11], row[12]
    if entry_id != expected_id:
        missing = f"第 {expected_id} 条" if entry_id == expected_id + 1 else f"第 {expected_id}—{entry_id - 1} 条"
        return expected_id, f"{missing}缺失：登记簿的条目号应连续，{missing}已被删除"
    if prev_hash != prev:
        return entry_id, f"第 {entry_id} 条与前一条不衔接：前一条被删除、改动，或条目的顺序被调换"
    if sha256(canonical(row[:10])) != content_hash:
        return entry_id, f"第 {entry_id} 条的内容与登记时不符（内容被改动）"
    if chain(prev_hash, content_hash) != entry_hash:
        return entry_id, f"第 {entry_id} 条的链校验值不符（校验值被改动）"
    written = heads.get(entry_id)
    if written is not None and not entry_hash.startswith(written):
        return entry_id, (f"第 {entry_id} 条的校验值与纸面记录（{written[:16]}…）不符：第 {entry_id} 条或之前的"
                          "某条记录被改动后整条链被重新计算；请用纸面登记簿上各条的校验码逐条核对")
    return None


def _missing_tail(count: int, last_id: int, heads: dict[int, str]) -> tuple[int, str] | None:
    beyond = [n for n in heads if n > last_id]
    if not beyond:
        return None
    return last_id + 1, (f"纸面记录有第 {max(beyond)} 条，登记簿现只有 {count} 条：第 {last_id + 1} 条起的记录被删除")


def entries(db: Database, where: str = "", params: Iterable[Any] = (), *,
            order: str = "id") -> list[dict]:
    """Entries as dicts with their body parsed, e.g. entries(db, "request_id = ?", [17])."""
    sql = f"SELECT {', '.join(_COLUMNS)}, hash FROM seal_ledger"
    if where:
        sql += f" WHERE {where}"
    rows = db.conn.execute(f"{sql} ORDER BY {order}", list(params)).fetchall()
    out = []
    for row in rows:
        entry = dict(zip((*_COLUMNS, "hash"), row))
        entry["body"] = json.loads(entry["body"])
        out.append(entry)
    return out
