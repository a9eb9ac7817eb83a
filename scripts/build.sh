#!/usr/bin/env bash
# Bootstraps (if needed), configures and builds one CMake preset (default: "default"); more
# arguments go to `cmake --build`, e.g. `scripts/build.sh default --target corpus_bench`.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
scripts/bootstrap.sh
[ -f "build/$preset/build.ninja" ] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "${@:2}"
