package app

import (
	"context"
	"time"

	"halldesk/backend/hall"
	"halldesk/backend/sqlite"
)

// PetitionService is the petition day (信访接待日): the reception settings and roster, today's
// reception, registration with the repeat warning, the statutory time limits of each petition,
// its lifecycle with the responsible leader (包保), notes and follow-ups, and its documents.
// Reception staff, leaders, supervisors and the administrator use it; counter clerks never do.
type PetitionService struct {
	c    *Core
	seat *Seat
}

// presentPetition adds what the screens need as of today: the running deadline and days left,
// the review window and the actions the operator may take now. Phone numbers are shown as d
// says: masked on lists; on a petition's own page and record in full to the roles that may
// reveal numbers (reception, who takes the petition and calls back; each look is audited by
// fullPetition), masked to the others.
func (c *Core) presentPetition(p hall.Petition, role hall.Role, d hall.Disclosure) hall.Petition {
	today := hall.DateOf(c.today())
	p = p.WithDeadlines(today)
	p.Actions = hall.AllowedPetitionActions(p.State(today), role)
	return maskPetition(p, d)
}

// maskPetition shows a petition's phone numbers as d says.
func maskPetition(p hall.Petition, d hall.Disclosure) hall.Petition {
	p.Phone = d.Phone(p.Phone)
	reps := make([]hall.Representative, len(p.Representatives))
	for i, r := range p.Representatives {
		r.Phone = d.Phone(r.Phone)
		reps[i] = r
	}
	p.Representatives = reps
	return p
}

// petitionNumbers is what a search of the petitions matches a number against, for its audit line.
const petitionNumbers = "信访人电话号码"

// leaderCadre reads a cadre and checks it is an active leader (领导干部).
func (c *Core) leaderCadre(ctx context.Context, id int64, field string) (hall.Cadre, error) {
	cd, err := c.Store.Cadre(ctx, id)
	if hall.IsCode(err, hall.CodeNotFound) {
		return cd, hall.Invalid(field, "所选领导不在干部名册中，请重新选择")
	}
	if err != nil {
		return cd, err
	}
	if cd.Type != hall.LeaderCadreType || !cd.Active {
		return cd, hall.Invalid(field, cd.Name+"不是在岗的领导干部，请在干部名册中核对")
	}
	return cd, nil
}

// repeatsFor finds the earlier petitions of a petitioner (see sqlite.RepeatQuery).
func (c *Core) repeatsFor(ctx context.Context, in RepeatInput, exclude int64) ([]hall.PetitionRepeat, error) {
	q := sqlite.RepeatQuery{ResidentID: in.ResidentID, Name: in.Name, Phone: in.Phone, VillageID: in.VillageID,
		Category: in.Category, Since: hall.DateOf(c.today().AddDate(-1, 0, 0)), ExcludeID: exclude}
	if in.ResidentID > 0 {
		r, err := c.Store.Resident(ctx, in.ResidentID)
		if hall.IsCode(err, hall.CodeNotFound) {
			return []hall.PetitionRepeat{}, nil
		}
		if err != nil {
			return nil, err
		}
		q.Name, q.Phone, q.VillageID = r.Name, r.Phone, r.VillageID
	}
	return c.Store.PetitionRepeats(ctx, q)
}

// RepeatInput is the petitioner being typed in, for the at-once repeat warning.
type RepeatInput struct {
	ResidentID int64  `json:"residentId"`
	Name       string `json:"name"`
	Phone      string `json:"phone"`
	VillageID  int64  `json:"villageId"`
	Category   string `json:"category"`
}

// Repeats lists the earlier petitions of the same resident, the same phone, the same name in
// the same village, or the same category in the same village in the last 12 months: the
// warning shown while a petition is registered. Those re-reviewed (复核) are flagged final.
func (s *PetitionService) Repeats(in RepeatInput) ([]hall.PetitionRepeat, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) ([]hall.PetitionRepeat, error) {
		var err error
		if in.Name, err = hall.CleanText("name", "姓名", in.Name, hall.MaxName, false); err != nil {
			return nil, err
		}
		if in.Phone, err = hall.CleanPhone("phone", "联系电话", in.Phone, false); err != nil {
			in.Phone = "" // a half-typed number matches nothing yet
		}
		if !op.Role.Can(hall.PermRevealSensitive) {
			// matching a typed number against the stored ones would tell a role that is shown
			// only masked numbers whose number it is: it gets the other matches only
			in.Phone = ""
		}
		if in.Category != "" && !oneOfList(in.Category, hall.PetitionCategories) {
			in.Category = ""
		}
		if in.ResidentID == 0 && in.Name == "" && in.Phone == "" && in.VillageID == 0 {
			return []hall.PetitionRepeat{}, nil
		}
		return s.c.repeatsFor(ctx, in, 0)
	})
}

