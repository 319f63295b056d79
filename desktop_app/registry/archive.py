"""归档 (第六十七条, DA/T 22-2015 《归档文件整理规则》): filing a finished record with its 保管期限 and 档号,
its whole file kept together, and the rows of the 归档文件目录.

- 办结 (ready to file): an outgoing record is 办结 once numbered (signed, numbered, so issued); an
  incoming one once its status is done. Voided drafts, records under an open 督办 and records whose
  attachments no longer match their recorded SHA-256 are refused, each with what to do.
- 档号 = 全宗号-门类代码·年度-保管期限代码-机构代码-件号, e.g. `Z001-WS·2026-Y-BGS-0001`: 门类 WS (文书),
  保管期限 永久 Y / 30年 D30 / 10年 D10, 件号 four digits, 1, 2, 3 … per year and retention, taken under
  the write lock like a 文号 and never given twice (archive_items, 0010). 全宗号 and 机构代码 are office
  settings (registry/settings.py). 年度 is the year of the 文号 for outgoing, of receipt for incoming.
- The whole file (卷宗) is a package folder beside the database, `archive/<年度>/<档号>/`: record.json (the
  record with its plan, steps, 会签 replies, 督办, 催办 and audit trail), slip.pdf (the routing slip with
  the 归档章, drawn by the caller's slip renderer), attachments/ (copies, checked against their
  recorded hashes) and manifest.json (every file's size and SHA-256). The manifest's own SHA-256 is
  stored with the 档号, so `verify` can tell a package that was changed afterwards."""
from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any, Callable

from desktop_app.domain.errors import Hint, InputError, RefusedError, StorageError
from desktop_app.domain.values import parse_date
from desktop_app.registry import records
from desktop_app.registry.database import audit, now, user_of, write
from desktop_app.registry.engine import Database
from desktop_app.registry.followups import text
from desktop_app.registry.settings import OfficeSettings

BASIS = "第六十七条"
RETENTIONS = {"永久": "Y", "30年": "D30", "10年": "D10"}
CATEGORY = "WS"  # 文书 (DA/T 22-2015 门类代码)
MAX_PAGES = 100_000

SlipRenderer = Callable[[dict], bytes]


def archive_code(fonds: str, year: int, retention: str, org_code: str, item: int) -> str:
    return f"{fonds}-{CATEGORY}·{year}-{RETENTIONS[retention]}-{org_code}-{item:04d}"


