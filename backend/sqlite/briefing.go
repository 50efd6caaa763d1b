package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// The monthly work briefing (工作简报): its settings, the month's issue number and notable
// cases, and the counts of the mechanisms that have no counting function elsewhere. The case
// figures come from CaseSummary and the printed matter from PrintCounts.

// briefingKeys are the settings keys of hall.BriefingSettings.
var briefingKeys = []string{"briefing_title", "briefing_office", "briefing_report", "briefing_send", "briefing_post"}

func briefingSettingPtrs(b *hall.BriefingSettings) []*string {
	return []*string{&b.Title, &b.Office, &b.Report, &b.Send, &b.Post}
}

// BriefingSettings reads the briefing's settings; a hall that has saved none gets the defaults
// drawn from its own settings hs.
func (s *Store) BriefingSettings(ctx context.Context, hs hall.HallSettings) (hall.BriefingSettings, error) {
	b := hall.DefaultBriefingSettings(hs)
	ptrs := briefingSettingPtrs(&b)
	for i, k := range briefingKeys {
		var v string
		err := s.db.QueryRowContext(ctx, `SELECT value FROM settings WHERE key=?`, k).Scan(&v)
		switch {
		case errors.Is(err, sql.ErrNoRows):
		case err != nil:
			return b, err
		default:
			*ptrs[i] = v
		}
	}
	return b, nil
}

// notableSelect reads what the briefing needs of a case; the date it was taken is the one the
// ledgers show (takenOnSQL), the date it was finished is the first
// step of its timeline that made it 已办结. The names its free text may hold besides the
// applicant's (hall.NotableCase.People) come as one text, a name a line: the agent's and those
// of the applicant's household.
var notableSelect = `SELECT c.id, c.number, c.item_name, c.ledger, c.source, c.summary, c.departments,
	r.name, v.name, c.status, ` + takenOnSQL + `,
	COALESCE((SELECT MIN(e.at) FROM case_events e WHERE e.case_id=c.id AND ` + sqlEq("e.to_status", hall.StatusDone) + `),''),
	c.outcome, c.outcome_note, c.rating,
	c.agent_name || char(10) || COALESCE((SELECT group_concat(m.name, char(10)) FROM residents m
		WHERE m.household_id=r.household_id AND m.id<>r.id), '')`

const notableFrom = ` FROM cases c JOIN residents r ON r.id=c.applicant_id JOIN villages v ON v.id=c.village_id` // the case's own village (cases.go)

// chinaDate turns a stored UTC RFC 3339 stamp into its China date; "" is no date, and a stamp
// that does not parse is an error naming it.
func chinaDate(stamp string) (hall.Date, error) {
	if stamp == "" {
		return hall.Date{}, nil
	}
	t, err := time.Parse(time.RFC3339, stamp)
	if err != nil {
		return hall.Date{}, fmt.Errorf("stored time %q: %w", stamp, err)
	}
	return hall.DateOf(t), nil
}

func scanNotable(sc interface{ Scan(...any) error }, extra ...any) (hall.NotableCase, error) {
	var c hall.NotableCase
	var done, people string
	err := sc.Scan(append([]any{&c.CaseID, &c.Number, &c.ItemName, &c.Ledger, &c.Source, &c.Summary, &c.Departments,
		&c.ApplicantName, &c.VillageName, &c.Status, &c.TakenOn, &done, &c.Outcome, &c.OutcomeNote, &c.Rating, &people}, extra...)...)
	if err != nil {
		return c, err
	}
	if c.DoneOn, err = chinaDate(done); err != nil {
		return c, fmt.Errorf("case %d: %w", c.CaseID, err)
	}
	c.People = strings.FieldsFunc(people, func(r rune) bool { return r == '\n' })
	c.StatusLabel, c.RatingLabel = c.Status.Label(), hall.RatingLabel(c.Rating)
	return c, nil
}