// Register records a petition. The acceptance decision is due 15 calendar days after receipt
// and pointing elsewhere 5 working days after; the repeats found are returned with it.
func (s *PetitionService) Register(in hall.PetitionInput) (hall.Petition, error) {
	return run(s.c, s.seat, hall.PermHandlePetitions, func(ctx context.Context, op hall.Operator) (hall.Petition, error) {
		today := s.c.today()
		in, err := hall.CleanPetition(in, today)
		if err != nil {
			return hall.Petition{}, err
		}
		if in.ReceivedByID > 0 {
			if _, err := s.c.leaderCadre(ctx, in.ReceivedByID, "receivedById"); err != nil {
				return hall.Petition{}, err
			}
		}
		cal, err := s.c.calendar(ctx)
		if err != nil {
			return hall.Petition{}, err
		}
		forward, _ := hall.ForwardDue(cal, in.ReceivedOn)
		id, err := s.c.Store.CreatePetition(ctx, actor(op), sqlite.NewPetition{PetitionInput: in, Year: today.Year(),
			DecisionDue: hall.DecisionDue(in.ReceivedOn), ForwardDue: forward})
		if err != nil {
			return hall.Petition{}, err
		}
		return s.c.fullPetition(ctx, id, op)
	})
}

// fullPetition reads a petition with its details and its repeats, for the petition page.
func (c *Core) fullPetition(ctx context.Context, id int64, op hall.Operator) (hall.Petition, error) {
	p, err := c.Store.Petition(ctx, id)
	if err != nil {
		return p, err
	}
	reps, err := c.repeatsFor(ctx, RepeatInput{ResidentID: p.ResidentID, Name: p.PetitionerName, Phone: p.Phone,
		VillageID: p.VillageID, Category: p.Category}, p.ID)
	if err != nil {
		return p, err
	}
	// Only earlier petitions: a later one shows this one as its repeat, not the other way round.
	p.Repeats = []hall.PetitionRepeat{}
	for _, r := range reps {
		if r.ID < p.ID {
			p.Repeats = append(p.Repeats, r)
		}
	}
	d := hall.DisclosureFor(op.Role)
	if d.Full() && hasPhone(p) {
		// the page shows the numbers in full to reception, who calls back: every look is audited
		if err := c.Store.Audit(ctx, actor(op), hall.ActReveal, "信访件", p.ID, "查看信访件（含完整电话号码）"); err != nil {
			return p, err
		}
	}
	return c.presentPetition(p, op.Role, d), nil
}

// hasPhone reports whether a petition holds a phone number of its petitioner or a representative.
func hasPhone(p hall.Petition) bool {
	if p.Phone != "" {
		return true
	}
	for _, r := range p.Representatives {
		if r.Phone != "" {
			return true
		}
	}
	return false
}

// Get returns one petition with its representatives, deadlines, notes, timeline, earlier
// petitions of the same petitioner and the actions allowed now.
func (s *PetitionService) Get(id int64) (hall.Petition, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (hall.Petition, error) {
		return s.c.fullPetition(ctx, id, op)
	})
}

// List returns one page of the petition ledger: open petitions with their deadlines, overdue
// first. Mine lists the petitions the operator is the responsible leader of (see myLeader).
func (s *PetitionService) List(q hall.PetitionQuery) (hall.PetitionPage, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (hall.PetitionPage, error) {
		if err := hall.CheckQuery(q.Text); err != nil {
			return hall.PetitionPage{}, err
		}
		if err := hall.DateRange(q.From, q.To); err != nil {
			return hall.PetitionPage{}, err
		}
		var me hall.Cadre
		if q.Mine {
			c, ok, err := s.c.Store.LeaderForOperator(ctx, op)
			if err != nil {
				return hall.PetitionPage{}, err
			}
			if !ok {
				return hall.PetitionPage{Items: []hall.Petition{}, Page: 1}, nil
			}
			me, q.ResponsibleID = c, c.ID
		}
		if err := s.c.numberSearch(ctx, op, "信访件", petitionNumbers, q.Text); err != nil {
			return hall.PetitionPage{Items: []hall.Petition{}, Page: 1}, err
		}
		q.Today = hall.DateOf(s.c.today())
		page, err := s.c.Store.SearchPetitions(ctx, q)
		if err != nil {
			return page, err
		}
		for i := range page.Items {
			page.Items[i] = s.c.presentPetition(page.Items[i], op.Role, hall.Masked)
		}
		page.MyLeaderID, page.MyLeaderName = me.ID, me.Name
		return page, nil
	})
}

