"""The org chart (people, roles, departments and portfolios, absences) and the number series, as stored
in the registry; the holiday calendar has its own face (registry/holidays.py). The org chart is replaced
whole on import: it is the county's current leadership, and each record keeps the plan of its day."""
from __future__ import annotations

from typing import Any

from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.registry.database import audit
from desktop_app.registry.engine import Database
from desktop_app.registry.numbers import check_series_code


def save_org(db: Database, org: OrgChart) -> None:
    """Replaces the stored org chart by this one. Call inside write()."""
    before = load_org(db)
    # The departments list stays: the office extends it in 设置, and the chart adds its portfolios to it.
    for table in ("absences", "portfolios", "people"):
        db.conn.execute(f"DELETE FROM {table}")
    db.conn.execute("INSERT INTO org_meta (key, value) VALUES ('county', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [org.county])
    for person in org.people:
        db.conn.execute("INSERT INTO people (id, name, role) VALUES (?, ?, ?)",
                        [person.id, person.name, person.role.value])
        for position, department in enumerate(person.departments):
            db.conn.execute("INSERT INTO departments (name) VALUES (?) ON CONFLICT DO NOTHING", [department])
            db.conn.execute("INSERT INTO portfolios (person_id, department, position) VALUES (?, ?, ?) "
                            "ON CONFLICT DO NOTHING",
                            [person.id, department, position])
    for absence in org.absences:
        db.conn.execute("INSERT INTO absences (person_id, start_on, end_on) VALUES (?, ?, ?)",
                        [absence.person, absence.start.isoformat(), absence.end.isoformat()])
    audit(db, "org_import", None, before.to_json() if before else None, org.to_json())


def load_org(db: Database) -> OrgChart | None:
    people = db.conn.execute("SELECT id, name, role FROM people ORDER BY rowid").fetchall()
    if not people:
        return None
    county = db.conn.execute("SELECT value FROM org_meta WHERE key = 'county'").fetchone()
    portfolio: dict[str, list[str]] = {}
    for person_id, department in db.conn.execute(
            "SELECT person_id, department FROM portfolios ORDER BY person_id, position"):
        portfolio.setdefault(person_id, []).append(department)
    data = {
        "county": county[0] if county else "本县",
        "people": [{"id": pid, "name": name, "role": role, "departments": portfolio.get(pid, [])}
                   for pid, name, role in people],
        "absences": [{"person": p, "from": s, "to": e} for p, s, e in db.conn.execute(
            "SELECT person_id, start_on, end_on FROM absences ORDER BY id")],
    }
    return OrgChart.from_json(data)


def add_series(db: Database, code: str, kind: str = "outgoing", label: str = "") -> dict:
    """Registers a new 机关代字 series. Call inside write()."""
    code = check_series_code(code)
    if kind not in ("outgoing", "incoming"):
        raise InputError("kind", f"取值“{kind}”无效", "可选值：outgoing、incoming")
    if db.conn.execute("SELECT 1 FROM series WHERE code = ?", [code]).fetchone():
        raise InputError("series", f"机关代字“{code}”已经存在", "无需重复登记")
    authority, usage = guess_use(code, kind)
    db.conn.execute("INSERT INTO series (code, kind, label, authority, usage) VALUES (?, ?, ?, ?, ?)",
                    [code, kind, label, authority, usage])
    audit(db, "series", None, None, {"code": code, "kind": kind, "label": label})
    return {"code": code, "kind": kind, "label": label, "authority": authority, "usage": usage}


def guess_use(code: str, kind: str = "outgoing") -> tuple[str | None, str]:
    """Who issues under a 机关代字 and for what, read from it as migration 0011 does (设置 can change it)."""
    if kind == "incoming":
        return None, "receipt"
    authority = "county_office" if "办" in code else "county_government"
    return authority, {"函": "letters", "规": "normative"}.get(code[-1:], "documents")


def list_series(db: Database) -> list[dict]:
    counters: dict[str, dict[str, int]] = {}
    for series, year, next_serial in db.conn.execute("SELECT series, year, next_serial FROM series_counters "
                                                     "ORDER BY series, year"):
        counters.setdefault(series, {})[str(year)] = next_serial
    rows = db.conn.execute("SELECT code, kind, label, authority, usage FROM series ORDER BY rowid")
    return [{"code": c, "kind": k, "label": label, "authority": authority, "usage": usage,
             "next_serial": counters.get(c, {})} for c, k, label, authority, usage in rows]
