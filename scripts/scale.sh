#!/usr/bin/env bash
# Scale on one machine: a folder of N distinct documents (scripts/scale-corpus.py: variants of the
# development sets), then a full run, a rebuild with no change, a rebuild after one new document,
# and the sharded steps for 1, 2, 4 and 8 shards run one after another here, with the share of the
# steps that see the whole corpus (statistics, merge + tables). Wall time and peak RSS per step.
# Usage: scripts/scale.sh [N] [WORKDIR]   (default 100000 documents in /tmp/broadsheet-scale)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
W=${2:-/tmp/broadsheet-scale}
BIN=${BIN:-.build/release/broadsheet}
SHARD_COUNTS=${SHARD_COUNTS:-1 2 4 8}
if [ ! -f "$W/in/.complete-$N" ]; then
  rm -rf "$W/in"; python3 scripts/scale-corpus.py "$W/in" "$N"; touch "$W/in/.complete-$N"
fi
STAGES='[{"name":"clean"},{"name":"segment"},{"name":"dates"},{"name":"quotes"},{"name":"entities"},{"name":"emit"}]'
printf '{"input": "%s", "output": "%s", "stages": %s}\n' "$W/in" "$W/out" "$STAGES" > "$W/p.json"
printf '{"input": "%s", "output": "%s", "stages": %s}\n' "$W/in" "$W/out-sharded" "$STAGES" > "$W/s.json"
calc() { awk "BEGIN { printf \"%.1f\", $1 }"; }
measure() { # label command...  -> prints seconds and peak RSS, returns seconds in $LAST
  local label=$1; shift
  LAST=$(python3 - "$label" "$@" <<'PY'
import resource, subprocess, sys, time
label, cmd = sys.argv[1], sys.argv[2:]
t0 = time.monotonic()
done = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
code = done.returncode
secs = time.monotonic() - t0
rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if code != 0:
    print(f"{label}: exit {code}: " + done.stderr.decode(errors="replace")[-600:], file=sys.stderr)
if code not in (0, 1): sys.exit(1)   # (a signal is a negative code)
print(f"{label:<44} {secs:8.1f} s   peak RSS {rss:6.0f} MB", file=sys.stderr)
print(f"{secs:.2f}")
PY
)
}
echo "corpus: $N documents, $(du -sh "$W/in" | cut -f1)"
full=${FULL_SECONDS:-}
if [ -z "${SHARDS_ONLY:-}" ]; then   # SHARDS_ONLY=1 FULL_SECONDS=s: only the sharded part
  rm -rf "$W/out"
  measure "full run (cache filled), $(nproc) workers" "$BIN" run --config "$W/p.json" --quiet; full=$LAST
  measure "rebuild, no change" "$BIN" run --config "$W/p.json" --quiet
  new="$W/in/v000/zz-late-edition.txt"
  printf 'Harbour ferry returns\n\nThe Northshore ferry will carry passengers again from Monday, the port authority said on Thursday. "The hull is sound," said Ingrid Halvorsen, its operations manager.\n' > "$new"
  measure "rebuild, one new document" "$BIN" run --config "$W/p.json" --quiet
  python3 -c "import json,sys; r=json.load(open(sys.argv[1])); print('  where it went:', r['stage_seconds'])" "$W/out/run.json" >&2
  rm -f "$new"
fi
for s in $SHARD_COUNTS; do
  rm -rf "$W/out-sharded"
  args=(--shards "$s" --config "$W/s.json" --quiet --no-cache)
  total=0; ingest=0; process=0
  for k in $(seq 0 $((s - 1))); do measure "  $s shards: ingest $k" "$BIN" shard ingest "${args[@]}" --shard "$k"; ingest=$(calc "$ingest + $LAST"); done
  measure "  $s shards: statistics" "$BIN" shard statistics "${args[@]}"; stats=$LAST
  for k in $(seq 0 $((s - 1))); do measure "  $s shards: process $k" "$BIN" shard process "${args[@]}" --shard "$k"; process=$(calc "$process + $LAST"); done
  measure "  $s shards: merge and tables" "$BIN" shard merge "${args[@]}"; merge=$LAST
  total=$(calc "$ingest + $stats + $process + $merge")
  echo "$s shards: $total s in all (vs one machine $full s); whole-corpus steps: statistics $stats s + merge $merge s = $(calc "100 * ($stats + $merge) / $total") % of the run" >&2
done
