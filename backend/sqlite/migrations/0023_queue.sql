-- The hall's queue (排队叫号): groups with a letter prefix, the windows that call them, and the
-- tickets taken at the kiosk or the reception desk. All times are UTC RFC 3339 text.
CREATE TABLE queue_groups (
    id       INTEGER PRIMARY KEY,
    prefix   TEXT NOT NULL UNIQUE CHECK (length(prefix) = 1 AND prefix BETWEEN 'A' AND 'Z'),
    name     TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1,
    position INTEGER NOT NULL DEFAULT 0,
    version  INTEGER NOT NULL DEFAULT 1
);

-- The catalog items a group is for.
CREATE TABLE queue_group_items (
    group_id INTEGER NOT NULL REFERENCES queue_groups(id),
    item_id  INTEGER NOT NULL REFERENCES service_items(id),
    PRIMARY KEY (group_id, item_id)
);

-- A window is tied to one operator's seat (0: none yet); paused windows call no one.
CREATE TABLE queue_windows (
    no          INTEGER PRIMARY KEY CHECK (no BETWEEN 1 AND 99),
    name        TEXT NOT NULL,
    operator_id INTEGER NOT NULL DEFAULT 0,
    paused      INTEGER NOT NULL DEFAULT 0,
    version     INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX queue_windows_operator ON queue_windows(operator_id) WHERE operator_id <> 0;

CREATE TABLE queue_window_groups (
    window_no INTEGER NOT NULL REFERENCES queue_windows(no),
    group_id  INTEGER NOT NULL REFERENCES queue_groups(id),
    PRIMARY KEY (window_no, group_id)
);

-- Ticket numbers per prefix and China day: A001 … restart each day.
CREATE TABLE ticket_sequences (
    day    TEXT NOT NULL,
    prefix TEXT NOT NULL,
    last   INTEGER NOT NULL,
    PRIMARY KEY (day, prefix)
);

-- window_no is the window that called the ticket (or serves it); for_window the window it was
-- transferred to (0: any window of its group). resident_id/id_number come from the ID number
-- typed at the kiosk, so the clerk's intake opens with the resident found.
CREATE TABLE tickets (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL,
    group_id       INTEGER NOT NULL REFERENCES queue_groups(id),
    number         TEXT NOT NULL,
    priority       TEXT NOT NULL DEFAULT '' CHECK (priority IN ('','elderly','disabled','military','pregnant')),
    status         TEXT NOT NULL CHECK (status IN ('waiting','called','serving','done','noshow')),
    window_no      INTEGER NOT NULL DEFAULT 0,
    for_window     INTEGER NOT NULL DEFAULT 0,
    transferred_at TEXT NOT NULL DEFAULT '',
    resident_id    INTEGER NOT NULL DEFAULT 0,
    id_number      TEXT NOT NULL DEFAULT '',
    taken_at       TEXT NOT NULL,
    taken_by       TEXT NOT NULL DEFAULT '',
    called_at      TEXT NOT NULL DEFAULT '',
    served_at      TEXT NOT NULL DEFAULT '',
    done_at        TEXT NOT NULL DEFAULT '',
    operator_id    INTEGER NOT NULL DEFAULT 0,
    case_id        INTEGER NOT NULL DEFAULT 0,
    query_code     TEXT NOT NULL UNIQUE,
    calls          INTEGER NOT NULL DEFAULT 0,
    version        INTEGER NOT NULL DEFAULT 1,
    UNIQUE (day, number)
);
CREATE INDEX tickets_day_status ON tickets(day, status);

-- Every call and recall, for the call screen's last calls (id is the call's sequence).
CREATE TABLE ticket_calls (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL REFERENCES tickets(id),
    number      TEXT NOT NULL,
    window_no   INTEGER NOT NULL,
    window_name TEXT NOT NULL,
    at          TEXT NOT NULL
);

-- A case keeps the ticket the citizen waited with (0: none), so it knows the wait.
ALTER TABLE cases ADD COLUMN ticket_id INTEGER NOT NULL DEFAULT 0;
