-- docroute: rebuilds tables
-- (The line above makes database.py run this file with foreign keys off, in a transaction of its own
-- that records it: SQLite rebuilds a table by copying it, and a parent table cannot be dropped and
-- replaced while its children are checked. The copies keep every row and id; the transaction checks
-- the foreign keys of the rebuilt tables before it commits.)
--
-- The registry at a million records took 1,623 MB (docs/registry.md, "the budget"); this takes what
-- held no information of its own:
-- - records.search_text (177 bytes a record) is not stored: it is what the columns give
--   (search.search_text_from_columns, the SQL function docroute_search_text), computed when a record is
--   written, changed or deleted, so the postings are still those of exactly that text. A text that was
--   stored stale is indexed again first from the columns, so nothing found before is lost and the
--   postings and the columns agree.
-- - records.sort_key is no longer a UNIQUE key of its own (an index of 19.5 MB): a CHECK ties it to the
--   id (sort_key = date << 32 | id), so the id's uniqueness is its own, and records_search_filter,
--   which starts with it, finds a record by it. The number and the receipt number stay UNIQUE, as
--   partial indexes of the records that have one.
-- - records_kind_sort (kind, sort_key) is the first two columns of records_office_cover; records_year_kind
--   (0001) answers no query: a number's year is looked up in numbers, a record by its number through
--   records_number (18.8 MB).
-- - step_actions and numbers are kept in the order of their keys (WITHOUT ROWID: no second copy of
--   the key); step_actions_record_on went: a record's 2–3 steps are side by side under its key.
-- - plans.json is no longer a UNIQUE key (1.1 KB keys left 21 of its 28 MB unused): records.plan_id
--   finds the plan by id, and a new plan is looked up by its length and text (plans_length) under the
--   write lock before it is stored (records.plan_id).

-- 1. Texts stored stale: their postings are made again from what the columns give.
CREATE TEMP TABLE stale_search_texts AS
    SELECT sort_key, stored, computed FROM (
        SELECT sort_key, search_text AS stored, docroute_search_text(title, number, receipt_number, sender,
            sender_number, lead_department, recipients, fields) AS computed FROM records)
    WHERE stored IS NOT computed;
INSERT INTO search_chars (search_chars, rowid, chars)
    SELECT 'delete', sort_key, docroute_search_chars(stored) FROM temp.stale_search_texts;
INSERT INTO search_pairs (search_pairs, rowid, pairs)
    SELECT 'delete', sort_key, docroute_search_pairs(stored) FROM temp.stale_search_texts;
INSERT INTO search_chars (rowid, chars)
    SELECT sort_key, docroute_search_chars(computed) FROM temp.stale_search_texts;
INSERT INTO search_pairs (rowid, pairs)
    SELECT sort_key, docroute_search_pairs(computed) FROM temp.stale_search_texts;
DROP TABLE temp.stale_search_texts;

-- 2. records, without the stored text and the sort_key's own key.
CREATE TABLE records_rebuilt (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('outgoing', 'incoming')),
    status        TEXT NOT NULL CHECK (status IN ('registered', 'signed', 'numbered', 'voided',
                                                  'in_progress', 'done')),
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    doc_type      TEXT CHECK (doc_type IN ('决议', '决定', '命令', '公报', '公告', '通告', '意见', '通知',
                                           '通报', '报告', '请示', '批复', '议案', '函', '纪要')),
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
    classification TEXT NOT NULL DEFAULT 'none' CHECK (classification IN ('none', '秘密', '机密', '绝密')),
    urgency        TEXT NOT NULL DEFAULT 'none' CHECK (urgency IN ('none', '加急', '特急')),
    publicity      TEXT CHECK (publicity IN ('主动公开', '依申请公开', '不予公开')),
    copies         INTEGER CHECK (copies IS NULL OR copies >= 0),
    fields         TEXT NOT NULL DEFAULT '{}',
    void_reason    TEXT,
    -- Newest first everywhere: the record date in days, then the id, folded into one sortable key
    -- (unique because the id is).
    sort_key       INTEGER NOT NULL CHECK ((sort_key & 4294967295) = id),
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    plan_id        INTEGER REFERENCES plans(id),
    direction      TEXT CHECK (direction IN ('upward', 'downward', 'parallel')),
    CHECK (kind = 'incoming' OR status IN ('registered', 'signed', 'numbered', 'voided')),
    CHECK (kind = 'outgoing' OR status IN ('registered', 'in_progress', 'done')),
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

