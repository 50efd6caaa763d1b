-- Petition day (信访接待日): the reception settings live in the settings table (keys petition_*).

-- Which operator account a leader cadre signs in with, for "my petitions". Optional: without a
-- link a leader operator is matched to the one active 领导干部 cadre of the same name.
CREATE TABLE petition_leader_operators (
    cadre_id    INTEGER PRIMARY KEY REFERENCES cadres(id),
    operator_id INTEGER NOT NULL UNIQUE REFERENCES operators(id)
);

-- The reception roster: one row per reception day. A holiday moves the day within its week
-- (planned_date keeps the regular weekday) or cancels it (cancelled = 1, no leader).
CREATE TABLE reception_roster (
    id           INTEGER PRIMARY KEY,
    date         TEXT NOT NULL UNIQUE,
    planned_date TEXT NOT NULL,
    quarter      TEXT NOT NULL,
    leader_id    INTEGER REFERENCES cadres(id),
    moved        INTEGER NOT NULL DEFAULT 0,
    cancelled    INTEGER NOT NULL DEFAULT 0,
    verified     INTEGER NOT NULL DEFAULT 1,
    changed      TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);
CREATE INDEX reception_roster_quarter ON reception_roster(quarter);

-- Petition numbers: year + X + a sequence that never repeats.
CREATE TABLE petition_sequences (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- A petition. The petitioner is a resident (resident_id) or a person known only by the name,
-- phone, address and village recorded here; for a resident these columns hold a snapshot taken
-- at registration so that repeats can be found by phone. due_date is the deadline running now,
-- kept up to date by every action so that the ledger sorts and filters overdue items in SQL.
CREATE TABLE petitions (
    id                 INTEGER PRIMARY KEY,
    number             TEXT NOT NULL UNIQUE,
    form               TEXT NOT NULL CHECK (form IN ('来访','来信','来电','网上')),
    oral               INTEGER NOT NULL DEFAULT 0,
    resident_id        INTEGER REFERENCES residents(id),
    petitioner_name    TEXT NOT NULL,
    phone              TEXT NOT NULL DEFAULT '',
    address            TEXT NOT NULL DEFAULT '',
    village_id         INTEGER REFERENCES villages(id),
    group_visit        INTEGER NOT NULL DEFAULT 0,
    head_count         INTEGER NOT NULL DEFAULT 1,
    category           TEXT NOT NULL,
    facts              TEXT NOT NULL,
    request            TEXT NOT NULL,
    reasons            TEXT NOT NULL DEFAULT '',
    received_by        INTEGER REFERENCES cadres(id),
    received_on        TEXT NOT NULL,
    recorded_by        INTEGER NOT NULL REFERENCES operators(id),
    created_at         TEXT NOT NULL,
    status             TEXT NOT NULL,
    decision_due       TEXT NOT NULL,
    forward_due        TEXT NOT NULL,
    decided_on         TEXT NOT NULL DEFAULT '',
    accepted_on        TEXT NOT NULL DEFAULT '',
    refusal_reason     TEXT NOT NULL DEFAULT '',
    forwarded_to       TEXT NOT NULL DEFAULT '',
    responsible_id     INTEGER REFERENCES cadres(id),
    handling_unit      TEXT NOT NULL DEFAULT '',
    settle_due         TEXT NOT NULL DEFAULT '',
    extension_days     INTEGER NOT NULL DEFAULT 0,
    extension_reason   TEXT NOT NULL DEFAULT '',
    extension_approver TEXT NOT NULL DEFAULT '',
    extension_informed INTEGER NOT NULL DEFAULT 0,
    reply_text         TEXT NOT NULL DEFAULT '',
    replied_on         TEXT NOT NULL DEFAULT '',
    satisfaction       TEXT NOT NULL DEFAULT '',
    review_requested_on   TEXT NOT NULL DEFAULT '',
    review_due            TEXT NOT NULL DEFAULT '',
    review_result         TEXT NOT NULL DEFAULT '',
    review_answered_on    TEXT NOT NULL DEFAULT '',
    rereview_requested_on TEXT NOT NULL DEFAULT '',
    rereview_due          TEXT NOT NULL DEFAULT '',
    rereview_result       TEXT NOT NULL DEFAULT '',
    rereview_answered_on  TEXT NOT NULL DEFAULT '',
    final              INTEGER NOT NULL DEFAULT 0,
    closed_at          TEXT NOT NULL DEFAULT '',
    closed_by          TEXT NOT NULL DEFAULT '',
    case_id            INTEGER REFERENCES cases(id),
    due_date           TEXT NOT NULL DEFAULT '',
    updated_at         TEXT NOT NULL
);
CREATE INDEX petitions_status_due ON petitions(status, due_date);
CREATE INDEX petitions_responsible ON petitions(responsible_id, status);
CREATE INDEX petitions_resident ON petitions(resident_id);
CREATE INDEX petitions_phone ON petitions(phone);
CREATE INDEX petitions_name ON petitions(petitioner_name);
CREATE INDEX petitions_village_category ON petitions(village_id, category, received_on);
CREATE INDEX petitions_created ON petitions(created_at);
CREATE INDEX petitions_case ON petitions(case_id);

-- The at most five representatives of a group visit.
CREATE TABLE petition_representatives (
    petition_id INTEGER NOT NULL REFERENCES petitions(id),
    pos         INTEGER NOT NULL,
    name        TEXT NOT NULL,
    phone       TEXT NOT NULL DEFAULT '',
    address     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (petition_id, pos)
);

-- The timeline: append-only, like the audit log.
CREATE TABLE petition_events (
    id            INTEGER PRIMARY KEY,
    petition_id   INTEGER NOT NULL REFERENCES petitions(id),
    at            TEXT NOT NULL,
    operator_id   INTEGER NOT NULL,
    operator_name TEXT NOT NULL,
    action        TEXT NOT NULL,
    from_status   TEXT NOT NULL DEFAULT '',
    to_status     TEXT NOT NULL,
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX petition_events_petition ON petition_events(petition_id);
CREATE TRIGGER petition_events_no_update BEFORE UPDATE ON petition_events
BEGIN SELECT RAISE(ABORT, 'petition timeline is append-only'); END;
CREATE TRIGGER petition_events_no_delete BEFORE DELETE ON petition_events
BEGIN SELECT RAISE(ABORT, 'petition timeline is append-only'); END;

-- Progress notes under the three responsibilities (包掌握情况、包教育转化、包稳控管理) and
-- follow-ups (回访): append-only.
CREATE TABLE petition_notes (
    id            INTEGER PRIMARY KEY,
    petition_id   INTEGER NOT NULL REFERENCES petitions(id),
    at            TEXT NOT NULL,
    operator_id   INTEGER NOT NULL,
    operator_name TEXT NOT NULL,
    kind          TEXT NOT NULL,
    method        TEXT NOT NULL DEFAULT '',
    date          TEXT NOT NULL,
    text          TEXT NOT NULL
);
CREATE INDEX petition_notes_petition ON petition_notes(petition_id);
CREATE TRIGGER petition_notes_no_update BEFORE UPDATE ON petition_notes
BEGIN SELECT RAISE(ABORT, 'petition notes are append-only'); END;
CREATE TRIGGER petition_notes_no_delete BEFORE DELETE ON petition_notes
BEGIN SELECT RAISE(ABORT, 'petition notes are append-only'); END;
