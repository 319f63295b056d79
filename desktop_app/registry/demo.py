"""Realistic sample data for trying the app and for the benchmark: the 托克逊县 departments and
townships, titles across the 15 document types, plausible numbers and dates over the last ten years.

The whole sample is one bulk write (bulk.py): one transaction, the search postings indexed once at the
end, memory flat at 1,000,000 rows (records are generated and stored 5,000 at a time). Each plan is the
real routing engine's: it is computed once per distinct routing request — the parsed request's fields
without the date, which the engine reads only for deadlines and absences, so the date joins the key
when the request has a deadline (纪要 with a meeting, 会签) or the org chart lists absences. Fields
and columns are those the registration validators give (the tests compare them for a sample).
"""
from __future__ import annotations

import bisect
import dataclasses
import random
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterator

from desktop_app.domain.errors import InputError
from desktop_app.domain.requests import IncomingRequest, OutgoingRequest
from desktop_app.registry import bulk, fields_codec, numbers, records
from desktop_app.registry.database import audit, compact_json, now
from desktop_app.registry.fields import incoming_columns, outgoing_columns, routing_request, sign_step
from desktop_app.registry.numbers import normalise_number
from desktop_app.registry.search import search_text_of, sort_key

if TYPE_CHECKING:
    from desktop_app.registry.registry import Registry

MAX_ROWS = 1_000_000
BATCH = 5000
PROCESS_AT = 20_000  # rows from which a second process makes them (its start costs ~0.5 s)

PORTFOLIOS = {
    "exec": ["县财政局", "县发展和改革委员会", "县审计局", "县统计局", "县商务和工业信息化局"],
    "d2": ["县教育局", "县卫生健康委员会", "县医疗保障局", "县民政局", "县人力资源和社会保障局",
           "县文化体育广播电视和旅游局"],
    "d3": ["县住房和城乡建设局", "县自然资源局", "县交通运输局", "县水利局", "县农业农村局",
           "县林业和草原局", "县应急管理局", "县市场监督管理局"],
}
DEMO_ORG = {
    "county": "托克逊县",
    "people": [
        {"id": "head", "name": "县长甲", "role": "county_head"},
        {"id": "exec", "name": "副县长甲", "role": "executive_deputy_head", "departments": PORTFOLIOS["exec"]},
        {"id": "d2", "name": "副县长乙", "role": "deputy_head", "departments": PORTFOLIOS["d2"]},
        {"id": "d3", "name": "副县长丙", "role": "deputy_head", "departments": PORTFOLIOS["d3"]},
        {"id": "dir", "name": "办公室主任甲", "role": "office_director"},
        {"id": "ddir", "name": "办公室副主任甲", "role": "office_deputy_director"},
    ],
    "absences": [],
}
TOWNSHIPS = ["托克逊镇", "库米什镇", "克尔碱镇", "阿乐惠镇", "伊拉湖镇", "夏乡", "郭勒布依乡", "博斯坦乡"]
UPPER = ["吐鲁番市人民政府", "吐鲁番市人民政府办公室", "自治区人民政府办公厅", "吐鲁番市应急管理局",
         "吐鲁番市教育局", "吐鲁番市财政局", "吐鲁番市水利局"]
# (topic, weight): a few topics are deliberately rare so the benchmark has rare words to look for.
TOPICS = [("防汛抗旱", 30), ("冬季森林草原防火", 12), ("安全生产大检查", 30), ("农村饮水安全", 10),
          ("教育质量提升", 20), ("义务教育控辍保学", 8), ("高标准农田建设", 12), ("乡村振兴", 25),
          ("耕地保护", 10), ("城乡环境整治", 15), ("食品安全监管", 12), ("困难群众救助", 10),
          ("重点项目建设", 20), ("财政预算执行", 15), ("水利工程建设", 12), ("葡萄产业发展", 6),
          ("职业技能培训", 8), ("道路交通安全", 10), ("自然灾害防治", 8), ("冰雹灾害救助", 1),
          ("沙尘暴天气应对", 1), ("哈密瓜种植补贴", 1)]
_OUTGOING_TYPES = [("通知", 40), ("通报", 8), ("意见", 6), ("决定", 4), ("函", 12), ("批复", 8), ("报告", 6),
                   ("请示", 6), ("纪要", 4), ("通告", 2), ("公告", 1), ("命令", 1), ("公报", 1), ("议案", 1),
                   ("决议", 1)]
