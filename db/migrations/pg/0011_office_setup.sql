-- Setting up the office in the window (issue 11) on a server: SQLite's 0011, with the series' use read
-- from their 机关代字 by strpos/right (SQLite: instr/substr(code, -1)); the audit log's actions of 设置
-- came with 0010.
ALTER TABLE series ADD COLUMN authority text CHECK (authority IS NULL OR authority IN ('county_government',
                                                                                       'county_office'));
ALTER TABLE series ADD COLUMN usage text NOT NULL DEFAULT 'documents'
    CHECK (usage IN ('documents', 'letters', 'normative', 'receipt'));
UPDATE series SET
    authority = CASE WHEN kind = 'incoming' THEN NULL
                     WHEN strpos(code, '办') > 0 THEN 'county_office' ELSE 'county_government' END,
    usage = CASE WHEN kind = 'incoming' THEN 'receipt'
                 WHEN right(code, 1) = '函' THEN 'letters'
                 WHEN right(code, 1) = '规' THEN 'normative' ELSE 'documents' END;

ALTER TABLE absences ADD COLUMN reason text NOT NULL DEFAULT '';

CREATE TABLE IF NOT EXISTS office_settings (
    key   text PRIMARY KEY CHECK (length(key) > 0),
    value text NOT NULL
);
