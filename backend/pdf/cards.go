package pdf

import (
	"strings"

	"halldesk/backend/hall"
)

// CardOptions chooses what the contact cards carry besides each cadre's own data.
type CardOptions struct {
	// Back adds, after each page of fronts, a page of backs mirrored for duplex printing
	// (flip on the long edge).
	Back bool
	// Pledge is the hall's service pledge line; hall.DefaultPledge when empty.
	Pledge string
	// Services are the back side's lines of the hall's services, one per kind (医保, 养老 …);
	// a general set when empty.
	Services []CardLine
	// Hours says on the back where and when the hall works; left out when empty.
	Hours string
}

// CardLine is one line of the card's back: a short label (医保) and its text.
type CardLine struct {
	Label string
	Text  string
}

// defaultServices stand on the back when the caller names none.
var defaultServices = []CardLine{
	{"医保", "城乡居民医保参保登记、缴费、异地就医备案、报销代办"},
	{"养老", "城乡居民养老保险参保登记、待遇领取、资格认证"},
	{"低保", "最低生活保障申请、家庭情况变更、复核"},
}

// Card regions in mm, relative to the card's top-left corner.
const (
	cardBand   = 10.5 // the red heading band
	cardFootH  = 6.5  // the tinted footer band
	cardPadX   = 4.5
	cardInnerW = cardW - 2*cardPadX
)

// ContactCards lays out 干部民情联系卡 (90 × 54 mm), ten to an A4 page with crop marks, one per
// cadre in the order given: the township's heading band, the cadre's name, position, unit and
// phone, the villages and households covered, the five roles, the pledge and the hall's phone.
// With opt.Back every page of fronts is followed by a page of backs (the hall's services,
// hours and phones) placed for duplex printing. Long text wraps or shrinks and never leaves
// the card. It returns the PDF and the characters that had to be substituted.
func ContactCards(cadres []hall.Cadre, hs hall.HallSettings, opt CardOptions) ([]byte, []rune, error) {
	if len(cadres) == 0 {
		return nil, nil, hall.Invalid("cadreIds", "请至少选择一名干部")
	}
	doc, err := newDoc("干部民情联系卡")
	if err != nil {
		return nil, nil, err
	}
	s := &sheet{doc: doc}
	doc.SetMargins(0, 0, 0)
	doc.SetCellMargin(0)
	doc.SetAutoPageBreak(false, 0)
	doc.SetCreator("便民服务台", true)

	pledge := strings.TrimSpace(opt.Pledge)
	if pledge == "" {
		pledge = hall.DefaultPledge
	}
	f := cardFace{
		place:   s.clean(strings.TrimSpace(hs.Banner + hs.Township)),
		hall:    s.clean(hs.HallName),
		phone:   s.clean(hs.Phone),
		super:   s.clean(hs.SupervisionPhone),
		pledge:  s.clean(pledge),
		mnHall:  hs.Mongolian.HallName,
		mnTitle: hs.Mongolian.Label("干部民情联系卡"),
	}
	var back []cardPlaced
	if opt.Back {
		back = s.backLayout(f, opt)
	}
	for start := 0; start < len(cadres); start += cardsPerPage {
		page := cadres[start:min(start+cardsPerPage, len(cadres))]
		doc.AddPage()
		var slots []cardRect
		for i := range page {
			slots = append(slots, cardSlot(i, false))
		}
		s.drawMarks(cropMarks(slots))
		for i, c := range page {
			s.front(slots[i], f, c)
		}
		if opt.Back {
			doc.AddPage()
			for i := range page {
				s.back(cardSlot(i, true), f, back)
			}
		}
	}
	return s.finish()
}

// cardFace is what every card of a batch shares, cleaned once.
type cardFace struct {
	place, hall, phone, super, pledge string
	mnHall, mnTitle                   string // the hall's Mongolian name and the card title's (mongolFitted)
}

// drawMarks draws the crop marks in registration black.
func (s *sheet) drawMarks(marks []cardSeg) {
	s.doc.SetDrawColor(0, 0, 0)
	s.doc.SetLineWidth(0.2)
	for _, m := range marks {
		s.doc.Line(m.x1, m.y1, m.x2, m.y2)
	}
}

// band draws the red heading band across the top of a card with its gold rule.
func (s *sheet) band(r cardRect, h float64) {
	doc := s.doc
	doc.SetFillColor(cardRed.r, cardRed.g, cardRed.b)
	doc.Rect(r.x, r.y, r.w, h, "F")
	doc.SetDrawColor(cardGold.r, cardGold.g, cardGold.b)
	doc.SetLineWidth(0.5)
	doc.Line(r.x, r.y+h+0.25, r.x+r.w, r.y+h+0.25)
}

// footer draws the tinted band along the bottom of a card.
func (s *sheet) footer(r cardRect) {
	doc := s.doc
	doc.SetFillColor(cardTint.r, cardTint.g, cardTint.b)
	doc.Rect(r.x, r.y+r.h-cardFootH, r.w, cardFootH, "F")
	doc.SetDrawColor(cardRed.r, cardRed.g, cardRed.b)
	doc.SetLineWidth(0.3)
	doc.Line(r.x, r.y+r.h-cardFootH, r.x+r.w, r.y+r.h-cardFootH)
}

