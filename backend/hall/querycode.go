package hall

import (
	"crypto/rand"
	"math/big"
	"regexp"
	"strings"
)

// QueryCodeAlphabet has no letters a citizen could mistake for another (no 0/O, 1/I/L).
const QueryCodeAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"

// QueryCodeLength: 31^8 ≈ 8.5 × 10^11 codes, so guessing one at the lookup terminal's rate
// limit takes longer than any case lives.
const QueryCodeLength = 8

// NewQueryCode is a random query code (查询码) for a receipt, a notice or a queue ticket.
func NewQueryCode() (string, error) {
	var b strings.Builder
	max := big.NewInt(int64(len(QueryCodeAlphabet)))
	for range QueryCodeLength {
		n, err := rand.Int(rand.Reader, max)
		if err != nil {
			return "", err
		}
		b.WriteByte(QueryCodeAlphabet[n.Int64()])
	}
	return b.String(), nil
}

var queryCodeRun = regexp.MustCompile(`[` + QueryCodeAlphabet + `]{8}`)

// ReadQueryCode finds the query code in what a citizen typed or a scanner read off the QR code
// (which may hold more around it), case and spaces ignored; ok is false when there is none.
func ReadQueryCode(s string) (code string, ok bool) {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "", "\u3000", "").Replace(s))
	code = queryCodeRun.FindString(s)
	return code, code != ""
}
