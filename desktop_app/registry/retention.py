"""Which automatic backups to keep: a retention that grows slower than time — the newest 3 (a
"Back up now" and a before-migration copy are never the first to go), the newest of each of the last
7 days, of each of the last 5 weeks and of each of the last 12 months. After a year of daily backups
that is about 24 copies spanning the year, where the 30 kept before spanned only a month.

A pure function of the backups' times and verification states (safety.prune applies it to the files
in the backups folder; the benchmark simulates a year with it). An unverified copy is never chosen to
stand for its day, week or month, and never counted as the newest good one."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Iterable

RECENT, DAYS, WEEKS, MONTHS = 3, 7, 5, 12
_STAMP = re.compile(r"-(\d{8}-\d{6})-(\d{6})")


@dataclass(frozen=True)
class Copy:
    name: str
    taken: datetime
    verified: bool = True


def keep(copies: Iterable[Copy], now: datetime, recent: int = RECENT) -> set[str]:
    """Names of the copies to keep at `now`. The newest verified copy is always among them."""
    good = sorted((c for c in copies if c.verified), key=lambda c: c.taken)
    kept = {c.name for c in good[-max(recent, 1):]}
    kept |= _newest_per(good, now, lambda t: t.date(), timedelta(days=DAYS))
    kept |= _newest_per(good, now, lambda t: t.isocalendar()[:2], timedelta(weeks=WEEKS))
    kept |= _newest_per(good, now, lambda t: (t.year, t.month), timedelta(days=MONTHS * 31))
    return kept


def _newest_per(good: list[Copy], now: datetime, period, span: timedelta) -> set[str]:
    newest: dict = {}
    for copy in good:  # in time order: the last one of each period wins
        if now - copy.taken < span:
            newest[period(copy.taken)] = copy.name
    return set(newest.values())


def copy_of(path: Path, verified: bool = True) -> Copy | None:
    """The Copy of an automatic backup named stem-YYYYmmdd-HHMMSS-micro[-label] (.backup.json or .sqlite)."""
    found = _STAMP.search(path.name)
    if found is None:
        return None
    taken = datetime.strptime(found.group(1) + found.group(2), "%Y%m%d-%H%M%S%f")
    return Copy(path.name, taken, verified)


def space(paths: Iterable[Path], database: Path, shared_bytes: int = 0) -> dict:
    """What the backups take, for 设置: their number, bytes (their files, plus `shared_bytes` for the
    chunks the backups share), the database's bytes and the ratio."""
    files = [p for p in paths if p.is_file()]
    used = sum(p.stat().st_size for p in files) + shared_bytes
    size = database.stat().st_size if database.exists() else 0
    times = sorted(c.taken for c in filter(None, map(copy_of, files)))
    return {"backups": len(files), "bytes": used, "database_bytes": size,
            "times_the_database": round(used / size, 2) if size else None,
            "oldest": times[0].isoformat(timespec="seconds") if times else None,
            "newest": times[-1].isoformat(timespec="seconds") if times else None}