_INCOMING_TYPES = [("请示", 30), ("报告", 25), ("通知", 25), ("函", 12), ("意见", 4), ("通报", 4)]
_DIRECTION = {"请示": "upward", "报告": "upward", "议案": "upward", "函": "parallel"}
_GOVERNMENT_ONLY = ("决定", "命令", "议案")  # 第六十四条: issued in the county government's name only


_TITLES = {
    "通知": (lambda t, y, s, r: r.choice([f"关于做好{y}年{t}工作的通知", f"关于印发《托克逊县{t}实施方案》的通知"])),
    "通报": lambda t, y, s, r: f"关于{y}年{t}工作情况的通报", "意见": lambda t, y, s, r: f"关于进一步加强{t}工作的意见",
    "决定": lambda t, y, s, r: f"关于表彰{y}年度{t}先进集体和先进个人的决定",
    "函": lambda t, y, s, r: f"关于商请协助开展{t}工作的函", "批复": lambda t, y, s, r: f"关于同意{s}{t}项目的批复",
    "报告": lambda t, y, s, r: f"关于{y}年{t}工作情况的报告", "请示": lambda t, y, s, r: f"关于申请{t}专项资金的请示",
    "纪要": lambda t, y, s, r: f"县人民政府第{r.randint(1, 40)}次常务会议纪要",
    "通告": lambda t, y, s, r: f"关于{t}期间有关事项的通告", "公告": lambda t, y, s, r: f"关于{t}有关事项的公告",
    "命令": lambda t, y, s, r: f"托克逊县人民政府令第{r.randint(1, 9)}号",
    "公报": lambda t, y, s, r: f"托克逊县{y}年国民经济和社会发展统计公报",
    "议案": lambda t, y, s, r: f"关于提请审议《托克逊县{t}条例》的议案", "决议": lambda t, y, s, r: f"关于{t}的决议",
}


def _title(kind_type: str, topic: str, year: int, rng: random.Random, sender: str) -> str:
    return _TITLES[kind_type](topic, year, sender, rng)


def _cumulative(weighted: list[tuple[str, int]]) -> tuple[list[str], list[int], float]:
    values, total, cumulative = [], 0, []
    for value, weight in weighted:
        total += weight
        values.append(value)
        cumulative.append(total)
    return values, cumulative, float(total)


_CUMULATIVE: dict[int, tuple[list[str], list[int], float]] = {}


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    """rng.choices(values, cum_weights=…)[0] without its per-call set-up: the same draw (random.py since
    Python 3.9), so the same sample, at a third of the cost."""
    values, cumulative, total = (_CUMULATIVE.get(id(weighted))
                                 or _CUMULATIVE.setdefault(id(weighted), _cumulative(weighted)))
    return values[bisect.bisect(cumulative, rng.random() * total, 0, len(values) - 1)]


_TOPICS = list(TOPICS)
_SCOPES = [("routine", 80), ("cross_portfolio", 15), ("major", 5)]
_URGENCY_OUT = [("none", 90), ("加急", 8), ("特急", 2)]
_URGENCY_IN = [("none", 88), ("加急", 10), ("特急", 2)]


