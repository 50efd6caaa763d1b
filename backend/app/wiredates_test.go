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

// TestEveryBoundDateRefusesABadOne: every date a bound method takes (a hall.Date anywhere in its
// arguments: visits, activities, pairings, petitions, coverage, residents, report periods, list
// filters …) is decoded by hall.Date, so a bad one is refused on the wire in Chinese rather than
// stored as text, compared as a string or read as "no date".
func TestEveryBoundDateRefusesABadOne(t *testing.T) {
	dateType := reflect.TypeOf(hall.Date{})
	// paths lists the JSON paths of the Date fields of t (through structs and pointers).
	var paths func(t reflect.Type, seen map[reflect.Type]bool) [][]string
	paths = func(t reflect.Type, seen map[reflect.Type]bool) [][]string {
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
		if t == dateType {
			return [][]string{{}}
		}
		if t.Kind() != reflect.Struct || seen[t] {
			return nil
		}
		seen[t] = true
		defer delete(seen, t)
		var out [][]string
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" {
				continue
			}
			for _, p := range paths(f.Type, seen) {
				if f.Anonymous && name == "" {
					out = append(out, p)
				} else {
					out = append(out, append([]string{name}, p...))
				}
			}
		}
		return out
	}
	checked := 0
	for _, svc := range (&Core{}).Services(nil) {
		st := reflect.TypeOf(svc)
		for m := 0; m < st.NumMethod(); m++ {
			method := st.Method(m)
			for a := 1; a < method.Type.NumIn(); a++ {
				in := method.Type.In(a)
				for _, p := range paths(in, map[reflect.Type]bool{}) {
					if len(p) == 0 {
						continue // a bare Date argument: none is bound today
					}
					body := `"2026-02-29"`
					for i := len(p) - 1; i >= 0; i-- {
						body = `{"` + p[i] + `":` + body + `}`
					}
					arg := reflect.New(in)
					err := json.Unmarshal([]byte(body), arg.Interface())
					if e := hall.AsError(err); e == nil || e.Code != hall.CodeInvalid || e.Message != "“2026-02-29”不是有效日期，应写成年-月-日，如2026-10-01" {
						t.Errorf("%s.%s %s: %v, want refused in Chinese", st.Elem().Name(), method.Name, body, err)
					}
					checked++
				}
			}
		}
	}
	if checked < 25 {
		t.Fatalf("only %d dates found in the bound arguments", checked)
	}
}
