#!/usr/bin/env bash
# Builds a preset (default: "default") and runs the whole test suite under it.
# Extra arguments go to ctest, e.g. `scripts/test.sh default -L unit`.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shift || true
scripts/build.sh "$preset"
ctest --preset "$preset" "$@"
