package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"halldesk/backend/hall"
)

// LoginAttempt is one password check that ReserveLogin has already counted as a failure.
type LoginAttempt struct {
	Operator hall.Operator
	Hash     string
	// Failed is the number of failures in a row, this attempt included.
	Failed int
	// Locks is true when this attempt took the last try: the account is locked from now on
	// unless the password proves right (RecordLogin clears the lock).
	Locks bool
}

// reserveSQL counts one attempt as a failure before the password is checked, in a single
// statement so that simultaneous attempts each get their own number: the SET expressions all
// read the row as it was. A lock that ran out starts a fresh count. An unknown name, a
// deactivated account and a locked one match no row and count nothing.
const reserveSQL = `UPDATE operators SET
	failed_logins = CASE WHEN locked_until <> '' OR failed_logins >= :max THEN 1 ELSE failed_logins + 1 END,
	locked_until = CASE WHEN (CASE WHEN locked_until <> '' OR failed_logins >= :max THEN 1 ELSE failed_logins + 1 END) >= :max
		THEN :until ELSE '' END
	WHERE %s AND active = 1 AND (locked_until = '' OR locked_until <= :now)
	RETURNING ` + operatorCols + `, password_hash, failed_logins`

// ReserveLogin counts an attempt to sign in as username (case-insensitive) before its password
// is checked. The max-th failure in a row locks the account until now+lock at once, so that no
// attempt running alongside gets a further try. ok is false, and nothing is counted, when the
// name is unknown, the account is deactivated or it is locked at now.
func (s *Store) ReserveLogin(ctx context.Context, username string, now time.Time, max int, lock time.Duration) (LoginAttempt, bool, error) {
	return s.reserveLogin(ctx, "username = :key", username, now, max, lock)
}

// ReserveLoginByID is ReserveLogin for the operator with that id (the change-password form).
func (s *Store) ReserveLoginByID(ctx context.Context, id int64, now time.Time, max int, lock time.Duration) (LoginAttempt, bool, error) {
	return s.reserveLogin(ctx, "id = :key", id, now, max, lock)
}

func (s *Store) reserveLogin(ctx context.Context, where string, key any, now time.Time, max int, lock time.Duration) (LoginAttempt, bool, error) {
	var a LoginAttempt
	found := false
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var active int
		row := tx.QueryRowContext(ctx, fmt.Sprintf(reserveSQL, where), sql.Named("key", key), sql.Named("max", max),
			sql.Named("now", now.UTC().Format(time.RFC3339)), sql.Named("until", now.Add(lock).UTC().Format(time.RFC3339)))
		err := row.Scan(&a.Operator.ID, &a.Operator.Username, &a.Operator.Name, &a.Operator.Role, &a.Operator.Phone,
			&active, &a.Operator.LockedUntil, &a.Operator.CreatedAt, &a.Operator.Version, &a.Hash, &a.Failed)
		if errors.Is(err, sql.ErrNoRows) {
			return nil
		}
		if err != nil {
			return err
		}
		found = true
		a.Operator.Active = active == 1
		a.Operator.RoleLabel = a.Operator.Role.Label()
		a.Locks = a.Operator.LockedUntil != ""
		return nil
	})
	return a, found, err
}

// RecordLoginFailure audits a wrong password; its count was taken by ReserveLogin. locked says
// that this failure locked the account.
func (s *Store) RecordLoginFailure(ctx context.Context, op hall.Operator, locked bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		detail := "密码错误"
		if locked {
			detail = "连续输错密码，账号锁定5分钟"
		}
		return s.audit(ctx, tx, hall.Actor{OperatorID: op.ID, Name: op.Name}, hall.ActLoginFailed, "操作员", op.ID, detail)
	})
}

// RecordLogin clears the failure count and the lock (the attempt's reservation included) and
// logs the login.
func (s *Store) RecordLogin(ctx context.Context, op hall.Operator) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `UPDATE operators SET failed_logins=0, locked_until='' WHERE id=?`, op.ID); err != nil {
			return err
		}
		return s.audit(ctx, tx, hall.Actor{OperatorID: op.ID, Name: op.Name}, hall.ActLogin, "操作员", op.ID, "")
	})
}
