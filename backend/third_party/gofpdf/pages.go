package gofpdf

// HallDesk's change to upstream v1.16.2: the pages' content streams, each compressed on its own
// as before, are compressed on every core at once, and a page whose content is the same as an
// earlier page's (the backs of a sheet of cards) takes that page's compressed stream.

import (
	"bytes"
	"runtime"
	"sync"
)

// compressPages returns sliceCompress of every page's content, pages[0] (unused) left nil.
func compressPages(pages []*bytes.Buffer) [][]byte {
	out := make([][]byte, len(pages))
	same := make([]int, len(pages)) // the earlier page with the same content, or 0
	byLen := map[int][]int{}
	var todo []int
	for n := 1; n < len(pages); n++ {
		for _, m := range byLen[pages[n].Len()] {
			if bytes.Equal(pages[m].Bytes(), pages[n].Bytes()) {
				same[n] = m
				break
			}
		}
		if same[n] == 0 {
			byLen[pages[n].Len()] = append(byLen[pages[n].Len()], n)
			todo = append(todo, n)
		}
	}
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.GOMAXPROCS(0), len(todo))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := range next {
				out[n] = sliceCompress(pages[n].Bytes())
			}
		}()
	}
	for _, n := range todo {
		next <- n
	}
	close(next)
	wg.Wait()
	for n, m := range same {
		if m > 0 {
			out[n] = out[m]
		}
	}
	return out
}
