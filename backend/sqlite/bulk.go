package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"halldesk/backend/hall"
)

// Bulk loads generated data (the county-scale benchmark data set) into an empty store fast:
// one dedicated connection, prepared statements and large transactions, with the caller
// choosing every row's id. It is for generated data only: rows are not validated and write no
// audit lines of their own (the generator writes one line for the whole load), foreign keys are
// not checked while it runs and a power failure during the load loses the open batch. Nothing
// else may write while a Bulk is open: it holds the store's write lock until Close.
type Bulk struct {
	ctx   context.Context
	s     *Store
	conn  *sql.Conn
	tx    *sql.Tx
	stmts map[string]*sql.Stmt
	batch int // rows per transaction
	n     int // rows in the open transaction
	rows  int // rows written in all
}

// DefaultBulkBatch is the number of rows per transaction: large enough that commits cost
// nothing, small enough that the WAL file stays a few hundred megabytes.
const DefaultBulkBatch = 200_000

// OpenBulk starts a bulk load on its own connection. Close must be called, also after an error.
func (s *Store) OpenBulk(ctx context.Context, batch int) (*Bulk, error) {
	if batch <= 0 {
		batch = DefaultBulkBatch
	}
	s.writes.Lock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		s.writes.Unlock()
		return nil, fmt.Errorf("bulk: connection: %w", err)
	}
	b := &Bulk{ctx: ctx, s: s, conn: conn, stmts: map[string]*sql.Stmt{}, batch: batch}
	// Generated data can simply be generated again, so the load trades durability for speed;
	// Close puts the connection back as every other connection is.
	for _, p := range []string{"PRAGMA foreign_keys=OFF", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-262144", "PRAGMA temp_store=MEMORY"} {
		if _, err := conn.ExecContext(ctx, p); err != nil {
			b.release()
			return nil, fmt.Errorf("bulk: %s: %w", p, err)
		}
	}
	if err := b.begin(); err != nil {
		b.release()
		return nil, err
	}
	// The resident search index is built once by RebuildResidentSearch after the load.
	if err := pauseResidentSearch(ctx, b.tx); err != nil {
		b.release()
		return nil, err
	}
	// The case tallies are recounted once by Close.
	if err := pauseCaseTallies(ctx, b.tx); err != nil {
		b.release()
		return nil, err
	}
	return b, nil
}

func (b *Bulk) begin() error {
	tx, err := b.conn.BeginTx(b.ctx, nil)
	if err != nil {
		return fmt.Errorf("bulk: begin: %w", err)
	}
	b.tx, b.n = tx, 0
	return nil
}

// commit ends the open transaction; its prepared statements go with it.
func (b *Bulk) commit() error {
	for k, st := range b.stmts {
		st.Close()
		delete(b.stmts, k)
	}
	tx := b.tx
	b.tx = nil
	if tx == nil {
		return nil
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("bulk: commit: %w", err)
	}
	return nil
}

// exec runs one insert through its prepared statement and starts a new transaction every
// batch rows.
func (b *Bulk) exec(query string, args ...any) error {
	st, ok := b.stmts[query]
	if !ok {
		var err error
		if st, err = b.tx.PrepareContext(b.ctx, query); err != nil {
			return fmt.Errorf("bulk: prepare: %w", err)
		}
		b.stmts[query] = st
	}
	if _, err := st.ExecContext(b.ctx, args...); err != nil {
		return fmt.Errorf("bulk: %w", err)
	}
	b.rows++
	if b.n++; b.n >= b.batch {
		if err := b.commit(); err != nil {
			return err
		}
		return b.begin()
	}
	return nil
}

// Rows is how many rows the load has written so far.
func (b *Bulk) Rows() int { return b.rows }

// Close commits what is left, brings the case and petition number sequences up to the
// numbers loaded (so the counter's next case gets a fresh number), recounts the case tallies and
// the visits' prev_date (paused during the load, see tallies.go), restores the connection's
// settings, folds the WAL back into the database and releases the write lock.
func (b *Bulk) Close() error {
	err := b.commit()
	if err == nil {
		err = b.sequences()
	}
	if err == nil {
		err = b.tallies()
	}
	if rerr := b.release(); err == nil {
		err = rerr
	}
	return err
}

