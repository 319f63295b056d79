-- Golden schema: what db/migrations produce, as SQLite stores it. Regenerate with
-- python3 -c "from tests.registry.test_migrations import write_golden; write_golden()" after adding a migration.

-- index attachments_record
CREATE INDEX attachments_record ON attachments(record_id);

-- index audit_record
CREATE INDEX audit_record ON audit_log(record_id);

-- index cosign_requests_due
CREATE INDEX cosign_requests_due ON cosign_requests(due) WHERE replied_on IS NULL;

-- index follow_ups_open_due
CREATE INDEX follow_ups_open_due ON follow_ups(due) WHERE closed_on IS NULL;

-- index follow_ups_record
CREATE INDEX follow_ups_record ON follow_ups(record_id);

-- index idx__sqlite_migrations_migration_set_name
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
    ON "_sqlite_migrations" ("migration_set", "name");

-- index plans_length
CREATE INDEX plans_length ON plans(length(json));

-- index records_due
CREATE INDEX records_due ON records(due) WHERE due IS NOT NULL;

-- index records_number
CREATE UNIQUE INDEX records_number ON records(series, year, serial) WHERE serial IS NOT NULL;

-- index records_office_cover
CREATE INDEX records_office_cover ON records(kind, sort_key, status, series, doc_type, direction,
                                             classification, lead_department, sender, due);

-- index records_open_due
CREATE INDEX records_open_due ON records(due)
    WHERE due IS NOT NULL AND status NOT IN ('done', 'numbered', 'voided');

-- index records_receipt
CREATE UNIQUE INDEX records_receipt ON records(receipt_year, receipt_serial) WHERE receipt_serial IS NOT NULL;

-- index records_search_filter
CREATE INDEX records_search_filter ON records(sort_key, kind, status, due);

-- index records_status_sort
CREATE INDEX records_status_sort ON records(status, sort_key);

-- index reminders_item
CREATE INDEX reminders_item ON reminders(item, id);

-- index reminders_record
CREATE INDEX reminders_record ON reminders(record_id);

-- index seal_ledger_kind
CREATE INDEX seal_ledger_kind ON seal_ledger(kind, id);

-- index seal_ledger_on
CREATE INDEX seal_ledger_on ON seal_ledger(on_date, id);

-- index seal_ledger_request
CREATE INDEX seal_ledger_request ON seal_ledger(request_id, id);

-- index seal_ledger_seal
CREATE INDEX seal_ledger_seal ON seal_ledger(seal, kind, id);

-- table _sqlite_migrations
CREATE TABLE "_sqlite_migrations" (
   "id" INTEGER PRIMARY KEY,
   "migration_set" TEXT,
   "name" TEXT,
   "applied_at" TEXT
);

-- table absences
CREATE TABLE absences (
    id        INTEGER PRIMARY KEY,
    person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    start_on  TEXT NOT NULL,
    end_on    TEXT NOT NULL, reason TEXT NOT NULL DEFAULT '',
    CHECK (end_on >= start_on)
);

-- table archive_items
CREATE TABLE archive_items (
    record_id   INTEGER PRIMARY KEY REFERENCES records(id),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2999),
    retention   TEXT NOT NULL CHECK (retention IN ('永久', '30年', '10年')),
    item        INTEGER NOT NULL CHECK (item >= 1),
    code        TEXT NOT NULL UNIQUE,
    fonds       TEXT NOT NULL,
    category    TEXT NOT NULL,
    org_code    TEXT NOT NULL,
    pages       INTEGER CHECK (pages IS NULL OR pages >= 1),
    note        TEXT NOT NULL DEFAULT '',
    package     TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL CHECK (length(manifest_sha256) = 64),
    archived_on TEXT NOT NULL,
    archived_by TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (year, retention, item)
);

-- table attachments
CREATE TABLE attachments (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records(id),
    name        TEXT NOT NULL,
    stored_path TEXT NOT NULL,
    size        INTEGER NOT NULL CHECK (size >= 0),
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    added_at    TEXT NOT NULL
);

-- table audit_log
CREATE TABLE "audit_log" (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('register', 'record_step', 'assign_number', 'void',
                  'attach', 'org_import', 'import', 'demo', 'calendar', 'series', 'restore',
                  'cosign_reply', 'follow_up', 'follow_up_close', 'remind', 'archive', 'office_setting',
                  'org_edit', 'absence', 'setup')),
    record_id INTEGER,
    before    TEXT,
    after     TEXT
);

-- table calendar_days
CREATE TABLE calendar_days (
    day        TEXT PRIMARY KEY,
    is_workday INTEGER NOT NULL CHECK (is_workday IN (0, 1)),
    note       TEXT NOT NULL DEFAULT ''
);

