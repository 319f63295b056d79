"""The server tests use the registry fixtures (a fresh database per test, tests/registry/conftest.py)."""
from tests.registry.conftest import db_path, registry  # noqa: F401
