package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// Cases come back unmasked; the app layer masks the applicant's and agent's numbers.
//
// A case belongs to the village where it was taken: cases.village_id, the applicant's village at
// intake (migration 0014), which a later move of the household does not change. Every place that
// shows, filters, groups or counts cases by village reads that column (the case's own village), never
// the applicant's current one, so the dashboard, its drill-down, the ledgers, their export and the
// briefing always agree (TestCaseVillageAgrees). The applicant's present address is the resident's.

const caseSelect = `SELECT c.id, c.number, c.ledger, c.item_id, c.item_code, c.item_name, c.item_category,
	c.applicant_id, r.name, COALESCE(r.id_number,''), r.phone, c.village_id, v.name,
	c.agent_name, c.agent_id_number, c.agent_relation, c.agent_entrusted, c.source, c.summary, c.intake_note,
	c.status, c.created_at, c.accepted_on, c.promised_days, c.statutory_days, c.extension_days, c.due_date, c.due_verified,
	c.handler_id, h.name, c.departments, c.meeting_date, c.meeting_participants, c.meeting_decision, c.meeting_deadline,
	c.outcome, c.outcome_note, c.monthly_amount, c.first_paid_month, c.feedback_method, c.feedback_at, c.feedback_by,
	c.rating, c.rating_note, c.remedy_due, c.remedy_note, c.remedy_resolved, c.closed_at, c.closed_by,
	(SELECT i.role FROM service_items i WHERE i.id=c.item_id), c.version, c.rating_excluded
	FROM cases c JOIN residents r ON r.id=c.applicant_id JOIN villages v ON v.id=c.village_id
	JOIN operators h ON h.id=c.handler_id`

func scanCase(sc interface{ Scan(...any) error }) (hall.CaseRecord, error) {
	var c hall.CaseRecord
	var a hall.Agent
	var m hall.Meeting
	var entrusted, verified, resolved, excluded int
	err := sc.Scan(&c.ID, &c.Number, &c.Ledger, &c.ItemID, &c.ItemCode, &c.ItemName, &c.ItemCategory,
		&c.ApplicantID, &c.ApplicantName, &c.ApplicantID18, &c.ApplicantPhone, &c.VillageID, &c.VillageName,
		&a.Name, &a.IDNumber, &a.Relation, &entrusted, &c.Source, &c.Summary, &c.IntakeNote,
		&c.Status, &c.CreatedAt, &c.AcceptedOn, &c.PromisedDays, &c.StatutoryDays, &c.ExtensionDays, &c.DueDate, &verified,
		&c.HandlerID, &c.HandlerName, &c.Departments, &m.Date, &m.Participants, &m.Decision, &m.Deadline,
		&c.Outcome, &c.OutcomeNote, &c.MonthlyAmount, &c.FirstPaidMonth, &c.FeedbackMethod, &c.FeedbackAt, &c.FeedbackBy,
		&c.Rating, &c.RatingNote, &c.RemedyDue, &c.RemedyNote, &resolved, &c.ClosedAt, &c.ClosedBy, &c.ItemRole, &c.Version, &excluded)
	if a.Name != "" {
		a.Entrusted = entrusted == 1
		c.Agent = &a
	}
	if !m.Date.IsZero() {
		c.Meeting = &m
	}
	c.DueVerified, c.RemedyResolved, c.RatingExcluded = verified == 1, resolved == 1, excluded == 1
	c.Materials = []hall.CaseMaterial{}
	return c, err
}

