package pdf

import (
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// notice is a custom leaflet with long paragraphs mixing Chinese, digits and Latin.
func notice(paragraphs int) LeafletContent {
	base := []string{
		"【缴费时间】2027年度城乡居民基本医疗保险集中缴费期为2026年9月1日至12月31日，个人缴费标准为每人每年400元。" +
			"参保人可以通过“蒙速办”App、微信（WeChat）或支付宝（Alipay）搜索“内蒙古税务”小程序缴费，也可以到嘎查村代办员处或苏木乡镇便民服务大厅缴费。",
		"【等待期】从2025年起，在集中缴费期以外参保，或者断缴后再参保的，设置参保等待期：等待期一般为3个月，每多断缴1年，再增加1个月；" +
			"新生儿、新退役军人等按规定不设等待期。连续参保满4年后，每多参保1年，大病保险最高支付限额提高不低于1,000元。",
		"【困难群众资助】特困人员、低保对象、返贫致贫人口等困难群众参保，个人缴费部分按规定给予资助，由民政、乡村振兴等部门认定身份后统一办理，本人不需要另外申请。" +
			"如有疑问，请在工作日8:30-12:00、14:30-17:30拨打咨询电话0477-8612345，或联系本嘎查村的包联干部王" + string(rare) + "。",
		"问：家里有人在外地打工，怎么替他缴费？",
		"答：家属可以用自己的手机，在小程序里输入参保人的身份证号码（ID number）代为缴费，缴费成功后保存好电子票据。",
	}
	var out []string
	for i := 0; i < paragraphs; i++ {
		out = append(out, base[i%len(base)])
	}
	return LeafletContent{
		Title:      "关于做好2027年度城乡居民医保集中缴费工作的通知",
		Paragraphs: out,
		KeyFacts: []KeyFact{{"缴费时间", "2026年9月1日至12月31日"}, {"缴费标准", "每人每年400元（困难群众按规定资助）"},
			{"缴费方式", "“蒙速办”App、微信或支付宝“内蒙古税务”小程序；嘎查村代办员；苏木乡镇便民服务大厅"}, {"咨询电话", "0477-8612345"}},
		Contacts: "乌兰木伦镇便民服务大厅　咨询电话：0477-8612345　监督电话：0477-8612300\n地址：乌兰木伦镇人民政府一楼（工作日8:30-12:00、14:30-17:30）",
	}
}

func leafletFragments(l LeafletContent) []string {
	clean := func(s string) string { c, _ := Sanitize(s); return c }
	out := []string{clean(l.Title)}
	for _, p := range l.Paragraphs {
		out = append(out, clean(p))
	}
	if len(l.KeyFacts) > 0 {
		out = append(out, "办事要点")
	}
	for _, k := range l.KeyFacts {
		out = append(out, clean(k.Label)+clean(k.Value))
	}
	return append(out, clean(l.Contacts))
}

// leafletText is the text of all pages with the continuation heads and page numbers taken out.
func leafletText(t *testing.T, doc Document, title string) string {
	var b strings.Builder
	for i, p := range pdfPagesText(t, doc.PDF) {
		lines := strings.Split(strings.TrimSpace(p), "\n")
		if doc.Pages > 1 {
			lines = lines[:len(lines)-1] // page number
			if i > 0 {
				lines = lines[1:] // title（续）
			}
		}
		b.WriteString(strings.Join(lines, "\n") + "\n")
	}
	return b.String()
}

func TestLeafletRoundTrip(t *testing.T) {
	hs := sampleHall()
	for _, c := range []struct {
		name  string
		l     LeafletContent
		pages int
	}{
		{"one page", notice(5), 1},
		{"shrunk to one page", notice(9), 1},
		{"two-sided", func() LeafletContent { l := notice(12); l.TwoSided = true; return l }(), 2},
		{"too long for the floor", notice(30), 0},
		{"item", ItemLeaflet(longItem(), hs), 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			d, err := Leaflet(c.l, hs)
			if err != nil {
				t.Fatal(err)
			}
			n := pdfSizes(t, d.PDF, "595.28 x 841.89")
			if n != d.Pages || (c.pages > 0 && n != c.pages) || (c.pages == 0 && n < 2) {
				t.Errorf("%d pages (Document.Pages %d), want %d", n, d.Pages, c.pages)
			}
			if len(d.Missing) != 1 || d.Missing[0] != rare {
				t.Errorf("missing = %q, want the one rare character", d.Missing)
			}
			text := leafletText(t, d, c.l.Title)
			inOrder(t, c.name, text, append([]string{"乌兰木伦镇便民服务大厅"}, leafletFragments(c.l)...))
		})
	}
}

