-- The search postings as two FTS5 tables instead of the two-character gram table of 0002 (1,109 MB
-- plus a 242 MB covering index at 1,000,000 records; these take ~270 MB, see docs/registry.md
-- "Search"). search_pairs holds every overlapping pair of characters as a token at its position (a
-- query of 2+ characters is the phrase of its pairs); search_chars every distinct character (a
-- one-character query). Both contentless, rowid = records.sort_key (newest first, a year is a range).
-- The tokens come from desktop_app/registry/search_index.py (docroute_search_chars/_pairs).

DROP TRIGGER records_grams_insert;
DROP TRIGGER records_grams_update;
DROP TRIGGER records_grams_delete;
DROP TABLE search_grams;
DROP TABLE search_positions;
DROP INDEX records_search_cover;

-- The kind, status and due conditions of a filtered search, read without the records themselves.
CREATE INDEX records_search_filter ON records(sort_key, kind, status, due);

CREATE VIRTUAL TABLE search_chars USING fts5(chars, content='', columnsize=0, detail=none, tokenize='ascii');
CREATE VIRTUAL TABLE search_pairs USING fts5(pairs, content='', columnsize=0, detail=full, tokenize='ascii');

INSERT INTO search_chars (rowid, chars) SELECT sort_key, docroute_search_chars(search_text) FROM records;
INSERT INTO search_pairs (rowid, pairs) SELECT sort_key, docroute_search_pairs(search_text) FROM records;

CREATE TRIGGER records_search_insert AFTER INSERT ON records
BEGIN
    INSERT INTO search_chars (rowid, chars) VALUES (new.sort_key, docroute_search_chars(new.search_text));
    INSERT INTO search_pairs (rowid, pairs) VALUES (new.sort_key, docroute_search_pairs(new.search_text));
END;

-- A contentless table forgets a row when told the tokens it was given: those of the old text.
CREATE TRIGGER records_search_update AFTER UPDATE OF search_text, sort_key ON records
WHEN old.search_text IS NOT new.search_text OR old.sort_key IS NOT new.sort_key
BEGIN
    INSERT INTO search_chars (search_chars, rowid, chars)
    VALUES ('delete', old.sort_key, docroute_search_chars(old.search_text));
    INSERT INTO search_pairs (search_pairs, rowid, pairs)
    VALUES ('delete', old.sort_key, docroute_search_pairs(old.search_text));
    INSERT INTO search_chars (rowid, chars) VALUES (new.sort_key, docroute_search_chars(new.search_text));
    INSERT INTO search_pairs (rowid, pairs) VALUES (new.sort_key, docroute_search_pairs(new.search_text));
END;

CREATE TRIGGER records_search_delete AFTER DELETE ON records
BEGIN
    INSERT INTO search_chars (search_chars, rowid, chars)
    VALUES ('delete', old.sort_key, docroute_search_chars(old.search_text));
    INSERT INTO search_pairs (search_pairs, rowid, pairs)
    VALUES ('delete', old.sort_key, docroute_search_pairs(old.search_text));
END;
