"""Enumerations of the domain. Values are the stable ids of the contracts (English ids, or the Chinese
word where the contract uses it, as for document types); each member's Chinese label lives here, once."""
from __future__ import annotations

from enum import Enum


_VALUES: dict[type, tuple[str, ...]] = {}


class LabelledEnum(str, Enum):
    """A string enum whose members carry a Chinese label: `Kind("outgoing").label == "发文"`."""

    def __new__(cls, value: str, label: str):
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    def __str__(self) -> str:
        return self.value

    @classmethod
    def values(cls) -> tuple[str, ...]:
        found = _VALUES.get(cls)
        if found is None:  # asked once per cell by an import: built once per enum
            found = _VALUES[cls] = tuple(member.value for member in cls)
        return found

    @classmethod
    def from_label(cls, label: str):
        for member in cls:
            if member.label == label:
                return member
        raise ValueError(label)


class Kind(LabelledEnum):
    OUTGOING = ("outgoing", "发文")
    INCOMING = ("incoming", "收文")
    MINUTES = ("minutes", "会议纪要")
    SEAL = ("seal", "用印")
    CONTRACT = ("contract", "合同协议")


class Authority(LabelledEnum):
    COUNTY_GOVERNMENT = ("county_government", "县人民政府")
    COUNTY_OFFICE = ("county_office", "县人民政府办公室")


class Direction(LabelledEnum):
    UPWARD = ("upward", "上行文")
    DOWNWARD = ("downward", "下行文")
    PARALLEL = ("parallel", "平行文")


class Scope(LabelledEnum):
    ROUTINE = ("routine", "一般工作")
    CROSS_PORTFOLIO = ("cross_portfolio", "涉及其他副县长分管工作")
    MAJOR = ("major", "事关全局的重要部署或重大事项")


class DocType(LabelledEnum):
    """The 15 types of 党政机关公文处理工作条例 第八条; the value is the Chinese word itself."""

    RESOLUTION = ("决议", "决议")
    DECISION = ("决定", "决定")
    ORDER = ("命令", "命令（令）")
    COMMUNIQUE = ("公报", "公报")
    ANNOUNCEMENT = ("公告", "公告")
    PUBLIC_NOTICE = ("通告", "通告")
    OPINION = ("意见", "意见")
    NOTICE = ("通知", "通知")
    CIRCULAR = ("通报", "通报")
    REPORT = ("报告", "报告")
    REQUEST = ("请示", "请示")
    REPLY = ("批复", "批复")
    MOTION = ("议案", "议案")
    LETTER = ("函", "函")
    MINUTES = ("纪要", "纪要")

    @property
    def default_direction(self) -> Direction:
        """The direction the type suggests (PRIMER); a form may still override it."""
        return _DEFAULT_DIRECTION.get(self, Direction.DOWNWARD)


_DEFAULT_DIRECTION = {
    DocType.REPORT: Direction.UPWARD,
    DocType.REQUEST: Direction.UPWARD,
    DocType.MOTION: Direction.UPWARD,
    DocType.LETTER: Direction.PARALLEL,
}


class Role(LabelledEnum):
    COUNTY_HEAD = ("county_head", "县长")
    EXECUTIVE_DEPUTY_HEAD = ("executive_deputy_head", "常务副县长")
    DEPUTY_HEAD = ("deputy_head", "副县长")
    OFFICE_DIRECTOR = ("office_director", "县政府办公室主任")
    OFFICE_DEPUTY_DIRECTOR = ("office_deputy_director", "县政府办公室副主任")
    DRAFTER = ("drafter", "拟稿人")
    COUNTY_OFFICE = ("county_office", "县政府办公室")
    LEGAL_BUREAU = ("legal_bureau", "县司法局")
    EXECUTIVE_MEETING = ("executive_meeting", "县政府常务会议")
    LEAD_DEPARTMENT = ("lead_department", "承办单位")

    @classmethod
    def person_roles(cls) -> tuple[str, ...]:
        """Roles a person of the org chart may hold (routing.md)."""
        return (cls.COUNTY_HEAD.value, cls.EXECUTIVE_DEPUTY_HEAD.value, cls.DEPUTY_HEAD.value,
                cls.OFFICE_DIRECTOR.value, cls.OFFICE_DEPUTY_DIRECTOR.value)


class Action(LabelledEnum):
    DRAFT = ("draft", "拟稿")
    OFFICE_REVIEW = ("office_review", "办公室审核")
    LEGAL_REVIEW = ("legal_review", "合法性审查")
    COLLECTIVE_DECISION = ("collective_decision", "集体讨论决定")
    COSIGN = ("cosign", "会签")
    APPROVE = ("approve", "审定")
    COMMENT = ("comment", "签署意见")
    SIGN = ("sign", "签发")
    DIRECTOR_REVIEW = ("director_review", "办公室主任签批")
    HANDLE = ("handle", "承办")


class Classification(LabelledEnum):
    NONE = ("none", "无")
    SECRET = ("秘密", "秘密")
    CONFIDENTIAL = ("机密", "机密")
    TOP_SECRET = ("绝密", "绝密")


class Urgency(LabelledEnum):
    NONE = ("none", "无")
    URGENT = ("加急", "加急")
    EXTRA_URGENT = ("特急", "特急")


class Publicity(LabelledEnum):
    ACTIVE = ("主动公开", "主动公开")
    ON_REQUEST = ("依申请公开", "依申请公开")
    NOT_PUBLIC = ("不予公开", "不予公开")


class Meeting(LabelledEnum):
    PLENARY = ("plenary", "县政府全体会议")
    EXECUTIVE = ("executive", "县政府常务会议")
    PARTY_GROUP = ("party_group", "县政府党组会议")
    HEAD_OFFICE = ("head_office", "县长办公会议")
    SPECIAL_TOPIC = ("special_topic", "县政府专题会议")


class Seal(LabelledEnum):
    COUNTY_GOVERNMENT = ("county_government", "县人民政府印章")
    COUNTY_GOVERNMENT_STEEL = ("county_government_steel", "县人民政府钢印")
    COUNTY_HEAD_NAME = ("county_head_name", "县长印章")
    COUNTY_OFFICE = ("county_office", "县人民政府办公室印章")


class SealPurpose(LabelledEnum):
    OFFICIAL_DOCUMENT = ("official_document", "公文")
    CONTRACT = ("contract", "合同")
    AGREEMENT = ("agreement", "协议")
    CERTIFICATE = ("certificate", "证件")
    REPORT_FORM = ("report_form", "报表")
    PROOF = ("proof", "证明")
    GUARANTEE = ("guarantee", "担保")
    STATEMENT = ("statement", "声明")
    INTRODUCTION_LETTER = ("introduction_letter", "介绍信")


class Severity(LabelledEnum):
    INFO = ("info", "提示")
    WARNING = ("warning", "注意")
    ERROR = ("error", "不符合规定")
