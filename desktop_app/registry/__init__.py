"""The registry: the only code that touches SQLite (sqlite-utils)."""
