"""Reading an org chart from a file the office already has: the ORG.json of routing.md, or an Excel sheet
with one row per person (docs/org-chart.md). Both become the ORG.json dict that `Registry.import_org`
validates and stores; a bad row is refused with its row number and nothing is imported.

XLSX layout: an optional first row `县名 | 托克逊县`, then a header row naming the columns 姓名, 职务 and
optionally 分管部门 (separated by 、) and 编号 (the person's id); then one row per person."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.domain.enums import Role
from desktop_app.domain.errors import InputError
from desktop_app.domain.org import OrgChart
from desktop_app.domain.values import parse_json

MAX_PEOPLE = 200
_COLUMNS = {"姓名": "name", "职务": "role", "分管部门": "departments", "编号": "id", "id": "id"}
SUFFIXES = (".json", ".xlsx")


def read_org_file(path: str | Path, county: str = "") -> dict:
    """The ORG.json dict of a .json or .xlsx file; `county` is used when the sheet names none."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError("file", f"不支持的文件类型 {path.suffix or '（无扩展名）'}",
                         "组织架构请用 .json 或 .xlsx 文件（格式见 docs/org-chart.md）")
    if not path.is_file():
        raise InputError("file", f"找不到文件 {path}", "请检查路径")
    return _from_json(path) if suffix == ".json" else _from_xlsx(path, county)


def _from_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError("file", f"无法读取文件 {path.name}（{exc}）", "请确认文件是 UTF-8 编码的 JSON") from None
    return parse_json(text, "org")  # the strict reader of every request (values.py)


def _from_xlsx(path: Path, county: str) -> dict:
    from desktop_app.registry.org_edit import new_person_id, role_of

    rows = _sheet_rows(path)
    if rows and rows[0][0] == "县名":
        county = rows[0][1] if len(rows[0]) > 1 and rows[0][1] else county
        rows = rows[1:]
    if not rows:
        raise InputError("file", f"{path.name} 中没有表头", "第一行（或“县名”行之后）写 姓名、职务、分管部门")
    columns = _header(rows[0])
    people, taken = [], set()
    for number, row in enumerate(rows[1:], start=2):
        cells = {key: (row[i] if i < len(row) else "") for key, i in columns.items()}
        if not any(cells.values()):
            continue
        where = f"第 {number} 行"
        if len(people) == MAX_PEOPLE:
            raise InputError("file", f"人员超过 {MAX_PEOPLE} 人", "组织架构只列县政府领导和办公室主任、副主任")
        if not cells.get("name"):
            raise InputError(where, "缺少姓名", "每行一位领导：姓名、职务、分管部门")
        try:
            role = role_of(cells.get("role"))
        except InputError as error:
            raise InputError(where, f"{cells['name']}：{error.detail}", error.hint) from None
        person_id = cells.get("id") or new_person_id(role, taken)
        taken.add(person_id)
        departments = [d.strip() for d in cells.get("departments", "").replace("，", "、").replace(",", "、")
                       .replace("；", "、").split("、") if d.strip()]
        people.append({"id": person_id, "name": cells["name"], "role": role.value, "departments": departments})
    if not people:
        raise InputError("file", f"{path.name} 中没有人员", "表头下每行写一位领导")
    return {"county": county or "本县", "people": people, "absences": []}


def _sheet_rows(path: Path) -> list[list[str]]:
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged or foreign file
        raise InputError("file", f"无法读取 Excel 文件 {path.name}（{exc.__class__.__name__}）",
                         "请确认是 .xlsx 文件（不是 .xls），并在 Excel 中另存一次") from None
    try:
        sheet = book.worksheets[0]
        rows = []
        for values in sheet.iter_rows(values_only=True, max_row=MAX_PEOPLE + 10):
            cells = ["" if v is None else str(v).strip() for v in values]
            if any(cells):
                rows.append(cells)
        return rows
    finally:
        book.close()


def _header(row: list[str]) -> dict[str, int]:
    columns = {}
    for index, title in enumerate(row):
        key = _COLUMNS.get(title.replace(" ", "").replace("（可选）", ""))
        if key and key not in columns:
            columns[key] = index
    missing = [title for title, key in (("姓名", "name"), ("职务", "role")) if key not in columns]
    if missing:
        raise InputError("表头", f"缺少列：{'、'.join(missing)}", "表头写 姓名、职务、分管部门（可选 编号）")
    return columns


def summary(org: OrgChart) -> str:
    """What was imported, in one sentence: 县名, the leaders by role, portfolios."""
    parts = []
    for role in (Role.COUNTY_HEAD, Role.EXECUTIVE_DEPUTY_HEAD, Role.DEPUTY_HEAD, Role.OFFICE_DIRECTOR,
                 Role.OFFICE_DEPUTY_DIRECTOR):
        names = [p.name for p in org.people if p.role is role]
        if names:
            parts.append(f"{role.label} {'、'.join(names)}")
    departments = len(org.departments())
    return f"{org.county}：{'；'.join(parts)}。共 {len(org.people)} 人，分管部门 {departments} 个。"
