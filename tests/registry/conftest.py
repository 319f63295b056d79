"""Registry fixtures: a real SQLite file in tmp_path with the contract's org chart imported."""
from __future__ import annotations

import pytest

from desktop_app.registry import Registry


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "docroute.sqlite"


@pytest.fixture
def registry(db_path, org_json):
    with Registry.open(db_path) as opened:
        opened.import_org(org_json)
        yield opened
