"""Backup retention (registry/retention.py): a year of daily backups keeps about two dozen spanning
the year, the newest good one is never dropped, an unverified copy never stands for a period; the
space used is there for 设置."""
from __future__ import annotations

from datetime import datetime, timedelta

from desktop_app.registry import retention
from desktop_app.registry.retention import Copy


def _year_of_daily_backups(days: int = 365) -> tuple[list[Copy], datetime]:
    start = datetime(2026, 1, 1, 9, 0)
    kept: list[Copy] = []
    for n in range(days):
        now = start + timedelta(days=n)
        kept.append(Copy(f"b{n:03d}", now))
        names = retention.keep(kept, now)
        kept = [c for c in kept if c.name in names]
    return kept, start + timedelta(days=days - 1)


def test_a_year_of_daily_backups_keeps_two_dozen_spanning_the_year():
    kept, now = _year_of_daily_backups()
    assert 20 <= len(kept) <= 26
    ages = sorted((now - c.taken).days for c in kept)
    assert ages[:7] == list(range(7))  # every day of the last week
    assert ages[-1] >= 330  # and a copy from about a year ago
    months = {(c.taken.year, c.taken.month) for c in kept}
    assert len(months) >= 12


def test_growth_is_bounded_not_linear():
    two_years, _ = _year_of_daily_backups(730)
    one_year, _ = _year_of_daily_backups(365)
    assert len(two_years) <= len(one_year) + 1


def test_the_newest_verified_copy_is_kept_whatever_its_age_and_unverified_ones_never_count():
    now = datetime(2026, 6, 1, 12)
    old = Copy("old-good", now - timedelta(days=800))
    broken = [Copy(f"bad{n}", now - timedelta(hours=n), verified=False) for n in range(5)]
    kept = retention.keep([old, *broken], now)
    assert kept == {"old-good"}


def test_several_backups_of_one_day_keep_the_newest_few():
    now = datetime(2026, 6, 1, 18)
    copies = [Copy(f"c{n}", now - timedelta(minutes=10 * n)) for n in range(10)]
    assert retention.keep(copies, now) == {"c0", "c1", "c2"}


def test_file_names_give_the_time_and_the_space_is_counted(tmp_path):
    db = tmp_path / "docroute.sqlite"
    db.write_bytes(b"x" * 1000)
    folder = tmp_path / "backups"
    folder.mkdir()
    for stamp in ("20260101-090000-000001", "20260301-090000-000002-before-0012_search_fts"):
        (folder / f"docroute-{stamp}.sqlite").write_bytes(b"y" * 500)
    copy = retention.copy_of(folder / "docroute-20260301-090000-000002-before-0012_search_fts.sqlite")
    assert copy.taken == datetime(2026, 3, 1, 9, 0, 0, 2)
    used = retention.space(folder.glob("*.sqlite"), db)
    assert used["backups"] == 2 and used["bytes"] == 1000 and used["times_the_database"] == 1.0
    assert used["oldest"].startswith("2026-01-01") and used["newest"].startswith("2026-03-01")


def test_the_registry_reports_its_backup_space(registry):
    registry.backup()
    used = registry.backup_space()
    assert used["backups"] == 1 and used["bytes"] > 0 and used["database_bytes"] > 0
