"""The office's holiday calendar (放假 and 调休上班 days) for years the chinesecalendar package lacks.

A year's arrangement is entered a day at a time or imported whole from one file (JSON or CSV), and the
year counts as official only once it is marked complete (routing.md, "Official calendar data"). The
`Holidays` face is what the CLI (`docroute calendar`) and the window's 设置 page use; `Registry` hands
it the connection as `registry.holidays`. Each change is one transaction with its audit entry."""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.domain.values import check_text, parse_date, parse_json
from desktop_app.registry.database import audit, now, write
from desktop_app.registry.engine import Database

_YES = {"yes": True, "no": False, "是": True, "否": False}
CSV_HEADER = ("date", "workday", "note")


@dataclass(frozen=True)
class Arrangement:
    """One year's 放假/调休 days as read from a file: day → (is it a working day, note)."""

    year: int
    days: dict[date, tuple[bool, str]]


class Holidays:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ---------------------------------------------------------------------------------
    def overrides(self) -> dict[date, bool]:
        return {date.fromisoformat(day): bool(flag)
                for day, flag in self.db.conn.execute("SELECT day, is_workday FROM calendar_days ORDER BY day")}

    def complete_years(self) -> list[int]:
        return [year for (year,) in self.db.conn.execute("SELECT year FROM calendar_years ORDER BY year")]

    def work_calendar(self) -> Any:
        """The working-day calendar with the office's days and its complete years."""
        from desktop_app.rules.calendar import WorkCalendar

        return WorkCalendar(self.overrides(), self.complete_years())

    def days(self, year: int) -> list[dict]:
        rows = self.db.conn.execute("SELECT day, is_workday, note FROM calendar_days WHERE day BETWEEN ? AND ? "
                                    "ORDER BY day", [f"{year:04d}-01-01", f"{year:04d}-12-31"])
        return [{"date": day, "workday": bool(flag), "note": note} for day, flag, note in rows]

    def year_status(self, year: Any) -> dict:
        """What the window's 设置 page and `calendar --year Y` show about one year."""
        from desktop_app.rules.calendar import package_has_year

        year = check_year(year)
        days = self.days(year)
        complete = year in self.complete_years()
        package = package_has_year(year)
        return {"year": year, "official": package or complete, "complete": complete,
                "source": "chinesecalendar" if package else ("office" if complete else None),
                "days_off": sum(1 for d in days if not d["workday"]),
                "make_up_days": sum(1 for d in days if d["workday"]), "days": days}

    # ---- writing ---------------------------------------------------------------------------------
    def set_day(self, day: Any, is_workday: bool, note: str = "") -> dict:
        """Enters one day (放假 or 调休上班); the year stays unofficial until it is marked complete."""
        day = _day(day, "day")
        with write(self.db):
            before = self.db.conn.execute("SELECT is_workday, note FROM calendar_days WHERE day = ?",
                                          [day.isoformat()]).fetchone()
            self._store(day, bool(is_workday), note or "")
            audit(self.db, "calendar", None,
                  {"day": day.isoformat(), "is_workday": bool(before[0]), "note": before[1]} if before else None,
                  {"day": day.isoformat(), "is_workday": bool(is_workday), "note": note or ""})
        return {"day": day.isoformat(), "is_workday": bool(is_workday), "note": note or ""}

    def mark_complete(self, year: Any) -> dict:
        """The office has entered the whole arrangement of that year: from now on it is official."""
        year = check_year(year)
        with write(self.db):
            off = self.db.conn.execute("SELECT count(*) FROM calendar_days WHERE day BETWEEN ? AND ? AND "
                                       "is_workday = 0", [f"{year:04d}-01-01", f"{year:04d}-12-31"]).fetchone()[0]
            from desktop_app.rules.calendar import package_has_year

            if not off and not package_has_year(year):
                raise RefusedError(f"{year} 年还没有录入任何放假日期，不能标记为已完整录入",
                                   f"请先录入或导入国务院公布的 {year} 年放假安排")
            self._mark(year)
        return self.year_status(year)

    def import_file(self, path: Any, *, complete: bool = False) -> dict:
        """Replaces one year's entries by the arrangement in the file; nothing is imported if any of it is bad."""
        arrangement = read_arrangement(Path(path))
        with write(self.db):
            self.db.conn.execute("DELETE FROM calendar_days WHERE day BETWEEN ? AND ?",
                                 [f"{arrangement.year:04d}-01-01", f"{arrangement.year:04d}-12-31"])
            for day, (workday, note) in sorted(arrangement.days.items()):
                self._store(day, workday, note)
            if complete:
                self._mark(arrangement.year)
            audit(self.db, "calendar", None, None,
                  {"import": Path(path).name, "year": arrangement.year, "days": len(arrangement.days),
                   "complete": complete})
        return {**self.year_status(arrangement.year), "imported": len(arrangement.days)}

    def _store(self, day: date, workday: bool, note: str) -> None:
        self.db.conn.execute("INSERT INTO calendar_days (day, is_workday, note) VALUES (?, ?, ?) ON CONFLICT (day) "
                             "DO UPDATE SET is_workday = excluded.is_workday, note = excluded.note",
                             [day.isoformat(), int(workday), note])

    def _mark(self, year: int) -> None:
        if self.db.conn.execute("SELECT 1 FROM calendar_years WHERE year = ?", [year]).fetchone() is None:
            self.db.conn.execute("INSERT INTO calendar_years (year, marked_at) VALUES (?, ?)", [year, now()])
            audit(self.db, "calendar", None, None, {"year": year, "complete": True})


