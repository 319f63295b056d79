"""Registry fixtures: a real SQLite file in tmp_path, or a fresh database on the test server (the
`engine` parameter, tests/conftest.py), with the contract's org chart imported."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry


@pytest.fixture
def db_path(engine, tmp_path, request):
    """Where the registry is: a file path (SQLite) or a server URL (PostgreSQL)."""
    if engine == "sqlite":
        return tmp_path / "docroute.sqlite"
    return request.getfixturevalue("server_url")


@pytest.fixture
def registry(db_path, org_json):
    with Registry.open(db_path) as opened:
        opened.import_org(org_json)
        yield opened
