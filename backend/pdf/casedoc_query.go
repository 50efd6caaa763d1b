package pdf

// queryQR is the side (mm) of the query code's QR code beside a counter document's title.
const queryQR = 13.0

// queryCorner draws, on the title's row of a counter document, the case's query code (查询码)
// at the left with a line sending the citizen to the hall's 查询机, and its QR code at the
// right; the title stays centred between them and the layout below does not move. Nothing is
// drawn for a document without a code.
func (s *sheet) queryCorner() {
	if s.query == "" {
		return
	}
	doc, st := s.doc, s.st
	x, y := doc.GetX(), doc.GetY()
	if err := drawQR(doc, s.query, st.margin+st.width-queryQR+1, y-1.5, queryQR); err != nil {
		doc.SetErrorf("%v", err)
		return
	}
	doc.SetTextColor(60, 60, 60)
	doc.SetFont(family, "", 7.5)
	doc.SetXY(st.margin, y-0.5)
	doc.CellFormat(34, 3.6, "查询码："+s.query, "", 2, "L", false, 0, "")
	doc.SetFont(family, "", 6.5)
	for _, l := range []string{"扫码或凭查询码到本大厅", "查询机查询办理进度"} {
		doc.CellFormat(34, 3.2, l, "", 2, "L", false, 0, "")
	}
	doc.SetTextColor(0, 0, 0)
	doc.SetXY(x, y)
}
