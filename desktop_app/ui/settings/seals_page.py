"""设置 → 印章: the seals' names (as they print on the 用印审批单) and who keeps each (第六十八条: the 文书科
keeps them; 第七十二条: anyone else only with the office director's approval — say so in the note), and
whether each is in the safe or out. Stored by the seal registry (`registry.seals.edit_seal`): every change
is an entry of the hash-chained 用印登记簿, like `docroute seal edit`."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTableWidget, QWidget

from desktop_app.rules.articles import article_text
from desktop_app.ui.settings.common import Section, item, table

SEAL, NAME, KEEPER, STATE = range(4)


class SealsSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Seals"), self.tr(
            "The seals' names as they print on the seal approval slip, and who keeps each (第六十八条). Double-click "
            "a name or a keeper to change it; every change is written into the seal ledger."), parent)
        self.explanation.setToolTip(f"第六十八条　{article_text('第六十八条')}\n\n第七十二条　{article_text('第七十二条')}")
        self._filling = False
        self.list = table([self.tr("Kind"), self.tr("Seal name"), self.tr("Keeper"), self.tr("Now")], self, stretch=STATE)
        self.list.setObjectName("sealTable")
        self.list.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked | QTableWidget.EditTrigger.EditKeyPressed)
        self.list.itemChanged.connect(self._edited)
        self.note = QLineEdit(self)
        self.note.setObjectName("sealChangeNote")
        self.note.setPlaceholderText(self.tr("why, e.g. 经办公室主任批准由机要员保管（第七十二条）"))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Note for the ledger"), self))
        row.addWidget(self.note, 1)
        self.body.addWidget(self.list, 1)
        self.body.addLayout(row)

    def refresh(self) -> None:
        self._filling = True
        seals = self.registry.seals.seals()
        self.list.setRowCount(len(seals))
        for row, seal in enumerate(seals):
            self.list.setItem(row, SEAL, item(seal["kind_label"], seal["code"]))
            self.list.setItem(row, NAME, item(seal["name"], seal["code"], editable=True))
            self.list.setItem(row, KEEPER, item(seal["keeper"], seal["code"], editable=True))
            now = (self.tr("out since %1 with %2").replace("%1", str(seal["out_since"])[:16].replace("T", " "))
                   .replace("%2", seal["escort"] or "") if seal["out"] else self.tr("in the safe"))
            self.list.setItem(row, STATE, item(now))
        self._filling = False

    def _edited(self, cell) -> None:
        if self._filling or cell.column() not in (NAME, KEEPER):
            return
        code = cell.data(Qt.ItemDataRole.UserRole)
        self.edit(code, **{"name" if cell.column() == NAME else "keeper": cell.text()})

    def edit(self, code: str, *, name: str | None = None, keeper: str | None = None) -> bool:
        """Stores a new name or keeper (for tests and scripts too) with the note, as a ledger entry."""
        note = self.note.text()
        done = self.attempt(lambda: self.registry.seals.edit_seal(code, name=name, keeper=keeper, note=note),
                            self.tr("Saved and written into the seal ledger."), "seals")
        if done:
            self.note.clear()
        return bool(done)