// NotableCandidates returns one page of the cases month p may show as notable: taken in the
// month and finished, newest first, searchable by case number, applicant or item. Cases already
// picked for the month are marked, with their saved text; the others carry a drafted one.
func (s *Store) NotableCandidates(ctx context.Context, q hall.NotableQuery, p hall.Period) (hall.NotablePage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	if err := needDates(p); err != nil {
		return hall.NotablePage{}, err
	}
	where := ` WHERE ` + takenOnSQL + `>=? AND ` + takenOnSQL + `<=? AND ` + finishedSQL
	args := []any{p.From, p.To}
	if t := strings.TrimSpace(q.Text); t != "" {
		like := "%" + likeEscape(t) + "%"
		where += ` AND (c.number=? OR r.name LIKE ? ESCAPE '\' OR c.item_name LIKE ? ESCAPE '\')`
		args = append(args, strings.ToUpper(t), like, like)
	}
	out := hall.NotablePage{Items: []hall.NotableCase{}, Page: page}
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+notableFrom+where, args...).Scan(&out.Total); err != nil {
		return out, err
	}
	rows, err := s.db.QueryContext(ctx, notableSelect+`, COALESCE(b.text,'')`+notableFrom+
		` LEFT JOIN briefing_cases b ON b.case_id=c.id AND b.month=?`+where+` ORDER BY `+takenOnSQL+` DESC, c.id DESC LIMIT ? OFFSET ?`,
		append(append([]any{p.From.Month()}, args...), size, (page-1)*size)...)
	if err != nil {
		return out, err
	}
	defer rows.Close()
	for rows.Next() {
		var saved string
		c, err := scanNotable(rows, &saved)
		if err != nil {
			return out, err
		}
		c.Picked, c.Text = saved != "", saved
		if !c.Picked {
			c.Text = hall.DefaultNotableText(c)
		}
		out.Items = append(out.Items, c)
	}
	return out, rows.Err()
}

// BriefingMonth reads what was saved for a month: its issue number and notable cases. A month
// not saved yet gets the next issue number of its year (numbers restart each January) and no
// cases.
func (s *Store) BriefingMonth(ctx context.Context, month string) (issueNo int, saved bool, notables []hall.NotableCase, err error) {
	notables = []hall.NotableCase{}
	err = s.db.QueryRowContext(ctx, `SELECT issue_no FROM briefings WHERE month=?`, month).Scan(&issueNo)
	if errors.Is(err, sql.ErrNoRows) {
		err = s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(issue_no),0)+1 FROM briefings WHERE month>=? AND month<?`,
			month[:4]+"-01", month).Scan(&issueNo)
		return issueNo, false, notables, err
	}
	if err != nil {
		return 0, false, notables, err
	}
	rows, err := s.db.QueryContext(ctx, notableSelect+`, b.text`+notableFrom+
		` JOIN briefing_cases b ON b.case_id=c.id WHERE b.month=? ORDER BY b.pos`, month)
	if err != nil {
		return issueNo, true, notables, err
	}
	defer rows.Close()
	for rows.Next() {
		var text string
		c, err := scanNotable(rows, &text)
		if err != nil {
			return issueNo, true, notables, err
		}
		c.Text, c.Picked = text, true
		notables = append(notables, c)
	}
	return issueNo, true, notables, rows.Err()
}

// SaveBriefing saves a month's issue number and notable cases and the briefing's settings in
// one transaction. in must be clean (hall.BriefingInput.Clean) with p its month. An issue number
// another month of the year already has is refused, and so is a case that may not be one of the
// month's notable cases (hall.CheckNotable).
func (s *Store) SaveBriefing(ctx context.Context, a hall.Actor, in hall.BriefingInput, p hall.Period) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var other string
		err := tx.QueryRowContext(ctx, `SELECT month FROM briefings WHERE month>=? AND month<=? AND issue_no=? AND month<>?`,
			in.Month[:4]+"-01", in.Month[:4]+"-12", in.IssueNo, in.Month).Scan(&other)
		if err == nil {
			return &hall.Error{Code: hall.CodeConflict, Field: "issueNo",
				Message: in.Month[:4] + "年第" + strconv.Itoa(in.IssueNo) + "期已用于" + hall.MonthLabel(other) + "的简报，请换一个期号"}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		for _, n := range in.Notables {
			c, err := scanNotable(tx.QueryRowContext(ctx, notableSelect+notableFrom+` WHERE c.id=?`, n.CaseID))
			if errors.Is(err, sql.ErrNoRows) {
				return hall.NotFound("找不到选作典型事例的办件，可能已被删除，请刷新后重选")
			}
			if err != nil {
				return err
			}
			if err := hall.CheckNotable(p, c); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO briefings(month,issue_no,updated_at,updated_by) VALUES (?,?,?,?)
			ON CONFLICT(month) DO UPDATE SET issue_no=excluded.issue_no, updated_at=excluded.updated_at, updated_by=excluded.updated_by`,
			in.Month, in.IssueNo, s.stamp(), a.Name); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM briefing_cases WHERE month=?`, in.Month); err != nil {
			return err
		}
		for i, n := range in.Notables {
			if _, err := tx.ExecContext(ctx, `INSERT INTO briefing_cases(month,pos,case_id,text) VALUES (?,?,?,?)`,
				in.Month, i+1, n.CaseID, n.Text); err != nil {
				return err
			}
		}
		set := in.Settings
		for i, v := range briefingSettingPtrs(&set) {
			if _, err := tx.ExecContext(ctx, `INSERT INTO settings(key,value) VALUES (?,?)
				ON CONFLICT(key) DO UPDATE SET value=excluded.value`, briefingKeys[i], *v); err != nil {
				return err
			}
		}
		detail := hall.MonthLabel(in.Month) + " 第" + strconv.Itoa(in.IssueNo) + "期，典型事例" + strconv.Itoa(len(in.Notables)) + "件"
		return s.audit(ctx, tx, a, hall.ActUpdate, "工作简报", 0, detail)
	})
}

// VisitFigures counts a period's household contact work: visits, households and cadres, diaries,
// the issues raised on the visits by kind, the feedback given and the village activities held.
func (s *Store) VisitFigures(ctx context.Context, p hall.Period) (hall.VisitFigures, error) {
	var f hall.VisitFigures
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM visits WHERE date>=?1 AND date<=?2),
		(SELECT COUNT(DISTINCT household_id) FROM visits WHERE date>=?1 AND date<=?2),
		(SELECT COUNT(DISTINCT cadre_id) FROM visits WHERE date>=?1 AND date<=?2),
		(SELECT COUNT(*) FROM visits WHERE date>=?1 AND date<=?2 AND TRIM(diary)<>''),
		(SELECT COUNT(*) FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE v.date>=?1 AND v.date<=?2),
		(SELECT COUNT(*) FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE v.date>=?1 AND v.date<=?2 AND i.kind='case'),
		(SELECT COUNT(*) FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE v.date>=?1 AND v.date<=?2 AND i.kind='suggestion'),
		(SELECT COUNT(*) FROM visit_issues i JOIN visits v ON v.id=i.visit_id WHERE v.date>=?1 AND v.date<=?2 AND i.kind='dispute'),
		(SELECT COUNT(*) FROM visit_issues WHERE feedback_on>=?1 AND feedback_on<=?2),
		(SELECT COUNT(*) FROM village_activities WHERE date>=?1 AND date<=?2)`, p.From, p.To).Scan(
		&f.Visits, &f.Households, &f.Cadres, &f.Diaries, &f.Issues, &f.IssueCases, &f.Suggestions, &f.Disputes, &f.Feedback, &f.Activities)
	return f, err
}

