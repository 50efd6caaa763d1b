package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// Petitions come back unmasked; the app layer masks the phone in lists.

const petitionSelect = `SELECT p.id, p.number, p.form, p.oral, COALESCE(p.resident_id,0), p.petitioner_name, p.phone, p.address,
	COALESCE(p.village_id,0), COALESCE(v.name,''), p.group_visit, p.head_count, p.category, p.facts, p.request, p.reasons,
	COALESCE(p.received_by,0), COALESCE(rb.name,''), p.received_on, o.name, p.created_at, p.status,
	p.decision_due, p.forward_due, p.decided_on, p.accepted_on, p.refusal_reason, p.forwarded_to,
	COALESCE(p.responsible_id,0), COALESCE(rc.name,''), p.handling_unit, p.settle_due, p.extension_days, p.extension_reason,
	p.extension_approver, p.extension_informed, p.reply_text, p.replied_on, p.satisfaction,
	p.review_requested_on, p.review_due, p.review_result, p.review_answered_on,
	p.rereview_requested_on, p.rereview_due, p.rereview_result, p.rereview_answered_on, p.final,
	p.closed_at, p.closed_by, COALESCE(p.case_id,0), COALESCE(c.number,''), p.version
	FROM petitions p LEFT JOIN villages v ON v.id=p.village_id LEFT JOIN cadres rb ON rb.id=p.received_by
	LEFT JOIN cadres rc ON rc.id=p.responsible_id LEFT JOIN cases c ON c.id=p.case_id
	JOIN operators o ON o.id=p.recorded_by`

func scanPetition(sc interface{ Scan(...any) error }) (hall.Petition, error) {
	var p hall.Petition
	var oral, group, informed, final int
	err := sc.Scan(&p.ID, &p.Number, &p.Form, &oral, &p.ResidentID, &p.PetitionerName, &p.Phone, &p.Address,
		&p.VillageID, &p.VillageName, &group, &p.HeadCount, &p.Category, &p.Facts, &p.Request, &p.Reasons,
		&p.ReceivedByID, &p.ReceivedByName, &p.ReceivedOn, &p.RecordedBy, &p.CreatedAt, &p.Status,
		&p.DecisionDue, &p.ForwardDue, &p.DecidedOn, &p.AcceptedOn, &p.RefusalReason, &p.ForwardedTo,
		&p.ResponsibleID, &p.ResponsibleName, &p.HandlingUnit, &p.SettleDue, &p.ExtensionDays, &p.ExtensionReason,
		&p.ExtensionApprover, &informed, &p.ReplyText, &p.RepliedOn, &p.Satisfaction,
		&p.ReviewRequestedOn, &p.ReviewDue, &p.ReviewResult, &p.ReviewAnsweredOn,
		&p.RereviewRequestedOn, &p.RereviewDue, &p.RereviewResult, &p.RereviewAnsweredOn, &final,
		&p.ClosedAt, &p.ClosedBy, &p.CaseID, &p.CaseNumber, &p.Version)
	p.Oral, p.GroupVisit, p.ExtensionInformed, p.Final = oral == 1, group == 1, informed == 1, final == 1
	p.StatusLabel = p.Status.Label()
	p.Representatives, p.Notes, p.Timeline, p.Repeats, p.Actions =
		[]hall.Representative{}, []hall.PetitionNote{}, []hall.PetitionEvent{}, []hall.PetitionRepeat{}, []hall.PetitionActionInfo{}
	return p, err
}

