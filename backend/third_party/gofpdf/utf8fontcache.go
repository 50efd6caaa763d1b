package gofpdf

// HallDesk's change to upstream v1.16.2 (see README.md beside this file): a UTF-8 font given
// to AddUTF8FontFromBytes is parsed once per process instead of once per document, and the
// tables that subsetting needs at output are read once too. Every document gets its own copy
// of the parsed font (its own reader position, used runes and output tables); what the copies
// share is only read after parsing: the font bytes, the character widths, the table directory,
// the character-to-glyph map and the glyph offsets.

import (
	"sync"
	"unsafe"
)

// utf8CutTables are the parts of a font that GenerateCutFont reads before it subsets.
type utf8CutTables struct {
	tableDescriptions    map[string]*tableDescription
	charSymbolDictionary map[int]int
	symbolPosition       []int
	locaFormat           int
	metricsCount         int
	numSymbols           int
}

// parsedUTF8 is one font's parse, shared by every document that uses the same bytes.
type parsedUTF8 struct {
	once sync.Once
	base *utf8FontFile
	err  error
	ids  sync.Map // font key -> font ID (generateFontID hashes the widths: once per key)
}

// utf8Key identifies font bytes by their first byte's address and their length. The cache
// keeps the bytes alive, so the address cannot be reused; the caller must not change the bytes
// after handing them over (an embedded font cannot change).
type utf8Key struct {
	p *byte
	n int
}

var utf8Parsed sync.Map // utf8Key -> *parsedUTF8

// cachedUTF8Font returns a document's own copy of the parsed font in utf8Bytes, parsing it
// only the first time these bytes are seen.
func cachedUTF8Font(utf8Bytes []byte) (*utf8FontFile, *parsedUTF8, error) {
	if len(utf8Bytes) == 0 {
		utf := newUTF8Font(&fileReader{array: utf8Bytes})
		return utf, nil, utf.parseFile()
	}
	v, _ := utf8Parsed.LoadOrStore(utf8Key{unsafe.SliceData(utf8Bytes), len(utf8Bytes)}, &parsedUTF8{})
	p := v.(*parsedUTF8)
	p.once.Do(func() {
		base := newUTF8Font(&fileReader{array: utf8Bytes})
		if p.err = base.parseFile(); p.err != nil {
			return
		}
		tmp := *base
		tmp.fileReader = &fileReader{array: utf8Bytes}
		base.cut = tmp.readCutTables()
		p.base = base
	})
	if p.err != nil {
		return nil, nil, p.err
	}
	utf := *p.base
	utf.fileReader = &fileReader{array: utf8Bytes}
	utf.outTablesData = make(map[string][]byte)
	return &utf, p, nil
}

// fontID is generateFontID(def), computed once per font key of a shared parse.
func (p *parsedUTF8) fontID(def fontDefType) string {
	if p == nil {
		id, _ := generateFontID(def)
		return id
	}
	if id, ok := p.ids.Load(def.Name); ok {
		return id.(string)
	}
	id, _ := generateFontID(def)
	p.ids.Store(def.Name, id)
	return id
}

// readCutTables reads the table directory, the glyph counts, the character map and the glyph
// offsets, as GenerateCutFont did for every document before the cache.
func (utf *utf8FontFile) readCutTables() *utf8CutTables {
	utf.fileReader.readerPosition = 0
	utf.skip(4)
	utf.generateTableDescriptions()

	c := &utf8CutTables{}
	utf.SeekTable("head")
	utf.skip(50)
	c.locaFormat = utf.readUint16()

	utf.SeekTable("hhea")
	utf.skip(34)
	c.metricsCount = utf.readUint16()

	utf.SeekTable("maxp")
	utf.skip(4)
	c.numSymbols = utf.readUint16()

	if utf.generateCMAP() == nil {
		return nil
	}
	utf.parseLOCATable(c.locaFormat, c.numSymbols)
	c.tableDescriptions = utf.tableDescriptions
	c.charSymbolDictionary = utf.charSymbolDictionary
	c.symbolPosition = utf.symbolPosition
	return c
}
