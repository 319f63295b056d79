"""A registry on a PostgreSQL server as an office meets it (docs/server.md): clerks sign in as their own
roles and the audit trail names them; a read-only role searches and prints but is refused a change
with one Chinese line (exit 2); a database that is not DocRoute's, not empty, sorted by another
collation or made by a newer version is refused untouched; `check` names what was changed behind
the app's back; an older server schema is upgraded with its data."""
from __future__ import annotations

import json

import time

import pytest

from desktop_app.cli import main
from desktop_app.domain.errors import StorageError
from desktop_app.registry import Registry, server
from desktop_app.registry.database import write
from desktop_app.registry.engine import pgmigrate
from desktop_app.registry.engine.postgres import SignInRequired
from tests import pg
from tests.registry.helpers import incoming_request, signed
from tests.registry.seal_helpers import seal_request


def _name(url: str) -> str:
    return url.rpartition("/")[2]


def _user(registry, url: str, suffix: str, *, read_only: bool = False, password: str | None = None) -> str:
    """A clerk's role on the test server (named after the database, dropped with it): its URL."""
    name = f"{_name(url)}_{suffix}"
    server.add_user(registry.db, name, password, read_only=read_only)
    return pg.database_url(_name(url), user=name)


def _cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_each_clerk_is_named_in_the_audit_trail(server_registry, server_url):
    clerk = _user(server_registry, server_url, "zhangsan")
    with Registry.open(clerk) as signed_in:
        record = signed_in.register("outgoing", signed(assign_number=True))
        assert [e["user"] for e in signed_in.audit(record["id"])] == [f"{_name(server_url)}_zhangsan"] * 3
        assert signed_in.seals.request(seal_request())["id"] == 1
        assert signed_in.db.conn.execute("SELECT recorded_by FROM seal_ledger").fetchone()[0] == \
            f"{_name(server_url)}_zhangsan"


def test_a_read_only_clerk_searches_and_prints_but_cannot_write(server_registry, server_url, capsys, tmp_path):
    record = server_registry.register("outgoing", signed(assign_number=True))
    reader = _user(server_registry, server_url, "reader", read_only=True)
    with Registry.open(reader) as reading:
        assert reading.read_only
        assert reading.search_ids("防汛") == [record["id"]]
        with pytest.raises(StorageError, match="只有查看权限（只读用户）"):
            reading.register("incoming", incoming_request())
    code, out, err = _cli(capsys, "--db", reader, "slip", str(record["id"]), "--format", "pdf",
                          "-o", str(tmp_path / "稿纸.pdf"))
    assert code == 0 and (tmp_path / "稿纸.pdf").read_bytes()[:4] == b"%PDF"
    code, out, err = _cli(capsys, "--db", reader, "search", "防汛")
    assert code == 0 and [r["id"] for r in json.loads(out)] == [record["id"]]
    code, out, err = _cli(capsys, "--db", reader, "assign-number", str(record["id"]))
    assert code == 2 and out == "" and err.count("\n") == 1 and "只读用户" in err and "Traceback" not in err
    # The server itself refuses too, whatever program the reader uses.
    import psycopg

    with psycopg.connect(reader, autocommit=True) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("DELETE FROM step_actions")


def test_a_clerk_with_a_password_signs_in_with_it(server_registry, server_url, capsys, monkeypatch):
    pg.sql(pg.URL, "DO $$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'docroute_signin') THEN "
                   "CREATE ROLE docroute_signin NOLOGIN; END IF; END$$")
    clerk = _user(server_registry, server_url, "lisi", password="防汛2026")
    pg.sql(pg.URL, f'GRANT docroute_signin TO "{_name(server_url)}_lisi"')
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(SignInRequired, match="要求输入密码"):
        Registry.open(clerk)
    with pytest.raises(SignInRequired, match="用户名或密码不对"):
        Registry.open(clerk, password="wrong")
    with Registry.open(clerk, password="防汛2026") as signed_in:
        assert signed_in.search_ids("") == []
    from desktop_app.registry.engine import postgres

    postgres._signed_in.clear()  # a new process: nothing remembered from the window's sign-in
    monkeypatch.setenv("PGPASSWORD", "防汛2026")  # the CLI: libpq's environment variable or pgpass file
    assert _cli(capsys, "--db", clerk, "search", "防汛")[0] == 0
    monkeypatch.setenv("PGPASSWORD", "wrong")
    code, out, err = _cli(capsys, "--db", clerk, "search", "防汛")
    assert code == 2 and out == "" and "用户名或密码不对" in err and "wrong" not in err


