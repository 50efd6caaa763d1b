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

var cardHall = hall.HallSettings{HallName: "乌兰木伦镇便民服务大厅", Township: "乌兰木伦镇", Banner: "伊金霍洛旗",
	Phone: "0477-8612345", SupervisionPhone: "0477-8612300"}

var cardServices = []CardLine{
	{"医保", "城乡居民医保参保登记、城乡居民医保代缴费、异地就医备案、医疗费用报销代办、医保参保信息变更"},
	{"养老", "城乡居民养老保险参保登记、养老保险缴费档次变更、养老保险待遇领取申请、养老保险领取资格认证"},
	{"低保", "最低生活保障新申请、低保家庭情况变更、低保复核、低保暂停或停发"},
}

const cardHours = "乌兰木伦镇人民政府一楼便民服务大厅；工作日上午9:00—12:00，下午14:30—17:30（法定节假日除外）"

// sampleCadres are n cadres of every type, some with the longest text the registry allows and
// one whose name has a character above U+FFFF.
func sampleCadres(n int) []hall.Cadre {
	names := []string{"巴特尔", "王建国", "其其格", "李秀英", "额尔德尼巴雅尔", "张" + string(rare) + "明", "斯琴高娃", "刘海军"}
	var out []hall.Cadre
	for i := 0; i < n; i++ {
		c := hall.Cadre{
			ID: int64(i + 1), Name: names[i%len(names)], Position: "镇党委委员、驻巴图塔村工作队队长",
			Unit: "乌兰木伦镇人民政府", Phone: fmt.Sprintf("139477%05d", 10000+i), Type: hall.CadreTypes[i%len(hall.CadreTypes)],
			VillageNames: []string{"巴图塔村"}, Coverage: "一组至三组，共68户", Active: true,
		}
		switch i % 5 {
		case 1:
			c.Phone = "0477-86123" + fmt.Sprintf("%02d", i)
			c.Position, c.Unit, c.Coverage, c.VillageNames = "", "", "", nil
		case 2: // every field at its limit
			c.Name = strings.Repeat("阿", hall.MaxCadreName-2) + strconv.Itoa(10+i)
			c.Position = strings.Repeat("镇党委委员兼宣传委员", 4)
			c.Unit = runes(strings.Repeat("伊金霍洛旗乌兰木伦镇人民政府", 3), hall.MaxCadreUnit)
			c.Coverage = runes(strings.Repeat("一组二组三组（共68户）", 5), hall.MaxCadreCoverage)
			c.VillageNames = []string{"乌兰木伦村", "巴图塔村", "哈拉沟村", "补连塔村", "公涅尔盖村", "布尔台格村", "上湾社区", "乌兰木伦社区"}
		}
		out = append(out, c)
	}
	return out
}

// runes is the first n characters of s.
func runes(s string, n int) string { return string([]rune(s)[:n]) }

// a4Pages checks with pdfinfo that every page is A4 portrait and returns the page count.
func a4Pages(t *testing.T, data []byte) int {
	t.Helper()
	testtools.Need(t, "pdfinfo")
	p := filepath.Join(t.TempDir(), "cards.pdf")
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
	for _, s := range sizes {
		if !strings.HasPrefix(s[1], "595.28 x 841.89 pts") {
			t.Errorf("page size %q, want A4 595.28 x 841.89 pts", s[1])
		}
	}
	return n
}

// rawText extracts a page range in content order (pdftotext -raw), so that each card's text
// comes out whole even though the cards stand side by side.
func rawText(t *testing.T, data []byte, first, last int) string {
	t.Helper()
	testtools.Need(t, "pdftotext")
	p := filepath.Join(t.TempDir(), "cards.pdf")
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-raw", "-enc", "UTF-8", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return string(out)
}

