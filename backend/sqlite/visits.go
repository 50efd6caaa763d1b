package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// NewVisit is a cleaned visit plus, for each issue, the case it becomes (nil for a suggestion
// or a dispute), worked out by the service through the counter's intake rules.
type NewVisit struct {
	hall.VisitInput
	Cases []*NewCase // one per issue, in order
}

// CreateVisit stores a visit with its issues and the cases they become, in one transaction:
// either all of it is recorded or none. It returns the visit's id.
func (s *Store) CreateVisit(ctx context.Context, a hall.Actor, n NewVisit) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := activeCadreName(ctx, tx, n.CadreID, "cadreId"); err != nil {
			return err
		}
		var head string
		err := tx.QueryRowContext(ctx, `SELECT COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1), h.address)
			FROM households h WHERE h.id=?`, n.HouseholdID).Scan(&head)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("householdId", "所选家庭户不存在，请刷新后重新选择")
		}
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO visits(date,cadre_id,household_id,way,purpose,diary,created_at,created_by)
			VALUES (?,?,?,?,?,?,?,?)`, n.Date, n.CadreID, n.HouseholdID, n.Way, n.Purpose, n.Diary, s.stamp(), a.OperatorID)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		var numbers []string
		for i, is := range n.Issues {
			var caseID any
			if i < len(n.Cases) && n.Cases[i] != nil {
				cid, number, err := s.createCase(ctx, tx, a, *n.Cases[i])
				if err != nil {
					return err
				}
				caseID = cid
				numbers = append(numbers, number)
			}
			if _, err := tx.ExecContext(ctx, `INSERT INTO visit_issues(visit_id,pos,kind,text,case_id) VALUES (?,?,?,?,?)`,
				id, i, is.Kind, is.Text, caseID); err != nil {
				return err
			}
		}
		detail := n.Date.String() + " " + head + " " + n.Way + "，问题" + strconv.Itoa(len(n.Issues)) + "个"
		if len(numbers) > 0 {
			detail += "，转办件" + strings.Join(numbers, "、")
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "走访", id, detail)
	})
	return id, err
}

const visitSelect = `SELECT v.id, v.date, v.cadre_id, c.name, v.household_id,
	COALESCE((SELECT name FROM residents m WHERE m.household_id=h.id AND m.relation='户主' LIMIT 1),''),
	h.village_id, vl.name, COALESCE(g.name,''), h.address, v.way, v.purpose, v.diary, COALESCE(o.name,''), v.created_at, v.version
	FROM visits v JOIN cadres c ON c.id=v.cadre_id JOIN households h ON h.id=v.household_id
	JOIN villages vl ON vl.id=h.village_id LEFT JOIN village_groups g ON g.id=h.group_id
	LEFT JOIN operators o ON o.id=v.created_by`

func scanVisit(sc interface{ Scan(...any) error }) (hall.Visit, error) {
	var v hall.Visit
	err := sc.Scan(&v.ID, &v.Date, &v.CadreID, &v.CadreName, &v.HouseholdID, &v.HeadName, &v.VillageID, &v.VillageName,
		&v.GroupName, &v.Address, &v.Way, &v.Purpose, &v.Diary, &v.RecordedBy, &v.CreatedAt, &v.Version)
	v.Issues, v.FeedbackGiven = []hall.VisitIssue{}, []hall.VisitIssue{}
	if err != nil {
		return v, err
	}
	if v.Date.IsZero() {
		return v, fmt.Errorf("visit %d has no date", v.ID)
	}
	v.Weekday = hall.WeekdayLabel(v.Date.Weekday())
	return v, nil
}

// issueSelect reads issues with their case (when they became one) and the visit's facts.
const issueSelect = `SELECT i.id, i.visit_id, i.kind, i.text, COALESCE(i.case_id,0), COALESCE(cs.number,''), COALESCE(cs.item_name,''),
	COALESCE(cs.ledger,''), COALESCE(cs.status,''), COALESCE(cs.outcome,''), COALESCE(cs.outcome_note,''), COALESCE(r.name,''),
	i.feedback_on, i.feedback_note, i.feedback_by,
	v.date, c.name, v.household_id, COALESCE((SELECT name FROM residents m WHERE m.household_id=v.household_id AND m.relation='户主' LIMIT 1),''), vl.name
	FROM visit_issues i JOIN visits v ON v.id=i.visit_id JOIN cadres c ON c.id=v.cadre_id
	JOIN households h ON h.id=v.household_id JOIN villages vl ON vl.id=h.village_id
	LEFT JOIN cases cs ON cs.id=i.case_id LEFT JOIN residents r ON r.id=cs.applicant_id`

func scanIssue(sc interface{ Scan(...any) error }) (hall.IssueRow, error) {
	var x hall.IssueRow
	var status string
	err := sc.Scan(&x.ID, &x.VisitID, &x.Kind, &x.Text, &x.CaseID, &x.CaseNumber, &x.CaseItemName, &x.CaseLedger, &status,
		&x.CaseOutcome, &x.CaseOutcomeNote, &x.ApplicantName, &x.FeedbackOn, &x.FeedbackNote, &x.FeedbackBy,
		&x.VisitDate, &x.CadreName, &x.HouseholdID, &x.HeadName, &x.VillageName)
	x.KindLabel = hall.IssueKindLabel(x.Kind)
	x.CaseStatus = hall.Status(status)
	x.CaseStatusLabel = x.CaseStatus.Label()
	return x, err
}

func (s *Store) queryIssues(ctx context.Context, sqlText string, args ...any) ([]hall.IssueRow, error) {
	rows, err := s.db.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.IssueRow{}
	for rows.Next() {
		x, err := scanIssue(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, x)
	}
	return out, rows.Err()
}

// fillIssues adds each visit's issues and the feedback recorded on it.
func (s *Store) fillIssues(ctx context.Context, vs []hall.Visit) error {
	if len(vs) == 0 {
		return nil
	}
	index := map[int64]int{}
	marks, args := make([]string, len(vs)), make([]any, len(vs))
	for i, v := range vs {
		index[v.ID] = i
		marks[i], args[i] = "?", v.ID
	}
	in := strings.Join(marks, ",")
	list, err := s.queryIssues(ctx, issueSelect+` WHERE i.visit_id IN (`+in+`) ORDER BY i.visit_id, i.pos`, args...)
	if err != nil {
		return err
	}
	for _, x := range list {
		v := &vs[index[x.VisitID]]
		v.Issues = append(v.Issues, x.VisitIssue)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, feedback_visit_id FROM visit_issues WHERE feedback_visit_id IN (`+in+`) ORDER BY id`, args...)
	if err != nil {
		return err
	}
	given := map[int64]int64{}
	var ids []int64
	for rows.Next() {
		var id, vid int64
		if err := rows.Scan(&id, &vid); err != nil {
			rows.Close()
			return err
		}
		given[id] = vid
		ids = append(ids, id)
	}
	rows.Close()
	for _, id := range ids {
		x, err := s.issue(ctx, id)
		if err != nil {
			return err
		}
		v := &vs[index[given[id]]]
		v.FeedbackGiven = append(v.FeedbackGiven, x.VisitIssue)
	}
	return nil
}

