-- Substring search without word segmentation on a server (SQLite's 0002 keeps a table of two-character
-- postings). Each record keeps the same normalised search text; a GIN index over the set of its single
-- characters and overlapping character pairs is the postings list, compressed by PostgreSQL. A query of
-- one or two characters is one element of that set, a longer one the set of its pairs, confirmed with
-- strpos on the text, so the answer is exactly a plain substring scan's (engine/pgsearch.py).
-- pg_trgm is no substitute: its trigrams cannot answer the commonest queries, two characters (防汛, 教育).

ALTER TABLE records ADD COLUMN search_text text NOT NULL DEFAULT '';

-- The characters and pairs of a text; none spans the newline that separates two fields.
CREATE FUNCTION docroute_search_grams(t text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
    SELECT coalesce(array_agg(DISTINCT g), '{}') FROM (
        SELECT substr(t, i, 1) AS g FROM generate_series(1, length(t)) AS i WHERE substr(t, i, 1) <> chr(10)
        UNION ALL
        SELECT substr(t, i, 2) FROM generate_series(1, length(t) - 1) AS i WHERE strpos(substr(t, i, 2), chr(10)) = 0
    ) AS grams
$$;
CREATE INDEX records_search_grams ON records USING gin (docroute_search_grams(search_text));

CREATE INDEX records_due ON records(due) WHERE due IS NOT NULL;