-- table calendar_years
CREATE TABLE calendar_years (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2999),
    marked_at TEXT NOT NULL
);

-- table cosign_requests
CREATE TABLE cosign_requests (
    id           INTEGER PRIMARY KEY,
    record_id    INTEGER NOT NULL REFERENCES records(id),
    department   TEXT NOT NULL,
    requested_on TEXT NOT NULL,
    due          TEXT,
    replied_on   TEXT,
    opinion      TEXT,
    UNIQUE (record_id, department)
);

-- table departments
CREATE TABLE departments (
    name TEXT PRIMARY KEY CHECK (length(trim(name)) > 0)
);

-- table follow_ups
CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    record_id   INTEGER NOT NULL REFERENCES records(id),
    department  TEXT NOT NULL CHECK (length(trim(department)) > 0),
    due         TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT '',
    opened_on   TEXT NOT NULL,
    closed_on   TEXT,
    result      TEXT,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    CHECK ((closed_on IS NULL) = (result IS NULL)),
    CHECK (closed_on IS NULL OR length(trim(result)) > 0)
);

-- table numbers
CREATE TABLE "numbers" (
    series     TEXT NOT NULL REFERENCES series(code),
    year       INTEGER NOT NULL,
    serial     INTEGER NOT NULL CHECK (serial >= 1),
    record_id  INTEGER NOT NULL REFERENCES records(id),
    status     TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'voided')),
    text       TEXT NOT NULL,
    given_at   TEXT NOT NULL,
    PRIMARY KEY (series, year, serial)
) WITHOUT ROWID;

-- table office_settings
CREATE TABLE office_settings (
    key   TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL
);

-- table org_meta
CREATE TABLE org_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- table people
CREATE TABLE people (
    id   TEXT PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('county_head', 'executive_deputy_head', 'deputy_head',
                                       'office_director', 'office_deputy_director'))
);

-- table plans
CREATE TABLE "plans" (
    id   INTEGER PRIMARY KEY,
    json TEXT NOT NULL
);

-- table portfolios
CREATE TABLE portfolios (
    person_id  TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
    department TEXT NOT NULL REFERENCES departments(name) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person_id, department)
);