def test_a_database_that_is_not_ours_is_refused_untouched(server_url):
    pg.sql(server_url, "CREATE TABLE customers (id int)")
    with pytest.raises(StorageError, match="其他程序的表"):
        Registry.open(server_url)
    assert pg.sql(server_url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(1,)]


def test_a_database_sorted_by_another_collation_is_refused(request):
    """Chinese sorted by pinyin (an ICU collation, what a Chinese Windows server's default database may
    use) would list the same registry in another order than SQLite's code-point order."""
    if not pg.URL:
        pytest.skip(pg.SKIP_REASON)
    url = pg.new_database(options="TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C' LOCALE_PROVIDER icu ICU_LOCALE 'zh-CN'")
    request.addfinalizer(lambda: pg.drop_database(url))
    with pytest.raises(StorageError, match="C 排序规则") as caught:
        Registry.open(url)
    assert "ICU zh-CN" in str(caught.value) and "LOCALE 'C'" in caught.value.one_line()
    assert pg.sql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'") == [(0,)]


def test_a_database_from_a_newer_version_is_refused(server_registry, server_url):
    server_registry.close()
    pg.sql(server_url, f"INSERT INTO {pgmigrate.TABLE} (migration_set, name, applied_at) "
                       "VALUES ('docroute', '9999_future', 'x')")
    with pytest.raises(StorageError, match="更新版本的公文流转助手"):
        Registry.open(server_url)


