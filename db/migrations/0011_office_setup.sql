-- Setting up the office in the window (issue 11): which authority and kind of document uses each
-- 机关代字 series, why a leader is away (第七十六条), the office's own settings, and the audit log learning
-- the edits of 设置 one person, department or absence at a time.

-- 发文字号: the series says which authority issues under it and for what (公文, 函, 规范性文件), so the
-- registration form offers the right series and 设置 → 发文字号 can show it. Existing series are read
-- from their 机关代字 (办 → the office's; …函 → letters; …规 → normative documents).
ALTER TABLE series ADD COLUMN authority TEXT CHECK (authority IS NULL OR authority IN ('county_government',
                                                                                       'county_office'));
ALTER TABLE series ADD COLUMN usage TEXT NOT NULL DEFAULT 'documents'
    CHECK (usage IN ('documents', 'letters', 'normative', 'receipt'));
UPDATE series SET
    authority = CASE WHEN kind = 'incoming' THEN NULL
                     WHEN instr(code, '办') > 0 THEN 'county_office' ELSE 'county_government' END,
    usage = CASE WHEN kind = 'incoming' THEN 'receipt'
                 WHEN substr(code, -1) = '函' THEN 'letters'
                 WHEN substr(code, -1) = '规' THEN 'normative' ELSE 'documents' END;

-- 请假与外出 (第七十六条): why the leader is away (出差, 休假, 外出学习 …), shown in 设置 and the audit log.
ALTER TABLE absences ADD COLUMN reason TEXT NOT NULL DEFAULT '';

-- Settings of the office that 设置 edits (the slips' body font …). The same table as the office lists'
-- (0010) so that either migration may come first.
CREATE TABLE IF NOT EXISTS office_settings (
    key   TEXT PRIMARY KEY CHECK (length(key) > 0),
    value TEXT NOT NULL
);

-- The audit log learns the edits of 设置 ('org_edit', 'absence', 'office_setting'). SQLite cannot alter a
-- CHECK, so the log is rebuilt with every entry kept in order (as in 0003); its append-only triggers come
-- back with it. The list keeps the actions of the office lists (0010) too, whichever lands first.
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
