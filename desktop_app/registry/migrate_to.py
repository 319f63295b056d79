"""Moving an office from one PC's SQLite file to a PostgreSQL server (`docroute migrate-to URL`).

The server database must be empty (docs/server.md creates it). In ONE server transaction: the schema
is made by this version's migrations, every table's rows are copied with COPY (ids, sort keys, hashes
and the insertion order of people, series and departments kept), identity counters are moved past the
copied ids, and the copy is verified against the file before COMMIT — the row count of every table,
every number given (voided ones included), a digest of the records, and the seal ledger's chain and
head hash. Anything that does not match rolls the whole copy back: the server is left empty.

The files a file registry keeps beside itself (attachments/, seal_scans/, archive/) are copied into
the server's shared folder first (the same relative names), and attachments are then recorded by
their path inside that folder, so every PC finds them however it reaches the share (location.py)."""
from __future__ import annotations

import contextlib
import hashlib
import shutil
from pathlib import Path
from typing import Any, Iterable, Iterator

from desktop_app.domain.errors import Hint, RefusedError, StorageError
from desktop_app.registry import database
from desktop_app.registry.search import stored_text_sql
from desktop_app.registry.engine import pgbulk, pgmigrate, postgres

FOLDERS = ("attachments", "seal_scans", "archive")
# SQLite's own tables, and its search postings (a server keeps its own: db/migrations/pg/0002).
_NOT_COPIED = ("_sqlite_migrations", "search_grams", "search_positions", "sqlite_sequence", "sqlite_stat1",
               "record_search")
_ROWID = "rowid"
_SEARCH_TEXT = "search_text"


def migrate_to(source: Any, url: str, files: Path | None, *, password: str | None = None) -> dict:
    """Copies the open file registry `source` to the empty server database at `url`; returns what was
    copied and verified. Raises RefusedError when the server database is not empty."""
    target = postgres.connect(url, password)
    target.files = files
    try:
        _require_empty(target)
        from desktop_app.registry import server

        server.require_fit_for_new(target, postgres.shown_url(url))
        copied_files = copy_files(Path(source.path).parent, files) if files is not None else None
        with database.write(target):
            target.conn.execute("SET LOCAL maintenance_work_mem = '256MB'")  # the index builds after COPY
            pgmigrate.apply(target)
            counts = _copy_tables(source.db, target, files is not None)
            pgbulk.advance_identities(target)
            checked = verify(source.db, target)
            server.grant(target)
    finally:
        target.close()
    return {"migrated_to": postgres.shown_url(url), "verified": True, "tables": counts, **checked,
            "files": copied_files or {"copied": 0, "folder": None}}


def _require_empty(target: Any) -> None:
    tables = target.conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()").fetchone()[0]
    if tables:
        raise RefusedError(f"服务器上的数据库 {postgres.shown_url(target.url)} 不是空的（已有 {tables} 个表），没有复制任何内容",
                           Hint("请管理员新建一个空数据库（docs/server.md）后再运行 `docroute migrate-to`",
                                "请管理员新建一个空数据库后再迁移"))


