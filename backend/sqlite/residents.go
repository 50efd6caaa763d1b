package sqlite

import (
	"cmp"
	"context"
	"database/sql"
	"errors"
	"slices"
	"strconv"
	"strings"

	"halldesk/backend/hall"
	"halldesk/backend/idcard"
)

// Residents come back unmasked from the store; the app layer masks them before they leave.

const residentSelect = `SELECT r.id, r.name, COALESCE(r.id_number,''), r.birth_date, r.sex, r.phone,
	r.village_id, v.name, COALESCE(r.group_id,0), COALESCE(g.name,''), r.address, COALESCE(r.household_id,0),
	r.relation, r.residency, r.note, r.updated_at, r.version,
	COALESCE((SELECT group_concat(tag, ',') FROM resident_tags t WHERE t.resident_id=r.id),'')
	FROM residents r JOIN villages v ON v.id=r.village_id LEFT JOIN village_groups g ON g.id=r.group_id`

func scanResident(sc interface{ Scan(...any) error }) (hall.Resident, error) {
	var r hall.Resident
	var tags string
	err := sc.Scan(&r.ID, &r.Name, &r.IDNumber, &r.BirthDate, &r.Sex, &r.Phone, &r.VillageID, &r.VillageName,
		&r.GroupID, &r.GroupName, &r.Address, &r.HouseholdID, &r.Relation, &r.Residency, &r.Note, &r.UpdatedAt, &r.Version, &tags)
	r.HasIDNumber = r.IDNumber != ""
	r.Tags = []string{}
	if tags != "" {
		r.Tags = strings.Split(tags, ",")
	}
	return r, err
}

