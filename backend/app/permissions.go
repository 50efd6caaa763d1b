package app

import "halldesk/backend/hall"

// MethodPermissions is the permission matrix: what each bound method requires ("" is any
// signed-in operator). Which roles hold a permission is in hall's grants. Each method checks its
// permission when it runs; TestPermissionMatrix calls every method as every role and holds both
// to this table, so a method added without a rule here fails the tests.
//
// "" on CaseService.Act and a few others means the method lets in every signed-in operator and
// then checks the permission of what is asked (each case action has its own, see hall's state
// machine), which the state machine's own table tests cover.
var MethodPermissions = map[string]hall.Permission{
	"ActivityService.ContactPoints": hall.PermViewResidents,
	"ActivityService.Due":           hall.PermViewResidents,
	"ActivityService.Kinds":         "",
	"ActivityService.List":          hall.PermViewResidents,
	"ActivityService.Record":        hall.PermRecordVisits,

	"AuditService.List":   hall.PermViewAudit,
	"AuditService.Verify": hall.PermViewAudit,
	"AuditService.Head":   hall.PermViewAudit,

	"AuthService.ChangePassword":  "",
	"AuthService.Preferences":     "",
	"AuthService.SavePreferences": "",

	"BackupService.BackupNow":    hall.PermManageBackups,
	"BackupService.Check":        hall.PermManageBackups,
	"BackupService.ChooseFile":   hall.PermManageBackups,
	"BackupService.ChooseFolder": hall.PermManageBackups,
	"BackupService.Overview":     hall.PermManageBackups,
	"BackupService.Restore":      hall.PermManageBackups,

	"ReplicaService.Overview": hall.PermManageBackups,
	"ReplicaService.Save":     hall.PermManageBackups,
	"ReplicaService.Stop":     hall.PermManageBackups,
	"ReplicaService.Test":     hall.PermManageBackups,

	"BriefingService.Candidates": hall.PermViewReports,
	"BriefingService.Preview":    hall.PermViewReports,
	"BriefingService.Print":      hall.PermViewReports,
	"BriefingService.Save":       hall.PermEditBriefing,

	"CadreService.Get":      "",
	"CadreService.List":     "",
	"CadreService.Save":     hall.PermManageCadres,
	"CadreService.SaveTeam": hall.PermManageCadres,
	"CadreService.Teams":    "",

	"CalendarService.SaveYear": hall.PermManageCalendar,
	"CalendarService.Years":    hall.PermViewCases,

	"CaseService.Act":             hall.PermViewCases,
	"CaseService.Get":             hall.PermViewCases,
	"CaseService.Handlers":        hall.PermViewCases,
	"CaseService.Intake":          hall.PermHandleCases,
	"CaseService.Ledger":          hall.PermViewCases,
	"CaseService.OpenFor":         hall.PermViewCases,
	"CaseService.PrintCompletion": hall.PermViewCases,
	"CaseService.PrintNotice":     hall.PermViewCases,
	"CaseService.PrintReceipt":    hall.PermViewCases,

	"CatalogService.Get":  "",
	"CatalogService.List": "",
	"CatalogService.Save": hall.PermManageCatalog,

	"CoverageService.Assign":       hall.PermRecordVisits,
	"CoverageService.Due":          hall.PermViewResidents,
	"CoverageService.History":      hall.PermViewResidents,
	"CoverageService.Households":   hall.PermViewResidents,
	"CoverageService.PrintPlan":    hall.PermPrint,
	"CoverageService.Review":       hall.PermViewResidents,
	"CoverageService.SaveSettings": hall.PermManageSettings,
	"CoverageService.Settings":     "",
	"CoverageService.Summary":      hall.PermViewResidents,
	"CoverageService.Transfer":     hall.PermRecordVisits,
	"CoverageService.Unassign":     hall.PermRecordVisits,

	"DeviceService.Approve":    hall.PermManageDevices,
	"DeviceService.List":       hall.PermManageDevices,
	"DeviceService.Network":    hall.PermManageDevices,
	"DeviceService.Revoke":     hall.PermManageDevices,
	"DeviceService.SetNetwork": hall.PermManageDevices,

	"DocumentService.Verify": hall.PermVerifyDocuments,

	"DashboardService.Drill":            hall.PermViewReports,
	"DashboardService.ExportScorecards": hall.PermViewReports,
	"DashboardService.Get":              hall.PermViewReports,
	"DashboardService.PrintScorecards":  hall.PermViewReports,
	"DashboardService.Queue":            hall.PermViewReports,
	"DashboardService.Scorecards":       hall.PermViewReports,

	"ExportService.Households": hall.PermViewResidents,
	"ExportService.Ledger":     hall.PermViewCases,
	"ExportService.Petitions":  hall.PermViewPetitions,
	"ExportService.Residents":  hall.PermViewResidents,
	"ExportService.Visits":     hall.PermViewResidents,

	"HouseholdService.Get":        hall.PermViewResidents,
	"HouseholdService.PrintSheet": hall.PermViewResidents,
	"HouseholdService.Save":       hall.PermEditResidents,
	"HouseholdService.Search":     hall.PermViewResidents,

	"ImportService.Check":    hall.PermEditResidents,
	"ImportService.Commit":   hall.PermEditResidents,
	"ImportService.Template": hall.PermEditResidents,

	"OperatorService.List":          hall.PermManageOperators,
	"OperatorService.ResetPassword": hall.PermManageOperators,
	"OperatorService.Save":          hall.PermManageOperators,
	"OperatorService.SetActive":     hall.PermManageOperators,

	"OutreachService.Allowances":    hall.PermViewCases,
	"OutreachService.Export":        hall.PermPrint,
	"OutreachService.Info":          hall.PermViewResidents,
	"OutreachService.List":          hall.PermViewResidents,
	"OutreachService.PrintCallList": hall.PermPrint,
	"OutreachService.PrintPaySheet": hall.PermPrint,
	"OutreachService.SaveSettings":  hall.PermManageSettings,

	"PairService.Donations":      hall.PermViewResidents,
	"PairService.End":            hall.PermRecordVisits,
	"PairService.Help":           hall.PermViewResidents,
	"PairService.List":           hall.PermViewResidents,
	"PairService.Pair":           hall.PermRecordVisits,
	"PairService.RecordDonation": hall.PermRecordVisits,
	"PairService.RecordHelp":     hall.PermRecordVisits,

	"PetitionService.Act":            hall.PermHandlePetitions,
	"PetitionService.AddNote":        hall.PermHandlePetitions,
	"PetitionService.ForCase":        hall.PermViewPetitions,
	"PetitionService.GenerateRoster": hall.PermManageRoster,
	"PetitionService.Get":            hall.PermViewPetitions,
	"PetitionService.Leaders":        hall.PermViewPetitions,
	"PetitionService.LinkCase":       hall.PermHandlePetitions,
	"PetitionService.LinkLeader":     hall.PermManageRoster,
	"PetitionService.List":           hall.PermViewPetitions,
	"PetitionService.PrintRecord":    hall.PermViewPetitions,
	"PetitionService.PrintReply":     hall.PermViewPetitions,
	"PetitionService.PrintRoster":    hall.PermViewPetitions,
	"PetitionService.Register":       hall.PermHandlePetitions,
	"PetitionService.Repeats":        hall.PermViewPetitions,
	"PetitionService.ReplaceLeader":  hall.PermManageRoster,
	"PetitionService.Roster":         hall.PermViewPetitions,
	"PetitionService.SaveSettings":   hall.PermManageRoster,
	"PetitionService.Settings":       hall.PermViewPetitions,
	"PetitionService.SwapRoster":     hall.PermManageRoster,
	"PetitionService.Today":          hall.PermViewPetitions,

	"PlaceService.SaveGroup":   hall.PermManagePlaces,
	"PlaceService.SaveVillage": hall.PermManagePlaces,
	"PlaceService.Villages":    "",

	"QueueService.CallNext":     hall.PermServeQueue,
	"QueueService.CaseTicket":   hall.PermViewCases,
	"QueueService.Config":       hall.PermManageDevices,
	"QueueService.DeskGroups":   hall.PermIssueTickets,
	"QueueService.Finish":       hall.PermServeQueue,
	"QueueService.HallBoard":    hall.PermIssueTickets,
	"QueueService.Issue":        hall.PermIssueTickets,
	"QueueService.MyWindow":     hall.PermServeQueue,
	"QueueService.NoShow":       hall.PermServeQueue,
	"QueueService.Pause":        hall.PermServeQueue,
	"QueueService.Recall":       hall.PermServeQueue,
	"QueueService.Refresh":      hall.PermServeQueue,
	"QueueService.Resume":       hall.PermServeQueue,
	"QueueService.SaveGroup":    hall.PermManageDevices,
	"QueueService.SaveSettings": hall.PermManageDevices,
	"QueueService.SaveWindow":   hall.PermManageDevices,
	"QueueService.Start":        hall.PermServeQueue,
	"QueueService.Transfer":     hall.PermServeQueue,

	"PrintService.ContactCards": hall.PermPrint,
	"PrintService.Counts":       "",
	"PrintService.Leaflet":      hall.PermPrint,
	"PrintService.PocketGuide":  hall.PermPrint,

	"RatingService.BadTickets":    hall.PermViewReports,
	"RatingService.Callback":      hall.PermRecordRatings,
	"RatingService.DecideReview":  hall.PermDecideReview,
	"RatingService.Enter":         hall.PermRecordRatings,
	"RatingService.ForCase":       hall.PermViewCases,
	"RatingService.ProposeReview": hall.PermProposeReview,

	"ResidentService.Get":       hall.PermViewResidents,
	"ResidentService.InspectID": hall.PermViewResidents,
	"ResidentService.Reveal":    hall.PermRevealSensitive,
	"ResidentService.Save":      hall.PermEditResidents,
	"ResidentService.Search":    hall.PermViewResidents,

	"SystemService.About":         "",
	"SystemService.Mongolian":     hall.PermManageSettings,
	"SystemService.SaveMongolian": hall.PermManageSettings,
	"SystemService.SaveSettings":  hall.PermManageSettings,
	"SystemService.Settings":      "",

	"VisitService.Diary":        hall.PermViewResidents,
	"VisitService.FeedbackOwed": hall.PermViewResidents,
	"VisitService.Get":          hall.PermViewResidents,
	"VisitService.GiveFeedback": hall.PermRecordVisits,
	"VisitService.Issues":       hall.PermViewResidents,
	"VisitService.List":         hall.PermViewResidents,
	"VisitService.PrintDiary":   hall.PermPrint,
	"VisitService.Record":       hall.PermRecordVisits,
}
