"""设置 → 印章: the kept place of the seals' names and keepers (第六十八条: the seals are kept by the 文书科).
The seal registry update brings the seals as data; it replaces this section (SECTIONS in __init__.py
names the module and class), so nothing here stores anything."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from desktop_app.rules.articles import article_text
from desktop_app.ui.settings.common import Section


class SealsSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Seals"), self.tr(
            "The names of the seals and who keeps each come with the seal register (用印登记) update; until "
            "then nothing is stored here."), parent)
        words = QLabel(f"第六十八条　{article_text('第六十八条')}", self)
        words.setObjectName("sealArticle")
        words.setWordWrap(True)
        words.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.addWidget(words, 1)
