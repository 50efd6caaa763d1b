package pdf

import (
	"slices"
	"strconv"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// guideStyle is the geometry (mm) and type sizes (pt) of a pocket guide page size.
type guideStyle struct {
	w, h         float64
	margin       float64 // left and right
	top, foot    float64 // the content box's top and bottom
	headY, ruleY float64 // running head baseline and the rule under it
	numY         float64 // page number baseline
	furn         float64 // running head size
	body, small  textStyle
	h1, h2, fact textStyle
	hang         float64 // indent of list text after its number or marker
	scale        float64 // the covers are drawn at A6 and scaled by this
}

// guideStyles: A6 (105 × 148 mm) reads at 8.5 pt with 29 characters a line; A5 (148 × 210)
// at 10.5 pt with 34.
var guideStyles = map[string]guideStyle{
	"A6": {
		w: 105, h: 148, margin: 9, top: 13.5, foot: 136.5, headY: 8.3, ruleY: 9.8, numY: 142.6, furn: 6.8,
		body:  textStyle{size: 8.5, lineH: 4.55, ink: inkText, justify: true},
		small: textStyle{size: 7.3, lineH: 3.85, ink: inkGrey, justify: true},
		h1:    textStyle{size: 12.5, lineH: 6.3, ink: inkDeep, bold: true},
		h2:    textStyle{size: 9.5, lineH: 5.6, ink: inkText, bold: true},
		fact:  textStyle{size: 7.8, lineH: 4.0, ink: inkText},
		hang:  4.6, scale: 1,
	},
	"A5": {
		w: 148, h: 210, margin: 14, top: 19, foot: 194, headY: 11.8, ruleY: 13.8, numY: 202, furn: 8.5,
		body:  textStyle{size: 10.5, lineH: 5.6, ink: inkText, justify: true},
		small: textStyle{size: 9, lineH: 4.7, ink: inkGrey, justify: true},
		h1:    textStyle{size: 15.5, lineH: 7.8, ink: inkDeep, bold: true},
		h2:    textStyle{size: 11.5, lineH: 6.8, ink: inkText, bold: true},
		fact:  textStyle{size: 9.5, lineH: 4.9, ink: inkText},
		hang:  5.6, scale: 148.0 / 105,
	},
}

// guideModel is a laid-out pocket guide: its pages in reading order, drawable as single
// pages or imposed.
type guideModel struct {
	size  string
	st    guideStyle
	pages []*modelPage
	hall  string // cleaned hall name, for the running heads
	bad   []rune
}

// layoutGuide lays the guide out in two passes: the contents are set once with blank page
// numbers to learn how many pages they take, then the sections, then the contents again
// with the sections' real page numbers.
func layoutGuide(doc *gofpdf.Fpdf, items []hall.ServiceItem, hs hall.HallSettings, opt GuideOptions, size string) *guideModel {
	st := guideStyles[size]
	g := &guideModel{size: size, st: st}
	nf := func() *modelFlow {
		return &modelFlow{doc: doc, x0: st.margin, x1: st.w - st.margin, top: st.top, foot: st.foot, mn: hs.Mongolian}
	}
	f := nf()
	g.hall = f.clean(strings.TrimSpace(hs.HallName))
	cover := g.cover(f, hs, opt)

	toc := make([]tocEntry, len(items))
	for i, it := range items {
		toc[i] = tocEntry{name: itemName(it), category: categoryName(it.Category)}
	}
	contents := g.contents(f, toc)
	body := nf()
	body.bad = f.bad
	var starts []int
	for _, it := range items {
		starts = append(starts, 1+len(contents)+len(body.pages)+1)
		g.section(body, it, hs)
	}
	for i := range toc {
		toc[i].page = starts[i]
	}
	f.bad = body.bad
	contents = g.contents(f, toc) // the same lines and pages: numbers sit in a fixed column
	back := g.backCover(f, items, hs, opt)

	g.pages = append(append(append([]*modelPage{cover}, contents...), body.pages...), back)
	g.bad = f.bad
	return g
}

// draw draws page p, numbered number, with its running head and page number, at (ox, oy),
// turned 180° when rotated.
func (g *guideModel) draw(doc *gofpdf.Fpdf, p *modelPage, number int, ox, oy float64, rotated bool) {
	drawMarks(doc, slices.Concat(p.marks, g.furniture(doc, p, number)), ox, oy, g.st.w, g.st.h, rotated)
}

// furniture is a page's running head and page number: on left-hand (even) pages the hall's
// name at the outer edge, on right-hand pages the section's; the number centred at the foot.
// Covers have neither.
func (g *guideModel) furniture(doc *gofpdf.Fpdf, p *modelPage, number int) []pageMark {
	if p.kind == pageCover || p.kind == pageBack {
		return nil
	}
	st := g.st
	head, right := g.hall, number%2 == 1
	if right {
		head = p.head
	}
	size := st.furn
	doc.SetFont(family, "", size)
	avail := st.w - 2*st.margin - 12
	for size > 5 && doc.GetStringWidth(head) > avail {
		size -= 0.25
		doc.SetFont(family, "", size)
	}
	for rs := []rune(head); doc.GetStringWidth(head) > avail && len(rs) > 1; {
		rs = rs[:len(rs)-1]
		head = string(rs) + "…"
	}
	hw := doc.GetStringWidth(head)
	x, accent := st.margin, st.margin
	if right {
		x, accent = st.w-st.margin-hw, st.w-st.margin-8*st.scale
	}
	ms := []pageMark{
		{kind: markText, x: x, y: st.headY, text: head, size: size, ink: inkGrey},
		lineMark(st.margin, st.ruleY, st.w-st.margin, st.ruleY, 0.2, inkRule),
		lineMark(accent, st.ruleY, accent+8*st.scale, st.ruleY, 0.6, inkRed),
	}
	num := strconv.Itoa(number)
	doc.SetFont(family, "", st.furn+0.5)
	nw := doc.GetStringWidth(num)
	cx, ry := st.w/2, st.numY-0.3*(st.furn+0.5)*mmPerPt
	return append(ms,
		pageMark{kind: markText, x: cx - nw/2, y: st.numY, text: num, size: st.furn + 0.5, ink: inkGrey},
		lineMark(cx-nw/2-1.8-5*st.scale, ry, cx-nw/2-1.8, ry, 0.2, inkLight),
		lineMark(cx+nw/2+1.8, ry, cx+nw/2+1.8+5*st.scale, ry, 0.2, inkLight))
}

// tocEntry is one line of the contents.
type tocEntry struct {
	name, category string
	page           int // 0 while the sections are not laid out yet
}

// contents lays out the contents pages: a heading, then the entries grouped under their
// category, each with a dotted leader to its page number in a fixed right-hand column.
func (g *guideModel) contents(f *modelFlow, toc []tocEntry) []*modelPage {
	f.kind, f.head = pageBody, "目录"
	f.pages = nil
	f.newPage()
	st := g.st
	h := st.h1
	h.ink = inkRed
	g.centred(f, h, "目　录", f.y)
	f.y += h.lineH + 1
	f.add(lineMark(st.w/2-10*st.scale, f.y, st.w/2+10*st.scale, f.y, 0.5, inkRed))
	f.y += 3
	body := st.body
	body.justify = false
	body.lineH *= 1.12
	cat := st.small
	cat.ink, cat.bold = inkRed, true
	numW := f.measure("000", body.size)
	last := ""
	for _, e := range toc {
		lines := f.wrap(f.clean(e.name), body.size, f.width()-numW-6)
		if e.category != last && e.category != "" {
			last = e.category
			f.space(1.5)
			f.need(cat.lineH + 1 + body.lineH*float64(len(lines)))
			f.add(textMark(f.x0, f.y, cat, f.clean(e.category)))
			cw := f.measure(f.clean(e.category), cat.size)
			f.add(lineMark(f.x0+cw+2, f.y+cat.lineH/2, f.x1, f.y+cat.lineH/2, 0.2, inkRule))
			f.y += cat.lineH + 0.6
		}
		f.need(body.lineH * float64(len(lines)))
		for i, l := range lines {
			f.add(textMark(f.x0+1.5, f.y, body, l))
			if i == len(lines)-1 {
				end := f.x0 + 1.5 + f.measure(l, body.size) + 1.2
				base := baseline(f.y, body.lineH, body.size)
				f.add(pageMark{kind: markLine, x: end, y: base, w: f.x1 - numW - 1.2, h: base, size: 0.3, ink: inkLight, dotted: true})
				if e.page > 0 {
					n := strconv.Itoa(e.page)
					f.add(textMark(f.x1-f.measure(n, body.size), f.y, body, n))
				}
			}
			f.y += body.lineH
		}
	}
	return f.pages
}

// subhead starts a part of a section (办理条件, 所需材料…) with a red bar before its title,
// kept together with the next mm after it (at least two lines of text).
func (g *guideModel) subhead(f *modelFlow, title string, next float64) {
	st := g.st
	f.space(2.4 * st.scale)
	f.need(st.h2.lineH + max(next, 2*st.body.lineH) + 1)
	bar := st.h2.size * mmPerPt * 1.05
	f.add(rectMark(f.x0, f.y+(st.h2.lineH-bar)/2, 1.1*st.scale, bar, "F", inkRed, inkRed, 0))
	f.add(textMark(f.x0+2.8*st.scale, f.y, st.h2, title))
	f.y += st.h2.lineH + 0.5
}

// chip draws a small label in a box: filled with a tint and red for 必备, outlined in grey for
// 如有. Its left edge is x, and it is centred in a line box of height lineH at top.
func (g *guideModel) chip(f *modelFlow, s string, x, top, lineH float64, strong bool) {
	size := g.st.small.size - 0.8
	h := size*mmPerPt + 1.3
	w := f.measure(s, size) + 2
	y := top + (lineH-h)/2
	c, fill := inkGrey, inkWhite
	if strong {
		c, fill = inkRed, inkTint
	}
	f.add(rectMark(x, y, w, h, "FD", fill, c, 0.2))
	f.add(pageMark{kind: markText, x: x + 1, y: baseline(y, h, size), text: s, size: size, ink: c})
}

// chipWidth is the width chip takes for s.
func (g *guideModel) chipWidth(f *modelFlow, s string) float64 {
	return f.measure(s, g.st.small.size-0.8) + 2
}

// section lays out one item on new pages.
func (g *guideModel) section(f *modelFlow, it hall.ServiceItem, hs hall.HallSettings) {
	st := g.st
	f.kind, f.head = pageBody, f.clean(itemName(it))
	f.newPage()
	if c := categoryName(it.Category); c != "" {
		g.chip(f, f.clean(c), f.x0, f.y, st.small.lineH, true)
		f.y += st.small.lineH + 0.8
	}
	for _, l := range f.balanced(f.clean(itemName(it)), st.h1.size, f.width()) {
		f.add(textMark(f.x0, f.y, st.h1, l))
		f.y += st.h1.lineH
	}
	f.y += 0.6
	f.add(lineMark(f.x0, f.y, f.x1, f.y, 0.7, inkRed))
	f.add(lineMark(f.x0, f.y+1, f.x1, f.y+1, 0.2, inkRed))
	f.y += 1.6

	if e := strings.TrimSpace(it.Eligibility); e != "" {
		g.subhead(f, "办理条件", 0)
		f.block(st.body, e, f.x0, f.width(), 2, nil)
	}
	if len(it.Materials) > 0 {
		g.subhead(f, "所需材料", 0)
		g.materials(f, it.Materials)
	}
	if len(it.Steps) > 0 {
		g.subhead(f, "办理流程", 0)
		g.steps(f, it.Steps)
	}
	facts := itemFacts(it, hs)
	pad := 1.1 * st.scale
	labelW := f.labelWidth(facts, st.fact.size, pad, f.width()/3)
	h := f.factsHeight(facts, st.fact, labelW, pad)
	if h > f.foot-f.top-st.h2.lineH-4 {
		h = 0 // taller than a page: it breaks between rows anyway
	}
	g.subhead(f, "办事须知", h) // the short table is kept whole
	f.facts(facts, st.fact, labelW, pad, inkShade)
	if b := strings.TrimSpace(it.LegalBasis); b != "" {
		g.subhead(f, "政策依据", 0)
		f.block(st.small, b, f.x0, f.width(), 0, nil)
	}
	if qa := parseQA(it.QA); len(qa) > 0 {
		g.subhead(f, "常见问答", 0)
		g.questions(f, qa)
	}
}

// materials lists the materials: number, name and a 必备/如有 chip, then how it is handed in
// and the note in small type.
func (g *guideModel) materials(f *modelFlow, ms []hall.Material) {
	st := g.st
	num := st.body
	num.ink, num.bold = inkRed, true
	for i, m := range ms {
		tag := "必备"
		if !m.Required {
			tag = "如有"
		}
		nameW := f.width() - st.hang - g.chipWidth(f, tag) - 2
		detail := materialDetail(m)
		if n := strings.TrimSpace(m.Note); n != "" {
			detail += "。" + n
		}
		nameLines := len(f.wrap(f.clean(m.Name), st.body.size, nameW))
		f.need(float64(nameLines)*st.body.lineH + st.small.lineH)
		f.block(st.body, m.Name, f.x0+st.hang, nameW, 0, func(top float64) {
			f.add(textMark(f.x0, top, num, strconv.Itoa(i+1)+"."))
			g.chip(f, tag, f.x1-g.chipWidth(f, tag), top, st.body.lineH, m.Required)
		})
		f.block(st.small, detail, f.x0+st.hang, f.width()-st.hang, 0, nil)
		f.y += 1.1 * st.scale
	}
}

// steps numbers the steps in red discs.
func (g *guideModel) steps(f *modelFlow, steps []string) {
	st := g.st
	r := st.body.lineH * 0.4
	numSize := st.body.size - 1.8
	for i, s := range steps {
		n := strconv.Itoa(i + 1)
		f.block(st.body, s, f.x0+st.hang, f.width()-st.hang, 0, func(top float64) {
			cx, cy := f.x0+r+0.2, top+st.body.lineH/2
			f.add(pageMark{kind: markCircle, x: cx, y: cy, w: r, fill: inkRed})
			w := f.measure(n, numSize)
			f.add(pageMark{kind: markText, x: cx - w/2, y: cy + 0.36*numSize*mmPerPt, text: n, size: numSize, ink: inkWhite})
		})
		f.y += 0.7 * st.scale
	}
}

// questions sets the Q&A: 问 in a red box and the question in bold, 答 in a grey box and the
// answer justified, both hanging after their box.
func (g *guideModel) questions(f *modelFlow, qa []qaEntry) {
	st := g.st
	q := st.body
	q.bold, q.justify = true, false
	side := st.body.lineH * 0.8
	for i, e := range qa {
		style, label, c, fill, stroke := st.body, "答", inkGrey, inkWhite, inkGrey
		if e.q {
			style, label, c, fill, stroke = q, "问", inkWhite, inkRed, inkRed
			if i > 0 {
				f.space(1.4 * st.scale)
			}
			f.need(2 * st.body.lineH) // a question with at least a line of its answer
		}
		f.block(style, e.text, f.x0+st.hang, f.width()-st.hang, 0, func(top float64) {
			y := top + (st.body.lineH-side)/2
			f.add(rectMark(f.x0, y, side, side, "FD", fill, stroke, 0.2))
			size := st.small.size - 0.6
			w := f.measure(label, size)
			f.add(pageMark{kind: markText, x: f.x0 + (side-w)/2, y: baseline(y, side, size), text: label, size: size, ink: c})
		})
	}
}
