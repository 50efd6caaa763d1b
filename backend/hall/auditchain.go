package hall

import (
	"fmt"
	"strconv"
	"strings"
)

// AnchorHexLen is how many hex characters of a line's hash an anchor carries: 16, that is 64
// bits, so that a rewritten chain that still matches a written-down anchor cannot be searched for.
const AnchorHexLen = 16

// AuditHead is the end of the audit log's hash chain: how many lines it has and the hash of the
// last one. Written down, printed or put in a backup's name, it is an anchor.
type AuditHead struct {
	Count  int64  `json:"count"`  // lines in the audit log
	LastID int64  `json:"lastId"` // id of the last line
	Hash   string `json:"hash"`   // the last line's chain hash, 64 hex characters ("" if it has none)
	Short  string `json:"short"`  // its first 16 hex characters in groups of four: "9f3c 2b1d 0a4e 5f67"
}

// NewAuditHead is the head of a chain of count lines whose last line has id lastID and hash hash.
func NewAuditHead(count, lastID int64, hash string) AuditHead {
	return AuditHead{Count: count, LastID: lastID, Hash: hash, Short: GroupHex(hash)}
}

// Label is the head as printed and shown: "第1234条 9f3c 2b1d 0a4e 5f67".
func (h AuditHead) Label() string {
	if h.Short == "" {
		return "第" + strconv.FormatInt(h.Count, 10) + "条（无校验码）"
	}
	return "第" + strconv.FormatInt(h.Count, 10) + "条 " + h.Short
}

// GroupHex is the first AnchorHexLen characters of a hash in groups of four.
func GroupHex(hash string) string {
	h := hash[:min(len(hash), AnchorHexLen)]
	var b strings.Builder
	for i := 0; i < len(h); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(h[i:min(i+4, len(h))])
	}
	return b.String()
}

// AuditAnchor is a chain head kept outside the database: the chain's line Count must still have
// a hash that starts with Hash.
type AuditAnchor struct {
	Count   int64  `json:"count"`
	Hash    string `json:"hash"`    // 16 to 64 hex characters, lower case, no spaces
	Source  string `json:"source"`  // where it came from: "备份文件 halldesk-…db", "手工输入"
	TakenAt string `json:"takenAt"` // UTC RFC 3339 when known (a backup's name), else ""
}

// Anchor sources.
const (
	SourceTyped = "手工输入"
)

// CleanHex takes the hash part of an anchor as a person types it (spaces, dashes, capitals) and
// returns it as compared, or a message saying what is wrong.
func CleanHex(s string) (string, error) {
	s = strings.ToLower(strings.NewReplacer(" ", "", "-", "", "\u3000", "", "\t", "").Replace(strings.TrimSpace(s)))
	if len(s) < AnchorHexLen || len(s) > 64 {
		return "", Invalid("hash", fmt.Sprintf("校验码应为%d位十六进制字符（0-9、a-f），如 9f3c 2b1d 0a4e 5f67", AnchorHexLen))
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return "", Invalid("hash", "校验码只能包含数字0-9和字母a-f")
		}
	}
	return s, nil
}

// CleanAnchor checks a typed anchor: a line count of at least 1 and a hash of 16 hex characters.
func CleanAnchor(a AuditAnchor) (AuditAnchor, error) {
	if a.Count < 1 {
		return a, Invalid("count", "请填写记下的条数（第几条，至少为1）")
	}
	h, err := CleanHex(a.Hash)
	if err != nil {
		return a, err
	}
	a.Hash = h
	if strings.TrimSpace(a.Source) == "" {
		a.Source = SourceTyped
	}
	return a, nil
}

// ParseAnchor reads an anchor written as "N:HASH" (the hash may hold spaces; a full-width colon
// is accepted), as the command line takes it.
func ParseAnchor(s string) (AuditAnchor, error) {
	s = strings.Replace(strings.TrimSpace(s), "：", ":", 1)
	n, h, ok := strings.Cut(s, ":")
	if !ok {
		return AuditAnchor{}, Invalid("anchor", "链头的格式应为 条数:校验码，如 1234:9f3c2b1d0a4e5f67")
	}
	count, err := strconv.ParseInt(strings.TrimPrefix(strings.TrimSpace(n), "第"), 10, 64)
	if err != nil {
		return AuditAnchor{}, Invalid("anchor", "链头的条数应为正整数："+n)
	}
	return CleanAnchor(AuditAnchor{Count: count, Hash: h, Source: SourceTyped})
}

// AuditVerifyInput is what the administrator asks the check to compare besides the backups'
// names: the chain heads written down earlier.
type AuditVerifyInput struct {
	Anchors []AuditAnchor `json:"anchors"`
}

// Anchor statuses.
const (
	AnchorMatch         = "match"          // the chain's line Count has this hash
	AnchorMismatch      = "mismatch"       // it has another: the chain was rewritten
	AnchorTruncated     = "truncated"      // the chain has fewer lines: its end was cut off
	AnchorBeforeRestore = "before-restore" // taken before the latest restore: no longer applies
	AnchorUnchecked     = "unchecked"      // the data has no chain to check it against
)

// AnchorResult is one anchor and what the chain says of it.
type AnchorResult struct {
	AuditAnchor
	Status  string `json:"status"`  // one of the Anchor… statuses
	Message string `json:"message"` // in words
}

// Problem kinds of the chain.
const (
	ProblemContent   = "content"   // a line's content no longer gives its hash: it was changed
	ProblemLink      = "link"      // a line does not follow on from the one before
	ProblemGap       = "gap"       // ids missing before a line: lines were removed
	ProblemUnchained = "unchained" // a line with no link: slipped in afterwards
	ProblemOrphan    = "orphan"    // links whose lines are gone: lines were removed
	ProblemAnchor    = "anchor"    // an anchor does not match the chain
	ProblemTruncated = "truncated" // an anchor says the chain was longer
)

// RestoredChainNote is what the restore's audit line adds about the data it brought back: the
// head of that data's chain, so that a later check knows which lines the restore replaced.
func RestoredChainNote(h AuditHead) string {
	return "；恢复的数据含审计记录" + strconv.FormatInt(h.Count, 10) + "条（链头 " + h.Short + "）"
}

// ParseRestoredChain reads back the count and the short hash a restore line's RestoredChainNote
// wrote at its end; ok is false for restore lines written without one (by older versions). The
// last note counts: what comes before it (a file name, the accounts of the backup) is not ours.
func ParseRestoredChain(detail string) (count int64, hash string, ok bool) {
	const mark = "恢复的数据含审计记录"
	i := strings.LastIndex(detail, mark)
	if i < 0 {
		return 0, "", false
	}
	n, rest, found := strings.Cut(detail[i+len(mark):], "条（链头 ")
	if !found {
		return 0, "", false
	}
	h, _, found := strings.Cut(rest, "）")
	count, err := strconv.ParseInt(n, 10, 64)
	if !found || err != nil {
		return 0, "", false
	}
	return count, strings.ReplaceAll(h, " ", ""), true
}