-- table records
CREATE TABLE "records" (
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

-- table reminders
CREATE TABLE reminders (
    id         INTEGER PRIMARY KEY,
    item       TEXT NOT NULL CHECK (length(item) > 0),
    what       TEXT NOT NULL CHECK (what IN ('cosign_reply', 'minutes_issue', 'incoming_due', 'seal_out',
                                             'follow_up')),
    record_id  INTEGER REFERENCES records(id),
    title      TEXT NOT NULL DEFAULT '',
    due        TEXT,
    reminded   TEXT NOT NULL CHECK (length(trim(reminded)) > 0),
    by_name    TEXT NOT NULL CHECK (length(trim(by_name)) > 0),
    on_date    TEXT NOT NULL,
    means      TEXT NOT NULL DEFAULT '' ,
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);

-- table seal_ledger
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

-- table seals
CREATE TABLE seals (
    code     TEXT PRIMARY KEY CHECK (code IN ('county_government', 'county_government_steel',
                                              'county_head_name', 'county_office')),
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    kind     TEXT NOT NULL CHECK (kind IN ('official', 'steel', 'name')),
    keeper   TEXT NOT NULL CHECK (length(trim(keeper)) > 0),
    position INTEGER NOT NULL
);

-- table search_chars
CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', columnsize=0, detail=none, tokenize='ascii');

-- table search_chars_config
CREATE TABLE 'search_chars_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_chars_data
CREATE TABLE 'search_chars_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_chars_idx
CREATE TABLE 'search_chars_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table search_pairs
CREATE VIRTUAL TABLE search_pairs USING fts5(pairs, content='', columnsize=0, detail=full, tokenize='ascii');

-- table search_pairs_config
CREATE TABLE 'search_pairs_config'(k PRIMARY KEY, v) WITHOUT ROWID;

-- table search_pairs_data
CREATE TABLE 'search_pairs_data'(id INTEGER PRIMARY KEY, block BLOB);

-- table search_pairs_idx
CREATE TABLE 'search_pairs_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

-- table series
CREATE TABLE series (
    code  TEXT PRIMARY KEY CHECK (length(trim(code)) > 0),
    kind  TEXT NOT NULL CHECK (kind IN ('outgoing', 'incoming')),
    label TEXT NOT NULL DEFAULT ''
, authority TEXT CHECK (authority IS NULL OR authority IN ('county_government',
                                                                                       'county_office')), usage TEXT NOT NULL DEFAULT 'documents'
    CHECK (usage IN ('documents', 'letters', 'normative', 'receipt')));

-- table series_counters
CREATE TABLE series_counters (
    series      TEXT NOT NULL REFERENCES series(code),
    year        INTEGER NOT NULL CHECK (year BETWEEN 1949 AND 2999),
    next_serial INTEGER NOT NULL CHECK (next_serial >= 1),
    PRIMARY KEY (series, year)
);

-- table step_actions
CREATE TABLE "step_actions" (
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

-- trigger archive_items_never_changed
CREATE TRIGGER archive_items_never_changed BEFORE UPDATE ON archive_items
BEGIN SELECT RAISE(ABORT, '档号一经给出不得改动'); END;

-- trigger archive_items_never_deleted
CREATE TRIGGER archive_items_never_deleted BEFORE DELETE ON archive_items
BEGIN SELECT RAISE(ABORT, '归档记录不得删除'); END;

-- trigger audit_no_delete
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;

-- trigger audit_no_update
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;

-- trigger follow_ups_closed_stays_closed
CREATE TRIGGER follow_ups_closed_stays_closed BEFORE UPDATE ON follow_ups
WHEN old.closed_on IS NOT NULL OR new.record_id != old.record_id OR new.department != old.department
     OR new.due != old.due OR new.opened_on != old.opened_on
BEGIN SELECT RAISE(ABORT, '督办事项只能办结一次，已登记的内容不能改动'); END;

-- trigger follow_ups_never_deleted
CREATE TRIGGER follow_ups_never_deleted BEFORE DELETE ON follow_ups
BEGIN SELECT RAISE(ABORT, '督办事项不能删除，只能办结'); END;

-- trigger numbers_never_deleted
CREATE TRIGGER numbers_never_deleted BEFORE DELETE ON numbers
BEGIN SELECT RAISE(ABORT, '文号一经编出不得删除，只能作废'); END;

-- trigger numbers_never_renumbered
CREATE TRIGGER numbers_never_renumbered BEFORE UPDATE OF series, year, serial, record_id ON numbers
BEGIN SELECT RAISE(ABORT, '文号一经编出不得改动'); END;

-- trigger plans_never_changed
CREATE TRIGGER plans_never_changed BEFORE UPDATE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得改动'); END;

-- trigger plans_never_deleted
CREATE TRIGGER plans_never_deleted BEFORE DELETE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得删除'); END;

-- trigger records_direction_insert
CREATE TRIGGER records_direction_insert AFTER INSERT ON records
WHEN new.kind = 'outgoing' AND new.direction IS NULL
     AND json_extract(new.fields, '$.direction') IN ('upward', 'downward', 'parallel')
BEGIN UPDATE records SET direction = json_extract(new.fields, '$.direction') WHERE id = new.id; END;

-- trigger records_search_delete
CREATE TRIGGER records_search_delete AFTER DELETE ON records
BEGIN
    INSERT INTO search_chars (search_chars, rowid, chars) VALUES ('delete', old.sort_key,
        docroute_search_chars(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
    INSERT INTO search_pairs (search_pairs, rowid, pairs) VALUES ('delete', old.sort_key,
        docroute_search_pairs(docroute_search_text(old.title, old.number, old.receipt_number, old.sender,
            old.sender_number, old.lead_department, old.recipients, old.fields)));
END;

-- trigger records_search_insert
CREATE TRIGGER records_search_insert AFTER INSERT ON records
BEGIN
    INSERT INTO search_chars (rowid, chars) VALUES (new.sort_key, docroute_search_chars(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
    INSERT INTO search_pairs (rowid, pairs) VALUES (new.sort_key, docroute_search_pairs(docroute_search_text(
        new.title, new.number, new.receipt_number, new.sender, new.sender_number, new.lead_department,
        new.recipients, new.fields)));
END;

-- trigger records_search_update
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

-- trigger reminders_never_changed
CREATE TRIGGER reminders_never_changed BEFORE UPDATE ON reminders
BEGIN SELECT RAISE(ABORT, '催办记录一经登记不得改动'); END;

-- trigger reminders_never_deleted
CREATE TRIGGER reminders_never_deleted BEFORE DELETE ON reminders
BEGIN SELECT RAISE(ABORT, '催办记录不能删除'); END;

-- trigger seal_ledger_no_delete
CREATE TRIGGER seal_ledger_no_delete BEFORE DELETE ON seal_ledger
BEGIN SELECT RAISE(ABORT, '用印登记簿只能追加，不能删除'); END;

-- trigger seal_ledger_no_update
CREATE TRIGGER seal_ledger_no_update BEFORE UPDATE ON seal_ledger
BEGIN SELECT RAISE(ABORT, '用印登记簿只能追加，不能修改；如有错误请登记更正'); END;

