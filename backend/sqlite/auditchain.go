package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

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

// backfillAuditChain chains the lines written before the chain existed, once, right after the
// migration that created it. Later unchained lines are not adopted: they are what Verify reports.
func (s *Store) backfillAuditChain(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var flag string
		err := tx.QueryRowContext(ctx, `SELECT value FROM settings WHERE key='audit_chain_backfill'`).Scan(&flag)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		} else if err != nil {
			return err
		}
		rows, err := tx.QueryContext(ctx, `SELECT id, at, operator_id, operator_name, action, entity, entity_id, detail
			FROM audit_log WHERE id NOT IN (SELECT audit_id FROM audit_chain) ORDER BY id`)
		if err != nil {
			return err
		}
		var todo []hall.AuditEntry
		for rows.Next() {
			var e hall.AuditEntry
			if err := rows.Scan(&e.ID, &e.At, &e.OperatorID, &e.OperatorName, &e.Action, &e.Entity, &e.EntityID, &e.Detail); err != nil {
				rows.Close()
				return err
			}
			todo = append(todo, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, e := range todo {
			if err := s.chain(ctx, tx, e); err != nil {
				return err
			}
		}
		_, err = tx.ExecContext(ctx, `DELETE FROM settings WHERE key='audit_chain_backfill'`)
		return err
	})
}

// VerifyAuditChain walks the whole audit log in order and reports the first line whose link is
// missing or does not match its content or its predecessor. It reads in one pass, streaming.
func (s *Store) VerifyAuditChain(ctx context.Context) (hall.AuditVerification, error) {
	var out hall.AuditVerification
	rows, err := s.db.QueryContext(ctx, `SELECT a.id, a.at, a.operator_id, a.operator_name, a.action, a.entity, a.entity_id, a.detail,
			c.audit_id IS NOT NULL, COALESCE(c.prev_hash,''), COALESCE(c.hash,'')
		FROM audit_log a LEFT JOIN audit_chain c ON c.audit_id = a.id ORDER BY a.id`)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	prev := ""
	for rows.Next() {
		var e hall.AuditEntry
		var linked bool
		var prevHash, hash string
		if err := rows.Scan(&e.ID, &e.At, &e.OperatorID, &e.OperatorName, &e.Action, &e.Entity, &e.EntityID, &e.Detail,
			&linked, &prevHash, &hash); err != nil {
			return out, err
		}
		out.Checked++
		switch {
		case !linked:
			out.Broken = &hall.AuditBreak{Entry: e, Reason: "该条记录不在校验链中（可能是事后插入的）"}
		case prevHash != prev:
			out.Broken = &hall.AuditBreak{Entry: e, Reason: "与上一条记录衔接不上（上一条可能被删除或改动）"}
		case chainHash(prev, e) != hash:
			out.Broken = &hall.AuditBreak{Entry: e, Reason: "记录内容与校验值不符（可能被改动）"}
		}
		if out.Broken != nil {
			return out, nil
		}
		prev = hash
	}
	if err := rows.Err(); err != nil {
		return out, err
	}
	// A link whose line is gone: the chain runs on past the last line of the log.
	var orphan int64
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM audit_chain WHERE audit_id NOT IN (SELECT id FROM audit_log)`).Scan(&orphan)
	if err != nil {
		return out, err
	}
	if orphan > 0 {
		out.Broken = &hall.AuditBreak{Reason: fmt.Sprintf("有 %d 条校验记录找不到对应的日志（日志可能被删除）", orphan)}
	}
	return out, nil
}
