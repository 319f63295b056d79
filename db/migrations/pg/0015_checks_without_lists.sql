-- The file's 0015 writes its CHECKs' value lists as comparisons, which SQLite evaluates without a
-- temporary table per inserted row; PostgreSQL evaluates an IN list directly. Nothing to change here.
SELECT 1;
