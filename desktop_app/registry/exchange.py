"""Excel and CSV exchange of the registers (收文登记簿, 发文登记簿) with Chinese column headers.

Export writes one sheet per register (XLSX) or one table with a 类别 column (CSV, UTF-8 with BOM so
that Excel opens it), into a temporary file that is renamed into place when complete; no text cell
can become a formula (tabular.py). Import reads either form back, validates every row first (the same
text, date and number rules as registration) row by row into a staging table, and imports nothing if
any row is bad, naming the rows; the good ones are written in one bulk transaction (import_stage.py).
Imported rows are historical register entries: they keep their numbers and status but have no
routing plan (the app does not invent one)."""
from __future__ import annotations

import csv
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterator

from desktop_app.domain.enums import Classification, DocType, Urgency
from desktop_app.domain.errors import Hint, InputError
from desktop_app.domain.values import FIRST_YEAR, LAST_YEAR, check_text, parse_date
from desktop_app.files import replaced_atomically, write_failed
from desktop_app.registry import fields_codec, import_stage, numbers, sqlparts, tabular
from desktop_app.registry.engine import Database
from desktop_app.registry.fields import KIND_LABELS, MAX_COPIES, MAX_TITLE, STATUS_LABELS, sign_step

OUTGOING_COLUMNS = ["序号", "文号", "标题", "文种", "拟稿单位", "主送", "抄送", "密级", "紧急程度", "印发份数",
                    "公开属性", "拟稿日期", "签发人", "签发日期", "状态", "备注"]
INCOMING_COLUMNS = ["序号", "收文编号", "收文日期", "来文机关", "来文字号", "标题", "文种", "密级", "紧急程度",
                    "份数", "办理时限", "状态", "备注"]
SHEETS = {"outgoing": "发文登记簿", "incoming": "收文登记簿"}
CSV_COLUMNS = ["类别"] + list(dict.fromkeys(OUTGOING_COLUMNS + INCOMING_COLUMNS))
MAX_ERRORS_SHOWN = 10


# ---- export -------------------------------------------------------------------------------
def export(db: Database, path: Path, ids: list[int] | None = None) -> dict:
    """The registers, or only the records `ids` (查询's results), in registration order."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise InputError("-o", f"不支持的文件类型“{path.suffix}”", "请用 .xlsx 或 .csv 结尾的文件名")
    path.parent.mkdir(parents=True, exist_ok=True)
    counts = {"outgoing": 0, "incoming": 0}
    with replaced_atomically(path) as temporary:
        if suffix == ".csv":
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                _export_csv(db, csv.writer(handle), counts, ids)
        else:
            _export_xlsx(db, temporary, path, counts, ids)
    return {"path": str(path), "outgoing": counts["outgoing"], "incoming": counts["incoming"]}


def _export_csv(db: Database, writer: Any, counts: dict, ids: list[int] | None = None) -> None:
    writer.writerow(CSV_COLUMNS)
    for kind in ("outgoing", "incoming"):
        for row in register_rows(db, kind, ids):
            counts[kind] += 1
            writer.writerow([tabular.csv_cell(v) for v in [KIND_LABELS[kind]] + [row.get(c, "") for c in CSV_COLUMNS[1:]]])


def _export_xlsx(db: Database, temporary: Path, path: Path, counts: dict,
                 ids: list[int] | None = None) -> None:
    from openpyxl import Workbook

    book = Workbook(write_only=True)  # streamed: a million rows never sit in memory at once
    try:
        for kind, columns in (("outgoing", OUTGOING_COLUMNS), ("incoming", INCOMING_COLUMNS)):
            sheet = book.create_sheet(SHEETS[kind])
            sheet.append(tabular.xlsx_row(sheet, columns))
            for row in register_rows(db, kind, ids):
                counts[kind] += 1
                sheet.append(tabular.xlsx_row(sheet, [row.get(c, "") for c in columns]))
        tabular.save_xlsx(book, temporary)
    except OSError:
        tabular.close_quietly(book)
        raise
    except Exception as exc:  # lxml reports a full disk as SerialisationError, not OSError
        tabular.close_quietly(book)
        raise write_failed(path, exc) from None


def register_rows(db: Database, kind: str, ids: list[int] | None = None) -> Iterator[dict]:
    """The register book's rows with Chinese headers, in registration order."""
    cursor = db.conn.execute(
        "SELECT r.id, r.number, r.receipt_number, r.title, r.doc_type, r.date, r.due, r.sender, r.fields, "
        "r.classification, r.urgency, r.copies, r.publicity, r.status, r.void_reason, "
        "r.series, r.direction, r.lead_department, r.sender_number, r.recipients, "
        "(SELECT json FROM plans WHERE id = r.plan_id), "
        f"(SELECT {sqlparts.json_rows(db, 'step_order, by_name, on_date')} FROM step_actions s "
        " WHERE s.record_id = r.id) FROM records r WHERE r.kind = ?"
        + ("" if ids is None else f" AND {sqlparts.one_of(db, 'r.id')}") + " ORDER BY r.sort_key",
        [kind] if ids is None else [kind, sqlparts.packed(db, ids)])
    for (rid, number, receipt, title, doc_type, day, due, sender, fields_text, classification, urgency, copies,
         publicity, status, void_reason, series, direction, lead, sender_number, recipients, plan_text, done) in cursor:
        fields = fields_codec.decode(kind, fields_text, {
            "title": title, "doc_type": doc_type, "date": day, "due": due, "sender": sender,
            "classification": classification, "urgency": urgency, "copies": copies, "publicity": publicity,
            "series": series, "direction": direction, "lead_department": lead, "sender_number": sender_number,
            "recipients": recipients})
        common = {"序号": rid, "标题": title, "文种": doc_type or "", "密级": _label(classification),
                  "紧急程度": _label(urgency), "状态": STATUS_LABELS[status], "备注": void_reason or ""}
        if kind == "outgoing":
            signer, signed_on = _signature(plan_text, done)
            yield {**common, "文号": number or "", "拟稿单位": fields.get("lead_department") or "",
                   "主送": "、".join(fields.get("main_recipients") or []), "抄送": "、".join(fields.get("cc") or []),
                   "印发份数": copies if copies is not None else "", "公开属性": publicity or "",
                   "拟稿日期": day, "签发人": signer, "签发日期": signed_on}
        else:
            yield {**common, "收文编号": receipt or "", "收文日期": day, "来文机关": sender or "",
                   "来文字号": fields.get("sender_number") or "", "份数": copies if copies is not None else "",
                   "办理时限": due or ""}


