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
exit "$failed"
