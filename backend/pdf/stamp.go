package pdf

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Stamp gives a finished document its number (文书编号, hall.DocumentNumber): printed small at
// the foot of every page, under whatever the layout put there, and written into the file's
// metadata as plain ASCII (Subject and Keywords "DocNo:HD…"), where ReadNumber finds it again.
// The original file is kept byte for byte and the stamp appended as an incremental update, so
// every layout stays exactly as it was. The label is drawn from the embedded font's outlines
// (it needs no font of its own), the number itself is text in a standard PDF font, so that
// copying it out of a viewer or pdftotext gives the number. It returns the stamped file and
// its number of pages.
func Stamp(data []byte, number string) ([]byte, int, error) {
	if !numberRun.MatchString(number) {
		return nil, 0, fmt.Errorf("stamp: bad number %q", number)
	}
	f, err := readFile(data)
	if err != nil {
		return nil, 0, fmt.Errorf("stamp: %w", err)
	}
	pagesObj, err := f.object(f.root("Pages"))
	if err != nil {
		return nil, 0, err
	}
	kids := refList.FindAllStringSubmatch(between(pagesObj, "/Kids [", "]"), -1)
	if len(kids) == 0 {
		return nil, 0, errors.New("stamp: no pages")
	}
	rootBox := mediaBox(pagesObj)

	out := bytes.NewBuffer(append([]byte(nil), data...))
	if !bytes.HasSuffix(data, []byte("\n")) {
		out.WriteByte('\n')
	}
	next := f.size
	offsets := map[int]int{}
	put := func(num int, body string) {
		offsets[num] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n%s\nendobj\n", num, body)
	}
	putStream := func(num int, content []byte) {
		var z bytes.Buffer
		w := zlib.NewWriter(&z)
		w.Write(content)
		w.Close()
		offsets[num] = out.Len()
		fmt.Fprintf(out, "%d 0 obj\n<</Filter /FlateDecode /Length %d>>\nstream\n", num, z.Len())
		out.Write(z.Bytes())
		out.WriteString("\nendstream\nendobj\n")
	}

	fontNum, saveNum := next, next+1
	next += 2
	put(fontNum, "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>")
	putStream(saveNum, []byte("q\n"))
	label, err := labelGlyphs()
	if err != nil {
		return nil, 0, err
	}
	resources := map[int]bool{}
	for _, k := range kids {
		num, _ := strconv.Atoi(k[1])
		page, err := f.object(num)
		if err != nil {
			return nil, 0, err
		}
		contents := contentsRef.FindStringSubmatch(page)
		res := resourcesRef.FindStringSubmatch(page)
		if contents == nil || res == nil {
			return nil, 0, fmt.Errorf("stamp: page object %d has no contents or resources", num)
		}
		box := mediaBox(page)
		if box == nil {
			box = rootBox
		}
		if box == nil {
			return nil, 0, errors.New("stamp: no page size")
		}
		stampNum := next
		next++
		putStream(stampNum, footer(label, number, box[2]-box[0], box[0], box[1]))
		page = strings.Replace(page, contents[0], fmt.Sprintf("/Contents [%d 0 R %s 0 R %d 0 R]", saveNum, contents[1], stampNum), 1)
		put(num, page)
		r, _ := strconv.Atoi(res[1])
		resources[r] = true
	}
	for r := range resources {
		obj, err := f.object(r)
		if err != nil {
			return nil, 0, err
		}
		i := strings.Index(obj, "/Font <<")
		if i < 0 {
			return nil, 0, fmt.Errorf("stamp: resources %d have no fonts", r)
		}
		i += len("/Font <<")
		put(r, obj[:i]+fmt.Sprintf("\n/HDNo %d 0 R", fontNum)+obj[i:])
	}
	info := "<<\n>>"
	if f.info > 0 {
		if info, err = f.object(f.info); err != nil {
			return nil, 0, err
		}
	} else {
		f.info = next
		next++
	}
	end := strings.LastIndex(info, ">>")
	meta := fmt.Sprintf("/Subject (HallDesk document %s)\n/Keywords (DocNo:%s)\n", number, number)
	put(f.info, info[:end]+meta+info[end:])

	xref := out.Len()
	out.WriteString("xref\n0 1\n0000000000 65535 f \n")
	for num := 1; num < next; num++ {
		if off, ok := offsets[num]; ok {
			fmt.Fprintf(out, "%d 1\n%010d 00000 n \n", num, off)
		}
	}
	fmt.Fprintf(out, "trailer\n<<\n/Size %d\n/Root %d 0 R\n/Info %d 0 R\n/Prev %d\n>>\nstartxref\n%d\n%%%%EOF\n",
		next, f.rootNum, f.info, f.startxref, xref)
	return out.Bytes(), len(kids), nil
}

