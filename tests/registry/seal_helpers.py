"""Seal requests as the window and the CLI send them, and the ledger recomputed the way docs/seals.md
tells an auditor to (an implementation independent of desktop_app, so the tests check the format too)."""
from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator


def seal_request(**changes) -> dict:
    """A contract sealed with the county government's seal for 县住房和城乡建设局 (deputy: d3 副县长丙)."""
    request = {"date": "2026-11-27", "seal": "county_government", "purpose": "contract",
               "requesting_department": "县住房和城乡建设局", "matter": "县城老旧小区改造工程施工合同签订",
               "copies": 4, "requester": "王五", "document_name": "托克逊县老旧小区改造工程施工合同"}
    request.update(changes)
    return request


def fill_ledger(registry, uses: int = 3) -> list[int]:
    """A few requests with their uses, a refused one and a take-out and return: ids of the requests."""
    seals = registry.seals
    ids = []
    for n in range(uses):
        request = seals.request(seal_request(matter=f"第{n + 1}份合同签订", copies=2 + n))
        seals.use(request["id"], on="2026-11-28", operator="李四", approved_by=["d3", "head"])
        ids.append(request["id"])
    ids.append(seals.request(seal_request(blank=True, matter="空白纸张盖章"))["id"])
    seals.take_out("county_government", escort="张三", reason="外事：赴乌鲁木齐签约", request_id=ids[0])
    seals.return_seal("county_government")
    return ids


def raw(db_path: Path | str) -> Any:
    """The database opened behind the app's back with the ledger's triggers dropped, as a tamperer would:
    the file with plain sqlite3, a server as its superuser (SQL written with `?`, as the app's)."""
    if isinstance(db_path, str) and db_path.startswith("postgresql://"):
        return _raw_server(db_path)
    conn = sqlite3.connect(str(db_path))
    conn.execute("DROP TRIGGER IF EXISTS seal_ledger_no_update")
    conn.execute("DROP TRIGGER IF EXISTS seal_ledger_no_delete")
    return conn


@contextlib.contextmanager
def _raw_server(url: str) -> Iterator[Any]:
    import psycopg

    from desktop_app.registry.engine.postgres import PgConnection
    from tests import pg

    conn = PgConnection(psycopg.connect(pg.database_url(url.rpartition("/")[2]), autocommit=True))
    try:
        conn.execute("DROP TRIGGER IF EXISTS seal_ledger_no_update ON seal_ledger")
        conn.execute("DROP TRIGGER IF EXISTS seal_ledger_no_delete ON seal_ledger")
        yield conn
    finally:
        conn.close()


COLUMNS = "id, at, recorded_by, kind, request_id, seal, on_date, corrects, body, search_text"


def rebuild_chain(conn: Any) -> None:
    """Recomputes every content hash and chain hash from the first entry on (docs/seals.md)."""
    prev = "0" * 64
    for row in conn.execute(f"SELECT {COLUMNS} FROM seal_ledger ORDER BY id").fetchall():
        content = json.dumps(list(row), ensure_ascii=False, separators=(",", ":"))
        content_hash = hashlib.sha256(content.encode("utf-8")).hexdigest()
        entry_hash = hashlib.sha256((prev + content_hash).encode("utf-8")).hexdigest()
        conn.execute("UPDATE seal_ledger SET content_hash = ?, prev_hash = ?, hash = ? WHERE id = ?",
                     [content_hash, prev, entry_hash, row[0]])
        prev = entry_hash


def forge_remembered_head(conn: Any) -> None:
    """What a thorough tamperer does after deleting or rebuilding: points the head the app remembers in
    office_settings at the ledger's last entry as it now is (only a head written down on paper then helps)."""
    last = conn.execute("SELECT id, hash FROM seal_ledger ORDER BY id DESC LIMIT 1").fetchone()
    conn.execute("UPDATE office_settings SET value = ? WHERE key = 'seal_ledger.head'", [f"{last[0]}:{last[1]}"])
