#!/usr/bin/env bash
# Benchmark: replicate input/ (and ../shared/eval/boilerplate/html when present) into a corpus of
# COPIES documents, each copy made unique, then time full runs with 1 and 2 workers and a rebuild.
# Prints pages/s, MB/s and peak RSS. Usage: scripts/bench.sh [COPIES]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.build/release/broadsheet
N=${1:-${BENCH_DOCS:-5000}}
W=$(mktemp -d); trap 'rm -rf "$W"' EXIT
mkdir -p "$W/in"
sources=(input/*.html input/*.txt)
if [ -d ../shared/eval/boilerplate/html ]; then sources+=(../shared/eval/boilerplate/html/*.html); fi
i=0
while [ $i -lt "$N" ]; do
  for f in "${sources[@]}"; do
    [ $i -ge "$N" ] && break
    ext=${f##*.}
    name=$(printf 'doc%06d.%s' $i "$ext")
    if [ "$ext" = txt ]; then { cat "$f"; printf '\n\nBenchmark copy %d.\n' $i; } > "$W/in/$name"
    else { cat "$f"; printf '\n<!-- benchmark copy %d -->\n' $i; } > "$W/in/$name"; fi
    i=$((i+1))
  done
done
bytes=$(du -sb "$W/in" | cut -f1)
printf '{"input": "%s", "output": "%s", "stages": [{"name":"clean"},{"name":"segment"},{"name":"dates"},{"name":"quotes"},{"name":"entities"},{"name":"emit"}]}\n' "$W/in" "$W/out" > "$W/p.json"
printf '{"input": "%s", "output": "%s", "stages": [{"name":"clean"},{"name":"emit"}]}\n' "$W/in" "$W/out-clean" > "$W/c.json"
measure() { # label args...  (python3 for wall time and the child's peak RSS)
  local label=$1; shift
  python3 - "$label" "$N" "$bytes" "$@" <<'PY'
import resource, subprocess, sys, time
label, n, size, cmd = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
t0 = time.monotonic()
code = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
secs = time.monotonic() - t0
if code > 1:
    sys.exit(f"{label}: broadsheet exited {code}")
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(f"{label:<28} {secs:7.2f} s  {n / secs:8.1f} pages/s  {size / 1e6 / secs:6.1f} MB/s  peak RSS {rss:5.0f} MB")
PY
}
echo "corpus: $N documents, $((bytes / 1000000)) MB"
measure "full pipeline, 1 worker" "$BIN" run --config "$W/p.json" --workers 1 --quiet --no-cache
measure "full pipeline, 2 workers" "$BIN" run --config "$W/p.json" --workers 2 --quiet --no-cache
measure "full run filling the cache" "$BIN" run --config "$W/p.json" --workers 2 --quiet --full
measure "rebuild, no change, 2 w." "$BIN" run --config "$W/p.json" --workers 2 --quiet
touch "$W/in/doc000000."*
measure "rebuild, 1 doc touched" "$BIN" run --config "$W/p.json" --workers 2 --quiet
measure "clean only, 1 worker" "$BIN" run --config "$W/c.json" --workers 1 --quiet --no-cache