// ReadNumber finds the document number Stamp wrote into a file's metadata.
func ReadNumber(data []byte) (string, bool) {
	all := keywordsRun.FindAllSubmatch(data, -1)
	if len(all) == 0 {
		return "", false
	}
	return string(all[len(all)-1][1]), true
}

var (
	numberRun    = regexp.MustCompile(`^HD\d{13}$`)
	keywordsRun  = regexp.MustCompile(`/Keywords \(DocNo:(HD\d{13})\)`)
	refList      = regexp.MustCompile(`(\d+) 0 R`)
	contentsRef  = regexp.MustCompile(`/Contents (\d+) 0 R`)
	resourcesRef = regexp.MustCompile(`/Resources (\d+) 0 R`)
	boxRun       = regexp.MustCompile(`/MediaBox \[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\]`)
)

// pdfFile is what Stamp needs of a file the pdf package wrote: where each object starts, the
// catalog, the info dictionary and the last cross-reference table.
type pdfFile struct {
	data                           []byte
	offsets                        map[int]int
	size, rootNum, info, startxref int
}

// readFile reads the cross-reference table and trailer of a PDF written by gofpdf (one table,
// no object streams, no earlier update).
func readFile(data []byte) (*pdfFile, error) {
	f := &pdfFile{data: data, offsets: map[int]int{}}
	sx := bytes.LastIndex(data, []byte("startxref"))
	if sx < 0 {
		return nil, errors.New("no startxref")
	}
	fields := strings.Fields(string(data[sx+len("startxref"):]))
	if len(fields) == 0 {
		return nil, errors.New("no startxref offset")
	}
	var err error
	if f.startxref, err = strconv.Atoi(fields[0]); err != nil || f.startxref >= len(data) {
		return nil, errors.New("bad startxref")
	}
	rest := string(data[f.startxref:sx])
	if !strings.HasPrefix(rest, "xref") {
		return nil, errors.New("not a cross-reference table")
	}
	tr := strings.Index(rest, "trailer")
	if tr < 0 {
		return nil, errors.New("no trailer")
	}
	lines := strings.Split(strings.TrimSpace(rest[len("xref"):tr]), "\n")
	for i := 0; i < len(lines); {
		head := strings.Fields(lines[i])
		if len(head) != 2 {
			return nil, errors.New("bad xref subsection")
		}
		first, _ := strconv.Atoi(head[0])
		count, _ := strconv.Atoi(head[1])
		for j := 0; j < count && i+1+j < len(lines); j++ {
			e := strings.Fields(lines[i+1+j])
			if len(e) == 3 && e[2] == "n" {
				off, _ := strconv.Atoi(e[0])
				f.offsets[first+j] = off
			}
		}
		i += 1 + count
	}
	trailer := rest[tr:]
	f.size = intAfter(trailer, "/Size ")
	f.rootNum = intAfter(trailer, "/Root ")
	f.info = intAfter(trailer, "/Info ")
	if f.size == 0 || f.rootNum == 0 || strings.Contains(trailer, "/Prev") || strings.Contains(trailer, "/Encrypt") {
		return nil, errors.New("unsupported trailer")
	}
	return f, nil
}

// object is the text between "n 0 obj" and "endobj" of an object without a stream.
func (f *pdfFile) object(num int) (string, error) {
	off, ok := f.offsets[num]
	if !ok || off >= len(f.data) {
		return "", fmt.Errorf("object %d missing", num)
	}
	head := fmt.Sprintf("%d 0 obj", num)
	s := f.data[off:]
	if !bytes.HasPrefix(s, []byte(head)) {
		return "", fmt.Errorf("object %d not where the table says", num)
	}
	end := bytes.Index(s, []byte("endobj"))
	if end < 0 {
		return "", fmt.Errorf("object %d has no end", num)
	}
	body := string(bytes.TrimSpace(s[len(head):end]))
	if strings.Contains(body, "stream") {
		return "", fmt.Errorf("object %d is a stream", num)
	}
	return body, nil
}

// root is the object number the catalog gives for key.
func (f *pdfFile) root(key string) int {
	cat, err := f.object(f.rootNum)
	if err != nil {
		return 0
	}
	return intAfter(cat, "/"+key+" ")
}

