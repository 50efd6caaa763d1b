package pdf

import (
	"strings"
	"testing"

	"halldesk/backend/hall"
)

// sampleMongolian is what a hall's administrator might type: the fixed fields and the Mongolian
// of some titles and labels (a sample for tests, not a translation HallDesk ships).
func sampleMongolian() hall.MongolianTexts {
	return hall.MongolianTexts{
		HallName:    "ᠤᠯᠠᠭᠠᠨᠮᠥᠷᠡᠨ ᠪᠠᠯᠭᠠᠰᠤ\u202Fᠶᠢᠨ ᠠᠷᠠᠳ ᠲᠤ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠲᠥᠪ",
		Township:    "ᠤᠯᠠᠭᠠᠨᠮᠥᠷᠡᠨ ᠪᠠᠯᠭᠠᠰᠤ",
		Banner:      "ᠡᠵᠡᠨᠬᠣᠷᠤᠭ᠎ᠠ ᠬᠣᠰᠢᠭᠤ",
		Address:     "ᠤᠯᠠᠭᠠᠨᠮᠥᠷᠡᠨ ᠪᠠᠯᠭᠠᠰᠤ\u202Fᠶᠢᠨ ᠠᠷᠠᠳ\u202Fᠤᠨ ᠵᠠᠰᠠᠭ\u202Fᠤᠨ ᠭᠠᠵᠠᠷ\u202Fᠤᠨ ᠨᠢᠭᠡᠳᠦᠭᠡᠷ ᠳᠠᠪᠬᠤᠷ",
		OfficeHours: "ᠠᠵᠢᠯ\u202Fᠤᠨ ᠡᠳᠦᠷ 8:30—12:00 14:30—17:30",
		Labels: map[string]string{
			"受理回执":         "ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠲᠠᠰᠤᠯᠪᠤᠷᠢ",
			"领导干部信访接待日安排表": "ᠤᠳᠤᠷᠢᠳᠤᠯ\u202Fᠤᠨ ᠪᠠᠶᠢᠴᠠᠭᠠᠨ ᠤᠭᠲᠤᠬᠤ ᠡᠳᠦᠷ\u202Fᠦᠨ ᠬᠠᠭᠤᠳᠠᠰᠤ",
			"便民服务指南":       "ᠠᠷᠠᠳ ᠲᠤ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠵᠢᠭᠠᠯᠲᠠ",
			"政策宣传单":        "ᠪᠣᠳᠣᠯᠭ᠎ᠠ\u202Fᠶᠢᠨ ᠰᠤᠷᠲᠠᠯᠴᠢᠯᠠᠭ᠎ᠠ",
			"干部民情联系卡":      "ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠺᠠᠷᠲ",
			"办理地点":         "ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ",
			"办公时间":         "ᠠᠵᠢᠯᠯᠠᠬᠤ ᠴᠠᠭ",
			"联系电话":         "ᠬᠠᠷᠢᠯᠴᠠᠬᠤ ᠤᠲᠠᠰᠤ",
			"监督电话":         "ᠬᠢᠨᠠᠨ ᠬᠠᠷᠭᠤᠯᠠᠬᠤ ᠤᠲᠠᠰᠤ",
			"办理时限":         "ᠪᠠᠷᠢᠬᠤ ᠬᠤᠭᠤᠴᠠᠭ᠎ᠠ",
			"办理地点和时间":      "ᠪᠠᠷᠢᠬᠤ ᠭᠠᠵᠠᠷ ᠪᠠ ᠴᠠᠭ",
			"咨询电话":         "ᠯᠠᠪᠯᠠᠬᠤ ᠤᠲᠠᠰᠤ",
			"投诉电话":         "ᠭᠣᠮᠳᠠᠯ ᠮᠡᠳᠡᠭᠦᠯᠬᠦ ᠤᠲᠠᠰᠤ",
		},
	}
}

// bilingualHall is the sample hall with its Mongolian.
func bilingualHall() hall.HallSettings {
	hs := sampleHall()
	hs.Mongolian = sampleMongolian()
	return hs
}

// backInOrder checks that each of wants comes back from pdftotext in text in order
// (whitespace aside; see inOrder) and that no □ came back.
func backInOrder(t *testing.T, name, text string, wants ...string) {
	t.Helper()
	inOrder(t, name, text, wants)
	if strings.ContainsRune(text, Substitute) {
		t.Errorf("%s: a □ came back:\n%s", name, text)
	}
}

// TestMongolReceiptMasthead prints a receipt for a hall with its Mongolian: the Mongolian hall
// name above the Chinese one, the Mongolian title above the Chinese title, all back from
// pdftotext in that order.
func TestMongolReceiptMasthead(t *testing.T) {
	d := sampleCaseDoc()
	d.Hall.Mongolian = sampleMongolian()
	d.Case.Materials[5].Note = "二级以上医院出具" // no rare character: nothing may come back as □
	data, bad, err := Receipt(d)
	if err != nil || len(bad) > 0 {
		t.Fatalf("receipt: %v, replaced %q", err, bad)
	}
	renderPNG(t, data, "mongol-receipt", 1, 1)
	m := d.Hall.Mongolian
	backInOrder(t, "receipt", pdfText(t, data), m.HallName, d.Hall.HallName, m.Label("受理回执"), "受理回执")
}

