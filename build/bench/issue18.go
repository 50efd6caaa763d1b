package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// issue18Table prints issue 18's before/after table from the outputs of one `make bench` run in
// dir: the county dashboard and scorecards (a pass over the raw rows, the code before the issue,
// against the tallies, taking turns in one run), the ledger's deep page against its page 1, every
// request class of the saturated load, and the documents, the export and the cold start against
// the issue's own figures (measured on another machine of the same kind).
func issue18Table(dir string, w io.Writer) error {
	read := func(name string) [][]string {
		rows, err := markdownRows(filepath.Join(dir, name))
		if err != nil {
			fmt.Fprintf(w, "(%s: %v)\n", name, err)
		}
		return rows
	}
	table, dashboard, scorecards, load := read("table.md"), read("tallies.txt"), read("scorecards.txt"), read("load.txt")
	fmt.Fprintln(w, "| issue 18 | before | after | ratio (before ÷ after) | target | met? |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|---|")
	for _, r := range []struct {
		rows   [][]string
		prefix string
		what   string
		target func(rawMed, fastMed, fastP95 float64) (string, bool)
	}{
		{dashboard, "one year,", "dashboard, one year: raw pass → tallies (median / p95 ms)", func(rm, fm, _ float64) (string, bool) { return "≥ 10×", rm >= 10*fm }},
		{dashboard, "ten years,", "dashboard, ten years: raw pass → tallies", func(_, _, fp float64) (string, bool) { return "< 100 ms", fp < 100 }},
		{scorecards, "one year,", "scorecards, one year: raw rows → tallies", nil},
		{scorecards, "ten years,", "scorecards, ten years: raw rows → tallies", nil},
	} {
		row := findRow(r.rows, r.prefix)
		if row == nil || len(row) < 6 {
			fmt.Fprintf(w, "| %s | – | – | – | | not measured |\n", r.what)
			continue
		}
		rm, rp, fm, fp := num(row[1]), num(row[2]), num(row[3]), num(row[4])
		target, met := "—", ""
		if r.target != nil {
			var ok bool
			target, ok = r.target(rm, fm, fp)
			met = yesNo(ok)
		}
		fmt.Fprintf(w, "| %s | %s / %s | %s / %s | %.1f× | %s | %s |\n", r.what, f1(rm), f1(rp), f1(fm), f1(fp), rm/fm, target, met)
	}
	page1, page500 := findRow(table, "ledger page 1 (the page-500 filter)"), findRow(table, "ledger page 500 by 下一页")
	if page1 != nil && page500 != nil {
		p1, p500 := num(page1[3]), num(page500[3])
		fmt.Fprintf(w, "| ledger: page 1 → page 500 by 下一页 (median / p95 ms) | %s / %s | %s / %s | page 500 = %.2f× page 1 (p95) | ≤ 2× | %s |\n",
			page1[2], page1[3], page500[2], page500[3], p500/p1, yesNo(p500 <= 2*p1))
	}
	for _, r := range []struct {
		name, issue string
		before      float64
		target      float64
	}{
		{"pocket guide, 48 pages", "124 ms (issue)", 124, 60},
		{"200 contact cards", "136 ms (issue)", 136, 60},
		{"Excel export of 10,000 rows", "866 ms (issue)", 866, 500},
		{"cold start: desktop window to login screen", "1240 ms (issue)", 1240, 1000},
		{"cold start: desktop, the day's first start", "1240 ms (issue)", 1240, 1000},
	} {
		row := findRow(table, r.name)
		if row == nil || len(row) < 4 {
			continue
		}
		p95 := num(row[3])
		fmt.Fprintf(w, "| %s (median / p95 ms) | %s | %s / %s | %.1f× (p95) | < %.0f ms | %s |\n", r.name, r.issue, row[2], row[3],
			r.before/p95, r.target, yesNo(p95 < r.target))
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "20 clients saturating the server (no pause), every request class, p50 / p95 / p99 ms and errors;")
	fmt.Fprintln(w, "the issue's run: the dashboard's p95 13.6 s and the ledger's 3.2 s; target: every counter p95 < 300 ms, errors 0.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "| request | count | p50 / p95 / p99 ms | errors | target | met? |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---|---|")
	for _, row := range load {
		if len(row) < 8 || row[0] == "request" || strings.HasPrefix(row[0], "-") {
			continue
		}
		target, met := "—", ""
		if strings.HasPrefix(row[0], "counter:") {
			target, met = "p95 < 300 ms, 0 errors", yesNo(num(row[4]) < 300 && num(row[7]) == 0)
		}
		fmt.Fprintf(w, "| %s | %s | %s / %s / %s | %s | %s | %s |\n", row[0], row[1], row[3], row[4], row[5], row[7], target, met)
	}
	return nil
}

// markdownRows reads the table rows (lines starting with "|") of a file as trimmed cells.
func markdownRows(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "|") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		out = append(out, cells)
	}
	return out, sc.Err()
}

// findRow is the first row whose first cell starts with prefix.
func findRow(rows [][]string, prefix string) []string {
	for _, r := range rows {
		if len(r) > 0 && strings.HasPrefix(r[0], prefix) {
			return r
		}
	}
	return nil
}

// num reads the number a cell starts with ("196.8 ms", "12×", "1,234"); 0 if none.
func num(cell string) float64 {
	cell = strings.ReplaceAll(cell, ",", "")
	end := 0
	for end < len(cell) && (cell[end] == '.' || (cell[end] >= '0' && cell[end] <= '9')) {
		end++
	}
	v, _ := strconv.ParseFloat(cell[:end], 64)
	return v
}

func f1(v float64) string { return strconv.FormatFloat(v, 'f', 1, 64) }

func yesNo(ok bool) string {
	if ok {
		return "yes"
	}
	return "**no**"
}
