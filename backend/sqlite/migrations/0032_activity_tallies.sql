-- The scorecards' visits and feedback summed ahead (sqlite/activity_tallies.go): for each kind of
-- figure (0 a cadre's visits by their date, 1 the feedback a cadre gave on visit issues by its
-- day, 2 the feedback a clerk gave on cases by its day), one row per day (grain 0, span
-- YYYY-MM-DD), month (grain 1, YYYY-MM) and year (grain 2, YYYY) and per person (key_id the
-- cadre or the handler). The Go step makes the triggers that keep them and fills them from the
-- rows already there.
CREATE TABLE activity_tallies (
    kind   INTEGER NOT NULL,
    grain  INTEGER NOT NULL,
    span   TEXT    NOT NULL,
    key_id INTEGER NOT NULL,
    n      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kind, grain, span, key_id)
) WITHOUT ROWID;
-- The issues whose feedback was given on a visit: a visit written, deleted or given another
-- cadre finds the feedback it is attributed by its key.
CREATE INDEX visit_issues_feedback_visit ON visit_issues(feedback_visit_id) WHERE feedback_visit_id IS NOT NULL;
