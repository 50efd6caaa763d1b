package app

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// TestABadDateOnTheWireIsInvalid: a bound method's argument is decoded with encoding/json before
// the method runs (Wails' ParseArgs, httpapi's decodeArgs). A date that is not a date is refused
// there as an invalid-input error with a Chinese message, which Wails passes on after its
// "error parsing arguments: " prefix: the frontend reads it as such, never as an internal error.
func TestABadDateOnTheWireIsInvalid(t *testing.T) {
	act, ok := reflect.TypeOf(&CaseService{}).MethodByName("Act")
	if !ok {
		t.Fatal("CaseService.Act is not bound")
	}
	for body, msg := range map[string]string{
		`{"caseId":1,"action":"record_meeting","meeting":{"date":"2026-02-30","participants":"镇民政办","decision":"限期结办"}}`: "“2026-02-30”不是有效日期，应写成年-月-日，如2026-10-01",
		`{"caseId":1,"action":"record_meeting","meeting":{"date":"2026-12-01","deadline":"12/31"}}`:                      "“12/31”不是有效日期，应写成年-月-日，如2026-10-01",
		`{"caseId":1,"action":"record_meeting","meeting":{"date":20261201}}`:                                             "日期应写成年-月-日，如2026-10-01",
	} {
		arg := reflect.New(act.Type.In(1))
		err := json.Unmarshal([]byte(body), arg.Interface())
		e := hall.AsError(err)
		if e == nil || e.Code != hall.CodeInvalid || e.Message != msg {
			t.Errorf("%s: %v, want invalid %q", body, err, msg)
			continue
		}
		rejection := "error parsing arguments: " + err.Error()
		var wire hall.Error
		if json.Unmarshal([]byte(strings.TrimPrefix(rejection, "error parsing arguments: ")), &wire) != nil ||
			wire.Code != hall.CodeInvalid || wire.Message != msg {
			t.Errorf("%s: the rejection %q does not carry the invalid-input error", body, rejection)
		}
	}
	var in hall.TransitionInput
	if err := json.Unmarshal([]byte(`{"caseId":1,"action":"record_meeting","meeting":{"date":"2026-12-01","deadline":""}}`), &in); err != nil ||
		in.Meeting.Date != hall.MustDate("2026-12-01") || !in.Meeting.Deadline.IsZero() {
		t.Fatalf("a good meeting: %+v %v", in.Meeting, err)
	}
}