// Resident reads one resident, unmasked.
func (s *Store) Resident(ctx context.Context, id int64) (hall.Resident, error) {
	r, err := scanResident(s.db.QueryRowContext(ctx, residentSelect+` WHERE r.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, hall.NotFound("找不到该群众")
	}
	return r, err
}

// SearchResidents returns one page of residents matching q (see hall.ResidentQuery), newest
// first. Name parts and number tails go through the resident search index (search.go).
func (s *Store) SearchResidents(ctx context.Context, q hall.ResidentQuery) (hall.ResidentPage, error) {
	return s.searchResidents(ctx, q, true)
}

// searchResidents runs the search with the index when useIndex is set and the text allows it,
// otherwise with the plain scan; both give the same rows (the tests and BenchmarkSearch compare).
func (s *Store) searchResidents(ctx context.Context, q hall.ResidentQuery, useIndex bool) (hall.ResidentPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	out := hall.ResidentPage{Items: []hall.Resident{}, Page: page}
	key, err := residentKeyset(q)
	if err != nil {
		return out, err
	}
	countSQL, countArgs, pageSQL, args, err := s.residentSearchSQL(ctx, q, useIndex, key)
	if err != nil {
		return out, err
	}
	offset := (page - 1) * size
	if key.id > 0 {
		offset = 0
	}
	count, done, err := s.prepared(ctx, countSQL)
	if err != nil {
		return out, err
	}
	defer done()
	if err := count.QueryRowContext(ctx, countArgs...).Scan(&out.Total); err != nil {
		return out, err
	}
	list, done, err := s.prepared(ctx, pageSQL)
	if err != nil {
		return out, err
	}
	defer done()
	rows, err := list.QueryContext(ctx, append(args, size, offset)...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		r, err := scanResident(rows)
		if err != nil {
			return out, err
		}
		out.Items = append(out.Items, r)
	}
	slices.SortFunc(out.Items, func(a, b hall.Resident) int { return cmp.Compare(b.ID, a.ID) }) // a page before: read upwards
	if n := len(out.Items); n > 0 {
		out.First, out.Last = strconv.FormatInt(out.Items[0].ID, 10), strconv.FormatInt(out.Items[n-1].ID, 10)
	}
	return out, rows.Err()
}

// residentKey is where a page of residents starts by keyset: after the resident id (the list is
// newest first, so the ids below it), or before it (the ids above it, read upwards). Zero: by
// the page's number.
type residentKey struct {
	id     int64
	before bool
}

// residentKeyset reads q's After or Before (a page's Last or First).
func residentKeyset(q hall.ResidentQuery) (residentKey, error) {
	text, before := q.After, false
	if text == "" {
		text, before = q.Before, true
	}
	if text == "" {
		return residentKey{}, nil
	}
	id, err := strconv.ParseInt(text, 10, 64)
	if err != nil || id <= 0 {
		return residentKey{}, hall.Invalid("after", "翻页位置无效，请回到第一页重新翻页")
	}
	return residentKey{id: id, before: before}, nil
}

// page is the condition on column and the order of a page from k (the column's order when
// read by number or after; upwards when before), and its argument.
func (k residentKey) page(column string) (cond, order string, args []any) {
	switch {
	case k.id == 0:
		return ``, ` ORDER BY ` + column + ` DESC`, nil
	case k.before:
		return ` AND ` + column + ` > ?`, ` ORDER BY ` + column + ` ASC`, []any{k.id}
	default:
		return ` AND ` + column + ` < ?`, ` ORDER BY ` + column + ` DESC`, []any{k.id}
	}
}

// residentSearchSQL builds the count and the page query of a resident search (the page query
// takes LIMIT and OFFSET after args), through the index when useIndex is set and the text allows,
// from key when it is set (residentKey).
func (s *Store) residentSearchSQL(ctx context.Context, q hall.ResidentQuery, useIndex bool, key residentKey) (
	countSQL string, countArgs []any, pageSQL string, args []any, err error) {
	where, args := residentFilter(q)
	countSQL = `SELECT COUNT(*) FROM residents r ` + where
	cond, order, keyArgs := key.page("r.id")
	pageSQL = residentSelect + ` ` + where + cond + order + ` LIMIT ? OFFSET ?`
	countArgs = args
	t := residentTerms(q.Text)
	if !useIndex || len(t.terms) == 0 {
		return countSQL, countArgs, pageSQL, append(append([]any{}, args...), keyArgs...), nil
	}
	// The index gives the candidates; the exact conditions are checked on each, and only the
	// page's ids are then read in full.
	from := func(source string, sourceArgs []any, cond string, condArgs []any) (string, []any) {
		return `FROM ` + source + ` CROSS JOIN residents r ON r.id = s.resident_id ` + where + cond,
			append(append(append([]any{}, sourceArgs...), args...), condArgs...)
	}
	source, sourceArgs, cond, condArgs := t.set()
	countFrom, fromArgs := from(source, sourceArgs, cond, condArgs)
	countSQL, countArgs = `SELECT COUNT(*) `+countFrom, fromArgs
	if t.exact && q.VillageID == 0 && q.Tag == "" {
		// A surname matches thousands; counting them needs no look at the rows.
		countSQL = `SELECT COUNT(*) FROM ` + source + ` WHERE 1=1` + cond
		countArgs = append(append([]any{}, sourceArgs...), condArgs...)
	}
	if err := t.rarestFirst(ctx, s); err != nil {
		return "", nil, "", nil, err
	}
	pageFrom, pageArgs := from(t.join())
	cond, order, keyArgs = key.page("s.resident_id")
	pageSQL = residentSelect + ` WHERE r.id IN (SELECT s.resident_id ` + pageFrom + cond + order +
		` LIMIT ? OFFSET ?) ORDER BY r.id DESC`
	return countSQL, countArgs, pageSQL, append(pageArgs, keyArgs...), nil
}

// residentFilter turns the query into a WHERE clause. Digits are read as an ID number, an ID
// tail (4+ characters, matched through the reversed-number index) or a phone number or tail;
// anything else matches any part of the name, so two-character names are found.
func residentFilter(q hall.ResidentQuery) (string, []any) {
	conds, args := []string{"1=1"}, []any{}
	text := strings.ToUpper(strings.TrimSpace(q.Text))
	switch {
	case text == "":
	case isIDLike(text) && (len(text) == 18 || len(text) == 15):
		number := text
		if len(text) == 15 {
			number = text[:6] + "19" + text[6:]
			number += string(idcard.CheckChar(number))
		}
		conds = append(conds, "r.id_number = ?")
		args = append(args, number)
	case isIDLike(text) && len(text) >= 4:
		conds = append(conds, "(r.id_reversed LIKE ? ESCAPE '\\' OR r.phone LIKE ? ESCAPE '\\')")
		args = append(args, likeEscape(reverse(text))+"%", "%"+likeEscape(text))
	default:
		conds = append(conds, "r.name LIKE ? ESCAPE '\\'")
		args = append(args, "%"+likeEscape(text)+"%")
	}
	if q.VillageID > 0 {
		conds = append(conds, "r.village_id = ?")
		args = append(args, q.VillageID)
	}
	if q.Tag != "" {
		conds = append(conds, "EXISTS (SELECT 1 FROM resident_tags t WHERE t.resident_id=r.id AND t.tag=?)")
		args = append(args, q.Tag)
	}
	return "WHERE " + strings.Join(conds, " AND "), args
}

// CreateResident adds a resident (already cleaned by hall.CleanResident) and returns its id.
func (s *Store) CreateResident(ctx context.Context, a hall.Actor, in hall.ResidentInput) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if err := s.checkResidentRefs(ctx, tx, in); err != nil {
			return err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO residents(name,id_number,id_reversed,birth_date,sex,phone,village_id,
			group_id,address,household_id,relation,residency,note,created_at,updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			in.Name, nullText(in.IDNumber), nullText(reverse(in.IDNumber)), in.BirthDate, in.Sex, in.Phone, in.VillageID,
			nullID(in.GroupID), in.Address, nullID(in.HouseholdID), in.Relation, in.Residency, in.Note, now, now)
		if isUnique(err) {
			return s.duplicateID(ctx, tx, in.IDNumber)
		}
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		if err := writeTags(ctx, tx, id, in.Tags); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "群众", id, in.Name)
	})
	return id, err
}

// UpdateResident replaces a resident's data if it is still at the version the form was loaded
// at (in.Version); otherwise it refuses with what changed (updateVersioned) and writes nothing.
func (s *Store) UpdateResident(ctx context.Context, a hall.Actor, in hall.ResidentInput) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		old, err := scanResident(tx.QueryRowContext(ctx, residentSelect+` WHERE r.id=?`, in.ID))
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该群众")
		}
		if err != nil {
			return err
		}
		if err := updateVersioned(ctx, tx, "residents", in.ID, in.Version, in, old); err != nil {
			return err
		}
		if err := s.checkResidentRefs(ctx, tx, in); err != nil {
			return err
		}
		_, err = tx.ExecContext(ctx, `UPDATE residents SET name=?, id_number=?, id_reversed=?, birth_date=?, sex=?, phone=?,
			village_id=?, group_id=?, address=?, household_id=?, relation=?, residency=?, note=?, updated_at=? WHERE id=?`,
			in.Name, nullText(in.IDNumber), nullText(reverse(in.IDNumber)), in.BirthDate, in.Sex, in.Phone, in.VillageID,
			nullID(in.GroupID), in.Address, nullID(in.HouseholdID), in.Relation, in.Residency, in.Note, s.stamp(), in.ID)
		if isUnique(err) {
			return s.duplicateID(ctx, tx, in.IDNumber)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM resident_tags WHERE resident_id=?`, in.ID); err != nil {
			return err
		}
		if err := writeTags(ctx, tx, in.ID, in.Tags); err != nil {
			return err
		}
		detail := diff("姓名", old.Name, in.Name) + diff("住址", old.Address, in.Address) +
			diff("居住状态", old.Residency, in.Residency) + diff("与户主关系", old.Relation, in.Relation)
		if old.IDNumber != in.IDNumber {
			detail += "身份证号码已更改；"
		}
		if old.Phone != in.Phone {
			detail += "联系电话已更改；"
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "群众", in.ID, detail)
	})
}

