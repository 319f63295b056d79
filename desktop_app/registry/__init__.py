"""The registry: the only code that touches SQLite (sqlite-utils). `Registry` is its public face."""
from desktop_app.registry._sqlite_utils import sqlite_utils  # noqa: F401  (first: see that module)
from desktop_app.registry.registry import Registry

__all__ = ["Registry"]
