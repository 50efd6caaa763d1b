package gofpdf

// HallDesk's addition to upstream v1.16.2: form XObjects whose content the caller writes as raw
// PDF content operators, so that a drawing gofpdf has no primitive for (HallDesk's shaped
// Mongolian glyphs, drawn as their outlines) is defined once per document and drawn any number
// of times by name.

import "strconv"

// rawXObject is a form XObject defined with AddRawXObject.
type rawXObject struct {
	name    string
	bbox    [4]float64
	content []byte
	n       int // its object number, once written
}

// AddRawXObject defines a form XObject called name (letters and digits) whose content stream
// is content, in its own coordinate space clipped to bbox (lower left x, y, upper right x, y).
// It uses no resources of its own, and paints in the colours current where it is drawn. A name
// defined before keeps its first definition. Draw it from page content written with
// RawWriteStr, e.g. "q 1 0 0 1 100 100 cm /name Do Q".
func (f *Fpdf) AddRawXObject(name string, bbox [4]float64, content []byte) {
	if f.rawXObjectIndex == nil {
		f.rawXObjectIndex = map[string]bool{}
	}
	if f.rawXObjectIndex[name] {
		return
	}
	f.rawXObjectIndex[name] = true
	f.rawXObjects = append(f.rawXObjects, &rawXObject{name: name, bbox: bbox, content: content})
}

// HasRawXObject reports whether a form XObject called name has been defined.
func (f *Fpdf) HasRawXObject(name string) bool { return f.rawXObjectIndex[name] }

// putRawXObjects writes the raw form XObjects, compressed when the document is.
func (f *Fpdf) putRawXObjects() {
	for _, x := range f.rawXObjects {
		f.newobj()
		x.n = f.n
		data, filter := x.content, ""
		if f.compress {
			data, filter = sliceCompress(data), "/Filter /FlateDecode "
		}
		bbox := ""
		for i, v := range x.bbox {
			if i > 0 {
				bbox += " "
			}
			bbox += strconv.FormatFloat(v, 'f', -1, 64)
		}
		f.out("<</Type /XObject /Subtype /Form /BBox [" + bbox + "] " + filter + "/Length " + strconv.Itoa(len(data)) + ">>")
		f.putstream(data)
		f.out("endobj")
	}
}

// putRawXObjectDict lists the raw form XObjects in the resource dictionary.
func (f *Fpdf) putRawXObjectDict() {
	for _, x := range f.rawXObjects {
		f.out("/" + x.name + " " + strconv.Itoa(x.n) + " 0 R")
	}
}