// frontBlocks are the body of a card's front: name and type, position, unit, phone, the
// villages and households covered, and the five roles.
func (s *sheet) frontBlocks(c hall.Cadre) []cardBlock {
	blocks := []cardBlock{{text: s.clean(c.Name), tag: s.clean(c.Type), size: 15, min: 8, bold: true, color: cardInk, align: "L", lineH: 1.2, oneLine: true, labelK: 0.45}}
	if p := strings.TrimSpace(c.Position); p != "" {
		blocks = append(blocks, cardBlock{text: s.clean(p), size: 8, min: 5.5, color: cardInk, align: "L", before: 0.6, lineH: 1.25})
	}
	if u := strings.TrimSpace(c.Unit); u != "" {
		blocks = append(blocks, cardBlock{text: s.clean(u), size: 7, min: 5, color: cardGrey, align: "L", lineH: 1.25})
	}
	label := "手机"
	if strings.HasPrefix(c.Phone, "0") {
		label = "电话"
	}
	blocks = append(blocks, cardBlock{label: label, text: s.clean(phoneText(c.Phone)), size: 14, min: 10, bold: true, color: cardRed, align: "L", before: 1.2, lineH: 1.15, labelK: 0.5})
	covered := strings.Join(c.VillageNames, "、")
	if cov := strings.TrimSpace(c.Coverage); cov != "" {
		if covered != "" {
			covered += "　"
		}
		covered += cov
	}
	if covered != "" {
		blocks = append(blocks, cardBlock{label: "包联村组", text: s.clean(covered), size: 7, min: 5, color: cardInk, align: "L", before: 1, lineH: 1.3})
	}
	return append(blocks, cardBlock{chips: hall.CadreRoles, size: 6.5, min: 5, color: cardRed, before: 1})
}

// front draws one card's front in r.
func (s *sheet) front(r cardRect, f cardFace, c hall.Cadre) {
	doc := s.doc
	s.band(r, cardBand)
	// title on the left of the band, the township on the right, both shrinking to share it
	title := "干部民情联系卡"
	ts, titleY, titleH := 12.5, r.y, cardBand
	if hasMongol(f.mnTitle) { // the title's Mongolian above it: the title is set smaller
		ts = 10.5
	}
	doc.SetFont(family, "", ts)
	titleW := doc.GetStringWidth(title)
	placeW := cardInnerW - titleW - 3
	if mh := s.mongolFitted(f.mnTitle, r.x+cardPadX, r.y+0.7, titleW+placeW/3, 7.5, "L", cardWhite); mh > 0 {
		titleY, titleH = r.y+0.7+mh, cardBand-0.9-mh
	}
	s.cardText(cardWhite, true, ts)
	doc.SetFont(family, "", ts)
	doc.SetXY(r.x+cardPadX, titleY)
	doc.CellFormat(titleW, titleH, title, "", 0, "L", false, 0, "")
	s.cardText(cardWhite, false, ts)
	lines := s.fitLines(f.place, placeW, cardBand-1, 7.5)
	s.drawLines(lines, r.x+cardPadX+titleW+3, r.y, placeW, cardBand, "R", cardWhite)

	s.footer(r)
	s.frontFooter(r, f)

	top := r.y + cardBand + 1.3
	x, w, h := r.x+cardPadX, cardInnerW, r.y+r.h-cardFootH-0.8-top
	if cw := s.mongolNameColumn(c.NameMongolian, x, top, h); cw > 0 { // Mongolian first, at the left
		x, w = x+cw, w-cw
	}
	body, _ := s.cardFlow(s.frontBlocks(c), w, h) // the registry's limits keep it in
	s.cardDraw(body, x, top, w)
	doc.SetTextRenderingMode(0)
}

// frontFooter sets the pledge on the left of the footer band and the hall's phone on the right.
func (s *sheet) frontFooter(r cardRect, f cardFace) {
	doc := s.doc
	phone := "服务大厅 " + f.phone
	if f.phone == "" {
		phone = ""
	}
	ps, hs := 7.5, 6.5
	for {
		doc.SetFont(family, "", ps)
		pw := doc.GetStringWidth(f.pledge)
		doc.SetFont(family, "", hs)
		hw := doc.GetStringWidth(phone)
		if pw+hw+3 <= cardInnerW || ps <= smallest {
			y := r.y + r.h - cardFootH
			room := cardInnerW - hw - 3
			pl := s.fitLines(f.pledge, room, cardFootH-0.6, ps)
			s.cardText(cardRed, true, ps)
			s.drawLines(pl, r.x+cardPadX, y, room, cardFootH, "L", cardRed)
			s.cardText(cardInk, false, hs)
			doc.SetFont(family, "", hs)
			doc.SetXY(r.x+cardPadX+cardInnerW-hw, y)
			doc.CellFormat(hw, cardFootH, phone, "", 0, "R", false, 0, "")
			return
		}
		ps, hs = ps-0.25, max(hs-0.15, smallest)
	}
}

