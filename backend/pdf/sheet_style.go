package pdf

// sheetStyle is the page geometry (mm) and type sizes (pt) of a sheet (see sheet): the
// counter documents are set on A5 (counterStyle), the petition documents on A4
// (petitionStyle), with the same blocks at different sizes.
type sheetStyle struct {
	size           string  // portrait page size for newDocSize: "A5" or "A4"
	landscape      bool    // the page turned (the 签领表 on A4 landscape)
	margin, width  float64 // left, right and top margin; the content width between them
	limit, contTop float64 // content stops at limit (the footer sits below); continuation pages start at contTop
	boldLW         float64 // stroke width of the faux bold

	body, bodyLine   float64 // body text size and line height
	table, tableLine float64 // table text size and line height
	padX, padY       float64 // table cell padding
	labelW           float64 // the label column of label/value rows
	grid             ink     // table rules: colour and width
	gridLW           float64
	splitSlack       float64 // a row taller than a page less this is split where it stands, not moved

	// running head of continuation pages: its line box top, height and size, and the rule under it
	headY, headH, headSize, headRule float64
	// footer: the rule over it, the size, the tops of its two lines and their height
	footRule, footSize, footY1, footY2, footH float64

	// heading: the hall's name (shrinking down to hallMin to fit one line) and its line height;
	// the red double rule (gap above, widths, distance between); the title; the subtitle's line
	// height; the reference band (height, inner padding, reference size, space taken with the gap after)
	hallSize, hallMin, hallLine      float64
	ruleGap, ruleW, rule2W, rule2Off float64
	titleGap, titleSize, titleLine   float64
	subLine                          float64
	bandH, bandPad, refSize, bandAdv float64

	// section headings: room kept with the title, the red bar (offset, width, height), the
	// title's size, indent and line height
	secNeed, secBarY, secBarW, secBarH, secSize, secIndent, secLine float64

	// issuer block (the issuing body, where its seal goes, and a date): space above, column
	// width and line height
	issuerGap, issuerW, issuerLine float64
}

// Counter documents: A5 portrait.
const (
	sizeBody  = 10.0
	lineBody  = 5.4
	sizeTable = 9.0
	lineTable = 4.2
)

// counterStyle is the A5 counter documents' style (受理回执, 一次性告知单, 办结通知书).
var counterStyle = sheetStyle{
	size: "A5", margin: 12, width: 148 - 2*12, limit: 194.5, contTop: 16, boldLW: 0.2,
	body: sizeBody, bodyLine: lineBody, table: sizeTable, tableLine: lineTable,
	padX: 1.5, padY: 0.95, labelW: 25, grid: ink{125, 132, 145}, gridLW: 0.2, splitSlack: 12,
	headY: 8, headH: 4, headSize: 8, headRule: 12.6,
	footRule: 196.5, footSize: 7.5, footY1: 197.4, footY2: 201, footH: 3.6,
	hallSize: 12.5, hallMin: 9, hallLine: 6,
	ruleGap: 1.2, ruleW: 0.7, rule2W: 0.25, rule2Off: 1.1,
	titleGap: 2.5, titleSize: 18, titleLine: 9.5, subLine: 5,
	bandH: 9, bandPad: 3.5, refSize: 15, bandAdv: 11.5,
	secNeed: 6, secBarY: 1, secBarW: 1.1, secBarH: 4, secSize: 10.5, secIndent: 2.8, secLine: 6,
	issuerGap: 1.5, issuerW: 60, issuerLine: 6,
}

// Petition documents: A4 portrait, like the official forms they stand for.
const (
	ptSizeBody  = 11.0
	ptLineBody  = 6.2
	ptSizeTable = 10.5
	ptLineTable = 5.0
)

// petitionStyle is the A4 petition documents' style (信访事项登记表, 答复意见书, 接待日安排表).
var petitionStyle = sheetStyle{
	size: "A4", margin: 20, width: 210 - 2*20, limit: 274, contTop: 24, boldLW: 0.25,
	body: ptSizeBody, bodyLine: ptLineBody, table: ptSizeTable, tableLine: ptLineTable,
	padX: 2, padY: 1.2, labelW: 30, grid: ink{110, 118, 132}, gridLW: 0.25, splitSlack: 20,
	headY: 12, headH: 5, headSize: 9, headRule: 18,
	footRule: 278, footSize: 8.5, footY1: 279.5, footY2: 284, footH: 4.5,
	hallSize: 15, hallMin: 10, hallLine: 7.5,
	ruleGap: 1.5, ruleW: 0.9, rule2W: 0.3, rule2Off: 1.4,
	titleGap: 4, titleSize: 21, titleLine: 10, subLine: 6.5,
	bandH: 10, bandPad: 4, refSize: 17, bandAdv: 12,
	secNeed: 8, secBarY: 1.3, secBarW: 1.4, secBarH: 5, secSize: 12.5, secIndent: 3.5, secLine: 7.5,
	issuerGap: 4, issuerW: 82, issuerLine: 7,
}
