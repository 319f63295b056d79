"""The 发文字号 series as the office keeps them: which authority issues under each 机关代字 and for what,
the next number of each year, and the numbers voided. `Numbering` is what 设置 → 发文字号 and
`docroute series …` use; `Registry` hands it the connection as `registry.numbering`.

Setting the next number is for an office that starts using the app in the middle of a year (numbers
1–37 were given on paper: the next is 38). It is refused at or below any number already given in that
series and year, voided ones included: a number is never given twice (GB/T 9704-2012, numbers.py)."""
from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.enums import Authority
from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.registry.database import audit, write
from desktop_app.registry.engine import Database
from desktop_app.registry.holidays import check_year
from desktop_app.registry.numbers import RECEIPT_SERIES, check_series_code, format_number

USAGES = {"documents": "公文", "letters": "函", "normative": "规范性文件", "receipt": "收文编号"}
MAX_SERIAL = 99999


def suggested_series(county: str) -> list[dict]:
    """The usual series of a county named `county`: 托克逊县 → 托政发, 托政办发, 托政函, 托政办函, 托政规."""
    first = (county or "").strip()[:1] or "本"
    return [
        {"code": f"{first}政发", "authority": "county_government", "usage": "documents", "label": "县人民政府发文"},
        {"code": f"{first}政办发", "authority": "county_office", "usage": "documents", "label": "县人民政府办公室发文"},
        {"code": f"{first}政函", "authority": "county_government", "usage": "letters", "label": "县人民政府函"},
        {"code": f"{first}政办函", "authority": "county_office", "usage": "letters", "label": "县人民政府办公室函"},
        {"code": f"{first}政规", "authority": "county_government", "usage": "normative", "label": "县人民政府规范性文件"},
    ]


