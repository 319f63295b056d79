-- Setting up the office in the window (issue 11): which authority and kind of document uses each
-- 机关代字 series, why a leader is away (第七十六条), the office's own settings, and the audit log learning
-- the edits of 设置 one person, department or absence at a time (its actions: 0010).

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

-- The audit log's actions of 设置 ('org_edit', 'absence', 'setup', 'office_setting') were added with
-- the office lists' in 0010, which rebuilt the log once for both.
