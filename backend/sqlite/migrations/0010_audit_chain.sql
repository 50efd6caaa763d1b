-- The audit log's hash chain: each line's hash covers its content and the previous line's hash,
-- so a line changed, removed or slipped in afterwards breaks the chain from there on. A separate
-- table because audit_log itself refuses updates. Lines written before this migration are chained
-- once, right after it (the pending flag below), never again.
CREATE TABLE audit_chain (
    audit_id  INTEGER PRIMARY KEY REFERENCES audit_log(id),
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER audit_chain_no_update BEFORE UPDATE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit chain is append-only'); END;
CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN SELECT RAISE(ABORT, 'audit chain is append-only'); END;
INSERT INTO settings(key, value) VALUES ('audit_chain_backfill', 'pending')
    ON CONFLICT(key) DO UPDATE SET value = excluded.value;
