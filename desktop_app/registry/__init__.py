"""The registry: the only code that touches SQLite (sqlite-utils). `Registry` is its public face."""
from desktop_app.registry.registry import Registry

__all__ = ["Registry"]
