"""Working days on the official Chinese holiday calendar, with 调休 make-up working days.

`chinesecalendar` carries the years the State Council has published. For a year it lacks, the office
enters the arrangement (resources/rules/calendar.json may ship some; the database holds the office's own)
and marks the year complete once the whole arrangement is in. Only then does the year count as official:
a few days entered do not make it so, and until it is marked complete every deadline reaching into it
carries calendar_data_missing (routing.md, "Official calendar data"). The days entered are used anyway."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Iterable, Mapping

import chinese_calendar

from desktop_app.paths import resource


@dataclass(frozen=True)
class DueDate:
    due: date
    official: bool  # False when some day counted had no official holiday data


class WorkCalendar:
    def __init__(self, overrides: Mapping[date, bool] | None = None, complete_years: Iterable[int] = ()) -> None:
        shipped_days, shipped_years = shipped_calendar()
        self._overrides = dict(shipped_days)
        self._overrides.update(overrides or {})
        self._complete = set(shipped_years) | set(complete_years)

    def is_workday(self, day: date) -> tuple[bool, bool]:
        """(is it a working day, is that answer official)."""
        package = _package_is_workday(day)
        official = package is not None or day.year in self._complete
        if day in self._overrides:  # the office's entry wins, also over the package (a correction)
            return self._overrides[day], official
        if package is not None:
            return package, True
        return day.weekday() < 5, official

    def is_official_year(self, year: int) -> bool:
        return year in self._complete or package_has_year(year)

    def add_working_days(self, start: date, count: int) -> DueDate:
        """The count-th working day strictly after start (第五十五、六十二条: 7个工作日内)."""
        if count < 1:
            raise ValueError("count must be at least 1")
        day, found, official = start, 0, True
        while found < count:
            day += timedelta(days=1)
            workday, known = self.is_workday(day)
            official = official and known
            if workday:
                found += 1
        return DueDate(day, official)

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after start up to and including end (negative when end is before start)."""
        if end < start:
            return -self.working_days_between(end, start)
        days = (start + timedelta(days=i) for i in range(1, (end - start).days + 1))
        return sum(1 for day in days if self.is_workday(day)[0])


def package_has_year(year: int) -> bool:
    """Whether chinesecalendar carries that year's published arrangement."""
    return _package_is_workday(date(year, 1, 1)) is not None


@cache  # the package's data is fixed for the process; a deadline looks each day up again (~20 µs a time)
def _package_is_workday(day: date) -> bool | None:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


@cache
def shipped_calendar() -> tuple[dict[date, bool], frozenset[int]]:
    """The days and the complete years shipped in resources/rules/calendar.json."""
    data = json.loads(resource("rules", "calendar.json").read_text(encoding="utf-8"))
    days = {date.fromisoformat(day): bool(entry["workday"]) for day, entry in data.get("days", {}).items()}
    return days, frozenset(int(year) for year in data.get("complete_years", ()))
