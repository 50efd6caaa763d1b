package hall

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Every editable record carries a version (optimistic concurrency): a read returns it, a save or
// a state change names the version the clerk saw, and the store refuses it when the stored one
// differs, so a second tab cannot silently revert what the first one saved.

// Change is one field that differs between a refused save and the record as it is stored now,
// each value shown as the screen shows it (Disclosure): a full number never leaves through it.
type Change struct {
	Label string `json:"label"`
	Old   string `json:"old"` // in the refused save, i.e. on the clerk's screen
	New   string `json:"new"` // as stored now
}

// StaleMessage opens the refusal of a save against an old version.
const StaleMessage = "该记录已被他人修改，您看到的不是最新内容"

// StaleVersion refuses a save against an old version of a record; changes say what is different
// now (possibly none that the screen shows, e.g. a state or a field the form does not hold).
func StaleVersion(changes []Change) *Error {
	msg := StaleMessage
	if len(changes) > 0 {
		parts := make([]string, len(changes))
		for i, c := range changes {
			parts[i] = c.Label + "：" + c.Old + " → " + c.New
		}
		msg += "（" + strings.Join(parts, "；") + "）"
	}
	msg += "。请重新载入后再修改。"
	return &Error{Code: CodeStale, Message: msg, Changes: changes}
}

// Changes lists the fields of stored that carry a `label` struct tag and differ from the field
// of the same json name in saved (a struct or a pointer to one; nil compares nothing). A field
// tagged `mask:"id"` or `mask:"phone"` is compared in full and shown as d shows it, and is left
// out when saved holds it empty (a form that never had the number keeps the stored one).
func Changes(d Disclosure, saved, stored any) []Change {
	out := []Change{}
	sv, tv := structValue(saved), structValue(stored)
	if !sv.IsValid() || !tv.IsValid() {
		return out
	}
	byName := map[string]reflect.Value{}
	for i := 0; i < sv.NumField(); i++ {
		if name := jsonName(sv.Type().Field(i)); name != "" {
			byName[name] = sv.Field(i)
		}
	}
	for i := 0; i < tv.NumField(); i++ {
		f := tv.Type().Field(i)
		label := f.Tag.Get("label")
		other, ok := byName[jsonName(f)]
		if label == "" || !ok {
			continue
		}
		was, now := showValue(other), showValue(tv.Field(i))
		if was == now {
			continue
		}
		switch f.Tag.Get("mask") {
		case "id":
			if was == "" {
				continue
			}
			was, now = d.IDNumber(was), d.IDNumber(now)
		case "phone":
			if was == "" {
				continue
			}
			was, now = d.Phone(was), d.Phone(now)
		}
		out = append(out, Change{Label: label, Old: orNone(was), New: orNone(now)})
	}
	return out
}

func structValue(x any) reflect.Value {
	v := reflect.ValueOf(x)
	for v.IsValid() && v.Kind() == reflect.Pointer {
		v = v.Elem()
	}
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	return v
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	if name == "-" {
		return ""
	}
	return name
}

// showValue is a field's value as text: lists sorted and joined with 、, yes/no in Chinese.
func showValue(v reflect.Value) string {
	if l, ok := v.Interface().(interface{ Label() string }); ok {
		return l.Label()
	}
	if s, ok := v.Interface().(fmt.Stringer); ok {
		return s.String()
	}
	switch v.Kind() {
	case reflect.String:
		return v.String()
	case reflect.Bool:
		if v.Bool() {
			return "是"
		}
		return "否"
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if v.Int() == 0 {
			return ""
		}
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Struct:
		if name := v.FieldByName("Name"); name.IsValid() && name.Kind() == reflect.String {
			return name.String()
		}
	case reflect.Slice:
		parts := make([]string, v.Len())
		for i := range parts {
			parts[i] = showValue(v.Index(i))
		}
		sort.Strings(parts) // a list of tags is a set: the order it was read in is no change
		return strings.Join(parts, "、")
	}
	return fmt.Sprint(v.Interface())
}

func orNone(s string) string {
	if s == "" {
		return "（空）"
	}
	return s
}
