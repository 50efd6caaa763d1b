package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"runtime"
	"sync"

	"github.com/xuri/excelize/v2"
)

// bigPart is the size from which a workbook part (in practice a long sheet) is compressed on
// every core at once.
const bigPart = 1 << 20

// fastZip packs the workbook's parts at flate's best speed, a long sheet in pieces on every core
// at once: a 10,000-row sheet is packed several times faster than by excelize's own writer at
// the default level, for a file a little larger.
// The data rows of each sheet (rows) go into its part before </sheetData>.
func fastZip(w io.Writer, rows sheetRows) excelize.ZipWriter {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	return &partZip{zw: zw, rows: rows}
}

// sheetRows are the data rows of the workbook's sheets as XML, by the sheet's part name.
type sheetRows map[string][]byte

// add keeps the rows of the sheet named sheet.
func (s sheetRows) add(f *excelize.File, sheet string, rows []byte) error {
	for id, name := range f.GetSheetMap() {
		if name == sheet {
			s[fmt.Sprintf("xl/worksheets/sheet%d.xml", id)] = rows
			return nil
		}
	}
	return fmt.Errorf("no part for sheet %q", sheet)
}

// partZip keeps each part until the next one starts, so that it knows the part's size.
type partZip struct {
	zw   *zip.Writer
	rows sheetRows
	name string
	buf  bytes.Buffer
	open bool
}

// Create starts the part name.
func (z *partZip) Create(name string) (io.Writer, error) {
	if err := z.flush(); err != nil {
		return nil, err
	}
	z.name, z.open = name, true
	z.buf.Reset()
	return &z.buf, nil
}

// AddFS adds the files of fsys.
func (z *partZip) AddFS(fsys fs.FS) error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.AddFS(fsys)
}

// Close writes the last part and the archive's directory.
func (z *partZip) Close() error {
	if err := z.flush(); err != nil {
		return err
	}
	return z.zw.Close()
}

func (z *partZip) flush() error {
	if !z.open {
		return nil
	}
	z.open = false
	data := z.buf.Bytes()
	if rows, ok := z.rows[z.name]; ok {
		end := bytes.LastIndex(data, []byte("</sheetData>"))
		if end < 0 {
			return fmt.Errorf("xlsx: %s has no sheetData", z.name)
		}
		data = append(append(append([]byte{}, data[:end]...), rows...), data[end:]...)
	}
	if len(data) < bigPart {
		w, err := z.zw.Create(z.name)
		if err == nil {
			_, err = w.Write(data)
		}
		return err
	}
	packed := deflatePieces(data, runtime.GOMAXPROCS(0))
	w, err := z.zw.CreateRaw(&zip.FileHeader{
		Name: z.name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(data),
		CompressedSize64: uint64(len(packed)), UncompressedSize64: uint64(len(data)),
	})
	if err == nil {
		_, err = w.Write(packed)
	}
	return err
}

// deflatePieces compresses data as one deflate stream made of n pieces compressed at once: every
// piece but the last ends with a sync flush (byte-aligned, not final), so the pieces simply
// follow each other; a piece never refers back into the one before it.
func deflatePieces(data []byte, n int) []byte {
	n = max(1, min(n, len(data)/(bigPart/2)))
	out := make([]bytes.Buffer, n)
	size := (len(data) + n - 1) / n
	var wg sync.WaitGroup
	for i := range n {
		piece := data[i*size : min((i+1)*size, len(data))]
		wg.Add(1)
		go func() {
			defer wg.Done()
			fw, _ := flate.NewWriter(&out[i], flate.BestSpeed) // a valid level: no error
			fw.Write(piece)                                    // a bytes.Buffer does not fail
			if i < n-1 {
				fw.Flush()
			} else {
				fw.Close()
			}
		}()
	}
	wg.Wait()
	var all bytes.Buffer
	for i := range out {
		all.Write(out[i].Bytes())
	}
	return all.Bytes()
}
