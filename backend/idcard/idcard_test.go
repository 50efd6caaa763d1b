package idcard

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
)

// today is the fixed "today" every test parses against.
var today = time.Date(2026, 11, 25, 0, 0, 0, 0, time.UTC)

// The two published valid examples (DOMAIN.md, GB 11643-1999).
var examples = []string{"11010519491231002X", "34052419800101001X"}

const alphabet = "0123456789X"

// withCheck appends the correct check character to 17 digits, so that only
// the part under test (e.g. the date) is wrong.
func withCheck(first17 string) string {
	return first17 + string(CheckChar(first17))
}

// refCheck is an independent formulation of the GB 11643 mod 11-2 check:
// weight_i = 2^(18-i) mod 11 (i = 1..17), check value = (12 - S mod 11) mod 11,
// with 10 written as X.
func refCheck(first17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		w := 1
		for k := 0; k < 17-i; k++ {
			w = w * 2 % 11
		}
		sum += int(first17[i]-'0') * w
	}
	v := (12 - sum%11) % 11
	if v == 10 {
		return 'X'
	}
	return byte('0' + v)
}

// isRejection reports whether err is one of the package's documented refusals.
func isRejection(err error) bool {
	var ce *CheckError
	return errors.As(err, &ce) ||
		errors.Is(err, ErrChars) || errors.Is(err, ErrBirthDate) ||
		errors.Is(err, ErrFuture) || errors.Is(err, ErrAddress)
}

func date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

func TestParseValid(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		number   string
		address  string
		birth    time.Time
		sex      Sex
		age      int
		upgraded bool
	}{
		{"example 1", "11010519491231002X", "11010519491231002X", "110105", date(1949, 12, 31), Female, 76, false},
		{"example 2", "34052419800101001X", "34052419800101001X", "340524", date(1980, 1, 1), Male, 46, false},
		{"lower-case x", "11010519491231002x", "11010519491231002X", "110105", date(1949, 12, 31), Female, 76, false},
		{"lower-case x 2", "34052419800101001x", "34052419800101001X", "340524", date(1980, 1, 1), Male, 46, false},
		{"surrounding spaces", "  34052419800101001x\t\n", "34052419800101001X", "340524", date(1980, 1, 1), Male, 46, false},
		{"ideographic space", "\u300011010519491231002X\u3000", "11010519491231002X", "110105", date(1949, 12, 31), Female, 76, false},
		{"15-digit upgrade", "110105491231002", "11010519491231002X", "110105", date(1949, 12, 31), Female, 76, true},
		{"15-digit upgrade 2", "340524800101001", "34052419800101001X", "340524", date(1980, 1, 1), Male, 46, true},
		{"15-digit upgrade spaces", " 110105491231002 ", "11010519491231002X", "110105", date(1949, 12, 31), Female, 76, true},
		{"odd sequence 003 is male", withCheck("11010519491231003"), withCheck("11010519491231003"), "110105", date(1949, 12, 31), Male, 76, false},
		{"even sequence 010 is female", withCheck("11010519491231010"), withCheck("11010519491231010"), "110105", date(1949, 12, 31), Female, 76, false},
		{"born today", withCheck("11010520261125001"), withCheck("11010520261125001"), "110105", date(2026, 11, 25), Male, 0, false},
		{"birthday tomorrow, age not yet reached", withCheck("11010520001126002"), withCheck("11010520001126002"), "110105", date(2000, 11, 26), Female, 25, false},
		{"birthday today, age reached", withCheck("11010520001125002"), withCheck("11010520001125002"), "110105", date(2000, 11, 25), Female, 26, false},
		{"leap day 2000-02-29", withCheck("11010520000229001"), withCheck("11010520000229001"), "110105", date(2000, 2, 29), Male, 26, false},
		{"1850 is accepted", withCheck("11010518500101001"), withCheck("11010518500101001"), "110105", date(1850, 1, 1), Male, 176, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := Parse(tc.in, today)
			if err != nil {
				t.Fatalf("Parse(%q) error: %v", tc.in, err)
			}
			if id.Number != tc.number {
				t.Errorf("Number = %q, want %q", id.Number, tc.number)
			}
			if id.Address != tc.address {
				t.Errorf("Address = %q, want %q", id.Address, tc.address)
			}
			if !id.BirthDate.Equal(tc.birth) || id.BirthDate.Location() != time.UTC {
				t.Errorf("BirthDate = %v, want %v (UTC midnight)", id.BirthDate, tc.birth)
			}
			if id.Sex != tc.sex {
				t.Errorf("Sex = %q, want %q", id.Sex, tc.sex)
			}
			if got := id.Age(today); got != tc.age {
				t.Errorf("Age(%s) = %d, want %d", today.Format(time.DateOnly), got, tc.age)
			}
			if id.Upgraded != tc.upgraded {
				t.Errorf("Upgraded = %v, want %v", id.Upgraded, tc.upgraded)
			}
		})
	}
}

