#!/usr/bin/env bash
# Fuzzes any emulator by URL for SECONDS with the emulator harness, its behaviour fed back to
# libFuzzer as extra counters (fuzz/emulator_fuzzer.cc), and writes what the oracles found
# in conform's JSON report format. Findings do not stop the run; the exit status is 0 when
# the run completed (with or without findings), 2 when the emulator stopped answering or the
# harness could not start.
#   fuzz/emulator.sh URL SECONDS [REPORT.json]
# Environment:
#   FUZZ_BINARY=PATH  the harness to run (default: build it in the fuzz preset)
#   FUZZ_CORPUS=DIR   where kept inputs go (default: build/fuzz/corpus/emulator-url); replay
#                     them later with `FUZZ_BINARY DIR` or fuzz again from them
# The emulator keeps its state between inputs, so a run is not repeatable input by input;
# each finding carries a curl reproduction instead.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ $# -lt 2 ]; then
  echo "usage: fuzz/emulator.sh URL SECONDS [REPORT.json]" >&2
  exit 2
fi
url="$1" seconds="$2" report="${3:-build/fuzz/emulator-report.json}"
binary="${FUZZ_BINARY:-}"
if [ -z "$binary" ]; then
  [ -f build/fuzz/build.ninja ] || cmake --preset fuzz >/dev/null
  cmake --build build/fuzz --target emulator_fuzzer
  binary="build/fuzz/fuzz/emulator_fuzzer"
fi
corpus="${FUZZ_CORPUS:-build/fuzz/corpus/emulator-url}"
artifacts=build/fuzz/artifacts/emulator-url
mkdir -p "$corpus" "$artifacts" "$(dirname "$report")"
rm -f "$report"
# One process: the endpoint's state is shared, and a fork would repeat names. The harness's
# options (fuzz/options/emulator.options) give each input 60 s, which also covers a slow
# emulator (moto takes a while on its first requests), and full-length inputs at once.
. fuzz/options.sh
mapfile -t options < <(harness_options emulator)
SHAPEGUARD_EMULATOR_URL="$url" SHAPEGUARD_FUZZ_REPORT="$report" \
  "$binary" -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 "${options[@]}" \
  -dict=fuzz/dict/emulator.dict -artifact_prefix="$artifacts/" "$corpus" fuzz/corpus/emulator
# A run that found nothing still leaves a report.
if [ ! -s "$report" ]; then
  printf '{"endpoint": "%s", "findings": []}\n' "$url" >"$report"
fi
echo "emulator.sh: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$report") findings in $report"