def _label(value: str) -> str:
    return "" if value in (None, "none") else value


def _signature(plan_text: str | None, done: str | None) -> tuple[str, str]:
    sign = sign_step(json.loads(plan_text)) if plan_text else None
    for order, name, on in json.loads(done or "[]"):
        if sign is None or order == sign["order"]:
            return name, on
    return "", ""


# ---- import -------------------------------------------------------------------------------
def import_file(db: Database, path: Path, progress: import_stage.Progress | None = None) -> dict:
    """Reads the file row by row, validating each into a staging table, then imports all of them in
    one transaction, or none: any bad row (up to ten are named) leaves the database as it was.
    `progress(phase, done, total)` ("read" then "write"; total 0 while unknown) may raise to cancel."""
    errors: list[str] = []
    seen = _Seen()
    staging = import_stage.Staging(db)
    try:
        total, rows = _read(path)
        count = 0
        for count, (where, kind, row) in enumerate(rows, start=1):
            try:
                kind, item = _parse_row(db, kind, row, seen)
                if not errors:  # once a row is bad nothing will be imported: only look for more errors
                    staging.add(where, kind, item)
            except InputError as exc:
                errors.append(f"{where}：{exc.message}")
            if progress and count % import_stage.CHUNK == 0:
                progress("read", count, total)
        if progress:
            progress("read", count, total or count)
        _refuse(path, errors, staging.count)
        return import_stage.store(db, staging, str(path), progress)
    finally:
        staging.close()


def _refuse(path: Path, errors: list[str], staged: int) -> None:
    if errors:
        shown = "；".join(errors[:MAX_ERRORS_SHOWN])
        more = f"；另有 {len(errors) - MAX_ERRORS_SHOWN} 行有误" if len(errors) > MAX_ERRORS_SHOWN else ""
        raise InputError("import", f"{len(errors)} 行有误，未导入任何记录：{shown}{more}", "请改正这些行后重新导入")
    if not staged:
        raise InputError("file", f"{path.name} 中没有可导入的记录（只有表头）", "请从第二行起每行填写一份公文")


