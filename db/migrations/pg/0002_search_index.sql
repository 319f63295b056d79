-- Substring search without word segmentation on a server (SQLite's 0002 keeps a table of two-character
-- postings). Each record keeps the same normalised search text; `record_search` is a narrow copy of
-- what a search reads — the sort key, the filters' columns and the text, kept by a trigger, as SQLite's
-- covering index records_search_cover (0005) is — and a GIN index over the set of each text's single
-- characters and overlapping character pairs is the postings list, compressed by PostgreSQL. A query of
-- one or two characters is one element of that set, a longer one the set of its pairs, confirmed with
-- strpos on the text, so the answer is exactly a plain substring scan's (engine/pgsearch.py). Counting a
-- common query visits the matching rows: in this narrow table, a tenth of the pages the records take.
-- pg_trgm is no substitute: its trigrams cannot answer the commonest queries, two characters (防汛, 教育).

ALTER TABLE records ADD COLUMN search_text text NOT NULL DEFAULT '';

CREATE TABLE record_search (
    sort_key    bigint PRIMARY KEY,
    kind        text NOT NULL,
    status      text NOT NULL,
    due         text,
    search_text text NOT NULL
);

-- The characters and pairs of a text; none spans the newline that separates two fields. Its COST tells the
-- planner that computing it row by row is dear: a query reads the GIN index instead, never the function.
CREATE FUNCTION docroute_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
COST 10000 AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) AS i WHERE substr(t, i, 1) <> chr(10)
        UNION ALL
        SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i WHERE strpos(substr(t, i, 2), chr(10)) = 0
    ) AS grams
$$;
CREATE INDEX record_search_grams ON record_search USING gin (docroute_search_grams(search_text));

-- A status or due change updates the row in place (a HOT update: the GIN index is not touched). A bulk
-- load (engine/pgbulk.py) sets docroute.bulk for its transaction and fills the copy in one statement.
CREATE FUNCTION docroute_record_search() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND current_setting('docroute.bulk', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' AND OLD.sort_key = NEW.sort_key THEN
        UPDATE record_search SET kind = NEW.kind, status = NEW.status, due = NEW.due, search_text = NEW.search_text
        WHERE sort_key = NEW.sort_key;
        IF FOUND THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM record_search WHERE sort_key = OLD.sort_key;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO record_search (sort_key, kind, status, due, search_text)
        VALUES (NEW.sort_key, NEW.kind, NEW.status, NEW.due, NEW.search_text);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER records_search_insert AFTER INSERT ON records
    FOR EACH ROW EXECUTE FUNCTION docroute_record_search();
CREATE TRIGGER records_search_update AFTER UPDATE OF sort_key, kind, status, due, search_text ON records
    FOR EACH ROW WHEN (old.sort_key IS DISTINCT FROM new.sort_key OR old.kind IS DISTINCT FROM new.kind
                       OR old.status IS DISTINCT FROM new.status OR old.due IS DISTINCT FROM new.due
                       OR old.search_text IS DISTINCT FROM new.search_text)
    EXECUTE FUNCTION docroute_record_search();
CREATE TRIGGER records_search_delete AFTER DELETE ON records
    FOR EACH ROW EXECUTE FUNCTION docroute_record_search();

-- Records stored before this migration (their search text is still empty, as in SQLite's 0002 until
-- its backfill; a server database starts at this version, so there are none but in a test).
INSERT INTO record_search (sort_key, kind, status, due, search_text)
    SELECT sort_key, kind, status, due, search_text FROM records;

CREATE INDEX records_due ON records(due) WHERE due IS NOT NULL;
