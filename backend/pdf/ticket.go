package pdf

import (
	"strconv"

	"github.com/jung-kurt/gofpdf"
)

// TicketDoc is what a queue ticket (排队号票) shows: the hall, the number, the group, how many
// wait before it, when it was taken (China time, as it should read), the 绿色通道 reason if any,
// and the query code its QR code holds.
type TicketDoc struct {
	HallName  string
	Number    string
	GroupName string
	Ahead     int
	TakenAt   string // e.g. 2026年12月6日 09:05
	Priority  string // the 绿色通道 reason, "" for none
	QueryCode string
}

// Ticket papers.
const (
	TicketRoll = "80mm" // thermal roll, 80 mm wide, cut to the ticket's length
	TicketA6   = "a6"
)

// ticketLayout is the ticket's geometry on one paper: page width and margin, the number's size
// in points and the QR code's side in mm.
type ticketLayout struct {
	width, margin, numberPt, qr, scale float64
}

var ticketLayouts = map[string]ticketLayout{
	TicketRoll: {width: 80, margin: 4, numberPt: 54, qr: 34, scale: 1},
	TicketA6:   {width: 105, margin: 8, numberPt: 64, qr: 40, scale: 1.15},
}

// Ticket lays out a queue ticket on the 80 mm roll (as long as it needs) or on A6, and returns
// the PDF and the characters that had to be substituted.
func Ticket(t TicketDoc, paper string) ([]byte, []rune, error) {
	lay, ok := ticketLayouts[paper]
	if !ok {
		lay, paper = ticketLayouts[TicketRoll], TicketRoll
	}
	var missing []rune
	clean := func(s string) string {
		out, m := Sanitize(s)
		missing = append(missing, m...)
		return out
	}
	height := 148.0
	if paper == TicketRoll {
		height = ticketHeight(lay, t.Priority != "")
	}
	doc := gofpdf.NewCustom(&gofpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: gofpdf.SizeType{Wd: lay.width, Ht: height}})
	doc.SetTitle("排队号票 "+t.Number, true)
	doc.SetCreator("便民服务台", true)
	doc.AddUTF8FontFromBytes(family, "", fontTTF)
	doc.SetMargins(lay.margin, lay.margin, lay.margin)
	doc.SetAutoPageBreak(false, 0)
	doc.AddPage()
	w := lay.width - 2*lay.margin
	line := func(text string, pt, h float64) {
		doc.SetFont(family, "", pt*lay.scale)
		for _, l := range Wrap(doc, clean(text), w) {
			doc.CellFormat(w, h*lay.scale, l, "", 1, "C", false, 0, "")
		}
	}
	doc.SetY(lay.margin + 2)
	line(t.HallName, 13, 6.5)
	line("排队号票", 9, 5)
	ticketRule(doc, lay)
	doc.SetFont(family, "", lay.numberPt)
	doc.CellFormat(w, lay.numberPt*0.45, clean(t.Number), "", 1, "C", false, 0, "")
	line(t.GroupName, 14, 7)
	line("您前面还有 "+strconv.Itoa(t.Ahead)+" 人等候", 11, 6)
	if t.Priority != "" {
		line("绿色通道："+t.Priority, 10, 5.5)
	}
	line("取号时间："+t.TakenAt, 9, 5)
	ticketRule(doc, lay)
	y := doc.GetY() + 1
	if err := drawQR(doc, t.QueryCode, (lay.width-lay.qr)/2, y, lay.qr); err != nil {
		return nil, nil, err
	}
	doc.SetY(y + lay.qr + 1)
	line("查询码："+t.QueryCode, 10, 5.5)
	line("扫码或凭查询码查询排队进度", 8, 4.5)
	line("请留意叫号，过号请到窗口说明", 8, 4.5)
	data, err := output(doc)
	return data, missing, err
}

// ticketHeight is how long the roll's ticket is: its lines, the number and the code, no more.
func ticketHeight(lay ticketLayout, priority bool) float64 {
	h := lay.margin*2 + 2 + 6.5 + 5 + 4 + lay.numberPt*0.45 + 7 + 6 + 5 + 4 + 1 + lay.qr + 1 + 5.5 + 4.5*2 + 2
	if priority {
		h += 5.5
	}
	return h
}

// ticketRule draws a dashed line across the ticket, where a torn roll reads best.
func ticketRule(doc *gofpdf.Fpdf, lay ticketLayout) {
	y := doc.GetY() + 1.5
	doc.SetDashPattern([]float64{1, 1}, 0)
	doc.Line(lay.margin, y, lay.width-lay.margin, y)
	doc.SetDashPattern(nil, 0)
	doc.SetY(y + 2.5)
}