def generate(rows: int, seed: int = 2026, end: date | None = None,
             departments: list[str] | None = None) -> Iterator[dict]:
    """Sample registrations in date order over the ten years ending at `end` (today by default),
    drafted by the given departments (those of the org chart in use)."""
    rng = random.Random(seed)
    end = end or date.today()
    start = end - timedelta(days=3650)
    departments = departments or [d for ds in PORTFOLIOS.values() for d in ds]
    for i in range(rows):
        day = start + timedelta(days=(i * 3650) // max(rows, 1))
        topic = _pick(rng, _TOPICS)
        if rng.random() < 0.4:
            yield _outgoing(rng, day, topic, departments)
        else:
            yield _incoming(rng, day, topic, departments)


def _outgoing(rng: random.Random, day: date, topic: str, departments: list[str]) -> dict:
    doc_type = _pick(rng, _OUTGOING_TYPES)
    lead = rng.choice(departments)
    office = rng.random() < 0.45 and doc_type not in _GOVERNMENT_ONLY
    meeting = {"meeting_date": (day - timedelta(days=rng.randint(1, 6))).isoformat()} if doc_type == "纪要" else {}
    return {**meeting,
        "kind": "outgoing", "date": day.isoformat(), "title": _title(doc_type, topic, day.year, rng, lead),
        "series": "托政函" if doc_type == "函" else ("托政办发" if office else "托政发"),
        "authority": "county_office" if office else "county_government",
        "direction": _DIRECTION.get(doc_type, "downward"), "doc_type": doc_type,
        "scope": _pick(rng, _SCOPES),
        "lead_department": lead, "cosign_departments": [],
        "main_recipients": (["吐鲁番市人民政府"] if _DIRECTION.get(doc_type) == "upward"
                            else ["各乡镇人民政府", "县直各单位"]),
        "cc": ["县委办公室", "县人大常委会办公室"], "drafter": rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("伟芳娜敏静丽强磊军洋"),
        "classification": "none", "urgency": _pick(rng, _URGENCY_OUT),
        "copies": rng.choice([20, 30, 40, 60, 80]), "publicity": rng.choice(["主动公开", "依申请公开"]),
    }


def _incoming(rng: random.Random, day: date, topic: str, departments: list[str]) -> dict:
    doc_type = _pick(rng, _INCOMING_TYPES)
    upward = doc_type in ("通知", "通报", "意见")
    sender = rng.choice(UPPER) if upward else rng.choice(departments + TOWNSHIPS)
    code = _sender_code(sender)
    brackets = rng.choice(["〔〕", "()", "[]", "【】", "〔〕", "〔〕"])
    serial = rng.randint(1, 180)
    return {
        "kind": "incoming", "date": day.isoformat(), "received_on": day.isoformat(),
        "title": _title(doc_type, topic, day.year, rng, sender), "doc_type": doc_type, "sender": sender,
        "sender_number": f"{code}{brackets[0]}{day.year}{brackets[1]}{serial}号",
        "main_recipients": ["县人民政府"], "copies": rng.choice([1, 2, 3]), "classification": "none",
        "urgency": _pick(rng, _URGENCY_IN),
        "due": (day + timedelta(days=rng.choice([7, 10, 15, 30]))).isoformat() if rng.random() < 0.5 else None,
    }


def _sender_code(sender: str) -> str:
    """A plausible 机关代字 of the sender: 吐鲁番市教育局 → 吐市教发, 县水利局 → 托水发, 库米什镇 → 库镇发."""
    fixed = {"吐鲁番市人民政府": "吐政发", "吐鲁番市人民政府办公室": "吐政办发", "自治区人民政府办公厅": "新政办发"}
    if sender in fixed:
        return fixed[sender]
    if sender.startswith("吐鲁番市"):
        return f"吐市{sender[4]}发"
    if sender.startswith("县"):
        return f"托{sender[1]}发"
    return f"{sender[0]}{sender[-1]}发"


def fill(registry: "Registry", rows: int, progress: Callable[[int, int], None] | None = None) -> dict:
    """Adds `rows` sample records in one transaction (the org chart is imported first when the database
    has none). `progress(done, rows)` is called every batch; an exception it raises cancels the load.
    From PROCESS_AT rows on, the rows are made in a second process (demo_worker.py) while this one
    writes them: the two halves of the work, each about a core's worth, overlap."""
    if not isinstance(rows, int) or not 1 <= rows <= MAX_ROWS:
        raise InputError("rows", f"示例记录条数 {rows} 超出范围", f"请填写 1 到 {MAX_ROWS:,} 之间的整数")
    if registry.org_chart() is None:
        registry.import_org(DEMO_ORG)
    from desktop_app.registry import demo_worker

    done, result = 0, {}
    with bulk.load(registry.db, rows) as writer:
        setup = _setup(registry, writer, rows)  # read inside the write lock: nobody adds plans or numbers
        source = demo_worker.in_child(setup) if rows >= PROCESS_AT else demo_worker.in_process(setup)
        with source as batches:
            for batch in batches:
                writer.plans(batch.plans)
                writer.records(batch.records)
                writer.numbers_of_records(batch.records[0][0], batch.records[-1][0])
                writer.step_templates(batch.templates)
                writer.templated_steps(batch.steps, batch.stamp)
                done += len(batch.records)
                if progress:
                    progress(done, rows)
            for (series, year), serial in batches.counters.items():
                numbers.advance_counter(registry.db, series, year, serial - 1)
            result.update(batches.report)
        audit(registry.db, "demo", None, None, {"rows": done})
    return {"rows": done, "records": registry.db.conn.execute("SELECT count(*) FROM records").fetchone()[0],
            **result}


def _setup(registry: "Registry", writer: "bulk.BulkWriter", rows: int) -> "Setup":
    db = registry.db
    today = date.today()
    years = range((today - timedelta(days=3650)).year, today.year + 1)
    codes = [s["code"] for s in registry.series()] + [numbers.RECEIPT_SERIES]
    return Setup(rows=rows, today=today, first_id=writer.next_id, org=registry.org_chart(),
                 calendar=registry._calendar(), departments=tuple(registry.org_chart().departments()),
                 next_serial={(c, y): numbers.next_serial(db, c, y) for c in set(codes) for y in years},
                 plans=dict((text, pid) for pid, text in db.conn.execute("SELECT id, json FROM plans")),
                 next_plan_id=db.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM plans").fetchone()[0])


@dataclass(frozen=True)
class Setup:
    """Everything the rows are made from, read from the database once (picklable: a second process
    makes the rows from it without opening the database)."""
    rows: int
    today: date
    first_id: int
    org: Any
    calendar: Any
    departments: tuple[str, ...]
    next_serial: dict  # (series, year) -> the next serial, for every series and year the sample can use
    plans: dict  # plan text -> id of the plans already stored
    next_plan_id: int


@dataclass
class Batch:
    """One batch of rows in the bulk write's column orders (bulk.py), the plans and the templates' steps
    first used in it, and each record's steps as (record_id, template, done, drafter, on_date): the
    writer makes the step rows from those (BulkWriter.templated_steps), and each record's numbers from
    its own columns (numbers_of_records)."""
    plans: list
    records: list
    templates: list
    steps: list
    stamp: str


_ROUTING_FIELDS = {"outgoing": frozenset(f.name for f in dataclasses.fields(OutgoingRequest)),
                   "incoming": frozenset(f.name for f in dataclasses.fields(IncomingRequest))}


@dataclass
class _Template:
    """What every sample request with the same routing fields shares: validated fields, plan, steps."""
    columns: dict
    fields: dict
    plan_id: int | None
    number: int  # BulkWriter.step_templates' template
    steps: int  # how many steps a record of it can have done
    sign_upto: int


class Rows:
    """Turns sample registrations into rows of the bulk write, from a Setup alone: numbers allocated
    in date order from the series counters (advanced once at the end: the load holds the write lock
    throughout); signed and numbered documents carry every recorded step up to 签发 (第六十四条: the
    window can say why 编号 is offered), finished incoming ones theirs. A plan seen for the first time
    gets the next plan id and travels with the batch that first uses it."""

    def __init__(self, setup: Setup) -> None:
        from desktop_app.rules.engine import route

        self.setup = setup
        self.org = setup.org
        self.calendar = setup.calendar
        self.route = route
        self.today = setup.today
        self.rng = random.Random(9704)
        self.plans = dict(setup.plans)
        self.next_plan_id = setup.next_plan_id
        self.new_plans: list[tuple[int, str]] = []
        self.new_steps: list[tuple] = []  # the steps of templates no batch has sent yet
        self.templates: dict[tuple, _Template] = {}
        self.counters: dict[tuple[str, int], int] = {}
        self.next_id = setup.first_id
        self.encoders = {kind: fields_codec.Encoder(kind) for kind in fields_codec.CODES}

    def requests(self) -> Iterator[dict]:
        return generate(self.setup.rows, departments=list(self.setup.departments), end=self.today)

    def batch(self, requests: list[dict]) -> Batch:
        stamp = now()
        rows, actions = [], []
        for offset, request in enumerate(requests):
            rows.append(self._row(request, self.next_id + offset, stamp, actions))
        self.next_id += len(rows)
        plans, self.new_plans = self.new_plans, []
        templates, self.new_steps = self.new_steps, []
        return Batch(plans, rows, templates, actions, stamp)

    def _serial(self, series: str, year: int) -> int:
        key = (series, year)
        if key not in self.counters:
            self.counters[key] = self.setup.next_serial.get(key, 1)
        serial = self.counters[key]
        self.counters[key] = serial + 1
        return serial

    def _plan_id(self, plan: dict) -> int:
        text = compact_json(plan)
        if text not in self.plans:
            self.plans[text] = self.next_plan_id
            self.new_plans.append((self.next_plan_id, text))
            self.next_plan_id += 1
        return self.plans[text]

    # ---- one record ------------------------------------------------------------------------------
    def _row(self, request: dict, record_id: int, stamp: str, actions: list) -> tuple:
        kind = request["kind"]
        template = self._template(kind, request)
        columns, fields = _fill(kind, template, request)
        day = date.fromisoformat(columns["date"])
        age = (self.today - day).days
        number = receipt = void_reason = None
        receipt_year = receipt_serial = year = serial = None
        if kind == "incoming":
            status = "done" if age > 60 else self.rng.choice(["registered", "in_progress"])
            receipt_year, receipt_serial = day.year, self._serial(numbers.RECEIPT_SERIES, day.year)
            receipt = numbers.format_number(numbers.RECEIPT_SERIES, day.year, receipt_serial)
            done = {"done": template.steps, "in_progress": 1}.get(status, 0)
        else:
            status = self._outgoing_status(age)
            done = template.sign_upto if status in ("signed", "numbered", "voided") else 0
            if status in ("numbered", "voided"):
                series = columns["series"]
                year, serial = day.year, self._serial(series, day.year)
                number = numbers.format_number(series, year, serial)
                if status == "voided":
                    void_reason = "内容需重大修改，重新发文"
        if done:
            actions.append((record_id, template.number, done, _drafter(fields), columns["date"]))
        text = search_text_of(columns["title"], number, receipt, columns.get("sender"), columns.get("sender_number"),
                              fields.get("sender_number_original"), columns.get("lead_department"),
                              columns.get("recipients"))
        direction = bulk.direction(kind, fields)
        columns["recipients"] = columns.get("recipients") or ""
        stored = self.encoders[kind](fields, {**columns, "direction": direction})
        return (record_id, kind, status, columns["title"], columns["doc_type"], columns["date"], columns.get("due"),
                columns.get("series"), year, serial, number, receipt_year, receipt_serial, receipt,
                columns.get("sender"), columns.get("sender_number"), columns.get("lead_department"),
                columns["recipients"], columns["classification"], columns["urgency"],
                columns.get("publicity"), columns.get("copies"), stored, template.plan_id, stamp, stamp,
                sort_key(day, record_id), void_reason, text, direction)

    def _outgoing_status(self, age: int) -> str:
        if age > 20:
            return "voided" if self.rng.random() < 0.005 else "numbered"
        return self.rng.choice(["registered", "signed", "numbered"])

    def _template(self, kind: str, request: dict) -> _Template:
        key = self._key(kind, request)
        found = self.templates.get(key)
        if found is None:
            found = self.templates[key] = self._new_template(kind, request)
        return found

    def _key(self, kind: str, request: dict) -> tuple:
        wanted = _ROUTING_FIELDS[kind]
        dated = bool(request.get("meeting_date") or request.get("cosign_departments") or self.org.absences)
        # lists as tuples (hashable), inline: this runs for every key of every sample request
        return (kind, *[(k, tuple(v) if v.__class__ is list else v) for k, v in request.items()
                        if k in wanted and (k != "date" or dated)])

    def _new_template(self, kind: str, request: dict) -> _Template:
        raw = {k: v for k, v in request.items() if k != "kind"}
        columns, fields = (outgoing_columns(raw, self.today) if kind == "outgoing" else incoming_columns(raw))
        plan = self.route(routing_request(kind, fields), self.org, self.calendar).to_json()
        sign = sign_step(plan)
        number = len(self.templates)
        # A draft step is recorded in the drafter's name, which differs from record to record (None here).
        steps = [(number, seq, s["step"]["order"], s["step"]["action"],
                  None if s["step"]["action"] == "draft" and not s["step"].get("person") else s["by"] or None,
                  None if s["step"]["action"] == "draft" else s["by_name"] or None,
                  _DEMO_OPINIONS.get(s["step"].get("label") or s["step"]["action"], "同意"),
                  s["step"].get("acting_for"))
                 for seq, s in enumerate(records.historical_steps(plan["steps"], fields, len(plan["steps"]) + 1))]
        self.new_steps += steps
        columns["due"] = columns.get("due") or None
        return _Template(columns, fields, self._plan_id(plan), number, len(steps),
                         sign["order"] if sign else len(plan["steps"]))


# What varies from one sample request to the next without changing its routing, and how each lands in
# the validated columns and fields (fields.py: outgoing_columns / incoming_columns).
_FREE = {"outgoing": ("title", "date", "series", "cc", "drafter", "urgency", "copies"),
         "incoming": ("title", "date", "received_on", "copies", "urgency", "due")}


def _fill(kind: str, template: _Template, request: dict) -> tuple[dict, dict]:
    columns, fields = dict(template.columns), dict(template.fields)
    for name in _FREE[kind]:
        if name in request:
            fields[name] = request[name]
            if name in columns:
                columns[name] = request[name]
    if kind == "outgoing":
        columns["recipients"] = "、".join(fields["main_recipients"] + request["cc"])
    else:
        original = request["sender_number"]
        normalised = normalise_number(original)
        columns["sender_number"] = fields["sender_number"] = normalised
        fields["sender_number_original"] = original
        columns["date"] = request["received_on"]
        columns["due"] = request.get("due")
    return columns, fields


def _drafter(fields: dict) -> str:
    return (fields.get("drafter") or "").strip() or "拟稿人"


_DEMO_OPINIONS = {"draft": None, "office_review": "已审核", "director_review": "请分管领导阅示", "阅示": "已阅",
                  "handle": "已办理"}
