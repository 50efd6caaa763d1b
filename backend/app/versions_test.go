package app_test

import (
	"context"
	"reflect"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// versionOf is the stored version of a record, read by read, for an edit that is not the point of
// a test: a clerk edits the record as the screen last read it.
func versionOf[T any](e *env, read func(context.Context, int64) (T, error), id int64) int64 {
	e.t.Helper()
	x, err := read(context.Background(), id)
	if err != nil {
		e.t.Fatal(err)
	}
	return reflect.ValueOf(x).FieldByName("Version").Int()
}

// actOn takes a case action as a clerk does: on the case as the screen last read it.
func actOn(svc *app.CaseService, in hall.TransitionInput) (hall.Case, error) {
	cs, err := svc.Get(in.CaseID)
	if err != nil {
		return cs, err
	}
	in.Version = cs.Version
	return svc.Act(in)
}

// TestCaseActionChecksTheVersion: two screens show a case in progress at the same version; the
// supervisor extends it, then the clerk, from the old version, completes it: refused as stale,
// nothing written; from the case as it stands now the clerk's action goes through.
func TestCaseActionChecksTheVersion(t *testing.T) {
	c := newCounter(t)
	it := c.items["YB-03"]
	cs, err := c.clerk.Intake(hall.IntakeInput{ApplicantID: c.applicant.ID, ItemID: it.ID, Source: "大厅窗口", Received: materialNames(it)})
	must(t, err)
	seen := c.act(t, c.clerk, hall.TransitionInput{CaseID: cs.ID, Action: hall.ActStart})

	_, err = c.sup.Act(hall.TransitionInput{CaseID: cs.ID, Action: hall.ActExtend, Note: "入户调查延后", ExtensionDays: 3, Version: seen.Version})
	must(t, err)
	before, err := c.clerk.Get(cs.ID)
	must(t, err)
	_, err = c.clerk.Act(hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone, Version: seen.Version})
	if codeOf(err) != hall.CodeStale {
		t.Fatalf("complete from an old version: %v, want stale", err)
	}
	after, err := c.clerk.Get(cs.ID)
	must(t, err)
	if after.Status != hall.StatusInProgress || after.Version != before.Version || len(after.Timeline) != len(before.Timeline) {
		t.Fatalf("the refused action wrote: %+v", after)
	}
	done, err := c.clerk.Act(hall.TransitionInput{CaseID: cs.ID, Action: hall.ActComplete, Outcome: hall.OutcomeDone, Version: after.Version})
	must(t, err)
	if done.Status != hall.StatusDone || done.Version != after.Version+1 {
		t.Fatalf("complete from the version now stored: %+v", done)
	}
}
