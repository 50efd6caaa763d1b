package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"

	"halldesk/backend/hall"
)

// VerifyAuditChain walks the live audit log's whole hash chain and compares it with anchors
// (chain heads kept outside the database). It only reads.
func (s *Store) VerifyAuditChain(ctx context.Context, anchors []hall.AuditAnchor) (hall.AuditVerification, error) {
	return verifyAudit(ctx, s.db, anchors)
}

// VerifyAuditFile verifies the audit chain of the database file at path, which may be any
// HallDesk database (the live one, a backup, a restored copy): it opens the file read-only and
// runs no migration, so the file is left byte for byte as it was.
func VerifyAuditFile(ctx context.Context, path string, anchors []hall.AuditAnchor) (hall.AuditVerification, error) {
	db, err := openReadOnly(path)
	if err != nil {
		return hall.AuditVerification{}, err
	}
	defer db.Close()
	return verifyAudit(ctx, db, anchors)
}

// openReadOnly opens the database file at path read-only (no writes, no migrations). SQLite
// reading a WAL-mode file read-only would still make the -wal and -shm files beside it, so a
// file that has none (no program has it open, or the last one closed it cleanly, which puts
// everything in the file) is opened as immutable: nothing is created, locked or written. A file
// with them is being used (or was left by a crash): it is read through its WAL like any reader.
func openReadOnly(path string) (*sql.DB, error) {
	st, err := os.Stat(path)
	if err != nil || !st.Mode().IsRegular() {
		return nil, hall.NotFound("找不到数据文件：" + path)
	}
	dsn := "file:" + FileURI(path) + "?mode=ro&_query_only=true&_busy_timeout=5000"
	if !exists(path+"-wal") && !exists(path+"-shm") && !exists(path+"-journal") {
		dsn += "&immutable=1"
	}
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

func exists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

// hasChain reports whether the database has the chain's table (migration 0010).
func hasChain(ctx context.Context, db querier) (bool, error) {
	var n int
	err := db.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type='table' AND name='audit_chain'`).Scan(&n)
	if err != nil {
		return false, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	return n > 0, nil
}

// verifyAudit walks every line in id order, checking each on its own (so that every problem is
// found where it is, not only the first): ids run on from 1 without a gap, the line has a link,
// its content and its link's prev_hash give its hash, and the prev_hash is the hash of the line
// before. Then links without a line, then the anchors.
func verifyAudit(ctx context.Context, db querier, anchors []hall.AuditAnchor) (hall.AuditVerification, error) {
	v := hall.AuditVerification{Problems: []hall.AuditBreak{}, Anchors: []hall.AnchorResult{}}
	has, err := hasChain(ctx, db)
	if err != nil {
		return v, err
	}
	if !has {
		if v.Head, err = legacyHead(ctx, db); err != nil {
			return v, err
		}
		v.Checked, v.NoChain = v.Head.Count, true
		for _, a := range anchors {
			v.Anchors = append(v.Anchors, hall.AnchorResult{AuditAnchor: a, Status: hall.AnchorUnchecked,
				Message: "该数据来自加入校验链之前的版本，无法核对"})
		}
		return v, nil
	}
	anchored := map[int64]bool{}
	for _, a := range anchors {
		anchored[a.Count] = true
	}
	at := map[int64]chainLine{} // the lines anchors point at
	report := func(e hall.AuditEntry, kind, reason string) {
		if len(v.Problems) < hall.MaxProblems {
			v.Problems = append(v.Problems, hall.AuditBreak{Entry: e, Kind: kind, Reason: reason})
		} else {
			v.More++
		}
	}
	rows, err := db.QueryContext(ctx, `SELECT a.id, a.at, a.operator_id, a.operator_name, a.action, a.entity, a.entity_id, a.detail,
			c.audit_id IS NOT NULL, COALESCE(c.prev_hash,''), COALESCE(c.hash,'')
		FROM audit_log a LEFT JOIN audit_chain c ON c.audit_id = a.id ORDER BY a.id`)
	if err != nil {
		return v, err
	}
	defer rows.Close()
	var prevID int64
	var restores []restoreMark
	prev, last := "", ""
	for rows.Next() {
		var e hall.AuditEntry
		var linked bool
		var prevHash, hash string
		if err := rows.Scan(&e.ID, &e.At, &e.OperatorID, &e.OperatorName, &e.Action, &e.Entity, &e.EntityID, &e.Detail,
			&linked, &prevHash, &hash); err != nil {
			return v, err
		}
		v.Checked++
		bad := false
		if e.ID != prevID+1 {
			bad = true
			report(e, hall.ProblemGap, gapReason(prevID, e.ID))
		}
		switch {
		case !linked:
			bad = true
			report(e, hall.ProblemUnchained, "该条记录不在校验链中（可能是事后插入的）")
		case chainHash(prevHash, e) != hash:
			bad = true
			report(e, hall.ProblemContent, "记录内容与校验值不符（可能被改动）")
		case prevHash != prev && e.ID == prevID+1:
			bad = true
			report(e, hall.ProblemLink, "与上一条记录衔接不上（上一条可能被删除或改动）")
		}
		if anchored[v.Checked] {
			at[v.Checked] = chainLine{e, hash}
		}
		if !bad && e.Action == hall.ActRestore && e.Entity == hall.EntityBackup {
			r := restoreMark{entry: e, line: v.Checked}
			r.count, r.hash, r.known = hall.ParseRestoredChain(e.Detail)
			restores = append(restores, r)
		}
		if linked {
			prev = hash
		}
		last = hash
		prevID = e.ID
	}
	if err := rows.Err(); err != nil {
		return v, err
	}
	v.Head = hall.NewAuditHead(v.Checked, prevID, last)
	if err := orphans(ctx, db, prevID, report); err != nil {
		return v, err
	}
	if n := len(restores); n > 0 {
		v.LastRestore = &restores[n-1].entry
	}
	if err := checkRestores(ctx, db, restores, report); err != nil {
		return v, err
	}
	v.Anchors = checkAnchors(anchors, at, v.Checked, restores)
	for _, r := range v.Anchors {
		switch r.Status {
		case hall.AnchorMismatch:
			report(at[r.Count].entry, hall.ProblemAnchor, fmt.Sprintf("与记下的链头不符：第%d条的校验码应为 %s（%s），现为 %s；审计日志被改写过%s",
				r.Count, hall.GroupHex(r.Hash), r.Source, hall.GroupHex(at[r.Count].hash), restoreHint(r, restores)))
		case hall.AnchorTruncated:
			report(hall.AuditEntry{}, hall.ProblemTruncated, fmt.Sprintf("审计日志被截断：记下的链头（%s）显示至少有%d条，现只有%d条%s",
				r.Source, r.Count, v.Checked, restoreHint(r, restores)))
		}
	}
	if len(v.Problems) > 0 {
		b := v.Problems[0]
		v.Broken = &b
	}
	return v, nil
}

// gapReason says which ids are missing before id, the line after prevID (0: the first line).
func gapReason(prevID, id int64) string {
	switch {
	case id <= prevID:
		return "记录编号顺序错乱（可能被改动）"
	case id == prevID+2:
		return fmt.Sprintf("缺少编号为%d的记录（可能被删除）", prevID+1)
	}
	return fmt.Sprintf("缺少编号%d至%d的%d条记录（可能被删除）", prevID+1, id-1, id-1-prevID)
}

// orphans reports links whose line is gone: removed lines whose links were left behind.
func orphans(ctx context.Context, db querier, lastID int64, report func(hall.AuditEntry, string, string)) error {
	var n, first, tail int64
	err := db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MIN(audit_id),0), COALESCE(SUM(audit_id > ?),0)
		FROM audit_chain WHERE audit_id NOT IN (SELECT id FROM audit_log)`, lastID).Scan(&n, &first, &tail)
	if err != nil || n == 0 {
		return err
	}
	msg := fmt.Sprintf("有%d条校验记录找不到对应的日志（最早是第%d条；日志可能被删除）", n, first)
	if tail == n {
		msg = fmt.Sprintf("审计日志末尾的%d条记录被删除（校验链里还留有它们）", n)
	}
	report(hall.AuditEntry{ID: 0}, hall.ProblemOrphan, msg)
	return nil
}

