-- Optimistic concurrency: every editable record carries a version. A save names the version the
-- clerk saw; the store refuses it when the stored one differs and bumps it on success, in the
-- same transaction as the write (updateVersioned), so two tabs cannot silently revert each other.
ALTER TABLE residents     ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE households    ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cases         ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE petitions     ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE visits        ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE cadres        ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE service_items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE operators     ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE villages      ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE village_groups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- The hall settings are one record kept as key/value rows: their version is this single row.
CREATE TABLE settings_version (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL DEFAULT 1
);
INSERT INTO settings_version(id, version) VALUES (1, 1);