// Case reads one case's record with its materials, plus its pauses.
func (s *Store) Case(ctx context.Context, id int64) (hall.CaseRecord, []hall.Pause, error) {
	c, err := scanCase(s.db.QueryRowContext(ctx, caseSelect+` WHERE c.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, nil, hall.NotFound("找不到该办件")
	}
	if err != nil {
		return c, nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name, original, copies, required, note, received FROM case_materials WHERE case_id=? ORDER BY pos`, id)
	if err != nil {
		return c, nil, err
	}
	for rows.Next() {
		var m hall.CaseMaterial
		var orig, req, rec int
		if err := rows.Scan(&m.Name, &orig, &m.Copies, &req, &m.Note, &rec); err != nil {
			rows.Close()
			return c, nil, err
		}
		m.Original, m.Required, m.Received = orig == 1, req == 1, rec == 1
		c.Materials = append(c.Materials, m)
	}
	rows.Close()
	var pauses []hall.Pause
	rows, err = s.db.QueryContext(ctx, `SELECT from_date, to_date FROM case_pauses WHERE case_id=? ORDER BY id`, id)
	if err != nil {
		return c, nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var p hall.Pause
		if err := rows.Scan(&p.From, &p.To); err != nil {
			return c, nil, err
		}
		pauses = append(pauses, p)
	}
	return c, pauses, rows.Err()
}

// CaseEvents reads a case's timeline as stored, oldest first: the action and statuses are codes
// (hall.ViewCase names them).
func (s *Store) CaseEvents(ctx context.Context, id int64) ([]hall.CaseEvent, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, at, operator_name, action, from_status, to_status, note FROM case_events WHERE case_id=? ORDER BY id`, id)
	return readRows(rows, err, func(sc scanner) (e hall.CaseEvent, keep bool, err error) {
		return e, true, sc.Scan(&e.ID, &e.At, &e.OperatorName, &e.Action, &e.From, &e.To, &e.Note)
	})
}

// NewCase is a cleaned intake plus what the service worked out: status, dates, handler.
type NewCase struct {
	hall.Intake
	Item       hall.ServiceItem
	Year       int
	Status     hall.Status
	AcceptedOn hall.Date
	DueDate    hall.Date
	Verified   bool
	HandlerID  int64
}

// CreateCase stores a new case with a fresh number, its materials and its first timeline line.
func (s *Store) CreateCase(ctx context.Context, a hall.Actor, n NewCase) (int64, string, error) {
	var id int64
	var number string
	err := s.tx(ctx, func(tx *sql.Tx) (err error) {
		id, number, err = s.createCase(ctx, tx, a, n)
		return err
	})
	return id, number, err
}

// createCase is CreateCase inside tx, for writes that take a case together with something
// else (a visit whose issue becomes a case).
func (s *Store) createCase(ctx context.Context, tx *sql.Tx, a hall.Actor, n NewCase) (id int64, number string, err error) {
	err = func() error {
		var exists int
		if err := tx.QueryRowContext(ctx, `SELECT COUNT(*) FROM residents WHERE id=?`, n.ApplicantID).Scan(&exists); err != nil {
			return err
		}
		if exists == 0 {
			return hall.Invalid("applicantId", "申请人不存在")
		}
		letter := hall.LedgerLetter[n.Ledger]
		var seq int
		err := tx.QueryRowContext(ctx, `INSERT INTO case_sequences(year,letter,last) VALUES (?,?,1)
			ON CONFLICT(year,letter) DO UPDATE SET last=last+1 RETURNING last`, n.Year, letter).Scan(&seq)
		if err != nil {
			return err
		}
		number = hall.FormatCaseNumber(n.Year, n.Ledger, seq)
		agent := hall.Agent{}
		if n.Agent != nil {
			agent = *n.Agent
		}
		now := s.stamp()
		code, err := newQueryCode(ctx, tx)
		if err != nil {
			return err
		}
		res, err := s.execPrepared(ctx, tx, `INSERT INTO cases(number, ledger, item_id, item_code, item_name, item_category,
			applicant_id, agent_name, agent_id_number, agent_relation, agent_entrusted, source, summary, intake_note,
			status, created_at, created_by, accepted_on, promised_days, statutory_days, due_date, due_verified, handler_id, updated_at, query_code)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			number, n.Ledger, n.Item.ID, n.Item.Code, n.Item.Name, n.Item.Category,
			n.ApplicantID, agent.Name, agent.IDNumber, agent.Relation, boolInt(agent.Entrusted), n.Source, n.Summary, n.IntakeNote,
			n.Status, now, a.OperatorID, n.AcceptedOn, n.Item.PromisedDays, n.Item.StatutoryDays, n.DueDate, boolInt(n.Verified), n.HandlerID, now, code)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		for i, m := range n.Materials {
			if _, err := tx.ExecContext(ctx, `INSERT INTO case_materials(case_id,pos,name,original,copies,required,note,received)
				VALUES (?,?,?,?,?,?,?,?)`, id, i, m.Name, boolInt(m.Original), m.Copies, boolInt(m.Required), m.Note, boolInt(m.Received)); err != nil {
				return err
			}
		}
		note := n.IntakeNote
		if len(n.Missing) > 0 {
			note = strings.TrimSpace("缺少：" + strings.Join(n.Missing, "、") + "。" + note)
		}
		if err := s.caseEvent(ctx, tx, a, id, string(hall.ActIntake), "", n.Status, note); err != nil {
			return err
		}
		if n.TicketID > 0 {
			if err := s.linkTicket(ctx, tx, a, id, n.TicketID); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "办件", id, number+" "+n.Item.Name)
	}()
	return id, number, err
}