class Numbering:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ---------------------------------------------------------------------------------
    def series(self, year: Any = None) -> list[dict]:
        """Every outgoing series with its authority, usage and, for the year (this year by default), the
        next number, the highest given and how many were given and voided."""
        year = check_year(year) if year is not None else date.today().year
        rows = self.db.conn.execute("SELECT code, label, authority, usage FROM series WHERE kind = 'outgoing' "
                                    "ORDER BY rowid").fetchall()
        return [self._describe(code, label, authority, usage, year) for code, label, authority, usage in rows]

    def _describe(self, code: str, label: str, authority: str | None, usage: str, year: int) -> dict:
        given, voided, highest = self.db.conn.execute(
            "SELECT count(*), coalesce(sum(CASE WHEN status = 'voided' THEN 1 ELSE 0 END), 0), coalesce(max(serial), 0) FROM numbers "
            "WHERE series = ? AND year = ?", [code, year]).fetchone()
        return {"code": code, "label": label, "authority": authority,
                "authority_label": Authority(authority).label if authority else "",
                "usage": usage, "usage_label": USAGES.get(usage, usage), "year": year,
                "next": self.next_number(code, year), "highest": highest, "given": given, "voided": voided,
                "used": self._used(code)}

    def next_number(self, code: str, year: Any) -> int:
        """The serial the next document numbered in that series and year will get."""
        year = check_year(year)
        counter = self.db.conn.execute("SELECT next_serial FROM series_counters WHERE series = ? AND year = ?",
                                       [code, year]).fetchone()
        highest = self.db.conn.execute("SELECT coalesce(max(serial), 0) FROM numbers WHERE series = ? AND year = ?",
                                       [code, year]).fetchone()[0]
        return max(counter[0] if counter else 1, highest + 1)

    def voided(self, year: Any = None) -> list[dict]:
        """Numbers given and then voided (they stay recorded, never given again), newest year first."""
        sql = ("SELECT n.series, n.year, n.serial, n.text, n.record_id, r.title, r.void_reason FROM numbers n "
               "JOIN records r ON r.id = n.record_id WHERE n.status = 'voided' AND n.series != ?")
        params: list[Any] = [RECEIPT_SERIES]
        if year is not None:
            sql += " AND n.year = ?"
            params.append(check_year(year))
        rows = self.db.conn.execute(sql + " ORDER BY n.year DESC, n.series, n.serial", params)
        return [{"series": s, "year": y, "serial": n, "number": text, "record_id": rid, "title": title,
                 "reason": reason or ""} for s, y, n, text, rid, title, reason in rows]

    def _used(self, code: str) -> bool:
        return bool(self.db.conn.execute(
            # records(series, year, serial) is indexed by its UNIQUE constraint: no scan at a million records
            "SELECT EXISTS (SELECT 1 FROM numbers WHERE series = ?) OR EXISTS (SELECT 1 FROM records WHERE "
            "series = ?)", [code, code]).fetchone()[0])

    # ---- writing ---------------------------------------------------------------------------------
    def add(self, code: str, authority: str = "county_government", usage: str = "documents",
            label: str = "") -> dict:
        code = check_series_code(code)
        authority, usage = _authority(authority), _usage(usage)
        with write(self.db):
            if self.db.conn.execute("SELECT 1 FROM series WHERE code = ?", [code]).fetchone():
                raise InputError("series", f"机关代字“{code}”已经存在", "无需重复登记")
            self.db.conn.execute("INSERT INTO series (code, kind, label, authority, usage) VALUES (?, 'outgoing', ?, "
                                 "?, ?)", [code, (label or "").strip(), authority, usage])
            audit(self.db, "series", None, None, {"code": code, "authority": authority, "usage": usage,
                                                  "label": (label or "").strip()})
        return self._describe(code, (label or "").strip(), authority, usage, date.today().year)

    def update(self, code: str, *, authority: str | None = None, usage: str | None = None,
               label: str | None = None) -> dict:
        with write(self.db):
            row = self._row(code)
            after = {"authority": _authority(authority) if authority is not None else row["authority"],
                     "usage": _usage(usage) if usage is not None else row["usage"],
                     "label": label.strip() if label is not None else row["label"]}
            self.db.conn.execute("UPDATE series SET authority = ?, usage = ?, label = ? WHERE code = ?",
                                 [after["authority"], after["usage"], after["label"], code])
            audit(self.db, "series", None, {"code": code, **{k: row[k] for k in after}}, {"code": code, **after})
        return self._describe(code, after["label"], after["authority"], after["usage"], date.today().year)

    def remove(self, code: str) -> dict:
        """Takes an unused series off the list (a mistyped 机关代字); a used one stays for ever."""
        with write(self.db):
            row = self._row(code)
            if self._used(code):
                raise RefusedError(f"机关代字“{code}”已有公文使用，不能删除", "不再使用的机关代字保留在名单中即可")
            self.db.conn.execute("DELETE FROM series_counters WHERE series = ?", [code])
            self.db.conn.execute("DELETE FROM series WHERE code = ?", [code])
            audit(self.db, "series", None, {"code": code, **row}, {"removed": code})
        return {"removed": code}

    def set_next(self, code: str, year: Any, next_serial: Any) -> dict:
        """The next number of the series in that year; refused at or below a number already given."""
        year = check_year(year)
        serial = _serial(next_serial)
        with write(self.db):
            self._row(code)
            highest = self.db.conn.execute(
                "SELECT serial, status FROM numbers WHERE series = ? AND year = ? ORDER BY serial DESC LIMIT 1",
                [code, year]).fetchone()
            if highest and serial <= highest[0]:
                state = "（已作废）" if highest[1] == "voided" else ""
                raise RefusedError(f"{format_number(code, year, highest[0])}{state}已经编出，下一个序号不能设为 {serial}",
                                   f"文号不得重复：请设为 {highest[0] + 1} 或更大")
            before = self.next_number(code, year)
            self.db.conn.execute("INSERT INTO series_counters (series, year, next_serial) VALUES (?, ?, ?) "
                                 "ON CONFLICT (series, year) DO UPDATE SET next_serial = excluded.next_serial",
                                 [code, year, serial])
            audit(self.db, "series", None, {"code": code, "year": year, "next": before},
                  {"code": code, "year": year, "next": serial})
        return self.series(year)[[s["code"] for s in self.series(year)].index(code)]

    def replace_unused(self, wanted: list[dict]) -> None:
        """The series of a new office (first-run setup), inside the caller's write(): unused series not
        wanted are removed, the wanted ones added or updated."""
        codes = [check_series_code(s["code"]) for s in wanted]
        if not codes:
            raise InputError("series", "至少需要一个发文机关代字", "例如 托政发")
        duplicates = sorted({c for c in codes if codes.count(c) > 1})
        if duplicates:
            raise InputError("series", f"机关代字重复：{'、'.join(duplicates)}", "每个机关代字只写一次")
        for (code,) in self.db.conn.execute("SELECT code FROM series WHERE kind = 'outgoing'").fetchall():
            if code not in codes and not self._used(code):
                self.db.conn.execute("DELETE FROM series_counters WHERE series = ?", [code])
                self.db.conn.execute("DELETE FROM series WHERE code = ?", [code])
        for code, item in zip(codes, wanted):
            values = [(item.get("label") or "").strip(), _authority(item.get("authority") or "county_government"),
                      _usage(item.get("usage") or "documents"), code]
            if self.db.conn.execute("SELECT 1 FROM series WHERE code = ?", [code]).fetchone():
                self.db.conn.execute("UPDATE series SET label = ?, authority = ?, usage = ? WHERE code = ?", values)
            else:
                self.db.conn.execute("INSERT INTO series (label, authority, usage, code, kind) VALUES (?, ?, ?, ?, "
                                     "'outgoing')", values)
        audit(self.db, "series", None, None, {"setup": codes})

    def _row(self, code: str) -> dict:
        row = self.db.conn.execute("SELECT label, authority, usage FROM series WHERE code = ? AND kind = 'outgoing'",
                                   [code]).fetchone()
        if row is None:
            known = "、".join(r[0] for r in self.db.conn.execute(
                "SELECT code FROM series WHERE kind = 'outgoing' ORDER BY rowid"))
            raise InputError("series", f"没有名为“{code}”的发文机关代字", f"可选：{known}")
        return {"label": row[0], "authority": row[1], "usage": row[2]}


def _authority(value: str) -> str:
    for member in Authority:
        if value in (member.value, member.label):
            return member.value
    raise InputError("authority", f"发文机关“{value}”无效", "可选：county_government（县人民政府）、county_office（县人民政府办公室）")


def _usage(value: str) -> str:
    for key, label in USAGES.items():
        if value in (key, label) and key != "receipt":
            return key
    raise InputError("usage", f"用途“{value}”无效", "可选：documents（公文）、letters（函）、normative（规范性文件）")


def _serial(value: Any) -> int:
    if isinstance(value, bool) or not str(value).strip().isdigit():
        raise InputError("next", f"序号“{value}”不是正整数", "例如 38")
    serial = int(str(value).strip())
    if not 1 <= serial <= MAX_SERIAL:
        raise InputError("next", f"序号 {serial} 超出范围", f"请填写 1 到 {MAX_SERIAL} 之间的整数")
    return serial
