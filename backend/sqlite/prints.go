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
		return s.printLine(ctx, tx, a, hall.PrintLine{Kind: kind, Title: title, Copies: copies, Detail: detail})
	})
}

// printLine writes one print record and its audit line inside tx: on the case when the print
// was for one (the 受理回执 at the counter; the title is the audit detail), otherwise on the print
// record. RecordDocument writes it with the document's register entry.
func (s *Store) printLine(ctx context.Context, tx *sql.Tx, a hall.Actor, l hall.PrintLine) error {
	res, err := tx.ExecContext(ctx, `INSERT INTO print_records(at,operator_id,operator_name,kind,title,copies,detail)
		VALUES (?,?,?,?,?,?,?)`, s.stamp(), a.OperatorID, a.Name, l.Kind, l.Title, l.Copies, l.Detail)
	if err != nil {
		return err
	}
	if l.CaseID > 0 {
		return s.audit(ctx, tx, a, hall.ActPrint, "办件", l.CaseID, l.Title)
	}
	id, _ := res.LastInsertId()
	line := l.Kind + " " + l.Title + " " + strconv.Itoa(l.Copies) + "份"
	if l.Detail != "" {
		line += "：" + l.Detail
	}
	return s.audit(ctx, tx, a, hall.ActPrint, "打印", id, line)
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
