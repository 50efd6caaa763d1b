package sqlite

import (
	"context"
	"database/sql"
	"errors"

	"halldesk/backend/hall"
)

// Query codes (查询码): every case has one (cases.query_code, unique, migration 0025), drawn by
// hall.NewQueryCode when the case is taken in and printed on its receipt and notices.

// newQueryCode draws a query code that no case holds yet.
func newQueryCode(ctx context.Context, tx *sql.Tx) (string, error) {
	for range 5 {
		code, err := hall.NewQueryCode()
		if err != nil {
			return "", err
		}
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM cases WHERE query_code=?`, code).Scan(&n); err != nil {
			return "", err
		}
		if n == 0 {
			return code, nil
		}
	}
	return "", errors.New("no free query code after 5 draws")
}

// fillQueryCodes is migration 0025's Go step: every case taken before it gets its query code.
func fillQueryCodes(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM cases WHERE query_code IS NULL OR query_code=''`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		code, err := newQueryCode(ctx, tx)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET query_code=? WHERE id=?`, code, id); err != nil {
			return err
		}
	}
	return nil
}

// CaseQueryCode is case id's query code ("" when it has none).
func (s *Store) CaseQueryCode(ctx context.Context, id int64) (string, error) {
	var code sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT query_code FROM cases WHERE id=?`, id).Scan(&code)
	if errors.Is(err, sql.ErrNoRows) {
		return "", hall.NotFound("找不到该办件")
	}
	return code.String, err
}

// CaseByQueryCode reads the case whose query code is code, with its materials; found is false
// when no case has it.
func (s *Store) CaseByQueryCode(ctx context.Context, code string) (c hall.CaseRecord, found bool, err error) {
	var id int64
	err = s.db.QueryRowContext(ctx, `SELECT id FROM cases WHERE query_code=?`, code).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return c, false, nil
	}
	if err != nil {
		return c, false, err
	}
	c, _, err = s.Case(ctx, id)
	return c, err == nil, err
}
