package sqlite

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// The documents register (文书登记, migration 0025): the number, kind and SHA-256 of every
// document the program rendered for printing or saving, with when and by whom.

// RecordDocument numbers a rendered document and registers it, in one transaction with its
// print record line when it has one (d.Log): it takes the day's next number, lets stamp put the
// number into the file (pdf.Stamp), hashes what stamp returns and records it. It returns the
// register entry and the stamped file.
func (s *Store) RecordDocument(ctx context.Context, a hall.Actor, d hall.DocumentPrint,
	stamp func(number string) ([]byte, int, error)) (hall.DocumentRecord, []byte, error) {
	d.Kind = strings.TrimSpace(d.Kind)
	if d.Kind == "" {
		return hall.DocumentRecord{}, nil, hall.Invalid("kind", "请说明打印的是什么文书")
	}
	if l := d.Log; l != nil && (strings.TrimSpace(l.Kind) == "" || l.Copies < 1 || l.Copies > hall.MaxPrintCopies) {
		return hall.DocumentRecord{}, nil, hall.Invalid("copies", "打印份数应在1至"+strconv.Itoa(hall.MaxPrintCopies)+"份之间")
	}
	now := s.now()
	day := now.In(hall.China).Format(hall.DateLayout)
	rec := hall.DocumentRecord{Kind: d.Kind, About: d.About, FileName: d.FileName, PrintedAt: s.stamp(), PrintedBy: a.Name}
	var data []byte
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var seq int
		if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(seq),0)+1 FROM documents WHERE day=?`, day).Scan(&seq); err != nil {
			return err
		}
		number, err := hall.DocumentNumber(now, seq)
		if err != nil {
			return err
		}
		if data, rec.Pages, err = stamp(number); err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		rec.Number, rec.SHA256 = number, hex.EncodeToString(sum[:])
		if _, err := tx.ExecContext(ctx, `INSERT INTO documents(number,day,seq,kind,about,file_name,pages,sha256,printed_at,operator_id,printed_by)
			VALUES (?,?,?,?,?,?,?,?,?,?,?)`, rec.Number, day, seq, rec.Kind, rec.About, rec.FileName, rec.Pages, rec.SHA256,
			rec.PrintedAt, a.OperatorID, rec.PrintedBy); err != nil {
			return err
		}
		if d.Log != nil {
			return s.printLine(ctx, tx, a, *d.Log)
		}
		return nil
	})
	if err != nil {
		return hall.DocumentRecord{}, nil, err
	}
	return rec, data, nil
}

// Document reads the registered document numbered number; found is false when there is none.
func (s *Store) Document(ctx context.Context, number string) (rec hall.DocumentRecord, found bool, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT number, kind, about, file_name, pages, sha256, printed_at, printed_by
		FROM documents WHERE number=?`, number).Scan(&rec.Number, &rec.Kind, &rec.About, &rec.FileName, &rec.Pages,
		&rec.SHA256, &rec.PrintedAt, &rec.PrintedBy)
	if errors.Is(err, sql.ErrNoRows) {
		return rec, false, nil
	}
	return rec, err == nil, err
}