// RevealResident returns a resident's full ID or phone number and logs who saw it, in one transaction.
func (s *Store) RevealResident(ctx context.Context, a hall.Actor, id int64, field string) (string, error) {
	col, label := "", ""
	switch field {
	case "idNumber":
		col, label = "COALESCE(id_number,'')", "身份证号码"
	case "phone":
		col, label = "phone", "联系电话"
	default:
		return "", hall.Invalid("field", "只能查看身份证号码或联系电话")
	}
	var value string
	err := s.tx(ctx, func(tx *sql.Tx) error {
		err := tx.QueryRowContext(ctx, `SELECT `+col+` FROM residents WHERE id=?`, id).Scan(&value)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该群众")
		}
		if err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActReveal, "群众", id, label)
	})
	if err != nil {
		return "", err // no full number without its audit line
	}
	return value, nil
}

func (s *Store) checkResidentRefs(ctx context.Context, tx *sql.Tx, in hall.ResidentInput) error {
	if err := checkPlace(ctx, tx, in.VillageID, in.GroupID); err != nil {
		return err
	}
	if in.HouseholdID > 0 {
		var n int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM households WHERE id=?`, in.HouseholdID).Scan(&n); err != nil {
			return err
		}
		if n == 0 {
			return hall.Invalid("householdId", "所选家庭户不存在")
		}
		if in.Relation == "户主" {
			var other int
			if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM residents WHERE household_id=? AND relation='户主' AND id<>?`,
				in.HouseholdID, in.ID).Scan(&other); err != nil {
				return err
			}
			if other > 0 {
				return hall.Invalid("relation", "该户已有户主，请选择其他与户主关系")
			}
		}
	}
	return nil
}

// duplicateID explains a unique-index clash and points at the resident who holds the number.
func (s *Store) duplicateID(ctx context.Context, tx *sql.Tx, number string) error {
	var id int64
	var name string
	if err := tx.QueryRowContext(ctx, `SELECT id, name FROM residents WHERE id_number=?`, number).Scan(&id, &name); err != nil {
		return hall.Conflict("该身份证号码已登记")
	}
	return &hall.Error{Code: hall.CodeConflict, Field: "idNumber", Ref: id,
		Message: "该身份证号码已登记为群众“" + name + "”，不能重复登记"}
}

func writeTags(ctx context.Context, tx *sql.Tx, id int64, tags []string) error {
	for _, t := range tags {
		if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO resident_tags(resident_id,tag) VALUES (?,?)`, id, t); err != nil {
			return err
		}
	}
	return nil
}

func isIDLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9') && !(c == 'X' && i == len(s)-1) {
			return false
		}
	}
	return s != ""
}

func reverse(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func likeEscape(s string) string {
	return strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`).Replace(s)
}

func nullText(s string) any {
	if s == "" {
		return nil
	}
	return s
}