func intAfter(s, key string) int {
	i := strings.Index(s, key)
	if i < 0 {
		return 0
	}
	fs := strings.Fields(s[i+len(key):])
	if len(fs) == 0 {
		return 0
	}
	n, _ := strconv.Atoi(fs[0])
	return n
}

func between(s, from, to string) string {
	i := strings.Index(s, from)
	if i < 0 {
		return ""
	}
	s = s[i+len(from):]
	if j := strings.Index(s, to); j >= 0 {
		return s[:j]
	}
	return ""
}

// mediaBox is the page box an object gives, or nil.
func mediaBox(obj string) []float64 {
	m := boxRun.FindStringSubmatch(obj)
	if m == nil {
		return nil
	}
	box := make([]float64, 4)
	for i := range box {
		box[i], _ = strconv.ParseFloat(m[i+1], 64)
	}
	return box
}

// stampLabel is the label before the number; stampSize its size (pt) and stampBase the baseline's
// height above the page's foot (pt): below the footers of every layout.
const (
	stampLabel = "文书编号："
	stampSize  = 5.5
	stampBase  = 6.5
)

// glyph is one character of the label as PDF path operators in font units (1000 per em, y up
// from the baseline), with its advance.
type glyph struct {
	path    string
	advance float64
}

// labelGlyphs reads the label's outlines from the embedded font.
func labelGlyphs() ([]glyph, error) {
	f, err := sfnt.Parse(fontTTF)
	if err != nil {
		return nil, fmt.Errorf("stamp font: %w", err)
	}
	var buf sfnt.Buffer
	ppem := fixed.I(1000)
	var out []glyph
	for _, r := range stampLabel {
		gi, err := f.GlyphIndex(&buf, r)
		if err != nil {
			return nil, err
		}
		segs, err := f.LoadGlyph(&buf, gi, ppem, nil)
		if err != nil {
			return nil, err
		}
		adv, err := f.GlyphAdvance(&buf, gi, ppem, font.HintingNone)
		if err != nil {
			return nil, err
		}
		var p strings.Builder
		var cx, cy float64
		pt := func(v fixed.Point26_6) (float64, float64) { return float64(v.X) / 64, -float64(v.Y) / 64 }
		for _, s := range segs {
			switch s.Op {
			case sfnt.SegmentOpMoveTo:
				cx, cy = pt(s.Args[0])
				fmt.Fprintf(&p, "%.1f %.1f m ", cx, cy)
			case sfnt.SegmentOpLineTo:
				cx, cy = pt(s.Args[0])
				fmt.Fprintf(&p, "%.1f %.1f l ", cx, cy)
			case sfnt.SegmentOpQuadTo:
				qx, qy := pt(s.Args[0])
				x, y := pt(s.Args[1])
				fmt.Fprintf(&p, "%.1f %.1f %.1f %.1f %.1f %.1f c ", cx+2*(qx-cx)/3, cy+2*(qy-cy)/3, x+2*(qx-x)/3, y+2*(qy-y)/3, x, y)
				cx, cy = x, y
			case sfnt.SegmentOpCubeTo:
				x1, y1 := pt(s.Args[0])
				x2, y2 := pt(s.Args[1])
				cx, cy = pt(s.Args[2])
				fmt.Fprintf(&p, "%.1f %.1f %.1f %.1f %.1f %.1f c ", x1, y1, x2, y2, cx, cy)
			}
		}
		out = append(out, glyph{path: p.String(), advance: float64(adv) / 64})
	}
	return out, nil
}

// helveticaWidth is the width (1000 per em) of the number's characters in Helvetica.
func helveticaWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			w += 556
		default: // H, D
			w += 722
		}
	}
	return w
}

// footer is the stamp's content stream for a page width w (pt) whose box starts at x0, y0: the
// graphics state of the page restored, then the label and the number centred at the foot.
func footer(label []glyph, number string, w, x0, y0 float64) []byte {
	scale := stampSize / 1000
	labelW := 0.0
	for _, g := range label {
		labelW += g.advance
	}
	total := (labelW + helveticaWidth(number)) * scale
	x := x0 + (w-total)/2
	y := y0 + stampBase
	var b strings.Builder
	b.WriteString("Q\nq\n0.35 0.35 0.35 rg\n")
	for _, g := range label {
		fmt.Fprintf(&b, "q %.4f 0 0 %.4f %.2f %.2f cm %s f Q\n", scale, scale, x, y, g.path)
		x += g.advance * scale
	}
	fmt.Fprintf(&b, "BT /HDNo %.1f Tf %.2f %.2f Td (%s) Tj ET\nQ\n", stampSize, x, y, number)
	return []byte(b.String())
}
