package hall

import (
	"fmt"
	"regexp"
	"strings"
	"time"
)

// Every document the program renders for printing or saving (receipts, notices, guides, cards,
// rosters, scorecards, briefings …) gets a document number (文书编号): "HD", the China date it
// was printed (YYYYMMDD) and the day's sequence in 5 digits, HD2026120600012 for the twelfth
// document of 6 December 2026. The number is printed on each page and written into the file's
// metadata; the SHA-256 of the finished file is registered with it, so 文书核验 can tell a
// genuine file from an altered one, or from one the hall never printed.

// ActVerifyDocument is the audit action of a document verification (文书核验).
const ActVerifyDocument = "文书核验"

// MaxDocumentsPerDay is how many documents one day can number (5 digits).
const MaxDocumentsPerDay = 99999

// DocumentNumber is the seq-th document number of China date day.
func DocumentNumber(day time.Time, seq int) (string, error) {
	if seq < 1 || seq > MaxDocumentsPerDay {
		return "", Conflict("今日文书编号已用完，请明日再打印")
	}
	return fmt.Sprintf("HD%s%05d", day.In(China).Format("20060102"), seq), nil
}

var documentNumberRun = regexp.MustCompile(`HD\d{13}`)

// ReadDocumentNumber finds a document number in what a supervisor typed (case and spaces
// ignored); ok is false when there is none.
func ReadDocumentNumber(s string) (string, bool) {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "\u3000", "", "-", "").Replace(s))
	n := documentNumberRun.FindString(s)
	return n, n != ""
}

// DocumentPrint is what the register records of a document besides its number and hash: its
// kind, what it is about, the file name, and (for a handout that 宣传印刷 counts) its print
// record line, written in the same transaction.
type DocumentPrint struct {
	Kind     string
	About    string
	FileName string
	Log      *PrintLine
}

// PrintLine is one line of the print records (打印记录): what, how many copies, a detail, and
// the case it was printed for (0: none; the audit line then goes on the print record).
type PrintLine struct {
	Kind   string
	Title  string
	Copies int
	Detail string
	CaseID int64
}

// DocumentRecord is one registered document.
type DocumentRecord struct {
	Number    string `json:"number"`
	Kind      string `json:"kind"`
	About     string `json:"about"`
	FileName  string `json:"fileName"`
	Pages     int    `json:"pages"`
	SHA256    string `json:"sha256"`
	PrintedAt string `json:"printedAt"`
	PrintedBy string `json:"printedBy"`
}

// Verdicts of 文书核验.
const (
	VerdictGenuine = "genuine" // the number is registered and the file's hash matches
	VerdictAltered = "altered" // the number is registered, the file differs from what was printed
	VerdictUnknown = "unknown" // no such number, or no number in the file
)

// VerifyResult is the answer of 文书核验.
type VerifyResult struct {
	Verdict string `json:"verdict"`
	Label   string `json:"label"`   // 真实有效, 内容已被改动, 无法核验
	Message string `json:"message"` // one sentence for the supervisor
	Number  string `json:"number"`
	// Document is the registered document, when the number is known.
	Document *DocumentRecord `json:"document"`
	SHA256   string          `json:"sha256"` // the uploaded file's hash ("" when a number was typed)
}

// Verify judges a document: rec is the registered document of the number read (nil: none),
// sum the hash of the uploaded file ("" when only the number was typed, which can prove that
// the number exists but not that a paper copy is unaltered).
func Verify(number string, rec *DocumentRecord, sum string) VerifyResult {
	r := VerifyResult{Number: number, SHA256: sum, Document: rec}
	switch {
	case rec == nil && number == "":
		r.Verdict, r.Label, r.Message = VerdictUnknown, "无法核验", "文件中没有本系统的文书编号，不是本系统打印的文书，或编号已被去除。"
	case rec == nil:
		r.Verdict, r.Label, r.Message = VerdictUnknown, "无法核验", "文书编号"+number+"不存在：本系统从未打印过该编号的文书。"
	case sum == "":
		r.Verdict, r.Label, r.Message = VerdictGenuine, "编号存在", "文书编号"+number+"由本系统登记。纸质文书请与以下登记信息核对；上传文件可核验内容是否被改动。"
	case sum == rec.SHA256:
		r.Verdict, r.Label, r.Message = VerdictGenuine, "真实有效", "文件与本系统打印时登记的内容完全一致。"
	default:
		r.Verdict, r.Label, r.Message = VerdictAltered, "内容已被改动", "文书编号"+number+"已登记，但文件内容与打印时登记的不一致，已被改动。"
	}
	return r
}