// PolicyTalks counts a period's policy talks (政策宣讲) in the villages and the people at them.
func (s *Store) PolicyTalks(ctx context.Context, p hall.Period) (talks, attendance int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(SUM(attendance),0) FROM village_activities
		WHERE kind='政策宣讲' AND date>=? AND date<=?`, p.From, p.To).Scan(&talks, &attendance)
	return talks, attendance, err
}

// PetitionFigures counts a period's petition work: the reception days held up to today
// (YYYY-MM-DD), and the petitions received in the period by where they stand now.
func (s *Store) PetitionFigures(ctx context.Context, p hall.Period, today hall.Date) (hall.PetitionFigures, error) {
	var f hall.PetitionFigures
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM reception_roster WHERE date>=?1 AND date<=?2 AND date<=?3 AND cancelled=0),
		COUNT(*),
		COUNT(*) FILTER (WHERE group_visit=1),
		COUNT(*) FILTER (WHERE accepted_on<>''),
		COUNT(*) FILTER (WHERE responsible_id IS NOT NULL),
		COUNT(DISTINCT responsible_id),
		COUNT(*) FILTER (WHERE `+sqlIn("status", hall.PetitionSettledStatuses)+`),
		COUNT(*) FILTER (WHERE `+sqlIn("status", hall.PetitionTurnedAwayStatuses)+`),
		COUNT(*) FILTER (WHERE NOT (`+sqlIn("status", hall.PetitionSettledStatuses)+` OR `+sqlIn("status", hall.PetitionTurnedAwayStatuses)+`))
		FROM petitions WHERE received_on>=?1 AND received_on<=?2`, p.From, p.To, today).Scan(
		&f.ReceptionDays, &f.Received, &f.GroupVisits, &f.Accepted, &f.Assigned, &f.Leaders, &f.Settled, &f.Refused, &f.Open)
	return f, err
}
