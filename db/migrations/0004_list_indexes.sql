-- The lazy list's filters without a text: the overdue view walks only open records with a due date
-- (the partial index matches search.Filters' overdue clause term for term), and a status filter walks
-- its own records newest first instead of the whole table.
CREATE INDEX records_open_due ON records(due)
    WHERE due IS NOT NULL AND status NOT IN ('done', 'numbered', 'voided');
CREATE INDEX records_status_sort ON records(status, sort_key);