// Act takes one step of a petition's lifecycle; the state machine and the operator's role
// decide whether it is allowed (an extension and 销案 need a leader).
func (s *PetitionService) Act(in hall.PetitionActionInput) (hall.Petition, error) {
	return run(s.c, s.seat, hall.PermHandlePetitions, func(ctx context.Context, op hall.Operator) (hall.Petition, error) {
		p, err := s.c.Store.Petition(ctx, in.PetitionID)
		if err != nil {
			return p, err
		}
		today := s.c.today()
		to, err := hall.NextPetition(p.State(hall.DateOf(today)), in.Action, op.Role)
		if err != nil {
			return p, err
		}
		if in, err = hall.CleanPetitionAction(in, p, today); err != nil {
			return p, err
		}
		if in.Action == hall.PaAssign {
			if _, err := s.c.leaderCadre(ctx, in.ResponsibleID, "responsibleId"); err != nil {
				return p, err
			}
		}
		from, ext := p.Status, p.ExtensionDays
		next, note := hall.ApplyPetitionAction(p, in, to, op.Name, s.c.Now().UTC().Format(time.RFC3339))
		if in.Action == hall.PaAssign {
			cd, _ := s.c.Store.Cadre(ctx, in.ResponsibleID)
			note = "包保领导：" + cd.Name + "；" + note
		}
		if err := s.c.Store.SavePetitionAction(ctx, actor(op), sqlite.PetitionChange{Version: in.Version, From: from, Extension: ext,
			Petition: next, Action: in.Action, Note: note}); err != nil {
			return p, err
		}
		return s.c.fullPetition(ctx, p.ID, op)
	})
}

// AddNote files a progress note under one of the three responsibilities, or a follow-up.
func (s *PetitionService) AddNote(in hall.PetitionNoteInput) (hall.Petition, error) {
	return run(s.c, s.seat, hall.PermHandlePetitions, func(ctx context.Context, op hall.Operator) (hall.Petition, error) {
		p, err := s.c.Store.Petition(ctx, in.PetitionID)
		if err != nil {
			return p, err
		}
		n, err := hall.CleanPetitionNote(in, p, s.c.today())
		if err != nil {
			return p, err
		}
		if err := s.c.Store.AddPetitionNote(ctx, actor(op), p.ID, n); err != nil {
			return p, err
		}
		return s.c.fullPetition(ctx, p.ID, op)
	})
}

// LinkCaseInput names the counter case a petition started, by its number (e.g. 2026D0012).
type LinkCaseInput struct {
	PetitionID int64  `json:"petitionId"`
	CaseNumber string `json:"caseNumber"`
	Version    int64  `json:"version"` // the version of the petition the clerk saw
}

// LinkCase records the counter case (for example a 低保 application) a petition started. The
// counter takes the case as usual; the petition keeps its id, and ForCase shows the petition on
// the case page.
func (s *PetitionService) LinkCase(in LinkCaseInput) (hall.Petition, error) {
	return run(s.c, s.seat, hall.PermHandlePetitions, func(ctx context.Context, op hall.Operator) (hall.Petition, error) {
		number, err := hall.CleanText("caseNumber", "办件编号", in.CaseNumber, hall.MaxCaseNumber, true)
		if err != nil {
			return hall.Petition{}, err
		}
		if _, err := s.c.Store.LinkPetitionCase(ctx, actor(op), in.PetitionID, in.Version, number); err != nil {
			return hall.Petition{}, err
		}
		return s.c.fullPetition(ctx, in.PetitionID, op)
	})
}

// ForCase is the petition a counter case was started from (zero when none), for the case page.
// Operators who may not see petitions are refused, so the counter sees nothing.
func (s *PetitionService) ForCase(caseID int64) (hall.PetitionLink, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, _ hall.Operator) (hall.PetitionLink, error) {
		return s.c.Store.PetitionForCase(ctx, caseID)
	})
}

// TodayReception is the reception desk's day: who receives petitioners today (or next), where
// and when, and the petitions registered today.
type TodayReception struct {
	Date      hall.Date              `json:"date" ts_type:"string"`
	Weekday   string                 `json:"weekday"`
	Settings  hall.ReceptionSettings `json:"settings"`
	Entry     *hall.RosterEntry      `json:"entry"` // today's reception day; nil when none
	Next      *hall.RosterEntry      `json:"next"`  // the next reception day
	Petitions []hall.Petition        `json:"petitions"`
}

// Today returns today's reception: the roster leader and the petitions registered today.
func (s *PetitionService) Today() (TodayReception, error) {
	return run(s.c, s.seat, hall.PermViewPetitions, func(ctx context.Context, op hall.Operator) (TodayReception, error) {
		today := s.c.today()
		day := hall.DateOf(today)
		out := TodayReception{Date: day, Weekday: hall.WeekdayLabel(today.Weekday())}
		var err error
		if out.Settings, err = s.c.Store.ReceptionSettings(ctx); err != nil {
			return out, err
		}
		if out.Entry, err = s.c.Store.RosterOn(ctx, day); err != nil {
			return out, err
		}
		if out.Next, err = s.c.Store.NextRoster(ctx, day); err != nil {
			return out, err
		}
		list, err := s.c.Store.PetitionsRegisteredOn(ctx, day)
		if err != nil {
			return out, err
		}
		for i := range list {
			list[i] = s.c.presentPetition(list[i], op.Role, hall.Masked)
		}
		out.Petitions = list
		return out, nil
	})
}

func oneOfList(s string, list []string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
