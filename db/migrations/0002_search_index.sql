-- Substring search without word segmentation: every record keeps one normalised search text (title,
-- numbers, sender, recipients; fields separated by a newline) and an index of its overlapping
-- two-character grams, as CJK search engines do. A query of n >= 2 characters can only match a record
-- that holds all of the query's grams, so the gram index narrows the candidates and a final instr()
-- check keeps the answer identical to a plain substring scan. FTS5's trigram tokenizer cannot answer
-- two-character words (防汛, 教育), the commonest Chinese queries, hence this index.
--
-- The grams are kept by triggers, so every write path (register, import, demo, restore of an older
-- file) keeps the index exact.

ALTER TABLE records ADD COLUMN search_text TEXT NOT NULL DEFAULT '';

CREATE TABLE search_grams (
    gram     TEXT NOT NULL,
    sort_key INTEGER NOT NULL,
    PRIMARY KEY (gram, sort_key)
) WITHOUT ROWID;

-- Positions 1..8192, used by the triggers to cut a text into grams (CTEs are not allowed in triggers).
CREATE TABLE search_positions (i INTEGER PRIMARY KEY);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8192)
INSERT INTO search_positions (i) SELECT i FROM n;

CREATE TRIGGER records_grams_insert AFTER INSERT ON records
BEGIN
    INSERT OR IGNORE INTO search_grams (gram, sort_key)
    SELECT substr(new.search_text, i, 2), new.sort_key FROM search_positions
    WHERE i < length(new.search_text) AND instr(substr(new.search_text, i, 2), char(10)) = 0;
END;

CREATE TRIGGER records_grams_update AFTER UPDATE OF search_text, sort_key ON records
BEGIN
    DELETE FROM search_grams WHERE sort_key = old.sort_key AND gram IN (
        SELECT substr(old.search_text, i, 2) FROM search_positions WHERE i < length(old.search_text));
    INSERT OR IGNORE INTO search_grams (gram, sort_key)
    SELECT substr(new.search_text, i, 2), new.sort_key FROM search_positions
    WHERE i < length(new.search_text) AND instr(substr(new.search_text, i, 2), char(10)) = 0;
END;

CREATE TRIGGER records_grams_delete AFTER DELETE ON records
BEGIN
    DELETE FROM search_grams WHERE sort_key = old.sort_key AND gram IN (
        SELECT substr(old.search_text, i, 2) FROM search_positions WHERE i < length(old.search_text));
END;

-- Existing records get their search text from the app's normaliser (registered by the migration
-- runner as docroute_search_text), then the update trigger above indexes them.
UPDATE records SET search_text = docroute_search_text(title, number, receipt_number, sender, sender_number,
                                            lead_department, recipients, fields);

-- Filters of the lazy list: kind/status/due for the overdue view.
CREATE INDEX records_due ON records(due) WHERE due IS NOT NULL;
