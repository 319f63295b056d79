"""Realistic sample data for trying the app and for the benchmark: the 托克逊县 departments and
townships, titles across the 15 document types, plausible numbers and dates over the last ten years.

Records are generated and stored in batches (a streamed build: memory stays flat at 1,000,000 rows),
each batch one BEGIN IMMEDIATE transaction, each plan computed by the real routing engine."""
from __future__ import annotations

import random
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Callable, Iterator

from desktop_app.domain.errors import InputError
from desktop_app.registry import numbers, records
from desktop_app.registry.database import audit, compact_json, now, write
from desktop_app.registry.fields import incoming_columns, outgoing_columns, routing_request, sign_step
from desktop_app.registry.search import search_text_from_columns, sort_key

if TYPE_CHECKING:
    from desktop_app.registry.registry import Registry

MAX_ROWS = 1_000_000
BATCH = 2000

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
_TOPIC_NAMES = [t for t, _ in TOPICS]
_TOPIC_WEIGHTS = [w for _, w in TOPICS]
_OUTGOING_TYPES = [("通知", 40), ("通报", 8), ("意见", 6), ("决定", 4), ("函", 12), ("批复", 8), ("报告", 6),
                   ("请示", 6), ("纪要", 4), ("通告", 2), ("公告", 1), ("命令", 1), ("公报", 1), ("议案", 1),
                   ("决议", 1)]
_INCOMING_TYPES = [("请示", 30), ("报告", 25), ("通知", 25), ("函", 12), ("意见", 4), ("通报", 4)]
_DIRECTION = {"请示": "upward", "报告": "upward", "议案": "upward", "函": "parallel"}
_GOVERNMENT_ONLY = ("决定", "命令", "议案")  # 第六十四条: issued in the county government's name only


def _title(kind_type: str, topic: str, year: int, rng: random.Random, sender: str) -> str:
    patterns = {
        "通知": [f"关于做好{year}年{topic}工作的通知", f"关于印发《托克逊县{topic}实施方案》的通知"],
        "通报": [f"关于{year}年{topic}工作情况的通报"], "意见": [f"关于进一步加强{topic}工作的意见"],
        "决定": [f"关于表彰{year}年度{topic}先进集体和先进个人的决定"], "函": [f"关于商请协助开展{topic}工作的函"],
        "批复": [f"关于同意{sender}{topic}项目的批复"], "报告": [f"关于{year}年{topic}工作情况的报告"],
        "请示": [f"关于申请{topic}专项资金的请示"], "纪要": [f"县人民政府第{rng.randint(1, 40)}次常务会议纪要"],
        "通告": [f"关于{topic}期间有关事项的通告"], "公告": [f"关于{topic}有关事项的公告"],
        "命令": [f"托克逊县人民政府令第{rng.randint(1, 9)}号"], "公报": [f"托克逊县{year}年国民经济和社会发展统计公报"],
        "议案": [f"关于提请审议《托克逊县{topic}条例》的议案"], "决议": [f"关于{topic}的决议"],
    }
    return rng.choice(patterns[kind_type])


def _pick(rng: random.Random, weighted: list[tuple[str, int]]) -> str:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


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
        topic = rng.choices(_TOPIC_NAMES, _TOPIC_WEIGHTS)[0]
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
        "scope": rng.choices(["routine", "cross_portfolio", "major"], [80, 15, 5])[0],
        "lead_department": lead, "cosign_departments": [],
        "main_recipients": (["吐鲁番市人民政府"] if _DIRECTION.get(doc_type) == "upward"
                            else ["各乡镇人民政府", "县直各单位"]),
        "cc": ["县委办公室", "县人大常委会办公室"], "drafter": rng.choice("王李张刘陈杨赵黄周吴") + rng.choice("伟芳娜敏静丽强磊军洋"),
        "classification": "none", "urgency": rng.choices(["none", "加急", "特急"], [90, 8, 2])[0],
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
        "urgency": rng.choices(["none", "加急", "特急"], [88, 10, 2])[0],
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
    """Adds `rows` sample records (the org chart is imported first when the database has none)."""
    if not isinstance(rows, int) or not 1 <= rows <= MAX_ROWS:
        raise InputError("rows", f"示例记录条数 {rows} 超出范围", f"请填写 1 到 {MAX_ROWS:,} 之间的整数")
    if registry.org_chart() is None:
        registry.import_org(DEMO_ORG)
    writer = DemoWriter(registry)
    # A bigger page cache while building: the gram index grows at thousands of places at once.
    if registry.engine == "sqlite":
        registry.db.conn.execute("PRAGMA cache_size = -98304")
    batch: list[dict] = []
    done = 0
    for request in generate(rows, departments=list(registry.org_chart().departments())):
        batch.append(request)
        if len(batch) == BATCH:
            done += writer.store(batch)
            batch = []
            if progress:
                progress(done, rows)
    if batch:
        done += writer.store(batch)
        if progress:
            progress(done, rows)
    with write(registry.db):
        audit(registry.db, "demo", None, None, {"rows": done})
    return {"rows": done, "records": registry.db.conn.execute("SELECT count(*) FROM records").fetchone()[0]}