// SaveTransition writes one action as hall.ApplyCaseAction computed it: the case's fields, its
// pause, its materials and a timeline line, in one transaction. It refuses if someone else moved
// the case meanwhile: since the version the clerk acted on (updateVersioned), or since the
// service read it (the status is no longer the entry's From).
func (s *Store) SaveTransition(ctx context.Context, a hall.Actor, t hall.CaseChange) error {
	return s.tx(ctx, func(tx *sql.Tx) error { return s.saveTransition(ctx, tx, a, t) })
}

// saveTransition is SaveTransition inside tx, for a write that changes a case among other
// things (a citizen's rating, a callback).
func (s *Store) saveTransition(ctx context.Context, tx *sql.Tx, a hall.Actor, t hall.CaseChange) error {
	c := t.Case
	if err := updateVersioned(ctx, tx, "cases", c.ID, t.Version, nil, nil); err != nil {
		return err
	}
	m := hall.Meeting{}
	if c.Meeting != nil {
		m = *c.Meeting
	}
	res, err := s.execPrepared(ctx, tx, `UPDATE cases SET status=?, accepted_on=?, extension_days=?, due_date=?, due_verified=?,
		departments=?, meeting_date=?, meeting_participants=?, meeting_decision=?, meeting_deadline=?,
		outcome=?, outcome_note=?, monthly_amount=?, first_paid_month=?, feedback_method=?, feedback_at=?, feedback_by=?,
		rating=?, rating_note=?, remedy_due=?, remedy_note=?, remedy_resolved=?, closed_at=?, closed_by=?, updated_at=?
		WHERE id=? AND status=?`,
		c.Status, c.AcceptedOn, c.ExtensionDays, c.DueDate, boolInt(c.DueVerified),
		c.Departments, m.Date, m.Participants, m.Decision, m.Deadline,
		c.Outcome, c.OutcomeNote, c.MonthlyAmount, c.FirstPaidMonth, c.FeedbackMethod, c.FeedbackAt, c.FeedbackBy,
		c.Rating, c.RatingNote, c.RemedyDue, c.RemedyNote, boolInt(c.RemedyResolved), c.ClosedAt, c.ClosedBy, s.stamp(),
		c.ID, t.Entry.From)
	if err != nil {
		return err
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return hall.Conflict("该办件刚被他人处理过，状态已变化，请刷新后再操作")
	}
	if !t.OpenPause.IsZero() {
		if _, err := tx.ExecContext(ctx, `INSERT INTO case_pauses(case_id, from_date) VALUES (?,?)`, c.ID, t.OpenPause); err != nil {
			return err
		}
	}
	if !t.ClosePause.IsZero() {
		if _, err := tx.ExecContext(ctx, `UPDATE case_pauses SET to_date=? WHERE case_id=? AND to_date=''`, t.ClosePause, c.ID); err != nil {
			return err
		}
	}
	for _, name := range t.Received {
		if _, err := tx.ExecContext(ctx, `UPDATE case_materials SET received=1 WHERE case_id=? AND name=?`, c.ID, name); err != nil {
			return err
		}
	}
	for _, name := range t.Missing {
		if _, err := tx.ExecContext(ctx, `UPDATE case_materials SET received=0 WHERE case_id=? AND name=?`, c.ID, name); err != nil {
			return err
		}
	}
	if err := s.caseEvent(ctx, tx, a, c.ID, string(t.Entry.Action), t.Entry.From, c.Status, t.Entry.Note); err != nil {
		return err
	}
	return s.audit(ctx, tx, a, t.Entry.Action.Label(), "办件", c.ID, c.Number)
}

