#!/usr/bin/env bash
# Runs the pipeline on the Slurm cluster in reach, split into SHARDS shards, and waits for it:
#   ingest (job array) -> statistics -> process (job array) -> merge (writes the tables)
# each step submitted with `--dependency=afterok` on the one before, so a failed job cancels the
# rest. Exits 0 when the tables are written (1 if documents failed, as `broadsheet run`), and
# non-zero, naming the job and its log, when any job fails.
#
# Usage: deploy/slurm/submit.sh SHARDS CONFIG
# Settings (environment):
#   BROADSHEET        the binary, on a file system every node sees (default: .build/release/broadsheet)
#   SLURM_PARTITION   partition to submit to (default: the cluster's default)
#   SLURM_TIME        time limit per job (default 02:00:00)
#   SLURM_CPUS        CPUs per job, used as worker threads (default 2)
#   SLURM_MEM         memory per job (default: the partition's default)
#   SLURM_EXTRA       further sbatch options (e.g. "--account=newsarchive --qos=long")
#   BROADSHEET_WORK   shared work folder (default <output>/.broadsheet-work); its logs/ keeps job logs
# The input folder, the output folder and the work folder must be on a shared file system.
set -euo pipefail
cd "$(dirname "$0")/../.."
SHARDS=${1:?usage: submit.sh SHARDS CONFIG}
CONFIG=$(realpath "${2:?usage: submit.sh SHARDS CONFIG}")
BROADSHEET=$(realpath "${BROADSHEET:-.build/release/broadsheet}")
[ -x "$BROADSHEET" ] || { echo "submit: no broadsheet binary at $BROADSHEET (make build)" >&2; exit 1; }
"$BROADSHEET" check --config "$CONFIG" >/dev/null
OUTPUT=$("$BROADSHEET" check --config "$CONFIG" | sed -n 's/.*; output \(.*\)$/\1/p')
WORK=${BROADSHEET_WORK:-$OUTPUT/.broadsheet-work}
LOGS=$WORK/logs
# A fresh work folder: files of an earlier run must not stand in for this one's.
rm -rf "$WORK"
mkdir -p "$LOGS"
export BROADSHEET BROADSHEET_CONFIG="$CONFIG" BROADSHEET_SHARDS="$SHARDS" BROADSHEET_WORK="$WORK"
SCRIPT=deploy/slurm/broadsheet.sbatch
common=(--parsable --kill-on-invalid-dep=yes --export=ALL --cpus-per-task="${SLURM_CPUS:-2}" --time="${SLURM_TIME:-02:00:00}")
if [ -n "${SLURM_PARTITION:-}" ]; then common+=(--partition="$SLURM_PARTITION"); fi
if [ -n "${SLURM_MEM:-}" ]; then common+=(--mem="$SLURM_MEM"); fi
# shellcheck disable=SC2206
if [ -n "${SLURM_EXTRA:-}" ]; then common+=($SLURM_EXTRA); fi
last=$((SHARDS - 1))
submit() { # name dependency args...
  local name=$1 dep=$2; shift 2
  sbatch "${common[@]}" --job-name="broadsheet-$name" -o "$LOGS/$name-%A_%a.out" ${dep:+--dependency=afterok:$dep} "$@" | cut -d';' -f1
}
j1=$(submit ingest "" --array=0-$last "$SCRIPT" ingest)
j2=$(submit statistics "$j1" "$SCRIPT" statistics)
j3=$(submit process "$j2" --array=0-$last "$SCRIPT" process)
j4=$(submit merge "$j3" "$SCRIPT" merge)
jobs="$j1,$j2,$j3,$j4"
echo "submitted $SHARDS shards: ingest $j1 -> statistics $j2 -> process $j3 -> merge $j4 (logs: $LOGS)"

# Wait until every job has left the queue (polling squeue; sbatch --wait polls only every ~10 s).
start=$(date +%s)
while [ -n "$(squeue -h -j "$jobs" -o %i 2>/dev/null)" ]; do sleep 1; done

# Every job and array task must have COMPLETED; anything else fails the run loudly.
failed=0
for j in $j1 $j2 $j3 $j4; do
  while read -r line; do
    state=$(sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' <<<"$line")
    [ "$state" = COMPLETED ] && continue
    id=$(sed -n 's/^JobId=\([0-9]*\).*/\1/p' <<<"$line")
    name=$(sed -n 's/.*JobName=\([^ ]*\).*/\1/p' <<<"$line")
    reason=$(sed -n 's/.* Reason=\([^ ]*\).*/\1/p' <<<"$line")
    code=$(sed -n 's/.* ExitCode=\([^ ]*\).*/\1/p' <<<"$line")
    echo "submit: job $id ($name) ended $state (reason $reason, exit $code)" >&2
    out=$(sed -n 's/.* StdOut=\([^ ]*\).*/\1/p' <<<"$line")
    if [ -n "$out" ] && [ -f "$out" ]; then tail -5 "$out" | sed 's/^/    /' >&2; fi
    failed=1
  done < <(scontrol show job -o "$j" 2>/dev/null || echo "JobId=$j JobState=UNKNOWN")
done
[ $failed = 0 ] || { echo "submit: the sharded run failed; the tables in $OUTPUT are still those of the last complete run (logs: $LOGS)" >&2; exit 1; }
docs=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1]))['documents']; print(d['processed']+d['reused'], d['failed'])" "$OUTPUT/run.json")
read -r total bad <<<"$docs"
echo "sharded run done in $(( $(date +%s) - start )) s: $total documents over $SHARDS shards, $bad failed; tables in $OUTPUT"
[ "$bad" = 0 ] || exit 1
