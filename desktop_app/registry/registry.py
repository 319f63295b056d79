"""`Registry`: the public face of the registry for the window, the slips and the CLI.

It opens (and on first run creates) the database — a SQLite file, or a PostgreSQL server named by a
`postgresql://` URL (server.py) — then offers registration with the routing plan, step recording,
numbering, search for the lazy list, the register books, safety and Excel exchange. Each method that
writes is one transaction under the write lock with its audit entry (database.write)."""
from __future__ import annotations

import json
import sqlite3
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from desktop_app.domain.errors import Hint, InputError, RefusedError, StorageError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import check_text
from desktop_app.registry import attachments, database, numbers, orgstore, records, safety, search, search_index
from desktop_app.registry.holidays import Holidays
from desktop_app.registry.database import RESTORE_HINT, audit, write
from desktop_app.registry.engine import engine_of, is_server
from desktop_app.registry.fields import check_date, incoming_columns, outgoing_columns, routing_request, sign_step

if TYPE_CHECKING:  # the office's faces, imported when first used
    from desktop_app.registry.archive import Archive
    from desktop_app.registry.due import DueList
    from desktop_app.registry.followups import FollowUps
    from desktop_app.registry.query import OfficeQuery
    from desktop_app.registry.reminders import Reminders
    from desktop_app.registry.settings import OfficeSettings
    from desktop_app.registry.stats import Statistics
    from desktop_app.registry.numbering import Numbering
    from desktop_app.registry.office import Office
    from desktop_app.registry.org_edit import OrgBook

KINDS = ("outgoing", "incoming")


