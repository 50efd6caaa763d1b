package sqlite

import (
	"context"
	"fmt"
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
	items, err := s.queryPetitions(ctx, s.db, petitionSelect+where+petitionOrder+` LIMIT ? OFFSET ?`, append(args, q.Today, size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	out.Items = items
	return out, nil
}

// petitionOrder sorts the ledger (see SearchPetitions); it takes today as its one argument.
const petitionOrder = ` ORDER BY CASE WHEN p.due_date='' THEN 2 WHEN p.due_date<? THEN 0 ELSE 1 END, p.due_date, p.id DESC`

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
