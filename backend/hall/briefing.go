package hall

import (
	"strconv"
	"strings"
	"time"
)

// The monthly work briefing (工作简报): the month's figures of each mechanism written as prose,
// a few notable cases the supervisor picked, and the distribution block (报、发、挂) with the
// issuing office and the date of issue, in the shape of the seed's briefing.

// MaxNotables bounds the notable cases (典型事例) of one briefing: a briefing tells a few stories.
const MaxNotables = 5

// Limits of the briefing's texts, in characters.
const (
	maxDistLine  = 200
	maxDistLines = 4
	maxIssueNo   = 999
)

// BriefingSettings are the parts of the briefing that stay from month to month: its name, the
// issuing office and the distribution lines. Saved as settings.
type BriefingSettings struct {
	Title  string `json:"title"`  // 简报名称, e.g. 工作简报
	Office string `json:"office"` // 主办（印发）单位
	Report string `json:"report"` // 报：superiors it is reported to
	Send   string `json:"send"`   // 发：units it is sent to
	Post   string `json:"post"`   // 挂：websites it is posted on (optional)
}

// DefaultBriefingSettings are the settings of a hall that has saved none: the hall issues its
// own briefing, reports it to the banner and sends it to the township's villages.
func DefaultBriefingSettings(hs HallSettings) BriefingSettings {
	b := BriefingSettings{Title: "工作简报", Office: strings.TrimSpace(hs.HallName)}
	if banner := strings.TrimSpace(hs.Banner); banner != "" {
		b.Report = banner + "党委、政府，" + banner + "政务服务局"
	}
	if t := strings.TrimSpace(hs.Township); t != "" {
		b.Send = t + "党委、政府领导班子成员，各嘎查村（社区）"
	}
	return b
}

// Clean checks the settings: a name and an office, the 报 and 发 lines (挂 may be empty), each
// line at most 200 characters on at most four lines.
func (b BriefingSettings) Clean() (BriefingSettings, error) {
	var err error
	if b.Title, err = CleanText("title", "简报名称", b.Title, MaxBriefingTitle, true); err != nil {
		return b, err
	}
	if b.Office, err = CleanText("office", "印发单位", b.Office, MaxBriefingOffice, true); err != nil {
		return b, err
	}
	if strings.ContainsAny(b.Title+b.Office, "\n\t") {
		return b, Invalid("office", "简报名称和印发单位只能写一行")
	}
	lines := []struct {
		field, label, mark string
		v                  *string
		required           bool
	}{
		{"report", "“报”送单位", "报", &b.Report, true},
		{"send", "“发”送单位", "发", &b.Send, true},
		{"post", "“挂”网站", "挂", &b.Post, false},
	}
	for _, l := range lines {
		if *l.v, err = CleanText(l.field, l.label, *l.v, maxDistLine, l.required); err != nil {
			return b, err
		}
		// the mark is printed by the briefing itself: 报：报：… would be a typo on paper
		*l.v = strings.TrimPrefix(strings.TrimPrefix(*l.v, l.mark+"："), l.mark+":")
		*l.v = strings.TrimSpace(strings.ReplaceAll(*l.v, "\t", " "))
		if l.required && *l.v == "" {
			return b, Invalid(l.field, "请填写"+l.label)
		}
		if strings.Count(*l.v, "\n") >= maxDistLines {
			return b, Invalid(l.field, l.label+"最多写"+strconv.Itoa(maxDistLines)+"行")
		}
	}
	return b, nil
}

// ParseMonth turns a month (YYYY-MM, or a date in it) into the period from its first to its last day.
func ParseMonth(s string) (Period, error) {
	s = strings.TrimSpace(s)
	if len(s) >= 7 {
		s = s[:7]
	}
	t, err := time.ParseInLocation("2006-01", s, China)
	if err != nil || t.Year() < 2000 || t.Year() > 2100 {
		return Period{}, Invalid("month", "请选择简报的月份")
	}
	return Period{From: DateOf(t), To: DateOf(t.AddDate(0, 1, -1))}, nil
}

// MonthLabel is a month (YYYY-MM…) in Chinese: 2025年3月.
func MonthLabel(month string) string {
	t, err := time.ParseInLocation("2006-01", month[:min(7, len(month))], China)
	if err != nil {
		return month
	}
	return strconv.Itoa(t.Year()) + "年" + strconv.Itoa(int(t.Month())) + "月"
}

