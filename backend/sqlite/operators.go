package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// Credentials is what login needs to know about an operator.
type Credentials struct {
	Operator     hall.Operator
	Hash         string
	FailedLogins int
	LockedUntil  time.Time
}

const operatorCols = `id, username, name, role, phone, active, locked_until, created_at, version`

func scanOperator(sc interface{ Scan(...any) error }) (hall.Operator, error) {
	var op hall.Operator
	var active int
	err := sc.Scan(&op.ID, &op.Username, &op.Name, &op.Role, &op.Phone, &active, &op.LockedUntil, &op.CreatedAt, &op.Version)
	op.Active = active == 1
	op.RoleLabel = op.Role.Label()
	return op, err
}

// Credentials looks an operator up by login name (case-insensitive).
func (s *Store) Credentials(ctx context.Context, username string) (Credentials, error) {
	var c Credentials
	var locked string
	row := s.db.QueryRowContext(ctx, `SELECT `+operatorCols+`, password_hash, failed_logins FROM operators WHERE username = ?`, username)
	var active int
	err := row.Scan(&c.Operator.ID, &c.Operator.Username, &c.Operator.Name, &c.Operator.Role, &c.Operator.Phone,
		&active, &locked, &c.Operator.CreatedAt, &c.Operator.Version, &c.Hash, &c.FailedLogins)
	if errors.Is(err, sql.ErrNoRows) {
		return c, hall.NotFound("登录名不存在")
	}
	c.Operator.Active = active == 1
	c.Operator.RoleLabel = c.Operator.Role.Label()
	c.Operator.LockedUntil = locked
	if err == nil && locked != "" {
		if c.LockedUntil, err = time.Parse(time.RFC3339, locked); err != nil {
			err = fmt.Errorf("operator %q locked_until: %w", c.Operator.Username, err)
		}
	}
	return c, err
}

// Operators lists every operator, active first.
func (s *Store) Operators(ctx context.Context) ([]hall.Operator, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+operatorCols+` FROM operators ORDER BY active DESC, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Operator{}
	for rows.Next() {
		op, err := scanOperator(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, op)
	}
	return out, rows.Err()
}

// Operator reads one operator.
func (s *Store) Operator(ctx context.Context, id int64) (hall.Operator, error) {
	return s.operator(ctx, s.db, id)
}

type querier interface {
	QueryRowContext(ctx context.Context, q string, args ...any) *sql.Row
	QueryContext(ctx context.Context, q string, args ...any) (*sql.Rows, error)
}

func (s *Store) operator(ctx context.Context, q querier, id int64) (hall.Operator, error) {
	op, err := scanOperator(q.QueryRowContext(ctx, `SELECT `+operatorCols+` FROM operators WHERE id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return op, hall.NotFound("找不到该操作员")
	}
	return op, err
}

// CreateOperator adds an operator with an already-hashed password.
func (s *Store) CreateOperator(ctx context.Context, a hall.Actor, in hall.OperatorInput, hash string) (hall.Operator, error) {
	var op hall.Operator
	err := s.tx(ctx, func(tx *sql.Tx) error {
		id, err := s.insertOperator(ctx, tx, in, hash)
		if err != nil {
			return err
		}
		if err := s.audit(ctx, tx, a, hall.ActCreate, "操作员", id, in.Username+" "+in.Name+" "+in.Role.Label()); err != nil {
			return err
		}
		op, err = s.operator(ctx, tx, id)
		return err
	})
	return op, err
}

func (s *Store) insertOperator(ctx context.Context, tx *sql.Tx, in hall.OperatorInput, hash string) (int64, error) {
	now := s.stamp()
	res, err := tx.ExecContext(ctx, `INSERT INTO operators(username,name,role,phone,password_hash,created_at,updated_at)
		VALUES (?,?,?,?,?,?,?)`, in.Username, in.Name, in.Role, in.Phone, hash, now, now)
	if isUnique(err) {
		return 0, &hall.Error{Code: hall.CodeConflict, Field: "username", Message: "登录名“" + in.Username + "”已被使用"}
	}
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// UpdateOperator changes name, role and phone. It refuses to leave the hall without an
// active administrator, and an edit of an old version (updateVersioned).
func (s *Store) UpdateOperator(ctx context.Context, a hall.Actor, in hall.OperatorInput) (hall.Operator, error) {
	var op hall.Operator
	err := s.tx(ctx, func(tx *sql.Tx) error {
		old, err := s.operator(ctx, tx, in.ID)
		if err != nil {
			return err
		}
		if err := updateVersioned(ctx, tx, "operators", in.ID, in.Version, in, old); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE operators SET username=?, name=?, role=?, phone=?, updated_at=? WHERE id=?`,
			in.Username, in.Name, in.Role, in.Phone, s.stamp(), in.ID)
		if isUnique(err) {
			return &hall.Error{Code: hall.CodeConflict, Field: "username", Message: "登录名“" + in.Username + "”已被使用"}
		}
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("找不到该操作员")
		}
		if err := s.requireAdminLeft(ctx, tx); err != nil {
			return err
		}
		detail := diff("姓名", old.Name, in.Name) + diff("角色", old.Role.Label(), in.Role.Label()) + diff("登录名", old.Username, in.Username)
		if err := s.audit(ctx, tx, a, hall.ActUpdate, "操作员", in.ID, detail); err != nil {
			return err
		}
		op, err = s.operator(ctx, tx, in.ID)
		return err
	})
	return op, err
}

// SetOperatorActive activates or deactivates an operator still at the version the
// administrator saw (updateVersioned).
func (s *Store) SetOperatorActive(ctx context.Context, a hall.Actor, id, version int64, active bool) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := updateVersioned(ctx, tx, "operators", id, version, nil, nil); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE operators SET active=?, updated_at=? WHERE id=?`, boolInt(active), s.stamp(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("找不到该操作员")
		}
		if err := s.requireAdminLeft(ctx, tx); err != nil {
			return err
		}
		action := hall.ActDeactivate
		if active {
			action = hall.ActActivate
		}
		return s.audit(ctx, tx, a, action, "操作员", id, "")
	})
}

// SetOperatorPassword stores a new password hash and unlocks the account.
func (s *Store) SetOperatorPassword(ctx context.Context, a hall.Actor, id int64, hash string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE operators SET password_hash=?, failed_logins=0, locked_until='', updated_at=? WHERE id=?`,
			hash, s.stamp(), id)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.NotFound("找不到该操作员")
		}
		return s.audit(ctx, tx, a, hall.ActResetPassword, "操作员", id, "")
	})
}

func (s *Store) requireAdminLeft(ctx context.Context, tx *sql.Tx) error {
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM operators WHERE role='admin' AND active=1`).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return hall.Conflict("至少需要保留一名在用的管理员")
	}
	return nil
}

func isUnique(err error) bool {
	return err != nil && strings.Contains(err.Error(), "UNIQUE constraint failed")
}

func diff(label, old, new string) string {
	if old == new {
		return ""
	}
	return label + "：" + old + " → " + new + "；"
}
