package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"halldesk/backend/hall"
)

// HouseholdSheet is the 家庭户成员信息登记表: a household's members, for the head to check and
// sign at the counter. Members come as hall.Masked shows them: ID and phone numbers masked on
// paper and the age in place of the birth date. It returns the PDF and the characters that had
// to be substituted.
func HouseholdSheet(h hall.Household, hs hall.HallSettings, printedBy string, at time.Time) ([]byte, []rune, error) {
	doc, err := newDoc("家庭户成员信息登记表")
	if err != nil {
		return nil, nil, err
	}
	var missing []rune
	clean := func(s string) string {
		out, bad := Sanitize(s)
		missing = append(missing, bad...)
		return out
	}
	doc.SetMargins(15, 15, 15)
	doc.SetAutoPageBreak(true, 18)
	doc.SetFooterFunc(func() {
		doc.SetY(-12)
		doc.SetFont(family, "", 8)
		doc.CellFormat(0, 5, fmt.Sprintf("%s　打印人：%s　打印时间：%s　第 %d 页",
			clean(hs.HallName), clean(printedBy), at.In(hall.China).Format("2006-01-02 15:04"), doc.PageNo()), "", 0, "C", false, 0, "")
	})
	doc.AddPage()

	doc.SetFont(family, "", 16)
	doc.CellFormat(0, 10, "家庭户成员信息登记表", "", 1, "C", false, 0, "")
	doc.SetFont(family, "", 10)
	place := h.VillageName
	if h.GroupName != "" {
		place += h.GroupName
	}
	doc.CellFormat(0, 6, clean(fmt.Sprintf("%s %s　%s　户号：%d", hs.Banner, hs.Township, place, h.ID)), "", 1, "L", false, 0, "")
	for _, l := range Wrap(doc, clean("住址："+h.Address), 180) {
		doc.CellFormat(0, 6, l, "", 1, "L", false, 0, "")
	}
	doc.Ln(2)

	titles := []string{"序号", "姓名", "与户主关系", "性别", "年龄", "身份证号码", "联系电话", "居住", "特殊群体"}
	widths := []float64{10, 22, 20, 10, 22, 36, 24, 10, 26}
	doc.SetFont(family, "", 9)
	doc.SetFillColor(235, 238, 245)
	for i, t := range titles {
		doc.CellFormat(widths[i], 8, t, "1", 0, "C", true, 0, "")
	}
	doc.Ln(-1)
	for i, m := range h.Members {
		cells := []string{fmt.Sprint(i + 1), m.Name, m.Relation, m.Sex, fmt.Sprint(m.Age), m.IDNumber, m.Phone, m.Residency, strings.Join(m.Tags, "、")}
		if !m.HasIDNumber {
			cells[5] = "（暂无）"
		}
		row(doc, widths, cells, clean)
	}
	if len(h.Members) == 0 {
		doc.CellFormat(180, 8, "（本户尚未登记成员）", "1", 1, "C", false, 0, "")
	}
	doc.Ln(8)
	doc.SetFont(family, "", 10)
	for _, l := range Wrap(doc, "以上信息经本户核对无误。如有变动，请及时到便民服务大厅或告知包联干部更新。", 180) {
		doc.CellFormat(0, 6, l, "", 1, "L", false, 0, "")
	}
	doc.Ln(10)
	doc.CellFormat(90, 8, "户主（或代表）签字：______________", "", 0, "L", false, 0, "")
	doc.CellFormat(90, 8, "日期：________年____月____日", "", 1, "R", false, 0, "")
	data, err := output(doc)
	return data, missing, err
}

// row draws one table row whose cells wrap with Wrap; the row grows to its tallest cell.
func row(doc *gofpdf.Fpdf, widths []float64, cells []string, clean func(string) string) {
	const lineH = 5.0
	wrapped := make([][]string, len(cells))
	lines := 1
	for i, c := range cells {
		wrapped[i] = Wrap(doc, clean(c), widths[i]-2)
		if len(wrapped[i]) > lines {
			lines = len(wrapped[i])
		}
	}
	h := float64(lines)*lineH + 3
	_, pageH := doc.GetPageSize()
	_, _, _, bottom := doc.GetMargins()
	if doc.GetY()+h > pageH-bottom {
		doc.AddPage()
	}
	x, y := doc.GetXY()
	for i, w := range widths {
		doc.Rect(x, y, w, h, "D")
		for j, l := range wrapped[i] {
			doc.SetXY(x+1, y+1.5+float64(j)*lineH)
			doc.CellFormat(w-2, lineH, l, "", 0, "L", false, 0, "")
		}
		x += w
	}
	left, _, _, _ := doc.GetMargins()
	doc.SetXY(left, y+h)
}
