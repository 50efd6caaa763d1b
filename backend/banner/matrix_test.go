package banner_test

import (
	"reflect"
	"testing"

	"halldesk/backend/app"
	"halldesk/backend/banner"
)

// TestMethodPermissions holds the banner's permission table to its bound methods: every method
// of its own services has a rule and every rule a method, so a method added without one fails.
func TestMethodPermissions(t *testing.T) {
	table := banner.MethodPermissions()
	seen := map[string]bool{}
	for _, svc := range (&banner.Console{}).Own(app.NewSeat("")) {
		ty := reflect.TypeOf(svc)
		for i := range ty.NumMethod() {
			name := ty.Elem().Name() + "." + ty.Method(i).Name
			seen[name] = true
			if _, ok := table[name]; !ok {
				t.Errorf("%s has no rule in banner.MethodPermissions", name)
			}
		}
	}
	for _, svc := range (&app.Core{}).AccountServices(app.NewSeat("")) {
		ty := reflect.TypeOf(svc)
		for i := range ty.NumMethod() {
			seen[ty.Elem().Name()+"."+ty.Method(i).Name] = true
		}
	}
	for name := range table {
		if !seen[name] {
			t.Errorf("banner.MethodPermissions names %s, which the banner does not bind", name)
		}
	}
}
