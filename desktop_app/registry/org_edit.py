"""The org chart edited one change at a time: people, roles and portfolios (分管), the departments the
office can choose from, and absences (请假与外出, 第七十六条). `OrgBook` is what 设置 → 组织架构 and
请假与外出 and `docroute org …` use; `Registry` hands it the connection as `registry.org`.

Every change is validated against the whole chart it would produce — at most one 县长, one 常务副县长 and
one 办公室主任; portfolios only for deputy heads; a department under one deputy at most — and is one
transaction with its audit entry. A stored plan never changes: records keep the plan of their day, and
a change applies to the plans computed after it (routing.md)."""
from __future__ import annotations

from datetime import date
from typing import Any, Iterable

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import InputError, RefusedError
from desktop_app.domain.org import OrgChart
from desktop_app.registry.database import audit, write
from desktop_app.registry.engine import Database
from desktop_app.registry.orgstore import load_org

SINGLE_ROLES = (Role.COUNTY_HEAD, Role.EXECUTIVE_DEPUTY_HEAD, Role.OFFICE_DIRECTOR)
DEPUTY_ROLES = (Role.EXECUTIVE_DEPUTY_HEAD, Role.DEPUTY_HEAD)
_ID_PREFIX = {Role.COUNTY_HEAD: "head", Role.EXECUTIVE_DEPUTY_HEAD: "exec", Role.DEPUTY_HEAD: "d",
              Role.OFFICE_DIRECTOR: "dir", Role.OFFICE_DEPUTY_DIRECTOR: "ddir"}
MAX_NAME = 20
ABSENCE_REASONS = ("出差", "休假", "外出学习", "出访", "请假", "其他")


def role_of(value: Any) -> Role:
    """A person's role from its id (county_head) or its Chinese label (县长, 常务副县长 …)."""
    text = str(value or "").strip()
    aliases = {"负责常务工作的副县长": Role.EXECUTIVE_DEPUTY_HEAD, "县政府党组成员": Role.DEPUTY_HEAD,
               "办公室主任": Role.OFFICE_DIRECTOR, "办公室副主任": Role.OFFICE_DEPUTY_DIRECTOR}
    for role_id in Role.person_roles():
        role = Role(role_id)
        if text in (role.value, role.label):
            return role
    if text in aliases:
        return aliases[text]
    labels = "、".join(Role(r).label for r in Role.person_roles())
    raise InputError("role", f"未知职务“{text}”", f"可选：{labels}")


def check_org(org: OrgChart, edited: str | None = None) -> None:
    """Refuses a chart the routing rules cannot use (第五条, 第七条, 第六十四条); says which person and why.

    A department claimed twice is charged to the person being edited, not to the one who had it."""
    for role in SINGLE_ROLES:
        holders = [p.name for p in org.people if p.role is role]
        if len(holders) > 1:
            raise InputError("role", f"{role.label}只能有一位，现有 {'、'.join(holders)}",
                             "请把其中一位改为其他职务，或删去多余的一位")
    owner: dict[str, str] = {}
    for person in sorted(org.people, key=lambda p: p.id == edited):
        name = check_name(person.name)
        if person.departments and person.role not in DEPUTY_ROLES:
            raise InputError("departments", f"{name}（{person.role.label}）不分管部门",
                             "只有副县长（含常务副县长）有分管部门；请清空分管部门或改为副县长")
        for department in person.departments:
            if department in owner and owner[department] != name:
                raise InputError("departments", f"“{department}”已由{owner[department]}分管，不能再由{name}分管",
                                 "一个部门只能由一位副县长分管；请先从原分管领导处去掉")
            owner[department] = name


