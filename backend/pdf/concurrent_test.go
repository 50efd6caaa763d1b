package pdf

import (
	"sync"
	"testing"
)

// TestDocumentsRenderedAtOnce renders different documents at the same time, as the browser
// mode does for several counters, and finds each one's text the same as when it is rendered
// alone. Run with -race: the documents share one parse of the font.
func TestDocumentsRenderedAtOnce(t *testing.T) {
	kinds := []func() ([]byte, error){
		func() ([]byte, error) {
			d, err := PocketGuide(sampleItems(), sampleHall(), GuideOptions{Year: 2026})
			return d.PDF, err
		},
		func() ([]byte, error) {
			b, _, err := ContactCards(sampleCadres(12), cardHall, CardOptions{Back: true, Services: cardServices, Hours: cardHours})
			return b, err
		},
		func() ([]byte, error) { b, _, err := Receipt(sampleCaseDoc()); return b, err },
		func() ([]byte, error) { b, _, err := Ticket(sampleTicket(), TicketRoll); return b, err },
		func() ([]byte, error) { // Mongolian: shaped and drawn through one parse of its font
			d := sampleCaseDoc()
			d.Hall.Mongolian = sampleMongolian()
			b, _, err := Receipt(d)
			return b, err
		},
		func() ([]byte, error) {
			l := notice(2)
			l.Mongolian = mongolNotice
			d, err := Leaflet(l, bilingualHall())
			return d.PDF, err
		},
	}
	alone := make([]string, len(kinds))
	for i, render := range kinds {
		data, err := render()
		if err != nil {
			t.Fatal(err)
		}
		alone[i] = pdfText(t, data)
	}
	const rounds = 3
	got := make([][]byte, len(kinds)*rounds)
	errs := make([]error, len(got))
	var wg sync.WaitGroup
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], errs[i] = kinds[i%len(kinds)]()
		}()
	}
	wg.Wait()
	for i, data := range got {
		if errs[i] != nil {
			t.Fatalf("document %d: %v", i, errs[i])
		}
		if text := pdfText(t, data); text != alone[i%len(kinds)] {
			t.Errorf("document %d (kind %d) reads differently when rendered alongside the others:\n%s\n--- alone:\n%s", i, i%len(kinds), text, alone[i%len(kinds)])
		}
	}
}
