"""The registry: the only code that touches the database (SQLite or a PostgreSQL server). `Registry` is its
public face."""
from desktop_app.registry.registry import Registry

__all__ = ["Registry"]