// chainLine is a line an anchor points at, with its stored hash.
type chainLine struct {
	entry hall.AuditEntry
	hash  string
}

// restoreMark is a restore line of the log: where it is, and the head of the data it brought
// back when the line says so (known).
type restoreMark struct {
	entry hall.AuditEntry
	line  int64
	count int64
	hash  string
	known bool
}

// replaced reports whether anchor a belongs to the data this restore replaced: it was taken
// before the restore (a backup's anchor says when; any anchor written down after the restore
// counts at least up to the restore line, so one that counts fewer was taken before it), and it
// points past the data the restore brought back (the lines up to there are the same history,
// so an anchor on them must still match).
func (r restoreMark) replaced(a hall.AuditAnchor) bool {
	before := a.TakenAt != "" && a.TakenAt <= r.entry.At || a.Count < r.line
	return before && (!r.known || a.Count > r.count)
}

// checkAnchors compares each anchor with the hash of the chain's line at its count (of count
// lines). One that disagrees but belongs to the data a restore replaced no longer applies.
func checkAnchors(anchors []hall.AuditAnchor, at map[int64]chainLine, count int64, restores []restoreMark) []hall.AnchorResult {
	out := []hall.AnchorResult{}
	seen := map[string]bool{}
	for _, a := range anchors {
		key := fmt.Sprint(a.Count, ":", a.Hash)
		if seen[key] {
			continue
		}
		seen[key] = true
		r := hall.AnchorResult{AuditAnchor: a}
		l, ok := at[a.Count]
		switch {
		case a.Count > count:
			r.Status, r.Message = hall.AnchorTruncated, fmt.Sprintf("截断：现在只有%d条", count)
		case ok && len(l.hash) >= len(a.Hash) && l.hash[:len(a.Hash)] == a.Hash:
			r.Status, r.Message = hall.AnchorMatch, "一致"
		default:
			r.Status, r.Message = hall.AnchorMismatch, "不符：现为 "+hall.GroupHex(l.hash)
		}
		if r.Status != hall.AnchorMatch {
			for i := len(restores) - 1; i >= 0; i-- {
				if m := restores[i]; m.replaced(a) {
					r.Status = hall.AnchorBeforeRestore
					r.Message = fmt.Sprintf("恢复前的数据，不再适用（%s 恢复过数据，见第%d条记录）", chinaTime(m.entry.At), m.line)
					break
				}
			}
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

// checkRestores compares the head each restore line wrote down for the data it brought back
// with the chain: the lines up to there must still be those the restore brought back.
func checkRestores(ctx context.Context, db querier, restores []restoreMark, report func(hall.AuditEntry, string, string)) error {
	for _, m := range restores {
		if !m.known || m.count == 0 {
			continue
		}
		var hash string
		err := db.QueryRowContext(ctx, `SELECT hash FROM audit_chain WHERE audit_id=?`, m.count).Scan(&hash)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if !strings.HasPrefix(hash, m.hash) || m.hash == "" {
			report(m.entry, hall.ProblemAnchor, fmt.Sprintf("第%d条恢复记录写明恢复的数据到第%d条为止（链头 %s），现在第%d条的校验码为 %s：恢复之后审计日志被改写过",
				m.line, m.count, hall.GroupHex(m.hash), m.count, hall.GroupHex(hash)))
		}
	}
	return nil
}

// restoreHint is added to a disagreeing typed anchor when the log holds a restore: such an
// anchor says nothing of when it was written down, which only the administrator knows.
func restoreHint(r hall.AnchorResult, restores []restoreMark) string {
	if len(restores) == 0 || r.TakenAt != "" {
		return ""
	}
	m := restores[len(restores)-1]
	if m.known && r.Count <= m.count {
		return "" // the restored data holds that line: the anchor still applies
	}
	return fmt.Sprintf("（如果这个链头是在 %s 恢复数据之前记下的，它属于恢复前的数据，不再适用）", chinaTime(m.entry.At))
}

// legacyHead is the head of data without a chain: the count of lines, no hash.
func legacyHead(ctx context.Context, db querier) (hall.AuditHead, error) {
	var count, last int64
	err := db.QueryRowContext(ctx, `SELECT COUNT(*), COALESCE(MAX(id),0) FROM audit_log`).Scan(&count, &last)
	if err != nil {
		return hall.AuditHead{}, &hall.Error{Code: hall.CodeInvalid, Message: msgNotBackup}
	}
	return hall.NewAuditHead(count, last, ""), nil
}

// chinaTime shows a stored UTC time in China time, to the minute.
func chinaTime(at string) string {
	t, err := time.Parse(time.RFC3339, at)
	if err != nil {
		return at
	}
	return t.In(hall.China).Format("2006-01-02 15:04")
}
