-- The citizen's own 好差评 rating: one row per rating, whatever its channel (评价器 pad, 纸质评价卡
-- paper card, 电话回访 phone callback, 窗口录入 entered at the counter before the pads). A pad's
-- request is a pending row until the citizen answers it (level 1–5) or it times out (level 0,
-- 未评价). The case's own rating columns stay the rated level that every figure counts, so the
-- dashboard, scorecards and briefing read one place; rating_excluded marks a rating an approved
-- review took out of the satisfaction rate.
ALTER TABLE cases ADD COLUMN rating_excluded INTEGER NOT NULL DEFAULT 0;

CREATE TABLE ratings (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER REFERENCES cases(id),
    ticket_id       INTEGER,
    window_no       INTEGER NOT NULL DEFAULT 0,
    pending         INTEGER NOT NULL DEFAULT 0,
    level           INTEGER NOT NULL DEFAULT 0 CHECK (level BETWEEN 0 AND 5),
    indicators      TEXT NOT NULL DEFAULT '[]',   -- JSON: [{"code":"attitude","level":2}]
    comment         TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL CHECK (channel IN ('pad','card','phone','counter')),
    card_no         TEXT NOT NULL DEFAULT '',
    device_name     TEXT NOT NULL DEFAULT '',
    clerk_id        INTEGER NOT NULL DEFAULT 0,
    clerk_name      TEXT NOT NULL DEFAULT '',
    clerk_no        TEXT NOT NULL DEFAULT '',
    item            TEXT NOT NULL DEFAULT '',
    content_version TEXT NOT NULL DEFAULT '',
    requested_at    TEXT NOT NULL DEFAULT '',
    at              TEXT NOT NULL DEFAULT '',
    recorded_by     TEXT NOT NULL DEFAULT '',
    rectify_due     TEXT NOT NULL DEFAULT '',     -- a bad rating of a ticket with no case; a case's is cases.remedy_due
    rectified       INTEGER NOT NULL DEFAULT 0,
    excluded        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ratings_case ON ratings(case_id);
CREATE INDEX ratings_pending ON ratings(window_no) WHERE pending=1;
CREATE UNIQUE INDEX ratings_card ON ratings(card_no) WHERE card_no<>'';

CREATE TABLE rating_callbacks (
    id          INTEGER PRIMARY KEY,
    rating_id   INTEGER NOT NULL REFERENCES ratings(id),
    on_date     TEXT NOT NULL,
    operator_id INTEGER NOT NULL,
    by_name     TEXT NOT NULL,
    done        TEXT NOT NULL,
    new_level   INTEGER NOT NULL DEFAULT 0 CHECK (new_level BETWEEN 0 AND 5),
    resolved    INTEGER NOT NULL DEFAULT 0,
    recorded_at TEXT NOT NULL
);
CREATE INDEX rating_callbacks_rating ON rating_callbacks(rating_id);

CREATE TABLE rating_reviews (
    id              INTEGER PRIMARY KEY,
    rating_id       INTEGER NOT NULL REFERENCES ratings(id),
    reason          TEXT NOT NULL,
    proposed_by     TEXT NOT NULL,
    proposed_at     TEXT NOT NULL,
    state           TEXT NOT NULL CHECK (state IN ('proposed','approved','rejected')),
    decision_reason TEXT NOT NULL DEFAULT '',
    decided_by      TEXT NOT NULL DEFAULT '',
    decided_at      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX rating_reviews_rating ON rating_reviews(rating_id);

-- Every rating so far was typed by a clerk at the counter: it keeps that channel, the clerk who
-- recorded it (its timeline line) and the moment.
INSERT INTO ratings(case_id, level, comment, channel, clerk_id, clerk_name, item, at, recorded_by, rectified)
SELECT c.id, c.rating, c.rating_note, 'counter', c.handler_id, COALESCE(h.name, ''), c.item_name,
       COALESCE((SELECT MAX(e.at) FROM case_events e WHERE e.case_id=c.id AND e.action='rate'), c.updated_at),
       COALESCE((SELECT e.operator_name FROM case_events e WHERE e.case_id=c.id AND e.action='rate' ORDER BY e.id DESC LIMIT 1), ''),
       c.remedy_resolved
FROM cases c LEFT JOIN operators h ON h.id=c.handler_id
WHERE c.rating>0;
