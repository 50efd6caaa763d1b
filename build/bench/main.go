// Command bench measures the hall's everyday operations on a large data folder (the county data
// set of `halldesk demo --scale county`) through the real services, signed in as the role that
// does each of them, and prints a Markdown table: runs, median, p95, the target and whether it
// is met.
//
//	go run ./build/bench -data bench-data
//	go run ./build/bench -data bench-data -bin build/bin/halldesk -loadtest /tmp/loadtest
//
// With -bin it also measures cold starts of `serve` (to /healthz and to the first API answer)
// and, when a display is set (run it under xvfb-run), of the desktop window to its login
// screen. With -loadtest (a built build/loadtest) it records the peak RSS of `serve` while that
// load runs. The in-process operations write (intake, transitions, print records, audit rows)
// into the data folder: use a data folder meant for benchmarks.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/pprof"
	"slices"
	"strings"
	"time"
)

func main() {
	data := flag.String("data", "bench-data", "a filled data folder (halldesk.db inside)")
	runs := flag.Int("runs", 200, "measured runs of each quick operation (slow ones run fewer)")
	bin := flag.String("bin", "", "a built halldesk binary: also measure cold starts")
	before := flag.String("before", "", "with -bin: the same program before a change; its cold starts alternate with -bin's and each kind gets both rows and their ratio")
	starts := flag.Int("starts", 7, "cold starts of each kind")
	loadBin := flag.String("loadtest", "", "a built build/loadtest binary: measure the peak RSS of serve under its load")
	loadFor := flag.Duration("load-duration", 30*time.Second, "how long the load runs for the RSS figure")
	only := flag.String("only", "", "measure only the operations whose name contains this text (\"none\": only the starts and memory)")
	profile := flag.String("cpuprofile", "", "write a CPU profile of the in-process operations to this file (go tool pprof)")
	issue18 := flag.String("issue18", "", "print issue 18's before/after table from the outputs of a make bench run in this folder, and nothing else")
	flag.Parse()
	if *issue18 != "" {
		if err := issue18Table(*issue18, os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		return
	}
	if *profile != "" {
		f, err := os.Create(*profile)
		if err == nil {
			err = pprof.StartCPUProfile(f)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "bench:", err)
			os.Exit(1)
		}
		defer pprof.StopCPUProfile()
	}
	if err := run(*data, *runs, *bin, *before, *starts, *loadBin, *loadFor, *only); err != nil {
		pprof.StopCPUProfile()
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(data string, runs int, bin, before string, starts int, loadBin string, loadFor time.Duration, only string) error {
	dbPath := filepath.Join(data, "halldesk.db")
	if _, err := os.Stat(dbPath); err != nil {
		return fmt.Errorf("no database in %s (fill it with `halldesk demo --scale county --data %s`): %w", data, data, err)
	}
	var rows []row
	b, err := openBench(dbPath, runs)
	if err != nil {
		return err
	}
	machine := b.describe()
	fmt.Fprintln(os.Stderr, machine)
	rows, err = b.measureAll(only)
	b.close()
	if err != nil {
		return err
	}
	if bin != "" {
		bin, _ = filepath.Abs(bin)
		if before != "" {
			before, _ = filepath.Abs(before)
		}
		r, err := coldStarts(bin, before, data, starts)
		if err != nil {
			return err
		}
		rows = append(rows, r...)
	}
	var load string
	if loadBin != "" && bin != "" {
		r, out, err := peakRSS(loadBin, bin, data, loadFor)
		if err != nil {
			return err
		}
		rows, load = append(rows, r), out
	}
	fmt.Println(machine)
	fmt.Println()
	printTable(os.Stdout, rows)
	if load != "" {
		fmt.Print("\nThe load during the RSS figure (build/loadtest, all clients at once on the same cores):\n\n")
		fmt.Print(load)
	}
	return nil
}

// row is one line of the table. Target 0 means the issue sets none; Unit "MB" marks a size.
type row struct {
	Name   string
	Note   string // what exactly was measured (query, rows, pages)
	Times  []time.Duration
	Target time.Duration
	MB     float64 // for the memory row
	TgtMB  float64
}

// pct is the nearest-rank percentile of sorted durations.
func pct(sorted []time.Duration, p int) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	i := (len(sorted)*p + 99) / 100
	return sorted[min(max(i-1, 0), len(sorted)-1)]
}

func ms(d time.Duration) string {
	v := float64(d.Microseconds()) / 1000
	if v >= 100 {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// verdict compares the figure judged (p95, or the peak) with the target: how far under it is, or
// how far over.
func verdict(got, target float64) string {
	switch {
	case target == 0:
		return "—"
	case got <= 0:
		return "yes"
	case got <= target:
		return fmt.Sprintf("yes, %.1f× under", target/got)
	default:
		return fmt.Sprintf("**no, %.1f× over**", got/target)
	}
}

func printTable(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| operation | runs | median ms | p95 ms | target (p95) | met? | measured on |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---|---|")
	for _, r := range rows {
		if r.TgtMB > 0 || r.MB > 0 {
			fmt.Fprintf(w, "| %s | 1 | — | — | < %.0f MB | %s | peak RSS %.0f MB; %s |\n", r.Name, r.TgtMB,
				verdict(r.MB, r.TgtMB), r.MB, r.Note)
			continue
		}
		t := slices.Clone(r.Times)
		slices.Sort(t)
		target := "—"
		if r.Target > 0 {
			target = "< " + ms(r.Target)
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %s | %s | %s |\n", r.Name, len(t), ms(pct(t, 50)), ms(pct(t, 95)),
			target, verdict(float64(pct(t, 95)), float64(r.Target)), strings.ReplaceAll(r.Note, "|", "/"))
	}
}
