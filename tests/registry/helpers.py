"""Registration requests as the window and the CLI send them (shared by the registry tests)."""
from __future__ import annotations


def outgoing_request(**changes) -> dict:
    request = {
        "title": "关于做好2026年冬季防汛工作的通知", "series": "托政发", "date": "2026-11-27",
        "authority": "county_government", "direction": "downward", "doc_type": "通知", "scope": "routine",
        "lead_department": "县教育局", "cosign_departments": [], "main_recipients": ["各乡镇人民政府"],
        "cc": ["县委办公室"], "drafter": "张三", "classification": "none", "urgency": "none", "copies": 40,
        "publicity": "主动公开",
    }
    request.update(changes)
    return request


def incoming_request(**changes) -> dict:
    request = {
        "title": "关于申请防汛物资的请示", "doc_type": "请示", "sender": "县水利局", "sender_number": "托水发〔2026〕15号",
        "received_on": "2026-11-28", "main_recipients": ["县人民政府"], "copies": 2, "classification": "none",
        "urgency": "none",
    }
    request.update(changes)
    return request


def signed(**changes) -> dict:
    return outgoing_request(**{"signed_by": "exec", "signed_on": "2026-11-30", **changes})


def refused_by_database(registry) -> type[Exception]:
    """The exception the engine itself raises when a trigger or constraint refuses a statement sent
    behind the app's back (sqlite3's IntegrityError; on a server, psycopg's)."""
    if registry.engine == "sqlite":
        import sqlite3

        return sqlite3.IntegrityError
    import psycopg

    return psycopg.IntegrityError


def older_copy(db, source, below: str, tables: tuple[str, ...]) -> None:
    """Brings the open file `db` to the migrations before `below` and fills `tables` from the newer file
    at `source`, as an older DocRoute would have stored them: before 0014, the records with their search text."""
    from desktop_app.registry import search_index
    from desktop_app.registry.database import apply_migrations, migration_files

    apply_migrations(db, [f for f in migration_files() if f.stem < below])
    db.conn.execute("ATTACH DATABASE ? AS made", [str(source)])
    for table in tables:
        columns = [row[1] for row in db.conn.execute(f"PRAGMA made.table_info({table})")]
        texts = table == "records" and "search_text" in {row[1] for row in db.conn.execute(
            "PRAGMA main.table_info(records)")}
        stored = [*columns, "search_text"] if texts else columns
        given = [*columns, search_index.text_sql()] if texts else columns
        db.conn.execute(f"INSERT OR REPLACE INTO {table} ({', '.join(stored)}) SELECT {', '.join(given)} "
                        f"FROM made.{table}")
    db.conn.commit()
    db.conn.execute("DETACH DATABASE made")
