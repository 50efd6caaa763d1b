package app

import (
	"context"
	"slices"

	"halldesk/backend/hall"
	"halldesk/backend/xlsx"
)

// Extension serves another program's services on a Core instead of the hall's: the banner
// console (旗县汇总), which keeps its operators, sessions, audit log and printed documents in a
// HallDesk store of its own and reads each hall through a Core of that hall's copy.
type Extension struct {
	// Name is told to the frontend in Status.Console ("banner"), which then shows its screens.
	Name string
	// Services returns the program's services for one seat (AccountServices first, as a rule).
	Services func(seat *Seat) []any
	// Permissions is the program's method → permission table, as MethodPermissions is the hall's.
	Permissions map[string]hall.Permission
	// Roles are the roles its operators may have (nil: the hall's).
	Roles []hall.Role
}

// checkRole refuses a role the program does not offer (a nil extension is the hall: every role).
func (e *Extension) checkRole(r hall.Role) error {
	if e == nil || e.Roles == nil || slices.Contains(e.Roles, r) {
		return nil
	}
	return hall.Invalid("role", "此处不能使用该角色")
}

// Guarded reports whether the bound method name ("Service.Method") needs a session.
func (c *Core) Guarded(name string) bool {
	if c.Extension != nil {
		_, ok := c.Extension.Permissions[name]
		return ok
	}
	_, ok := MethodPermissions[name]
	return ok
}

// AccountServices are the services every program keeps for its operators: the status and the
// first-start setup, login and passwords, the operators' accounts and the audit log.
func (c *Core) AccountServices(seat *Seat) []any {
	return []any{&SystemService{c, seat}, &AuthService{c, seat}, &OperatorService{c, seat}, &AuditService{c, seat}}
}

// Serve runs an extension's method: a signed-in operator whom allowed lets in (a refusal names
// the role as label calls it), a recovered panic and no internal detail to the user. report
// makes it wait its turn with the reports.
func Serve[T any](c *Core, seat *Seat, report bool, allowed func(hall.Role) bool, label func(hall.Role) string,
	fn func(ctx context.Context, op hall.Operator) (T, error)) (T, error) {
	return run(c, seat, "", func(ctx context.Context, op hall.Operator) (T, error) {
		var zero T
		if !allowed(op.Role) {
			return zero, hall.Forbidden("您的角色（" + label(op.Role) + "）无权进行此操作")
		}
		if report {
			release, err := c.reports.enter(ctx)
			if err != nil {
				return zero, err
			}
			defer release()
		}
		return fn(ctx, op)
	})
}

// Deliver numbers, registers and hands over a PDF as every print of the program does (deliver).
func (c *Core) Deliver(ctx context.Context, op hall.Operator, name string, data []byte, missing []rune) (Document, error) {
	return c.deliver(ctx, actor(op), name, data, missing)
}

// ExportSheet writes the tables to a workbook, audits the export and hands it over.
func (c *Core) ExportSheet(ctx context.Context, op hall.Operator, entity, detail, fileName string, tables ...xlsx.Table) (Document, error) {
	return c.exportSheet(ctx, op, entity, detail, fileName, tables...)
}

// The hall's own reports, read without a session on a Core of one hall's database (the
// banner's read-only copy of it): the same code the hall's screens run.

// HallDashboard is the dashboard of a period.
func (c *Core) HallDashboard(ctx context.Context, p hall.Period) (hall.Dashboard, error) {
	return c.dashboard(ctx, p)
}

// HallDrill is one page of the cases behind a figure, masked, with no actions offered.
func (c *Core) HallDrill(ctx context.Context, q hall.DrillQuery) (hall.DrillPage, error) {
	return c.drill(ctx, q, "")
}

// HallScorecards are the scorecards of a period.
func (c *Core) HallScorecards(ctx context.Context, p hall.Period) (hall.Scorecards, error) {
	return c.scorecards(ctx, p)
}

// HallBriefing is the month's briefing (YYYY-MM) as the hall would print it.
func (c *Core) HallBriefing(ctx context.Context, month string) (hall.Briefing, error) {
	return c.briefing(ctx, hall.Operator{}, month)
}

// HallQueue are the queue figures of a period.
func (c *Core) HallQueue(ctx context.Context, p hall.Period) (hall.QueueFigures, error) {
	return c.queueFigures(ctx, p)
}

// HallPetitions is one page of the petitions q asks for (the banner: those past their limit),
// masked, with no actions offered.
func (c *Core) HallPetitions(ctx context.Context, q hall.PetitionQuery) (hall.PetitionPage, error) {
	q.Today = hall.DateOf(c.today())
	page, err := c.Store.SearchPetitions(ctx, q)
	for i := range page.Items {
		page.Items[i] = c.presentPetition(page.Items[i], "", hall.Masked)
	}
	return page, err
}

// ScorecardTables lays a hall's scorecards out as the hall's own export does (cadres, clerks).
func ScorecardTables(sc hall.Scorecards) []xlsx.Table { return scorecardTables(sc) }
