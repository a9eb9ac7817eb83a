#!/usr/bin/env bash
# The OSS-Fuzz / ClusterFuzzLite build: every harness into $OUT, each with its dictionary
# (<harness>_fuzzer.dict) and seed corpus (<harness>_fuzzer_seed_corpus.zip), the names the
# fuzzing infrastructure looks for. Reads only $CC $CXX $CFLAGS $CXXFLAGS $LIB_FUZZING_ENGINE
# and $OUT, e.g. locally:
#   CC=clang CXX=clang++ CFLAGS=-fsanitize=fuzzer-no-link,address \
#   CXXFLAGS=-fsanitize=fuzzer-no-link,address LIB_FUZZING_ENGINE=-fsanitize=fuzzer \
#   OUT=/tmp/out fuzz/build.sh
set -euo pipefail
: "${CC:?} ${CXX:?} ${LIB_FUZZING_ENGINE:?} ${OUT:?}"
source_dir="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="$source_dir/build/oss-fuzz"

# The fuzz preset (harnesses only, no tests, benchmarks or install rules), with OSS-Fuzz's
# compiler and engine in place of the preset's own. OSS-Fuzz's CXXFLAGS carry the sanitizer
# and the optimisation level, so when given they replace the preset's; when empty (CI), the
# preset's own sanitizers and -O1 -gline-tables-only apply.
preset_flags=()
[ -z "${CXXFLAGS:-}" ] || preset_flags=(-DCMAKE_CXX_FLAGS_RELWITHDEBINFO= -DSHAPEGUARD_SANITIZE=)
cd "$source_dir"
cmake --preset fuzz -B "$build_dir" \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DCMAKE_C_FLAGS="${CFLAGS:-}" -DCMAKE_CXX_FLAGS="${CXXFLAGS:-}" "${preset_flags[@]}" \
  -DSHAPEGUARD_FUZZ_ENGINE="$LIB_FUZZING_ENGINE" -DSHAPEGUARD_INSTALL=OFF
cmake --build "$build_dir" --target fuzzers

mkdir -p "$OUT"
for source in "$source_dir"/fuzz/*_fuzzer.cc; do
  fuzzer="$(basename "$source" .cc)"
  harness="${fuzzer%_fuzzer}"
  cp "$build_dir/fuzz/$fuzzer" "$OUT/"
  cp "$source_dir/fuzz/dict/$harness.dict" "$OUT/$fuzzer.dict"
  options="$source_dir/fuzz/options/$harness.options"
  if [ -f "$options" ]; then cp "$options" "$OUT/$fuzzer.options"; fi
  rm -f "$OUT/${fuzzer}_seed_corpus.zip"
  (cd "$source_dir/fuzz/corpus/$harness" && zip -q -r "$OUT/${fuzzer}_seed_corpus.zip" .)
done
echo "fuzz/build.sh: $(ls "$OUT"/*_fuzzer | wc -l) harnesses in $OUT"
