-- The file's 0014 rebuilds its tables to store less (no stored search text, keys without a second
-- copy); a server keeps its layout: its search copy (record_search, 0002) is built on the stored
-- records.search_text, and PostgreSQL's own storage differs. Nothing to change here.
SELECT 1;
