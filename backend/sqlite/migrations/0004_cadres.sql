-- Cadre registry (干部名册): cadres are deactivated, never deleted, so history keeps their names.
CREATE TABLE cadres (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    position   TEXT NOT NULL DEFAULT '',
    unit       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL,
    type       TEXT NOT NULL,
    coverage   TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cadres_name ON cadres(name);

-- The villages (嘎查村/社区) a cadre is stationed in or contacts.
CREATE TABLE cadre_villages (
    cadre_id   INTEGER NOT NULL REFERENCES cadres(id),
    village_id INTEGER NOT NULL REFERENCES villages(id),
    PRIMARY KEY (cadre_id, village_id)
);
CREATE INDEX cadre_villages_village ON cadre_villages(village_id);

-- What was printed, how many copies and by whom, for the reports (口袋书, 民情联系卡, 宣传单 …).
-- Append-only like the audit log.
CREATE TABLE print_records (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    operator_id   INTEGER NOT NULL DEFAULT 0,
    operator_name TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL,
    title         TEXT NOT NULL DEFAULT '',
    copies        INTEGER NOT NULL CHECK (copies > 0),
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX print_records_at ON print_records(at);
CREATE TRIGGER print_records_no_update BEFORE UPDATE ON print_records
BEGIN SELECT RAISE(ABORT, 'print records are append-only'); END;
CREATE TRIGGER print_records_no_delete BEFORE DELETE ON print_records
BEGIN SELECT RAISE(ABORT, 'print records are append-only'); END;
