#!/usr/bin/env bash
# make bench: the figures of build/BENCHMARKS.md on the county data set.
#   bash build/scripts/bench.sh [BIN]     (BIN defaults to build/bin/halldesk, made by make build)
# 1. builds the county data set into bench-data/ once (halldesk demo --scale county);
# 2. runs build/bench under Xvfb: every operation through the real services, the cold starts of
#    serve and of the desktop window, and the peak RSS of serve under build/loadtest's load;
# 3. runs the Go benchmarks: the search index against a LIKE scan, intake and a transition on a
#    small store, the documents alone (the catalog's guide is shorter than 48 pages), the county
#    dashboard and scorecards from a pass over the raw rows against the case tallies, 20 clients
#    saturating serve, and the hall day's call-screen push delay;
# 4. prints issue 18's before/after table from those outputs (build/bench -issue18).
# Everything it prints is also kept in test-output/bench/. BENCH_DATA, BENCH_OUT and BENCH_RUNS
# override the data folder, the output folder and the runs of each quick operation.
set -euo pipefail
cd "$(dirname "$0")/../.."
bin=$(realpath "${1:-build/bin/halldesk}")
data=${BENCH_DATA:-bench-data}
out=${BENCH_OUT:-test-output/bench}
runs=${BENCH_RUNS:-200}

[ -x "$bin" ] || { echo "没有找到程序 $bin，请先运行 make build"; exit 1; }
if [ ! -e "$data/halldesk.db" ]; then
  echo "building the county data set into $data (once; a few minutes)…"
  /usr/bin/time -f "county data set built in %e s, peak RSS %M kB" "$bin" demo --scale county --data "$data"
fi
mkdir -p "$out"
go build -o "$out/loadtest" ./build/loadtest
go build -o "$out/bench" ./build/bench

run_display() {
  if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
    xvfb-run -a -s "-screen 0 1440x900x24" "$@"
  else
    "$@"
  fi
}
run_display "$out/bench" -data "$data" -runs "$runs" -bin "$bin" -loadtest "$out/loadtest" | tee "$out/table.md"

echo
echo "== search index against a LIKE scan (200,000 generated residents) =="
go test -run '^$' -bench 'BenchmarkSearch' -benchtime 200x ./backend/sqlite/ | tee "$out/search.txt"
echo
echo "== intake and a transition on a small store =="
go test -run '^$' -bench 'BenchmarkCase' ./backend/app/ | tee "$out/writes.txt"
echo
echo "== documents alone: a 48-page pocket guide (exactly), its booklet, 200 contact cards =="
go test -run '^$' -bench 'PocketGuide48|Booklet48|ContactCards200' ./backend/pdf/ | tee "$out/documents.txt"
echo
echo "== the county dashboard: a pass over the cases against the case tallies, one run =="
BENCH_DATA=$(realpath "$data") go test -run '^$' -bench BenchmarkCountyDashboard -benchtime 1x -timeout 30m ./backend/sqlite/ | tee "$out/tallies.txt"
echo
echo "== the county scorecards: the raw rows against the case tallies, one run =="
BENCH_DATA=$(realpath "$data") go test -run '^$' -bench BenchmarkCountyScorecards -benchtime 1x -timeout 30m ./backend/sqlite/ | tee "$out/scorecards.txt"
echo
echo "== 20 clients saturating serve on a copy of the county data (dashboards in the mix), 60 s =="
"$out/loadtest" -bin "$bin" -copy "$data" -clients 20 -duration 60s | tee "$out/load.txt" || true
echo
echo "== the hall day: 500 tickets, 8 windows, one call screen, 8 pads (push delay p95) =="
go test -run '^$' -bench BenchmarkHallDayPush -benchtime 1x ./backend/httpapi/ | tee "$out/hallday.txt"
echo
echo "== issue 18: before and after, from this run =="
"$out/bench" -issue18 "$out" | tee "$out/issue18.md"
echo
echo "table: $out/table.md, issue 18: $out/issue18.md"
