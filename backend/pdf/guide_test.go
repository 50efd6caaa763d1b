package pdf

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"halldesk/backend/hall"
	"halldesk/backend/internal/testtools"
)

func sampleHall() hall.HallSettings {
	return hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
		Phone: "0477-8612345", SupervisionPhone: "0477-8612300"}
}

// longItem is a made-up item with long paragraphs mixing Chinese, digits and Latin, a rare
// character above U+FFFF, a long material list and a long Q&A, so that it runs over pages.
func longItem() hall.ServiceItem {
	return hall.ServiceItem{
		Code: "QT-09", Name: "高龄津贴申领（80周岁以上老年人）", Category: "其他",
		LegalBasis: "《中华人民共和国老年人权益保障法》第31条；《内蒙古自治区老年人权益保障条例》；" +
			"伊金霍洛旗人民政府办公室关于印发《高龄老人津贴发放管理办法》的通知（伊政办发〔2024〕17号）",
		Eligibility: "具有本旗户籍、年满80周岁的老年人，可以申领高龄津贴：80—89周岁每人每月100元，90—99周岁每人每月300元，" +
			"100周岁以上每人每月1,000元。津贴按月通过社会保障卡（或“一卡通”账户）发放，本人去世的次月停发。" +
			"已在外地领取同类津贴的，不重复领取。申请人行动不便的，可以委托家属或村（嘎查）便民服务站代办员代为申请，" +
			"代办员会在3个工作日内上门核实。联系人王" + string(rare) + "的电话是13912345678，App名称为“蒙速办”（Mengsuban App），" +
			"也可以在工作日8:30-12:00、14:30-17:30到窗口咨询。",
		Materials: []hall.Material{
			{Name: "居民身份证", Original: true, Copies: 0, Required: true, Note: "出示原件，核对后当场退还"},
			{Name: "居民户口簿", Original: false, Copies: 1, Required: true, Note: "户主页和本人页各1份"},
			{Name: "社会保障卡或银行卡", Original: false, Copies: 1, Required: true, Note: "用于按月发放津贴，须为本人名下账户"},
			{Name: "近期免冠照片", Original: true, Copies: 2, Required: false, Note: "1寸彩色照片，白底"},
			{Name: "委托书及代办人身份证", Original: true, Copies: 1, Required: false, Note: "委托家属或代办员申请时提供，窗口提供样表"},
		},
		Steps: []string{
			"申请人或代办人带齐材料到苏木乡镇便民服务大厅窗口提出申请，填写《高龄津贴申请表》（一式2份）",
			"窗口人员核对身份信息和年龄，材料齐全的当场受理，不齐全的一次性告知需要补充的材料",
			"苏木乡镇在5个工作日内完成审核，并在嘎查村公示栏公示7天（公示期间无异议的，报旗民政局审批）",
			"旗民政局在10个工作日内审批，审批通过的，从次月起按月发放津贴；不予批准的，书面说明理由",
		},
		StatutoryDays: 20, PromisedDays: 15, Fee: "不收费",
		Department:   "旗民政局（苏木乡镇人民政府受理、初审）",
		PlaceHours:   "乌兰木伦镇人民政府一楼便民服务大厅3号窗口；工作日8:30-12:00、14:30-17:30（法定节假日除外）",
		EnquiryPhone: "0477-8612399",
		QA: "问：今年刚满80周岁，从什么时候开始领？\n答：从年满80周岁的次月起计算。请在生日前后1个月内来申请，晚申请的，最多补发6个月。\n" +
			"问：老人长期住在外地子女家，还能领吗？\n答：能领。户籍在本旗的，可以委托家属代为申请；每年需要做一次生存认证，可以用手机App（如“蒙速办”）刷脸完成，" +
			"也可以由子女带老人到居住地附近的社区拍照上传。\n" +
			"问：津贴会不会影响低保？\n答：高龄津贴不计入家庭收入，不影响低保、特困供养等待遇的认定。",
	}
}

// sampleItems are built-in items of each category and the long one.
func sampleItems() []hall.ServiceItem {
	b := hall.BuiltinCatalog()
	pick := map[string]bool{"YB-01": true, "YB-02": true, "YL-03": true, "DB-01": true}
	var out []hall.ServiceItem
	for _, it := range b {
		if pick[it.Code] {
			out = append(out, it)
		}
	}
	return append(out, longItem())
}

