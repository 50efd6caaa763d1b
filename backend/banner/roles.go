package banner

import (
	"strings"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// The banner's three roles are kept in its own store under the hall's role codes (the store's
// operators table knows no others) and named only as the banner names them: its administrator
// manages the halls and operators, its supervisor and its leader read, print and export.
var roleLabels = map[hall.Role]string{
	hall.RoleAdmin: "旗县管理员", hall.RoleSupervisor: "旗县督导", hall.RoleLeader: "旗县领导",
}

// Roles lists the banner's roles in display order, each with its label.
var Roles = []RoleOption{
	{Role: hall.RoleAdmin, Label: roleLabels[hall.RoleAdmin]},
	{Role: hall.RoleSupervisor, Label: roleLabels[hall.RoleSupervisor]},
	{Role: hall.RoleLeader, Label: roleLabels[hall.RoleLeader]},
}

// RoleOption is one role the banner offers.
type RoleOption struct {
	Role  hall.Role `json:"role"`
	Label string    `json:"label"`
}

// RoleLabel is the banner's name for r ("" for a role the banner does not use).
func RoleLabel(r hall.Role) string { return roleLabels[r] }

// The banner's permissions.
const (
	// PermView reads the halls, the dashboard and the masked lists behind it.
	PermView hall.Permission = "banner.view"
	// PermReport prints the banner's briefing and exports its lists and scorecards.
	PermReport hall.Permission = "banner.report"
	// PermManage keeps the registry of halls and their replicas' targets.
	PermManage hall.Permission = "banner.manage"
)

var grants = map[hall.Permission][]hall.Role{
	PermView:   {hall.RoleAdmin, hall.RoleSupervisor, hall.RoleLeader},
	PermReport: {hall.RoleAdmin, hall.RoleSupervisor, hall.RoleLeader},
	PermManage: {hall.RoleAdmin},
}

// Can reports whether the banner's role r holds permission p.
func Can(r hall.Role, p hall.Permission) bool {
	for _, g := range grants[p] {
		if g == r {
			return true
		}
	}
	return false
}

// PermissionsOf lists the banner permissions of r, for the screens to hide what it cannot use.
func PermissionsOf(r hall.Role) []string {
	out := []string{}
	for _, p := range []hall.Permission{PermView, PermReport, PermManage} {
		if Can(r, p) {
			out = append(out, string(p))
		}
	}
	return out
}

// ownMethods is what each of the banner's own bound methods requires.
var ownMethods = map[string]hall.Permission{
	"BannerService.Status":                 "",
	"BannerHallService.List":               PermView,
	"BannerHallService.Get":                PermManage,
	"BannerHallService.Save":               PermManage,
	"BannerHallService.Remove":             PermManage,
	"BannerHallService.Check":              PermManage,
	"BannerHallService.Refresh":            PermView,
	"BannerReportService.Dashboard":        PermView,
	"BannerReportService.Drill":            PermView,
	"BannerReportService.Petitions":        PermView,
	"BannerReportService.Scorecards":       PermView,
	"BannerReportService.PrintBriefing":    PermReport,
	"BannerReportService.ExportList":       PermReport,
	"BannerReportService.ExportScorecards": PermReport,
}

// MethodPermissions is the banner's permission matrix: its own methods, and the account methods
// it keeps from the hall's services (status, login, passwords, operators, the audit log) under
// the hall's rules.
func MethodPermissions() map[string]hall.Permission {
	out := map[string]hall.Permission{}
	for name, p := range app.MethodPermissions {
		for _, svc := range []string{"SystemService.", "AuthService.", "OperatorService.", "AuditService."} {
			if strings.HasPrefix(name, svc) {
				out[name] = p
			}
		}
	}
	for name, p := range ownMethods {
		out[name] = p
	}
	return out
}
