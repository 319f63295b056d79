"""Counting working days fast for lists: each day's answer from the official calendar is asked once.

`WorkCalendar.working_days_between` walks the days one by one (~50 µs each in chinesecalendar); 待办
asks it for thousands of items and 统计 for a year of signatures. `WorkdayCounter` keeps a running count
per day over the span it has seen, so a difference of two dates is two look-ups, and remembers whether
every day counted had official holiday data."""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any


class WorkdayCounter:
    """Working-day arithmetic over one WorkCalendar (the registry's `_calendar()`), memoised per day."""

    def __init__(self, calendar: Any) -> None:
        self.calendar = calendar
        self._start: date | None = None  # the day before the first day known
        self._end = date.min  # the last day known
        self._running: list[int] = []  # working days in (start, start + i]
        self._official: list[int] = []  # days without official data in (start, start + i]

    def cover(self, low: date, high: date) -> None:
        """Makes sure every day from low to high is known (one pass; call it first for a whole list)."""
        if self._start is not None and self._start < low and high <= self._end:
            return
        first = low if self._start is None else min(low, self._start + timedelta(days=1))
        last = high if self._start is None else max(high, self._end)
        start = first - timedelta(days=1)  # the day before: `official` counts `first` itself
        running, unofficial, count, missing = [0], [0], 0, 0
        for offset in range(1, (last - start).days + 1):
            workday, official = self.calendar.is_workday(start + timedelta(days=offset))
            count += 1 if workday else 0
            missing += 0 if official else 1
            running.append(count)
            unofficial.append(missing)
        self._start, self._end, self._running, self._official = start, last, running, unofficial

    def between(self, start: date, end: date) -> int:
        """Working days after start up to and including end; negative when end is before start
        (the same answer as WorkCalendar.working_days_between)."""
        self.cover(min(start, end), max(start, end))
        assert self._start is not None
        return self._running[(end - self._start).days] - self._running[(start - self._start).days]

    def official(self, start: date, end: date) -> bool:
        """Whether every day from start to end (inclusive) had official holiday data."""
        low, high = min(start, end), max(start, end)
        self.cover(low, high)
        assert self._start is not None
        return self._official[(high - self._start).days] - self._official[(low - self._start).days - 1] == 0

    def days_left(self, on: date, due: date) -> int:
        """Working days from `on` until `due`: 0 when due today (or on a day off before the next working
        day), negative when overdue; a deadline that has passed counts at least one day overdue, also over
        a weekend, so that negative always means overdue."""
        if due >= on:
            return self.between(on, due)
        return -max(1, self.between(due, on))
