#!/usr/bin/env bash
# Runs one harness for SECONDS under libFuzzer (the fuzz preset: clang, ASan + UBSan), then
# minimises what it found into build/fuzz/corpus-min/HARNESS.
#   fuzz/run.sh HARNESS SECONDS [libFuzzer flags...]
# Environment:
#   FUZZ_JOBS=N        parallel fuzzing processes (-fork=N; default: every core)
#   FUZZ_MINIMIZE=0    skip the -merge=1 step (CI smoke runs)
#   FUZZ_UPDATE_CORPUS=1  replace fuzz/corpus/HARNESS with the minimised corpus
#   FUZZ_BINARY=PATH   fuzz this binary (e.g. one fuzz/build.sh wrote) instead of building
# Exits non-zero on any crash, leak, sanitizer report, timeout (-timeout=10 s per input) or
# out-of-memory (-rss_limit_mb=2048); the input is saved under build/fuzz/artifacts/HARNESS/.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: fuzz/run.sh HARNESS SECONDS [libFuzzer flags...]" >&2
  echo "harnesses: $(cd fuzz && ls *_fuzzer.cc | sed 's/_fuzzer.cc//' | tr '\n' ' ')" >&2
  exit 2
fi
harness="$1"
seconds="$2"
shift 2
[ -f "fuzz/${harness}_fuzzer.cc" ] || { echo "run.sh: no harness fuzz/${harness}_fuzzer.cc" >&2; exit 2; }

binary="${FUZZ_BINARY:-}"
if [ -z "$binary" ]; then
  [ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
  cmake --build build/fuzz --target "${harness}_fuzzer"
  binary="build/fuzz/fuzz/${harness}_fuzzer"
fi
found="build/fuzz/corpus/${harness}"          # new inputs; the checked-in seeds stay as they are
artifacts="build/fuzz/artifacts/${harness}"
mkdir -p "$found" "$artifacts"
jobs="${FUZZ_JOBS:-$(nproc)}"
flags=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
       -dict="fuzz/dict/${harness}.dict" -artifact_prefix="$artifacts/")
[ "$jobs" -gt 1 ] && flags+=(-fork="$jobs")
# The harness's own flags (fuzz/options/HARNESS.options), after the defaults so that they win.
. fuzz/options.sh
mapfile -t -O "${#flags[@]}" flags < <(harness_options "$harness")

# Every input that ever broke something runs first, with the seeds.
seeds=("fuzz/corpus/${harness}")
[ -d "fuzz/regressions/${harness}" ] && seeds+=("fuzz/regressions/${harness}")
"$binary" "${flags[@]}" "$@" "$found" "${seeds[@]}"

if [ "${FUZZ_MINIMIZE:-1}" != 0 ]; then
  minimised="build/fuzz/corpus-min/${harness}"
  rm -rf "$minimised"
  mkdir -p "$minimised"
  "$binary" -merge=1 -timeout=10 -rss_limit_mb=2048 "$minimised" "fuzz/corpus/${harness}" "$found"
  echo "run.sh: minimised corpus: $minimised ($(ls "$minimised" | wc -l) files)"
  if [ "${FUZZ_UPDATE_CORPUS:-0}" = 1 ]; then
    rm -f "fuzz/corpus/${harness}"/*
    cp "$minimised"/* "fuzz/corpus/${harness}/"
    echo "run.sh: fuzz/corpus/${harness} replaced by the minimised corpus"
  fi
fi
