# Broadsheet: `make` builds and runs the pipeline on input/ into output/; `make test` runs the tests.
SWIFT  ?= swift
CONFIG ?= pipeline.json
BIN    := .build/release/broadsheet

.PHONY: all deps build run test bench eval tsan fuzz clean slurm slurm-check report-check report-screenshot

all: run

# The C libraries (libxml2, uchardet, …) are found through pkg-config, CLD2 (no .pc file) by its
# header; install them with apt-get when missing (as root), otherwise say exactly what to install.
DEB_PACKAGES := pkg-config libxml2-dev libuchardet-dev libxlsxwriter-dev zlib1g-dev libisal-dev libcld2-dev
deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libxml-2.0 uchardet xlsxwriter zlib libisal \
	    || [ ! -f /usr/include/cld2/public/compact_lang_det.h ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing $(DEB_PACKAGES) with apt-get"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $(DEB_PACKAGES); \
	  else \
	    echo "Broadsheet needs $(DEB_PACKAGES): sudo apt-get install $(DEB_PACKAGES)" >&2; exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build -c release

run: build
	$(BIN) run --config $(CONFIG)

# One build of everything (library, executable, tests), then the tests without rebuilding.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# The same run on the Slurm cluster in reach, split into SHARDS shards (job arrays with afterok
# dependencies; see deploy/slurm/submit.sh for partition, time limit and CPUs). Waits; fails loudly.
SHARDS ?= 4
slurm: build
	deploy/slurm/submit.sh $(SHARDS) $(CONFIG)

# `make slurm` on a single-node Slurm started here, compared byte for byte with a one-machine run.
slurm-check: build
	bash scripts/slurm-check.sh

# report.html in headless Chromium (not blank, no console errors) and broadsheet.xlsx through
# LibreOffice and openpyxl (same rows as the CSV tables, typed cells), on the tables of input/.
report-check: run
	bash scripts/report-check.sh output

# The README's picture of the report over input/.
report-screenshot: run
	REPORT_SCREENSHOT=docs/report.png bash scripts/report-check.sh output

bench: build
	bash scripts/bench.sh

eval: build
	BROADSHEET=$(BIN) ../shared/eval/run.sh

# Data-race check: the pipeline built with ThreadSanitizer, run on input/ with two workers.
tsan: deps
	$(SWIFT) build --sanitize=thread --scratch-path .build-tsan
	rm -rf /tmp/broadsheet-tsan && .build-tsan/debug/broadsheet run --config $(CONFIG) --output /tmp/broadsheet-tsan --workers 2

# libFuzzer over the HTML, text and date paths, FUZZ_SECONDS each (default 60).
FUZZ_SECONDS ?= 60
fuzz: deps
	BROADSHEET_FUZZ=1 $(SWIFT) build -c release --scratch-path .build-fuzz --product broadsheet-fuzz -Xswiftc -sanitize=fuzzer,address
	mkdir -p .build-fuzz/corpus-html .build-fuzz/corpus-text .build-fuzz/corpus-dates .build-fuzz/corpus-mhtml .build-fuzz/corpus-cache
	printf 'BSF\001\001\000\000\000\001\000\000\000\001\000\000\000kp12345678r12345678' > .build-fuzz/corpus-cache/pack
	printf 'BSI\006\004fuzz\001\002id\002\004\002\010sha\000\000\001\010fuzz.pack\002\000' > .build-fuzz/corpus-cache/index
	cp input/*.html .build-fuzz/corpus-html/ ; cp input/*.txt .build-fuzz/corpus-text/ ; cp input/*.txt Tests/BroadsheetKitTests/Fixtures/dates-abroad/* .build-fuzz/corpus-dates/
	cp Tests/BroadsheetKitTests/Fixtures/web-archives/* .build-fuzz/corpus-mhtml/
	for t in html text dates mhtml cache; do \
	  echo "== fuzzing $$t for $(FUZZ_SECONDS)s"; \
	  SWIFT_BACKTRACE=enable=no FUZZ_TARGET=$$t .build-fuzz/release/broadsheet-fuzz .build-fuzz/corpus-$$t \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=16384 -timeout=10 -print_final_stats=1 > .build-fuzz/$$t.log 2>&1; code=$$?; \
	  grep -E "stat::number_of_executed_units|ERROR|SUMMARY" .build-fuzz/$$t.log; \
	  [ $$code -eq 0 ] || { echo "fuzz target $$t failed (exit $$code): see .build-fuzz/$$t.log and the crash-* file"; exit $$code; }; \
	done
	rm -rf $${TMPDIR:-/tmp}/broadsheet-fuzz-cache-*

clean:
	rm -rf .build .build-tsan .build-fuzz
	find output -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