def copy_files(folder: Path, files: Path) -> dict:
    """The data folders beside the file, copied into the shared folder (an existing file with the same
    name and content is kept; one with other content is refused before anything is copied)."""
    if not files.is_dir():
        raise RefusedError(f"找不到共享文件夹 {files}", "请先建好服务器的共享文件夹，并确认本机能写入")
    pairs = [(p, files / p.relative_to(folder)) for name in FOLDERS if (folder / name).is_dir()
             for p in sorted((folder / name).rglob("*")) if p.is_file()]
    for source, target in pairs:
        if target.exists() and _digest(target) != _digest(source):
            raise RefusedError(f"共享文件夹中已有同名但内容不同的文件 {target}，没有复制任何内容",
                               "请换一个空的共享文件夹，或检查这个文件夹是否属于另一个数据库")
    for source, target in pairs:
        if not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    return {"copied": len(pairs), "folder": str(files)}


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _copy_tables(source: Any, target: Any, relative_files: bool) -> dict[str, int]:
    """Every table of the server schema filled from the file's table of the same name, parents first."""
    source_tables = {r[0] for r in source.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    order = _parents_first(target)
    for table in reversed(order):  # the rows the migrations seeded (series, seals) make way for the file's
        if table != pgmigrate.TABLE:
            target.conn.execute(f'DELETE FROM "{table}"')
    counts = {}
    folder = Path(source.conn.execute("PRAGMA database_list").fetchone()[2]).parent
    for table in order:
        if table == pgmigrate.TABLE or table not in source_tables or table in _NOT_COPIED:
            continue
        columns = _shared_columns(source, target, table)
        rows: Iterable[tuple] = source.conn.execute(
            f"SELECT {', '.join(_source_column(source, table, c) for c in columns)} FROM \"{table}\" ORDER BY {_order(source, table)}")
        if table == "attachments" and relative_files:
            rows = _relative_attachments(rows, columns, folder)
        names = ", ".join(f'"{c}"' for c in columns)
        # Indexes built once after the copy (far faster than per row); the records' search copy filled
        # in one statement (pgbulk.py).
        with pgbulk.deferred(target, 0, rebuild=[table]) if table == "records" else _indexes_after(target, table):
            with target.conn.raw.cursor().copy(f'COPY "{table}" ({names}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
        counts[table] = target.conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
    return dict(sorted(counts.items()))


@contextlib.contextmanager
def _indexes_after(target: Any, table: str) -> Iterator[None]:
    saved = pgbulk.set_aside_indexes(target, [table])
    yield
    for definition in saved:
        target.conn.execute(definition)


def _parents_first(target: Any) -> list[str]:
    """The server's tables, each after the tables its foreign keys point to."""
    tables = [r[0] for r in target.conn.execute(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename").fetchall()]
    parents: dict[str, set[str]] = {t: set() for t in tables}
    for child, parent in target.conn.execute(
            "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
            ).fetchall():
        if child != parent and child in parents:
            parents[child].add(parent.strip('"'))
    order: list[str] = []
    while len(order) < len(tables):
        ready = [t for t in tables if t not in order and parents[t] <= set(order)]
        order += ready or [t for t in tables if t not in order]  # a cycle would copy in name order
    return order


def _shared_columns(source: Any, target: Any, table: str) -> list[str]:
    have = {r[1] for r in source.conn.execute(f'PRAGMA table_info("{table}")')}
    want = [r[0] for r in target.conn.execute(
        "SELECT attname FROM pg_attribute WHERE attrelid = ?::regclass AND attnum > 0 AND NOT attisdropped "
        "ORDER BY attnum", [f'"{table}"']).fetchall()]
    # The server stores the records' search text, which a file computes from the columns (0014).
    computed = {_SEARCH_TEXT} if table == "records" else set()
    return [c for c in want if c in have or c == _ROWID or c in computed]


def _source_column(source: Any, table: str, column: str) -> str:
    if table == "records" and column == _SEARCH_TEXT:
        return stored_text_sql(source)
    return "rowid" if column == _ROWID else f'"{column}"'


def _order(source: Any, table: str) -> str:
    """The file's own order of a table: its rowid, or its key where it has no rowid (WITHOUT ROWID)."""
    key = sorted((r[5], r[1]) for r in source.conn.execute(f'PRAGMA table_info("{table}")') if r[5])
    without_rowid = source.conn.execute("SELECT sql LIKE '%WITHOUT ROWID' FROM sqlite_master WHERE name = ?",
                                        [table]).fetchone()[0]
    return ", ".join(f'"{name}"' for _, name in key) if without_rowid else "rowid"


def _relative_attachments(rows: Iterable[tuple], columns: list[str], folder: Path) -> Iterable[tuple]:
    """An attachment kept inside the file's data folder is recorded by its path inside the shared folder."""
    at = columns.index("stored_path")
    resolved = folder.resolve()
    for row in rows:
        path = Path(row[at])
        if path.is_absolute() and path.resolve().is_relative_to(resolved):
            row = (*row[:at], path.resolve().relative_to(resolved).as_posix(), *row[at + 1:])
        yield row


# ---- verifying ----------------------------------------------------------------------------------------
_DIGESTS = {
    "numbers": "SELECT series, year, serial, record_id, status, text FROM numbers ORDER BY series, year, serial",
    "records": "SELECT id, sort_key, kind, status, title, number, receipt_number, {search_text} FROM records ORDER BY id",
    "audit_log": 'SELECT id, at, "user", action, record_id FROM audit_log ORDER BY id',
}


def verify(source: Any, target: Any) -> dict:
    """The copy against the file: digests of the numbers, the records and the audit trail, and the seal
    ledger (its chain verified on the server, its head hash equal to the file's)."""
    from desktop_app.registry.seals.queries import SealQueries

    found = {}
    for name, sql in _DIGESTS.items():
        theirs = _rows_digest(source, sql.format(search_text=stored_text_sql(source)))
        ours = _rows_digest(target, sql.format(search_text=stored_text_sql(target)))
        if theirs != ours:
            raise StorageError(f"迁移后的 {name} 与原数据库不一致，已全部撤销，服务器上没有留下任何内容",
                               Hint("请运行 `docroute check` 检查原数据库后重试", "请在“设置 → 数据与备份”中检查数据库后重试"))
        found[f"{name}_digest"] = ours
    head, copied = SealQueries(source).head(), SealQueries(target)
    chain = copied.verify()
    if not chain["ok"] or copied.head() != head:
        raise StorageError("迁移后的用印登记簿与原数据库不一致（校验链或末条校验值不同），已全部撤销",
                           Hint("请运行 `docroute seal verify` 检查原数据库后重试", "请在“设置 → 数据与备份”中检查数据库后重试"))
    numbers = target.conn.execute("SELECT count(*) FROM numbers").fetchone()[0]
    return {"numbers": numbers, "ledger": {"entries": chain["entries"], "head": head["hash"]}, **found}


def _rows_digest(db: Any, sql: str) -> str:
    digest = hashlib.sha256()
    for row in _streamed(db, sql):
        digest.update(repr(tuple(row)).encode("utf-8"))
    return digest.hexdigest()


def _streamed(db: Any, sql: str) -> Iterator[tuple]:
    """The rows of `sql` a batch at a time. A file's cursor streams by itself; psycopg's ordinary cursor
    holds the server's whole result in memory (every record of the office), so a server's rows are read
    through a cursor on the server, inside the copy's transaction."""
    if getattr(db, "engine", None) is not postgres.POSTGRES:
        yield from db.conn.execute(sql)
        return
    with db.conn.raw.cursor(name="docroute_digest") as cursor:
        cursor.itersize = 5000
        cursor.execute(postgres.translate(sql))
        yield from cursor
