package sqlite

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"strings"
)

// The resident search index (migration 0011) holds, per resident, tokens for every character
// and every pair of neighbouring characters of the name and for the four-character tails of the
// ID and phone numbers. The functions here turn a query into an FTS5 MATCH over those tokens;
// the caller keeps the exact LIKE condition, so the index only narrows the rows that condition
// is checked on and the results are exactly those of a full scan.

// residentMatch returns the FTS5 MATCH expression that every resident matching the search text
// (as residentFilter reads it) is sure to satisfy, or "" when the index cannot help: no text, or
// a full ID number, which the unique index on id_number finds directly. exact says that the
// converse holds too (a one- or two-character name part, a four-character tail): then the
// index alone can count the matches.
func residentMatch(text string) (match string, exact bool) {
	text = strings.ToUpper(strings.TrimSpace(text))
	switch {
	case text == "":
		return "", false
	case isIDLike(text) && (len(text) == 18 || len(text) == 15):
		return "", false
	case isIDLike(text) && len(text) >= 4:
		// An ID ending in text ends in its last four characters; so does such a phone number.
		// id_reversed is what the LIKE reads, so the token comes from its first four.
		return quoteToken("i", reverse(text)[:4]) + " OR " + quoteToken("p", text[len(text)-4:]), len(text) == 4
	}
	// LIKE folds ASCII case only and the pattern is already upper case; the index holds the
	// name upper-cased by SQL's upper(), which also folds ASCII only, so the grams agree.
	runes := []rune(text)
	if len(runes) == 1 {
		return quoteToken("n", text), true
	}
	seen := map[string]bool{}
	tokens := []string{}
	for i := 0; i+1 < len(runes); i++ {
		tok := quoteToken("n", string(runes[i:i+2]))
		if !seen[tok] {
			seen[tok] = true
			tokens = append(tokens, tok)
		}
	}
	// A name containing the text contains each of its pairs: an AND of them.
	return strings.Join(tokens, " AND "), len(runes) == 2
}

// quoteToken spells a token as the index stores it (prefix plus the UTF-8 in upper-case hex,
// like SQL's hex()) and quotes it as an FTS5 string.
func quoteToken(prefix, s string) string {
	return `"` + prefix + strings.ToUpper(hex.EncodeToString([]byte(s))) + `"`
}

// RebuildResidentSearch rebuilds the resident search index from the residents table in one
// transaction, merges it into one segment and ends a pause (pauseResidentSearch). The triggers
// keep the index in step with every insert, update and delete, so this is for bulk loaders
// after inserting many rows and for repair. It changes no data anyone sees, so it writes no
// audit line.
func (s *Store) RebuildResidentSearch(ctx context.Context) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		for _, q := range []string{
			`INSERT INTO resident_search(resident_search) VALUES ('rebuild')`,
			`INSERT INTO resident_search(resident_search) VALUES ('optimize')`,
			`DELETE FROM settings WHERE key = 'resident_search_paused'`,
		} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return fmt.Errorf("rebuild resident search: %w", err)
			}
		}
		return nil
	})
}

// pauseResidentSearch stops the triggers from maintaining the resident search index, inside
// the caller's transaction, until RebuildResidentSearch. Row by row, FTS5 writes its pending
// tokens out at every statement (a savepoint), which makes a bulk load of residents about ten
// times slower than one rebuild at the end. Should the load die before the rebuild, the next
// Open rebuilds (repairResidentSearch), so searches never miss rows for long.
func pauseResidentSearch(ctx context.Context, tx *sql.Tx) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO settings(key, value) VALUES ('resident_search_paused', '1')
		ON CONFLICT(key) DO NOTHING`)
	return err
}

// repairResidentSearch rebuilds the index when a bulk load paused it and did not finish.
func (s *Store) repairResidentSearch(ctx context.Context) error {
	var paused int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM settings WHERE key = 'resident_search_paused'`).Scan(&paused); err != nil {
		return err
	}
	if paused == 0 {
		return nil
	}
	return s.RebuildResidentSearch(ctx)
}
