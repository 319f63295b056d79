"""Document numbers (GB/T 9704-2012): formatting `托政发〔2026〕12号`, reading one back, normalising an
incoming 来文字号 written with the wrong brackets, and allocating the next serial of a series and year.

Allocation must run inside the caller's write transaction (database.write): the serial is taken from
the series' counter row for that year with `UPDATE … RETURNING`, which locks the row until the
transaction ends, and the number is stored in the same transaction, so a number is never given twice
and never lost (a rolled-back registration gives its serial back; a sequence would not). On SQLite the
write lock already serialises writers; on a server the row lock holds even for a writer that does not
take the app's lock (engine/postgres.py)."""
from __future__ import annotations

import re

from desktop_app.domain.errors import Hint, InputError, RefusedError
from desktop_app.registry.database import now
from desktop_app.registry.engine import Database

RECEIPT_SERIES = "收文"

_FULL_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
# A year in any of the brackets clerks actually type: () （） [] ［］ 【】 〔〕 〖〗 ｛｝ {} 〈〉 <>.
_BRACKETED_YEAR = re.compile(r"[\(（\[［【〔〖｛{〈<]\s*(\d{4})\s*[\)）\]］】〕〗｝}〉>]")
_NUMBER = re.compile(r"^(?P<series>[^〔\d]+)〔(?P<year>\d{4})〕(?P<serial>[1-9]\d*)号$")
_SERIES_CODE = re.compile(r"^[\u4e00-\u9fff]{1,10}$")


def format_number(series: str, year: int, serial: int) -> str:
    """`托政发〔2026〕12号`: six-cornered brackets, no padding, no 第 (GB/T 9704-2012 7.2.4)."""
    return f"{series}〔{year}〕{serial}号"


def parse_number(text: str) -> tuple[str, int, int] | None:
    """`托政发〔2026〕12号` → ("托政发", 2026, 12); anything else → None."""
    match = _NUMBER.match(normalise_number(text.strip()))
    if not match:
        return None
    return match["series"], int(match["year"]), int(match["serial"])


def normalise_number(text: str) -> str:
    """An incoming 来文字号 as the standard writes it: full-width digits become ASCII, and a year in
    () [] 【】 or similar becomes 〔year〕. `新政办发(２０２６)１５号` → `新政办发〔2026〕15号`."""
    text = text.strip().translate(_FULL_WIDTH_DIGITS)
    return _BRACKETED_YEAR.sub(lambda m: f"〔{m[1]}〕", text)


def check_series_code(code: str) -> str:
    code = (code or "").strip()
    if not _SERIES_CODE.match(code):
        raise InputError("series", f"机关代字“{code}”格式不正确", "机关代字只能由汉字组成，例如 托政发、托政办函")
    return code


def series_kind(db: Database, code: str) -> str | None:
    row = db.conn.execute("SELECT kind FROM series WHERE code = ?", [code]).fetchone()
    return row[0] if row else None


def require_outgoing_series(db: Database, code: str) -> str:
    kind = series_kind(db, code)
    if kind != "outgoing":
        known = "、".join(r[0] for r in db.conn.execute(
            "SELECT code FROM series WHERE kind = 'outgoing' ORDER BY rowid"))
        raise InputError("series", f"没有名为“{code}”的发文机关代字",
                         Hint(f"可选：{known}；新的机关代字请先用 `docroute series add` 登记",
                              f"可选：{known}；新的机关代字请先在“设置 → 发文字号”中点“新增机关代字”登记"))
    return code


def allocate(db: Database, series: str, year: int, record_id: int) -> tuple[int, str]:
    """Gives the next serial of the series in that year to an existing record. Call inside write()."""
    serial = take_serial(db, series, year)
    return serial, claim(db, series, year, serial, record_id)


def take_serial(db: Database, series: str, year: int) -> int:
    """Takes the next serial from the counter row (locked until the transaction ends) and advances it."""
    _require_transaction(db)
    db.conn.execute("INSERT INTO series_counters (series, year, next_serial) VALUES (?, ?, 1) ON CONFLICT DO NOTHING",
                    [series, year])
    # The counter is the authority; the highest serial guards against a counter lost by hand-editing.
    highest = _highest(db, series, year)
    return db.conn.execute(
        "UPDATE series_counters SET next_serial = CASE WHEN next_serial > ? THEN next_serial ELSE ? END + 1 "
        "WHERE series = ? AND year = ? RETURNING next_serial - 1", [highest, highest + 1, series, year]).fetchone()[0]


def next_serial(db: Database, series: str, year: int) -> int:
    """The serial the next take will give (a look, taking nothing); call inside write()."""
    _require_transaction(db)
    row = db.conn.execute("SELECT next_serial FROM series_counters WHERE series = ? AND year = ?",
                          [series, year]).fetchone()
    return max(row[0] if row else 1, _highest(db, series, year) + 1)


def _highest(db: Database, series: str, year: int) -> int:
    return db.conn.execute("SELECT coalesce(max(serial), 0) FROM numbers WHERE series = ? AND year = ?",
                           [series, year]).fetchone()[0]


def _require_transaction(db: Database) -> None:
    if not db.conn.in_transaction:
        raise RefusedError("内部错误：编号必须在写事务中分配", "请重试；如反复出现请联系维护人员")


def claim(db: Database, series: str, year: int, serial: int, record_id: int) -> str:
    """Records that the serial now belongs to the record and advances the counter past it."""
    text = format_number(series, year, serial)
    db.conn.execute("INSERT INTO numbers (series, year, serial, record_id, status, text, given_at) "
                    "VALUES (?, ?, ?, ?, 'active', ?, ?)", [series, year, serial, record_id, text, now()])
    advance_counter(db, series, year, serial)
    return text


def advance_counter(db: Database, series: str, year: int, used_serial: int) -> None:
    db.conn.execute(
        "INSERT INTO series_counters (series, year, next_serial) VALUES (?, ?, ?) "
        "ON CONFLICT (series, year) DO UPDATE SET next_serial = CASE WHEN series_counters.next_serial > "
        "excluded.next_serial THEN series_counters.next_serial ELSE excluded.next_serial END",
        [series, year, used_serial + 1])


def void_number(db: Database, series: str, year: int, serial: int) -> None:
    db.conn.execute("UPDATE numbers SET status = 'voided' WHERE series = ? AND year = ? AND serial = ?",
                    [series, year, serial])


def numbers_of(db: Database, series: str, year: int) -> list[dict]:
    """Every number of a series and year in order, voided ones included (for the 发文登记簿)."""
    rows = db.conn.execute("SELECT serial, text, status, record_id FROM numbers WHERE series = ? AND year = ? "
                           "ORDER BY serial", [series, year])
    return [{"serial": s, "number": t, "status": st, "record_id": r} for s, t, st, r in rows]
