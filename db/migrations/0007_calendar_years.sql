-- A year's holiday arrangement counts as official only once the office marks it complete (routing.md,
-- "Official calendar data"): entering a few of its days in calendar_days does not make it so. A year
-- the chinesecalendar package carries needs no row here.
CREATE TABLE calendar_years (
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1949 AND 2999),
    marked_at TEXT NOT NULL
);
