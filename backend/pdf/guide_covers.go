package pdf

import (
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// The pocket guide's covers and the notes pages that pad a booklet.

// centred adds one line of text centred on the page, its line box's top at top (A6 mm on the
// covers, scaled).
func (g *guideModel) centred(f *modelFlow, st textStyle, s string, top float64) {
	f.add(textMark((g.st.w-f.measure(s, st.size))/2, top, st, s))
}

// centredBlock wraps text to width and centres each line; it returns the bottom.
func (g *guideModel) centredBlock(f *modelFlow, st textStyle, s string, top, width float64) float64 {
	for _, l := range f.wrap(f.clean(s), st.size, width) {
		g.centred(f, st, l, top)
		top += st.lineH
	}
	return top
}

// scaled is a style with its size and line height multiplied by the cover scale.
func (g *guideModel) scaled(size, lineH float64, c ink, bold bool) textStyle {
	k := g.st.scale
	return textStyle{size: size * k, lineH: lineH * k, ink: c, bold: bold}
}

// cover: place above a red double rule, the title large on a tinted panel, the subtitle, the
// edition year in a red badge, the hall's name between red rules at the foot.
func (g *guideModel) cover(f *modelFlow, hs hall.HallSettings, opt GuideOptions) *modelPage {
	f.kind, f.head = pageCover, ""
	f.newPage()
	k, st := g.st.scale, g.st
	x0, x1 := st.margin, st.w-st.margin
	place := strings.TrimSpace(strings.TrimSpace(hs.Banner) + "　" + strings.TrimSpace(hs.Township))
	if place != "" {
		g.centredBlock(f, g.scaled(7.5, 4, inkGrey, false), place, 12*k, x1-x0)
	}
	if mp := strings.TrimSpace(strings.TrimSpace(hs.Mongolian.Banner) + " " + strings.TrimSpace(hs.Mongolian.Township)); hasMongol(mp) {
		size := 7.5 * k
		f.mongolCentred(mp, size, x1-x0, 12*k-mongolLineHeight(f.doc, size)-0.6*k, inkGrey)
	}
	f.add(lineMark(x0, 20*k, x1, 20*k, 1.1*k, inkRed))
	f.add(lineMark(x0, 21.5*k, x1, 21.5*k, 0.3*k, inkRed))

	f.add(rectMark(x0, 30*k, x1-x0, 58*k, "F", inkTint, inkTint, 0))
	f.add(rectMark(x0, 30*k, 1.6*k, 58*k, "F", inkRed, inkRed, 0))
	// The Mongolian of the guide's title, where the hall gave it, stands in a column at the
	// panel's left; the Chinese is centred on what is left.
	centre, narrow := g.centred, 0.0
	if w, ok := f.mongolBlock(hs.Mongolian.Label("便民服务指南"), x0+4.5*k, 33*k, (x1-x0)*0.3, 52*k, 13*k, 7*k, inkRed); ok {
		narrow = w + 3*k
		mid := (x0 + narrow + x1 + 1.6*k) / 2
		centre = func(f *modelFlow, st textStyle, s string, top float64) {
			f.add(textMark(mid-f.measure(s, st.size)/2, top, st, s))
		}
	}
	title := g.scaled(21, 10.5, inkRed, true)
	lines := f.balanced(f.clean(strings.TrimSpace(opt.Title)), title.size, x1-x0-12*k-narrow)
	for len(lines) > 3 && title.size > 12*k {
		title.size -= 1
		title.lineH = title.size * 0.5
		lines = f.balanced(f.clean(strings.TrimSpace(opt.Title)), title.size, x1-x0-12*k-narrow)
	}
	subStyle := g.scaled(9, 4.8, inkText, false)
	var sub []string
	if s := strings.TrimSpace(opt.Subtitle); s != "" {
		sub = f.balanced(f.clean(s), subStyle.size, x1-x0-14*k-narrow)
	}
	// Title, rule and subtitle centred on the panel, a little above its middle.
	h := float64(len(lines))*title.lineH + 4*k + float64(len(sub))*subStyle.lineH
	y := 30*k + max((58*k-h)/2-3*k, 2*k)
	for _, l := range lines {
		centre(f, title, l, y)
		y += title.lineH
	}
	mid := st.w / 2
	if narrow > 0 {
		mid = (x0 + narrow + x1 + 1.6*k) / 2
	}
	f.add(lineMark(mid-9*k, y+1.6*k, mid+9*k, y+1.6*k, 0.5*k, inkRed))
	y += 4 * k
	for _, l := range sub {
		centre(f, subStyle, l, y)
		y += subStyle.lineH
	}
	if opt.Year > 0 {
		badge := g.scaled(8.5, 6, inkWhite, true)
		s := strconv.Itoa(opt.Year) + "年版"
		w := f.measure(s, badge.size) + 8*k
		f.add(rectMark((st.w-w)/2, 96*k, w, badge.lineH, "F", inkRed, inkRed, 0))
		g.centred(f, badge, s, 96*k)
	}
	f.add(lineMark(x0, 116*k, x1, 116*k, 0.3*k, inkRed))
	f.add(lineMark(x0, 117.5*k, x1, 117.5*k, 1.1*k, inkRed))
	nameTop := 121 * k
	if hasMongol(hs.Mongolian.HallName) { // the hall's Mongolian name above its Chinese one
		nameTop = f.mongolCentred(hs.Mongolian.HallName, 9*k, x1-x0, 119*k, inkText) + 0.3*k
	}
	bottom := g.centredBlock(f, g.scaled(10, 5.2, inkText, true), g.hall, nameTop, x1-x0)
	g.centred(f, g.scaled(7, 4, inkGrey, false), "免费赠阅", max(bottom+0.5*k, 127*k))
	return f.pg
}

// backCover: the hall's contacts in a table, the supervision phone in a box of its own, a
// note on whom to ask, and the hall's name between red rules at the foot.
func (g *guideModel) backCover(f *modelFlow, items []hall.ServiceItem, hs hall.HallSettings, opt GuideOptions) *modelPage {
	f.kind, f.head = pageBack, ""
	f.pages = nil
	f.newPage()
	st, k := g.st, g.st.scale
	x0, x1 := st.margin, st.w-st.margin
	f.add(lineMark(x0, 14*k, x1, 14*k, 0.3*k, inkRed))
	f.add(lineMark(x0, 15.5*k, x1, 15.5*k, 1.1*k, inkRed))
	h := st.h1
	h.ink = inkRed
	g.centred(f, h, "联系我们", 19*k)
	f.y = 19*k + h.lineH + 3*k

	rows := []kvRow{{"服务大厅", hs.HallName}}
	if place := strings.TrimSpace(strings.TrimSpace(hs.Banner) + " " + strings.TrimSpace(hs.Township)); place != "" {
		rows = append(rows, kvRow{"所在地", place})
	}
	rows = append(rows, kvRow{"咨询电话", hs.Phone})
	if ph := commonPlaceHours(items); ph != "" {
		rows = append(rows, kvRow{"办公地点和时间", ph})
	}
	pad := 1.2 * k
	f.facts(rows, st.fact, f.labelWidth(rows, st.fact.size, pad, f.width()/3), pad, inkShade)

	if sup := strings.TrimSpace(hs.SupervisionPhone); sup != "" {
		f.y += 4 * k
		label := g.scaled(8, 5, inkRed, true)
		num := g.scaled(13, 7, inkRed, true)
		bh := label.lineH + num.lineH + 2*k
		f.add(rectMark(x0, f.y, x1-x0, bh, "FD", inkTint, inkRed, 0.4))
		g.centred(f, label, "监督电话", f.y+1*k)
		g.centred(f, num, f.clean(sup), f.y+1*k+label.lineH)
		f.y += bh
	}
	f.y += 3 * k
	note := st.small
	note.justify = true
	f.block(note, "对本手册所列事项有疑问，可拨打咨询电话或到服务大厅窗口询问；对服务不满意或发现工作人员违规收费、推诿扯皮，"+
		"请拨打监督电话反映。", x0, x1-x0, 2, nil)

	foot := 134 * k
	f.add(lineMark(x0, foot-16*k, x1, foot-16*k, 1.1*k, inkRed))
	f.add(lineMark(x0, foot-14.5*k, x1, foot-14.5*k, 0.3*k, inkRed))
	g.centred(f, g.scaled(9, 5, inkText, true), g.hall, foot-13*k)
	edition := "免费赠阅"
	if opt.Year > 0 {
		edition = strconv.Itoa(opt.Year) + "年版　" + edition
	}
	g.centred(f, g.scaled(6.8, 3.6, inkGrey, false), edition, foot-7.5*k)
	g.centredBlock(f, g.scaled(6.3, 3.3, inkLight, false), "本手册依据现行政策编印，政策如有调整，以有关部门最新规定为准。", foot-3.8*k, x1-x0)
	return f.pg
}

// commonPlaceHours is the place and hours all items share, or "".
func commonPlaceHours(items []hall.ServiceItem) string {
	ph := strings.TrimSpace(items[0].PlaceHours)
	for _, it := range items[1:] {
		if strings.TrimSpace(it.PlaceHours) != ph {
			return ""
		}
	}
	return ph
}

// notesPage is a ruled page for notes (记事): the padding a booklet needs to fill its sheets.
func (g *guideModel) notesPage(doc *gofpdf.Fpdf) *modelPage {
	st := g.st
	f := &modelFlow{doc: doc, x0: st.margin, x1: st.w - st.margin, top: st.top, foot: st.foot, kind: pageNotes, head: "记事"}
	f.newPage()
	h := st.h2
	h.ink = inkGrey
	g.centred(f, h, "记　事", f.y)
	for y := f.y + h.lineH + st.body.lineH*1.6; y <= st.foot; y += st.body.lineH * 1.6 {
		f.add(lineMark(f.x0, y, f.x1, y, 0.2, inkRule))
	}
	return f.pg
}
