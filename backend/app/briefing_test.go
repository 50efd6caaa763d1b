package app_test

import (
	"bytes"
	"encoding/base64"
	"strings"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

func briefingOf(e *env, d *desk) *app.BriefingService {
	e.t.Helper()
	svc := app.ServiceOf[*app.BriefingService](e.core, d.seat)
	if svc == nil {
		e.t.Fatal("BriefingService is not bound")
	}
	return svc
}

// The briefing as each role sees it: the supervisor picks a finished case and edits the
// distribution lines, the leader previews and prints but may not edit, the counter may not look.
func TestBriefingRolesPickAndPrint(t *testing.T) {
	c := newCounter(t)
	e := c.e
	yb := c.items["YB-01"]
	c.at("2025-03-10")
	done, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: yb.ID, Source: "大厅窗口", Received: materialNames(yb)})
	must(t, err)
	c.act(t, c.clerk, hall.TransitionInput{CaseID: done.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone})
	c.act(t, c.clerk, hall.TransitionInput{CaseID: done.ID, Action: hall.ActFeedback, FeedbackMethod: "当面"})
	c.rate(t, done.ID, 1, "")
	open, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: c.items["DB-01"].ID, Source: "电话",
		Received: materialNames(c.items["DB-01"])})
	must(t, err)

	sup, leader, clerk := briefingOf(e, e.login("sup")), briefingOf(e, e.login("leader")), briefingOf(e, e.login("clerk"))
	if _, err := clerk.Preview("2025-03"); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("a clerk previews the briefing: %v", err)
	}
	b, err := sup.Preview("2025-03")
	must(t, err)
	if !b.CanEdit || b.IssueNo != 1 || b.Saved || b.Cases.Sorted != 2 || b.Cases.OnSpot != 1 || b.Cases.InProgress != 1 ||
		b.Cases.Satisfaction != 1 || b.IssuedOn != hall.MustDate("2025-03-10") || b.Settings.Office != "便民服务大厅" {
		t.Fatalf("preview: %+v", b)
	}
	if !strings.Contains(b.Sections[0].Paragraphs[0], "梳理群众办事事项2件，其中现场解决1件") {
		t.Errorf("cases prose: %s", b.Sections[0].Paragraphs[0])
	}
	if _, err := sup.Preview("2025-3月"); codeOf(err) != hall.CodeInvalid {
		t.Errorf("a bad month: %v", err)
	}

	cands, err := sup.Candidates(hall.NotableQuery{Month: "2025-03"})
	must(t, err)
	if cands.Total != 1 || cands.Items[0].CaseID != done.ID || !strings.Contains(cands.Items[0].Text, "群众张某某") {
		t.Fatalf("candidates: %+v", cands)
	}
	set := b.Settings
	set.Report, set.Send = "伊金霍洛旗委、旗政府", "各嘎查村（社区）"
	in := hall.BriefingInput{Month: "2025-03", IssueNo: 2, Settings: set,
		Notables: []hall.NotableInput{{CaseID: done.ID, Text: cands.Items[0].Text}}}

	if _, err := leader.Save(in); codeOf(err) != hall.CodeForbidden {
		t.Fatalf("the leader edits the briefing: %v", err)
	}
	bad := in
	bad.Notables = []hall.NotableInput{{CaseID: open.ID, Text: "低保申请正在办理中，尚未办结。"}}
	if e := wantCode(t, mustErr(sup.Save(bad)), hall.CodeInvalid); !strings.Contains(e.Message, "尚未办结") {
		t.Errorf("open case: %s", e.Message)
	}
	saved, err := sup.Save(in)
	must(t, err)
	if !saved.Saved || saved.IssueNo != 2 || len(saved.Notables) != 1 || saved.Sections[len(saved.Sections)-1].Title != "（一）"+yb.Name+"（"+done.Number+"）" {
		t.Fatalf("saved: %+v", saved)
	}

	// the administrator may edit too; the leader prints what was saved
	admin := briefingOf(e, e.login("admin"))
	if _, err := admin.Save(in); err != nil {
		t.Fatalf("the administrator edits the briefing: %v", err)
	}
	doc, err := leader.Print("2025-03")
	must(t, err)
	data, err := base64.StdEncoding.DecodeString(doc.Base64)
	must(t, err)
	if !bytes.HasPrefix(data, []byte("%PDF")) || doc.FileName != "工作简报-2025年第2期.pdf" {
		t.Fatalf("document %q starts %q", doc.FileName, data[:min(8, len(data))])
	}
	log, err := deskOf(e.core, e.login("admin").seat).audit.List(hall.AuditQuery{Action: hall.ActPrint, PageSize: 5})
	must(t, err)
	if len(log.Items) == 0 || log.Items[0].Entity != "工作简报" || log.Items[0].Detail != "2025年3月 第2期" || log.Items[0].OperatorName != "斯琴" {
		t.Errorf("print not audited: %+v", log.Items)
	}
	if _, err := clerk.Print("2025-03"); codeOf(err) != hall.CodeForbidden {
		t.Errorf("a clerk prints the briefing: %v", err)
	}
}

// mustErr drops the value of a call that is expected to fail.
func mustErr[T any](_ T, err error) error { return err }
