"""Office settings kept in the registry (table office_settings, 0010): the 全宗号 and 机构代码 that go
into every 档号 (DA/T 22-2015). Each setting has a default, so archiving works from the first day; the
设置 page and `docroute archive-settings` change them, and each change is in the audit log."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.errors import InputError
from desktop_app.registry.database import audit, write
from desktop_app.registry.engine import Database


@dataclass(frozen=True)
class Setting:
    key: str
    label: str
    default: str
    pattern: str  # what a value may look like (checked after trimming and upper-casing)
    hint: str


SETTINGS = {s.key: s for s in (
    Setting("archive.fonds", "全宗号", "Z001", r"[0-9A-Z]{1,10}",
            "全宗号由档案馆给定，4 位字母或数字，例如 Z109"),
    Setting("archive.org_code", "机构代码", "BGS", r"[0-9A-Z]{1,10}",
            "机构（问题）代码为字母或数字，例如 BGS（办公室）"),
)}


class OfficeSettings:
    """The face of the office settings (`registry.settings`)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, key: str) -> str:
        setting = _setting(key)
        row = self.db.conn.execute("SELECT value FROM office_settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else setting.default

    def all(self) -> dict[str, dict]:
        return {key: {"label": s.label, "value": self.get(key), "default": s.default} for key, s in SETTINGS.items()}

    def set(self, key: str, value: Any) -> str:
        setting = _setting(key)
        if not isinstance(value, str) or not value.strip():
            raise InputError(key, f"{setting.label}不能为空", setting.hint)
        value = value.strip().upper()
        if not re.fullmatch(setting.pattern, value):
            raise InputError(key, f"{setting.label}“{value}”格式不对", setting.hint)
        before = self.get(key)
        with write(self.db):
            self.db.conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
            audit(self.db, "office_setting", None, {"key": key, "value": before}, {"key": key, "value": value})
        return value


def _setting(key: str) -> Setting:
    if key not in SETTINGS:
        raise InputError("key", f"没有“{key}”这项设置", f"可设置：{'、'.join(SETTINGS)}")
    return SETTINGS[key]