// CNDate is a date in Chinese: 2025年3月9日; "" for no date.
func CNDate(d Date) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(d.t.Year()) + "年" + CNMonthDay(d)
}

// NotableInput is one notable case picked for the briefing with the text printed for it.
type NotableInput struct {
	CaseID int64  `json:"caseId"`
	Text   string `json:"text"`
}

// BriefingInput is what the supervisor saves for a month: the issue number, the notable cases in
// their order and the settings that stay for the next months.
type BriefingInput struct {
	Month    string           `json:"month"` // YYYY-MM
	IssueNo  int              `json:"issueNo"`
	Settings BriefingSettings `json:"settings"`
	Notables []NotableInput   `json:"notables"`
}

// Clean checks the month, the issue number, the settings and the notable cases' texts; that
// each case belongs to the month is checked against the case itself (CheckNotable).
func (in BriefingInput) Clean() (BriefingInput, Period, error) {
	p, err := ParseMonth(in.Month)
	if err != nil {
		return in, p, err
	}
	in.Month = p.From.Month()
	if in.IssueNo < 1 || in.IssueNo > maxIssueNo {
		return in, p, Invalid("issueNo", "期号应为1至"+strconv.Itoa(maxIssueNo)+"之间的整数")
	}
	if in.Settings, err = in.Settings.Clean(); err != nil {
		return in, p, err
	}
	if len(in.Notables) > MaxNotables {
		return in, p, Invalid("notables", "典型事例最多选"+strconv.Itoa(MaxNotables)+"件")
	}
	seen := map[int64]bool{}
	for i := range in.Notables {
		n := &in.Notables[i]
		if n.CaseID <= 0 {
			return in, p, Invalid("notables", "请选择典型事例的办件")
		}
		if seen[n.CaseID] {
			return in, p, Invalid("notables", "同一办件不能重复选为典型事例")
		}
		seen[n.CaseID] = true
		label := "第" + strconv.Itoa(i+1) + "件典型事例的内容"
		if n.Text, err = CleanText("notables", label, n.Text, MaxNotableText, true); err != nil {
			return in, p, err
		}
		n.Text = strings.Join(strings.Fields(n.Text), "") // one paragraph: line breaks and runs of spaces go
		if Chars(n.Text) < 10 {
			return in, p, Invalid("notables", label+"太短，请用一段话说明办理经过和结果")
		}
	}
	if in.Notables == nil {
		in.Notables = []NotableInput{}
	}
	return in, p, nil
}

// NotableCase is what the briefing knows of a case offered or picked as a notable case.
type NotableCase struct {
	CaseID        int64  `json:"caseId"`
	Number        string `json:"number"`
	ItemName      string `json:"itemName"`
	Ledger        string `json:"ledger"`
	Source        string `json:"source"`
	Summary       string `json:"summary"`
	Departments   string `json:"departments"`
	ApplicantName string `json:"applicantName"`
	VillageName   string `json:"villageName"`
	Status        Status `json:"status"`
	StatusLabel   string `json:"statusLabel"`
	TakenOn       Date   `json:"takenOn" ts_type:"string"`
	DoneOn        Date   `json:"doneOn" ts_type:"string"` // when it was finished (办结), none while open
	Outcome       string `json:"outcome"`
	OutcomeNote   string `json:"outcomeNote"`
	Rating        int    `json:"rating"`
	RatingLabel   string `json:"ratingLabel"`
	Text          string `json:"text"` // the printed paragraph: saved, or DefaultNotableText
	Picked        bool   `json:"picked"`
	// People are the names the case's free text may hold besides the applicant's: the agent
	// and the applicant's household. None of them is printed (see PrivateText).
	People []string `json:"-"`
}

// Private is text about case c fit for the briefing: the applicant and everyone in People
// named only by the private form, and no ID or phone number.
func (c NotableCase) Private(text string) string {
	return PrivateText(text, append([]string{c.ApplicantName}, c.People...))
}

// NotableQuery asks for one page of a month's finished cases to pick from, by case number,
// applicant or item.
type NotableQuery struct {
	Month    string `json:"month"`
	Text     string `json:"text"`
	Page     int    `json:"page"`
	PageSize int    `json:"pageSize"`
}

// NotablePage is one page of candidates.
type NotablePage struct {
	Items []NotableCase `json:"items"`
	Total int           `json:"total"`
	Page  int           `json:"page"`
}

