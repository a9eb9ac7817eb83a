#!/usr/bin/env bash
# How long the emulator harness, fuzzing by URL, takes to find each fault `shapeguard serve`
# can inject: for each fault, serve with it alone, fuzz from the seeds until the first finding
# or SECONDS (default 120), and print the time and what was found. Exit status 1 when a fault
# is not found in time, or found only by oracles faults.json does not map it to.
#   fuzz/emulator_faults.sh [SECONDS]
# Environment: FUZZ_BINARY (default: build it in the fuzz preset), SHAPEGUARD_BINARY
# (default build/default/cli/shapeguard).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-120}"
shapeguard="${SHAPEGUARD_BINARY:-build/default/cli/shapeguard}"
binary="${FUZZ_BINARY:-}"
if [ -z "$binary" ]; then
  [ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
  cmake --build build/fuzz --target emulator_fuzzer
  binary="build/fuzz/fuzz/emulator_fuzzer"
fi
out=build/fuzz/emulator-faults
mkdir -p "$out"
. scripts/lib/emulators.sh
trap stop_server EXIT
missed=0
. fuzz/options.sh
mapfile -t options < <(harness_options emulator)
for fault in $("$shapeguard" serve --list-faults); do
  start_serve "$shapeguard" "$out/serve-$fault.log" --fault "$fault"
  log="$out/$fault.log"
  rm -rf "$out/corpus-$fault"
  mkdir -p "$out/corpus-$fault"  # new inputs go here, the checked-in seeds stay as they are
  start=$(date +%s.%N)
  SHAPEGUARD_EMULATOR_URL="$url" SHAPEGUARD_FUZZ_REPORT="$out/$fault.json" \
    "$binary" -max_total_time="$seconds" "${options[@]}" \
    -dict=fuzz/dict/emulator.dict \
    -artifact_prefix="$out/" "$out/corpus-$fault" fuzz/corpus/emulator >"$log" 2>&1 &
  fuzzer=$!
  # The first finding ends the run (the harness prints one line per new finding).
  found=""
  while kill -0 "$fuzzer" 2>/dev/null; do
    found=$(grep -m1 '^emulator: finding 1 after' "$log" || true)
    [ -n "$found" ] && break
    sleep 0.2
  done
  elapsed=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.1f}')" \
    "$start" "$(date +%s.%N)")
  kill "$fuzzer" 2>/dev/null || true
  wait "$fuzzer" 2>/dev/null || true
  stop_server
  if [ -z "$found" ]; then
    echo "$fault: NOT FOUND in ${seconds}s"
    missed=1
    continue
  fi
  oracle=$(echo "$found" | sed -E 's/^emulator: finding 1 after [0-9]+ inputs: [^ ]+ ([^:]+):.*/\1/')
  allowed=$(python3 -c 'import json,sys; print(" ".join(json.load(open(sys.argv[1]))[sys.argv[2]]["oracles"]))' \
    conformance/conform/scenarios/faults.json "$fault")
  case " $allowed " in
    *" $oracle "*) echo "$fault: ${elapsed}s (${found#emulator: finding 1 })" ;;
    *) echo "$fault: found by $oracle, which it is not mapped to (${found#emulator: })"; missed=1 ;;
  esac
done
exit "$missed"
