-- Working-day calendar years entered or corrected by the administrator; built-in years apply
-- where no row exists.
CREATE TABLE calendar_years (
    year             INTEGER PRIMARY KEY,
    holidays         TEXT NOT NULL,  -- JSON list of YYYY-MM-DD
    working_weekends TEXT NOT NULL,  -- JSON list of YYYY-MM-DD
    note             TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL
);

-- Case numbers: year + ledger letter + a sequence that never repeats.
CREATE TABLE case_sequences (
    year   INTEGER NOT NULL,
    letter TEXT NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (year, letter)
);

-- A case snapshots the item's name, category, limits and materials when taken, so catalog
-- edits never change open cases. due_date is kept up to date by every transition so that
-- ledgers can filter overdue cases in SQL.
CREATE TABLE cases (
    id               INTEGER PRIMARY KEY,
    number           TEXT NOT NULL UNIQUE,
    ledger           TEXT NOT NULL CHECK (ledger IN ('即办','代办','上报')),
    item_id          INTEGER NOT NULL REFERENCES service_items(id),
    item_code        TEXT NOT NULL,
    item_name        TEXT NOT NULL,
    item_category    TEXT NOT NULL,
    applicant_id     INTEGER NOT NULL REFERENCES residents(id),
    agent_name       TEXT NOT NULL DEFAULT '',
    agent_id_number  TEXT NOT NULL DEFAULT '',
    agent_relation   TEXT NOT NULL DEFAULT '',
    agent_entrusted  INTEGER NOT NULL DEFAULT 0,
    source           TEXT NOT NULL,
    summary          TEXT NOT NULL DEFAULT '',
    intake_note      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    created_by       INTEGER NOT NULL REFERENCES operators(id),
    accepted_on      TEXT NOT NULL DEFAULT '',
    promised_days    INTEGER NOT NULL,
    statutory_days   INTEGER NOT NULL,
    extension_days   INTEGER NOT NULL DEFAULT 0,
    due_date         TEXT NOT NULL DEFAULT '',
    due_verified     INTEGER NOT NULL DEFAULT 1,
    handler_id       INTEGER NOT NULL REFERENCES operators(id),
    departments      TEXT NOT NULL DEFAULT '',
    meeting_date     TEXT NOT NULL DEFAULT '',
    meeting_participants TEXT NOT NULL DEFAULT '',
    meeting_decision TEXT NOT NULL DEFAULT '',
    meeting_deadline TEXT NOT NULL DEFAULT '',
    outcome          TEXT NOT NULL DEFAULT '',
    outcome_note     TEXT NOT NULL DEFAULT '',
    monthly_amount   TEXT NOT NULL DEFAULT '',
    first_paid_month TEXT NOT NULL DEFAULT '',
    feedback_method  TEXT NOT NULL DEFAULT '',
    feedback_at      TEXT NOT NULL DEFAULT '',
    feedback_by      TEXT NOT NULL DEFAULT '',
    rating           INTEGER NOT NULL DEFAULT 0,
    rating_note      TEXT NOT NULL DEFAULT '',
    remedy_due       TEXT NOT NULL DEFAULT '',
    remedy_note      TEXT NOT NULL DEFAULT '',
    remedy_resolved  INTEGER NOT NULL DEFAULT 0,
    closed_at        TEXT NOT NULL DEFAULT '',
    closed_by        TEXT NOT NULL DEFAULT '',
    updated_at       TEXT NOT NULL
);
CREATE INDEX cases_ledger_status ON cases(ledger, status, due_date);
CREATE INDEX cases_applicant ON cases(applicant_id, item_id);
CREATE INDEX cases_handler ON cases(handler_id, status);
CREATE INDEX cases_created ON cases(created_at);

CREATE TABLE case_materials (
    case_id  INTEGER NOT NULL REFERENCES cases(id),
    pos      INTEGER NOT NULL,
    name     TEXT NOT NULL,
    original INTEGER NOT NULL,
    copies   INTEGER NOT NULL,
    required INTEGER NOT NULL,
    note     TEXT NOT NULL DEFAULT '',
    received INTEGER NOT NULL,
    PRIMARY KEY (case_id, pos)
);

-- Waiting for materials (补正) stops the clock; the deadline moves by the working days spent.
CREATE TABLE case_pauses (
    id        INTEGER PRIMARY KEY,
    case_id   INTEGER NOT NULL REFERENCES cases(id),
    from_date TEXT NOT NULL,
    to_date   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_pauses_case ON case_pauses(case_id);

-- The timeline: append-only, like the audit log.
CREATE TABLE case_events (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES cases(id),
    at            TEXT NOT NULL,
    operator_id   INTEGER NOT NULL,
    operator_name TEXT NOT NULL,
    action        TEXT NOT NULL,
    from_status   TEXT NOT NULL DEFAULT '',
    to_status     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events(case_id);
CREATE TRIGGER case_events_no_update BEFORE UPDATE ON case_events
BEGIN SELECT RAISE(ABORT, 'case timeline is append-only'); END;
CREATE TRIGGER case_events_no_delete BEFORE DELETE ON case_events
BEGIN SELECT RAISE(ABORT, 'case timeline is append-only'); END;