// TestMongolRosterMasthead does the same for the petition day's roster notice.
func TestMongolRosterMasthead(t *testing.T) {
	d := sampleRoster()
	d.Hall.Mongolian = sampleMongolian()
	data, _, err := RosterNotice(d)
	if err != nil {
		t.Fatal(err)
	}
	renderPNG(t, data, "mongol-roster", 1, 1)
	m := d.Hall.Mongolian
	backInOrder(t, "roster", pdfText(t, data), m.HallName, d.Hall.HallName, m.Label("领导干部信访接待日安排表"), "领导干部信访接待日安排表")
}

// TestNoMongolianNoChange prints the counter and petition documents for a hall without Mongolian
// (and for one whose Mongolian is only blanks or labels of other documents): no text layer, no
// outlines, and the same text and pages as before.
func TestNoMongolianNoChange(t *testing.T) {
	blank := hall.MongolianTexts{HallName: "  ", Labels: map[string]string{"受理回执": " ", "干部民情联系卡": "ᠺᠠᠷᠲ"}}
	d := sampleCaseDoc()
	plain, _, err := Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	d.Hall.Mongolian = blank
	other, _, err := Receipt(d)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(other), "ActualText") {
		t.Error("a receipt without Mongolian for it has a Mongolian text layer")
	}
	if a, b := pdfText(t, plain), pdfText(t, other); a != b {
		t.Errorf("blank Mongolian changed the receipt:\n%s\n----\n%s", a, b)
	}
}

// mongolNotice is the Mongolian of the sample notice's first paragraph (a sample, not a
// translation HallDesk ships): the payment period and the fee, with Chinese and digits in it.
const mongolNotice = "ᠬᠣᠲᠠ ᠰᠠᠯᠠ\u202Fᠶᠢᠨ ᠠᠷᠠᠳ\u202Fᠤᠨ ᠡᠮᠨᠡᠯᠭᠡ\u202Fᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ\u202Fᠤᠨ ᠬᠢᠷᠠ ᠲᠥᠯᠥᠭᠡ ᠲᠥᠯᠥᠬᠦ ᠴᠠᠭ᠄ " +
	"2026 ᠣᠨ\u202Fᠤ 9 ᠰᠠᠷ᠎ᠠ\u202Fᠶᠢᠨ 1 ᠡᠴᠡ 12 ᠰᠠᠷ᠎ᠠ\u202Fᠶᠢᠨ 31 ᠬᠦᠷᠲᠡᠯ᠎ᠡ᠃ ᠬᠦᠮᠦᠨ ᠪᠦᠷᠢ ᠵᠢᠯ\u202Fᠳᠦ 400 ᠶᠤᠸᠠᠨ᠃ " +
	"“蒙速办” ᠪᠤᠶᠤ ᠰᠤᠮᠤ ᠪᠠᠯᠭᠠᠰᠤ\u202Fᠶᠢᠨ ᠠᠷᠠᠳ ᠲᠤ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠬᠦ ᠲᠥᠪ\u202Fᠲᠦ ᠲᠥᠯᠥᠵᠦ ᠪᠣᠯᠣᠨ᠎ᠠ᠃\n" +
	"ᠠᠰᠠᠭᠤᠬᠤ ᠵᠦᠢᠯ ᠪᠠᠢᠪᠠᠯ 0477-8612345 ᠳᠤᠭᠠᠷ ᠲᠤ ᠯᠠᠪᠯᠠᠨ ᠠᠰᠠᠭᠤᠭᠠᠷᠠᠢ᠃"

// TestMongolLeafletPanel prints a leaflet with a Mongolian title and text: the text in a panel
// of columns at the left of the Chinese body, everything back from pdftotext with the
// Mongolian first, and the Chinese body kept whole.
func TestMongolLeafletPanel(t *testing.T) {
	l := notice(3)
	l.Paragraphs[2] = strings.ReplaceAll(l.Paragraphs[2], string(rare), "")
	l.MongolianTitle = "ᠡᠮᠨᠡᠯᠭᠡ\u202Fᠶᠢᠨ ᠳᠠᠭᠠᠳᠬᠠᠯ\u202Fᠤᠨ ᠬᠢᠷᠠ ᠲᠥᠯᠥᠭᠡ ᠲᠥᠯᠥᠬᠦ ᠲᠤᠬᠠᠢ ᠮᠡᠳᠡᠭᠳᠡᠯ"
	l.Mongolian = mongolNotice
	hs := bilingualHall()
	d, err := Leaflet(l, hs)
	if err != nil || len(d.Missing) > 0 {
		t.Fatalf("leaflet: %v, missing %q", err, d.Missing)
	}
	if d.Pages != 1 {
		t.Errorf("%d pages, want the panel beside the body on one", d.Pages)
	}
	renderPNG(t, d.PDF, "mongol-leaflet-panel", 1, 1)
	text := pdfText(t, d.PDF)
	backInOrder(t, "leaflet", text, hs.Mongolian.HallName, hs.HallName, l.MongolianTitle, l.Title, mongolNotice)
	inOrder(t, "leaflet", text, l.Paragraphs)

	l.MongolianPage = true
	d, err = Leaflet(l, hs)
	if err != nil || len(d.Missing) > 0 {
		t.Fatalf("leaflet: %v, missing %q", err, d.Missing)
	}
	if d.Pages != 2 {
		t.Errorf("%d pages, want the Mongolian page before the Chinese one", d.Pages)
	}
	renderPNG(t, d.PDF, "mongol-leaflet-page", 1, 2)
	text = pdfText(t, d.PDF)
	backInOrder(t, "leaflet with a Mongolian page", text, hs.Mongolian.HallName, hs.HallName, l.MongolianTitle, mongolNotice,
		hs.Mongolian.HallName, hs.HallName, l.MongolianTitle, l.Title)
	inOrder(t, "leaflet with a Mongolian page", text, l.Paragraphs)
}

