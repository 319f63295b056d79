"""Deadlines count working days on the official calendar, 调休 included, and say when data is missing."""
from datetime import date

import pytest

from desktop_app.rules.calendar import WorkCalendar


@pytest.fixture
def calendar():
    return WorkCalendar()


def test_national_day_2026_is_skipped(calendar):
    # 2026-10-01..07 are holidays; the working days after 30 September are 8, 9, 10 (a make-up
    # Saturday), 12, 13, 14 and 15 October.
    due = calendar.add_working_days(date(2026, 9, 30), 7)
    assert due.official
    assert due.due == date(2026, 10, 15)


def test_national_day_make_up_saturday_counts_as_a_working_day(calendar):
    # 2026-10-10 is a Saturday worked in lieu of a holiday (调休).
    assert calendar.is_workday(date(2026, 10, 10)) == (True, True)
    assert calendar.add_working_days(date(2026, 10, 7), 3).due == date(2026, 10, 10)


def test_spring_festival_2026(calendar):
    assert calendar.is_workday(date(2026, 2, 17)) == (False, True)  # 初一
    # Friday 13 February; the holiday runs 15–23 February, 14 February (Saturday) is worked.
    assert calendar.add_working_days(date(2026, 2, 13), 1).due == date(2026, 2, 14)
    assert calendar.add_working_days(date(2026, 2, 14), 1).due == date(2026, 2, 24)


def test_n_working_days_after_is_strictly_after(calendar):
    assert calendar.add_working_days(date(2026, 11, 27), 1).due == date(2026, 11, 30)  # Friday → Monday
    assert calendar.add_working_days(date(2026, 11, 27), 7).due == date(2026, 12, 8)


def test_a_year_the_package_lacks_falls_back_to_weekends_and_says_so(calendar):
    due = calendar.add_working_days(date(2026, 12, 28), 7)
    assert due.due == date(2027, 1, 6)
    assert not due.official


def test_office_entries_count_but_only_a_complete_year_is_official():
    overrides = {date(2027, 1, 1): False, date(2027, 1, 4): False}
    partial = WorkCalendar(overrides).add_working_days(date(2026, 12, 31), 1)
    assert partial == partial.__class__(date(2027, 1, 5), False)
    complete = WorkCalendar(overrides, complete_years=[2027]).add_working_days(date(2026, 12, 31), 1)
    assert complete == complete.__class__(date(2027, 1, 5), True)


def test_a_year_is_official_when_the_package_has_it_or_it_is_complete():
    assert WorkCalendar().is_official_year(2026)
    assert not WorkCalendar({date(2027, 1, 1): False}).is_official_year(2027)
    assert WorkCalendar(complete_years=[2027]).is_official_year(2027)


def test_working_days_between_counts_after_start_up_to_end(calendar):
    assert calendar.working_days_between(date(2026, 11, 27), date(2026, 12, 8)) == 7
    assert calendar.working_days_between(date(2026, 12, 8), date(2026, 11, 27)) == -7
