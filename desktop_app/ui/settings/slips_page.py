"""设置 → 稿纸与字体: the county's name as it heads every slip (托克逊县人民政府发文稿纸), the Chinese fonts
found on this PC for the slips (仿宋 for the body, 小标宋 or 宋体 for titles, 黑体 for headings; the bundled
AR PL UMing where the PC has none), and the body font the office chooses (slips/fonts.py)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop_app.registry.office import DEFAULT_COUNTY
from desktop_app.slips.forms import issuer
from desktop_app.ui.settings.common import Section, item, table

STYLES = {"fangsong": "仿宋（正文）", "song": "宋体（标题）", "xbs": "小标宋（标题）", "hei": "黑体（小标题）", "kai": "楷体"}


class SlipsSection(Section):
    def __init__(self, registry: Any, parent: QWidget | None = None) -> None:
        super().__init__(registry, self.tr("Slips and fonts"), self.tr(
            "The county's name heads every slip and register. Official forms set the body in 仿宋 and titles in "
            "小标宋 or 宋体; where this PC has none of them, the bundled font is used, so nothing prints as boxes."),
            parent)
        self.county = QLineEdit(self)
        self.county.setObjectName("countyName")
        save_county = QPushButton(self.tr("Save name"), self)
        save_county.setObjectName("saveCounty")
        save_county.clicked.connect(lambda: self.save_county())
        self.sample = QLabel(self)
        self.sample.setObjectName("slipTitleSample")
        self.county.textChanged.connect(self._sample)
        self.body_font = QComboBox(self)
        self.body_font.setObjectName("bodyFont")
        self.body_font.activated.connect(lambda _i: self.save_font())
        self.in_use = QLabel(self)
        self.in_use.setObjectName("fontsInUse")
        self.in_use.setWordWrap(True)
        self.fonts = table([self.tr("Font"), self.tr("Plays"), self.tr("Source"), self.tr("File")], self)
        self.fonts.setObjectName("fontTable")
        name_row = QHBoxLayout()
        name_row.addWidget(self.county, 1)
        name_row.addWidget(save_county)
        form = QFormLayout()
        form.addRow(self.tr("County"), name_row)
        form.addRow(self.tr("Slip heading"), self.sample)
        form.addRow(self.tr("Body font"), self.body_font)
        self.body.addLayout(form)
        self.body.addWidget(self.in_use)
        self.body.addWidget(QLabel(self.tr("Chinese fonts found on this PC"), self))
        self.body.addWidget(self.fonts, 1)

    def refresh(self) -> None:
        from desktop_app.slips.fonts import available_fonts  # fc-list runs once, when first shown

        settings = self.registry.office.settings()
        self.county.setText(settings["county"] or DEFAULT_COUNTY)
        fonts = available_fonts()
        self.fonts.setRowCount(len(fonts))
        for row, font in enumerate(fonts):
            source = self.tr("bundled") if font.source == "bundled" else self.tr("this PC")
            for column, text in enumerate((font.name, STYLES.get(font.style, "—"), source, str(font.path))):
                self.fonts.setItem(row, column, item(text, tooltip=str(font.path)))
        self.body_font.clear()
        self.body_font.addItem(self.tr("automatic (仿宋, else 宋体, else the bundled font)"), "")
        for font in fonts:
            self.body_font.addItem(font.name, font.name)
        index = self.body_font.findData(settings["slip_font"])
        self.body_font.setCurrentIndex(max(index, 0))
        self._show_in_use(settings["slip_font"])

    def _show_in_use(self, chosen: str) -> None:
        from desktop_app.slips.fonts import font_set

        try:
            fonts = font_set(chosen or None)
        except Exception:  # the chosen font is gone from this PC: say so, print with the automatic choice
            fonts = font_set(None)
            self.show_error(self.tr("The chosen body font %1 is not on this PC: slips use the automatic choice.")
                            .replace("%1", chosen))
        roles = ((self.tr("Body (仿宋)"), fonts.body, "fangsong"), (self.tr("Titles (小标宋 or 宋体)"), fonts.title, "xbs"),
                 (self.tr("Headings (黑体)"), fonts.heading, "hei"))
        lines = [f"{label}：{font.name}" + ("" if font.source != "bundled" else self.tr(
            " — not on this PC, the bundled font is used")) for label, font, _style in roles]
        lines.append(self.tr("Characters a font lacks come from %1.").replace("%1", fonts.fallback.name))
        self.in_use.setText(self.tr("Slips printed on this PC:") + "\n" + "\n".join(lines))

    def _sample(self, text: str) -> None:
        county = text.strip()
        self.sample.setText(f"{issuer(county, 'county_government')}发文稿纸　·　{issuer(county, 'county_office')}发文稿纸")

    def save_county(self, name: str | None = None) -> bool:
        if name is not None:
            self.county.setText(name)
        value = self.county.text()
        return bool(self.attempt(lambda: self.registry.office.set_county(value),
                                 self.tr("The county's name is saved: slips printed from now on carry it."),
                                 "office"))

    def save_font(self) -> bool:
        value = self.body_font.currentData() or ""
        return bool(self.attempt(lambda: self.registry.office.set("slip_font", value),
                                 self.tr("Body font saved."), "office"))
