#!/usr/bin/env bash
# CI's fuzzing step, in one build. fuzz/build.sh, the OSS-Fuzz entry point, builds the fuzz
# preset with OSS-Fuzz's variables left to the preset's own toolchain (clang, libFuzzer, ASan
# + UBSan, -O1 -gline-tables-only), which proves the script: every harness, dictionary and
# seed zip must land in $OUT. Then each harness from $OUT fuzzes for FUZZ_SECONDS (default
# 30) from its seeds and regressions with its dictionary, one process per harness and as many
# at a time as there are cores. Any crash, leak, sanitizer report, timeout or out-of-memory
# fails the step and prints the harness's log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
out="$PWD/build/oss-fuzz-out"
logs="$PWD/build/oss-fuzz-logs"

scripts/bootstrap.sh
# Empty flags: the fuzz preset's own sanitizers and optimisation (see fuzz/build.sh).
CC=clang CXX=clang++ CFLAGS="" CXXFLAGS="" LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
  OUT="$out" fuzz/build.sh

harnesses=()
for source in fuzz/*_fuzzer.cc; do
  fuzzer="$(basename "$source" .cc)"
  for file in "$fuzzer" "$fuzzer.dict" "${fuzzer}_seed_corpus.zip"; do
    [ -s "$out/$file" ] || { echo "ci: fuzz/build.sh did not produce $file" >&2; exit 1; }
  done
  unzip -tq "$out/${fuzzer}_seed_corpus.zip" >/dev/null
  harnesses+=("${fuzzer%_fuzzer}")
done

# As many harnesses at a time as there are cores, each one process for its full time.
mkdir -p "$logs"
parallel="$(nproc)"
pids=() names=() failed=0
finish_oldest() {
  local pid="${pids[0]}" harness="${names[0]}" log="$logs/${names[0]}.log"
  pids=("${pids[@]:1}") names=("${names[@]:1}")
  if wait "$pid"; then
    echo "fuzz: $harness, ${seconds}s: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
  else
    echo "fuzz: $harness FAILED; its log ($log):" >&2
    cat "$log" >&2
    failed=1
  fi
}
for harness in "${harnesses[@]}"; do
  FUZZ_BINARY="$out/${harness}_fuzzer" FUZZ_JOBS=1 FUZZ_MINIMIZE=0 \
    fuzz/run.sh "$harness" "$seconds" >"$logs/$harness.log" 2>&1 &
  pids+=("$!") names+=("$harness")
  [ "${#pids[@]}" -lt "$parallel" ] || finish_oldest
done
while [ "${#pids[@]}" -gt 0 ]; do finish_oldest; done

# The emulator harness by URL (fuzz/emulator.sh), URL_FUZZ_SECONDS each (default 30): against
# the reference emulator it must find nothing; against moto its report is kept and findings
# do not fail the step (conformance/conform/known/moto.md lists moto's deviations).
url_seconds="${URL_FUZZ_SECONDS:-30}"
shapeguard="${SHAPEGUARD_BINARY:-build/ci/cli/shapeguard}"
. scripts/lib/emulators.sh
trap stop_server EXIT
if [ -x "$shapeguard" ]; then
  start_serve "$shapeguard" "$logs/serve.log"
  FUZZ_BINARY="$out/emulator_fuzzer" fuzz/emulator.sh "$url" "$url_seconds" \
    "$logs/emulator-serve-report.json" >"$logs/emulator-serve.log" 2>&1 || failed=1
  stop_server
  serve_findings=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' \
    "$logs/emulator-serve-report.json" 2>/dev/null || echo "no report")
  echo "fuzz: emulator by URL against serve, ${url_seconds}s: $serve_findings findings"
  if [ "$serve_findings" != 0 ]; then
    echo "fuzz: the reference emulator must meet every oracle; the run's log:" >&2
    cat "$logs/emulator-serve.log" >&2
    failed=1
  fi
else
  echo "fuzz: emulator by URL against serve: no $shapeguard (build the ci preset first): skipped"
fi
if python3 -c 'import moto.server' 2>/dev/null; then
  start_moto "$logs/moto.log"
  if FUZZ_BINARY="$out/emulator_fuzzer" fuzz/emulator.sh "$url" "$url_seconds" \
    "$logs/emulator-moto-report.json" >"$logs/emulator-moto.log" 2>&1; then
    echo "fuzz: emulator by URL against moto, ${url_seconds}s: $(tail -n 1 "$logs/emulator-moto.log")"
  else
    echo "fuzz: emulator by URL against moto did not complete; its log:" >&2
    cat "$logs/emulator-moto.log" >&2
    failed=1
  fi
  stop_server
else
  echo "fuzz: emulator by URL against moto: moto is not installed: skipped"
fi
exit "$failed"
