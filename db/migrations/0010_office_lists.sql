-- The office's lists (issue 12): 督办 follow-ups (第五十六条), 催办 reminders against a due item, the
-- archive (第六十七条, DA/T 22-2015) with its office settings, and what 查询 and 统计 read at a million
-- records without touching the records themselves.

-- 督办: a decision or instruction put under follow-up with the responsible department and a due date.
-- It stays open (and in 待办) until closed with its result; closing is the only change a row sees.
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
CREATE INDEX follow_ups_open_due ON follow_ups(due) WHERE closed_on IS NULL;
CREATE INDEX follow_ups_record ON follow_ups(record_id);
CREATE TRIGGER follow_ups_closed_stays_closed BEFORE UPDATE ON follow_ups
WHEN old.closed_on IS NOT NULL OR new.record_id != old.record_id OR new.department != old.department
     OR new.due != old.due OR new.opened_on != old.opened_on
BEGIN SELECT RAISE(ABORT, '督办事项只能办结一次，已登记的内容不能改动'); END;
CREATE TRIGGER follow_ups_never_deleted BEFORE DELETE ON follow_ups
BEGIN SELECT RAISE(ABORT, '督办事项不能删除，只能办结'); END;

-- 催办: who was reminded of a due item, by whom, when, how. `item` is the due item's key
-- (cosign_reply:<record>:<department>, incoming_due:<record>, minutes_issue:<record>, follow_up:<id>,
-- seal_out:<seal>:<day taken out>); due and title are kept as they stood, for the printed 催办单. Never changed.
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
CREATE INDEX reminders_item ON reminders(item, id);
CREATE INDEX reminders_record ON reminders(record_id);
CREATE TRIGGER reminders_never_changed BEFORE UPDATE ON reminders
BEGIN SELECT RAISE(ABORT, '催办记录一经登记不得改动'); END;
CREATE TRIGGER reminders_never_deleted BEFORE DELETE ON reminders
BEGIN SELECT RAISE(ABORT, '催办记录不能删除'); END;

-- Settings of the office that the 设置 page edits (全宗号, 机构代码 of the 档号). The same table as 设置's
-- own (0011, issue 11), so that either migration may come first.
CREATE TABLE IF NOT EXISTS office_settings (
    key   TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL
);

-- 归档: one row per archived record. 件号 `item` runs 1, 2, 3 … per year and retention (taken under the
-- write lock, like a 文号), the 档号 `code` is built from the settings of the day and never changes.
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
CREATE TRIGGER archive_items_never_changed BEFORE UPDATE ON archive_items
BEGIN SELECT RAISE(ABORT, '档号一经给出不得改动'); END;
CREATE TRIGGER archive_items_never_deleted BEFORE DELETE ON archive_items
BEGIN SELECT RAISE(ABORT, '归档记录不得删除'); END;

-- 行文方向 as a column, for 统计 by direction: it lives in the stored fields, and reading a year's
-- fields JSON cost more than the whole statistics may (0.5 s). Every write path stores fields, so the
-- trigger keeps the column; a value the CHECK would refuse is left out rather than failing the insert.
ALTER TABLE records ADD COLUMN direction TEXT CHECK (direction IN ('upward', 'downward', 'parallel'));
UPDATE records SET direction = json_extract(fields, '$.direction')
WHERE kind = 'outgoing' AND json_extract(fields, '$.direction') IN ('upward', 'downward', 'parallel');
CREATE TRIGGER records_direction_insert AFTER INSERT ON records
WHEN new.kind = 'outgoing' AND new.direction IS NULL
     AND json_extract(new.fields, '$.direction') IN ('upward', 'downward', 'parallel')
BEGIN UPDATE records SET direction = json_extract(new.fields, '$.direction') WHERE id = new.id; END;

-- 查询 and 统计 read only this index (query.py and stats.py name it with INDEXED BY): one kind's records
-- newest first by sort_key, with every column they filter or count on; a year of one kind is one range.
-- At 1,000,000 records a whole-registry count with three filters took ~0.1 s, a year's statistics
-- ~0.2 s, where the same questions through the records themselves took seconds (docs/office.md).
CREATE INDEX records_office_cover ON records(kind, sort_key, status, series, doc_type, direction,
                                             classification, lead_department, sender, due);
-- What was done when, without reading the step rows: the 签发 date (统计's days to sign) and a record's
-- last step (whether it was finished before its deadline).
CREATE INDEX step_actions_record_on ON step_actions(record_id, action, on_date);

-- The audit log learns the office's actions. SQLite cannot alter a CHECK, so the log is rebuilt with
-- every entry kept in order (as in 0003); its append-only triggers come back with it. The list keeps the
-- actions of 设置 (0011: org_edit, absence, setup) too, whichever migration lands first.
CREATE TABLE audit_log_new (
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
INSERT INTO audit_log_new (id, at, user, action, record_id, before, after)
    SELECT id, at, user, action, record_id, before, after FROM audit_log ORDER BY id;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_record ON audit_log(record_id);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能修改'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, '审计日志只能追加，不能删除'); END;