// today given in a zone east of UTC: the calendar date in that zone counts.
func TestParseTodayInOtherZone(t *testing.T) {
	beijing := time.FixedZone("CST", 8*3600)
	now := time.Date(2026, 11, 25, 0, 30, 0, 0, beijing) // still 11-24 in UTC
	if _, err := Parse(withCheck("11010520261125001"), now); err != nil {
		t.Errorf("born on today's local date: %v", err)
	}
	if _, err := Parse(withCheck("11010520261126001"), now); !errors.Is(err, ErrFuture) {
		t.Errorf("born tomorrow: err = %v, want ErrFuture", err)
	}
}

func TestAge(t *testing.T) {
	id, err := Parse("11010519491231002X", today)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		on   time.Time
		want int
	}{
		{date(1949, 12, 31), 0},
		{date(1950, 12, 30), 0},
		{date(1950, 12, 31), 1},
		{date(2026, 12, 30), 76},
		{date(2026, 12, 31), 77},
	}
	for _, tc := range tests {
		t.Run(tc.on.Format(time.DateOnly), func(t *testing.T) {
			if got := id.Age(tc.on); got != tc.want {
				t.Errorf("Age = %d, want %d", got, tc.want)
			}
		})
	}
}

func TestParseInvalid(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"only spaces", "   ", ErrEmpty},
		{"17 digits", "11010519491231002", ErrLength},
		{"19 characters", "11010519491231002X0", ErrLength},
		{"16 digits", "1101051949123100", ErrLength},
		{"14 digits", "11010549123100", ErrLength},
		{"short letters", "abc", ErrLength},
		{"letters in 18", "1101051949123100AX", ErrChars},
		{"letter in address", "11A10519491231002X", ErrChars},
		{"X not last", "1101051949123100X2", ErrChars},
		{"18 letters", "ABCDEFGHIJKLMNOPQR", ErrChars},
		{"X in 15-digit form", "11010549123100X", ErrChars},
		{"letters in 15", "11010549123100a", ErrChars},
		{"inner space", "110105 19491231002X", ErrLength},
		{"inner space 18", "110105 9491231002X", ErrChars},
		{"Chinese text", "身份证号码", ErrChars},
		{"Chinese 18 bytes", "身份证号码吗", ErrChars},
		{"full-width digits", "１１０１０５１９４９１２３１００２Ｘ", ErrChars},
		{"Feb 30", withCheck("11010519900230001"), ErrBirthDate},
		{"month 13", withCheck("11010519901301001"), ErrBirthDate},
		{"month 00", withCheck("11010519900001001"), ErrBirthDate},
		{"day 00", withCheck("11010519900100001"), ErrBirthDate},
		{"day 32", withCheck("11010519900132001"), ErrBirthDate},
		{"Apr 31", withCheck("11010519900431001"), ErrBirthDate},
		{"1900-02-29 not a leap year", withCheck("11010519000229001"), ErrBirthDate},
		{"2023-02-29 not a leap year", withCheck("11010520230229001"), ErrBirthDate},
		{"before 1850", withCheck("11010518491231001"), ErrBirthDate},
		{"year 0000", withCheck("11010500000101001"), ErrBirthDate},
		{"15-digit Feb 30", "110105900230001", ErrBirthDate},
		{"future: tomorrow", withCheck("11010520261126001"), ErrFuture},
		{"future: next year", withCheck("11010520270101001"), ErrFuture},
		{"future: far", withCheck("11010599991231001"), ErrFuture},
		{"address starts with 0", withCheck("01010519491231002"), ErrAddress},
		{"address 000000", withCheck("00000019491231002"), ErrAddress},
		{"15-digit address 0", "010105491231002", ErrAddress},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			id, err := Parse(tc.in, today)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Parse(%q) = %+v, %v; want error %v", tc.in, id, err, tc.want)
			}
			if id != (ID{}) {
				t.Errorf("Parse(%q) returned non-zero ID %+v with error", tc.in, id)
			}
		})
	}
}

