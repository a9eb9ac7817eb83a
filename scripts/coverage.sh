#!/usr/bin/env bash
# Line coverage per folder: builds the coverage preset (Debug, --coverage), runs the tests but
# the golden and install ones (`ctest -LE 'golden|install'`), and prints a table of the
# lines each folder's code executed, from gcovr (`scripts/bootstrap.sh coverage` installs
# it). Tests do not count as code here. Not run in CI: the instrumented Debug build and its test run take longer than
# CI's budget allows; run it by hand before and after changing what the tests cover.
# Extra arguments go to ctest, e.g. `scripts/coverage.sh -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/bootstrap.sh coverage
scripts/build.sh coverage
find build/coverage -name '*.gcda' -delete  # counts from earlier runs would add up
# install_consumer links the instrumented library into a consumer built without --coverage.
ctest --preset coverage -LE 'golden|install' "$@" ||
  echo "coverage: some tests failed; the figures below still count what ran" >&2

summary=build/coverage/coverage_summary.json
# Counters are updated atomically (the preset's -fprofile-update=atomic): the multithreaded
# tests once left a negative branch count that made gcovr 5.2 hang; should one still appear,
# --gcov-ignore-parse-errors skips that line instead.
gcovr --root . --object-directory build/coverage --gcov-ignore-parse-errors --json-summary "$summary" \
      --filter 'validators/' --filter 'properties/' --filter 'conformance/' --filter 'cli/' \
      --exclude 'properties/tests/' --exclude 'validators/tests/' \
      --exclude-directories '.*/CompilerIdCXX' -j "$(nproc)"

python3 - "$summary" <<'PYTHON'
"""Sums gcovr's per-file line counts into the folders the table names."""
import json
import sys

# Each file counts towards the longest of these folders that holds it.
FOLDERS = ["validators/include", "validators/src", "validators/src/checks", "properties",
           "conformance/wire", "conformance/conform", "conformance/emulator", "cli"]

totals = {folder: [0, 0] for folder in FOLDERS}
for entry in json.load(open(sys.argv[1]))["files"]:
    holders = [f for f in FOLDERS if entry["filename"].startswith(f + "/")]
    if holders:
        counts = totals[max(holders, key=len)]
        counts[0] += entry["line_covered"]
        counts[1] += entry["line_total"]
totals["all"] = [sum(c[0] for c in totals.values()), sum(c[1] for c in totals.values())]

print(f"{'folder':<24} {'lines':>7} {'covered':>8} {'coverage':>9}")
for folder, (covered, total) in totals.items():
    share = f"{100 * covered / total:.1f}%" if total else "-"
    print(f"{folder:<24} {total:>7} {covered:>8} {share:>9}")
PYTHON
