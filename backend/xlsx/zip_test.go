package xlsx

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"io"
	"testing"
)

// TestFastZipBigPartReadsBack: a part large enough to be packed in pieces comes back byte for
// byte (the reader checks the CRC too), next to small parts packed the ordinary way.
func TestFastZipBigPartReadsBack(t *testing.T) {
	var big bytes.Buffer
	for i := 0; big.Len() < 3*bigPart+12345; i++ {
		fmt.Fprintf(&big, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>巴音敖包嘎查%d</t></is></c></row>`, i, i, i*7919%1000)
	}
	parts := []struct {
		name string
		data []byte
	}{{"a.xml", []byte("<small/>")}, {"xl/worksheets/sheet1.xml", big.Bytes()}, {"z.xml", nil}}
	for _, cores := range []int{1, 2, 3} {
		var out bytes.Buffer
		zw := fastZip(&out, nil)
		for _, p := range parts {
			w, err := zw.Create(p.name)
			if err != nil {
				t.Fatal(err)
			}
			w.Write(p.data)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		zr, err := zip.NewReader(bytes.NewReader(out.Bytes()), int64(out.Len()))
		if err != nil || len(zr.File) != len(parts) {
			t.Fatalf("reader: %v, %d files", err, len(zr.File))
		}
		for i, f := range zr.File {
			rc, err := f.Open()
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(rc)
			if err != nil || f.Name != parts[i].name || !bytes.Equal(got, parts[i].data) {
				t.Fatalf("part %d (%s): %d bytes back, err %v", i, f.Name, len(got), err)
			}
		}
		back, err := io.ReadAll(flate.NewReader(bytes.NewReader(deflatePieces(big.Bytes(), cores))))
		if err != nil || !bytes.Equal(back, big.Bytes()) {
			t.Fatalf("%d pieces: %d bytes back of %d, err %v", cores, len(back), big.Len(), err)
		}
	}
}

// TestWriteLongSheetReadsBack writes a sheet long enough for the packing in pieces and reads
// every row back through excelize.
func TestWriteLongSheetReadsBack(t *testing.T) {
	tb := ledgerTable(5000)
	f := openWritten(t, tb)
	rows, err := f.GetRows(tb.Sheet)
	if err != nil || len(rows) != 5001 {
		t.Fatalf("rows = %d, %v", len(rows), err)
	}
	if last := rows[5000]; last[0] != "2025D04999" || last[12] != "5" || last[21] != "符合条件，已按规定办理完毕并告知申请人" {
		t.Fatalf("last row = %q", last)
	}
}
