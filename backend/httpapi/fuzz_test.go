package httpapi

import (
	"reflect"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/hall"
)

// FuzzDecodeArgs feeds arbitrary bodies to the argument decoder for a few real method types: it
// must never panic, and every refusal must be a plain invalid-input error with a message.
func FuzzDecodeArgs(f *testing.F) {
	for _, seed := range []string{
		`[{"name":"张伟","idNumber":"150627197803150110","villageId":1}]`,
		`[{"applicantId":1,"itemId":2,"ledger":"代办","received":["身份证"]}]`,
		`[1]`, `[]`, `[null]`, `[{"unknown":1}]`, `[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]`, `{"a":1}`, `["\u0000"]`,
		`[{"name":1}]`, `[1e400]`, `[{"page":-1,"pageSize":99999999999999999999}]`,
	} {
		f.Add([]byte(seed))
	}
	types := []reflect.Method{}
	for _, name := range []string{"ResidentService.Save", "CaseService.Intake", "CaseService.Ledger", "AuditService.List", "CaseService.Get"} {
		types = append(types, methodType(f, name))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, m := range types {
			args, err := decodeArgs(body, m.Type)
			if err != nil {
				e := hall.AsError(err)
				if e == nil || e.Code != hall.CodeInvalid || e.Message == "" {
					t.Fatalf("%s: refusal %v is not a clear invalid-input error", m.Name, err)
				}
				continue
			}
			if len(args) != m.Type.NumIn()-1 {
				t.Fatalf("%s: %d args decoded", m.Name, len(args))
			}
		}
	})
}

func methodType(f *testing.F, name string) reflect.Method {
	for _, svc := range (&app.Core{}).Services(app.NewSeat("")) {
		t := reflect.TypeOf(svc)
		for i := 0; i < t.NumMethod(); i++ {
			if t.Elem().Name()+"."+t.Method(i).Name == name {
				return t.Method(i)
			}
		}
	}
	f.Fatalf("no method %s", name)
	return reflect.Method{}
}