// backLayout lays out the back once for the whole batch: every back is the same. Services too
// many to fit even at the smallest size are cut from the end and the card says to ask at the
// hall for the rest.
func (s *sheet) backLayout(f cardFace, opt CardOptions) []cardPlaced {
	lines := opt.Services
	if len(lines) == 0 {
		lines = defaultServices
	}
	top := cardBand - 2 + 1.3
	for n := len(lines); ; n-- {
		blocks := []cardBlock{{text: "便民服务事项（可请包联干部代办）", size: 7.5, min: 5, bold: true, color: cardRed, align: "C", lineH: 1.3}}
		for _, l := range lines[:n] {
			blocks = append(blocks, cardBlock{label: s.clean(l.Label), text: s.clean(l.Text), size: 6.5, min: 4.5, color: cardInk, align: "L", before: 0.7, lineH: 1.3})
		}
		if n < len(lines) {
			blocks = append(blocks, cardBlock{text: "更多服务事项请咨询服务大厅", size: 6.5, min: 4.5, color: cardInk, align: "L", before: 0.7, lineH: 1.3})
		}
		if h := strings.TrimSpace(opt.Hours); h != "" {
			blocks = append(blocks, cardBlock{label: "地点时间", labelC: cardGrey, text: s.clean(h), size: 6.5, min: 4.5, color: cardGrey, align: "L", before: 1, lineH: 1.3})
		}
		placed, fits := s.cardFlow(blocks, cardInnerW, cardH-cardFootH-0.8-top)
		if fits || n == 0 {
			return placed
		}
	}
}

// back draws one card's back in r: the hall's name in the band, its services and hours, and
// the hall's and the supervision phones in the footer.
func (s *sheet) back(r cardRect, f cardFace, body []cardPlaced) {
	doc := s.doc
	band := cardBand - 2
	s.band(r, band)
	mh := s.mongolFitted(f.mnHall, r.x+cardPadX, r.y+0.5, cardInnerW, 7, "C", cardWhite) // above the Chinese name
	s.cardText(cardWhite, true, 10)
	lines := s.fitLines(f.hall, cardInnerW, band-1-mh, 10)
	s.drawLines(lines, r.x+cardPadX, r.y+mh, cardInnerW, band-mh, "C", cardWhite)
	s.cardText(cardWhite, false, 10)

	s.footer(r)
	var phones []string
	if f.phone != "" {
		phones = append(phones, "大厅电话 "+f.phone)
	}
	if f.super != "" {
		phones = append(phones, "监督电话 "+f.super)
	}
	if len(phones) > 0 {
		fl := s.fitLines(strings.Join(phones, "　　"), cardInnerW, cardFootH-0.6, 7)
		s.drawLines(fl, r.x+cardPadX, r.y+r.h-cardFootH, cardInnerW, cardFootH, "C", cardInk)
	}
	s.cardDraw(body, r.x+cardPadX, r.y+band+1.3, cardInnerW)
	doc.SetTextRenderingMode(0)
}

// cardLines are lines fitted to a box, with the font size they were fitted at.
type cardLines struct {
	size  float64
	lines []string
}

// fitLines fits text into a box w × h starting at size pt: shrinking it on one line first
// (down to 70 %), then wrapping it onto more lines, never dropping a character.
func (s *sheet) fitLines(text string, w, h, size float64) cardLines {
	doc := s.doc
	for fs := size; fs >= max(size*0.7, smallest); fs -= 0.25 {
		doc.SetFont(family, "", fs)
		if doc.GetStringWidth(text) <= w && fs*mmPerPt*1.2 <= h {
			return cardLines{fs, []string{text}}
		}
	}
	for fs := size; ; fs -= 0.25 {
		doc.SetFont(family, "", fs)
		lines := s.fit(text, w)
		if float64(len(lines))*fs*mmPerPt*1.2 <= h || fs <= smallest {
			return cardLines{fs, lines}
		}
	}
}

// drawLines centres fitted lines vertically in a box and draws them in colour c, keeping the
// faux bold the caller set.
func (s *sheet) drawLines(l cardLines, x, y, w, h float64, align string, c ink) {
	doc := s.doc
	doc.SetFont(family, "", l.size)
	doc.SetTextColor(c.r, c.g, c.b)
	lh := l.size * mmPerPt * 1.2
	top := y + (h-lh*float64(len(l.lines)))/2
	for i, line := range l.lines {
		doc.SetXY(x, top+float64(i)*lh)
		doc.CellFormat(w, lh, line, "", 0, align, false, 0, "")
	}
}

// phoneText groups a mobile number 3-4-4 for reading aloud; other numbers stay as they are.
func phoneText(p string) string {
	if len(p) == 11 && p[0] == '1' {
		return p[:3] + " " + p[3:7] + " " + p[7:]
	}
	return p
}
