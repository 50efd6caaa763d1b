package hall

import (
	"strconv"
	"strings"
)

// Searching by number. A search box that matches ID or phone numbers answers "is there someone
// whose number ends like this?", and asked with ever longer tails it would spell out a whole
// number one character at a time. So a role that may not reveal a number may search by as much
// of it as it is shown (the last 4 characters), and its searches by number count against a limit
// per operator; every search by number, of any role, is audited with the query masked.

// ActNumberSearch is the audit action of a search by ID or phone number.
const ActNumberSearch = "按号码查询"

// SearchTail is how many characters of a number a role that may not reveal it may search by:
// the last 4, which every mask shows anyway.
const SearchTail = 4

// NumberSearch is a search text read as a number: what was typed, without spaces, upper case.
type NumberSearch struct {
	Text string
}

// ParseNumberSearch reads a search text as a number search: at least SearchTail digits (an ID
// number may end in X, a landline may hold hyphens) and nothing else. ok is false for any other
// text, which the search boxes match against names, addresses and case numbers.
func ParseNumberSearch(text string) (q NumberSearch, ok bool) {
	t := strings.ToUpper(strings.TrimSpace(text))
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == 'X' && i == len(t)-1 && i > 0:
			digits++
		case c == '-' && i > 0 && i < len(t)-1:
		default:
			return NumberSearch{}, false
		}
	}
	if digits < SearchTail {
		return NumberSearch{}, false
	}
	return NumberSearch{Text: t}, true
}

// Length is how many characters of a number the search gives (hyphens not counted).
func (q NumberSearch) Length() int { return len(strings.ReplaceAll(q.Text, "-", "")) }

// Masked is the query as the audit log keeps it: its last 4 characters, the rest as *.
func (q NumberSearch) Masked() string {
	n := q.Length()
	plain := strings.ReplaceAll(q.Text, "-", "")
	return strings.Repeat("*", n-SearchTail) + plain[n-SearchTail:]
}

// Allowed refuses a search by more of a number than role r is shown of it.
func (q NumberSearch) Allowed(r Role) error {
	if r.Can(PermRevealSensitive) || q.Length() <= SearchTail {
		return nil
	}
	return Invalid("text", "您的角色只能按身份证号码或电话号码的后"+strconv.Itoa(SearchTail)+
		"位查询，请只输入最后"+strconv.Itoa(SearchTail)+"位")
}

// RateLimited reports whether role r's searches by number count against the per-operator limit:
// those of a role that may not reveal numbers. The counter's roles look citizens up by number all
// day and may reveal a number anyway (audited), so a limit would slow them and hide nothing.
func RateLimited(r Role) bool { return !r.Can(PermRevealSensitive) }

// AuditDetail is the audit line of a search by number: what was searched (kind, e.g.
// 群众的身份证号码或电话号码) and the masked query, never the query itself.
func (q NumberSearch) AuditDetail(kind string) string {
	return "按" + kind + "查询：" + q.Masked() + "（" + strconv.Itoa(q.Length()) + "位）"
}
