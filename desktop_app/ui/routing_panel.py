"""The live routing panel beside a registration form: the signer, the steps with their articles (the
article's words on hover), warnings highlighted and deadlines. It only shows a plan dict (routing.md)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QFrame, QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from desktop_app.domain.enums import Role
from desktop_app.domain.plan import deadline_label
from desktop_app.rules.articles import article_text
from desktop_app.rules.progress import wording

_HEADLINE_STYLE = "font-size: 15px; font-weight: bold; padding: 4px 0;"
_PROBLEM_STYLE = "color: #922b21; padding: 4px 0;"
_SEVERITY_COLOURS = {"error": "#c0392b", "warning": "#b9770e", "info": "#2e86c1"}


def step_person_text(step: dict) -> str:
    name = step.get("name") or ""
    if step.get("acting_for"):
        name += f"（代{Role(step['acting_for']).label}）"
    return name or "—"


def step_actor_text(step: dict) -> str:
    """`常务副县长 副县长甲`, or just the body (`县政府办公室`) for a step no single person does."""
    role = Role(step["role"]).label
    return f"{role} {step_person_text(step)}" if step.get("person") else role


def article_tooltip(basis: list[str]) -> str:
    return "\n\n".join(f"{label}　{article_text(label)}" for label in basis)


def notices_html(plan: dict) -> str:
    """The plan's warnings (coloured by severity, with their article) and deadlines, as rich text.

    Both come from the core in Chinese (findings.json, domain.plan.DEADLINE_LABELS): nothing to translate."""
    lines = []
    for warning in plan["warnings"]:
        colour = _SEVERITY_COLOURS.get(warning.get("severity", "warning"), "#b9770e")
        lines.append(f'<p style="color:{colour}">⚠ {warning["message"]}（{warning["basis"]}）</p>')
    for deadline in plan["deadlines"]:
        lines.append(f'<p>{deadline_label(deadline["what"])}：{deadline["due"]}（{deadline["basis"]}）</p>')
    return "".join(lines)


class RoutingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel()
        self.headline.setObjectName("routingHeadline")
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(_HEADLINE_STYLE)
        self.steps = QTreeWidget()
        self.steps.setColumnCount(3)
        self.steps.setHeaderLabels([self.tr("Step"), self.tr("Who"), self.tr("Article")])
        self.steps.setRootIsDecorated(False)
        self.steps.setMouseTracking(True)
        self.steps.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        header = self.steps.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)  # a handful of rows
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.notices = QLabel()
        self.notices.setObjectName("routingWarnings")
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        self.notices.setFrameShape(QFrame.Shape.StyledPanel)
        self.notices.hide()
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Routing under the county work rules"))
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        layout.addWidget(self.headline)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.notices)
        self.plan: dict | None = None

    def show_plan(self, plan: dict) -> None:
        self.plan = plan
        self.headline.setStyleSheet(_HEADLINE_STYLE)
        self.headline.setText(self._headline(plan))
        self.steps.clear()
        for step in plan["steps"]:
            item = QTreeWidgetItem([f"{step['order']}. {wording(step)}", step_actor_text(step),
                                    "、".join(step["basis"])])
            tooltip = article_tooltip(step["basis"])
            for column in range(3):
                item.setToolTip(column, tooltip)
            if step["action"] == "sign":
                item.setForeground(1, QBrush(QColor("#1a5276")))
            self.steps.addTopLevelItem(item)
        self.notices.setText(notices_html(plan))
        self.notices.setVisible(bool(plan["warnings"] or plan["deadlines"]))

    def show_problem(self, message: str) -> None:
        """The form cannot be routed yet (a field is missing or wrong): say which, keep the last plan away."""
        self.plan = None
        self.headline.setStyleSheet(_PROBLEM_STYLE)  # a sentence, not a headline: wraps cleanly
        self.headline.setText(self.tr("Cannot route yet: %1").replace("%1", message))
        self.steps.clear()
        self.notices.hide()

    def _headline(self, plan: dict) -> str:
        if plan.get("refused"):
            return self.tr("Refused (see the notices below)")
        signer = plan.get("signer")
        if not signer:
            approvers = "、".join(a.get("name") or Role(a["role"]).label for a in plan["approvals"])
            return self.tr("Approved by: %1").replace("%1", approvers) if approvers else self.tr("No further approval needed")
        who = signer.get("name") or self.tr("(vacant)")
        role = Role(signer["role"]).label
        if signer.get("acting_for"):
            role += self.tr(", signing for the %1").replace("%1", Role(signer["acting_for"]).label)
        return self.tr("Signer: %1 (%2)").replace("%1", who).replace("%2", role)

    def warning_texts(self) -> list[str]:
        return [w["message"] for w in (self.plan or {}).get("warnings", [])]
