package hall

import (
	"strings"
	"testing"
)

func TestQueryCodes(t *testing.T) {
	seen := map[string]bool{}
	for range 1000 {
		c, err := NewQueryCode()
		if err != nil {
			t.Fatal(err)
		}
		if len(c) != QueryCodeLength || strings.Trim(c, QueryCodeAlphabet) != "" || seen[c] {
			t.Fatalf("code %q", c)
		}
		seen[c] = true
		if got, ok := ReadQueryCode(strings.ToLower(c[:4]) + " " + c[4:]); !ok || got != c {
			t.Fatalf("read %q = %q", c, got)
		}
	}
	for _, s := range []string{"", "12345678", "ABCD", "OOOOIIII"} {
		if c, ok := ReadQueryCode(s); ok {
			t.Errorf("%q read as %q", s, c)
		}
	}
	if c, ok := ReadQueryCode("查询码：K7M2-Q9XA"); !ok || c != "K7M2Q9XA" {
		t.Errorf("scanned text: %q %v", c, ok)
	}
}