// renderPNG keeps the PDF and PNGs of a page range in test-output/pdf for people and CI to
// look at.
func renderPNG(t *testing.T, data []byte, name string, first, last int) {
	t.Helper()
	if !testtools.Have(t, "pdftoppm") {
		return
	}
	dir := filepath.Join("..", "..", "test-output", "pdf")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Logf("no PNGs: %v", err)
		return
	}
	p := filepath.Join(dir, name+".pdf")
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("pdftoppm", "-r", "80", "-png", "-f", strconv.Itoa(first), "-l", strconv.Itoa(last), p, filepath.Join(dir, name))
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("pdftoppm: %v %s", err, out)
	}
}

func TestContactCardsPagesAndText(t *testing.T) {
	cadres := sampleCadres(23)
	front, bad, err := ContactCards(cadres, cardHall, CardOptions{Services: cardServices, Hours: cardHours})
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) != 1 || bad[0] != rare {
		t.Errorf("substituted = %q, want the one rare character once", bad)
	}
	if n := a4Pages(t, front); n != 3 {
		t.Errorf("fronts only: %d pages, want 3", n)
	}
	both, _, err := ContactCards(cadres, cardHall, CardOptions{Back: true, Pledge: "心系群众　服务到家", Services: cardServices, Hours: cardHours})
	if err != nil {
		t.Fatal(err)
	}
	if n := a4Pages(t, both); n != 6 {
		t.Errorf("with backs: %d pages, want 6", n)
	}
	renderPNG(t, both, "contact-cards", 1, 2)

	// Fronts are pages 1, 3, 5: every card's text comes back whole, in order.
	var fronts string
	for _, p := range []int{1, 3, 5} {
		fronts += rawText(t, both, p, p)
	}
	flat := compact(fronts)
	at := 0
	for i, c := range cadres {
		name := strings.ReplaceAll(c.Name, string(rare), "□")
		wants := []string{name, c.Type, c.Position, c.Unit, c.Phone, strings.Join(c.VillageNames, "、") + c.Coverage}
		for _, w := range wants {
			if w = compact(w); w == "" {
				continue
			}
			j := strings.Index(flat[at:], w)
			if j < 0 {
				t.Fatalf("card %d: %q not found (in order) in the fronts' text:\n%s", i+1, w, fronts)
			}
			at += j + len(w)
		}
	}
	for _, w := range []string{"干部民情联系卡伊金霍洛旗乌兰木伦镇", "心系群众服务到家", "服务大厅0477-8612345",
		"联络员", "宣传员", "代办员", "帮扶员", "调解员"} {
		if got := strings.Count(flat, w); got != 23 {
			t.Errorf("%q appears %d times on the fronts, want 23", w, got)
		}
	}
	// Backs are pages 2, 4, 6.
	backs := compact(rawText(t, both, 2, 2) + rawText(t, both, 4, 4) + rawText(t, both, 6, 6))
	for _, w := range []string{"乌兰木伦镇便民服务大厅", "便民服务事项（可请包联干部代办）", cardServices[0].Text, cardServices[1].Text,
		cardServices[2].Text, cardHours, "大厅电话0477-8612345", "监督电话0477-8612300"} {
		if got := strings.Count(backs, compact(w)); got != 23 {
			t.Errorf("%q appears %d times on the backs, want 23", w, got)
		}
	}
}

func TestContactCardsDefaultsAndRefusal(t *testing.T) {
	_, _, err := ContactCards(nil, cardHall, CardOptions{})
	if e := hall.AsError(err); e == nil || e.Code != hall.CodeInvalid {
		t.Fatalf("no cadre: %v, want invalid", err)
	}
	data, bad, err := ContactCards(sampleCadres(1), hall.HallSettings{HallName: "大厅"}, CardOptions{Back: true})
	if err != nil || len(bad) != 0 {
		t.Fatal(err, bad)
	}
	if n := a4Pages(t, data); n != 2 {
		t.Fatalf("%d pages, want 2", n)
	}
	text := compact(rawText(t, data, 1, 2))
	for _, w := range []string{hall.DefaultPledge, defaultServices[0].Text} {
		if !strings.Contains(text, compact(w)) {
			t.Errorf("lacks %q:\n%s", w, text)
		}
	}
}

