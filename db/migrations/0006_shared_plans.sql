-- Plans are stored once and shared: most records of a kind get the same plan word for word, and at
-- 1,000,000 demo records the repeated plan text was ~0.6 GB of a 3.6 GB file. A record's plan is still
-- the one computed when it was registered; a plan row is never changed (the trigger), only added.
CREATE TABLE plans (
    id   INTEGER PRIMARY KEY,
    json TEXT NOT NULL UNIQUE
);
CREATE TRIGGER plans_never_changed BEFORE UPDATE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得改动'); END;
CREATE TRIGGER plans_never_deleted BEFORE DELETE ON plans
BEGIN SELECT RAISE(ABORT, '流转方案一经保存不得删除'); END;

ALTER TABLE records ADD COLUMN plan_id INTEGER REFERENCES plans(id);
INSERT OR IGNORE INTO plans (json) SELECT plan FROM records WHERE plan IS NOT NULL ORDER BY id;
UPDATE records SET plan_id = (SELECT id FROM plans WHERE json = records.plan) WHERE plan IS NOT NULL;
ALTER TABLE records DROP COLUMN plan;
