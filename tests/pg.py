"""The PostgreSQL server the tests run the registry against (docs/server.md "Tests").

DOCROUTE_TEST_PG names it: a URL of a role that may create databases, e.g. the one
`bash scripts/pg-test-cluster.sh` prints (.ci/run always sets it). Each test gets a fresh, empty
database of its own, dropped afterwards (creating one takes ~30 ms). Without the variable the server
tests are skipped with that reason, so `bash scripts/test.sh` still runs on a machine without
PostgreSQL; with it, an unreachable server fails them instead of skipping."""
from __future__ import annotations

import itertools
import os
from urllib.parse import urlsplit

URL = os.environ.get("DOCROUTE_TEST_PG", "").strip()
SKIP_REASON = ("no PostgreSQL server for the tests: set DOCROUTE_TEST_PG "
               "(`bash scripts/pg-test-cluster.sh` starts one and prints its URL)")
_counter = itertools.count(1)


def admin():
    import psycopg

    return psycopg.connect(URL, autocommit=True)


def database_url(name: str, user: str | None = None) -> str:
    parts = urlsplit(URL)
    netloc = parts.netloc if user is None else f"{user}@{parts.netloc.rpartition('@')[2]}"
    return parts._replace(netloc=netloc, path=f"/{name}").geturl()


def new_database(*, options: str = "") -> str:
    """A fresh empty database (UTF8, C collation as docs/server.md creates it; `options` for another):
    its URL."""
    name = f"docroute_t{os.getpid()}_{next(_counter)}"
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name} {options}")
    return database_url(name)


def drop_database(url: str) -> None:
    """The database and the roles made for it (its group roles `<db>_clerks`/`_readers`, and the test's
    clerks, named `<db>_…` too): roles belong to the whole cluster, not to one database."""
    name = urlsplit(url).path.lstrip("/")
    with admin() as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        roles = [r[0] for r in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s ORDER BY "
                                            "pg_has_role(rolname, 'MEMBER') DESC", [name.replace("_", "\\_") + "\\_%"])]
        for role in sorted(roles, key=lambda r: r.endswith(("_clerks", "_readers"))):
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def sql(url: str, statement: str, params: tuple | list = ()) -> list[tuple]:
    """One statement on a database as the server's superuser (a tamperer, or the administrator)."""
    import psycopg

    parts = urlsplit(url)
    with psycopg.connect(database_url(parts.path.lstrip("/")), autocommit=True) as conn:
        cursor = conn.execute(statement, params or None)
        return cursor.fetchall() if cursor.description else []