func (s *Store) caseEvent(ctx context.Context, tx *sql.Tx, a hall.Actor, id int64, action string, from, to hall.Status, note string) error {
	_, err := s.execPrepared(ctx, tx, `INSERT INTO case_events(case_id, at, operator_id, operator_name, action, from_status, to_status, note)
		VALUES (?,?,?,?,?,?,?,?)`, id, s.stamp(), a.OperatorID, a.Name, action, from, to, note)
	return err
}

// OpenCasesFor lists the applicant's unfinished cases of an item, for the duplicate warning.
func (s *Store) OpenCasesFor(ctx context.Context, applicantID, itemID int64) ([]hall.CaseRecord, error) {
	return s.queryCases(ctx, caseSelect+` WHERE c.applicant_id=? AND c.item_id=? AND `+openSQL+` ORDER BY c.id DESC LIMIT 20`,
		applicantID, itemID)
}

// queryCases runs a query that selects caseSelect's columns and scans every row.
func (s *Store) queryCases(ctx context.Context, query string, args ...any) ([]hall.CaseRecord, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.CaseRecord{}
	for rows.Next() {
		c, err := scanCase(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// SearchCases returns one page of a ledger, most urgent first.
func (s *Store) SearchCases(ctx context.Context, q hall.CaseQuery, mine int64) (hall.CaseRecordPage, error) {
	page, size := hall.NormalizePage(q.Page, q.PageSize)
	where, args := caseFilter(q, mine)
	// The applicant is joined only when the filter reads it (the name): every case has one
	// (a NOT NULL foreign key), so the count is the same and comes from an index alone.
	from := ` FROM cases c`
	if strings.TrimSpace(q.Text) != "" {
		from += ` JOIN residents r ON r.id=c.applicant_id`
	}
	out := hall.CaseRecordPage{Items: []hall.CaseRecord{}, Page: page}
	var err error
	if out.Total, err = s.counts.count(ctx, s.db, `SELECT COUNT(*)`+from+where, args...); err != nil {
		return out, err
	}
	// The page's ids first, in the ledger's order (from cases_ledger_order), by keyset next to a
	// page shown (casepages.go) or by number, then only those rows with their names: a page by
	// number skips ids, not joined rows.
	keys, err := s.pageKeys(ctx, from, where, args, q, page, size)
	if err != nil {
		return out, err
	}
	if len(keys) > 0 {
		out.First, out.Last = keys[0].String(), keys[len(keys)-1].String()
	}
	out.Items, err = s.casesByKeys(ctx, keys)
	return out, err
}

// caseOpen is an open case with a deadline, as SQL.
var caseOpen = openSQL + " AND c.due_date<>''"

// caseOrder puts a ledger most urgent first.
var caseOrder = ` ORDER BY CASE WHEN ` + caseOpen + ` THEN 0 ELSE 1 END, c.due_date, c.id DESC`

// caseFilter turns a ledger query into a WHERE clause over cases c joined with residents r.
func caseFilter(q hall.CaseQuery, mine int64) (string, []any) {
	conds, args := []string{"1=1"}, []any{}
	add := func(cond string, v ...any) { conds = append(conds, cond); args = append(args, v...) }
	if q.Ledger != "" {
		add("c.ledger=?", q.Ledger)
	}
	if q.Status != "" {
		add("c.status=?", q.Status)
	}
	if q.ItemID > 0 {
		add("c.item_id=?", q.ItemID)
	}
	if q.VillageID > 0 {
		add("c.village_id=?", q.VillageID) // the case's own village, see the top of this file
	}
	if q.HandlerID > 0 {
		add("c.handler_id=?", q.HandlerID)
	}
	if q.Mine {
		add("c.handler_id=?", mine)
	}
	// 受理日期 from and to: the date the ledger shows (takenOnSQL), not when the row was written.
	if !q.From.IsZero() {
		add(takenOnSQL+">=?", q.From)
	}
	if !q.To.IsZero() {
		add(takenOnSQL+"<=?", q.To)
	}
	if q.Overdue {
		add(overdueSQL("?"), q.Today)
	}
	if q.DueSoon {
		add(dueSoonSQL("?", "?"), q.Today, q.DueBy)
	}
	if t := strings.TrimSpace(q.Text); t != "" {
		add("(c.number=? OR r.name LIKE ? ESCAPE '\\')", strings.ToUpper(t), "%"+likeEscape(t)+"%")
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// CalendarYears reads the years the administrator entered or corrected.
func (s *Store) CalendarYears(ctx context.Context) ([]CalendarYear, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT year, holidays, working_weekends, note, updated_at FROM calendar_years ORDER BY year`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []CalendarYear
	for rows.Next() {
		var y CalendarYear
		if err := rows.Scan(&y.Year, &y.Holidays, &y.WorkingWeekends, &y.Note, &y.UpdatedAt); err != nil {
			return nil, err
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// CalendarYear is a stored calendar year; the lists are JSON arrays of dates.
type CalendarYear struct {
	Year            int
	Holidays        string
	WorkingWeekends string
	Note            string
	UpdatedAt       string
}

// SaveCalendarYear adds or replaces one year of the working-day calendar and, in the same
// transaction, recomputes with rules (the deadline policies over the calendar with this year in
// force) the deadline of every open case, open remedy and undecided petition (see deadlines.go).
// It returns how many deadlines changed.
func (s *Store) SaveCalendarYear(ctx context.Context, a hall.Actor, y CalendarYear, rules DeadlineRules) (int, error) {
	changed := 0
	err := s.tx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `INSERT INTO calendar_years(year, holidays, working_weekends, note, updated_at) VALUES (?,?,?,?,?)
			ON CONFLICT(year) DO UPDATE SET holidays=excluded.holidays, working_weekends=excluded.working_weekends,
			note=excluded.note, updated_at=excluded.updated_at`, y.Year, y.Holidays, y.WorkingWeekends, y.Note, s.stamp())
		if err != nil {
			return err
		}
		if changed, err = s.redue(ctx, tx, rules); err != nil {
			return err
		}
		detail := strconv.Itoa(y.Year) + "年"
		if changed > 0 {
			detail += "，" + strconv.Itoa(changed) + "项在办期限随之重算"
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "工作日历", int64(y.Year), detail)
	})
	return changed, err
}

// CaseHandlers lists the operators who handle cases, for the ledgers' handler filter.
func (s *Store) CaseHandlers(ctx context.Context) ([]hall.Handler, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT o.id, o.name FROM operators o
		WHERE EXISTS (SELECT 1 FROM cases c WHERE c.handler_id=o.id) ORDER BY o.active DESC, o.name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Handler{}
	for rows.Next() {
		var h hall.Handler
		if err := rows.Scan(&h.ID, &h.Name); err != nil {
			return nil, err
		}
		out = append(out, h)
	}
	return out, rows.Err()
}