class OrgBook:
    def __init__(self, db: Database) -> None:
        self.db = db

    # ---- reading ---------------------------------------------------------------------------------
    def chart(self) -> OrgChart | None:
        return load_org(self.db)

    def people(self) -> list[dict]:
        org = self.chart()
        return [_person_json(p) for p in org.people] if org else []

    def person(self, person_id: str) -> dict:
        org = self.chart()
        person = org.get(person_id) if org else None
        if person is None:
            raise InputError("person", f"组织架构中没有 id 为“{person_id}”的人员", "请从人员名单中选择")
        return _person_json(person)

    def departments(self) -> list[dict]:
        """Every department the office chose from, with the deputy in charge of it (None if nobody)."""
        deputy = {d: (p.id, p.name) for p in (self.chart() or _EMPTY).people for d in p.departments}
        names = [n for (n,) in self.db.conn.execute("SELECT name FROM departments ORDER BY rowid")]
        return [{"name": n, "deputy": deputy.get(n, (None, None))[0], "deputy_name": deputy.get(n, (None, None))[1]}
                for n in names]

    def absences(self, *, on: date | str | None = None, person: str | None = None) -> list[dict]:
        """Absences, newest start first; `on` keeps those covering that day, `person` one leader's."""
        sql = ("SELECT a.id, a.person_id, p.name, p.role, a.start_on, a.end_on, a.reason FROM absences a "
               "JOIN people p ON p.id = a.person_id WHERE 1 = 1")
        params: list[Any] = []
        if on is not None:
            day = _day(on, "on").isoformat()
            sql += " AND a.start_on <= ? AND a.end_on >= ?"
            params += [day, day]
        if person is not None:
            sql += " AND a.person_id = ?"
            params.append(person)
        rows = self.db.conn.execute(sql + " ORDER BY a.start_on DESC, a.id DESC", params)
        return [{"id": i, "person": pid, "name": name, "role": role, "role_label": Role(role).label,
                 "from": start, "to": end, "reason": reason} for i, pid, name, role, start, end, reason in rows]

    # ---- people ----------------------------------------------------------------------------------
    def add_person(self, name: str, role: Any, departments: Iterable[str] = (), *,
                   person_id: str | None = None) -> dict:
        role = role_of(role)
        with write(self.db):
            before = self._chart_json()
            people = list(before["people"])
            new_id = person_id.strip() if person_id else new_person_id(role, {p["id"] for p in people})
            if any(p["id"] == new_id for p in people):
                raise InputError("id", f"人员 id“{new_id}”已被使用", "请换一个 id，或不填由程序给出")
            people.append({"id": new_id, "name": (name or "").strip(), "role": role.value,
                           "departments": _clean_departments(departments)})
            self._store(before, people, {"add": new_id})
        return self.person(new_id)

    def update_person(self, person_id: str, *, name: str | None = None, role: Any = None,
                      departments: Iterable[str] | None = None) -> dict:
        with write(self.db):
            before = self._chart_json()
            people = [dict(p) for p in before["people"]]
            target = next((p for p in people if p["id"] == person_id), None)
            if target is None:
                raise InputError("person", f"组织架构中没有 id 为“{person_id}”的人员", "请从人员名单中选择")
            if name is not None:
                target["name"] = name.strip()
            if role is not None:
                target["role"] = role_of(role).value
            if departments is not None:
                target["departments"] = _clean_departments(departments)
            self._store(before, people, {"update": person_id})
        return self.person(person_id)

    def remove_person(self, person_id: str) -> dict:
        """Takes a leader off the chart (and their absences); records keep the plans that named them."""
        with write(self.db):
            before = self._chart_json()
            people = [p for p in before["people"] if p["id"] != person_id]
            if len(people) == len(before["people"]):
                raise InputError("person", f"组织架构中没有 id 为“{person_id}”的人员", "请从人员名单中选择")
            self._store(before, people, {"remove": person_id})
        return {"removed": person_id}

    # ---- departments -----------------------------------------------------------------------------
    def add_department(self, name: str) -> dict:
        name = _department_name(name)
        with write(self.db):
            if self.db.conn.execute("SELECT 1 FROM departments WHERE name = ?", [name]).fetchone():
                raise InputError("department", f"“{name}”已在部门名单中", "无需重复添加")
            self.db.conn.execute("INSERT INTO departments (name) VALUES (?)", [name])
            audit(self.db, "org_edit", None, None, {"department_added": name})
        return {"name": name, "deputy": None, "deputy_name": None}

    def remove_department(self, name: str) -> dict:
        with write(self.db):
            if not self.db.conn.execute("SELECT 1 FROM departments WHERE name = ?", [name]).fetchone():
                raise InputError("department", f"部门名单中没有“{name}”", "请从名单中选择")
            holder = self.db.conn.execute("SELECT p.name FROM portfolios f JOIN people p ON p.id = f.person_id "
                                          "WHERE f.department = ?", [name]).fetchone()
            if holder:
                raise RefusedError(f"“{name}”由{holder[0]}分管，不能从名单中删去", "请先从其分管部门中去掉")
            self.db.conn.execute("DELETE FROM departments WHERE name = ?", [name])
            audit(self.db, "org_edit", None, {"department": name}, {"department_removed": name})
        return {"removed": name}

    def ensure_departments(self, names: Iterable[str]) -> None:
        """Adds the names not yet listed (inside the caller's write())."""
        for name in names:
            self.db.conn.execute("INSERT INTO departments (name) VALUES (?) ON CONFLICT DO NOTHING", [_department_name(name)])

    # ---- absences (第七十六条) ---------------------------------------------------------------------
    def add_absence(self, person_id: str, start: Any, end: Any, reason: str = "") -> dict:
        start_day, end_day = _day(start, "from"), _day(end, "to")
        if end_day < start_day:
            raise InputError("to", "结束日期早于开始日期", "请检查开始和结束日期")
        with write(self.db):
            person = self.db.conn.execute("SELECT name FROM people WHERE id = ?", [person_id]).fetchone()
            if person is None:
                raise InputError("person", f"组织架构中没有 id 为“{person_id}”的人员", "请从领导名单中选择")
            overlap = self.db.conn.execute(
                "SELECT start_on, end_on FROM absences WHERE person_id = ? AND start_on <= ? AND end_on >= ?",
                [person_id, end_day.isoformat(), start_day.isoformat()]).fetchone()
            if overlap:
                raise RefusedError(f"{person[0]}已登记 {overlap[0]} 至 {overlap[1]} 不在岗，与本次日期重叠",
                                   "请修改日期，或先删去原来的登记")
            cursor = self.db.conn.execute(
                "INSERT INTO absences (person_id, start_on, end_on, reason) VALUES (?, ?, ?, ?) RETURNING id",
                [person_id, start_day.isoformat(), end_day.isoformat(), (reason or "").strip()])
            entry = {"id": cursor.fetchone()[0], "person": person_id, "name": person[0], "from": start_day.isoformat(),
                     "to": end_day.isoformat(), "reason": (reason or "").strip()}
            audit(self.db, "absence", None, None, entry)
        return entry

    def remove_absence(self, absence_id: Any) -> dict:
        with write(self.db):
            row = self.db.conn.execute("SELECT person_id, start_on, end_on, reason FROM absences WHERE id = ?",
                                       [_int(absence_id)]).fetchone()
            if row is None:
                raise InputError("absence", f"没有编号为 {absence_id} 的请假外出登记", "请从名单中选择")
            self.db.conn.execute("DELETE FROM absences WHERE id = ?", [_int(absence_id)])
            audit(self.db, "absence", None, {"id": _int(absence_id), "person": row[0], "from": row[1], "to": row[2],
                                             "reason": row[3]}, None)
        return {"removed": _int(absence_id)}

    # ---- storing a whole changed chart -----------------------------------------------------------
    def _chart_json(self) -> dict:
        org = self.chart()
        county = self.db.conn.execute("SELECT value FROM org_meta WHERE key = 'county'").fetchone()
        data = org.to_json() if org else {"county": county[0] if county else "本县", "people": [], "absences": []}
        for person in data["people"]:
            person.setdefault("departments", [])
        return data

    def _store(self, before: dict, people: list[dict], change: dict) -> None:
        """Validates the chart the change produces and writes the people and portfolios (inside write())."""
        for person in people:
            check_name(person["name"])
        org = OrgChart.from_json({"county": before["county"], "people": people})
        check_org(org, edited=next(iter(change.values()), None))
        kept = {p.id for p in org.people}
        for (gone,) in self.db.conn.execute("SELECT id FROM people").fetchall():
            if gone not in kept:  # their absences and portfolios go with them (ON DELETE CASCADE)
                self.db.conn.execute("DELETE FROM people WHERE id = ?", [gone])
        self.db.conn.execute("DELETE FROM portfolios")
        for person in org.people:
            self.db.conn.execute("INSERT INTO people (id, name, role) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE "
                                 "SET name = excluded.name, role = excluded.role",
                                 [person.id, person.name, person.role.value])
            for position, department in enumerate(person.departments):
                self.db.conn.execute("INSERT INTO departments (name) VALUES (?) ON CONFLICT DO NOTHING", [department])
                self.db.conn.execute("INSERT INTO portfolios (person_id, department, position) VALUES (?, ?, ?)",
                                     [person.id, department, position])
        after = [_person_json(p, labels=False) for p in org.people]
        audit(self.db, "org_edit", None, {"people": before["people"]}, {**change, "people": after})