// CheckNotable refuses a case that may not be a notable case of month p: one taken in another
// month (the briefing's figures count the cases taken in the month) or one not finished yet.
func CheckNotable(p Period, c NotableCase) error {
	if c.TakenOn.Before(p.From) || c.TakenOn.After(p.To) {
		return Invalid("notables", "办件"+c.Number+"是"+CNDate(c.TakenOn)+"受理的，不是"+MonthLabel(p.From.Month())+"的办件，不能选为本期典型事例")
	}
	if c.Status.Open() {
		return Invalid("notables", "办件"+c.Number+"尚未办结（"+c.Status.Label()+"），只能选择已办结的办件作为典型事例")
	}
	return nil
}

// PrivateName is how a briefing names a citizen: the surname and 某某 (张伟 → 张某某), since a
// briefing goes to many readers; PrivateText applies it to free text.
func PrivateName(name string) string {
	rs := []rune(strings.TrimSpace(name))
	if len(rs) == 0 {
		return "群众"
	}
	if len(rs) >= 4 && isCompoundSurname(string(rs[:2])) {
		return string(rs[:2]) + "某某"
	}
	return string(rs[:1]) + "某某"
}

func isCompoundSurname(s string) bool {
	switch s {
	case "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "司徒":
		return true
	}
	return false
}

// DefaultNotableText drafts a notable case's paragraph from the case: who asked for what, how the
// hall handled it (on the spot, on the citizen's behalf or jointly), the result and the rating,
// without a name or number of anyone in the case (c.Private), whatever the counter typed into
// its summary and result. The supervisor edits it before printing.
func DefaultNotableText(c NotableCase) string {
	var b strings.Builder
	who := PrivateName(c.ApplicantName)
	if v := strings.TrimSpace(c.VillageName); v != "" {
		who = v + "群众" + who
	} else {
		who = "群众" + who
	}
	b.WriteString(CNMonthDay(c.TakenOn) + "，" + who)
	if src := strings.TrimSpace(c.Source); src == VisitSource {
		b.WriteString("在包联干部入户走访时提出")
	} else if src != "" {
		b.WriteString("通过" + src + "申请")
	} else {
		b.WriteString("申请")
	}
	b.WriteString("办理" + c.ItemName)
	if s := strings.TrimRight(strings.TrimSpace(c.Summary), "。.；;，,"); s != "" {
		b.WriteString("（" + s + "）")
	}
	b.WriteString("。")
	done := CNMonthDay(c.DoneOn)
	switch c.Ledger {
	case LedgerInstant:
		b.WriteString("窗口工作人员现场办理")
		if done != "" && done != CNMonthDay(c.TakenOn) {
			b.WriteString("，" + done + "办结")
		} else {
			b.WriteString("，当场办结")
		}
	case LedgerProxy:
		b.WriteString("窗口受理后全程代办")
		if done != "" {
			b.WriteString("，" + done + "办结")
		}
	default:
		b.WriteString("大厅上报")
		if d := strings.TrimSpace(c.Departments); d != "" {
			b.WriteString(d)
		} else {
			b.WriteString("有关部门")
		}
		b.WriteString("联动办理")
		if done != "" {
			b.WriteString("，" + done + "办结")
		}
	}
	switch c.Outcome {
	case OutcomeDone:
		b.WriteString("，群众诉求得到解决")
	case "":
	default:
		b.WriteString("，结果为" + c.Outcome)
	}
	if n := strings.TrimRight(strings.TrimSpace(c.OutcomeNote), "。.；;，,"); n != "" {
		b.WriteString("：" + n)
	}
	b.WriteString("。")
	if c.Rating > 0 {
		b.WriteString("群众评价为“" + RatingLabel(c.Rating) + "”。")
	}
	return c.Private(strings.Join(strings.Fields(b.String()), ""))
}

// CNMonthDay is a date as month and day in Chinese: 3月9日; "" for no date.
func CNMonthDay(d Date) string {
	if d.IsZero() {
		return ""
	}
	return strconv.Itoa(int(d.t.Month())) + "月" + strconv.Itoa(d.t.Day()) + "日"
}

// CanEditBriefing reports whether a role may pick the notable cases and edit the issue number and
// the distribution lines: the supervisor, who writes the briefing, and the administrator.
func CanEditBriefing(r Role) bool { return r.Can(PermEditBriefing) }

