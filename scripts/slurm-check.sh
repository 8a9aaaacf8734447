#!/usr/bin/env bash
# The sharded run on a real Slurm, checked as a user would: starts a single-node cluster
# (deploy/slurm/local-cluster.sh), runs `make slurm SHARDS=3` over a copy of input/, compares every
# table byte for byte with a one-machine run of the same folder and config, adds one article and
# does both again, then stops the cluster. Called by .ci/run; needs root (the cluster's daemons).
set -euo pipefail
cd "$(dirname "$0")/.."
SHARDS=${SHARDS:-3}
W=$(mktemp -d /tmp/broadsheet-slurm-check.XXXXXX)
export SLURM_LOCAL_DIR=$W/cluster
cleanup() { deploy/slurm/local-cluster.sh stop || true; rm -rf "$W"; }
trap cleanup EXIT
eval "$(deploy/slurm/local-cluster.sh start)"
mkdir -p "$W/input"
cp -r input/. "$W/input/"
config() { # output folder -> config on stdout, the repository's stages and options
  python3 - "$W/input" "$1" <<'PY'
import json, sys
c = json.load(open("pipeline.json"))
c["input"], c["output"] = sys.argv[1], sys.argv[2]
print(json.dumps(c))
PY
}
config "$W/one" > "$W/one.json"
config "$W/sharded" > "$W/sharded.json"

compare() { # round
  local diffs
  diffs=$(diff -rq -x run.json -x report.html -x '.broadsheet*' "$W/one" "$W/sharded" || true)
  if [ -n "$diffs" ]; then echo "slurm-check ($1): sharded tables differ from one machine:" >&2; echo "$diffs" >&2; exit 1; fi
  local n
  n=$(find "$W/sharded" -maxdepth 1 -type f ! -name run.json ! -name '.*' | wc -l)
  [ "$n" -ge 15 ] || { echo "slurm-check ($1): only $n table files written" >&2; exit 1; }
  echo "slurm-check ($1): $n files byte-identical to the one-machine run"
}

round() { # name
  local code=0
  .build/release/broadsheet run --config "$W/one.json" --quiet || code=$?
  [ $code -le 1 ] || { echo "slurm-check: one-machine run failed ($code)" >&2; exit 1; }
  code=0
  make --no-print-directory slurm SHARDS="$SHARDS" CONFIG="$W/sharded.json" SLURM_CPUS=1 || code=$?
  [ $code -le 1 ] || { echo "slurm-check: make slurm failed ($code)" >&2; exit 1; }
  compare "$1"
}

round "first run"
# One new article: a story of its own, so that nothing but it changes.
cat > "$W/input/late-edition.txt" <<'TXT'
Harbour ferry returns after winter repairs

The Northshore ferry will carry passengers again from Monday, April 6, after four months in dry dock, the port authority said on Thursday.

"The hull is sound and the engines have been rebuilt," said Ingrid Halvorsen, the authority's operations manager. She said the timetable would follow last summer's.
TXT
round "after one new document"
python3 - "$W/sharded/run.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))["documents"]
assert d["reused"] > 0, f"the second sharded run reused nothing from the shards' caches: {d}"
print(f"slurm-check: second run processed {d['processed']}, reused {d['reused']} from the shards' caches")
PY