_EMPTY = OrgChart(county="", people=())


def new_person_id(role: Role, taken: set[str]) -> str:
    """`head`, `exec`, `dir` for the single roles; `d1`, `d2` … and `ddir`, `ddir2` … otherwise."""
    prefix = _ID_PREFIX[role]
    if role is not Role.DEPUTY_HEAD and prefix not in taken:
        return prefix
    n = 1 if role is Role.DEPUTY_HEAD else 2
    while f"{prefix}{n}" in taken:
        n += 1
    return f"{prefix}{n}"


def _person_json(person: Any, labels: bool = True) -> dict:
    data = {"id": person.id, "name": person.name, "role": person.role.value, "departments": list(person.departments)}
    if labels:
        data["role_label"] = person.role.label
    return data


def check_name(name: Any) -> str:
    text = str(name or "").strip()
    if not text:
        raise InputError("name", "姓名不能为空", "请填写领导的姓名")
    if len(text) > MAX_NAME:
        raise InputError("name", f"姓名“{text[:MAX_NAME]}…”过长", f"姓名不超过 {MAX_NAME} 个字")
    return text


def _clean_departments(departments: Iterable[str]) -> list[str]:
    if isinstance(departments, str):
        departments = departments.replace("，", "、").replace(",", "、").replace("；", "、").split("、")
    seen: dict[str, None] = {}
    for name in departments:
        if str(name).strip():
            seen.setdefault(_department_name(name), None)
    return list(seen)


def _department_name(name: Any) -> str:
    text = str(name or "").strip()
    if not text:
        raise InputError("department", "部门名称不能为空", "例如 县教育局")
    if len(text) > 40 or any(ch in text for ch in "\n\r\t、,，;；"):
        raise InputError("department", f"部门名称“{text[:40]}”不正确", "一个部门一个名称，不超过 40 字，例如 县教育局")
    return text


def _day(value: Any, field: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise InputError(field, f"日期“{value}”格式不正确", "请按 YYYY-MM-DD 填写，例如 2026-12-01") from None


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InputError("absence", f"编号“{value}”不是整数", "请从名单中选择") from None