// VisitFigures are a month's household contact work (入户走访与民情日记).
type VisitFigures struct {
	Visits      int `json:"visits"`      // visits (户次)
	Households  int `json:"households"`  // households visited
	Cadres      int `json:"cadres"`      // cadres who visited
	Diaries     int `json:"diaries"`     // visits with a diary written (民情日记)
	Issues      int `json:"issues"`      // issues raised on the visits
	IssueCases  int `json:"issueCases"`  // of them turned into counter cases
	Suggestions int `json:"suggestions"` // of them suggestions (意见建议)
	Disputes    int `json:"disputes"`    // of them disputes (矛盾纠纷)
	Feedback    int `json:"feedback"`    // results fed back on a visit (入户反馈)
	Activities  int `json:"activities"`  // village activities held
}

// PetitionFigures are a month's petition work (信访接待日与包保). Every petition registered in the
// month counts in exactly one of Settled, Refused and Open.
type PetitionFigures struct {
	ReceptionDays int `json:"receptionDays"` // leaders' reception days held (not cancelled, not ahead)
	Received      int `json:"received"`      // petitions registered (received in the month)
	GroupVisits   int `json:"groupVisits"`   // of them group visits (集体访)
	Accepted      int `json:"accepted"`      // of them accepted (受理)
	Assigned      int `json:"assigned"`      // of them given a responsible leader (包保)
	Leaders       int `json:"leaders"`       // leaders responsible for them
	Settled       int `json:"settled"`       // replied, reviewed or closed (办结)
	Refused       int `json:"refused"`       // refused or pointed elsewhere (不予受理、转送)
	Open          int `json:"open"`          // still being handled
}

// PrintFigures are a month's policy publicity (政策宣传): copies printed per kind and the policy
// talks held in the villages.
type PrintFigures struct {
	Guides     int `json:"guides"`     // pocket guides (口袋书)
	Cards      int `json:"cards"`      // cadre contact cards (民情联系卡)
	Leaflets   int `json:"leaflets"`   // leaflets (宣传单)
	Talks      int `json:"talks"`      // policy talks (政策宣讲) held
	Attendance int `json:"attendance"` // people at the talks
}