def _read(path: Path) -> tuple[int, Iterator[tuple[str, str, dict]]]:
    """(rows expected, 0 when unknown; the rows as (where, kind, {header: value})), streamed."""
    if not path.is_file():
        raise InputError("file", f"找不到文件 {path}", "请检查路径")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return 0, _csv_rows(path)
    if suffix == ".xlsx":
        kinds = {name: kind for kind, name in SHEETS.items()}
        reader = tabular.XlsxReader(path, kinds, ("标题",))
        return reader.total, ((f"{sheet}第 {line} 行", kinds[sheet], row) for sheet, line, row in reader)
    raise InputError("file", f"不支持的文件类型“{path.suffix}”", "请导入 .xlsx 或 .csv 文件")


def _csv_rows(path: Path) -> Iterator[tuple[str, str, dict]]:
    for line, row in tabular.read_csv(path, ("类别", "标题")):
        kind = {"发文": "outgoing", "收文": "incoming"}.get((row.get("类别") or "").strip(), "")
        yield f"第 {line} 行", kind, row


def _text(row: dict, column: str) -> str:
    """A cell as text: dates as YYYY-MM-DD, 40.0 as 40; the text rule of registration applies."""
    value = row.get(column)
    if value is None:
        return ""
    if isinstance(value, (datetime, date)):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").strip()
    return check_text(text, column)


def _parse_row(db: Database, kind: str, row: dict, seen: _Seen) -> tuple[str, dict]:
    if kind not in ("outgoing", "incoming"):
        raise InputError("类别", "类别应为“发文”或“收文”")
    title = _text(row, "标题")
    if not title:
        raise InputError("标题", "标题为空")
    if len(title) > MAX_TITLE:
        raise InputError("标题", f"标题过长（{len(title)} 字），不能超过 {MAX_TITLE} 字")
    item: dict[str, Any] = {"title": title, "doc_type": _doc_type(_text(row, "文种")),
                            "classification": _enum(Classification, _text(row, "密级"), "密级"),
                            "urgency": _enum(Urgency, _text(row, "紧急程度"), "紧急程度"),
                            "status": _status(kind, _text(row, "状态")), "note": _text(row, "备注")}
    if kind == "outgoing":
        item.update(_outgoing_row(db, row, item, seen))
    else:
        item.update(_incoming_row(db, row, seen))
    return kind, item


def _outgoing_row(db: Database, row: dict, item: dict, seen: _Seen) -> dict:
    number = _text(row, "文号")
    out: dict[str, Any] = {"date": _date(_text(row, "拟稿日期"), "拟稿日期"), "copies": _int(row, "印发份数"),
                           "lead_department": _text(row, "拟稿单位") or None,
                           "publicity": _text(row, "公开属性") or None,
                           "main_recipients": _list(_text(row, "主送")), "cc": _list(_text(row, "抄送")),
                           "number": None}
    if out["publicity"] not in (None, "主动公开", "依申请公开", "不予公开"):
        raise InputError("公开属性", f"“{out['publicity']}”无效，应为 主动公开、依申请公开 或 不予公开")
    if number:
        parsed = numbers.parse_number(number)
        if parsed is None:
            raise InputError("文号", f"“{number}”不是规范的文号，应如 托政发〔2026〕12号")
        if seen.series_kind(db, parsed[0]) != "outgoing":
            raise InputError("文号", f"机关代字“{parsed[0]}”未登记",
                             Hint(f"请先用 `docroute series add {parsed[0]}` 登记",
                                  f"请先在“设置 → 发文字号”中点“新增机关代字”登记 {parsed[0]}"))
        _unique(db, seen, parsed, number)
        out["number"] = parsed
    elif item["status"] in ("numbered",):
        raise InputError("状态", "状态为“已编号”但文号为空")
    return out


def _incoming_row(db: Database, row: dict, seen: _Seen) -> dict:
    sender = _text(row, "来文机关")
    if not sender:
        raise InputError("来文机关", "来文机关为空")
    receipt = _text(row, "收文编号")
    parsed = None
    if receipt:
        parsed = numbers.parse_number(receipt)
        if parsed is None or parsed[0] != numbers.RECEIPT_SERIES:
            raise InputError("收文编号", f"“{receipt}”不是规范的收文编号，应如 收文〔2026〕45号")
        _unique(db, seen, parsed, receipt)
    original = _text(row, "来文字号")
    due = _text(row, "办理时限")
    return {"date": _date(_text(row, "收文日期"), "收文日期"), "sender": sender, "receipt": parsed,
            "sender_number_original": original or None,
            "sender_number": numbers.normalise_number(original) if original else None,
            "copies": _int(row, "份数"), "due": _date(due, "办理时限") if due else None}


