#!/usr/bin/env bash
# Runs clang-tidy-14 with the checks of .clang-tidy over the libraries' own .cc files
# (validators/ and its walk generator, properties/, conformance/, cli/; tests, fuzzers and
# benchmarks are left out to keep CI's run short), in parallel, with a preset's
# compile_commands.json (default: ci).
# Exits 1 on any finding, and says how long it took.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-ci}"
scripts/bootstrap.sh
[ -f "build/$preset/compile_commands.json" ] || cmake --preset "$preset" >/dev/null

# The compile commands include g++'s precompiled headers, which clang cannot read; without
# them each file still compiles, as every file includes what it uses.
database="build/$preset/tidy"
mkdir -p "$database"
sed -E 's/ -include [^ ]*cmake_pch\.hxx//' "build/$preset/compile_commands.json" \
  > "$database/compile_commands.json"

mapfile -t files < <(git ls-files 'validators/src/*.cc' 'validators/codegen/*.cc' \
                                  'properties/*.cc' 'conformance/*.cc' 'cli/*.cc' |
                       grep -v '^properties/tests/')
start=$SECONDS
status=0
printf '%s\0' "${files[@]}" |
  xargs -0 -P "$(nproc)" -n 1 clang-tidy-14 -p "$database" --quiet \
        --extra-arg=-Wno-unknown-warning-option 2>/dev/null || status=1
echo "tidy: ${#files[@]} files in $((SECONDS - start)) s" >&2
[ "$status" -eq 0 ] || echo "tidy: the findings above fail the check" >&2
exit "$status"
