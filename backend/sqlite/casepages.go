package sqlite

import (
	"context"
	"slices"
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// A ledger page by its number skips (page-1)×size matching cases before it reads its own: page
// 500 reads ten thousand cases to show twenty. A page next to one already shown is read by
// keyset instead: from the place of the shown page's last (or first) case in the ledger's order
// (caseOrder), so page 500 reached by 下一页 reads what page 1 reads. The place is the sort key
// itself, (bucket, due date, id), as an opaque text: "bucket~due~id".

// caseBucket is caseOrder's first key: 0 for an open case with a deadline, 1 for the others.
// Its text is the one of the index cases_ledger_order, so that the planner reads the index.
var caseBucket = `CASE WHEN ` + caseOpen + ` THEN 0 ELSE 1 END`

// Within one bucket a ledger is ordered by deadline and newest first: with the bucket fixed by
// the condition, ordering by the rest lets the planner read cases_ledger_order in order and stop
// after a page (ordering by the bucket too makes it sort the whole range). bucketOrderDesc is
// the same backwards, to read the cases before a place.
const (
	bucketOrder     = ` ORDER BY c.due_date, c.id DESC`
	bucketOrderDesc = ` ORDER BY c.due_date DESC, c.id`
)

// pageKey is a row's place in a list ordered by bucket, due date and id (newest first): a case's
// in a ledger or a drill-down, a petition's in the petition ledger.
type pageKey struct {
	bucket int
	due    string
	id     int64
}

// caseKey is a case's place in a ledger's order.
type caseKey = pageKey

func (k pageKey) String() string {
	return strconv.Itoa(k.bucket) + "~" + k.due + "~" + strconv.FormatInt(k.id, 10)
}

// parseCaseKey reads a place in a ledger written by caseKey.String.
func parseCaseKey(field, s string) (caseKey, error) { return parsePageKey(field, s, 2) }

// parsePageKey reads a place written by pageKey.String in a list of the given number of buckets.
func parsePageKey(field, s string, buckets int) (pageKey, error) {
	bad := hall.Invalid(field, "翻页位置无效，请回到第一页重新翻页")
	parts := strings.Split(s, "~")
	if len(parts) != 3 || len(parts[0]) != 1 || parts[0][0] < '0' || int(parts[0][0]-'0') >= buckets {
		return pageKey{}, bad
	}
	id, err := strconv.ParseInt(parts[2], 10, 64)
	if err != nil || id <= 0 || len(parts[1]) > 10 {
		return pageKey{}, bad
	}
	return pageKey{bucket: int(parts[0][0] - '0'), due: parts[1], id: id}, nil
}

// pageKeys reads the ids and places of one ledger page, in the ledger's order. from and where
// (with args) are the filter; the page is after q.After, before q.Before, or else by number.
func (s *Store) pageKeys(ctx context.Context, from, where string, args []any, q hall.CaseQuery, page, size int) ([]caseKey, error) {
	bucket := impliedBucket(q)
	if bucket >= 0 {
		where += ` AND ` + caseBucket + `=` + strconv.Itoa(bucket)
	}
	cols := `SELECT c.id, ` + caseBucket + `, c.due_date` + from + where
	var query string
	var qargs []any
	backwards := false
	switch {
	case q.After != "":
		k, err := parseCaseKey("after", q.After)
		if err != nil {
			return nil, err
		}
		// After (b, d, i): the rest of (b, d) with smaller ids, then later dates of b, then
		// (when b is 0) bucket 1. Each part is a range of cases_ledger_order, read in order
		// and stopped after one page.
		parts := [][]any{{caseBucket + `=? AND c.due_date=? AND c.id<?`, k.bucket, k.due, k.id},
			{caseBucket + `=? AND c.due_date>?`, k.bucket, k.due}}
		if k.bucket == 0 && bucket != 0 {
			parts = append(parts, []any{caseBucket + `=1`})
		}
		query, qargs = keysetUnion(cols, args, parts, false, size)
	case q.Before != "":
		k, err := parseCaseKey("before", q.Before)
		if err != nil {
			return nil, err
		}
		parts := [][]any{{caseBucket + `=? AND c.due_date=? AND c.id>?`, k.bucket, k.due, k.id},
			{caseBucket + `=? AND c.due_date<?`, k.bucket, k.due}}
		if k.bucket == 1 && bucket != 1 {
			parts = append(parts, []any{caseBucket + `=0`})
		}
		query, qargs = keysetUnion(cols, args, parts, true, size)
		backwards = true
	default:
		order := caseOrder
		if bucket >= 0 {
			order = bucketOrder // the same order within the one bucket, read from the index unsorted
		}
		query, qargs = cols+order+` LIMIT ? OFFSET ?`, append(append([]any{}, args...), size, (page-1)*size)
	}
	rows, err := s.db.QueryContext(ctx, query, qargs...)
	keys, err := readRows(rows, err, func(sc scanner) (k caseKey, keep bool, err error) {
		return k, true, sc.Scan(&k.id, &k.bucket, &k.due)
	})
	if backwards {
		slices.Reverse(keys)
	}
	return keys, err
}

// impliedBucket is the bucket every case of q's filter is in (-1: either). Said to the planner,
// it reads one bucket's range of cases_ledger_order instead of walking the whole ledger in order
// to find few matching cases: an overdue 即办 page 1 read 440,000 cases to find none.
func impliedBucket(q hall.CaseQuery) int {
	switch {
	case q.Overdue || q.DueSoon: // running with a deadline (runningSQL), so open with one
		return 0
	case slices.Contains(hall.FinishedStatuses, q.Status):
		return 1
	}
	return -1
}

// keysetUnion reads, from each part (a condition within one bucket and its arguments) of a
// keyset range, its first size cases in the ledger's order (backwards: its last, last first),
// and of them all the first size in the same order.
func keysetUnion(cols string, args []any, parts [][]any, backwards bool, size int) (string, []any) {
	// The outer order names the columns of the union: 1 id, 2 bucket, 3 due date.
	order, outer := bucketOrder, ` ORDER BY 2, 3, 1 DESC`
	if backwards {
		order, outer = bucketOrderDesc, ` ORDER BY 2 DESC, 3 DESC, 1`
	}
	var sel []string
	var out []any
	for _, p := range parts {
		sel = append(sel, `SELECT * FROM (`+cols+` AND `+p[0].(string)+order+` LIMIT ?)`)
		out = append(append(append(out, args...), p[1:]...), size)
	}
	return strings.Join(sel, ` UNION ALL `) + outer + ` LIMIT ?`, append(out, size)
}

// casesByKeys reads the cases of keys, in their order.
func (s *Store) casesByKeys(ctx context.Context, keys []caseKey) ([]hall.CaseRecord, error) {
	if len(keys) == 0 {
		return []hall.CaseRecord{}, nil
	}
	marks := make([]string, len(keys))
	args := make([]any, len(keys))
	pos := make(map[int64]int, len(keys))
	for i, k := range keys {
		marks[i], args[i], pos[k.id] = "?", k.id, i
	}
	list, err := s.queryCases(ctx, caseSelect+` WHERE c.id IN (`+strings.Join(marks, ",")+`)`, args...)
	if err != nil {
		return nil, err
	}
	out := make([]hall.CaseRecord, len(keys))
	n := 0
	for _, c := range list {
		if i, ok := pos[c.ID]; ok {
			out[i] = c
			n++
		}
	}
	if n != len(keys) { // a case deleted between the two reads: keep the order of the others
		kept := out[:0]
		for _, c := range out {
			if c.ID != 0 {
				kept = append(kept, c)
			}
		}
		out = kept
	}
	return out, nil
}
