"""Shared fixtures: the contract's org chart, built fresh for each test."""
from __future__ import annotations

import copy
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONTRACT_ORG = {
    "county": "托克逊县",
    "people": [
        {"id": "head", "name": "县长甲", "role": "county_head"},
        {"id": "exec", "name": "副县长甲", "role": "executive_deputy_head",
         "departments": ["县财政局", "县发展和改革委员会", "县审计局"]},
        {"id": "d2", "name": "副县长乙", "role": "deputy_head", "departments": ["县教育局", "县卫生健康委员会"]},
        {"id": "d3", "name": "副县长丙", "role": "deputy_head", "departments": ["县住房和城乡建设局", "县自然资源局"]},
        {"id": "dir", "name": "办公室主任甲", "role": "office_director"},
        {"id": "ddir", "name": "办公室副主任甲", "role": "office_deputy_director"},
    ],
    "absences": [{"person": "head", "from": "2026-12-01", "to": "2026-12-05"}],
}


@pytest.fixture
def org_json() -> dict:
    return copy.deepcopy(CONTRACT_ORG)
