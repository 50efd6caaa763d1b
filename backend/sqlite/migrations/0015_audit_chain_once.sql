-- The audit chain's backfill now runs once, in Go, inside migration 0010's own transaction, and
-- nothing reads a flag for it any more. Remove the flag wherever an older program left it (or
-- someone put it back), so that no trace of a way to re-run the backfill remains.
DELETE FROM settings WHERE key = 'audit_chain_backfill';
