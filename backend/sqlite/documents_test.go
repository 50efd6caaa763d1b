package sqlite

import (
	"errors"
	"regexp"
	"strings"
	"testing"

	"halldesk/backend/hall"
)

var queryCodeForm = regexp.MustCompile(`^[` + hall.QueryCodeAlphabet + `]{8}$`)

// Upgrading a database gives every case it holds its own query code, and a case inserted without
// one (as the demo data's bulk load does) gets one from the trigger.
func TestQueryCodesFilledAndUnique(t *testing.T) {
	c := &clock{t: start}
	s := openAt(t, copyFixture(t), c)
	var cases, coded, distinct int
	must(t, s.db.QueryRow(`SELECT COUNT(*), COUNT(query_code), COUNT(DISTINCT query_code) FROM cases`).Scan(&cases, &coded, &distinct))
	if cases == 0 || coded != cases || distinct != cases {
		t.Fatalf("%d cases, %d with a code, %d distinct codes", cases, coded, distinct)
	}
	rows, err := s.db.Query(`SELECT query_code FROM cases`)
	must(t, err)
	defer rows.Close()
	for rows.Next() {
		var code string
		must(t, rows.Scan(&code))
		if !queryCodeForm.MatchString(code) {
			t.Errorf("query code %q is not of the alphabet", code)
		}
		if got, ok := hall.ReadQueryCode(code); !ok || got != code {
			t.Errorf("ReadQueryCode(%q) = %q, %v", code, got, ok)
		}
	}
	var id int64
	must(t, s.db.QueryRow(`SELECT id FROM cases LIMIT 1`).Scan(&id))
	code, err := s.CaseQueryCode(ctx, id)
	must(t, err)
	if cs, found, err := s.CaseByQueryCode(ctx, code); err != nil || !found || cs.ID != id {
		t.Errorf("CaseByQueryCode(%s) = case %d, %v, %v; want case %d", code, cs.ID, found, err, id)
	}
	if _, found, err := s.CaseByQueryCode(ctx, "ZZZZZZZZ"); err != nil || found {
		t.Errorf("an unknown code found a case: %v, %v", found, err)
	}
	if _, err := s.db.Exec(`UPDATE cases SET query_code=(SELECT query_code FROM cases WHERE id<>? LIMIT 1) WHERE id=?`, id, id); err == nil {
		t.Error("two cases could share a query code")
	}

	var cols []string
	rows, err = s.db.Query(`SELECT name FROM pragma_table_info('cases') WHERE name NOT IN ('id','number','query_code')`)
	must(t, err)
	for rows.Next() {
		var c string
		must(t, rows.Scan(&c))
		cols = append(cols, c)
	}
	rows.Close()
	list := strings.Join(cols, ",")
	res, err := s.db.Exec(`INSERT INTO cases(number,`+list+`) SELECT 'X2025-TRIGGER',`+list+` FROM cases WHERE id=?`, id)
	must(t, err)
	copyID, _ := res.LastInsertId()
	if code, err := s.CaseQueryCode(ctx, copyID); err != nil || !queryCodeForm.MatchString(code) {
		t.Errorf("a case inserted without a code has %q, %v", code, err)
	}
}

// RecordDocument numbers the day's documents 1, 2, 3 … (a new day starts again), registers the
// hash of what the stamp made, writes the print record line in the same transaction, and leaves
// nothing behind when the stamp fails.
func TestRecordDocument(t *testing.T) {
	s, c, _ := newStore(t)
	stamp := func(number string) ([]byte, int, error) { return []byte("pdf " + number), 1, nil }
	printCount := func() int {
		n, err := s.PrintCounts(ctx, hall.Date{}, hall.Date{})
		must(t, err)
		return n[hall.PrintReceipt]
	}
	a, data, err := s.RecordDocument(ctx, admin, hall.DocumentPrint{Kind: "受理回执", About: "2025J0001", FileName: "受理回执-2025J0001.pdf",
		Log: &hall.PrintLine{Kind: hall.PrintReceipt, Title: "受理回执 2025J0001", Copies: 1}}, stamp)
	must(t, err)
	if a.Number != "HD2025031000001" || string(data) != "pdf HD2025031000001" || len(a.SHA256) != 64 || printCount() != 1 {
		t.Fatalf("first document %+v, %q, %d receipts counted", a, data, printCount())
	}
	b, _, err := s.RecordDocument(ctx, admin, hall.DocumentPrint{Kind: "考评表"}, stamp)
	must(t, err)
	c.advance(24 * 60 * 60 * 1e9)
	d, _, err := s.RecordDocument(ctx, admin, hall.DocumentPrint{Kind: "考评表"}, stamp)
	must(t, err)
	if b.Number != "HD2025031000002" || d.Number != "HD2025031100001" {
		t.Errorf("numbers %s, %s", b.Number, d.Number)
	}
	broken := errors.New("render failed")
	_, _, err = s.RecordDocument(ctx, admin, hall.DocumentPrint{Kind: "受理回执",
		Log: &hall.PrintLine{Kind: hall.PrintReceipt, Title: "受理回执 2025J0002", Copies: 1}},
		func(string) ([]byte, int, error) { return nil, 0, broken })
	if !errors.Is(err, broken) || printCount() != 1 {
		t.Errorf("a failed stamp: %v, %d receipts counted", err, printCount())
	}
	var n int
	must(t, s.db.QueryRow(`SELECT COUNT(*) FROM documents`).Scan(&n))
	if n != 3 {
		t.Errorf("%d documents registered, want 3", n)
	}
	got, found, err := s.Document(ctx, a.Number)
	if err != nil || !found || got != a {
		t.Errorf("Document(%s) = %+v, %v, %v; want %+v", a.Number, got, found, err, a)
	}
	if _, found, err := s.Document(ctx, "HD2025031099999"); err != nil || found {
		t.Errorf("an unknown number: %v, %v", found, err)
	}
	if _, _, err := s.RecordDocument(ctx, admin, hall.DocumentPrint{Kind: " "}, stamp); codeOf(err) != hall.CodeInvalid {
		t.Errorf("no kind: %v", err)
	}
}