func TestCardSlots(t *testing.T) {
	var fronts []cardRect
	for i := 0; i < cardsPerPage; i++ {
		f, b := cardSlot(i, false), cardSlot(i, true)
		if f.w != 90 || f.h != 54 || b.w != 90 || b.h != 54 {
			t.Fatalf("card %d is %v × %v mm", i, f.w, f.h)
		}
		// inside the printable area, with room for the crop marks
		if f.x < 10 || f.y < 7 || f.x+f.w > 200 || f.y+f.h > 290 {
			t.Errorf("card %d at %+v leaves the page's margins", i, f)
		}
		// flipped on the long edge, the back page's x runs mirrored: the back lands behind the front
		if b.y != f.y || b.x != 210-f.x-f.w {
			t.Errorf("back of card %d at %+v, front at %+v", i, b, f)
		}
		for j, o := range fronts {
			if f.x < o.x+o.w && o.x < f.x+f.w && f.y < o.y+o.h && o.y < f.y+f.h {
				t.Errorf("cards %d and %d overlap", j, i)
			}
		}
		fronts = append(fronts, f)
	}
	// centred on the page
	last := fronts[len(fronts)-1]
	if d := fronts[0].x - (210 - last.x - last.w); d > 0.01 || d < -0.01 {
		t.Errorf("not centred across: %v", d)
	}
	if d := fronts[0].y - (297 - last.y - last.h); d > 0.01 || d < -0.01 {
		t.Errorf("not centred down: %v", d)
	}
}

func TestCropMarksStayOutsideCards(t *testing.T) {
	for _, n := range []int{1, 3, 10} {
		var cards []cardRect
		for i := 0; i < n; i++ {
			cards = append(cards, cardSlot(i, false))
		}
		marks := cropMarks(cards)
		for _, m := range marks {
			for _, c := range cards {
				// a segment is axis-parallel: it enters a card if it crosses its open interior
				if max(m.x1, m.x2) > c.x && min(m.x1, m.x2) < c.x+c.w && max(m.y1, m.y2) > c.y && min(m.y1, m.y2) < c.y+c.h {
					t.Errorf("%d cards: mark %+v inside card %+v", n, m, c)
				}
				if m.x1 < markEdge || m.x2 > 210-markEdge || m.y1 < markEdge || m.y2 > 297-markEdge {
					t.Errorf("%d cards: mark %+v too near the paper's edge", n, m)
				}
			}
		}
		// every corner has a mark along each of its two edges
		for i, c := range cards {
			for _, x := range []float64{c.x, c.x + c.w} {
				for _, y := range []float64{c.y, c.y + c.h} {
					var vertical, horizontal bool
					for _, m := range marks {
						near := func(a, b float64) bool { return a-b < markOff+0.01 && b-a < markOff+0.01 }
						if m.x1 == x && m.x2 == x && (near(m.y1, y) || near(m.y2, y)) {
							vertical = true
						}
						if m.y1 == y && m.y2 == y && (near(m.x1, x) || near(m.x2, x)) {
							horizontal = true
						}
					}
					if !vertical || !horizontal {
						t.Errorf("%d cards: card %d corner (%v, %v) lacks a mark (vertical %v, horizontal %v)", n, i, x, y, vertical, horizontal)
					}
				}
			}
		}
	}
}

