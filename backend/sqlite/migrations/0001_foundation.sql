-- Hall settings: one row per key.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Operators are deactivated, never deleted: history keeps their names.
CREATE TABLE operators (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name          TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('clerk','reception','supervisor','leader','admin')),
    phone         TEXT NOT NULL DEFAULT '',
    password_hash TEXT NOT NULL,
    active        INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until  TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

CREATE TABLE villages (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL UNIQUE,
    kind   TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    sort   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE village_groups (
    id         INTEGER PRIMARY KEY,
    village_id INTEGER NOT NULL REFERENCES villages(id),
    name       TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (village_id, name)
);

CREATE TABLE households (
    id         INTEGER PRIMARY KEY,
    village_id INTEGER NOT NULL REFERENCES villages(id),
    group_id   INTEGER REFERENCES village_groups(id),
    address    TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX households_village ON households(village_id);

-- id_tail is the ID number reversed, so "last N characters" is an index prefix search.
CREATE TABLE residents (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    id_number    TEXT UNIQUE,
    id_reversed  TEXT,
    birth_date   TEXT NOT NULL,
    sex          TEXT NOT NULL,
    phone        TEXT NOT NULL DEFAULT '',
    village_id   INTEGER NOT NULL REFERENCES villages(id),
    group_id     INTEGER REFERENCES village_groups(id),
    address      TEXT NOT NULL DEFAULT '',
    household_id INTEGER REFERENCES households(id),
    relation     TEXT NOT NULL DEFAULT '户主',
    residency    TEXT NOT NULL DEFAULT '常住',
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX residents_name ON residents(name);
CREATE INDEX residents_id_reversed ON residents(id_reversed);
CREATE INDEX residents_phone ON residents(phone);
CREATE INDEX residents_village ON residents(village_id);
CREATE INDEX residents_household ON residents(household_id);

CREATE TABLE resident_tags (
    resident_id INTEGER NOT NULL REFERENCES residents(id),
    tag         TEXT NOT NULL,
    PRIMARY KEY (resident_id, tag)
);
CREATE INDEX resident_tags_tag ON resident_tags(tag);

-- Append-only: who did or saw what, when.
CREATE TABLE audit_log (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    operator_id   INTEGER NOT NULL DEFAULT 0,
    operator_name TEXT NOT NULL DEFAULT '',
    action        TEXT NOT NULL,
    entity        TEXT NOT NULL,
    entity_id     INTEGER NOT NULL DEFAULT 0,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