def check_year(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or not str(value).strip().isdigit():
        raise InputError("year", f"年份“{value}”不正确", "请填写四位年份，例如 2027")
    year = int(value)
    if not 1949 <= year <= 2999:
        raise InputError("year", f"年份 {year} 不合理", "请填写四位年份，例如 2027")
    return year


def _day(value: Any, field: str) -> date:
    return parse_date(value.strip() if isinstance(value, str) else value, field)


# ---- reading an arrangement file -----------------------------------------------------------------
def read_arrangement(path: Path) -> Arrangement:
    """A year's arrangement from a JSON or CSV file (cli.md), validated as a whole before any of it is used."""
    if path.suffix.lower() not in (".json", ".csv"):
        raise InputError("file", f"不支持的文件类型 {path.suffix or '（无扩展名）'}", "请提供 .json 或 .csv 文件")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("file", f"找不到文件 {path}", "请检查路径") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("file", f"无法读取文件 {path}（{exc}）", "请确认文件是 UTF-8 编码") from None
    arrangement = _from_json(text) if path.suffix.lower() == ".json" else _from_csv(text)
    if not any(not workday for workday, _ in arrangement.days.values()):
        raise InputError("days", f"文件中 {arrangement.year} 年没有任何放假日期，不像全年的放假安排",
                         "请按国务院办公厅公布的放假安排录入放假日（workday 为 false/no）和调休上班日")
    return arrangement


def _from_json(text: str) -> Arrangement:
    data = parse_json(text, "file")
    if not isinstance(data, dict):
        raise InputError("file", "JSON 必须是对象", '格式：{"year": 2027, "days": {"2027-01-01": {"workday": false}}}')
    year = check_year(data.get("year"))
    entries = data.get("days")
    if not isinstance(entries, dict):
        raise InputError("days", "缺少 days 或格式不正确", '应为 {"YYYY-MM-DD": {"workday": false, "note": "元旦"}}')
    days = {}
    for key, entry in entries.items():
        where = f"days.{key}"
        day = _in_year(_day(key, where), year, where)
        if not isinstance(entry, dict) or not isinstance(entry.get("workday"), bool):
            raise InputError(where, "workday 必须是 true 或 false", '例如 {"workday": false, "note": "春节"}')
        note = entry.get("note") or ""
        if not isinstance(note, str):
            raise InputError(f"{where}.note", "说明必须是文字")
        days[day] = (entry["workday"], note.strip())
    return Arrangement(year, days)


def _from_csv(text: str) -> Arrangement:
    rows = [row for row in csv.reader(io.StringIO(text)) if any(cell.strip() for cell in row)]
    if not rows or tuple(cell.strip().lower() for cell in rows[0][:3]) not in (CSV_HEADER, CSV_HEADER[:2]):
        raise InputError("file", "CSV 第 1 行必须是表头 date,workday,note", "workday 填 yes（上班）或 no（放假）")
    days: dict[date, tuple[bool, str]] = {}
    year = None
    for line, row in enumerate(rows[1:], start=2):
        where = f"第 {line} 行"
        cells = [cell.strip() for cell in row] + ["", ""]
        day = _day(cells[0], where)
        year = year or day.year  # the year of the first row is the file's year
        _in_year(day, year, where)
        if cells[1].lower() not in _YES:
            raise InputError(where, f"workday“{cells[1]}”无效", "请填写 yes（上班）或 no（放假）")
        if day in days:
            raise InputError(where, f"日期 {day.isoformat()} 重复出现", "每个日期只能写一行")
        days[day] = (_YES[cells[1].lower()], check_text(cells[2], f"{where} note"))
    if year is None:
        raise InputError("file", "CSV 中没有任何日期", "请在表头下逐行填写 date,workday,note")
    return Arrangement(year, days)


def _in_year(day: date, year: int, where: str) -> date:
    if day.year != year:
        raise InputError(where, f"日期 {day.isoformat()} 不在 {year} 年内", f"一个文件只录入 {year} 年的安排")
    return day