func TestItemLeaflet(t *testing.T) {
	it := longItem()
	l := ItemLeaflet(it, sampleHall())
	if l.Title != it.Name || l.TwoSided {
		t.Errorf("title %q two-sided %v", l.Title, l.TwoSided)
	}
	all := strings.Join(l.Paragraphs, "\n")
	for _, want := range []string{"【办理对象】" + it.Eligibility, "【所需材料】（1）居民身份证（原件，验后退还，出示原件，核对后当场退还）",
		"（4）近期免冠照片（原件，2 份，如有，1寸彩色照片，白底）", "【办理流程】（1）申请人或代办人", "问：今年刚满80周岁，从什么时候开始领？",
		"答：能领。", "【政策依据】《中华人民共和国老年人权益保障法》"} {
		if !strings.Contains(all, want) {
			t.Errorf("paragraphs lack %q:\n%s", want, all)
		}
	}
	facts := map[string]string{}
	for _, k := range l.KeyFacts {
		facts[k.Label] = k.Value
	}
	for k, v := range map[string]string{"办理时限": "承诺15个工作日内办结（法定时限20个工作日）", "收费标准": "不收费",
		"咨询电话": "0477-8612399", "投诉电话": "0477-8612300", "办理地点和时间": it.PlaceHours} {
		if facts[k] != v {
			t.Errorf("key fact %s = %q, want %q", k, facts[k], v)
		}
	}
	if !strings.Contains(l.Contacts, "0477-8612300") {
		t.Errorf("contacts %q lack the supervision phone", l.Contacts)
	}
}

func TestLeafletErrors(t *testing.T) {
	for _, c := range []struct {
		l     LeafletContent
		field string
	}{
		{LeafletContent{Paragraphs: []string{"正文"}}, "title"},
		{LeafletContent{Title: "通知", Paragraphs: []string{" ", ""}}, "paragraphs"},
	} {
		_, err := Leaflet(c.l, sampleHall())
		if e := hall.AsError(err); e == nil || e.Code != hall.CodeInvalid || e.Field != c.field {
			t.Errorf("%+v: err = %v, want invalid %s", c.l, err, c.field)
		}
	}
}

// TestLeafletShrinksBeforeRunningOn: a one-sided leaflet that overflows at the preferred size
// is set smaller until it fits one page; a two-sided one keeps the size and uses the back.
func TestLeafletShrinksBeforeRunningOn(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	l := notice(9)
	facts := []kvRow{}
	for _, k := range l.KeyFacts {
		facts = append(facts, kvRow{k.Label, k.Value})
	}
	if f, _ := layoutLeaflet(doc, l, facts, sampleHall(), lfBody); len(f.pages) < 2 {
		n := len(f.pages)
		t.Fatalf("the sample fits at %v pt (%d page): it tests nothing", lfBody, n)
	}
	one, err := Leaflet(l, sampleHall())
	if err != nil {
		t.Fatal(err)
	}
	l.TwoSided = true
	two, err := Leaflet(l, sampleHall())
	if err != nil {
		t.Fatal(err)
	}
	if one.Pages != 1 || two.Pages != 2 {
		t.Errorf("one-sided %d page(s), two-sided %d, want 1 and 2", one.Pages, two.Pages)
	}
	requireAll(t, "two-sided", pdfText(t, two.PDF), []string{"第 1 页／共 2 页（见背面）", "（续）"})
}
