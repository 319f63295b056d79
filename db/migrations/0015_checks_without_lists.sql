-- docroute: rebuilds tables
-- (Run like 0014: alone, with foreign keys off, checked before it commits.)
--
-- The CHECKs of the two tables a bulk load fills name their allowed values as comparisons instead of
-- IN lists. The same rule (a value outside the list, NULL aside, is refused either way), but SQLite
-- builds a small temporary table for an IN list of more than two values each time a statement runs,
-- and an insert of many rows runs its statement once per row: at a million records the lists cost a
-- bulk load 13 s in records and 6.5 s in step_actions (docs/registry.md, "Bulk load"). The tables are
-- copied row by row as they are; every key, index, trigger and search posting stays what it was.

-- 1. records.
CREATE TABLE records_rebuilt (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind = 'outgoing' OR kind = 'incoming'),
    status        TEXT NOT NULL CHECK (status = 'registered' OR status = 'signed' OR status = 'numbered'
                                       OR status = 'voided' OR status = 'in_progress' OR status = 'done'),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    doc_type      TEXT CHECK (doc_type = '决议' OR doc_type = '决定' OR doc_type = '命令' OR doc_type = '公报'
                              OR doc_type = '公告' OR doc_type = '通告' OR doc_type = '意见' OR doc_type = '通知'
                              OR doc_type = '通报' OR doc_type = '报告' OR doc_type = '请示' OR doc_type = '批复'
                              OR doc_type = '议案' OR doc_type = '函' OR doc_type = '纪要'),
    date          TEXT NOT NULL,
    due           TEXT,
    series        TEXT REFERENCES series(code),
    year          INTEGER,
    serial        INTEGER,
    number        TEXT,
    receipt_year   INTEGER,
    receipt_serial INTEGER,
    receipt_number TEXT,
    sender         TEXT,
    sender_number  TEXT,
    lead_department TEXT,
    recipients     TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT 'none' CHECK (classification = 'none' OR classification = '秘密'
                                                       OR classification = '机密' OR classification = '绝密'),
    urgency        TEXT NOT NULL DEFAULT 'none' CHECK (urgency = 'none' OR urgency = '加急' OR urgency = '特急'),
    publicity      TEXT CHECK (publicity = '主动公开' OR publicity = '依申请公开' OR publicity = '不予公开'),
    copies         INTEGER CHECK (copies IS NULL OR copies >= 0),
    fields         TEXT NOT NULL DEFAULT '{}',
    void_reason    TEXT,
    -- Newest first everywhere: the record date in days, then the id, folded into one sortable key
    -- (unique because the id is).
    sort_key       INTEGER NOT NULL CHECK ((sort_key & 4294967295) = id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    plan_id        INTEGER REFERENCES plans(id),
    direction      TEXT CHECK (direction = 'upward' OR direction = 'downward' OR direction = 'parallel'),
    CHECK (kind = 'incoming' OR status = 'registered' OR status = 'signed' OR status = 'numbered'
           OR status = 'voided'),
    CHECK (kind = 'outgoing' OR status = 'registered' OR status = 'in_progress' OR status = 'done'),
    CHECK ((number IS NULL) = (serial IS NULL))
);
INSERT INTO records_rebuilt (id, kind, status, title, doc_type, date, due, series, year, serial, number,
    receipt_year, receipt_serial, receipt_number, sender, sender_number, lead_department, recipients,
    classification, urgency, publicity, copies, fields, void_reason, sort_key, created_at, updated_at,
    plan_id, direction)
SELECT id, kind, status, title, doc_type, date, due, series, year, serial, number,
    receipt_year, receipt_serial, receipt_number, sender, sender_number, lead_department, recipients,
    classification, urgency, publicity, copies, fields, void_reason, sort_key, created_at, updated_at,
    plan_id, direction
FROM records ORDER BY id;
DROP TABLE records;
ALTER TABLE records_rebuilt RENAME TO records;

