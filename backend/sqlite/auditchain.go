package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"

	"halldesk/backend/hall"
)

// chainHash is the hash of one audit line: SHA-256 over the previous hash and the line's fields,
// encoded as a JSON array so that no field can bleed into the next.
func chainHash(prev string, e hall.AuditEntry) string {
	b, _ := json.Marshal([]any{prev, e.ID, e.At, e.OperatorID, e.OperatorName, e.Action, e.Entity, e.EntityID, e.Detail})
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:])
}

// chain links audit line e to the end of the chain inside tx. Writers run one at a time (BEGIN
// IMMEDIATE), so the last link read here is still the last when this one is written.
func (s *Store) chain(ctx context.Context, tx *sql.Tx, e hall.AuditEntry) error {
	var prev string
	err := tx.QueryRowContext(ctx, `SELECT hash FROM audit_chain ORDER BY audit_id DESC LIMIT 1`).Scan(&prev)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return err
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO audit_chain(audit_id, prev_hash, hash) VALUES (?,?,?)`, e.ID, prev, chainHash(prev, e))
	return err
}

// backfillAuditChain chains every line of the log, in id order. It is the hook of migration
// 0010, run in that migration's transaction right after the chain's table was made, so it runs
// exactly once in the life of a database: an old database opened, or an old backup restored,
// is chained when it passes 0010 and never again. It reads no flag (0010's pending flag is
// removed here, and by 0015 wherever an older program left it).
func backfillAuditChain(ctx context.Context, tx *sql.Tx) error {
	prev, after := "", int64(-1<<63)
	for {
		rows, err := tx.QueryContext(ctx, `SELECT id, at, operator_id, operator_name, action, entity, entity_id, detail
			FROM audit_log WHERE id > ? ORDER BY id LIMIT 1000`, after)
		if err != nil {
			return err
		}
		var batch []hall.AuditEntry
		for rows.Next() {
			var e hall.AuditEntry
			if err := rows.Scan(&e.ID, &e.At, &e.OperatorID, &e.OperatorName, &e.Action, &e.Entity, &e.EntityID, &e.Detail); err != nil {
				rows.Close()
				return err
			}
			batch = append(batch, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if len(batch) == 0 {
			break
		}
		for _, e := range batch {
			h := chainHash(prev, e)
			if _, err := tx.ExecContext(ctx, `INSERT INTO audit_chain(audit_id, prev_hash, hash) VALUES (?,?,?)`, e.ID, prev, h); err != nil {
				return err
			}
			prev, after = h, e.ID
		}
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM settings WHERE key='audit_chain_backfill'`)
	return err
}

// AuditHead is the head of the live audit chain: the number of lines and the last line's hash.
// It is cheap (no walk); VerifyAuditChain says whether the chain up to it is whole.
func (s *Store) AuditHead(ctx context.Context) (hall.AuditHead, error) {
	return auditHead(ctx, s.db)
}

// AuditHeadFile is the head of the audit chain in the database file at path, opened read-only;
// ok is false when the data has no chain (from before migration 0010). Backups are named by it.
func AuditHeadFile(ctx context.Context, path string) (head hall.AuditHead, ok bool, err error) {
	db, err := openReadOnly(path)
	if err != nil {
		return head, false, err
	}
	defer db.Close()
	if has, err := hasChain(ctx, db); err != nil || !has {
		return head, false, err
	}
	head, err = auditHead(ctx, db)
	return head, err == nil && head.Hash != "", err
}

// auditHead reads the count of lines, the last id and the last line's link.
func auditHead(ctx context.Context, db querier) (hall.AuditHead, error) {
	var count, last int64
	if err := db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MAX(id),0) FROM audit_log`).Scan(&count, &last); err != nil {
		return hall.AuditHead{}, err
	}
	var hash string
	err := db.QueryRowContext(ctx, `SELECT hash FROM audit_chain WHERE audit_id=?`, last).Scan(&hash)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return hall.AuditHead{}, err
	}
	return hall.NewAuditHead(count, last, hash), nil
}
