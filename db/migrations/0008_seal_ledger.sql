-- The seal registry (用印登记, 第六十八—七十二条): the county's seals as data, and the append-only,
-- hash-chained ledger of everything done with them (requests, refused ones too; uses; take-outs and
-- returns; corrections; changes to a seal's name or keeper). A request's state, whether a seal is out,
-- the printed 用印登记簿: all are read from the ledger, so no second table can tell another story.
--
-- Plain tables and triggers that PostgreSQL also has; only the trigger bodies (RAISE) are SQLite's own,
-- docs/seals.md gives the PostgreSQL equivalent. The hash of each entry is computed by the app
-- (desktop_app/registry/seals/ledger.py) and checked by `docroute seal verify`.

-- 县人民政府印章, its 钢印, the 县长's name seal, the office seal. Editable (name, keeper); every change
-- is also a ledger entry. The code is the seal id of routing.md.
CREATE TABLE seals (
    code     TEXT PRIMARY KEY CHECK (code IN ('county_government', 'county_government_steel',
                                              'county_head_name', 'county_office')),
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL CHECK (kind IN ('official', 'steel', 'name')),
    keeper   TEXT NOT NULL CHECK (length(trim(keeper)) > 0),
    position INTEGER NOT NULL
);
INSERT INTO seals (code, name, kind, keeper, position) VALUES
    ('county_government', '县人民政府印章', 'official', '文书科', 1),
    ('county_government_steel', '县人民政府钢印', 'steel', '文书科', 2),
    ('county_head_name', '县长印章', 'name', '文书科', 3),
    ('county_office', '县人民政府办公室印章', 'official', '文书科', 4);

-- One row per entry, numbered 1, 2, 3 … in the order appended (the id is taken under the write lock).
-- content_hash = SHA-256 of the entry's canonical content (every column but the three hashes);
-- hash = SHA-256 of prev_hash followed by content_hash; prev_hash is the previous entry's hash (64 zeros
-- for the first). A correction is a new entry whose `corrects` names the entry it corrects.
CREATE TABLE seal_ledger (
    id           INTEGER PRIMARY KEY,
    at           TEXT NOT NULL,
    recorded_by  TEXT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('request', 'use', 'take_out', 'return', 'correction',
                                               'seal_change')),
    request_id   INTEGER,
    seal         TEXT NOT NULL,
    on_date      TEXT NOT NULL,
    corrects     INTEGER REFERENCES seal_ledger(id),
    body         TEXT NOT NULL,
    search_text  TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL CHECK (length(content_hash) = 64),
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
);
CREATE INDEX seal_ledger_request ON seal_ledger(request_id, id);
CREATE INDEX seal_ledger_seal ON seal_ledger(seal, kind, id);
CREATE INDEX seal_ledger_on ON seal_ledger(on_date, id);
CREATE INDEX seal_ledger_kind ON seal_ledger(kind, id);
CREATE TRIGGER seal_ledger_no_update BEFORE UPDATE ON seal_ledger
BEGIN SELECT RAISE(ABORT, '用印登记簿只能追加，不能修改；如有错误请登记更正'); END;
CREATE TRIGGER seal_ledger_no_delete BEFORE DELETE ON seal_ledger
BEGIN SELECT RAISE(ABORT, '用印登记簿只能追加，不能删除'); END;