class DemoWriter:
    """Stores batches of sample registrations with executemany: one transaction per batch, numbers
    allocated in date order from the series counters; signed and numbered documents carry every recorded
    step up to 签发 (第六十四条: the window can say why 编号 is offered), finished incoming ones theirs."""

    def __init__(self, registry: "Registry") -> None:
        from desktop_app.rules.engine import route

        self.db = registry.db
        self.org = registry.org_chart()
        self.calendar = registry._calendar()
        self.route = route
        self.today = date.today()
        self.rng = random.Random(9704)
        self.plans: dict[str, int] = {}  # plan text -> id: the same few plans recur across the demo

    def store(self, batch: list[dict]) -> int:
        try:
            return self._store(batch)
        except BaseException:
            self.plans.clear()  # ids of plans stored by the rolled-back batch no longer exist
            raise

    def _store(self, batch: list[dict]) -> int:
        with write(self.db):
            self.counters: dict[tuple[str, int], int] = {}
            next_id = records.next_id(self.db)
            rows, nums, actions = [], [], []
            for offset, request in enumerate(batch):
                row = self._row(request, next_id + offset, nums, actions)
                rows.append(row)
            self._insert("records", rows)
            self._insert("numbers", nums)
            self._insert("step_actions", actions)
            for (series, year), serial in self.counters.items():
                numbers.advance_counter(self.db, series, year, serial - 1)
        return len(batch)

    def _insert(self, table: str, rows: list[dict]) -> None:
        if rows:
            names = list(rows[0])
            self.db.conn.executemany(
                f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
                [[r[n] for n in names] for r in rows])

    def _serial(self, series: str, year: int) -> int:
        key = (series, year)
        if key not in self.counters:
            self.counters[key] = numbers.next_serial(self.db, series, year)
        serial = self.counters[key]
        self.counters[key] = serial + 1
        return serial

    def _row(self, request: dict, record_id: int, nums: list, actions: list) -> dict[str, Any]:
        kind = request.pop("kind")
        if kind == "outgoing":
            columns, fields = outgoing_columns(request, self.today)
        else:
            columns, fields = incoming_columns(request)
        plan = self.route(routing_request(kind, fields), self.org, self.calendar).to_json()
        day = date.fromisoformat(columns["date"])
        age = (self.today - day).days
        row = {name: columns.get(name) for name in records.RECORD_COLUMNS}
        row.update(id=record_id, kind=kind, fields=compact_json(fields),
                   plan_id=records.plan_id(self.db, plan, self.plans), created_at=now(), updated_at=now(),
                   sort_key=sort_key(day, record_id), due=row["due"] or None, void_reason=None)
        if kind == "incoming":
            row["status"] = "done" if age > 60 else self.rng.choice(["registered", "in_progress"])
            serial = self._serial(numbers.RECEIPT_SERIES, day.year)
            row.update(receipt_year=day.year, receipt_serial=serial,
                       receipt_number=numbers.format_number(numbers.RECEIPT_SERIES, day.year, serial))
            nums.append(_number_row(numbers.RECEIPT_SERIES, day.year, serial, record_id, "active"))
            done = {"done": len(plan["steps"]), "in_progress": 1}.get(row["status"], 0)
            actions += self._steps(record_id, plan["steps"][:done], fields, day)
        else:
            row["status"] = self._outgoing_status(age)
            if row["status"] in ("signed", "numbered", "voided"):  # 已签发/已编号 carry every step up to 签发
                sign = sign_step(plan)
                upto = sign["order"] if sign else len(plan["steps"])
                actions += self._steps(record_id, plan["steps"][:upto], fields, day)
            if row["status"] in ("numbered", "voided"):
                self._number(row, day, nums)
        row["search_text"] = search_text_from_columns(
            row["title"], row["number"], row["receipt_number"], row["sender"], row["sender_number"],
            row["lead_department"], row["recipients"], row["fields"])
        return row

    def _outgoing_status(self, age: int) -> str:
        if age > 20:
            return "voided" if self.rng.random() < 0.005 else "numbered"
        return self.rng.choice(["registered", "signed", "numbered"])

    def _number(self, row: dict, day: date, nums: list) -> None:
        serial = self._serial(row["series"], day.year)
        text = numbers.format_number(row["series"], day.year, serial)
        row.update(year=day.year, serial=serial, number=text)
        if row["status"] == "voided":
            row["void_reason"] = "内容需重大修改，重新发文"
        nums.append(_number_row(row["series"], day.year, serial, row["id"],
                                "voided" if row["status"] == "voided" else "active"))

    def _steps(self, record_id: int, steps: list[dict], fields: dict, day: date) -> list[dict]:
        """The recorded steps of a sample record, done on its registration day, as a clerk records them."""
        rows = []
        for step in records.historical_steps(steps, fields, len(steps) + 1):
            planned = step["step"]
            rows.append({"record_id": record_id, "step_order": planned["order"], "action": planned["action"],
                         "by_person": step["by"], "by_name": step["by_name"], "on_date": day.isoformat(),
                         "opinion": _DEMO_OPINIONS.get(planned.get("label") or planned["action"], "同意"),
                         "acting_for": planned.get("acting_for"), "recorded_at": now()})
        return rows


_DEMO_OPINIONS = {"draft": None, "office_review": "已审核", "director_review": "请分管领导阅示", "阅示": "已阅",
                  "handle": "已办理"}


def _number_row(series: str, year: int, serial: int, record_id: int, status: str) -> dict:
    return {"series": series, "year": year, "serial": serial, "record_id": record_id, "status": status,
            "text": numbers.format_number(series, year, serial), "given_at": now()}