// pageSizes checks with pdfinfo that every page has the size want (e.g. "297.64 x 419.53")
// and returns the page count.
func pdfSizes(t *testing.T, data []byte, want string) int {
	t.Helper()
	testtools.Need(t, "pdfinfo")
	p := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdfinfo", "-f", "1", "-l", "999", p).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindStringSubmatch(string(out))
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", out)
	}
	n, _ := strconv.Atoi(m[1])
	sizes := regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+(.*)$`).FindAllStringSubmatch(string(out), -1)
	if len(sizes) != n {
		t.Fatalf("pdfinfo listed %d page sizes for %d pages", len(sizes), n)
	}
	for i, s := range sizes {
		if !strings.HasPrefix(s[1], want+" pts") {
			t.Errorf("page %d size %q, want %s pts", i+1, s[1], want)
		}
	}
	return n
}

// pdfPagesText extracts each page's text (pdftotext -layout), split at form feeds.
func pdfPagesText(t *testing.T, data []byte) []string {
	t.Helper()
	pages := strings.Split(pdfText(t, data), "\f")
	if len(pages) > 0 && strings.TrimSpace(pages[len(pages)-1]) == "" {
		pages = pages[:len(pages)-1]
	}
	return pages
}

// dropFurniture removes a guide page's running head (its first line) and page number (its
// last line), so that text running over a page break reads on unbroken.
func dropFurniture(page string) string {
	var lines []string
	for _, l := range strings.Split(page, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	if len(lines) < 2 {
		return ""
	}
	return strings.Join(lines[1:len(lines)-1], "\n")
}

// inOrder checks that every fragment occurs, whitespace aside, in text after the one before it.
func inOrder(t *testing.T, name, text string, fragments []string) {
	t.Helper()
	flat := compact(text)
	at := 0
	for _, f := range fragments {
		f = compact(f)
		if f == "" {
			continue
		}
		i := strings.Index(flat[at:], f)
		if i < 0 {
			if strings.Contains(flat, f) {
				t.Errorf("%s: %q is out of order", name, f)
			} else {
				t.Errorf("%s lacks %q", name, f)
			}
			continue
		}
		at += i + len(f)
	}
	if t.Failed() {
		t.Logf("%s text:\n%s", name, text)
	}
}

// guideFragments is the content of the items in the order the guide sets it.
func guideFragments(items []hall.ServiceItem) []string {
	var out []string
	clean := func(s string) string { c, _ := Sanitize(s); return c }
	for _, it := range items {
		out = append(out, clean(it.Name), "办理条件", clean(it.Eligibility), "所需材料")
		for i, m := range it.Materials {
			out = append(out, strconv.Itoa(i+1)+"."+clean(m.Name), materialDetail(m))
			if m.Note != "" {
				out = append(out, clean(m.Note))
			}
		}
		out = append(out, "办理流程")
		for i, s := range it.Steps {
			out = append(out, strconv.Itoa(i+1)+clean(s))
		}
		out = append(out, "办事须知", "办理时限", timeLimit(it), "收费标准", fee(it))
		if it.Department != "" {
			out = append(out, "承办部门", it.Department)
		}
		out = append(out, "办理地点和时间", it.PlaceHours, "咨询电话", "投诉电话")
		if it.LegalBasis != "" {
			out = append(out, "政策依据", clean(it.LegalBasis))
		}
		if len(parseQA(it.QA)) > 0 {
			out = append(out, "常见问答")
		}
		for _, e := range parseQA(it.QA) {
			mark := "答"
			if e.q {
				mark = "问"
			}
			out = append(out, mark+clean(e.text))
		}
	}
	return out
}

func TestPocketGuideRoundTrip(t *testing.T) {
	items, hs := sampleItems(), sampleHall()
	for _, size := range []string{"A6", "A5"} {
		t.Run(size, func(t *testing.T) {
			g, err := PocketGuide(items, hs, GuideOptions{Title: "惠民政策口袋书", Subtitle: "医保·养老·低保 办事指南", Year: 2026, PageSize: size})
			if err != nil {
				t.Fatal(err)
			}
			if len(g.Missing) != 1 || g.Missing[0] != rare {
				t.Errorf("missing = %q, want the one rare character", g.Missing)
			}
			want := map[string]string{"A6": "297.64 x 419.53", "A5": "419.53 x 595.28"}[size]
			if n := pdfSizes(t, g.PDF, want); n != g.Pages {
				t.Errorf("pdfinfo says %d pages, Document.Pages %d", n, g.Pages)
			}
			pages := pdfPagesText(t, g.PDF)
			if len(pages) != g.Pages {
				t.Fatalf("%d pages of text for %d pages", len(pages), g.Pages)
			}
			// Cover and back cover.
			requireAll(t, "cover", pages[0], []string{"伊金霍洛旗", "乌兰木伦镇", "惠民政策口袋书", "医保·养老·低保 办事指南",
				"2026年版", "乌兰木伦镇便民服务大厅", "免费赠阅"})
			requireAll(t, "back cover", pages[len(pages)-1], []string{"联系我们", "服务大厅", "乌兰木伦镇便民服务大厅",
				"咨询电话", "0477-8612345", "监督电话", "0477-8612300", "2026年版"})
			// Contents: each item with the page its section starts on.
			starts := map[string]int{}
			for i, p := range pages[1 : len(pages)-1] {
				for _, it := range items {
					name, _ := Sanitize(it.Name)
					if _, ok := starts[name]; !ok && strings.Contains(compact(dropFurniture(p)), compact(name)+"办理条件") {
						starts[name] = i + 2
					}
				}
			}
			var toc []string
			for _, it := range items {
				name, _ := Sanitize(it.Name)
				if starts[name] == 0 {
					t.Errorf("no section found for %s", name)
				}
				toc = append(toc, name+strconv.Itoa(starts[name]))
			}
			inOrder(t, "contents", pages[1], append([]string{"目录", "医疗保障"}, toc...))
			// Running heads and page numbers on inner pages.
			for i := 2; i < len(pages)-1; i++ {
				lines := strings.Fields(pages[i])
				if lines[len(lines)-1] != strconv.Itoa(i+1) {
					t.Errorf("page %d ends with %q, want its number", i+1, lines[len(lines)-1])
				}
				if head := strings.TrimSpace(strings.SplitN(strings.TrimLeft(pages[i], "\n "), "\n", 2)[0]); (i+1)%2 == 0 && head != hs.HallName {
					t.Errorf("page %d running head %q, want the hall's name", i+1, head)
				}
			}
			// Every character of the content, in order, across page breaks.
			var body strings.Builder
			for _, p := range pages[2 : len(pages)-1] {
				body.WriteString(dropFurniture(p) + "\n")
			}
			inOrder(t, "sections", body.String(), guideFragments(items))
		})
	}
}

func TestPocketGuideErrors(t *testing.T) {
	hs := sampleHall()
	empty := hall.ServiceItem{Name: "空白事项", Category: "其他", Fee: "不收费"}
	for _, c := range []struct {
		name  string
		items []hall.ServiceItem
		opt   GuideOptions
		field string
		text  string
	}{
		{"no items", nil, GuideOptions{}, "items", "请至少选择一个服务事项"},
		{"empty item", []hall.ServiceItem{longItem(), empty}, GuideOptions{}, "items", "事项“空白事项”的办理条件、所需材料、办理流程和常见问答都是空的"},
		{"page size", []hall.ServiceItem{longItem()}, GuideOptions{PageSize: "B5"}, "pageSize", "A6或A5"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := PocketGuide(c.items, hs, c.opt)
			e := hall.AsError(err)
			if e == nil || e.Code != hall.CodeInvalid || e.Field != c.field || !strings.Contains(e.Message, c.text) {
				t.Errorf("err = %v, want invalid %s with %q", err, c.field, c.text)
			}
		})
	}
	if _, err := Booklet(Document{PDF: []byte("%PDF")}, "A6"); hall.AsError(err) == nil {
		t.Errorf("Booklet of a non-guide: err = %v", err)
	}
	g, err := PocketGuide([]hall.ServiceItem{longItem()}, hs, GuideOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Booklet(g, "A5"); hall.AsError(err) == nil || hall.AsError(err).Field != "pageSize" {
		t.Errorf("Booklet of an A6 guide as A5: err = %v", err)
	}
}

// cellText extracts the text inside a rectangle (in pt) of one page.
func cellText(t *testing.T, path string, page int, x, y, w, h float64) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-f", strconv.Itoa(page), "-l", strconv.Itoa(page),
		"-x", fmt.Sprint(int(x)), "-y", fmt.Sprint(int(y)), "-W", fmt.Sprint(int(w)), "-H", fmt.Sprint(int(h)),
		"-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

func TestBookletRoundTrip(t *testing.T) {
	testtools.Need(t, "pdftotext")
	items, hs := sampleItems(), sampleHall()
	for _, c := range []struct {
		size, sheet string
		perSide     int
	}{{"A6", "595.28 x 841.89", 4}, {"A5", "841.89 x 595.28", 2}} {
		t.Run(c.size, func(t *testing.T) {
			g, err := PocketGuide(items, hs, GuideOptions{Year: 2026, PageSize: c.size})
			if err != nil {
				t.Fatal(err)
			}
			b, err := Booklet(g, "")
			if err != nil {
				t.Fatal(err)
			}
			per := 2 * c.perSide
			padded := (g.Pages + per - 1) / per * per
			if n := pdfSizes(t, b.PDF, c.sheet); n != b.Pages || n != padded/per*2 {
				t.Errorf("booklet of %d pages: %d sheet sides (Document.Pages %d), want %d", g.Pages, n, b.Pages, padded/per*2)
			}
			requireAll(t, "booklet", pdfText(t, b.PDF), func() []string {
				var names []string
				for _, it := range items {
					n, _ := Sanitize(it.Name)
					names = append(names, n)
				}
				return names
			}())

			// Each page position on each sheet holds the right page: its text (upright or
			// turned) is that page's text in the single-page guide, or a notes page.
			single := pdfPagesText(t, g.PDF)
			dir := t.TempDir()
			path := filepath.Join(dir, "b.pdf")
			if err := os.WriteFile(path, b.PDF, 0o600); err != nil {
				t.Fatal(err)
			}
			pw, ph := 297.64, 419.53
			if c.size == "A5" {
				pw, ph = 419.53, 595.28
			}
			for si, side := range ImposeOrder(padded, c.perSide) {
				for pos, sl := range side.Slots {
					x, y := slotOrigin(c.perSide, pos, guideStyles[c.size])
					got := compact(cellText(t, path, si+1, x/25.4*72+2, y/25.4*72+2, pw-4, ph-4))
					var want string
					switch {
					case sl.Page == padded:
						want = compact(single[len(single)-1])
					case sl.Page < g.Pages:
						want = compact(single[sl.Page-1])
					case sl.Page%2 == 0: // a notes page, its running head on the left the hall's name
						want = compact(hs.HallName) + "记事" + strconv.Itoa(sl.Page)
					default:
						want = "记事记事" + strconv.Itoa(sl.Page)
					}
					if sortedRunes(got) != sortedRunes(want) {
						t.Errorf("sheet %d %s position %d (page %d, rotated %v):\n got %q\nwant %q",
							side.Sheet, map[bool]string{false: "front", true: "back"}[side.Back], pos, sl.Page, sl.Rotated, got, want)
					}
				}
			}
		})
	}
}

// sortedRunes is s's characters in order, for comparing text whose reading order a PDF
// extractor may change for turned pages.
func sortedRunes(s string) string {
	rs := []rune(s)
	for i := 1; i < len(rs); i++ {
		for j := i; j > 0 && rs[j] < rs[j-1]; j-- {
			rs[j], rs[j-1] = rs[j-1], rs[j]
		}
	}
	return string(rs)
}

// guideItems48 is the built-in catalog repeated (from some item on) until the A6 guide has
// exactly 48 pages.
func guideItems48(tb testing.TB) []hall.ServiceItem {
	doc, err := newDocSize("t", "A6")
	if err != nil {
		tb.Fatal(err)
	}
	b := hall.BuiltinCatalog()
	for off := range b {
		var items []hall.ServiceItem
		for i := off; ; i++ {
			items = append(items, b[i%len(b)])
			n := len(layoutGuide(doc, items, sampleHall(), GuideOptions{Title: DefaultGuideTitle, Year: 2026}, "A6").pages)
			if n == 48 {
				return items
			}
			if n > 48 {
				break
			}
		}
	}
	tb.Fatal("no run of catalog items makes a 48-page guide")
	return nil
}

func BenchmarkPocketGuide48(b *testing.B) {
	items := guideItems48(b)
	g, err := PocketGuide(items, sampleHall(), GuideOptions{Year: 2026})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PocketGuide(items, sampleHall(), GuideOptions{Year: 2026}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(g.Pages), "pages")
}

func BenchmarkBooklet48(b *testing.B) {
	g, err := PocketGuide(guideItems48(b), sampleHall(), GuideOptions{Year: 2026})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Booklet(g, "A6"); err != nil {
			b.Fatal(err)
		}
	}
}