func (b *Bulk) sequences() error {
	if err := b.begin(); err != nil {
		return err
	}
	for _, q := range []string{
		`INSERT INTO case_sequences(year, letter, last)
			SELECT CAST(substr(number,1,4) AS INTEGER), substr(number,5,1), MAX(CAST(substr(number,6) AS INTEGER))
			FROM cases GROUP BY 1, 2
			ON CONFLICT(year, letter) DO UPDATE SET last=max(last, excluded.last)`,
		`INSERT INTO petition_sequences(year, last)
			SELECT CAST(substr(number,1,4) AS INTEGER), MAX(CAST(substr(number,6) AS INTEGER))
			FROM petitions GROUP BY 1
			ON CONFLICT(year) DO UPDATE SET last=max(last, excluded.last)`,
	} {
		if _, err := b.tx.ExecContext(b.ctx, q); err != nil {
			b.tx.Rollback()
			b.tx = nil
			return fmt.Errorf("bulk: sequences: %w", err)
		}
	}
	return b.commit()
}

// tallies recounts the case tallies paused since OpenBulk.
func (b *Bulk) tallies() error {
	if err := b.begin(); err != nil {
		return err
	}
	if err := fillCaseTallies(b.ctx, b.tx); err != nil {
		b.tx.Rollback()
		b.tx = nil
		return fmt.Errorf("bulk: %w", err)
	}
	return b.commit()
}

// release gives the connection back with the store's usual settings and unlocks writes.
func (b *Bulk) release() error {
	defer b.s.writes.Unlock()
	if b.tx != nil {
		b.tx.Rollback()
		b.tx = nil
	}
	var err error
	for _, p := range []string{"PRAGMA foreign_keys=ON", "PRAGMA synchronous=FULL", "PRAGMA cache_size=-2000",
		"PRAGMA temp_store=DEFAULT", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if _, e := b.conn.ExecContext(b.ctx, p); e != nil && err == nil {
			err = fmt.Errorf("bulk: %s: %w", p, e)
		}
	}
	if e := b.conn.Close(); e != nil && err == nil {
		err = e
	}
	return err
}

// Village writes a 嘎查村 or 社区.
func (b *Bulk) Village(id int64, name, kind string, sort int) error {
	return b.exec(`INSERT INTO villages(id,name,kind,active,sort) VALUES (?,?,?,1,?)`, id, name, kind, sort)
}

// Group writes a village group (组).
func (b *Bulk) Group(id, villageID int64, name string) error {
	return b.exec(`INSERT INTO village_groups(id,village_id,name,active) VALUES (?,?,?,1)`, id, villageID, name)
}

// Household writes a household; at is its creation stamp (UTC RFC 3339).
func (b *Bulk) Household(id, villageID, groupID int64, address, at string) error {
	return b.exec(`INSERT INTO households(id,village_id,group_id,address,created_at,updated_at) VALUES (?,?,?,?,?,?)`,
		id, villageID, nullID(groupID), address, at, at)
}

