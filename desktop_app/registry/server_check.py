"""`check` on a server database: the registry's own promises, verified as on a file (verify.py) — the
migrations in order, the schema against the golden one (db/schema.pg.sql), numbers without gaps that
agree with their records, search texts that agree with their records, attachments and the seal
ledger — in one repeatable-read snapshot, so clerks registering meanwhile cannot make it look wrong.

What SQLite's page check does for a file, the server does for itself (its write-ahead log and, when
the cluster was made with them, data checksums): `check` says so rather than pretending to look at
pages, and the office's backups are the server's pg_dump (docs/server.md)."""
from __future__ import annotations

import contextlib
from typing import Any, Iterator

from desktop_app.registry import schema_check, verify
from desktop_app.registry.database import schema_version
from desktop_app.registry.engine import pgmigrate

PAGES = "由数据库服务器自行保证（PostgreSQL 的预写日志与数据校验）"


def check(db: Any, *, full: bool = False) -> dict:
    from desktop_app.registry.safety import attachment_problems, seal_ledger_check

    with _snapshot(db):
        migrations = migration_problems(db)
        schema = schema_check.differences(db.conn)
        gaps = verify.number_gaps(db.conn)
        numbering = verify.numbering_problems(db.conn)
        stale = verify.stale_search_texts(db.conn)
        unlike = search_copy_problems(db)
        files = attachment_problems(db)
        seal = seal_ledger_check(db)
        records = db.conn.execute("SELECT count(*) FROM records").fetchone()[0]
    search = {"ok": not stale and not unlike, "postings": "GIN", "stale_sampled": stale, "copy_differs": unlike}
    if unlike:
        search["problem"] = (f"搜索表 record_search 与公文记录不一致（{unlike} 行不同），查询可能漏掉或多出记录")
    elif stale:
        search["problem"] = (f"记录 {'、'.join(map(str, stale[:10]))} 的搜索文本与记录内容不一致"
                             "（内容被改动而搜索文本没有随之更新），查询可能找不到它们")
    report = verify.Report(migrations=tuple(migrations), schema=tuple(schema), number_gaps=tuple(gaps),
                           numbering=tuple(numbering), search_index=search)
    problems = report.problems() + [f"附件 {f['name']}（记录 {f['record_id']}）：{f['problem']}" for f in files]
    if seal.get("ok", True) is False:
        problems.append("用印登记簿校验未通过")
    result = {"ok": not problems, "problems": problems, "page_check": "server", "integrity": [PAGES],
              "schema": migrations + schema, "foreign_keys": [], "number_gaps": gaps, "numbering": numbering,
              "search_index": search, "attachments": files, "schema_version": schema_version(db),
              "records": records, "seal_ledger": seal, "engine": "postgresql"}
    if problems:
        result["hint"] = "数据库有问题：请管理员用服务器上最近一次的 pg_dump 备份恢复（docs/server.md）"
    return result


def search_copy_problems(db: Any) -> int:
    """Rows in which the narrow search copy (db/migrations/pg/0002) and the records differ, both ways."""
    columns = "sort_key, kind, status, due, search_text"
    return db.conn.execute(
        f"SELECT (SELECT count(*) FROM (SELECT {columns} FROM records EXCEPT ALL SELECT {columns} FROM record_search) a)"
        f" + (SELECT count(*) FROM (SELECT {columns} FROM record_search EXCEPT ALL SELECT {columns} FROM records) b)"
    ).fetchone()[0]


def migration_problems(db: Any) -> list[str]:
    """The recorded migrations must be this version's, in order, without a hole, and complete."""
    known = [f.stem for f in pgmigrate.files()]
    applied = pgmigrate.applied(db)
    for position, name in enumerate(applied):
        if position >= len(known) or name != known[position]:
            expected = known[position] if position < len(known) else "（无）"
            return [f"结构版本记录不连续：第 {position + 1} 条应为 {expected}，实为 {name}"]
    if len(applied) < len(known):
        return [f"结构版本记录不完整：缺少 {known[len(applied)]}"]
    return []


@contextlib.contextmanager
def _snapshot(db: Any) -> Iterator[None]:
    """Every query inside sees one committed state (PostgreSQL's REPEATABLE READ, read only)."""
    db.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    try:
        yield
    finally:
        db.conn.execute("COMMIT")