// BriefingSection is one section of the briefing: a heading and its paragraphs. A notable case
// is a section of its own under 典型事例 (Sub true).
type BriefingSection struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"paragraphs"`
	Sub        bool     `json:"sub"`
}

// Briefing is one month's briefing as previewed and printed.
type Briefing struct {
	Month      string            `json:"month"` // YYYY-MM
	MonthLabel string            `json:"monthLabel"`
	Period     Period            `json:"period"`
	HallName   string            `json:"hallName"`
	IssueNo    int               `json:"issueNo"`
	Saved      bool              `json:"saved"` // the month's issue number and cases have been saved
	Settings   BriefingSettings  `json:"settings"`
	Cases      CaseSummary       `json:"cases"`
	Visits     VisitFigures      `json:"visits"`
	Petitions  PetitionFigures   `json:"petitions"`
	Prints     PrintFigures      `json:"prints"`
	Notables   []NotableCase     `json:"notables"`
	IssuedOn   Date              `json:"issuedOn" ts_type:"string"` // date of issue
	Headline   string            `json:"headline"`
	Sections   []BriefingSection `json:"sections"`
	CanEdit    bool              `json:"canEdit"`
}

// ratePercent writes a ratio as a percentage with at most one decimal: 0.92 → 92%, 0.9166 → 91.7%.
func ratePercent(r float64) string {
	s := strconv.FormatFloat(r*100, 'f', 1, 64)
	return strings.TrimSuffix(s, ".0") + "%"
}

// Compose writes the headline and the sections of b from its figures and notable cases, so that
// the screen and the paper say the same words. A notable case's text goes through its Private
// form here, at every preview and print, so that a name or number the supervisor typed (or a
// text saved before this rule) never reaches paper.
func (b *Briefing) Compose() {
	for i := range b.Notables {
		b.Notables[i].Text = b.Notables[i].Private(b.Notables[i].Text)
	}
	n := strconv.Itoa
	b.Headline = strings.TrimSpace(b.HallName) + b.MonthLabel + "便民服务工作情况"
	b.Sections = b.Sections[:0]
	add := func(title string, paras ...string) {
		b.Sections = append(b.Sections, BriefingSection{Title: title, Paragraphs: paras})
	}

	c := b.Cases
	var cases string
	if c.Sorted == 0 {
		cases = "本月大厅未受理群众办事事项。"
	} else {
		cases = "本月大厅和村级帮代办服务站共梳理群众办事事项" + n(c.Sorted) + "件，其中现场解决" + n(c.OnSpot) +
			"件，代办解决" + n(c.Proxy) + "件，联动解决" + n(c.Joint) + "件，正在落实" + n(c.InProgress) + "件"
		if c.Declined > 0 {
			cases += "，依规不予办理或转办" + n(c.Declined) + "件"
		}
		cases += "。"
		if c.Rated > 0 {
			cases += "已办结事项中" + n(c.Rated) + "件由群众作出评价，满意" + n(c.Good) + "件"
			if c.Bad > 0 {
				cases += "，不满意" + n(c.Bad) + "件（已逐件回访整改）"
			}
			cases += "，群众满意率" + ratePercent(c.Satisfaction) + "。"
		}
	}
	add("一、窗口即办代办", "实行即办、代办、上报“三本台账”管理，能现场办理的当场办结，需代办的限时代办，需上级协调的上报联动、限期结办销号。"+cases)

	v := b.Visits
	var visits string
	if v.Visits == 0 {
		visits = "本月没有入户走访记录。"
	} else {
		visits = "本月" + n(v.Cadres) + "名包联干部入户走访群众" + n(v.Visits) + "户次，覆盖" + n(v.Households) + "户，记写民情日记" + n(v.Diaries) + "篇"
		if v.Issues > 0 {
			visits += "；梳理群众反映的问题" + n(v.Issues) + "个，其中转为办件" + n(v.IssueCases) + "件，收集意见建议" + n(v.Suggestions) + "条，排查矛盾纠纷" + n(v.Disputes) + "件"
		}
		visits += "。"
	}
	if v.Feedback > 0 {
		visits += "向群众入户反馈办理结果" + n(v.Feedback) + "次。"
	}
	if v.Activities > 0 {
		visits += "开展矛盾纠纷排查、政策宣讲等村级活动" + n(v.Activities) + "场次。"
	}
	add("二、入户走访与民情日记", visits)

	p := b.Petitions
	var pet string
	if p.ReceptionDays > 0 {
		pet = "本月举办领导干部信访接待日" + n(p.ReceptionDays) + "次。"
	}
	if p.Received == 0 {
		pet += "本月未登记信访事项。"
	} else {
		pet += "本月登记信访事项" + n(p.Received) + "件"
		if p.GroupVisits > 0 {
			pet += "（其中集体访" + n(p.GroupVisits) + "批）"
		}
		pet += "，受理" + n(p.Accepted) + "件"
		if p.Assigned > 0 {
			pet += "，落实“包保”责任制，" + n(p.Leaders) + "名领导干部包保信访事项" + n(p.Assigned) + "件"
		}
		pet += "；已办结" + n(p.Settled) + "件，正在办理" + n(p.Open) + "件"
		if p.Refused > 0 {
			pet += "，不予受理或告知向有权机关提出" + n(p.Refused) + "件"
		}
		pet += "。"
	}
	add("三、信访接待日与包保", pet)

	r := b.Prints
	var prints []string
	if r.Guides > 0 {
		prints = append(prints, "政策口袋书"+n(r.Guides)+"册")
	}
	if r.Cards > 0 {
		prints = append(prints, "干部民情联系卡"+n(r.Cards)+"张")
	}
	if r.Leaflets > 0 {
		prints = append(prints, "政策宣传单"+n(r.Leaflets)+"份")
	}
	var pub string
	if len(prints) > 0 {
		pub = "本月印制发放" + strings.Join(prints, "、") + "。"
	} else {
		pub = "本月未印制政策宣传材料。"
	}
	if r.Talks > 0 {
		pub += "深入嘎查村开展政策宣讲" + n(r.Talks) + "场次"
		if r.Attendance > 0 {
			pub += "，参加群众" + n(r.Attendance) + "人次"
		}
		pub += "。"
	}
	add("四、政策宣传", pub)

	if len(b.Notables) == 0 {
		return
	}
	add("五、典型事例")
	for i, c := range b.Notables {
		b.Sections = append(b.Sections, BriefingSection{Title: "（" + cnOrdinal(i+1) + "）" + c.ItemName + "（" + c.Number + "）",
			Paragraphs: []string{c.Text}, Sub: true})
	}
}

// cnOrdinal is 1–10 in Chinese numerals.
func cnOrdinal(i int) string {
	digits := []string{"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"}
	if i >= 1 && i < len(digits) {
		return digits[i]
	}
	return strconv.Itoa(i)
}