// TestCardTextNeverOverflows lays out the longest content the registry allows and checks that
// every line stays inside the card's body, labels and tags included, and no character is lost.
func TestCardTextNeverOverflows(t *testing.T) {
	doc, err := newDoc("t")
	if err != nil {
		t.Fatal(err)
	}
	doc.SetCellMargin(0)
	s := &sheet{doc: doc}
	long := hall.Cadre{Name: strings.Repeat("额", hall.MaxCadreName), Position: strings.Repeat("职", hall.MaxCadrePosition),
		Unit: strings.Repeat("单", hall.MaxCadreUnit), Phone: "13947712345", Type: "驻村干部", Coverage: strings.Repeat("户", hall.MaxCadreCoverage)}
	for i := 0; i < hall.MaxCadreVillages; i++ {
		long.VillageNames = append(long.VillageNames, "乌兰木伦社区")
	}
	for _, c := range []hall.Cadre{long, sampleCadres(1)[0], {Name: "李", Phone: "13800000000", Type: "窗口人员"}} {
		h := cardH - cardFootH - 0.8 - cardBand - 1.3
		blocks := s.frontBlocks(c)
		placed, fits := s.cardFlow(blocks, cardInnerW, h)
		if !fits {
			t.Errorf("%s: the front does not fit", c.Name)
		}
		bottom := 0.0
		for i, p := range placed {
			if p.y < -0.01 || p.y+p.h > h+0.01 {
				t.Errorf("%s: block %d runs from %.2f to %.2f, body is %.2f mm", c.Name, i, p.y, p.y+p.h, h)
			}
			if p.y < bottom-0.01 {
				t.Errorf("%s: block %d overlaps the one above", c.Name, i)
			}
			bottom = p.y + p.h
			doc.SetFont(family, "", p.fs)
			for _, l := range p.lines {
				if w := doc.GetStringWidth(l) + p.labelW + p.tagW; w > cardInnerW+0.01 {
					t.Errorf("%s: line %q is %.2f mm wide, room %.2f", c.Name, l, w, cardInnerW)
				}
			}
			if len(p.chips) == 0 && strings.Join(p.lines, "") != blocks[i].text {
				t.Errorf("%s: block %d lost characters: %q", c.Name, i, p.lines)
			}
			if p.fs < smallest-0.01 && len(p.chips) == 0 {
				t.Errorf("%s: block %d set at %.2f pt", c.Name, i, p.fs)
			}
		}
	}
	// The whole long card round-trips through the PDF.
	data, _, err := ContactCards([]hall.Cadre{long}, cardHall, CardOptions{Pledge: strings.Repeat("为", 20)})
	if err != nil {
		t.Fatal(err)
	}
	text := compact(rawText(t, data, 1, 1))
	for _, w := range []string{long.Name, long.Position, long.Unit, strings.Join(long.VillageNames, "、") + long.Coverage, strings.Repeat("为", 20)} {
		if !strings.Contains(text, w) {
			t.Errorf("long card lacks %q:\n%s", w, text)
		}
	}
}

// BenchmarkContactCards200 is 200 cards with backs: 20 sheets of fronts and 20 of backs.
func BenchmarkContactCards200(b *testing.B) {
	cadres := sampleCadres(200)
	for b.Loop() {
		if _, _, err := ContactCards(cadres, cardHall, CardOptions{Back: true, Services: cardServices, Hours: cardHours}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCardBackTooManyServices: services that cannot fit even at the smallest size are cut from
// the end, and the card sends the reader to the hall for the rest.
func TestCardBackTooManyServices(t *testing.T) {
	var many []CardLine
	for i := 0; i < 12; i++ {
		many = append(many, CardLine{Label: "事项" + strconv.Itoa(i), Text: strings.Repeat("城乡居民医保参保登记、", 8)})
	}
	data, _, err := ContactCards(sampleCadres(1), cardHall, CardOptions{Back: true, Services: many, Hours: cardHours})
	if err != nil {
		t.Fatal(err)
	}
	text := compact(rawText(t, data, 2, 2))
	if !strings.Contains(text, "事项0") || strings.Contains(text, "事项11") || !strings.Contains(text, "更多服务事项请咨询服务大厅") ||
		!strings.Contains(text, compact(cardHours)) {
		t.Fatalf("back:\n%s", text)
	}
}
