#!/usr/bin/env bash
# A single-node Slurm cluster on this machine, for tests and trying `make slurm` without a cluster:
# munged, slurmctld and slurmd started without systemd, everything under one state folder.
#   deploy/slurm/local-cluster.sh start   installs the Debian packages when missing (as root), starts
#                                         the daemons, waits for an idle node, prints `export SLURM_CONF=…`
#   deploy/slurm/local-cluster.sh stop    stops the daemons and removes the state folder
# Needs root (slurmd runs jobs as their submitter). State folder: $SLURM_LOCAL_DIR (default /tmp/broadsheet-slurm).
set -euo pipefail
D=${SLURM_LOCAL_DIR:-/tmp/broadsheet-slurm}
PACKAGES="slurmctld slurmd slurm-client munge"

stop() {
  # Only the daemons this script started (their pid files), never a real cluster's on the same
  # host; the caller returns once they are gone, not while they are still shutting down.
  local pids="" p
  for p in slurmd slurmctld munged; do
    if [ -f "$D/$p.pid" ]; then pids="$pids $(cat "$D/$p.pid")"; fi
  done
  alive() { local q; for q in $pids; do kill -0 "$q" 2>/dev/null && return 0; done; return 1; }
  if [ -n "$pids" ]; then
    kill $pids 2>/dev/null || true
    for _ in $(seq 1 30); do alive || break; sleep 0.1; done
    kill -9 $pids 2>/dev/null || true
    for _ in $(seq 1 20); do alive || break; sleep 0.1; done
  fi
  rm -rf "$D"
}

start() {
  if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
    [ "$(id -u)" = 0 ] || { echo "local-cluster: needs $PACKAGES (sudo apt-get install $PACKAGES)" >&2; exit 1; }
    echo "local-cluster: installing $PACKAGES" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
  fi
  [ "$(id -u)" = 0 ] || { echo "local-cluster: run as root (slurmd starts jobs as their user)" >&2; exit 1; }
  stop
  mkdir -p "$D/state" "$D/spool" "$D/munge"
  chmod 700 "$D/munge"
  dd if=/dev/urandom of="$D/munge/munge.key" bs=1024 count=1 status=none
  chmod 400 "$D/munge/munge.key"
  munged --force --key-file="$D/munge/munge.key" --socket="$D/munge/munge.socket" \
    --pid-file="$D/munged.pid" --log-file="$D/munged.log" --seed-file="$D/munge/seed"
  local node
  node=$(slurmd -C | head -1)   # NodeName=<host> CPUs=… as this machine reports itself
  cat > "$D/slurm.conf" <<CONF
ClusterName=broadsheet-local
SlurmctldHost=$(hostname -s)
SlurmUser=root
AuthType=auth/munge
AuthInfo=socket=$D/munge/munge.socket
CredType=cred/munge
StateSaveLocation=$D/state
SlurmdSpoolDir=$D/spool
SlurmctldPidFile=$D/slurmctld.pid
SlurmdPidFile=$D/slurmd.pid
SlurmctldLogFile=$D/slurmctld.log
SlurmdLogFile=$D/slurmd.log
SlurmctldPort=${SLURM_LOCAL_PORT:-6817}
SlurmdPort=$(( ${SLURM_LOCAL_PORT:-6817} + 1 ))
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
MpiDefault=none
ReturnToService=2
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobCompType=jobcomp/none
AccountingStorageType=accounting_storage/none
MinJobAge=600
$node State=UNKNOWN
PartitionName=batch Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF
  export SLURM_CONF="$D/slurm.conf"
  slurmctld -i
  slurmd
  for _ in $(seq 1 100); do
    if sinfo -h -o %t 2>/dev/null | grep -qx idle; then
      echo "export SLURM_CONF=$D/slurm.conf"
      return 0
    fi
    sleep 0.2
  done
  echo "local-cluster: the node did not become idle; logs in $D" >&2
  sinfo >&2 || true
  tail -5 "$D/slurmctld.log" "$D/slurmd.log" >&2 || true
  exit 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
