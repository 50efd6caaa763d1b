#!/usr/bin/env bash
# Renders the print-shop documents (pocket guide A6 and A5, their A4 booklets, leaflets) from
# sample content, as PDFs and PNGs of their first pages and the booklets' first sheet, so that
# people and CI can look at them. Needs poppler-utils (pdftoppm).
#   build/scripts/render-samples.sh [DIR]     (default test-output/pdf)
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-test-output/pdf}"
mkdir -p "$out"
rm -f "$out"/guide-* "$out"/booklet-* "$out"/leaflet-*
go test -count=1 -run '^TestRender(Ticket)?Samples$' -v ./backend/pdf -args -out "$(cd "$out" && pwd)" | grep -E '^\s+samples_test|^(ok|FAIL|---)'
echo "样张已生成：$out"
ls "$out"
