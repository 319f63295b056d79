"""Reads the rule tables of resources/rules/ (JSON, each row citing its article) and turns finding
codes into Finding values with their article, severity and Chinese message."""
from __future__ import annotations

import json
from functools import cache
from typing import Any

from desktop_app.domain.enums import Severity
from desktop_app.domain.plan import Finding
from desktop_app.paths import resource


@cache
def table(name: str) -> dict[str, Any]:
    """One rule table, e.g. table("outgoing"); cached for the process."""
    return json.loads(resource("rules", f"{name}.json").read_text(encoding="utf-8"))


def finding(key: str, **fields: Any) -> Finding:
    """The finding `key` of findings.json with its placeholders filled in."""
    entry = table("findings")[key]
    values = {name: _text(value) for name, value in fields.items()}
    return Finding(
        code=entry.get("code", key),
        basis=entry["basis"].format_map(values),
        message=entry["message"].format_map(values),
        severity=Severity(entry["severity"]),
    )


def _text(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "、".join(map(str, value))
    return str(value)
