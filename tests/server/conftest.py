"""Server tests: `server_registry` is a registry on a fresh database of the test server (tests/pg.py);
`registry`/`db_path` (both engines) come from the registry suite's fixtures."""
import pytest

from desktop_app.registry import Registry
from tests.registry.conftest import db_path, registry  # noqa: F401


@pytest.fixture
def server_registry(server_url, org_json):
    with Registry.open(server_url) as opened:
        opened.import_org(org_json)
        yield opened
