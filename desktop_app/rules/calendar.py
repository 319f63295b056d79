"""Working days on the official Chinese holiday calendar, with 调休 make-up working days.

`chinesecalendar` carries the years the State Council has published; for a year it lacks, the office's
override table (shipped in resources/rules/calendar.json, then edited in the database) takes over; with
neither, weekends alone are counted and the answer says it is not official (calendar_data_missing)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Mapping

import chinese_calendar

from desktop_app.paths import resource


@dataclass(frozen=True)
class DueDate:
    due: date
    official: bool  # False when some day counted had no official holiday data


class WorkCalendar:
    def __init__(self, overrides: Mapping[date, bool] | None = None) -> None:
        self._overrides = dict(shipped_overrides())
        self._overrides.update(overrides or {})
        self._override_years = {day.year for day in self._overrides}

    def is_workday(self, day: date) -> tuple[bool, bool]:
        """(is it a working day, is that answer official)."""
        if day in self._overrides:
            return self._overrides[day], True
        if day.year in self._override_years:
            return day.weekday() < 5, True  # the year's arrangement was entered; other days are ordinary
        official = _package_is_workday(day)
        if official is not None:
            return official, True
        return day.weekday() < 5, False

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


def _package_is_workday(day: date) -> bool | None:
    try:
        return chinese_calendar.is_workday(day)
    except NotImplementedError:
        return None


@cache
def shipped_overrides() -> dict[date, bool]:
    data = json.loads(resource("rules", "calendar.json").read_text(encoding="utf-8"))
    return {date.fromisoformat(day): bool(entry["workday"]) for day, entry in data.get("days", {}).items()}
