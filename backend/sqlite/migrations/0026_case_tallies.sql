-- The case tallies: the dashboard's and the briefing's case figures summed ahead by the day a
-- case counts on (span YYYY-MM-DD) and by its month (span YYYY-MM), one row per ledger (dim 0,
-- key_name the ledger), item (dim 1, key_id and the item's name on the case), village (dim 2)
-- and handler (dim 3). The triggers that keep them, the partial index of open remedies and the
-- tallies of the cases already there are made by this migration's Go step (sqlite/tallies.go),
-- from the same conditions the raw queries use.
CREATE TABLE case_day_tallies (
    span            TEXT    NOT NULL,
    dim             INTEGER NOT NULL,
    key_id          INTEGER NOT NULL,
    key_name        TEXT    NOT NULL,
    total           INTEGER NOT NULL DEFAULT 0,
    solved          INTEGER NOT NULL DEFAULT 0,
    declined        INTEGER NOT NULL DEFAULT 0,
    in_progress     INTEGER NOT NULL DEFAULT 0,
    rated           INTEGER NOT NULL DEFAULT 0,
    good            INTEGER NOT NULL DEFAULT 0,
    bad             INTEGER NOT NULL DEFAULT 0,
    remedy_resolved INTEGER NOT NULL DEFAULT 0,
    remedy_open     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (span, dim, key_id, key_name)
) WITHOUT ROWID;

CREATE TABLE case_month_tallies (
    span            TEXT    NOT NULL,
    dim             INTEGER NOT NULL,
    key_id          INTEGER NOT NULL,
    key_name        TEXT    NOT NULL,
    total           INTEGER NOT NULL DEFAULT 0,
    solved          INTEGER NOT NULL DEFAULT 0,
    declined        INTEGER NOT NULL DEFAULT 0,
    in_progress     INTEGER NOT NULL DEFAULT 0,
    rated           INTEGER NOT NULL DEFAULT 0,
    good            INTEGER NOT NULL DEFAULT 0,
    bad             INTEGER NOT NULL DEFAULT 0,
    remedy_resolved INTEGER NOT NULL DEFAULT 0,
    remedy_open     INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (span, dim, key_id, key_name)
) WITHOUT ROWID;

-- The households visited in a period, without a DISTINCT over its visits: each visit keeps the
-- date of the household's visit just before it (by date, then id; '' for its first), so the
-- households visited from @from to @to are the visits of the period whose prev_date is before
-- @from, one per household (its first visit of the period). The triggers keep prev_date on every
-- write; a bulk load pauses them with the tallies and recounts with LAG (sqlite/tallies.go).
ALTER TABLE visits ADD COLUMN prev_date TEXT NOT NULL DEFAULT '';
CREATE TRIGGER visits_prev_insert AFTER INSERT ON visits
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key='case_tallies_paused') BEGIN
    UPDATE visits SET prev_date = COALESCE((SELECT w.date FROM visits w WHERE w.household_id=NEW.household_id
        AND (w.date<NEW.date OR (w.date=NEW.date AND w.id<NEW.id)) ORDER BY w.date DESC, w.id DESC LIMIT 1), '')
    WHERE id=NEW.id;
    UPDATE visits SET prev_date = NEW.date WHERE id = (SELECT w.id FROM visits w WHERE w.household_id=NEW.household_id
        AND (w.date>NEW.date OR (w.date=NEW.date AND w.id>NEW.id)) ORDER BY w.date, w.id LIMIT 1);
END;
CREATE TRIGGER visits_prev_update AFTER UPDATE OF date, household_id ON visits
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key='case_tallies_paused')
    AND (OLD.date IS NOT NEW.date OR OLD.household_id IS NOT NEW.household_id) BEGIN
    UPDATE visits SET prev_date = OLD.prev_date WHERE id = (SELECT w.id FROM visits w WHERE w.household_id=OLD.household_id
        AND w.id<>OLD.id AND (w.date>OLD.date OR (w.date=OLD.date AND w.id>OLD.id)) ORDER BY w.date, w.id LIMIT 1);
    UPDATE visits SET prev_date = COALESCE((SELECT w.date FROM visits w WHERE w.household_id=NEW.household_id
        AND (w.date<NEW.date OR (w.date=NEW.date AND w.id<NEW.id)) ORDER BY w.date DESC, w.id DESC LIMIT 1), '')
    WHERE id=NEW.id;
    UPDATE visits SET prev_date = NEW.date WHERE id = (SELECT w.id FROM visits w WHERE w.household_id=NEW.household_id
        AND (w.date>NEW.date OR (w.date=NEW.date AND w.id>NEW.id)) ORDER BY w.date, w.id LIMIT 1);
END;
CREATE TRIGGER visits_prev_delete AFTER DELETE ON visits
WHEN NOT EXISTS (SELECT 1 FROM settings WHERE key='case_tallies_paused') BEGIN
    UPDATE visits SET prev_date = OLD.prev_date WHERE id = (SELECT w.id FROM visits w WHERE w.household_id=OLD.household_id
        AND (w.date>OLD.date OR (w.date=OLD.date AND w.id>OLD.id)) ORDER BY w.date, w.id LIMIT 1);
END;
-- The visits of a period with their prev_date (covering; it replaces visits_date, its first
-- column), and the petitions received, closed and answered in a period: the dashboard's other
-- figures by index rather than by a pass over the table.
CREATE INDEX visits_date_prev ON visits(date, prev_date);
DROP INDEX visits_date;
CREATE INDEX petitions_received ON petitions(received_on);
CREATE INDEX petitions_closed ON petitions(status, closed_at);
CREATE INDEX petitions_replied ON petitions(replied_on, settle_due);