// TestMongolCards prints contact cards for a hall with its Mongolian, the first cadre with a
// Mongolian name: the card title's Mongolian above the title, the name's Mongolian before
// the name, the hall's Mongolian name above its name on the back; a cadre without one prints
// as before.
func TestMongolCards(t *testing.T) {
	cadres := sampleCadres(2)
	cadres[0].NameMongolian = "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ"
	hs := bilingualHall()
	data, bad, err := ContactCards(cadres, hs, CardOptions{Back: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(bad) > 0 {
		t.Fatalf("replaced %q", bad)
	}
	renderPNG(t, data, "mongol-cards", 1, 2)
	front, back := rawText(t, data, 1, 1), rawText(t, data, 2, 2)
	backInOrder(t, "card front", front, hs.Mongolian.Label("干部民情联系卡"), "干部民情联系卡", cadres[0].NameMongolian, cadres[0].Name)
	backInOrder(t, "card back", back, hs.Mongolian.HallName, hs.HallName)
	if strings.Count(compact(front), compact(hs.Mongolian.Label("干部民情联系卡"))) != 2 {
		t.Errorf("want the title's Mongolian on both cards:\n%s", front)
	}
	if strings.Count(front, "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ") != 1 {
		t.Errorf("want the Mongolian name on its own cadre's card only:\n%s", front)
	}
}

// TestMongolGuide prints the pocket guide for a hall with its Mongolian: on the cover the
// banner and township, the guide's title (in a column at the left of the Chinese title) and
// the hall's name, each in Mongolian before its Chinese; on an item page the labels of the
// facts table with their Mongolian above them. A hall without Mongolian gets the guide as
// before.
func TestMongolGuide(t *testing.T) {
	hs := bilingualHall()
	m := hs.Mongolian
	m.Labels["便民服务指南"] = "ᠠᠷᠠᠳ ᠲᠤ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠵᠢᠭᠠᠯᠲᠠ"
	opt := GuideOptions{Title: "惠民政策口袋书", Subtitle: "医保·养老·低保 办事指南", Year: 2026}
	items := sampleItems()
	g, err := PocketGuide(items, hs, opt)
	if err != nil {
		t.Fatal(err)
	}
	renderPNG(t, g.PDF, "mongol-guide", 1, 4)
	pages := pdfPagesText(t, g.PDF)
	backInOrder(t, "cover", pages[0], m.Banner, m.Township, hs.Banner, m.Label("便民服务指南"), opt.Title, m.HallName, hs.HallName)
	facts := -1
	for i, p := range pages {
		if strings.Contains(p, "办理时限") {
			facts = i
			break
		}
	}
	if facts < 0 {
		t.Fatal("no item page with the facts table")
	}
	backInOrder(t, "item page", pages[facts], m.Label("办理时限"), "办理时限")
	if plain, err := PocketGuide(items, sampleHall(), opt); err != nil {
		t.Fatal(err)
	} else if strings.Contains(string(plain.PDF), "ActualText") {
		t.Error("a guide without Mongolian has a Mongolian text layer")
	}
}

// TestMongolLeafletContacts prints an item's leaflet, whose contacts are the hall's own: the
// hall's Mongolian name, address and hours stand above them in the box at the foot.
func TestMongolLeafletContacts(t *testing.T) {
	hs := bilingualHall()
	m := hs.Mongolian
	l := ItemLeaflet(sampleItems()[0], hs)
	d, err := Leaflet(l, hs)
	if err != nil || len(d.Missing) > 0 {
		t.Fatalf("leaflet: %v, missing %q", err, d.Missing)
	}
	renderPNG(t, d.PDF, "mongol-leaflet-item", 1, 1)
	backInOrder(t, "item leaflet", pdfText(t, d.PDF), m.HallName, hs.HallName, l.Title, m.HallName, m.Address, m.OfficeHours, l.Contacts)
}
