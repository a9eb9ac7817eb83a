#!/usr/bin/env bash
# CI's fuzzing step. Builds the fuzz preset (clang, libFuzzer, ASan + UBSan), fuzzes each
# harness for FUZZ_SECONDS (default 30) from its seeds with its dictionary, one after the
# other on one core, and fails on any crash, leak, sanitizer report, timeout or
# out-of-memory, printing that harness's whole log. Then proves that the OSS-Fuzz entry point
# (fuzz/build.sh) builds every harness into $OUT with its dictionary and seed corpus, and
# that each binary runs its seeds (FUZZ_SKIP_BUILD_SH=1 skips this part).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${FUZZ_SECONDS:-30}"
logs=build/fuzz/logs

scripts/bootstrap.sh
[ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
mkdir -p "$logs"
for source in fuzz/*_fuzzer.cc; do
  harness="$(basename "$source" _fuzzer.cc)"
  log="$logs/$harness.log"
  if FUZZ_JOBS=1 FUZZ_MINIMIZE=0 fuzz/run.sh "$harness" "$seconds" >"$log" 2>&1; then
    echo "fuzz: $harness, ${seconds}s: $(grep -E '^#[0-9]+' "$log" | tail -n 1)"
  else
    echo "fuzz: $harness FAILED; its log ($log):" >&2
    cat "$log" >&2
    exit 1
  fi
done

# OSS-Fuzz's variables as its libFuzzer build sets them, but without ASan and optimisation
# (the runs above had them): what is proved here is the build script, and -O0 keeps this
# second build cheap.
[ "${FUZZ_SKIP_BUILD_SH:-0}" = 1 ] && exit 0
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
CC=clang CXX=clang++ CFLAGS="-O0 -fsanitize=fuzzer-no-link" CXXFLAGS="-O0 -fsanitize=fuzzer-no-link" \
  LIB_FUZZING_ENGINE=-fsanitize=fuzzer OUT="$out" fuzz/build.sh
for source in fuzz/*_fuzzer.cc; do
  fuzzer="$(basename "$source" .cc)"
  for file in "$fuzzer" "$fuzzer.dict" "${fuzzer}_seed_corpus.zip"; do
    [ -s "$out/$file" ] || { echo "ci: fuzz/build.sh did not produce $file" >&2; exit 1; }
  done
  seeds="$(mktemp -d -p "$out")"
  unzip -q "$out/${fuzzer}_seed_corpus.zip" -d "$seeds"
  "$out/$fuzzer" -runs=0 "$seeds" 2>&1 | tail -n 1
done