class _Seen(set):
    """The numbers read so far in the file, the kinds of the series they named (one query per series,
    not per row), and the series and years in which the database has numbers at all."""

    def __init__(self) -> None:
        super().__init__()
        self.kinds: dict[str, str | None] = {}
        self.given: dict[tuple[str, int], bool] = {}

    def database_has(self, db: Database, parsed: tuple) -> bool:
        """Whether the database gave this number. A year in which it gave none (an old register moved in)
        is asked once, not once per row; the write checks every number again under its lock."""
        year = (parsed[0], parsed[1])
        if year not in self.given:
            self.given[year] = db.conn.execute("SELECT 1 FROM numbers WHERE series = ? AND year = ? LIMIT 1",
                                               year).fetchone() is not None
        return self.given[year] and db.conn.execute(
            "SELECT 1 FROM numbers WHERE series = ? AND year = ? AND serial = ?", parsed).fetchone() is not None

    def series_kind(self, db: Database, code: str) -> str | None:
        if code not in self.kinds:
            self.kinds[code] = numbers.series_kind(db, code)
        return self.kinds[code]


def _unique(db: Database, seen: _Seen, parsed: tuple, text: str) -> None:
    if not FIRST_YEAR <= parsed[1] <= LAST_YEAR:
        raise InputError("文号", f"“{text}”的年份不在 {FIRST_YEAR}—{LAST_YEAR} 年之间")
    if parsed in seen:
        raise InputError("文号", f"“{text}”在文件中出现了不止一次")
    if seen.database_has(db, parsed):
        raise InputError("文号", f"“{text}”在数据库中已经使用过")
    seen.add(parsed)


def _date(text: str, column: str) -> str:
    """YYYY-MM-DD only, as in registration: 20261201, 2026-W48-2, '2019-05-01 garbage' are refused."""
    return parse_date(text, column).isoformat()


def _int(row: dict, column: str) -> int | None:
    """A count (印发份数, 份数): a whole number 0..MAX_COPIES; 1e30, inf and 40.5 are refused."""
    value = row.get(column)
    if value is None or value == "":
        return None
    allowed = f"请填写 0 到 {MAX_COPIES:,} 之间的整数"
    if isinstance(value, float) and value.is_integer():  # Excel stores every number as a float
        value = int(value)
    if isinstance(value, str) and _DIGITS.fullmatch(value.strip()):
        digits = value.strip()
        value = int(digits) if len(digits) <= 12 else MAX_COPIES + 1  # never parse 5,000 digits
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(column, f"“{_text(row, column)[:20]}”不是整数", allowed)
    if not 0 <= value <= MAX_COPIES:
        raise InputError(column, "数值超出范围", allowed)
    return value


_DIGITS = re.compile(r"\d+")


def _doc_type(text: str) -> str | None:
    if not text:
        return None
    text = {"令": "命令", "命令（令）": "命令"}.get(text, text)
    if text not in DocType.values():
        raise InputError("文种", f"“{text}”不是 15 种公文之一")
    return text


def _enum(enum_type: Any, text: str, column: str) -> str:
    if text in ("", "无", "none"):
        return "none"
    if text not in enum_type.values():
        raise InputError(column, f"“{text}”无效，可选：无、{'、'.join(v for v in enum_type.values() if v != 'none')}")
    return text


def _status(kind: str, text: str) -> str:
    allowed = {"outgoing": ("registered", "signed", "numbered", "voided"),
               "incoming": ("registered", "in_progress", "done")}[kind]
    if not text:
        return allowed[0]
    status = next((s for s, label in STATUS_LABELS.items() if label == text), None)
    if status not in allowed:
        labels = "、".join(STATUS_LABELS[s] for s in allowed)
        raise InputError("状态", f"“{text}”无效，{KIND_LABELS[kind]}可选：{labels}")
    return status


def _list(text: str) -> list[str]:
    return [part.strip() for part in text.replace("，", "、").replace(",", "、").split("、") if part.strip()]
