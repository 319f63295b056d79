"""Shared fixtures: the contract's org chart, built fresh for each test, and the two engines a registry
test runs on (`engine`: "sqlite" and "postgresql"; tests/pg.py says where the server comes from)."""
from __future__ import annotations

import copy
import os

import pytest

from tests import pg

ENGINES = ("sqlite", "postgresql")

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


def pytest_generate_tests(metafunc):
    """Every test that uses `engine` (through `db_path` or `registry`) runs on both engines, except
    those marked sqlite_only: their subject is the SQLite file itself (its pages, its backups, its
    folder on read-only media), and those marked server_only (what only a server stores)."""
    if "engine" in metafunc.fixturenames:
        if metafunc.definition.get_closest_marker("sqlite_only"):
            engines = ["sqlite"]
        elif metafunc.definition.get_closest_marker("server_only"):
            engines = [e for e in ENGINES if e != "sqlite"]
        else:
            engines = list(ENGINES)
        metafunc.parametrize("engine", engines, indirect=True)


@pytest.fixture
def engine(request) -> str:
    if request.param == "postgresql" and not pg.URL:
        pytest.skip(pg.SKIP_REASON)
    return request.param


@pytest.fixture
def server_url(request, tmp_path, monkeypatch) -> str:
    """A fresh empty database on the test server, with a shared files folder set for it."""
    if not pg.URL:
        pytest.skip(pg.SKIP_REASON)
    url = pg.new_database()
    request.addfinalizer(lambda: pg.drop_database(url))
    files = tmp_path / "server-files"
    files.mkdir(exist_ok=True)
    monkeypatch.setenv("DOCROUTE_FILES", str(files))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this PC's pg_dump files and choices
    return url
