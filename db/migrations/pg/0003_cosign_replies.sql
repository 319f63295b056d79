-- 会签 replies (第六十二条): the audit log learns 'cosign_reply'. PostgreSQL alters the CHECK in place
-- (SQLite's 0003 rebuilds the table for it).
ALTER TABLE audit_log DROP CONSTRAINT audit_log_action_check;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_action_check CHECK (action IN ('register', 'record_step',
    'assign_number', 'void', 'attach', 'org_import', 'import', 'demo', 'calendar', 'series', 'restore',
    'cosign_reply'));

CREATE INDEX cosign_requests_due ON cosign_requests(due) WHERE replied_on IS NULL;
