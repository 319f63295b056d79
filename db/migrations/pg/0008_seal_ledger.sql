-- The seal registry (用印登记, 第六十八—七十二条) on a server: SQLite's 0008 with its append-only
-- triggers as docroute_refuse (0001). The hashes are computed by the app (registry/seals/ledger.py),
-- each entry appended under the write lock, and checked by `docroute seal verify` on both engines alike.
CREATE TABLE seals (
    code     text PRIMARY KEY CHECK (code IN ('county_government', 'county_government_steel',
                                              'county_head_name', 'county_office')),
    name     text NOT NULL CHECK (length(trim(name)) > 0),
    kind     text NOT NULL CHECK (kind IN ('official', 'steel', 'name')),
    keeper   text NOT NULL CHECK (length(trim(keeper)) > 0),
    position bigint NOT NULL
);
INSERT INTO seals (code, name, kind, keeper, position) VALUES
    ('county_government', '县人民政府印章', 'official', '文书科', 1),
    ('county_government_steel', '县人民政府钢印', 'steel', '文书科', 2),
    ('county_head_name', '县长印章', 'name', '文书科', 3),
    ('county_office', '县人民政府办公室印章', 'official', '文书科', 4);

CREATE TABLE seal_ledger (
    id           bigint PRIMARY KEY,
    at           text NOT NULL,
    recorded_by  text NOT NULL,
    kind         text NOT NULL CHECK (kind IN ('request', 'use', 'take_out', 'return', 'correction',
                                               'seal_change')),
    request_id   bigint,
    seal         text NOT NULL,
    on_date      text NOT NULL,
    corrects     bigint REFERENCES seal_ledger(id),
    body         text NOT NULL,
    search_text  text NOT NULL DEFAULT '',
    content_hash text NOT NULL CHECK (length(content_hash) = 64),
    prev_hash    text NOT NULL CHECK (length(prev_hash) = 64),
    hash         text NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX seal_ledger_request ON seal_ledger(request_id, id);
CREATE INDEX seal_ledger_seal ON seal_ledger(seal, kind, id);
CREATE INDEX seal_ledger_on ON seal_ledger(on_date, id);
CREATE INDEX seal_ledger_kind ON seal_ledger(kind, id);
CREATE TRIGGER seal_ledger_no_update BEFORE UPDATE ON seal_ledger
    FOR EACH ROW EXECUTE FUNCTION docroute_refuse('用印登记簿只能追加，不能修改；如有错误请登记更正');
CREATE TRIGGER seal_ledger_no_delete BEFORE DELETE ON seal_ledger
    FOR EACH ROW EXECUTE FUNCTION docroute_refuse('用印登记簿只能追加，不能删除');