-- A number and a receipt number are each on one record only: the same keys as before, kept for the
-- records that have one (a table's UNIQUE key also held an entry for each record without), and built
-- in one sorted pass after a bulk load like any other index.
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

-- 3. step_actions in the order of its key.
CREATE TABLE step_actions_rebuilt (
    record_id   INTEGER NOT NULL REFERENCES records(id),
    step_order  INTEGER NOT NULL CHECK (step_order >= 1),
    action      TEXT NOT NULL CHECK (action IN ('draft', 'office_review', 'legal_review',
                    'collective_decision', 'cosign', 'approve', 'comment', 'sign', 'director_review',
                    'handle')),
    by_person   TEXT NOT NULL,
    by_name     TEXT NOT NULL,
    on_date     TEXT NOT NULL,
    opinion     TEXT,
    acting_for  TEXT CHECK (acting_for IS NULL OR acting_for IN ('county_head', 'executive_deputy_head',
                    'deputy_head', 'office_director', 'office_deputy_director')),
    recorded_at TEXT NOT NULL,
    PRIMARY KEY (record_id, step_order)
) WITHOUT ROWID;
INSERT INTO step_actions_rebuilt (record_id, step_order, action, by_person, by_name, on_date, opinion,
    acting_for, recorded_at)
SELECT record_id, step_order, action, by_person, by_name, on_date, opinion, acting_for, recorded_at
FROM step_actions ORDER BY record_id, step_order;
DROP TABLE step_actions;
ALTER TABLE step_actions_rebuilt RENAME TO step_actions;

-- 4. numbers in the order of its key; it still never loses or changes a number.
CREATE TABLE numbers_rebuilt (
    series     TEXT NOT NULL REFERENCES series(code),
    year       INTEGER NOT NULL,
    serial     INTEGER NOT NULL CHECK (serial >= 1),
    record_id  INTEGER NOT NULL REFERENCES records(id),
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'voided')),
    text       TEXT NOT NULL,
    given_at   TEXT NOT NULL,
    PRIMARY KEY (series, year, serial)
) WITHOUT ROWID;
INSERT INTO numbers_rebuilt (series, year, serial, record_id, status, text, given_at)
SELECT series, year, serial, record_id, status, text, given_at FROM numbers ORDER BY series, year, serial;
DROP TABLE numbers;
ALTER TABLE numbers_rebuilt RENAME TO numbers;
CREATE TRIGGER numbers_never_deleted BEFORE DELETE ON numbers
BEGIN SELECT RAISE(ABORT, '文号一经编出不得删除，只能作废'); END;
CREATE TRIGGER numbers_never_renumbered BEFORE UPDATE OF series, year, serial, record_id ON numbers
BEGIN SELECT RAISE(ABORT, '文号一经编出不得改动'); END;

-- 5. plans without the text as its own key.
CREATE TABLE plans_rebuilt (
    id   INTEGER PRIMARY KEY,
    json TEXT NOT NULL
);
INSERT INTO plans_rebuilt (id, json) SELECT id, json FROM plans ORDER BY id;
DROP TABLE plans;
ALTER TABLE plans_rebuilt RENAME TO plans;
CREATE INDEX plans_length ON plans(length(json));
CREATE TRIGGER plans_never_changed BEFORE UPDATE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得改动'); END;
CREATE TRIGGER plans_never_deleted BEFORE DELETE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得删除'); END;
