"""records.fields is stored without the values the record's columns hold (fields_codec.py): every record
reads back exactly as registered — values, types and key order — and migration 0013 rewrites an older
database's records without changing what any of them reads as."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.registry import Registry, fields_codec
from desktop_app.registry.database import migration_files, sql_statements
from desktop_app.registry.fields_codec import CODES, compact

from .helpers import incoming_request, outgoing_request, signed


def _stored(registry, record_id: int) -> str:
    return registry.db.conn.execute("SELECT fields FROM records WHERE id = ?", [record_id]).fetchone()[0]


def test_registered_fields_read_back_exactly_and_are_stored_shorter(registry):
    requests = [("outgoing", outgoing_request(cosign_departments=["县财政局"])),
                ("outgoing", signed(assign_number=True, copies=3, cc=[])),
                ("outgoing", outgoing_request(main_recipients=["县人民政府"], cc=["县委办公室", "县人大常委会办公室"])),
                ("incoming", incoming_request(due="2026-12-10")),
                ("incoming", incoming_request(sender_number="托水发[2026]15号")),
                ("incoming", incoming_request(classification="秘密", urgency="加急")),
                ("outgoing", {"~": "ab", **outgoing_request(), "备注": "请求里的任何字段都照存"})]
    for kind, request in requests:
        record = registry.register(kind, request)
        registered = registry.audit(record["id"])[0]["after"]["fields"]
        read = registry.get(record["id"])["fields"]
        # The audit trail keeps the request with its keys sorted: same keys, values and types.
        assert json.dumps(read, sort_keys=True) == json.dumps(registered, sort_keys=True), request
        stored = _stored(registry, record["id"])
        assert stored.startswith('{"~":')
        if "~" not in request:
            assert len(stored.encode()) < len(compact(registered).encode())
            assert "关于" not in stored  # the title lives in its column only


_VALUES = st.one_of(st.none(), st.booleans(), st.integers(-3, 3), st.floats(-2, 2, allow_nan=False),
                    st.sampled_from(["", "县教育局", "、", "各乡镇人民政府、县委办公室"]),
                    st.lists(st.sampled_from(["各乡镇人民政府", "县委办公室", "、"]), max_size=3))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(CODES)), st.data())
def test_any_fields_and_columns_round_trip(kind, data):
    fields, columns = _record(kind, _names(kind, data), data)
    stored = fields_codec.encode(kind, fields, columns)
    assert compact(fields_codec.decode(kind, stored, columns)) == compact(fields)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(sorted(CODES)), st.data())
def test_a_bulk_writes_records_read_back_exactly_too(kind, data):
    """The Encoder of a bulk write reuses layouts: records of one key order whose values and columns agree,
    or not, in any way are stored exactly as encode() stores each, and read back exactly."""
    encoder, names = fields_codec.Encoder(kind), _names(kind, data)
    first = _record(kind, names, data)
    for fields, columns in [first, *[_record(kind, names, data) for _ in range(data.draw(st.integers(1, 6)))], first]:
        stored = encoder(fields, columns)
        assert stored == fields_codec.encode(kind, fields, columns)
        assert compact(fields_codec.decode(kind, stored, columns)) == compact(fields)


def _names(kind, data) -> list[str]:
    keys = [key for key, _ in CODES[kind].values()] + ["authority", "cc", "main_recipients", "~", "scope"]
    return data.draw(st.lists(st.sampled_from(keys), unique=True, max_size=len(keys)))


def _record(kind, names, data) -> tuple[dict, dict]:
    fields = {name: data.draw(_VALUES) for name in names}
    columns = {}
    for key, column in CODES[kind].values():
        if data.draw(st.booleans()) and key in fields:
            columns[column] = fields[key]  # the column holds the field's value …
        elif data.draw(st.booleans()):
            columns[column] = data.draw(_VALUES)  # … or something else, or nothing
    if data.draw(st.booleans()):
        columns["recipients"] = data.draw(st.sampled_from(["各乡镇人民政府、县委办公室", "县人民政府", "、", ""]))
    return fields, columns


def test_old_form_records_read_as_they_are(registry):
    record = registry.register("outgoing", outgoing_request())
    whole = compact(registry.get(record["id"])["fields"])
    registry.db.conn.execute("UPDATE records SET fields = ? WHERE id = ?", [whole, record["id"]])
    registry.db.conn.commit()
    assert compact(registry.get(record["id"])["fields"]) == whole


def test_migration_0013_rewrites_older_records_without_changing_them(tmp_path, org_json):
    path = tmp_path / "old.sqlite"
    with Registry.open(path) as registry:
        registry.import_org(org_json)
        registry.demo(300)
        registry.register("incoming", incoming_request(sender_number="托水发[2026]15号"))
        before = {rid: compact(registry.get(rid)["fields"]) for (rid,) in
                  registry.db.conn.execute("SELECT id FROM records").fetchall()}
        # As an older DocRoute stored them: the request whole; then 0013's own statements.
        registry.db.conn.executemany("UPDATE records SET fields = ? WHERE id = ?",
                                     [(text, rid) for rid, text in before.items()])
        registry.db.conn.commit()
        searched = registry.search_ids("托水发")
        migration = next(f for f in migration_files() if f.stem == "0013_fields_without_columns")
        with registry.db.conn:
            for statement in sql_statements(migration.read_text(encoding="utf-8")):
                registry.db.conn.execute(statement)
    with Registry.open(path) as registry:
        stored = [text for (text,) in registry.db.conn.execute("SELECT fields FROM records")]
        assert all(text.startswith('{"~":') for text in stored)
        after = {rid: compact(registry.get(rid)["fields"]) for rid in before}
        assert after == before
        assert registry.search_ids("托水发") == searched
        assert registry.check()["ok"], registry.check()["problems"]
        assert json.loads(before[max(before)])["sender_number_original"] == "托水发[2026]15号"


def test_a_bulk_write_tells_a_value_from_an_equal_one_of_another_type():
    encoder = fields_codec.Encoder("outgoing")
    for copies, column in [(3, 3), (3, 3.0), (True, 1), (1, 1), (1.0, 1)]:
        fields, columns = {"title": "关于", "copies": copies, "cc": []}, {"title": "关于", "copies": column}
        stored = encoder(fields, columns)
        assert stored == fields_codec.encode("outgoing", fields, columns)
        assert compact(fields_codec.decode("outgoing", stored, columns)) == compact(fields)
