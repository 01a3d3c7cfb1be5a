#!/usr/bin/env bash
# Runs the whole test suite (the README's `mvn -B -ntp verify`) N times in a row while busy loops
# occupy every core, to show that no test depends on the machine being idle. Stops at the first
# failing run. Logs: target/stress/run-K.log; a summary line per run on the console.
#
#   tools/stress-verify.sh [N] [extra mvn arguments...]     (N defaults to 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
shift || true
cores="$(nproc)"
out=target/stress
mkdir -p "$out"

hogs=()
stop_hogs() {
  if [ "${#hogs[@]}" -gt 0 ]; then
    kill "${hogs[@]}" 2>/dev/null || true
    wait "${hogs[@]}" 2>/dev/null || true
  fi
}
trap stop_hogs EXIT INT TERM

# One busy loop per core, at the same priority as the build.
for _ in $(seq "$cores"); do
  ( while :; do :; done ) &
  hogs+=("$!")
done
echo "stress-verify: $runs run(s) of 'mvn -B -ntp verify $*' with $cores busy loop(s) on $cores core(s)"

for k in $(seq "$runs"); do
  log="$out/run-$k.log"
  start=$(date +%s)
  if mvn -B -ntp verify "$@" > "$log" 2>&1; then status=passed; else status=FAILED; fi
  secs=$(( $(date +%s) - start ))
  tests=$(grep -E '^\[INFO\] Tests run: [0-9]+, Failures' "$log" | awk -F'[ ,]+' '{t+=$4} END {print t+0}')
  echo "run $k/$runs: $status in ${secs}s, $tests tests (log: $log)"
  if [ "$status" != passed ]; then
    grep -E '^\[(ERROR|WARNING)\]|FAIL' "$log" | head -40 || true
    exit 1
  fi
done
echo "stress-verify: all $runs run(s) passed"