// Resident writes a resident (cleaned by hall.CleanResident, so birth date and sex follow the
// ID number) with its tags; the reversed ID number is derived as the store always does.
func (b *Bulk) Resident(in hall.ResidentInput, at string) error {
	err := b.exec(`INSERT INTO residents(id,name,id_number,id_reversed,birth_date,sex,phone,village_id,
		group_id,address,household_id,relation,residency,note,created_at,updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		in.ID, in.Name, nullText(in.IDNumber), nullText(reverse(in.IDNumber)), in.BirthDate, in.Sex, in.Phone, in.VillageID,
		nullID(in.GroupID), in.Address, nullID(in.HouseholdID), in.Relation, in.Residency, in.Note, at, at)
	if err != nil {
		return err
	}
	for _, t := range in.Tags {
		if err := b.exec(`INSERT OR IGNORE INTO resident_tags(resident_id,tag) VALUES (?,?)`, in.ID, t); err != nil {
			return err
		}
	}
	return nil
}

// Cadre writes a cadre of the registry with the villages it is stationed in or contacts.
func (b *Bulk) Cadre(c hall.Cadre, at string) error {
	err := b.exec(`INSERT INTO cadres(id,name,position,unit,phone,type,coverage,team_id,active,created_at,updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?)`, c.ID, c.Name, c.Position, c.Unit, c.Phone, c.Type, c.Coverage, nullID(c.TeamID),
		boolInt(c.Active), at, at)
	if err != nil {
		return err
	}
	for _, v := range c.VillageIDs {
		if err := b.exec(`INSERT INTO cadre_villages(cadre_id,village_id) VALUES (?,?)`, c.ID, v); err != nil {
			return err
		}
	}
	return nil
}

// LeaderOperator links a leader cadre to the operator account the leader signs in with.
func (b *Bulk) LeaderOperator(cadreID, operatorID int64) error {
	return b.exec(`INSERT INTO petition_leader_operators(cadre_id,operator_id) VALUES (?,?)`, cadreID, operatorID)
}

// Coverage writes one coverage (包联) period of a household; to is "" while it lasts.
func (b *Bulk) Coverage(householdID, cadreID int64, from, to, note, at string) error {
	return b.exec(`INSERT INTO coverage(household_id,cadre_id,from_date,to_date,note,created_at) VALUES (?,?,?,?,?,?)`,
		householdID, cadreID, from, to, note, at)
}

// Case writes a case as it stands after its last step, with its materials; createdBy is the
// operator who took it and updatedAt the stamp of its last step. Its timeline goes in through
// CaseEvent.
func (b *Bulk) Case(c hall.CaseRecord, createdBy int64, updatedAt string) error {
	m := hall.Meeting{}
	if c.Meeting != nil {
		m = *c.Meeting
	}
	agent := hall.Agent{}
	if c.Agent != nil {
		agent = *c.Agent
	}
	err := b.exec(`INSERT INTO cases(id, number, ledger, item_id, item_code, item_name, item_category,
		applicant_id, agent_name, agent_id_number, agent_relation, agent_entrusted, source, summary, intake_note,
		status, created_at, created_by, accepted_on, promised_days, statutory_days, extension_days, due_date, due_verified,
		handler_id, departments, meeting_date, meeting_participants, meeting_decision, meeting_deadline,
		outcome, outcome_note, monthly_amount, first_paid_month, feedback_method, feedback_at, feedback_by,
		rating, rating_note, remedy_due, remedy_note, remedy_resolved, closed_at, closed_by, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		c.ID, c.Number, c.Ledger, c.ItemID, c.ItemCode, c.ItemName, c.ItemCategory,
		c.ApplicantID, agent.Name, agent.IDNumber, agent.Relation, boolInt(agent.Entrusted), c.Source, c.Summary, c.IntakeNote,
		c.Status, c.CreatedAt, createdBy, c.AcceptedOn, c.PromisedDays, c.StatutoryDays, c.ExtensionDays, c.DueDate, boolInt(c.DueVerified),
		c.HandlerID, c.Departments, m.Date, m.Participants, m.Decision, m.Deadline,
		c.Outcome, c.OutcomeNote, c.MonthlyAmount, c.FirstPaidMonth, c.FeedbackMethod, c.FeedbackAt, c.FeedbackBy,
		c.Rating, c.RatingNote, c.RemedyDue, c.RemedyNote, boolInt(c.RemedyResolved), c.ClosedAt, c.ClosedBy, updatedAt)
	if err != nil {
		return err
	}
	if c.Rating > 0 { // a case written whole was rated at the counter, like the ratings migration 0024 copied
		if err := b.exec(`INSERT INTO ratings(case_id, level, comment, channel, clerk_id, item, at, rectified)
			VALUES (?,?,?,?,?,?,?,?)`, c.ID, c.Rating, c.RatingNote, hall.ChannelCounter, c.HandlerID, c.ItemName, updatedAt,
			boolInt(c.RemedyResolved)); err != nil {
			return err
		}
	}
	for i, mt := range c.Materials {
		if err := b.exec(`INSERT INTO case_materials(case_id,pos,name,original,copies,required,note,received)
			VALUES (?,?,?,?,?,?,?,?)`, c.ID, i, mt.Name, boolInt(mt.Original), mt.Copies, boolInt(mt.Required), mt.Note,
			boolInt(mt.Received)); err != nil {
			return err
		}
	}
	return nil
}

// CaseEvent writes one line of a case's timeline.
func (b *Bulk) CaseEvent(caseID int64, at string, a hall.Actor, action string, from, to hall.Status, note string) error {
	return b.exec(`INSERT INTO case_events(case_id, at, operator_id, operator_name, action, from_status, to_status, note)
		VALUES (?,?,?,?,?,?,?,?)`, caseID, at, a.OperatorID, a.Name, action, from, to, note)
}

// Petition writes a petition as it stands after its last step; recordedBy is the operator who
// registered it and updatedAt the stamp of its last step. due_date is the deadline running in
// its status, as the store keeps it.
func (b *Bulk) Petition(p hall.Petition, recordedBy int64, updatedAt string) error {
	due, _ := p.CurrentDue()
	return b.exec(`INSERT INTO petitions(id, number, form, oral, resident_id, petitioner_name, phone, address,
		village_id, group_visit, head_count, category, facts, request, reasons, received_by, received_on, recorded_by,
		created_at, status, decision_due, forward_due, decided_on, accepted_on, refusal_reason, forwarded_to,
		responsible_id, handling_unit, settle_due, extension_days, extension_reason, extension_approver, extension_informed,
		reply_text, replied_on, satisfaction, review_requested_on, review_due, review_result, review_answered_on,
		rereview_requested_on, rereview_due, rereview_result, rereview_answered_on, final, closed_at, closed_by,
		due_date, updated_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
		p.ID, p.Number, p.Form, boolInt(p.Oral), nullID(p.ResidentID), p.PetitionerName, p.Phone, p.Address,
		nullID(p.VillageID), boolInt(p.GroupVisit), p.HeadCount, p.Category, p.Facts, p.Request, p.Reasons,
		nullID(p.ReceivedByID), p.ReceivedOn, recordedBy, p.CreatedAt, p.Status, p.DecisionDue, p.ForwardDue,
		p.DecidedOn, p.AcceptedOn, p.RefusalReason, p.ForwardedTo, nullID(p.ResponsibleID), p.HandlingUnit, p.SettleDue,
		p.ExtensionDays, p.ExtensionReason, p.ExtensionApprover, boolInt(p.ExtensionInformed), p.ReplyText, p.RepliedOn,
		p.Satisfaction, p.ReviewRequestedOn, p.ReviewDue, p.ReviewResult, p.ReviewAnsweredOn, p.RereviewRequestedOn,
		p.RereviewDue, p.RereviewResult, p.RereviewAnsweredOn, boolInt(p.Final), p.ClosedAt, p.ClosedBy, due, updatedAt)
}

// PetitionEvent writes one line of a petition's timeline.
func (b *Bulk) PetitionEvent(petitionID int64, at string, a hall.Actor, action string, from, to hall.PetitionStatus, note string) error {
	return b.exec(`INSERT INTO petition_events(petition_id, at, operator_id, operator_name, action, from_status, to_status, note)
		VALUES (?,?,?,?,?,?,?,?)`, petitionID, at, a.OperatorID, a.Name, action, from, to, note)
}

// Visit writes a household visit with its diary and the issues raised on it; createdBy is the
// operator who recorded it.
func (b *Bulk) Visit(v hall.Visit, createdBy int64) error {
	err := b.exec(`INSERT INTO visits(id,date,cadre_id,household_id,way,purpose,diary,created_at,created_by)
		VALUES (?,?,?,?,?,?,?,?,?)`, v.ID, v.Date, v.CadreID, v.HouseholdID, v.Way, v.Purpose, v.Diary, v.CreatedAt, createdBy)
	if err != nil {
		return err
	}
	for i, is := range v.Issues {
		if err := b.exec(`INSERT INTO visit_issues(visit_id,pos,kind,text,case_id) VALUES (?,?,?,?,?)`,
			v.ID, i, is.Kind, is.Text, nullID(is.CaseID)); err != nil {
			return err
		}
	}
	return nil
}
