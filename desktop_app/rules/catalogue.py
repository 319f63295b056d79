"""The rule tables as rows a clerk can read: where in the table, what the row says, which articles it
cites and their words. 设置 → 规则 shows them read-only (so a clerk can see why the app routes as it does)
and `docroute rules` prints them; both read resources/rules/*.json through rules.tables, as the engine does.

A row is made for the table's own explanation (`_about`), for every entry that cites an article
(`basis`, `…_basis`), and for every finding of findings.json; word lists of checks.json are one row each."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Iterator

from desktop_app.domain.enums import Action, Authority, Direction, Meeting, Role, Seal, SealPurpose
from desktop_app.domain.numerals import article_label, from_chinese
from desktop_app.rules.articles import article_text
from desktop_app.rules.tables import table

TABLES = {"outgoing": "发文", "incoming": "收文", "minutes": "会议纪要", "seals": "用印", "contracts": "合同协议",
          "checks": "行文规则检查", "findings": "提示与警告"}
_ARTICLES = re.compile(r"第([一二三四五六七八九十百、至]+)条")
_CODE = re.compile(r"（[A-Za-z_ ]+）")
_IDENTIFIER = re.compile(r"[A-Za-z_]{3,}")
CHECK_LISTS = {"request_phrases": "请示用语（报告中出现即视为夹带请示事项）", "leader_titles": "领导职务（主送时视为领导个人）",
               "single_recipient_types": "只能主送一个机关的文种", "one_matter_types": "须一文一事的文种",
               "report_types": "不得夹带请示事项的文种", "individual_allowed_classifications": "可以主送领导个人的密级",
               "honorifics": "称谓", "max_name_length": "职务前后的姓名最多几个字", "unit_marks": "表示单位而非个人的字"}
WHO = {"drafter": "拟稿人", "county_office": "县政府办公室", "legal_bureau": "县司法局",
       "executive_meeting": "县政府常务会议", "lead_deputy": "牵头部门的分管副县长",
       "cosign_deputies": "会签部门的分管副县长", "sender_deputy": "来文单位的分管副县长",
       "requesting_deputy": "申请部门的分管副县长", "county_leader": "县政府领导（申请部门的分管副县长）",
       "convener": "召集会议的副县长", **{r: Role(r).label for r in Role.person_roles()}}
KEYS = {"before": "送领导前", "normative": "规范性文件", "major": "重大事项", "collective_decision": "集体讨论决定",
        "legal_review": "合法性审查", "cosign_reply": "会签回复期限", "county_head_signs": "县长签署的公文",
        "scopes": "按事项", "routine": "一般工作", "cross_portfolio": "涉及其他副县长分管工作", "minutes": "纪要",
        "publicity": "公开属性", "steps": "步骤", "major_steps": "重大事项", "wording": "批示用语", "read": "阅示",
        "decide": "审批", "chain": "审签顺序", "deputy_special_topic": "副县长召开的专题会议",
        "minutes_issue": "纪要印发期限", "signed_document": "已签发、编号的公文", "by_seal": "各印章的审批",
        "introduction_letter": "介绍信", "requires_proof": "须有证明", "special_case": "特殊情况",
        "blank": "空白文书", "take_out": "印章带出", "approvals": "审批", "delegation_basis": "委托签署",
        "collective_decision_basis": "集体讨论决定", "legal_review_basis": "合法性审查",
        "reserved_to_government": "只能以县政府名义制发", "classified_not_public": "涉密公文不公开",
        "needs_reason": "不予公开须说明理由", "route_as": "按纪要办理",
        **{a.value: a.label for a in Authority}}


BASIS_RULES = {"collective_decision_basis": "须经集体讨论决定", "legal_review_basis": "须经合法性审查",
               "delegation_basis": "县长可委托常务副县长或副县长签订"}


@dataclass(frozen=True)
class RuleRow:
    table: str  # outgoing …
    table_label: str  # 发文 …
    where: str  # 以县政府名义 › 按事项 › 一般工作 › 第 2 步
    rule: str  # 签发：常务副县长
    basis: tuple[str, ...]

    def to_json(self) -> dict:
        return {"table": self.table, "table_label": self.table_label, "where": self.where, "rule": self.rule,
                "basis": list(self.basis), "articles": {label: article_text(label) for label in self.basis}}


def rule_rows(name: str | None = None) -> list[RuleRow]:
    """Every row of one table (or of all of them, in TABLES order)."""
    names = [name] if name else list(TABLES)
    rows: list[RuleRow] = []
    for table_name in names:
        if table_name not in TABLES:
            from desktop_app.domain.errors import InputError

            raise InputError("table", f"没有名为“{table_name}”的规则表", f"可选：{'、'.join(TABLES)}")
        walk = _findings if table_name == "findings" else (_checks if table_name == "checks" else _walk)
        rows += [RuleRow(table_name, TABLES[table_name], where, rule, tuple(dict.fromkeys(basis)))
                 for where, rule, basis in walk(table(table_name), [])]
    return rows


def _walk(node: Any, path: list[str]) -> Iterator[tuple[str, str, list[str]]]:
    if isinstance(node, list):
        for index, item in enumerate(node, start=1):
            yield from _walk(item, [*path, f"第 {index} 步" if isinstance(item, dict) and "action" in item
                                    or isinstance(item, dict) and "who" in item else str(index)])
        return
    if not isinstance(node, dict):
        return
    about = node.get("_about")
    if isinstance(about, str):
        yield _where(path), plain(about), articles_in(about)
    if "basis" in node:
        basis = node["basis"] if isinstance(node["basis"], list) else [node["basis"]]
        yield _where(path), describe(node), basis
    for key, value in node.items():
        if key.endswith("_basis") and isinstance(value, str):
            yield _where(path), BASIS_RULES.get(key, KEYS.get(key, key)), [value]
        elif isinstance(value, (dict, list)) and key != "_about":
            yield from _walk(value, [*path, _key_label(key, path)])


def _key_label(key: str, path: list[str]) -> str:
    if path and path[-1] == KEYS["by_seal"]:
        return Seal(key).label
    return KEYS.get(key, key)


def _where(path: list[str]) -> str:
    return " › ".join(path) or "（总则）"


def describe(node: dict) -> str:
    """One table entry in words: 签发：常务副县长；文种：决定、命令 …"""
    parts = []
    if "action" in node or "who" in node:
        action = Action(node["action"]).label if node.get("action") in Action.values() else node.get("action", "")
        who = WHO.get(node.get("who", ""), node.get("who", ""))
        parts.append("：".join(p for p in (action, who) if p))
    if node.get("label"):
        parts.append(f"用语：{node['label']}")
    for key, title, labels in (("doc_types", "文种", None), ("directions", "行文方向", Direction),
                               ("meetings", "会议", Meeting), ("purposes", "用途", SealPurpose), ("seals", "印章", Seal)):
        if node.get(key):
            names = [labels(v).label if labels and v in labels.values() else v for v in node[key]]
            parts.append(f"{title}：{'、'.join(names)}")
    if node.get("personnel"):
        parts.append("人员任免")
    if node.get("working_days"):
        parts.append(f"{node['working_days']} 个工作日内")
    if node.get("why"):
        parts.append(node["why"])
    return "；".join(parts) or "（见条文）"


def articles_in(text: str) -> list[str]:
    """The articles a sentence cites: 第六十四条, 第二十三、二十四条, 第六十八至七十二条."""
    found: list[str] = []
    for group in _ARTICLES.findall(text):
        for part in group.split("、"):
            ends = [from_chinese(n) for n in part.split("至") if n]
            if len(ends) == 2:
                found += [article_label(n) for n in range(ends[0], ends[1] + 1)]
            elif ends:
                found.append(article_label(ends[0]))
    return list(dict.fromkeys(found))


def plain(about: str) -> str:
    """A table's explanation without the sentences written for whoever edits the file (ids, file names)."""
    text = _CODE.sub("", about)
    sentences = [s for s in re.split(r"(?<=。)", text) if s.strip() and not _IDENTIFIER.search(s)]
    return "".join(sentences).strip()


def _findings(data: dict, path: list[str]) -> Iterator[tuple[str, str, list[str]]]:
    for code, entry in data.items():
        if code.startswith("_") or not isinstance(entry, dict):
            continue
        basis = articles_in(entry.get("basis", ""))
        yield code, entry.get("message", ""), basis


def _checks(data: dict, path: list[str]) -> Iterator[tuple[str, str, list[str]]]:
    about = data.get("_about", "")
    basis = articles_in(about) or ["第六十一条"]
    yield "（总则）", plain(about), basis
    for key, value in data.items():
        if key.startswith("_"):
            continue
        text = "、".join(map(str, value)) if isinstance(value, list) else str(value)
        yield CHECK_LISTS.get(key, key), text, basis
