-- Checking candidates of a 3+ character query (and the list filters) reads only this index, not the
-- records with their plans: at 1,000,000 records the count of a common 4-character query fell from
-- ~430 ms to ~120 ms in bench/registry.py. search.py names it with INDEXED BY.
CREATE INDEX records_search_cover ON records(sort_key, kind, status, due, search_text);
