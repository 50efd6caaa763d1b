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

// RecordCasePrint records one copy of a counter document printed for case caseID (the 受理回执
// at the counter, kind hall.PrintReceipt) in the print records that 宣传印刷 counts, with the
// audit line on the case, in one transaction.
func (s *Store) RecordCasePrint(ctx context.Context, a hall.Actor, caseID int64, kind, title string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO print_records(at,operator_id,operator_name,kind,title,copies,detail)
			VALUES (?,?,?,?,?,1,'')`, s.stamp(), a.OperatorID, a.Name, kind, title); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActPrint, "办件", caseID, title)
	})
}

// PrintCounts adds up the copies printed per kind between two China dates (both days included;
// no date leaves that end open).
func (s *Store) PrintCounts(ctx context.Context, from, to hall.Date) (map[string]int, error) {
	where, args := "WHERE 1=1", []any{}
	if !from.IsZero() {
		where += " AND at >= ?"
		args = append(args, dayStart(from, 0))
	}
	if !to.IsZero() {
		where += " AND at < ?"
		args = append(args, dayStart(to, 1))
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
