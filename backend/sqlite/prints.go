package sqlite

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// RecordPrint records one print (what, how many copies, by whom) and its audit line in one
// transaction, so that reports can count the guides, cards and leaflets handed out.
func (s *Store) RecordPrint(ctx context.Context, a hall.Actor, kind, title string, copies int, detail string) error {
	kind, title = strings.TrimSpace(kind), strings.TrimSpace(title)
	if kind == "" {
		return hall.Invalid("kind", "请说明打印的是什么材料")
	}
	if copies < 1 || copies > hall.MaxPrintCopies {
		return hall.Invalid("copies", "打印份数应在1至"+strconv.Itoa(hall.MaxPrintCopies)+"份之间")
	}
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `INSERT INTO print_records(at,operator_id,operator_name,kind,title,copies,detail)
			VALUES (?,?,?,?,?,?,?)`, s.stamp(), a.OperatorID, a.Name, kind, title, copies, detail)
		if err != nil {
			return err
		}
		id, _ := res.LastInsertId()
		line := kind + " " + title + " " + strconv.Itoa(copies) + "份"
		if detail != "" {
			line += "：" + detail
		}
		return s.audit(ctx, tx, a, hall.ActPrint, "打印", id, line)
	})
}

// PrintCounts adds up the copies printed per kind between two China dates (YYYY-MM-DD, both
// days included; an empty date leaves that end open).
func (s *Store) PrintCounts(ctx context.Context, from, to string) (map[string]int, error) {
	where, args := "WHERE 1=1", []any{}
	if from != "" {
		f, ok := dayStartUTC(from, 0)
		if !ok {
			return nil, hall.Invalid("from", "开始日期格式应为“年-月-日”，如 2025-03-10")
		}
		where += " AND at >= ?"
		args = append(args, f)
	}
	if to != "" {
		t, ok := dayStartUTC(to, 1)
		if !ok {
			return nil, hall.Invalid("to", "结束日期格式应为“年-月-日”，如 2025-03-31")
		}
		where += " AND at < ?"
		args = append(args, t)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT kind, SUM(copies) FROM print_records `+where+` GROUP BY kind`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var k string
		var n int
		if err := rows.Scan(&k, &n); err != nil {
			return nil, err
		}
		out[k] = n
	}
	return out, rows.Err()
}