// queryPetitions reads the petitions a query selects, without their details.
func (s *Store) queryPetitions(ctx context.Context, q querier, sqlText string, args ...any) ([]hall.Petition, error) {
	rows, err := q.QueryContext(ctx, sqlText, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []hall.Petition{}
	for rows.Next() {
		p, err := scanPetition(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// Petition reads one petition with its representatives, notes and timeline.
func (s *Store) Petition(ctx context.Context, id int64) (hall.Petition, error) {
	p, err := scanPetition(s.db.QueryRowContext(ctx, petitionSelect+` WHERE p.id=?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, hall.NotFound("找不到该信访事项")
	}
	if err != nil {
		return p, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT name, phone, address FROM petition_representatives WHERE petition_id=? ORDER BY pos`, id)
	if err != nil {
		return p, err
	}
	for rows.Next() {
		var r hall.Representative
		if err := rows.Scan(&r.Name, &r.Phone, &r.Address); err != nil {
			rows.Close()
			return p, err
		}
		p.Representatives = append(p.Representatives, r)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT id, at, operator_name, kind, method, date, text FROM petition_notes
		WHERE petition_id=? ORDER BY date, id`, id)
	if err != nil {
		return p, err
	}
	for rows.Next() {
		var n hall.PetitionNote
		if err := rows.Scan(&n.ID, &n.At, &n.OperatorName, &n.Kind, &n.Method, &n.Date, &n.Text); err != nil {
			rows.Close()
			return p, err
		}
		p.Notes = append(p.Notes, n)
	}
	rows.Close()
	rows, err = s.db.QueryContext(ctx, `SELECT id, at, operator_name, action, from_status, to_status, note FROM petition_events
		WHERE petition_id=? ORDER BY id`, id)
	if err != nil {
		return p, err
	}
	defer rows.Close()
	for rows.Next() {
		var e hall.PetitionEvent
		if err := rows.Scan(&e.ID, &e.At, &e.OperatorName, &e.Action, &e.From, &e.To, &e.Note); err != nil {
			return p, err
		}
		e.ActionLabel = petitionEventLabel(e.Action)
		e.From, e.To = hall.PetitionStatus(e.From).Label(), hall.PetitionStatus(e.To).Label()
		p.Timeline = append(p.Timeline, e)
	}
	return p, rows.Err()
}

// petitionEventLabel names a timeline line: an action, or one of the store's own events.
func petitionEventLabel(action string) string {
	switch action {
	case "register":
		return "登记"
	case "link_case":
		return "关联窗口办件"
	}
	return hall.PetitionAction(action).Label()
}

// NewPetition is a cleaned registration plus what the service worked out.
type NewPetition struct {
	hall.PetitionInput
	Year        int
	DecisionDue hall.Date
	ForwardDue  hall.Date
}

// CreatePetition stores a new petition with a fresh number, its representatives and its first
// timeline line. For a resident the name, phone, address and village are copied from the
// registry; a leader who received it must be a cadre of the registry.
func (s *Store) CreatePetition(ctx context.Context, a hall.Actor, n NewPetition) (int64, error) {
	var id int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		in := n.PetitionInput
		if in.ResidentID > 0 {
			var village, group, addr string
			err := tx.QueryRowContext(ctx, `SELECT r.name, r.phone, r.address, r.village_id, v.name, COALESCE(g.name,'')
				FROM residents r JOIN villages v ON v.id=r.village_id LEFT JOIN village_groups g ON g.id=r.group_id
				WHERE r.id=?`, in.ResidentID).Scan(&in.Name, &in.Phone, &addr, &in.VillageID, &village, &group)
			if errors.Is(err, sql.ErrNoRows) {
				return hall.Invalid("residentId", "所选信访人不存在，请重新查找")
			}
			if err != nil {
				return err
			}
			in.Address = addr
			if in.Address == "" {
				in.Address = village + group
			}
		} else if in.VillageID > 0 {
			if err := checkVillages(ctx, tx, []int64{in.VillageID}); err != nil {
				return hall.Invalid("villageId", "所选嘎查村/社区不存在，请刷新后重新选择")
			}
		}
		if in.ReceivedByID > 0 {
			if _, err := s.cadre(ctx, tx, in.ReceivedByID); err != nil {
				return hall.Invalid("receivedById", "所选接待领导不在干部名册中，请重新选择")
			}
		}
		var seq int
		if err := tx.QueryRowContext(ctx, `INSERT INTO petition_sequences(year,last) VALUES (?,1)
			ON CONFLICT(year) DO UPDATE SET last=last+1 RETURNING last`, n.Year).Scan(&seq); err != nil {
			return err
		}
		number := hall.FormatPetitionNumber(n.Year, seq)
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO petitions(number, form, oral, resident_id, petitioner_name, phone, address,
			village_id, group_visit, head_count, category, facts, request, reasons, received_by, received_on, recorded_by,
			created_at, status, decision_due, forward_due, due_date, updated_at)
			VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
			number, in.Form, boolInt(in.Oral), nullID(in.ResidentID), in.Name, in.Phone, in.Address,
			nullID(in.VillageID), boolInt(in.GroupVisit), in.HeadCount, in.Category, in.Facts, in.Request, in.Reasons,
			nullID(in.ReceivedByID), in.ReceivedOn, a.OperatorID, now, hall.PtRegistered, n.DecisionDue, n.ForwardDue,
			n.DecisionDue, now)
		if err != nil {
			return err
		}
		id, _ = res.LastInsertId()
		for i, r := range in.Representatives {
			if _, err := tx.ExecContext(ctx, `INSERT INTO petition_representatives(petition_id,pos,name,phone,address)
				VALUES (?,?,?,?,?)`, id, i, r.Name, r.Phone, r.Address); err != nil {
				return err
			}
		}
		note := in.Form + " " + in.Category
		if in.GroupVisit {
			note += " 集体访" + strconv.Itoa(in.HeadCount) + "人"
		}
		if err := s.petitionEvent(ctx, tx, a, id, "register", "", hall.PtRegistered, note); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "信访事项", id, number+" "+in.Category)
	})
	return id, err
}

// PetitionChange is what one action changes on a petition; the service computes it.
type PetitionChange struct {
	Version   int64 // the version of the petition the clerk saw (updateVersioned)
	From      hall.PetitionStatus
	Extension int           // the extension days before the action (optimistic check)
	Petition  hall.Petition // with every changed field already set
	Action    hall.PetitionAction
	Note      string
}

// SavePetitionAction writes one action: the petition's fields and a timeline line, in one
// transaction with its audit line. It refuses if someone else moved the petition meanwhile:
// since the version the clerk saw (updateVersioned), or since the service read it (From).
func (s *Store) SavePetitionAction(ctx context.Context, a hall.Actor, c PetitionChange) error {
	p := c.Petition
	due, _ := p.CurrentDue()
	return s.tx(ctx, func(tx *sql.Tx) error {
		if err := updateVersioned(ctx, tx, "petitions", p.ID, c.Version, nil, nil); err != nil {
			return err
		}
		if p.ResponsibleID > 0 {
			if _, err := s.cadre(ctx, tx, p.ResponsibleID); err != nil {
				return hall.Invalid("responsibleId", "所选包保领导不在干部名册中，请重新选择")
			}
		}
		res, err := tx.ExecContext(ctx, `UPDATE petitions SET status=?, decided_on=?, accepted_on=?, refusal_reason=?,
			forwarded_to=?, responsible_id=?, handling_unit=?, settle_due=?, extension_days=?, extension_reason=?,
			extension_approver=?, extension_informed=?, reply_text=?, replied_on=?, satisfaction=?,
			review_requested_on=?, review_due=?, review_result=?, review_answered_on=?,
			rereview_requested_on=?, rereview_due=?, rereview_result=?, rereview_answered_on=?, final=?,
			closed_at=?, closed_by=?, due_date=?, updated_at=?
			WHERE id=? AND status=? AND extension_days=?`,
			p.Status, p.DecidedOn, p.AcceptedOn, p.RefusalReason, p.ForwardedTo, nullID(p.ResponsibleID), p.HandlingUnit,
			p.SettleDue, p.ExtensionDays, p.ExtensionReason, p.ExtensionApprover, boolInt(p.ExtensionInformed),
			p.ReplyText, p.RepliedOn, p.Satisfaction, p.ReviewRequestedOn, p.ReviewDue, p.ReviewResult, p.ReviewAnsweredOn,
			p.RereviewRequestedOn, p.RereviewDue, p.RereviewResult, p.RereviewAnsweredOn, boolInt(p.Final),
			p.ClosedAt, p.ClosedBy, due, s.stamp(), p.ID, c.From, c.Extension)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return hall.Conflict("该信访事项刚被他人处理过，状态已变化，请刷新后再操作")
		}
		if err := s.petitionEvent(ctx, tx, a, p.ID, string(c.Action), c.From, p.Status, c.Note); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, c.Action.Label(), "信访事项", p.ID, p.Number)
	})
}

func (s *Store) petitionEvent(ctx context.Context, tx *sql.Tx, a hall.Actor, id int64, action string, from, to hall.PetitionStatus, note string) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO petition_events(petition_id, at, operator_id, operator_name, action, from_status, to_status, note)
		VALUES (?,?,?,?,?,?,?,?)`, id, s.stamp(), a.OperatorID, a.Name, action, from, to, note)
	return err
}

// AddPetitionNote files a progress note or a follow-up (cleaned by the service) on a petition.
func (s *Store) AddPetitionNote(ctx context.Context, a hall.Actor, petitionID int64, n hall.PetitionNote) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		var number string
		err := tx.QueryRowContext(ctx, `SELECT number FROM petitions WHERE id=?`, petitionID).Scan(&number)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该信访事项")
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO petition_notes(petition_id, at, operator_id, operator_name, kind, method, date, text)
			VALUES (?,?,?,?,?,?,?,?)`, petitionID, s.stamp(), a.OperatorID, a.Name, n.Kind, n.Method, n.Date, n.Text); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActCreate, "信访事项", petitionID, number+" "+n.Kind+"记录")
	})
}

// LinkPetitionCase records the counter case a petition started (by the case's number) and
// returns the case id. A petition links to one case; linking again replaces it. The petition
// must still be at the version the clerk saw (updateVersioned).
func (s *Store) LinkPetitionCase(ctx context.Context, a hall.Actor, petitionID, version int64, caseNumber string) (int64, error) {
	var caseID int64
	err := s.tx(ctx, func(tx *sql.Tx) error {
		var number string
		var status hall.PetitionStatus
		err := tx.QueryRowContext(ctx, `SELECT number, status FROM petitions WHERE id=?`, petitionID).Scan(&number, &status)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.NotFound("找不到该信访事项")
		}
		if err != nil {
			return err
		}
		if err := updateVersioned(ctx, tx, "petitions", petitionID, version, nil, nil); err != nil {
			return err
		}
		err = tx.QueryRowContext(ctx, `SELECT id FROM cases WHERE number=?`, strings.ToUpper(strings.TrimSpace(caseNumber))).Scan(&caseID)
		if errors.Is(err, sql.ErrNoRows) {
			return hall.Invalid("caseNumber", "找不到该办件编号，请核对（如 2026D0012）")
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `UPDATE petitions SET case_id=?, updated_at=? WHERE id=?`, caseID, s.stamp(), petitionID); err != nil {
			return err
		}
		if err := s.petitionEvent(ctx, tx, a, petitionID, "link_case", status, status, "办件 "+strings.ToUpper(strings.TrimSpace(caseNumber))); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, hall.ActUpdate, "信访事项", petitionID, number+" 关联办件")
	})
	return caseID, err
}

// PetitionForCase is the petition a counter case was started from, or a zero link.
func (s *Store) PetitionForCase(ctx context.Context, caseID int64) (hall.PetitionLink, error) {
	var l hall.PetitionLink
	err := s.db.QueryRowContext(ctx, `SELECT id, number FROM petitions WHERE case_id=? ORDER BY id LIMIT 1`, caseID).Scan(&l.PetitionID, &l.Number)
	if errors.Is(err, sql.ErrNoRows) {
		return hall.PetitionLink{}, nil
	}
	return l, err
}
