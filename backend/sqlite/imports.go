package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"halldesk/backend/hall"
)

// RegisteredIDNumbers returns which of the numbers are already in the registry, with the
// name of the resident holding each.
func (s *Store) RegisteredIDNumbers(ctx context.Context, numbers []string) (map[string]string, error) {
	out := map[string]string{}
	// SQLite limits the parameters of one statement; 500 at a time stays far below it.
	for len(numbers) > 0 {
		n := min(len(numbers), 500)
		chunk := numbers[:n]
		numbers = numbers[n:]
		args := make([]any, len(chunk))
		for i, v := range chunk {
			args[i] = v
		}
		rows, err := s.db.QueryContext(ctx, `SELECT id_number, name FROM residents WHERE id_number IN (?`+
			strings.Repeat(",?", len(chunk)-1)+`)`, args...)
		if err != nil {
			return nil, err
		}
		for rows.Next() {
			var number, name string
			if err := rows.Scan(&number, &name); err != nil {
				rows.Close()
				return nil, err
			}
			out[number] = name
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// ImportResidents writes the good rows of a checked import in one transaction: the households
// their 户号 make (village, group and address of the head) and the residents with their tags,
// then one audit line for the whole import. Any failure, such as a number registered by another
// counter since the check, leaves the database as it was.
func (s *Store) ImportResidents(ctx context.Context, a hall.Actor, lines []hall.ImportLine, skipped int) (hall.ImportResult, error) {
	res := hall.ImportResult{Skipped: skipped}
	if len(lines) == 0 {
		return res, hall.Invalid("file", "没有可以导入的行")
	}
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := checkImportPlaces(ctx, tx, lines); err != nil {
			return err
		}
		now := s.stamp()
		insHousehold, err := tx.PrepareContext(ctx, `INSERT INTO households(village_id,group_id,address,created_at,updated_at) VALUES (?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer insHousehold.Close()
		insResident, err := tx.PrepareContext(ctx, `INSERT INTO residents(name,id_number,id_reversed,birth_date,sex,phone,village_id,
			group_id,address,household_id,relation,residency,note,created_at,updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
		if err != nil {
			return err
		}
		defer insResident.Close()
		insTag, err := tx.PrepareContext(ctx, `INSERT OR IGNORE INTO resident_tags(resident_id,tag) VALUES (?,?)`)
		if err != nil {
			return err
		}
		defer insTag.Close()

		households := map[string]int64{}
		for _, l := range lines {
			if l.Household == "" || l.Input.Relation != "户主" {
				continue
			}
			if _, dup := households[l.Household]; dup {
				return fmt.Errorf("import: household %q has two heads", l.Household)
			}
			r, err := insHousehold.ExecContext(ctx, l.Input.VillageID, nullID(l.Input.GroupID), l.Input.Address, now, now)
			if err != nil {
				return err
			}
			households[l.Household], _ = r.LastInsertId()
		}
		for _, l := range lines {
			in := l.Input
			var household int64
			if l.Household != "" {
				id, ok := households[l.Household]
				if !ok {
					return fmt.Errorf("import: household %q has no head", l.Household)
				}
				household = id
			}
			r, err := insResident.ExecContext(ctx, in.Name, nullText(in.IDNumber), nullText(reverse(in.IDNumber)), in.BirthDate, in.Sex,
				in.Phone, in.VillageID, nullID(in.GroupID), in.Address, nullID(household), in.Relation, in.Residency, in.Note, now, now)
			if isUnique(err) {
				e := hall.AsError(s.duplicateID(ctx, tx, in.IDNumber))
				e.Message = fmt.Sprintf("第%d行：%s。该号码是在检查之后登记的，请重新检查文件", l.Row, e.Message)
				return e
			}
			if err != nil {
				return err
			}
			id, _ := r.LastInsertId()
			for _, t := range in.Tags {
				if _, err := insTag.ExecContext(ctx, id, t); err != nil {
					return err
				}
			}
		}
		res.Residents, res.Households = len(lines), len(households)
		detail := fmt.Sprintf("从 Excel 导入群众 %d 人、家庭户 %d 户", res.Residents, res.Households)
		if skipped > 0 {
			detail += fmt.Sprintf("，有错误未导入 %d 行", skipped)
		}
		return s.audit(ctx, tx, a, hall.ActImport, "群众", 0, detail)
	})
	if err != nil {
		return hall.ImportResult{}, err
	}
	return res, nil
}

// checkImportPlaces makes sure every village and group the rows use still exists and is in
// use: the places were looked up when the file was checked, outside this transaction.
func checkImportPlaces(ctx context.Context, tx *sql.Tx, lines []hall.ImportLine) error {
	type place struct{ village, group int64 }
	seen := map[place]bool{}
	for _, l := range lines {
		p := place{l.Input.VillageID, l.Input.GroupID}
		if seen[p] {
			continue
		}
		seen[p] = true
		var n int
		err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM villages v WHERE v.id=? AND v.active=1
			AND (?=0 OR EXISTS (SELECT 1 FROM village_groups g WHERE g.id=? AND g.village_id=v.id AND g.active=1))`,
			p.village, p.group, p.group).Scan(&n)
		if err != nil {
			return err
		}
		if n == 0 {
			return hall.Invalid("file", fmt.Sprintf("第%d行的嘎查村/社区或组已被修改或停用，请重新检查文件", l.Row))
		}
	}
	return nil
}