// Visit reads one visit with its issues.
func (s *Store) Visit(ctx context.Context, id int64) (hall.Visit, error) {
	v, err := scanVisit(s.db.QueryRowContext(ctx, visitSelect+` WHERE v.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return v, hall.NotFound("找不到该走访记录")
	}
	if err != nil {
		return v, err
	}
	vs := []hall.Visit{v}
	err = s.fillIssues(ctx, vs)
	return vs[0], err
}

// Visits returns one page of visits, newest first.
func (s *Store) Visits(ctx context.Context, q hall.VisitQuery) (hall.VisitPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := visitFilter(q)
	out := hall.VisitPage{Items: []hall.Visit{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM visits v JOIN households h ON h.id=v.household_id`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	items, err := s.listVisits(ctx, where+` ORDER BY v.date DESC, v.id DESC LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	out.Items = items
	return out, err
}

// visitFilter turns a visit query into a WHERE clause over visits v joined with households h.
func visitFilter(q hall.VisitQuery) (string, []any) {
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	if q.CadreID > 0 {
		add("v.cadre_id=?", q.CadreID)
	}
	if q.HouseholdID > 0 {
		add("v.household_id=?", q.HouseholdID)
	}
	if q.VillageID > 0 {
		add("h.village_id=?", q.VillageID)
	}
	if !q.From.IsZero() {
		add("v.date>=?", q.From)
	}
	if !q.To.IsZero() {
		add("v.date<=?", q.To)
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// MaxDiaryVisits bounds the visits of one diary (a month of a cadre's visits is far fewer).
const MaxDiaryVisits = 1000

// DiaryVisits lists a cadre's visits from one date to another (both included), oldest first.
func (s *Store) DiaryVisits(ctx context.Context, cadreID int64, from, to hall.Date) ([]hall.Visit, error) {
	return s.listVisits(ctx, ` WHERE v.cadre_id=? AND v.date>=? AND v.date<=? ORDER BY v.date, v.id LIMIT ?`, cadreID, from, to, MaxDiaryVisits)
}

// listVisits reads the visits a WHERE … ORDER BY … tail selects, with their issues.
func (s *Store) listVisits(ctx context.Context, tail string, args ...any) ([]hall.Visit, error) {
	rows, err := s.db.QueryContext(ctx, visitSelect+tail, args...)
	if err != nil {
		return nil, err
	}
	out := []hall.Visit{}
	for rows.Next() {
		v, err := scanVisit(rows)
		if err != nil {
			rows.Close()
			return nil, err
		}
		out = append(out, v)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.fillIssues(ctx, out)
}

// issue reads one issue with its case and visit.
func (s *Store) issue(ctx context.Context, id int64) (hall.IssueRow, error) {
	list, err := s.queryIssues(ctx, issueSelect+` WHERE i.id=?`, id)
	if err != nil {
		return hall.IssueRow{}, err
	}
	if len(list) == 0 {
		return hall.IssueRow{}, hall.NotFound("找不到该走访问题")
	}
	return list[0], nil
}

// Issue reads one issue raised on a visit, with its case and visit.
func (s *Store) Issue(ctx context.Context, id int64) (hall.IssueRow, error) { return s.issue(ctx, id) }

// FeedbackOwed lists the issues whose case is done (or later) and whose result the household
// has not yet been told on a visit: of one household, or of the households a cadre covers or
// visited (0 for any), oldest first.
func (s *Store) FeedbackOwed(ctx context.Context, householdID, cadreID int64) ([]hall.IssueRow, error) {
	conds, args := []string{"i.kind='case'", "i.feedback_on=''", sqlIn("cs.status", hall.FinishedStatuses)}, []any{}
	if householdID > 0 {
		conds = append(conds, "v.household_id=?")
		args = append(args, householdID)
	}
	if cadreID > 0 {
		conds = append(conds, "(v.cadre_id=? OR EXISTS (SELECT 1 FROM coverage a WHERE a.household_id=v.household_id AND a.to_date='' AND a.cadre_id=?))")
		args = append(args, cadreID, cadreID)
	}
	return s.queryIssues(ctx, issueSelect+` WHERE `+strings.Join(conds, " AND ")+` ORDER BY v.date, i.id`, args...)
}

// SaveFeedback records that the household was told the result of an issue's case (入户反馈),
// on a visit when visitID is set. It refuses feedback already given.
func (s *Store) SaveFeedback(ctx context.Context, a hall.Actor, in hall.FeedbackInput) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `UPDATE visit_issues SET feedback_on=?, feedback_note=?, feedback_by=?, feedback_visit_id=?
			WHERE id=? AND kind='case' AND feedback_on=''`, in.Date, in.Note, a.Name, nullID(in.VisitID), in.IssueID)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.Conflict("该问题的办理结果已反馈过，请刷新后查看")
		}
		return s.audit(ctx, tx, a, "入户反馈", "走访问题", in.IssueID, in.Date.String()+" "+in.Note)
	})
}

// Issues returns one page of issues raised on visits (suggestions, disputes or cases), newest
// first.
func (s *Store) Issues(ctx context.Context, q hall.IssueQuery) (hall.IssuePage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	if q.Kind != "" {
		add("i.kind=?", q.Kind)
	}
	if q.CadreID > 0 {
		add("v.cadre_id=?", q.CadreID)
	}
	if q.VillageID > 0 {
		add("h.village_id=?", q.VillageID)
	}
	where := " WHERE " + strings.Join(conds, " AND ")
	out := hall.IssuePage{Items: []hall.IssueRow{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM visit_issues i JOIN visits v ON v.id=i.visit_id
		JOIN households h ON h.id=v.household_id`+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	items, err := s.queryIssues(ctx, issueSelect+where+` ORDER BY v.date DESC, i.id DESC LIMIT ? OFFSET ?`, append(args, size, (page-1)*size)...)
	out.Items = items
	return out, err
}

// OpenCasesOfCadre lists the unfinished cases whose applicant lives in a household the cadre
// covers now, most urgent first.
func (s *Store) OpenCasesOfCadre(ctx context.Context, cadreID int64) ([]hall.CaseRecord, error) {
	return s.queryCases(ctx, caseSelect+` WHERE `+openSQL+`
		AND r.household_id IN (SELECT household_id FROM coverage WHERE cadre_id=? AND to_date='')
		ORDER BY c.due_date='', c.due_date, c.id LIMIT 200`, cadreID)
}
