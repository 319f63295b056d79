"""设置 → 规则: the rule tables the engine routes by, read-only, each row with its article's words — so a
clerk can see why the app routes as it does. Rows come from rules/catalogue.py (the same as `docroute
rules`); the tables themselves are resources/rules/*.json, edited by whoever adapts the app to a county."""
from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSplitter, QTextBrowser, QWidget

from desktop_app.rules.catalogue import TABLES, rule_rows
from desktop_app.ui.settings.common import Section, item, table

WHERE, RULE, BASIS = range(3)


class RulesSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Rules"), self.tr(
            "The tables DocRoute routes by, under the county's work rules. Select a row to read its articles. "
            "They cannot be changed here."), parent)
        self.which = QComboBox(self)
        self.which.setObjectName("ruleTable")
        self.which.addItem(self.tr("all tables"), "")
        for key, label in TABLES.items():
            self.which.addItem(label, key)
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rows = table([self.tr("Where"), self.tr("Rule"), self.tr("Article")], self, stretch=RULE)
        self.rows.setObjectName("ruleRows")
        self.rows.setWordWrap(True)
        header = self.rows.horizontalHeader()
        header.setSectionResizeMode(WHERE, header.ResizeMode.Interactive)  # long paths wrap, the rule keeps room
        self.rows.setColumnWidth(WHERE, self.fontMetrics().horizontalAdvance("发文 › 县人民政府 › 按事项 › 第 2 步") + 16)
        header.setSectionResizeMode(BASIS, header.ResizeMode.Interactive)  # five articles wrap, not widen
        self.rows.setColumnWidth(BASIS, self.fontMetrics().horizontalAdvance("第六十四条、第六十五条") + 16)
        self.rows.itemSelectionChanged.connect(self._show_articles)
        self.articles = QTextBrowser(self)
        self.articles.setObjectName("articleText")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Table"), self))
        top.addWidget(self.which)
        self.count = QLabel(self)
        top.addWidget(self.count)
        top.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.rows)
        splitter.addWidget(self.articles)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.body.addLayout(top)
        self.body.addWidget(splitter, 1)
        self._loaded_for: str | None = None

    def refresh(self) -> None:
        key = self.which.currentData() or ""
        if self._loaded_for == key:
            return  # the tables ship with the program: nothing changes while it runs
        self._loaded_for = key
        rows = rule_rows(key or None)
        self.rows.setRowCount(len(rows))
        for index, row in enumerate(rows):
            where = row.where if key else f"{row.table_label} › {row.where}"
            data = row.to_json()
            tooltip = "\n\n".join(f"{label}　{text}" for label, text in data["articles"].items())
            self.rows.setItem(index, WHERE, item(where, data))
            self.rows.setItem(index, RULE, item(row.rule, tooltip=tooltip))
            self.rows.setItem(index, BASIS, item("、".join(row.basis) or "—", tooltip=tooltip))
        self.rows.resizeRowsToContents()  # ~100 rows of a few lines: wrapped, every word visible
        self.count.setText(self.tr("%1 rows").replace("%1", str(len(rows))))
        first = next((i for i, row in enumerate(rows) if row.basis), 0)
        if rows:
            self.rows.selectRow(first)

    def _show_articles(self) -> None:
        cell = self.rows.item(self.rows.currentRow(), WHERE)
        data = cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None
        if not data:
            self.articles.clear()
            return
        parts = [f"<p><b>{label}</b>　{escape(text)}</p>" for label, text in data["articles"].items() if text]
        self.articles.setHtml("".join(parts) or self.tr("This row cites no article."))