func TestCheckErrorOnWrongCheckChar(t *testing.T) {
	tests := []struct {
		in        string
		got, want byte
	}{
		{"110105194912310021", '1', 'X'},
		{"340524198001010010", '0', 'X'},
		{"110105194912310020", '0', 'X'},
		{"11010519491231003X", 'X', CheckChar("11010519491231003")},
		{"11010519491231003x", 'X', CheckChar("11010519491231003")},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			_, err := Parse(tc.in, today)
			var ce *CheckError
			if !errors.As(err, &ce) {
				t.Fatalf("err = %v, want *CheckError", err)
			}
			if ce.Got != tc.got || ce.Want != tc.want {
				t.Errorf("CheckError{Got: %q, Want: %q}, want {Got: %q, Want: %q}", ce.Got, ce.Want, tc.got, tc.want)
			}
			msg := ce.Error()
			if !strings.Contains(msg, "核对身份证原件") {
				t.Errorf("message %q does not ask to check the card", msg)
			}
			if strings.ContainsRune(msg, rune(tc.want)) || strings.ContainsRune(msg, rune(tc.got)) {
				t.Errorf("message %q names a check character (want %q, got %q)", msg, tc.want, tc.got)
			}
		})
	}
}

// Every single-character change of a valid number must be refused.
func TestSingleCharacterChanges(t *testing.T) {
	for _, ex := range examples {
		for pos := 0; pos < 18; pos++ {
			t.Run(fmt.Sprintf("%s/pos%02d", ex, pos+1), func(t *testing.T) {
				for i := 0; i < len(alphabet); i++ {
					c := alphabet[i]
					if c == ex[pos] {
						continue
					}
					mutated := ex[:pos] + string(c) + ex[pos+1:]
					_, err := Parse(mutated, today)
					if err == nil {
						t.Errorf("Parse(%q) accepted a single-character change at position %d", mutated, pos+1)
						continue
					}
					if !isRejection(err) {
						t.Errorf("Parse(%q): unexpected error %v", mutated, err)
					}
					var ce *CheckError
					switch {
					case pos == 17:
						if !errors.As(err, &ce) {
							t.Errorf("Parse(%q) = %v, want *CheckError", mutated, err)
						} else if ce.Want != ex[17] || ce.Got != c {
							t.Errorf("Parse(%q): CheckError{Got: %q, Want: %q}, want {Got: %q, Want: %q}", mutated, ce.Got, ce.Want, c, ex[17])
						}
					case c == 'X':
						if !errors.Is(err, ErrChars) {
							t.Errorf("Parse(%q) = %v, want ErrChars", mutated, err)
						}
					case pos >= 6 && pos < 14:
						// The date changed: either it is no longer a real
						// date, or it is and the check catches the change.
						if errors.As(err, &ce) && ce.Want != CheckChar(mutated[:17]) {
							t.Errorf("Parse(%q): Want = %q, want %q", mutated, ce.Want, CheckChar(mutated[:17]))
						}
					case pos == 0 && c == '0':
						if !errors.Is(err, ErrAddress) {
							t.Errorf("Parse(%q) = %v, want ErrAddress", mutated, err)
						}
					default:
						if !errors.As(err, &ce) {
							t.Errorf("Parse(%q) = %v, want *CheckError", mutated, err)
						} else if ce.Got != ex[17] || ce.Want != CheckChar(mutated[:17]) {
							t.Errorf("Parse(%q): CheckError{Got: %q, Want: %q}", mutated, ce.Got, ce.Want)
						}
					}
				}
			})
		}
	}
}

