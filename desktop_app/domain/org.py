"""The county's leadership: people with roles and portfolios (分管), and their absences (routing.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, Mapping

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import InputError
from desktop_app.domain.values import check_tree, parse_date, require


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    role: Role
    departments: tuple[str, ...] = ()

    @property
    def is_deputy(self) -> bool:
        """Deputy heads, the executive one included, hold portfolios (第七条)."""
        return self.role in (Role.DEPUTY_HEAD, Role.EXECUTIVE_DEPUTY_HEAD)


@dataclass(frozen=True)
class Absence:
    person: str
    start: date
    end: date  # inclusive

    def covers(self, day: date) -> bool:
        return self.start <= day <= self.end


@dataclass(frozen=True)
class OrgChart:
    county: str
    people: tuple[Person, ...]
    absences: tuple[Absence, ...] = ()
    _by_id: Mapping[str, Person] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {p.id: p for p in self.people})

    def get(self, person_id: str) -> Person | None:
        return self._by_id.get(person_id)

    def first_with_role(self, role: Role) -> Person | None:
        return next((p for p in self.people if p.role is role), None)

    def deputy_over(self, department: str) -> Person | None:
        """The deputy head (executive included) whose portfolio lists the department."""
        return next((p for p in self.people if p.is_deputy and department in p.departments), None)

    def is_absent(self, person_id: str, day: date) -> bool:
        return any(a.person == person_id and a.covers(day) for a in self.absences)

    def departments(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for person in self.people:
            for department in person.departments:
                seen.setdefault(department, None)
        return tuple(seen)

    @classmethod
    def from_json(cls, data: Any) -> "OrgChart":
        if not isinstance(data, dict):
            raise InputError("org", "组织架构必须是 JSON 对象", "格式见 docs/org-chart.md")
        check_tree(data, "org.")
        people_data = require(data, "people", list, prefix="org.")
        people = tuple(_person(i, item) for i, item in enumerate(people_data))
        ids = [p.id for p in people]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise InputError("org.people", f"人员 id 重复：{'、'.join(duplicates)}", "每位人员的 id 必须唯一")
        absences_data = data.get("absences") or []
        if not isinstance(absences_data, list):
            raise InputError("org.absences", "必须是列表", "每一项写明 person、from、to")
        absences = tuple(_absence(i, item, set(ids)) for i, item in enumerate(absences_data))
        county = data.get("county") or "本县"
        if not isinstance(county, str):
            raise InputError("org.county", "县名必须是文字")
        return cls(county=county, people=people, absences=absences)

    def to_json(self) -> dict:
        return {
            "county": self.county,
            "people": [{"id": p.id, "name": p.name, "role": p.role.value,
                        **({"departments": list(p.departments)} if p.departments else {})}
                       for p in self.people],
            "absences": [{"person": a.person, "from": a.start.isoformat(), "to": a.end.isoformat()}
                         for a in self.absences],
        }


def _person(index: int, item: Any) -> Person:
    where = f"org.people[{index}]"
    if not isinstance(item, dict):
        raise InputError(where, "必须是 JSON 对象")
    person_id = require(item, "id", str, prefix=where + ".")
    name = require(item, "name", str, prefix=where + ".")
    role_value = require(item, "role", str, prefix=where + ".")
    if role_value not in Role.person_roles():
        raise InputError(f"{where}.role", f"未知角色“{role_value}”",
                         f"可选值：{', '.join(Role.person_roles())}")
    departments = item.get("departments") or []
    if not isinstance(departments, list) or not all(isinstance(d, str) for d in departments):
        raise InputError(f"{where}.departments", "必须是部门名称的列表")
    return Person(person_id, name, Role(role_value), tuple(departments))


def _absence(index: int, item: Any, ids: set[str]) -> Absence:
    where = f"org.absences[{index}]"
    if not isinstance(item, dict):
        raise InputError(where, "必须是 JSON 对象")
    person = require(item, "person", str, prefix=where + ".")
    if person not in ids:
        raise InputError(f"{where}.person", f"组织架构中没有 id 为“{person}”的人员")
    start = parse_date(item.get("from"), f"{where}.from")
    end = parse_date(item.get("to"), f"{where}.to")
    if end < start:
        raise InputError(f"{where}.to", "结束日期早于开始日期")
    return Absence(person, start, end)
