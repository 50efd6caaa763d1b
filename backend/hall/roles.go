package hall

import "sort"

// Role is an operator's job in the hall. Stored as the English code, shown in Chinese.
type Role string

// The roles of a service hall.
const (
	RoleClerk      Role = "clerk"      // 窗口人员
	RoleReception  Role = "reception"  // 接待人员
	RoleSupervisor Role = "supervisor" // 督导
	RoleLeader     Role = "leader"     // 领导
	RoleAdmin      Role = "admin"      // 管理员
)

// Roles lists every role in display order.
var Roles = []Role{RoleClerk, RoleReception, RoleSupervisor, RoleLeader, RoleAdmin}

var roleLabels = map[Role]string{
	RoleClerk: "窗口人员", RoleReception: "接待人员", RoleSupervisor: "督导", RoleLeader: "领导", RoleAdmin: "管理员",
}

// Label is the role's Chinese name.
func (r Role) Label() string { return roleLabels[r] }

// Valid reports whether r is a known role.
func (r Role) Valid() bool { _, ok := roleLabels[r]; return ok }

// Permission names one thing an operator may do.
type Permission string

// Permissions checked by the services.
const (
	PermViewResidents   Permission = "residents.view"
	PermEditResidents   Permission = "residents.edit"
	PermRevealSensitive Permission = "sensitive.reveal"
	PermManageOperators Permission = "operators.manage"
	PermManagePlaces    Permission = "places.manage"
	PermManageSettings  Permission = "settings.manage"
	PermViewAudit       Permission = "audit.view"
	PermManageCatalog   Permission = "catalog.manage"
	PermViewCases       Permission = "cases.view"
	PermHandleCases     Permission = "cases.handle"
	PermSuperviseCases  Permission = "cases.supervise"
	PermManageCalendar  Permission = "calendar.manage"
	PermManageCadres    Permission = "cadres.manage"
	PermPrint           Permission = "print"

	// Petitions (信访): counter clerks never see them.
	PermViewPetitions    Permission = "petitions.view"
	PermHandlePetitions  Permission = "petitions.handle"
	PermApprovePetitions Permission = "petitions.approve" // extension and 销案: the leader
	PermManageRoster     Permission = "petitions.roster"

	// Household contact work (入户走访): cadres are not operators, so the counter and reception
	// record their coverage, visits, activities and help on their behalf; everyone reads it.
	PermRecordVisits Permission = "visits.record"

	// Backups: see, take and restore them (a restore replaces everybody's data).
	PermManageBackups Permission = "backups.manage"

	// Supervision (督导考评): the dashboard, scorecards, proactive lists and the monthly briefing.
	PermViewReports Permission = "reports.view"
	// PermEditBriefing picks the briefing's notable cases and edits its issue number and
	// distribution lines: the supervisor who writes it, and the administrator.
	PermEditBriefing Permission = "briefing.edit"

	// The citizen's side of the hall: devices, the queue, ratings, documents.
	PermManageDevices   Permission = "devices.manage"   // pair and revoke the hall's devices, the queue's groups and windows
	PermServeQueue      Permission = "queue.serve"      // call, recall and serve tickets at a window
	PermIssueTickets    Permission = "queue.issue"      // take a ticket for a citizen at the desk
	PermRecordRatings   Permission = "ratings.record"   // enter a paper card or a phone callback
	PermProposeReview   Permission = "ratings.propose"  // propose that a rating was malicious
	PermDecideReview    Permission = "ratings.decide"   // decide a proposed review
	PermVerifyDocuments Permission = "documents.verify" // 文书核验
)

var grants = map[Permission][]Role{
	PermViewResidents:   Roles,
	PermEditResidents:   {RoleClerk, RoleReception, RoleAdmin},
	PermRevealSensitive: {RoleClerk, RoleReception, RoleAdmin},
	PermManageOperators: {RoleAdmin},
	PermManagePlaces:    {RoleAdmin},
	PermManageSettings:  {RoleAdmin},
	PermViewAudit:       {RoleAdmin},
	PermManageCatalog:   {RoleAdmin},
	PermViewCases:       Roles,
	PermHandleCases:     {RoleClerk, RoleReception, RoleAdmin},
	PermSuperviseCases:  {RoleSupervisor},
	PermManageCalendar:  {RoleAdmin},
	PermManageCadres:    {RoleAdmin},
	PermPrint:           Roles,

	// Petitions (信访): reception, leaders, supervisors and the administrator; never the counter.
	PermViewPetitions:    {RoleReception, RoleSupervisor, RoleLeader, RoleAdmin},
	PermHandlePetitions:  {RoleReception, RoleSupervisor, RoleLeader, RoleAdmin},
	PermApprovePetitions: {RoleLeader},
	PermManageRoster:     {RoleReception, RoleAdmin},

	PermRecordVisits: {RoleClerk, RoleReception, RoleAdmin},

	PermManageBackups: {RoleAdmin},

	PermViewReports:  {RoleSupervisor, RoleLeader, RoleAdmin},
	PermEditBriefing: {RoleSupervisor, RoleAdmin},

	PermManageDevices:   {RoleAdmin},
	PermServeQueue:      {RoleClerk, RoleAdmin},
	PermIssueTickets:    {RoleClerk, RoleReception, RoleAdmin},
	PermRecordRatings:   {RoleSupervisor},
	PermProposeReview:   {RoleSupervisor},
	PermDecideReview:    {RoleLeader},
	PermVerifyDocuments: {RoleSupervisor, RoleAdmin},
}

// Can reports whether role r holds permission p.
func (r Role) Can(p Permission) bool {
	for _, g := range grants[p] {
		if g == r {
			return true
		}
	}
	return false
}

// PermissionsOf lists what role r may do, for the frontend to hide what it cannot use.
func PermissionsOf(r Role) []string {
	var out []string
	for p, rs := range grants {
		for _, g := range rs {
			if g == r {
				out = append(out, string(p))
			}
		}
	}
	sort.Strings(out)
	return out
}

// AllPermissions lists every permission, sorted.
func AllPermissions() []Permission {
	out := make([]Permission, 0, len(grants))
	for p := range grants {
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}