// Swapping two adjacent different characters must be refused. Among the first
// 17 digits the mod 11-2 check detects every such swap; swapping positions 17
// and 18 is caught here because both examples end in X, which may only stand last.
func TestAdjacentTranspositions(t *testing.T) {
	for _, ex := range examples {
		for pos := 0; pos < 17; pos++ {
			if ex[pos] == ex[pos+1] {
				continue
			}
			b := []byte(ex)
			b[pos], b[pos+1] = b[pos+1], b[pos]
			swapped := string(b)
			t.Run(swapped, func(t *testing.T) {
				_, err := Parse(swapped, today)
				if err == nil {
					t.Fatalf("Parse(%q) accepted a swap of positions %d and %d", swapped, pos+1, pos+2)
				}
				if !isRejection(err) {
					t.Errorf("unexpected error %v", err)
				}
				if pos < 16 && CheckChar(swapped[:17]) == ex[17] {
					t.Errorf("check character does not detect the swap of positions %d and %d", pos+1, pos+2)
				}
				if pos == 16 && !errors.Is(err, ErrChars) {
					t.Errorf("err = %v, want ErrChars (X moved off the last position)", err)
				}
			})
		}
	}
}

// The check alone detects every single-digit substitution and every adjacent
// transposition among the 17 digits, whatever the date says.
func TestCheckCharDetection(t *testing.T) {
	bases := []string{"11010519491231002", "34052419800101001", "15262819870615123", "98765432109876543"}
	for _, base := range bases {
		t.Run(base, func(t *testing.T) {
			orig := CheckChar(base)
			for pos := 0; pos < 17; pos++ {
				for d := byte('0'); d <= '9'; d++ {
					if d == base[pos] {
						continue
					}
					m := base[:pos] + string(d) + base[pos+1:]
					if CheckChar(m) == orig {
						t.Errorf("substitution %q -> %q not detected", base, m)
					}
				}
				if pos < 16 && base[pos] != base[pos+1] {
					b := []byte(base)
					b[pos], b[pos+1] = b[pos+1], b[pos]
					if CheckChar(string(b)) == orig {
						t.Errorf("transposition %q -> %q not detected", base, b)
					}
				}
			}
		})
	}
	// Exhaustively over digit pairs and positions, relative to an all-zero base.
	for pos := 0; pos < 16; pos++ {
		for a := byte('0'); a <= '9'; a++ {
			for b := byte('0'); b <= '9'; b++ {
				if a == b {
					continue
				}
				x := []byte(strings.Repeat("0", 17))
				x[pos], x[pos+1] = a, b
				y := []byte(strings.Repeat("0", 17))
				y[pos], y[pos+1] = b, a
				if CheckChar(string(x)) == CheckChar(string(y)) {
					t.Errorf("transposition %q / %q not detected", x, y)
				}
			}
		}
	}
}

