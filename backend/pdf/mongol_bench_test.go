package pdf

import "testing"

// The Mongolian's cost: the same documents as BenchmarkPocketGuide48 and
// BenchmarkContactCards200 and a receipt, for a hall with its Mongolian (every cadre with a
// Mongolian name), reporting the file's size. Without Mongolian those benchmarks are unchanged.

func BenchmarkPocketGuide48Mongolian(b *testing.B) {
	items := guideItems48(b)
	hs := bilingualHall()
	hs.Mongolian.Labels["便民服务指南"] = "ᠠᠷᠠᠳ ᠲᠤ ᠲᠤᠰᠠᠯᠠᠬᠤ ᠦᠢᠯᠡᠴᠢᠯᠡᠭᠡ\u202Fᠶᠢᠨ ᠵᠢᠭᠠᠯᠲᠠ"
	var size int
	for b.Loop() {
		g, err := PocketGuide(items, hs, GuideOptions{Year: 2026})
		if err != nil {
			b.Fatal(err)
		}
		size = len(g.PDF)
	}
	b.ReportMetric(float64(size), "bytes")
}

func BenchmarkContactCards200Mongolian(b *testing.B) {
	cadres := sampleCadres(200)
	for i := range cadres {
		cadres[i].NameMongolian = "ᠪᠠᠲᠤᠪᠠᠶᠠᠷ"
	}
	hs := cardHall
	hs.Mongolian = sampleMongolian()
	var size int
	for b.Loop() {
		data, _, err := ContactCards(cadres, hs, CardOptions{Back: true, Services: cardServices, Hours: cardHours})
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes")
}

func BenchmarkReceipt(b *testing.B) { benchReceipt(b, false) }

func BenchmarkReceiptMongolian(b *testing.B) { benchReceipt(b, true) }

func benchReceipt(b *testing.B, mongolian bool) {
	d := sampleCaseDoc()
	if mongolian {
		d.Hall.Mongolian = sampleMongolian()
	}
	var size int
	for b.Loop() {
		data, _, err := Receipt(d)
		if err != nil {
			b.Fatal(err)
		}
		size = len(data)
	}
	b.ReportMetric(float64(size), "bytes")
}
