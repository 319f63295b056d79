-- 会签 replies (第六十二条): the audit log learns the action 'cosign_reply'. SQLite cannot alter a CHECK,
-- so the log is rebuilt with every entry kept in order; its append-only triggers come back with it.

CREATE TABLE audit_log_new (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    user      TEXT NOT NULL,
    action    TEXT NOT NULL CHECK (action IN ('register', 'record_step', 'assign_number', 'void',
                  'attach', 'org_import', 'import', 'demo', 'calendar', 'series', 'restore',
                  'cosign_reply')),
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

-- The register books list a department's open 会签 requests by due date.
CREATE INDEX cosign_requests_due ON cosign_requests(due) WHERE replied_on IS NULL;