def test_an_empty_database_needs_its_owner_first(server_url):
    pg.sql(server_url, "REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    name = f"{_name(server_url)}_early"
    pg.sql(pg.URL, f'CREATE ROLE "{name}" LOGIN')
    with pytest.raises(StorageError, match="没有权限建立数据库结构"):
        Registry.open(pg.database_url(_name(server_url), user=name))


@pytest.mark.parametrize("change, named", [
    ("CREATE TRIGGER planted BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION docroute_refuse('x')",
     "多出触发器 planted"),
    ("DROP TRIGGER seal_ledger_no_update ON seal_ledger", "缺少触发器 seal_ledger_no_update"),
    ("ALTER TABLE records DROP CONSTRAINT records_classification_check", "表 records 缺少约束"),
    ("DROP INDEX record_search_grams", "缺少索引 record_search_grams"),
    ("DELETE FROM record_search", "搜索表 record_search 与公文记录不一致"),
])
def test_check_names_what_was_changed_behind_the_app(server_registry, server_url, change, named):
    server_registry.register("outgoing", signed(assign_number=True))
    assert server_registry.check()["ok"]
    pg.sql(server_url, change)
    found = server_registry.check()
    assert found["ok"] is False and any(named in p for p in found["problems"]), found["problems"]


def test_check_finds_a_number_changed_behind_the_app(server_registry, server_url):
    server_registry.register("outgoing", signed(assign_number=True))
    pg.sql(server_url, "UPDATE records SET number = '托政发〔2026〕7号', serial = 7")
    assert "文号 托政发〔2026〕1号 与记录 1 上的文号或状态不一致" in server_registry.check()["problems"]


def test_an_older_server_schema_is_upgraded_with_its_data(server_url, org_json):
    """The first server schema (0001) with a record, then opened by this version: every later migration
    applies, in one transaction, and the record is found, numbered and searchable."""
    from desktop_app.registry.engine import postgres

    db = postgres.connect(server_url)
    with write(db):
        first = pgmigrate.files()[0]
        db.conn.raw.execute(first.read_text(encoding="utf-8"))
        db.conn.raw.execute(f"CREATE TABLE {pgmigrate.TABLE} (id bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, "
                            "migration_set text NOT NULL, name text NOT NULL, applied_at text NOT NULL, "
                            "UNIQUE (migration_set, name))")
        db.conn.execute(f"INSERT INTO {pgmigrate.TABLE} (migration_set, name, applied_at) VALUES ('docroute', ?, 'x')",
                        [first.stem])
        db.conn.execute("INSERT INTO records (id, kind, status, title, doc_type, date, series, year, serial, number, "
                        "recipients, fields, plan, sort_key, created_at, updated_at) VALUES (1, 'outgoing', 'numbered', "
                        "'关于加强水利工程建设管理的意见', '意见', '2025-03-01', '托政发', 2025, 1, '托政发〔2025〕1号', "
                        "'各乡镇人民政府', '{\"direction\": \"downward\"}', '{\"steps\": []}', 1, 'x', 'x')")
        db.conn.execute("INSERT INTO numbers VALUES ('托政发', 2025, 1, 1, 'active', '托政发〔2025〕1号', 'x')")
    db.close()
    with Registry.open(server_url) as registry:
        assert registry.check()["schema_version"] == pgmigrate.files()[-1].stem
        assert registry.get(1)["plan"] == {"steps": []} and registry.get(1)["number"] == "托政发〔2025〕1号"
        registry.db.conn.execute("UPDATE records SET search_text = ? WHERE id = 1", ["关于加强水利工程建设管理的意见"])
        assert registry.search_ids("水利") == [1]
        assert registry.db.conn.execute("SELECT direction FROM records").fetchone()[0] == "downward"


def test_a_dropped_connection_is_opened_again_and_nothing_half_written_stays(server_registry, server_url):
    # The server restarted, a cable was pulled, an idle timeout: the next statement signs in again.
    first = server_registry.register("outgoing", signed(assign_number=True))
    pid = server_registry.db.conn.backend_pid
    pg.sql(pg.URL, "SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.2)
    with pytest.raises(StorageError):  # the statement that finds the connection gone fails with a message …
        server_registry.register("outgoing", signed(assign_number=True))
    second = server_registry.register("outgoing", signed(assign_number=True))  # … the next one works
    assert server_registry.db.conn.backend_pid != pid
    assert (first["number"], second["number"]) == ("托政发〔2026〕1号", "托政发〔2026〕2号")
    assert server_registry.search_ids("防汛") == [second["id"], first["id"]]
    assert server_registry.check()["ok"]


def test_a_server_that_is_away_is_asked_again_only_every_thirty_seconds(server_registry, monkeypatch):
    from desktop_app.registry import changes
    from desktop_app.registry.engine import postgres

    watcher = server_registry.changes()
    tries = []

    def away(*_args, **_kwargs):
        tries.append(1)
        raise StorageError("无法连接数据库服务器")

    monkeypatch.setattr(postgres, "connect", away)
    clock = [1000.0]
    monkeypatch.setattr(changes.time, "monotonic", lambda: clock[0])
    watcher.close()  # the listening connection is lost
    watcher._next_try = 0.0
    assert watcher.changed() is False and tries == [1]  # tried once, the server is away
    for _ in range(10):  # the window asks every two seconds: no new try for 30 s, no freeze
        clock[0] += 2
        assert watcher.changed() is False
    assert tries == [1]
    monkeypatch.undo()
    monkeypatch.setattr(changes.time, "monotonic", lambda: clock[0] + 31)
    assert watcher.changed() is True  # back: the lists are read again
    watcher.close()


def test_numbers_stay_gapless_on_a_server_whose_default_isolation_is_stricter(server_registry, server_url):
    """An administrator's `default_transaction_isolation = 'repeatable read'` (or serializable) would
    give a writer the snapshot of before it waited for the write lock: its number counter's row, changed
    meanwhile by the clerk before it, could not be updated ("could not serialize access"). Every write
    says READ COMMITTED itself."""
    import threading

    pg.sql(server_url, f"ALTER DATABASE {_name(server_url)} SET default_transaction_isolation = 'repeatable read'")
    failures, start = [], threading.Barrier(2)

    def clerk(worker: int) -> None:
        try:
            with Registry.open(server_url) as mine:
                assert mine.db.conn.execute("SHOW transaction_isolation").fetchone()[0] == "repeatable read"
                start.wait()
                for n in range(15):
                    mine.register("outgoing", signed(assign_number=True, title=f"第{worker}号文书员的第{n}份通知"))
        except Exception as exc:  # reported below, with the others
            failures.append(f"{type(exc).__name__}: {exc}")

    threads = [threading.Thread(target=clerk, args=(w,)) for w in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    given = [s for (s,) in server_registry.db.conn.execute(
        "SELECT serial FROM numbers WHERE series = '托政发' AND year = 2026 ORDER BY serial")]
    assert given == list(range(1, 31))
