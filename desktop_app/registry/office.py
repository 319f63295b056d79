"""The office itself: the county's name (on every form and slip), the office's settings (the slips' body
font), the departments a new office is offered, and the first-run setup that turns an empty registry into
a usable one in one transaction. `Office` is what the first-run wizard, 设置 → 稿纸与字体 and
`docroute settings …` use; `Registry` hands it the connection as `registry.office`."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable

from desktop_app.domain.errors import Hint, InputError, RefusedError
from desktop_app.domain.org import OrgChart
from desktop_app.paths import resource
from desktop_app.registry.database import audit, write
from desktop_app.registry.engine import Database

ORG_MISSING_HINT = Hint("请先运行 `docroute org import ORG.json` 导入组织架构（格式见 docs/org-chart.md）",
                        "请在“设置 → 组织架构”中录入县政府领导，或用“文件 → 导入组织架构…”导入")
DEFAULT_COUNTY = "托克逊县"
MAX_COUNTY = 20
# Settings this module owns, with what a value must be. The office lists keep theirs (全宗号 …) elsewhere.
SETTINGS = {"slip_font": "流转单正文字体（空为自动：仿宋，无则宋体，再无则内置字体）"}


@dataclass(frozen=True)
class Setup:
    """What the first-run wizard collected."""

    county: str
    people: tuple[dict, ...]  # {"name", "role", "departments"}; ids are given here
    series: tuple[dict, ...]  # {"code", "authority", "usage", "label"}
    departments: tuple[str, ...] = ()


def offered_departments(county: str = DEFAULT_COUNTY) -> list[str]:
    """The departments a new office starts its list with (resources/office/departments.json)."""
    data = json.loads(resource("office", "departments.json").read_text(encoding="utf-8"))
    townships = data["townships"] if (county or "").strip() == data.get("county") else []
    return [*data["departments"], *townships]


class Office:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- the county's name -----------------------------------------------------------------------
    def county(self) -> str:
        row = self.db.conn.execute("SELECT value FROM org_meta WHERE key = 'county'").fetchone()
        return row[0] if row else ""

    def set_county(self, name: str) -> dict:
        name = check_county(name)
        with write(self.db):
            before = self.county()
            self.db.conn.execute("INSERT INTO org_meta (key, value) VALUES ('county', ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [name])
            audit(self.db, "office_setting", None, {"county": before}, {"county": name})
        return self.settings()

    # ---- other settings --------------------------------------------------------------------------
    def settings(self) -> dict:
        stored = dict(self.db.conn.execute("SELECT key, value FROM office_settings WHERE key IN "
                                           f"({','.join('?' * len(SETTINGS))})", list(SETTINGS)).fetchall())
        return {"county": self.county(), **{key: stored.get(key, "") for key in SETTINGS}}

    def setting(self, key: str) -> str:
        return self.settings()[_key(key)]

    def set(self, key: str, value: str) -> dict:
        if key == "county":
            return self.set_county(value)
        # The font's name is checked by the caller against the fonts found (slips/fonts.py): the registry and
        # the slips are independent layers, and the fonts of the PC that prints are what count.
        key, value = _key(key), (value or "").strip()
        with write(self.db):
            before = self.setting(key)
            self.db.conn.execute("INSERT INTO office_settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
            audit(self.db, "office_setting", None, {key: before}, {key: value})
        return self.settings()

    # ---- first run -------------------------------------------------------------------------------
    def is_set_up(self) -> bool:
        return self.db.conn.execute("SELECT EXISTS (SELECT 1 FROM people)").fetchone()[0] == 1

    def first_setup(self, setup: Setup) -> OrgChart:
        """The county, its leaders and portfolios, its series and departments, all at once or not at all."""
        from desktop_app.registry.numbering import Numbering
        from desktop_app.registry.org_edit import OrgBook
        from desktop_app.registry.orgstore import save_org

        org = check_setup(setup)
        with write(self.db):
            if self.is_set_up():
                raise RefusedError("这个数据库已经设置过组织架构，首次设置向导不能覆盖",
                                   Hint("请用 `docroute org …` 修改", "请在“设置 → 组织架构”中修改"))
            OrgBook(self.db).ensure_departments(_unique([*setup.departments, *org.departments()]))
            save_org(self.db, org)
            Numbering(self.db).replace_unused(list(setup.series))
            audit(self.db, "setup", None, None, {"county": org.county, "people": len(org.people),
                                                 "series": [s["code"] for s in setup.series]})
        return org


def check_setup(setup: Setup) -> OrgChart:
    """The org chart the setup would store, validated as the registry validates every change; the wizard
    calls it on each page so a mistake is named before the last step."""
    from desktop_app.registry.org_edit import check_name, check_org, new_person_id, role_of

    county = check_county(setup.county)
    people, taken = [], set()
    for item in setup.people:
        role = role_of(item.get("role"))
        person_id = new_person_id(role, taken)
        taken.add(person_id)
        people.append({"id": person_id, "name": check_name(item.get("name")), "role": role.value,
                       "departments": list(item.get("departments") or [])})
    org = OrgChart.from_json({"county": county, "people": people})
    check_org(org)
    _require_leaders(org)
    return org


def check_county(name: Any) -> str:
    text = str(name or "").strip()
    if not text:
        raise InputError("county", "县名不能为空", "例如 托克逊县")
    if len(text) > MAX_COUNTY or any(ch.isspace() or ch.isdigit() for ch in text):
        raise InputError("county", f"县名“{text[:MAX_COUNTY]}”不正确", "请写县（市、区）的全称，例如 托克逊县")
    return text


def _key(key: str) -> str:
    if key not in SETTINGS:
        raise InputError("key", f"没有名为“{key}”的设置", f"可选：county、{'、'.join(SETTINGS)}")
    return key


def _require_leaders(org: OrgChart) -> None:
    """A new office names its 县长 and 常务副县长: the signer table of 第六十四条 needs both from day one."""
    from desktop_app.domain.enums import Role

    for role in (Role.COUNTY_HEAD, Role.EXECUTIVE_DEPUTY_HEAD):
        if org.first_with_role(role) is None:
            raise InputError("role", f"还没有填写{role.label}", f"请在领导名单中填写{role.label}的姓名")


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(n for n in names if n))
