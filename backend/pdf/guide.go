package pdf

import (
	"strconv"
	"strings"

	"halldesk/backend/hall"
)

// GuideOptions are the pocket guide's cover texts and page size.
type GuideOptions struct {
	Title    string // 惠民政策口袋书 when empty
	Subtitle string // optional
	Year     int    // the edition year on the covers (2026年版); 0 leaves it off
	PageSize string // "A6" (the default) or "A5"
}

// DefaultGuideTitle is the pocket guide's title when none is given.
const DefaultGuideTitle = "惠民政策口袋书"

// PocketGuide lays out the policy pocket guide (惠民政策口袋书) for the chosen catalog items, as
// single pages for the screen: a cover, the contents with page numbers, one section per item
// (who qualifies, materials, steps, time limit, fee, place and hours, enquiry and complaint
// phones, legal basis, questions and answers) with running heads and page numbers, and a
// back cover with the hall's contacts and supervision phone. Booklet imposes the result for
// printing. No item, or an item with nothing to say, is a hall.Invalid error.
func PocketGuide(items []hall.ServiceItem, hs hall.HallSettings, opt GuideOptions) (Document, error) {
	size := strings.ToUpper(strings.TrimSpace(opt.PageSize))
	if size == "" {
		size = "A6"
	}
	if _, ok := guideStyles[size]; !ok {
		return Document{}, hall.Invalid("pageSize", "口袋书的页面规格只能是A6或A5")
	}
	if len(items) == 0 {
		return Document{}, hall.Invalid("items", "请至少选择一个服务事项，再生成口袋书")
	}
	for _, it := range items {
		if guideEmpty(it) {
			return Document{}, hall.Invalid("items", "事项“"+itemName(it)+"”的办理条件、所需材料、办理流程和常见问答都是空的，"+
				"无法编入口袋书。请先在事项目录中补充内容，或不选这个事项。")
		}
	}
	if opt.Year < 0 || opt.Year > 9999 {
		return Document{}, hall.Invalid("year", "年份不正确")
	}
	if strings.TrimSpace(opt.Title) == "" {
		opt.Title = DefaultGuideTitle
	}
	doc, err := newDocSize(strings.TrimSpace(opt.Title), size)
	if err != nil {
		return Document{}, err
	}
	doc.SetAutoPageBreak(false, 0)
	g := layoutGuide(doc, items, hs, opt, size)
	for i, p := range g.pages {
		doc.AddPage()
		g.draw(doc, p, i+1, 0, 0, false)
	}
	data, err := output(doc)
	if err != nil {
		return Document{}, err
	}
	return Document{PDF: data, Pages: len(g.pages), Missing: uniqueRunes(g.bad), guide: g}, nil
}

// guideEmpty reports whether an item has none of the sections a guide is for.
func guideEmpty(it hall.ServiceItem) bool {
	return strings.TrimSpace(it.Eligibility) == "" && len(it.Materials) == 0 && len(it.Steps) == 0 &&
		strings.TrimSpace(it.QA) == ""
}

func itemName(it hall.ServiceItem) string {
	if n := strings.TrimSpace(it.Name); n != "" {
		return n
	}
	return "（未命名事项）"
}

// categoryNames are the contents' group headings for the catalog's categories.
var categoryNames = map[string]string{"医保": "医疗保障", "养老": "养老保险", "低保": "最低生活保障", "其他": "其他事项"}

func categoryName(c string) string {
	if n, ok := categoryNames[c]; ok {
		return n
	}
	return strings.TrimSpace(c)
}

// timeLimit is an item's time limit in words: the promised working days (0: settled on the
// spot) and the statutory limit where one is set.
func timeLimit(it hall.ServiceItem) string {
	t := "当场办结"
	if it.PromisedDays > 0 {
		t = "承诺" + strconv.Itoa(it.PromisedDays) + "个工作日内办结"
	}
	if it.StatutoryDays > 0 && it.StatutoryDays != it.PromisedDays {
		t += "（法定时限" + strconv.Itoa(it.StatutoryDays) + "个工作日）"
	}
	return t
}

// fee is what the item costs, 不收费 when nothing is said.
func fee(it hall.ServiceItem) string {
	if f := strings.TrimSpace(it.Fee); f != "" {
		return f
	}
	return "不收费"
}

// itemPhones are the item's enquiry and complaint phones, falling back on the hall's.
func itemPhones(it hall.ServiceItem, hs hall.HallSettings) (enquiry, complaint string) {
	return CaseDoc{Hall: hs, EnquiryPhone: it.EnquiryPhone, ComplaintPhone: it.ComplaintPhone}.phones()
}

// itemFacts are the short facts of an item, as the guide's 办事须知 table and the leaflet's
// key facts show them.
func itemFacts(it hall.ServiceItem, hs hall.HallSettings) []kvRow {
	enquiry, complaint := itemPhones(it, hs)
	rows := []kvRow{{"办理时限", timeLimit(it)}, {"收费标准", fee(it)}}
	if d := strings.TrimSpace(it.Department); d != "" {
		rows = append(rows, kvRow{"承办部门", d})
	}
	return append(rows, kvRow{"办理地点和时间", it.PlaceHours}, kvRow{"咨询电话", enquiry}, kvRow{"投诉电话", complaint})
}

// materialDetail is how a material is handed in: original or copy, how many copies are kept.
func materialDetail(m hall.Material) string {
	cm := hall.CaseMaterial{Original: m.Original, Copies: m.Copies}
	return kind(cm) + "，" + copies(cm)
}

// qaEntry is one question (q) or answer of an item's Q&A text.
type qaEntry struct {
	q    bool
	text string
}

// parseQA splits the Q&A text into questions (lines starting 问：) and answers (答：); other
// lines continue the entry before them (or stand as answers when first).
func parseQA(s string) []qaEntry {
	var out []qaEntry
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "":
		case strings.HasPrefix(line, "问：") || strings.HasPrefix(line, "问:"):
			out = append(out, qaEntry{true, strings.TrimSpace(strings.TrimLeft(line[len("问"):], "：:"))})
		case strings.HasPrefix(line, "答：") || strings.HasPrefix(line, "答:"):
			out = append(out, qaEntry{false, strings.TrimSpace(strings.TrimLeft(line[len("答"):], "：:"))})
		case len(out) > 0:
			out[len(out)-1].text += "\n" + line
		default:
			out = append(out, qaEntry{false, line})
		}
	}
	return out
}
