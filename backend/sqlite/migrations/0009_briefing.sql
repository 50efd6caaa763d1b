-- The monthly work briefing (工作简报). Its name, issuing office and distribution lines are
-- settings (keys briefing_*); what belongs to one month is kept here.

-- A month's issue number (第N期), once the supervisor has saved the month's briefing.
CREATE TABLE briefings (
    month      TEXT PRIMARY KEY,   -- YYYY-MM
    issue_no   INTEGER NOT NULL CHECK (issue_no > 0),
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);

-- The notable cases (典型事例) picked for a month, in their printed order, each with the
-- paragraph the supervisor wrote for it.
CREATE TABLE briefing_cases (
    month   TEXT NOT NULL REFERENCES briefings(month),
    pos     INTEGER NOT NULL,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    text    TEXT NOT NULL,
    PRIMARY KEY (month, pos),
    UNIQUE (month, case_id)
);