class Registry:
    def __init__(self, db: Any, path: Path | str, *, warn: Callable[[str], None] | None = None) -> None:
        self.db = db
        self.path = path  # the file (a Path), or a server's URL (a str, as `Registry.open` takes it)
        self.engine = engine_of(db).name  # "sqlite" | "postgresql"
        self.read_only = getattr(db, "docroute_read_only", None) is not None
        self.warnings: list[str] = []  # what went wrong without stopping anything (a failed daily backup)
        self._warn_to = warn
        self._gram_counts: dict[str, int] = {}  # full postings counts of very common grams (search.py)
        self.holidays = Holidays(db)  # the office's holiday calendar (registry/holidays.py)

    # The faces of 设置, imported when first used (the window's start-up does not need them).
    @cached_property
    def office(self) -> "Office":
        """The county's name, the office's settings, the first-run setup (registry/office.py)."""
        from desktop_app.registry.office import Office

        return Office(self.db)

    @cached_property
    def org(self) -> "OrgBook":
        """People, portfolios, departments and absences edited one at a time (registry/org_edit.py)."""
        from desktop_app.registry.org_edit import OrgBook

        return OrgBook(self.db)

    @cached_property
    def numbering(self) -> "Numbering":
        """The 发文字号 series: authority and usage, next number per year, voided numbers (registry/numbering.py)."""
        from desktop_app.registry.numbering import Numbering

        return Numbering(self.db)

    @property
    def location(self) -> str:
        """The file's path or the server's URL, as shown to the clerk (never a password)."""
        if self.engine == "sqlite":
            return str(self.path)
        from desktop_app.registry.engine.postgres import shown_url

        return shown_url(str(self.path))

    @property
    def files(self) -> Path | None:
        """The data folder of attachments, seal scans and archive packages: beside the file, or the
        server's shared folder this PC set in 设置 (None until it is set)."""
        return Path(self.path).parent if self.engine == "sqlite" else self.db.files

    # ---- opening and closing -------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, *, auto_backup: bool = True,
             warn: Callable[[str], None] | None = None, password: str | None = None) -> "Registry":
        """Opens the database, creating it on first run, backing it up before migrating.

        `path`: a file, or a `postgresql://user@host:port/db` URL (server.py; `password` signs in
        when the server asks for one); None: the database chosen in 设置, else the default file.
        auto_backup: today's backup is made just before the first write (reads never wait for it; the
        window passes False and backs up in the background). A backup that fails is a warning (`warn`,
        and `warnings`), never a refusal. A file on read-only media opens for reading only.
        A corrupt or foreign file raises StorageError and is left exactly as it was."""
        if path is None:
            from desktop_app.registry.location import default_location

            path = default_location()
        if is_server(path):
            from desktop_app.registry import server

            return server.open_registry(cls, str(path).strip(), warn=warn, password=password)
        path = Path(path).expanduser().resolve()
        if path.is_dir():
            raise StorageError(f"{path} 是文件夹，不是数据库文件",
                               Hint("请在 --db 后写数据库文件的路径", "请选择数据库文件，而不是文件夹"))
        info = database.inspect_file(path)
        try:
            if not info["new"] and not database.writable(path):
                db = database.connect_read_only(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = database.connect(path)
        except (sqlite3.Error, OSError) as exc:
            raise StorageError(f"无法打开数据库 {path}（{exc}）", "请检查路径和文件夹权限") from None
        registry = cls(db, path, warn=warn)
        try:
            registry._prepare(info, auto_backup)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise StorageError(f"数据库 {path} 无法使用（{exc}）", RESTORE_HINT) from None
        except BaseException:
            db.close()
            raise
        return registry

    def _prepare(self, info: dict, auto_backup: bool) -> None:
        pending = database.pending_migrations(self.db)
        if pending and self.read_only:
            raise StorageError(f"数据库 {self.path} 需要升级到本版本的结构，但它是只读的（只读介质或没有写入权限）",
                               "请把数据库文件复制到可写的文件夹后再打开")
        if not info["new"] and pending:
            self._note(safety.before_migrating(self.db, self.path, pending[0]))
        if pending:
            database.migrate(self.db)  # under the write lock: a second process waits, then finds nothing pending
            if not info["new"]:
                database.reclaim_space(self.db)  # 0012 frees the old gram table: ~1 GB at a million
        if not self.read_only and engine_of(self.db).name == "sqlite" and search_index.unicode_changed(self.db.conn):
            with write(self.db):
                search_index.reindex(self.db.conn)
        if not auto_backup or info["new"] or self.read_only:
            return
        if safety.damage(self.path) is not None:
            self._note(safety.daily(self.db, self.path))  # says so at once; copies nothing
        else:
            database.before_first_write(self.db, lambda: self._note(safety.daily(self.db, self.path)))

    def _note(self, outcome: "safety.BackupOutcome") -> "safety.BackupOutcome":
        if outcome.warning:
            self.warnings.append(outcome.message)
            if self._warn_to is not None:
                self._warn_to(outcome.message)
        return outcome

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Registry":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def changes(self) -> Any:
        """A watcher whose `changed()` says whether another clerk has committed since it last asked
        (registry/changes.py; the window asks it every two seconds, ui/change_watch.py)."""
        from desktop_app.registry.changes import watch

        return watch(self.db)

    # ---- the seal registry (its own face, registry/seals) ---------------------------------
    @property
    def seals(self) -> Any:
        """用印登记: requests, uses, take-outs and the hash-chained ledger (desktop_app.registry.seals)."""
        from desktop_app.registry.seals import SealRegistry

        return SealRegistry(self.db, self.files, self.org_chart, self._calendar)

    # ---- org chart, series, calendar -----------------------------------------------------
    def import_org(self, org_json: dict) -> OrgChart:
        from desktop_app.registry.org_edit import check_org

        org = OrgChart.from_json(org_json)
        if not org.people:  # an import replaces the chart: an empty list would leave nobody to sign anything
            raise InputError("org.people", "组织架构中没有任何领导，导入会清空现有的组织架构",
                             "请在文件中列出县长、副县长等领导（JSON 的 people）后再导入")
        check_org(org)
        with write(self.db):
            orgstore.save_org(self.db, org)
        return org

    def org_chart(self) -> OrgChart | None:
        return orgstore.load_org(self.db)

    def _require_org(self) -> OrgChart:
        org = self.org_chart()
        if org is None:
            from desktop_app.registry.office import ORG_MISSING_HINT

            raise RefusedError("数据库中还没有组织架构，无法计算流转方案", ORG_MISSING_HINT)
        return org

    def add_series(self, code: str, kind: str = "outgoing", label: str = "") -> dict:
        _texts(code=code, label=label)
        with write(self.db):
            return orgstore.add_series(self.db, code, kind, label)

    def series(self) -> list[dict]:
        return orgstore.list_series(self.db)

    def calendar_overrides(self) -> dict[date, bool]:
        return self.holidays.overrides()

    def set_calendar_day(self, day: date | str, is_workday: bool, note: str = "") -> None:
        _texts(note=note)
        self.holidays.set_day(day, is_workday, note)

    # ---- records -----------------------------------------------------------------------
    def register(self, kind: str, request: dict) -> dict:
        """Routes the request with the engine and stores request + plan (+ sign step, + number) at once."""
        if kind not in KINDS:
            raise InputError("kind", f"取值“{kind}”无效", "可选值：outgoing、incoming")
        if not isinstance(request, dict):
            raise InputError("request", "登记请求必须是 JSON 对象", "请按 cli.md 的格式提供")
        org = self._require_org()
        if kind == "outgoing":
            columns, fields = outgoing_columns(request, date.today())
            numbers.require_outgoing_series(self.db, columns["series"])
        else:
            columns, fields = incoming_columns(request)
        signing = _signing(request)
        plan = self._route(kind, fields, org)
        sign = sign_step(plan)
        if signing and sign is None:
            raise InputError("signed_by", "该文件的流转方案中没有签发步骤，无法记录签发", "请去掉 signed_by 和 signed_on")
        if request.get("assign_number") and not signing:
            raise RefusedError("尚未签发的文件不能编号（公文须签发、复核后登记编号）",
                               Hint("请同时填写 signed_by 和 signed_on，或签发后再运行 `docroute assign-number`",
                                    "请先保存登记，在公文详情中记录签发后再点“编号”"))
        with write(self.db):
            record_id = records.insert(self.db, kind, columns, fields, plan)
            audit(self.db, "register", record_id, None, {"kind": kind, "fields": fields})
            if signing:
                records.record_signed_registration(self.db, org, record_id, *signing,
                                                   opinion=request.get("sign_opinion"))
            if request.get("assign_number"):
                records.assign_number(self.db, record_id)
        return self.get(record_id)

    def _route(self, kind: str, fields: dict, org: OrgChart) -> dict:
        try:
            from desktop_app.rules.engine import route
        except ImportError as exc:
            raise StorageError(f"流转规则引擎不可用（{exc}）", "请重新安装公文流转助手") from None
        return route(routing_request(kind, fields), org, calendar=self._calendar()).to_json()

    def _calendar(self) -> Any:
        """The working-day calendar with the office's own entries for years the package lacks."""
        return self.holidays.work_calendar()

    def record_step(self, record_id: int, order: int, by: str, on: date | str, opinion: str | None = None) -> dict:
        _texts(by=by, opinion=opinion)
        org = self._require_org()
        with write(self.db):
            records.record_step(self.db, org, int(record_id), int(order), by, on, opinion)
        return self.get(record_id)

    def record_cosign_reply(self, record_id: int, department: str, on: date | str,
                            opinion: str | None = None) -> dict:
        _texts(department=department, opinion=opinion)
        with write(self.db):
            records.cosign_reply(self.db, int(record_id), department, on, opinion)
        return self.get(record_id)

    def assign_number(self, record_id: int) -> dict:
        with write(self.db):
            records.assign_number(self.db, record_id)
        return self.get(record_id)

    def void(self, record_id: int, reason: str) -> dict:
        _texts(reason=reason)
        with write(self.db):
            records.void(self.db, record_id, reason)
        return self.get(record_id)

    def get(self, record_id: int) -> dict:
        record = records.to_json(self.db, records.load(self.db, record_id))
        return record | {"archive": self.archive.of(record["id"])}

    def audit(self, record_id: int) -> list[dict]:
        records.load(self.db, record_id)  # a clear error for an unknown id
        rows = self.db.conn.execute('SELECT id, at, "user", action, before, after FROM audit_log '
                                    "WHERE record_id = ? ORDER BY id", [int(record_id)])
        return [{"id": i, "at": at, "user": u, "action": a, "before": json.loads(b) if b else None,
                 "after": json.loads(af) if af else None} for i, at, u, a, b, af in rows]

    def add_attachment(self, record_id: int, path: str | Path) -> dict:
        """Copies the file into attachments/<id>/ beside the database (attachments.py: one read, hashed
        while copied, renamed into place) and records its name, size and SHA-256."""
        source = Path(path)
        name = attachments.checked_name(source)
        if not source.is_file():
            raise InputError("path", f"找不到附件文件 {source}", "请检查路径")
        row = records.load(self.db, record_id)
        database.require_writable(self.db)  # before the copy: read-only media has no room for it either
        if self.files is None:
            raise attachments.NO_FILES_FOLDER
        target, digest, size = attachments.store(self.files, row["id"], source, name)
        try:
            with write(self.db):
                self.db.conn.execute("INSERT INTO attachments (record_id, name, stored_path, size, sha256, added_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?)",
                                     [row["id"], name, attachments.recorded_path(self.db, target), size, digest,
                                      database.now()])
                audit(self.db, "attach", row["id"], None, {"name": name, "size": size, "sha256": digest})
        except BaseException:
            if not self._attachment_in_use(target):  # the same file attached before keeps its copy
                target.unlink(missing_ok=True)
            raise
        return {"name": name, "size": size, "sha256": digest, "path": str(target)}

    def _attachment_in_use(self, target: Path) -> bool:
        found = self.db.conn.execute("SELECT 1 FROM attachments WHERE stored_path = ?",
                                     [attachments.recorded_path(self.db, target)])
        return found.fetchone() is not None

    # ---- search and register books ------------------------------------------------------
    def search_ids(self, text: str = "", *, kind: str | None = None, year: int | None = None,
                   status: str | None = None, overdue: bool | None = None, limit: int | None = None) -> list[int]:
        """Ids of matching records, newest first (the lazy list loads rows for visible ids only)."""
        return search.search_ids(self.db, text or "", _filters(kind, year, status, overdue), limit,
                                 self._gram_counts)

    def count(self, text: str = "", *, kind: str | None = None, year: int | None = None,
              status: str | None = None, overdue: bool | None = None) -> int:
        return search.count(self.db, text or "", _filters(kind, year, status, overdue), self._gram_counts)

    def rows(self, ids: list[int]) -> list[dict]:
        return records.light_rows(self.db, list(ids))

    def search(self, text: str, kind: str | None = None, year: int | None = None, limit: int = 50) -> list[dict]:
        if limit < 1:
            raise InputError("limit", "条数至少为 1", Hint("例如 --limit 50", "请至少查找 1 条"))
        return [self.get(i) for i in self.search_ids(text, kind=kind, year=year, limit=limit)]

    def records_between(self, kind: str, start: date, end: date) -> list[dict]:
        """The register book of a period, in registration order (ascending sort key)."""
        if kind not in KINDS:
            raise InputError("kind", f"取值“{kind}”无效", "可选值：outgoing、incoming")
        low = search.sort_key(start, 0)
        high = search.sort_key(end, search.ID_MASK)
        ids = [r[0] for r in self.db.conn.execute(
            "SELECT id FROM records WHERE kind = ? AND sort_key BETWEEN ? AND ? ORDER BY sort_key", [kind, low, high])]
        return [self.get(i) for i in ids]

    # ---- the office's lists (issue 12): one face each, handed the connection --------------
    @cached_property
    def due(self) -> "DueList":
        from desktop_app.registry.due import DueList

        return DueList(self.db, self._calendar)

    @cached_property
    def follow_ups(self) -> "FollowUps":
        from desktop_app.registry.followups import FollowUps

        return FollowUps(self.db)

    @cached_property
    def reminders(self) -> "Reminders":
        from desktop_app.registry.reminders import Reminders

        return Reminders(self.db, self.due)

    @cached_property
    def query(self) -> "OfficeQuery":
        from desktop_app.registry.query import OfficeQuery

        return OfficeQuery(self.db, self._gram_counts)

    @cached_property
    def stats(self) -> "Statistics":
        from desktop_app.registry.stats import Statistics

        return Statistics(self.db, self._calendar)

    @cached_property
    def settings(self) -> "OfficeSettings":
        from desktop_app.registry.settings import OfficeSettings

        return OfficeSettings(self.db)

    @cached_property
    def archive(self) -> "Archive":
        from desktop_app.registry.archive import Archive

        return Archive(self.db, self.files, self.settings)

    # ---- safety, exchange, demo ---------------------------------------------------------
    def backup(self, dest: str | Path | None = None, *, waiting: Callable[[], None] | None = None) -> Path:
        """A verified copy now (raises StorageError when it cannot be made or the database is damaged);
        on a server, pg_dump (server_backup.py). Into the backups folder, one at a time: when another is
        being made (the window's daily backup), `waiting()` is called and this one follows it."""
        if self.engine != "sqlite":
            from desktop_app.registry import server_backup

            return server_backup.backup(self.db, dest)
        return safety.backup(self.db, self.path, dest, waiting=waiting)

    def daily_backup(self) -> "safety.BackupOutcome":
        """Today's backup unless one exists or the database is damaged; never raises (the window's thread).
        A server is backed up on the server (docs/server.md): nothing to do here."""
        if self.engine != "sqlite":
            return safety.BackupOutcome("current", message="数据库服务器由管理员在服务器上定时备份（pg_dump）")
        return self._note(safety.daily(self.db, self.path))

    def damage(self) -> dict | None:
        """{"found_at", "problem"} while a verification found the database damaged, else None."""
        return safety.damage(self.path) if self.engine == "sqlite" else None

    def last_backup(self) -> Path | None:
        """The newest backup file beside the database (a server: the newest pg_dump this PC made), or None."""
        if self.engine != "sqlite":
            from desktop_app.registry import server_backup

            found = sorted(server_backup.default_folder(self.db).glob(f"*{server_backup.SUFFIX}"),
                           key=lambda p: p.stat().st_mtime)
            return found[-1] if found else None
        return safety.newest_backup(self.path)

    def backup_space(self) -> dict:
        """For 设置: {backups, bytes, database_bytes, times_the_database, oldest, newest}."""
        if self.engine != "sqlite":
            from desktop_app.registry import server_backup

            return server_backup.space(self.db)
        return safety.backup_space(self.path)

    def restore(self, path: str | Path) -> dict:
        """Prepares, migrates and verifies a copy of the backup, then swaps it in (restore.py)."""
        from desktop_app.registry import restore

        if self.engine != "sqlite":
            raise RefusedError("不能在正在使用的服务器数据库上恢复，未作任何修改",
                               Hint("请管理员新建一个空数据库，用 `docroute --db 新数据库地址 restore 备份文件` 恢复到它（docs/server.md）",
                                    "请管理员新建一个空数据库并恢复到它，再在“设置 → 数据与备份”中改用新数据库"))
        database.require_writable(self.db)
        result = restore.restore(self.db, self.path, Path(path))
        self._gram_counts.clear()
        return result

    @staticmethod
    def restore_unreadable(path: str | Path | None, backup: str | Path) -> dict:
        """Restore for a database that cannot be opened at all (Registry.open raised
        database.UnreadableDatabase): the verified copy replaces the file, which is kept in backups/."""
        from desktop_app.paths import default_db_path
        from desktop_app.registry import restore

        return restore.restore_unreadable(Path(path or default_db_path()).expanduser().resolve(), Path(backup))

    def check(self, *, full: bool = False) -> dict:
        """Verifies the database (safety.check); `full`: SQLite's integrity_check instead of quick_check."""
        return safety.check(self.db, self.path, full=full)

    def export(self, path: str | Path) -> dict:
        from desktop_app.registry import exchange

        return exchange.export(self.db, Path(path))

    def import_file(self, path: str | Path, progress: Callable[[str, int, int], None] | None = None) -> dict:
        from desktop_app.registry import exchange

        return exchange.import_file(self.db, Path(path), progress)

    def demo(self, rows: int = 1000, progress: Callable[[int, int], None] | None = None) -> dict:
        from desktop_app.registry import demo

        return demo.fill(self, rows, progress)


def _filters(kind: str | None, year: int | None, status: str | None, overdue: bool | None) -> search.Filters:
    if kind is not None and kind not in KINDS:
        raise InputError("kind", f"取值“{kind}”无效", "可选值：outgoing、incoming")
    if year is not None and not 1949 <= int(year) <= 2999:
        raise InputError("year", f"年份 {year} 不合理", "请填写四位年份，例如 2026")
    return search.Filters(kind=kind, year=int(year) if year is not None else None, status=status, overdue=overdue)


def _texts(**values: Any) -> None:
    """The text rule of domain/values.py for the words a clerk types outside the registration forms."""
    for field, value in values.items():
        if isinstance(value, str):
            check_text(value, field)


def _signing(request: dict) -> tuple[str, str] | None:
    by, on = request.get("signed_by"), request.get("signed_on")
    if by is None and on is None:
        return None
    if not by or not isinstance(by, str):
        raise InputError("signed_by", "填写了签发日期但缺少签发人", "请填写签发人的人员 id")
    if not on:
        raise InputError("signed_on", "填写了签发人但缺少签发日期", "请按 YYYY-MM-DD 填写签发日期")
    return by, check_date(on, "signed_on")
