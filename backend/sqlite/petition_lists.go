package sqlite

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"halldesk/backend/hall"
)

// SearchPetitions returns one page of the petition ledger: open items with a running deadline
// first, overdue ones at the top, then by deadline; then the rest, newest first. q.Today must
// be set.
func (s *Store) SearchPetitions(ctx context.Context, q hall.PetitionQuery) (hall.PetitionPage, error) {
	if q.Today.IsZero() {
		return hall.PetitionPage{}, fmt.Errorf("search petitions: no today")
	}
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := petitionFilter(q)
	out := hall.PetitionPage{Items: []hall.Petition{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM petitions p`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	query, qargs := petitionSelect+where+petitionOrder+` LIMIT ? OFFSET ?`, append(args, q.Today, size, (page-1)*size)
	backwards := false
	if q.After != "" || q.Before != "" {
		field, text, op, order := "after", q.After, ">", petitionOrder
		if q.After == "" {
			field, text, op, order, backwards = "before", q.Before, "<", petitionOrderDesc, true
		}
		k, err := parsePageKey(field, text, 3)
		if err != nil {
			return out, err
		}
		// After (b, d, i): later buckets, then later deadlines of b, then smaller ids of (b, d);
		// before it the same the other way, read backwards.
		query = petitionSelect + where + ` AND (` + petitionBucket + op + `? OR (` + petitionBucket + `=? AND (p.due_date` + op +
			`? OR (p.due_date=? AND p.id` + map[string]string{">": "<", "<": ">"}[op] + `?))))` + order + ` LIMIT ?`
		qargs = append(args, q.Today, k.bucket, q.Today, k.bucket, k.due, k.due, k.id, q.Today, size)
	}
	items, err := s.queryPetitions(ctx, s.db, query, qargs...)
	if err != nil {
		return out, err
	}
	if backwards {
		slices.Reverse(items)
	}
	out.Items = items
	if n := len(items); n > 0 {
		out.First, err = s.petitionKey(ctx, items[0].ID, q.Today)
		if err == nil {
			out.Last, err = s.petitionKey(ctx, items[n-1].ID, q.Today)
		}
	}
	return out, err
}

// petitionBucket is petitionOrder's first key; it takes today as its one argument.
const petitionBucket = `CASE WHEN p.due_date='' THEN 2 WHEN p.due_date<? THEN 0 ELSE 1 END`

// petitionOrder sorts the ledger (see SearchPetitions); it takes today as its one argument.
// petitionOrderDesc is the same backwards, to read the petitions before a place.
const (
	petitionOrder     = ` ORDER BY ` + petitionBucket + `, p.due_date, p.id DESC`
	petitionOrderDesc = ` ORDER BY ` + petitionBucket + ` DESC, p.due_date DESC, p.id`
)

// petitionKey is petition id's place in the ledger's order of today, "bucket~due~id": the After
// or Before that reads the page next to it by keyset.
func (s *Store) petitionKey(ctx context.Context, id int64, today hall.Date) (string, error) {
	var k pageKey
	err := s.db.QueryRowContext(ctx, `SELECT `+petitionBucket+`, p.due_date, p.id FROM petitions p WHERE p.id=?`, today, id).
		Scan(&k.bucket, &k.due, &k.id)
	return k.String(), err
}

// petitionFilter turns a ledger query into a WHERE clause over petitions p.
func petitionFilter(q hall.PetitionQuery) (string, []any) {
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	switch q.Scope {
	case "all":
	case "done":
		add("NOT (" + openPetitionStatuses + ")")
	default:
		add(openPetitionStatuses)
	}
	if q.Status != "" {
		add("p.status=?", q.Status)
	}
	if q.ResponsibleID > 0 {
		add("p.responsible_id=?", q.ResponsibleID)
	}
	if q.Category != "" {
		add("p.category=?", q.Category)
	}
	if q.VillageID > 0 {
		add("p.village_id=?", q.VillageID)
	}
	if q.Overdue {
		add(petitionPastDueSQL("?"), q.Today)
	}
	if !q.From.IsZero() {
		add("p.received_on>=?", q.From)
	}
	if !q.To.IsZero() {
		add("p.received_on<=?", q.To)
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		like := "%" + likeEscape(t) + "%"
		phone := likeEscape(t) // a whole number, or its tail of hall.SearchTail or more characters
		if hall.Chars(t) >= hall.SearchTail {
			phone = "%" + phone
		}
		add(`(p.number=? OR p.petitioner_name LIKE ? ESCAPE '\' OR p.phone LIKE ? ESCAPE '\')`, strings.ToUpper(t), like, phone)
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// PetitionsRegisteredOn lists the petitions registered on a day (China time), newest first:
// the "today's reception" list.
func (s *Store) PetitionsRegisteredOn(ctx context.Context, day hall.Date) ([]hall.Petition, error) {
	if day.IsZero() {
		return nil, fmt.Errorf("petitions registered on: no date")
	}
	return s.queryPetitions(ctx, s.db, petitionSelect+` WHERE p.created_at>=? AND p.created_at<? ORDER BY p.id DESC`,
		dayStart(day, 0), dayStart(day, 1))
}

// RepeatQuery describes a petitioner being registered, to find earlier petitions: of the same
// resident, with the same phone, of the same name in the same village, or of the same category
// in the same village since Since (a year back).
type RepeatQuery struct {
	ResidentID int64
	Name       string
	Phone      string
	VillageID  int64
	Category   string
	Since      hall.Date
	ExcludeID  int64
}

// PetitionRepeats finds the earlier petitions of RepeatQuery, newest first, at most 20, each
// with the reason it matched.
func (s *Store) PetitionRepeats(ctx context.Context, q RepeatQuery) ([]hall.PetitionRepeat, error) {
	out := []hall.PetitionRepeat{}
	var ors []string
	var args []any
	if q.ResidentID > 0 {
		ors, args = append(ors, "p.resident_id=?"), append(args, q.ResidentID)
	}
	if q.Phone != "" {
		ors, args = append(ors, "p.phone=?"), append(args, q.Phone)
	}
	if q.Name != "" && q.VillageID > 0 {
		ors, args = append(ors, "(p.petitioner_name=? AND p.village_id=?)"), append(args, q.Name, q.VillageID)
	}
	if q.Category != "" && q.VillageID > 0 {
		ors, args = append(ors, "(p.category=? AND p.village_id=? AND p.received_on>=?)"), append(args, q.Category, q.VillageID, q.Since)
	}
	if len(ors) == 0 {
		return out, nil
	}
	list, err := s.queryPetitions(ctx, s.db, petitionSelect+` WHERE p.id<>? AND (`+strings.Join(ors, " OR ")+`)
		ORDER BY p.received_on DESC, p.id DESC LIMIT 20`, append([]any{q.ExcludeID}, args...)...)
	if err != nil {
		return out, err
	}
	for _, p := range list {
		var reason string
		switch {
		case q.ResidentID > 0 && p.ResidentID == q.ResidentID:
			reason = "同一信访人"
		case q.Phone != "" && p.Phone == q.Phone:
			reason = "同一联系电话"
		case q.Name != "" && p.PetitionerName == q.Name && p.VillageID == q.VillageID:
			reason = "同村同名"
		default:
			reason = "同村同类事项（近12个月）"
		}
		out = append(out, hall.PetitionRepeat{ID: p.ID, Number: p.Number, ReceivedOn: p.ReceivedOn, Category: p.Category,
			PetitionerName: p.PetitionerName, VillageName: p.VillageName, Status: p.Status, StatusLabel: p.StatusLabel,
			Request: p.Request, Reason: reason, Final: p.Final})
	}
	return out, nil
}