class Archive:
    """The face of 归档 (`registry.archive`)."""

    def __init__(self, db: Database, folder: Path | None, settings: OfficeSettings) -> None:
        """`folder`: the data folder that holds archive/ (beside the file; a server's shared folder)."""
        self.db = db
        self.root = folder / "archive" if folder is not None else None
        self.settings = settings

    # ---- archiving ----------------------------------------------------------------------------
    def archive(self, record_id: int, retention: str, pages: int | None = None, note: str = "",
                on: date | str | None = None, slip: SlipRenderer | None = None) -> dict:
        """Files the record; returns the record JSON with its "archive". `slip` draws the routing slip
        (PDF bytes) of the record JSON it is given, 归档章 included."""
        if retention not in RETENTIONS:
            raise InputError("retention", f"保管期限“{retention}”无效", "可选值：永久、30年、10年（DA/T 22-2015）")
        pages = _pages(pages)
        note = text(note, "note", required=False, limit=200)
        day = date.today() if on is None else parse_date(on, "on")
        row = records.load(self.db, record_id)
        self._check_ready(row)
        staging = Path(tempfile.mkdtemp(prefix=".archive-", dir=self._year_dir(_year(row))))
        moved: list[Path] = []
        try:
            files = self._copy_attachments(row, staging)
            with write(self.db):
                return self._file(row, retention, pages, note, day, slip, staging, files, moved)
        except BaseException:
            for folder in moved:  # renamed into place, but the transaction did not commit
                shutil.rmtree(folder, ignore_errors=True)
            raise
        finally:
            shutil.rmtree(staging, ignore_errors=True)

    def _file(self, row: dict, retention: str, pages: int | None, note: str, day: date,
              slip: SlipRenderer | None, staging: Path, files: list[dict], moved: list[Path]) -> dict:
        self._check_ready(records.load(self.db, row["id"]))  # again, under the write lock
        year = _year(row)
        item = self.db.conn.execute("SELECT coalesce(max(item), 0) + 1 FROM archive_items WHERE year = ? AND "
                                    "retention = ?", [year, retention]).fetchone()[0]
        fonds, org_code = self.settings.get("archive.fonds"), self.settings.get("archive.org_code")
        code = archive_code(fonds, year, retention, org_code, item)
        target = self._year_dir(year) / code
        package = target.relative_to(self.root.parent).as_posix()  # the database folder may move
        if target.exists():
            raise StorageError(f"归档文件夹 {target} 已存在，未覆盖", Hint("请检查 archive 文件夹是否被手工改动，或运行 `docroute check`",
                                      "请检查数据库旁的 archive 文件夹是否被手工改动，或在“设置 → 数据与备份”中点“检查数据库”"))
        stamp = {"code": code, "retention": retention, "item": item, "year": year, "fonds": fonds,
                 "category": CATEGORY, "org_code": org_code, "pages": pages, "note": note,
                 "archived_on": day.isoformat(), "package": package, "basis": BASIS}
        record = records.to_json(self.db, records.load(self.db, row["id"])) | {"archive": stamp}
        files += self._write_package(staging, record, slip)
        manifest = {"code": code, "record_id": row["id"], "archived_on": day.isoformat(), "retention": retention,
                    "files": sorted(files, key=lambda f: f["name"])}
        manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
        (staging / "manifest.json").write_bytes(manifest_bytes)
        self.db.conn.execute(
            "INSERT INTO archive_items (record_id, year, retention, item, code, fonds, category, org_code, pages, note, "
            "package, manifest_sha256, archived_on, archived_by, created_at) VALUES "
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [row["id"], year, retention, item, code, fonds, CATEGORY, org_code, pages, note, package,
             hashlib.sha256(manifest_bytes).hexdigest(), day.isoformat(), user_of(self.db), now()])
        audit(self.db, "archive", row["id"], None, {k: stamp[k] for k in ("code", "retention", "item", "year", "pages")})
        staging.rename(target)  # last: a failure before this leaves no folder and no row
        moved.append(target)
        return record

    def _check_ready(self, row: dict) -> None:
        """办结, not yet archived, no open 督办."""
        found = self.db.conn.execute("SELECT code FROM archive_items WHERE record_id = ?", [row["id"]]).fetchone()
        if found:
            raise RefusedError(f"记录 {row['id']} 已归档，档号 {found[0]}", "档号一经给出不再改变，无需再次归档")
        if row["status"] == "voided":
            raise RefusedError(f"记录 {row['id']} 已作废，作废的发文稿不归档", "请归档重新登记并印发的那份公文")
        if row["kind"] == "outgoing" and row["status"] != "numbered":
            raise RefusedError(f"记录 {row['id']} 尚未办结，不能归档：发文须签发并编号（印发）后才算办结",
                               Hint(f"请先记录签发并运行 `docroute assign-number {row['id']}`（第六十七条）",
                                    "请先在公文详情中记录签发，再点“编号”（第六十七条）"))
        if row["kind"] == "incoming" and row["status"] != "done":
            raise RefusedError(f"记录 {row['id']} 尚未办结，不能归档：收文须承办完毕（状态为已办结）",
                               "请先记录承办步骤，办结后再归档（第六十七条）")
        open_items = self.db.conn.execute("SELECT count(*) FROM follow_ups WHERE record_id = ? AND closed_on IS NULL",
                                          [row["id"]]).fetchone()[0]
        if open_items:
            raise RefusedError(f"记录 {row['id']} 还有 {open_items} 项督办未办结，不能归档",
                               Hint("请先用 `docroute follow-up close` 办结督办事项（第五十六条）", "请先办结该公文的督办事项（第五十六条）"))

    def _copy_attachments(self, row: dict, staging: Path) -> list[dict]:
        """Copies each attachment into the package, refusing one that is missing or changed."""
        (staging / "attachments").mkdir()
        copied = []
        for number, attachment in enumerate(records.attachments(self.db, row["id"]), 1):
            source = Path(attachment["path"])
            name = f"attachments/{number:02d}-{Path(attachment['name']).name}"
            if not source.is_file():
                raise RefusedError(f"附件“{attachment['name']}”的受管副本缺失，卷宗不完整，不能归档",
                                   "请从原件重新添加附件后再归档")
            shutil.copyfile(source, staging / name)
            digest, size = _sha256(staging / name)
            if digest != attachment["sha256"] or size != attachment["size"]:
                raise RefusedError(f"附件“{attachment['name']}”与登记时不一致（SHA-256 不符），不能归档",
                                   Hint("请运行 `docroute check` 查看，并从原件重新添加附件",
                                        "请在“设置 → 数据与备份”中点“检查数据库”查看，并从原件重新添加附件"))
            copied.append({"name": name, "size": size, "sha256": digest, "original": attachment["name"]})
        return copied

    def _write_package(self, staging: Path, record: dict, slip: SlipRenderer | None) -> list[dict]:
        rid = record["id"]
        whole = {"record": record, "audit": self._audit(rid),
                 "follow_ups": _rows(self.db, "SELECT * FROM follow_ups WHERE record_id = ? ORDER BY id", rid),
                 "reminders": _rows(self.db, "SELECT * FROM reminders WHERE record_id = ? ORDER BY id", rid)}
        written = {"record.json": json.dumps(whole, ensure_ascii=False, indent=2).encode("utf-8")}
        if slip is not None:
            written["slip.pdf"] = slip(record)
        for name, content in written.items():
            (staging / name).write_bytes(content)
        return [{"name": n, "size": len(c), "sha256": hashlib.sha256(c).hexdigest()} for n, c in written.items()]

    def _audit(self, record_id: int) -> list[dict]:
        return [{"id": i, "at": at, "user": u, "action": a, "before": json.loads(b) if b else None,
                 "after": json.loads(af) if af else None} for i, at, u, a, b, af in self.db.conn.execute(
                     'SELECT id, at, "user", action, before, after FROM audit_log WHERE record_id = ? ORDER BY id',
                     [record_id])]

    def _root(self) -> Path:
        if self.root is None:
            from desktop_app.registry.attachments import NO_FILES_FOLDER

            raise NO_FILES_FOLDER
        return self.root

    def _year_dir(self, year: int) -> Path:
        folder = self._root() / str(year)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"无法创建归档文件夹 {folder}（{exc.strerror}）", "请检查数据库所在文件夹的写入权限") from None
        return folder

    # ---- reading --------------------------------------------------------------------------
    def of(self, record_id: int) -> dict | None:
        """The record's "archive" (档号, retention, 件号, year …), or None before it is archived."""
        row = self.db.conn.execute(
            "SELECT code, retention, item, year, fonds, category, org_code, pages, note, archived_on, package "
            "FROM archive_items WHERE record_id = ?", [int(record_id)]).fetchone()
        if row is None:
            return None
        keys = ("code", "retention", "item", "year", "fonds", "category", "org_code", "pages", "note",
                "archived_on", "package")
        return dict(zip(keys, row)) | {"basis": BASIS}

    def years(self) -> list[int]:
        """The years that have archived records, newest first (the catalogue screen offers them)."""
        return [year for (year,) in self.db.conn.execute("SELECT DISTINCT year FROM archive_items ORDER BY year DESC")]

    def catalogue(self, year: int) -> list[dict]:
        """The 归档文件目录 of a year: 永久, then 30年, then 10年, each by 件号."""
        year = _catalogue_year(year)
        cursor = self.db.conn.execute(
            "SELECT a.record_id, a.code, a.retention, a.item, a.pages, a.note, r.kind, r.number, r.receipt_number, "
            "r.sender_number, r.title, r.date, r.sender, r.classification, json_extract(r.fields, '$.authority'), "
            "json_extract(r.fields, '$.written_on'), json_extract(r.fields, '$.secrecy_term'), "
            "(SELECT s.on_date FROM step_actions s WHERE s.record_id = r.id AND s.action = 'sign') "
            "FROM archive_items a JOIN records r ON r.id = a.record_id WHERE a.year = ? "
            "ORDER BY CASE a.retention WHEN '永久' THEN 0 WHEN '30年' THEN 1 ELSE 2 END, a.item", [year])
        keys = ("record_id", "code", "retention", "item", "pages", "note", "kind", "number", "receipt_number",
                "sender_number", "title", "date", "sender", "classification", "authority", "written_on", "secrecy_term",
                "signed_on")
        rows = []
        for values in cursor:
            row = dict(zip(keys, values))
            made = row["signed_on"] if row["kind"] == "outgoing" else row["written_on"]
            row["document_date"] = str(made or row["date"])[:10]
            rows.append(row)
        return rows

    def verify(self, record_id: int) -> dict:
        """Checks the package against its manifest and the manifest against the stored hash."""
        found = self.db.conn.execute("SELECT package, manifest_sha256 FROM archive_items WHERE record_id = ?",
                                     [int(record_id)]).fetchone()
        if found is None:
            raise InputError("id", f"记录 {record_id} 尚未归档", Hint("请先运行 `docroute archive`", "请先将该公文归档"))
        folder, expected = self._root().parent / found[0], found[1]
        problems = []
        manifest_path = folder / "manifest.json"
        if not manifest_path.is_file() or _sha256(manifest_path)[0] != expected:
            return {"ok": False, "problems": [{"name": "manifest.json", "problem": "清单缺失或被改动"}]}
        for entry in json.loads(manifest_path.read_text(encoding="utf-8"))["files"]:
            path = folder / entry["name"]
            if not path.is_file():
                problems.append({"name": entry["name"], "problem": "文件缺失"})
            elif _sha256(path) != (entry["sha256"], entry["size"]):
                problems.append({"name": entry["name"], "problem": "文件内容与归档时不一致"})
        return {"ok": not problems, "problems": problems, "package": str(folder)}


def _year(row: dict) -> int:
    if row["kind"] == "outgoing" and row.get("year"):
        return int(row["year"])
    return int(str(row["date"])[:4])


def _catalogue_year(value: Any) -> int:
    try:
        year = int(value)
    except (TypeError, ValueError):
        raise InputError("year", f"年份“{value}”不是整数", "请填写四位年份，例如 2026") from None
    if not 1949 <= year <= 2999:
        raise InputError("year", f"年份 {year} 不合理", "请填写四位年份，例如 2026")
    return year


def _pages(pages: Any) -> int | None:
    if pages is None:
        return None
    if isinstance(pages, bool) or not isinstance(pages, int) or not 1 <= pages <= MAX_PAGES:
        raise InputError("pages", f"页数“{pages}”无效", f"请填写 1 到 {MAX_PAGES} 之间的整数")
    return pages


def _rows(db: Database, sql: str, *params: Any) -> list[dict]:
    cursor = db.conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, values)) for values in cursor]


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size