-- The indexes and triggers went with the old table: the same again, word for word (0014's).
CREATE UNIQUE INDEX records_number ON records(series, year, serial) WHERE serial IS NOT NULL;
CREATE UNIQUE INDEX records_receipt ON records(receipt_year, receipt_serial) WHERE receipt_serial IS NOT NULL;
CREATE INDEX records_due ON records(due) WHERE due IS NOT NULL;
CREATE INDEX records_office_cover ON records(kind, sort_key, status, series, doc_type, direction,
                                             classification, lead_department, sender, due);
CREATE INDEX records_open_due ON records(due)
    WHERE due IS NOT NULL AND status NOT IN ('done', 'numbered', 'voided');
CREATE INDEX records_search_filter ON records(sort_key, kind, status, due);
CREATE INDEX records_status_sort ON records(status, sort_key);

CREATE TRIGGER records_direction_insert AFTER INSERT ON records
WHEN new.kind = 'outgoing' AND new.direction IS NULL
     AND json_extract(new.fields, '$.direction') IN ('upward', 'downward', 'parallel')
BEGIN UPDATE records SET direction = json_extract(new.fields, '$.direction') WHERE id = new.id; END;

CREATE TRIGGER records_search_insert AFTER INSERT ON records
BEGIN
    INSERT INTO search_chars (rowid, chars) VALUES (new.sort_key, docroute_search_chars(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
    INSERT INTO search_pairs (rowid, pairs) VALUES (new.sort_key, docroute_search_pairs(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
END;

-- A contentless table forgets a row when told the tokens it was given: those of the old columns' text.
CREATE TRIGGER records_search_update
AFTER UPDATE OF title, number, receipt_number, sender, sender_number, lead_department, recipients, fields,
    sort_key ON records
WHEN old.sort_key IS NOT new.sort_key
    OR docroute_search_text(old.title, old.number, old.receipt_number, old.sender, old.sender_number,
                            old.lead_department, old.recipients, old.fields)
    IS NOT docroute_search_text(new.title, new.number, new.receipt_number, new.sender, new.sender_number,
                                new.lead_department, new.recipients, new.fields)
BEGIN
    INSERT INTO search_chars (search_chars, rowid, chars) VALUES ('delete', old.sort_key,
        docroute_search_chars(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
    INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', old.sort_key,
        docroute_search_pairs(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
    INSERT INTO search_chars (rowid, chars) VALUES (new.sort_key, docroute_search_chars(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
    INSERT INTO search_pairs (rowid, pairs) VALUES (new.sort_key, docroute_search_pairs(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
END;

CREATE TRIGGER records_search_delete AFTER DELETE ON records
BEGIN
    INSERT INTO search_chars (search_chars, rowid, chars) VALUES ('delete', old.sort_key,
        docroute_search_chars(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
    INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', old.sort_key,
        docroute_search_pairs(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
END;

-- 2. step_actions.
CREATE TABLE step_actions_rebuilt (
    record_id   INTEGER NOT NULL REFERENCES records(id),
    step_order  INTEGER NOT NULL CHECK (step_order >= 1),
    action      TEXT NOT NULL CHECK (action = 'draft' OR action = 'office_review' OR action = 'legal_review'
                                     OR action = 'collective_decision' OR action = 'cosign' OR action = 'approve'
                                     OR action = 'comment' OR action = 'sign' OR action = 'director_review'
                                     OR action = 'handle'),
    by_person   TEXT NOT NULL,
    by_name     TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    opinion     TEXT,
    acting_for  TEXT CHECK (acting_for IS NULL OR acting_for = 'county_head'
                            OR acting_for = 'executive_deputy_head' OR acting_for = 'deputy_head'
                            OR acting_for = 'office_director' OR acting_for = 'office_deputy_director'),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (record_id, step_order)
) WITHOUT ROWID;
INSERT INTO step_actions_rebuilt (record_id, step_order, action, by_person, by_name, on_date, opinion,
    acting_for, recorded_at)
SELECT record_id, step_order, action, by_person, by_name, on_date, opinion, acting_for, recorded_at
FROM step_actions ORDER BY record_id, step_order;
DROP TABLE step_actions;
ALTER TABLE step_actions_rebuilt RENAME TO step_actions;
