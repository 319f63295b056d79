"""设置 → 节假日: which years have the State Council's official 放假/调休 arrangement (the chinesecalendar
package's, or the office's marked complete), entering or importing next year's arrangement (published each
November), and marking the year complete. Until then every deadline that reaches into that year carries
its notice (`calendar_data_missing`) — the notice is shown here too. Built on `registry.holidays`."""
from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from desktop_app.rules.calendar import package_has_year
from desktop_app.ui.settings.common import WARN_STYLE, Section, item, selected_data, table
from desktop_app.ui.widgets import DateField

YEAR, SOURCE, DAYS_OFF, MAKE_UP = range(4)


def package_years(around: int) -> tuple[int, int]:
    """The first and last year the chinesecalendar package carries (it has no gaps)."""
    last = next((y for y in range(around + 5, 2003, -1) if package_has_year(y)), 2004)
    first = next((y for y in range(2004, last + 1) if package_has_year(y)), last)
    return first, last


class HolidaysSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(registry, self.tr("Holidays"), self.tr(
            "Deadlines count working days on the official calendar. The State Council publishes next year's "
            "holidays and make-up working days each November: import or enter them here, then mark the year "
            "complete. Until then, deadlines in that year count weekends only and say so."), parent)
        self.today = today or date.today()
        self.notice = QLabel(self)
        self.notice.setObjectName("calendarNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(WARN_STYLE + " padding: 4px;")
        self.package = QLabel(self)
        self.package.setObjectName("packageYears")
        self.years = table([self.tr("Year"), self.tr("Official data"), self.tr("Days off entered"),
                            self.tr("Make-up days entered")], self, stretch=SOURCE)
        self.years.setObjectName("yearTable")
        self.years.itemSelectionChanged.connect(self._show_days)
        self.days = table([self.tr("Date"), self.tr("Day"), self.tr("Note")], self)
        self.days.setObjectName("dayTable")
        import_button = QPushButton(self.tr("Import arrangement…"), self)
        import_button.setObjectName("importCalendar")
        import_button.clicked.connect(lambda: self.import_file())
        self.complete_button = QPushButton(self)
        self.complete_button.setObjectName("markComplete")
        self.complete_button.clicked.connect(lambda: self.mark_complete())
        self.day = DateField(None, self)
        self.day.setObjectName("calendarDay")
        self.day.setMaximumWidth(self.day.fontMetrics().horizontalAdvance("2027-12-31") + 24)
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("day off"), False)
        self.kind.addItem(self.tr("make-up working day"), True)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. 春节"))
        enter = QPushButton(self.tr("Enter day"), self)
        enter.clicked.connect(lambda: self.enter_day())
        self._layout(import_button, enter)

    def _layout(self, import_button, enter) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.package)
        left_layout.addWidget(self.years, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(self.complete_button)
        buttons.addStretch(1)
        entry = QHBoxLayout()
        for widget, stretch in ((self.day, 0), (self.kind, 0), (self.note, 1), (enter, 0)):
            entry.addWidget(widget, stretch)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.days, 1)
        right_layout.addLayout(entry)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.body.addWidget(self.notice)
        self.body.addWidget(splitter, 1)

    # ---- showing ---------------------------------------------------------------------------------
    def shown_years(self) -> list[int]:
        """Last year, this year, next year, and every year the office entered days for or marked complete."""
        entered = {int(d[:4]) for d in (str(k) for k in self.registry.holidays.overrides())}
        return sorted({self.today.year - 1, self.today.year, self.today.year + 1, *entered,
                       *self.registry.holidays.complete_years()})

    def refresh(self) -> None:
        chosen = selected_data(self.years) or self.today.year + 1
        first, last = package_years(self.today.year)
        self.package.setText(self.tr("Built in: the official arrangements of %1–%2.").replace(
            "%1", str(first)).replace("%2", str(last)))
        statuses = [self.registry.holidays.year_status(year) for year in self.shown_years()]
        self.years.setRowCount(len(statuses))
        for row, status in enumerate(statuses):
            self.years.setItem(row, YEAR, item(status["year"], status["year"]))
            self.years.setItem(row, SOURCE, item(self._source(status)))
            self.years.setItem(row, DAYS_OFF, item(status["days_off"] or "—"))
            self.years.setItem(row, MAKE_UP, item(status["make_up_days"] or "—"))
            if status["year"] == chosen:
                self.years.selectRow(row)
        self.notice.setText(self.notices(statuses))
        self.notice.setVisible(bool(self.notice.text()))
        self._show_days()

    def _source(self, status: dict) -> str:
        if status["source"] == "chinesecalendar":
            return self.tr("built in")
        if status["complete"]:
            return self.tr("entered, complete")
        return self.tr("none: weekends only")

    def notices(self, statuses: list[dict]) -> str:
        """The notice every deadline in a year without official data carries, for this year and later."""
        lines = [self.tr("%1: the official arrangement has not been entered. Deadlines in %1 count weekends "
                         "only, and each one says so, until its days are entered and the year is marked "
                         "complete.").replace("%1", str(s["year"]))
                 for s in statuses if not s["official"] and s["year"] >= self.today.year]
        return "\n".join(lines)

    def current_year(self) -> int:
        return selected_data(self.years) or self.today.year + 1

    def _show_days(self) -> None:
        year = self.current_year()
        status = self.registry.holidays.year_status(year)
        self.days.setRowCount(len(status["days"]))
        for row, day in enumerate(status["days"]):
            kind = self.tr("make-up working day") if day["workday"] else self.tr("day off")
            for column, text in enumerate((day["date"], kind, day["note"])):
                self.days.setItem(row, column, item(text))
        self.complete_button.setText(self.tr("Mark %1 complete").replace("%1", str(year)))
        self.complete_button.setEnabled(not status["official"])
        self.complete_button.setToolTip("" if not status["official"] else self.tr("%1 has official data already.")
                                        .replace("%1", str(year)))

    def select_year(self, year: int) -> None:
        for row in range(self.years.rowCount()):
            if self.years.item(row, YEAR).data(Qt.ItemDataRole.UserRole) == year:
                self.years.selectRow(row)
                return

    # ---- editing ---------------------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> bool:
        if path is None:
            from desktop_app.ui.org_import import choose_file

            path = choose_file(self, self.tr("Import holiday arrangement"), self.tr("Arrangement (*.json *.csv)"))
            if not path:
                return False
        result = self.attempt(lambda: self.registry.holidays.import_file(path), "", "holidays")
        if not result:
            return False
        self.select_year(result["year"])
        self.show_ok(self.tr("%1 days of %2 imported. When the whole arrangement is in, mark %2 complete.").replace(
            "%1", str(result["imported"])).replace("%2", str(result["year"])))
        return True

    def mark_complete(self, year: int | None = None) -> bool:
        year = year or self.current_year()
        done = self.attempt(lambda: self.registry.holidays.mark_complete(year),
                            self.tr("%1 is marked complete: its deadlines now count the official arrangement.")
                            .replace("%1", str(year)), "holidays")
        if done:
            self.select_year(year)
        return bool(done)

    def enter_day(self) -> bool:
        day, workday, note = self.day.value(), self.kind.currentData(), self.note.text().strip()
        done = self.attempt(lambda: self.registry.holidays.set_day(day, workday, note),
                            self.tr("%1 entered.").replace("%1", day), "holidays")
        if done:
            self.select_year(int(day[:4]))
            self.note.clear()
        return bool(done)