func TestCheckChar(t *testing.T) {
	// Hand-computed: S = Σ digit×weight, S mod 11 -> "10X98765432".
	tests := []struct {
		first17 string
		want    byte
	}{
		{"11010519491231002", 'X'}, // S = 167, mod 11 = 2
		{"34052419800101001", 'X'}, // S = 189, mod 11 = 2
		{"11010519491231000", '3'}, // S = 163, mod 11 = 9
		{"11010519491231001", '1'}, // S = 165, mod 11 = 0
		{"11010519491231003", '8'}, // mod 11 = 4
		{"11010519491231004", '6'}, // mod 11 = 6
		{"11010519491231005", '4'}, // mod 11 = 8
		{"11010519491231006", '2'}, // mod 11 = 10
		{"11010519491231007", '0'}, // mod 11 = 1
		{"11010519491231008", '9'}, // mod 11 = 3
		{"11010519491231009", '7'}, // mod 11 = 5
		{"11010519491231018", '5'}, // S = 183, mod 11 = 7
		{"00000000000000000", '1'}, // S = 0
	}
	for _, tc := range tests {
		t.Run(tc.first17, func(t *testing.T) {
			if got := CheckChar(tc.first17); got != tc.want {
				t.Errorf("CheckChar(%q) = %q, want %q", tc.first17, got, tc.want)
			}
			if got := refCheck(tc.first17); got != tc.want {
				t.Errorf("reference check(%q) = %q, want %q (test table wrong?)", tc.first17, got, tc.want)
			}
		})
	}
	// Only the first 17 characters count.
	if got := CheckChar("11010519491231002X"); got != 'X' {
		t.Errorf("CheckChar of 18 characters = %q, want X", got)
	}
	// Cross-check against the independent formulation on many inputs.
	seed := uint64(1)
	for n := 0; n < 2000; n++ {
		b := make([]byte, 17)
		for i := range b {
			seed = seed*6364136223846793005 + 1442695040888963407
			b[i] = byte('0' + (seed>>33)%10)
		}
		if got, want := CheckChar(string(b)), refCheck(string(b)); got != want {
			t.Fatalf("CheckChar(%q) = %q, reference %q", b, got, want)
		}
	}
}

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"11010519491231002X", "**************002X"},
		{"34052419800101001X", "**************001X"},
		{"110105491231002", "***********1002"},
		{"12345678", "****5678"},
		{"1234567", "*******"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			if got := Mask(tc.in); got != tc.want {
				t.Errorf("Mask(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	seeds := []string{
		"11010519491231002X",
		"34052419800101001X",
		"11010519491231002x",
		"110105491231002",
		"340524800101001",
		"11010519491231002",   // 17
		"11010519491231002X0", // 19
		"110105194912310021",
		"11010519900230001X",
		"01010519491231002X",
		"11010599991231001X",
		"110105900230001",
		"",
		"   ",
		"X",
		"xxxxxxxxxxxxxxxxxx",
		"身份证号码",
		"身份证号码吗",
		"11010519491231002身",
		"１１０１０５１９４９１２３１００２Ｘ",
		" 11010519491231002X\n",
		"\u300011010519491231002X",
		"\xff\xfe11010519491231002X",
		"1101051949123100\x002X",
	}
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, err := Parse(s, today)
		if err != nil {
			if id != (ID{}) {
				t.Fatalf("Parse(%q): non-zero ID %+v with error %v", s, id, err)
			}
			if err.Error() == "" {
				t.Fatalf("Parse(%q): empty error message", s)
			}
			return
		}
		n := id.Number
		if len(n) != 18 {
			t.Fatalf("Parse(%q).Number = %q, not 18 characters", s, n)
		}
		if CheckChar(n[:17]) != n[17] {
			t.Fatalf("Parse(%q).Number = %q fails its own check (want %q)", s, n, CheckChar(n[:17]))
		}
		if id.Address != n[:6] {
			t.Fatalf("Parse(%q): Address %q does not match Number %q", s, id.Address, n)
		}
		if got := id.BirthDate.Format("20060102"); got != n[6:14] {
			t.Fatalf("Parse(%q): BirthDate %s does not match Number %q", s, got, n)
		}
		if id.BirthDate.After(today) {
			t.Fatalf("Parse(%q): BirthDate %v after today", s, id.BirthDate)
		}
		if id.Age(today) < 0 {
			t.Fatalf("Parse(%q): negative age", s)
		}
		again, err := Parse(n, today)
		if err != nil {
			t.Fatalf("Parse(Parse(%q).Number = %q) failed: %v", s, n, err)
		}
		if again.Number != n {
			t.Fatalf("Parse not idempotent: %q -> %q -> %q", s, n, again.Number)
		}
		if again.Upgraded {
			t.Fatalf("re-parsing 18-character %q reports Upgraded", n)
		}
		if again.Sex != id.Sex || !again.BirthDate.Equal(id.BirthDate) || again.Address != id.Address {
			t.Fatalf("re-parse of %q differs: %+v vs %+v", n, again, id)
		}
	})
}
