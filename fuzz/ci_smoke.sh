#!/usr/bin/env bash
# CI's fuzzing step, in one build. fuzz/build.sh, the OSS-Fuzz entry point, builds the fuzz
# preset with OSS-Fuzz's variables set to the preset's own toolchain (clang, libFuzzer, ASan +
# UBSan, -O1 -gline-tables-only), which proves the script: every harness, dictionary and
# seed zip must land in $OUT. Then each harness from $OUT fuzzes for FUZZ_SECONDS (default
# 30) from its seeds with its dictionary, one after the other on one core. Any crash, leak,
# sanitizer report, timeout or out-of-memory fails the step and prints the harness's log.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
out="$PWD/build/oss-fuzz-out"
logs="$PWD/build/oss-fuzz-logs"

scripts/bootstrap.sh
flags="-O1 -gline-tables-only -fno-omit-frame-pointer -fsanitize=address,undefined"
flags+=" -fno-sanitize-recover=all -fsanitize=fuzzer-no-link"
CC=clang CXX=clang++ CFLAGS="$flags" CXXFLAGS="$flags" LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
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

mkdir -p "$logs"
for harness in "${harnesses[@]}"; do
  log="$logs/$harness.log"
  if FUZZ_BINARY="$out/${harness}_fuzzer" FUZZ_JOBS=1 FUZZ_MINIMIZE=0 \
       fuzz/run.sh "$harness" "$seconds" >"$log" 2>&1; then
    echo "fuzz: $harness, ${seconds}s: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
  else
    echo "fuzz: $harness FAILED; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  fi
done
