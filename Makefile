# HallDesk (便民服务台) — every command installs what it is missing first.
# make run | serve | demo | test | build

SHELL      := /bin/bash
# The build tag the desktop window needs on Linux (WebKitGTK 4.1); nothing else needs a tag.
TAGS       := webkit2_41
# One version: wails.json's productVersion, plus the commit count and hash of this build.
BASE_VERSION := $(shell sed -n 's/.*"productVersion": *"\([^"]*\)".*/\1/p' wails.json)
VERSION    ?= $(BASE_VERSION)+$(shell git rev-list --count HEAD 2>/dev/null || echo 0).g$(shell git rev-parse --short HEAD 2>/dev/null || echo local)
LDFLAGS    := -X main.version=$(VERSION)
BIN        := build/bin/halldesk
DATA       ?=
DEMO_DATA  ?= demo-data
LISTEN     ?= 127.0.0.1:8080
WAILS      := $(shell go env GOPATH)/bin/wails
DATA_FLAG   = $(if $(DATA),--data $(DATA),)

.PHONY: deps build run serve demo test test-go test-fuzz test-crash test-load bench samples test-frontend test-e2e test-desktop package test-package clean

deps:
	@bash build/scripts/deps.sh

# Bindings first (they are committed, and regenerating proves they match the Go code), then the
# frontend with its type check, then the binary with the frontend embedded.
build: deps
	$(WAILS) generate module -tags "$(TAGS)"
	cd frontend && npm run build
	$(WAILS) build -m -s -skipbindings -ldflags "$(LDFLAGS)"

# The desktop window on the default data folder; with no display it falls back to browser mode.
run: build
	./$(BIN) $(DATA_FLAG)

serve: build
	./$(BIN) serve --listen $(LISTEN) $(DATA_FLAG)

demo: build
	@if [ -e "$(DEMO_DATA)/halldesk.db" ]; then echo "$(DEMO_DATA) 已有数据，未改动。换个文件夹：make demo DEMO_DATA=另一个文件夹"; else ./$(BIN) demo --data $(DEMO_DATA); fi
	@echo "打开演示数据： ./$(BIN) --data $(DEMO_DATA)   或浏览器模式： ./$(BIN) serve --data $(DEMO_DATA)"

test: deps
	@bash build/scripts/test-all.sh

# No build tags at all: a plain checkout must vet, build and test as it is.
test-go:
	go vet ./...
	go test -count=1 ./...
	cd backend/third_party/gofpdf && go test -count=1 -race .

# Bounded fuzz runs on the seed corpora in each package's testdata/fuzz. Minimizing a new input is
# capped at 1 s: left at its default it can spend the whole budget shrinking one long string.
test-fuzz:
	go test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime 15s -fuzzminimizetime 1s ./backend/idcard/
	go test -run '^$$' -fuzz '^FuzzWrap$$' -fuzztime 15s -fuzzminimizetime 1s ./backend/pdf/
	go test -run '^$$' -fuzz '^FuzzDecodeArgs$$' -fuzztime 15s -fuzzminimizetime 1s ./backend/httpapi/
	go test -run '^$$' -fuzz '^FuzzReadFirstSheet$$' -fuzztime 15s -fuzzminimizetime 1s ./backend/xlsx/

# Crash safety: SIGKILL `halldesk serve` at random moments (25 times) in the middle of a stream of
# writes, restart it, and check that every acknowledged write is there and integrity_check is ok.
# Uses the built binary when there is one (else builds it); bounded to a minute.
test-crash:
	timeout 60 go run ./build/crashtest -bin $(BIN) -kills 25 -min-kills 20 -budget 40s

# Sample pages of every printed document, as PNGs under test-output/pdf, for people to look at.
samples:
	bash build/scripts/render-samples.sh test-output/pdf

test-frontend:
	cd frontend && npm run typecheck && npm test

# 20 browser-mode clients doing the hall's mix (counters and dashboards) for 60 s on a copy of the
# county data set (make bench builds it; the small demo data when it is not there), each pausing
# half a second on average between two requests: latencies and errors per request class.
# Without -think the clients saturate the server (build/BENCHMARKS.md, issue 18's load).
test-load:
	go run ./build/loadtest -bin $(CURDIR)/$(BIN) $(if $(wildcard bench-data/halldesk.db),-copy $(CURDIR)/bench-data) -clients 20 -duration 60s -think 500ms

# Benchmarks on the county data set (built once into bench-data/): the table of build/BENCHMARKS.md.
bench: build
	bash build/scripts/bench.sh $(BIN)

# The .deb (Debian, UOS, Kylin) and the Windows installer, in build/bin.
package: build
	bash build/scripts/package.sh "$(VERSION)"

# After make build: packages it, installs the .deb, runs the desktop smoke test from the
# installed program, removes it again; checks the Windows files are amd64 PE executables.
test-package:
	bash build/scripts/package.sh "$(VERSION)"
	bash build/scripts/test-package.sh "$(VERSION)"

# The end-to-end specs (frontend/e2e/*.spec.ts) in Debian's Chromium against browser mode, each spec
# file on its own server and data; screenshots in test-output/e2e, failures' traces in test-output/playwright.
test-e2e:
	cd frontend && HALLDESK_BIN=$(CURDIR)/$(BIN) npx playwright test

test-desktop:
	bash build/scripts/desktop-smoke.sh $(BIN) test-output/desktop

clean:
	rm -rf build/bin frontend/dist test-output
