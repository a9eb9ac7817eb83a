#!/usr/bin/env bash
# Checks that every tracked C++ file (*.cc, *.h) is formatted as the project's .clang-format
# says, with clang-format-14 (Debian's clang-format-14; scripts/bootstrap.sh installs it).
# Prints each file that differs and exits 1; `scripts/check_format.sh --fix` formats them.
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=clang-format-14

if [ "${1:-}" = "--fix" ]; then
  git ls-files -z '*.cc' '*.h' | xargs -0 "$clang_format" -i
  exit 0
fi

# One clang-format process for all files (one per file takes ten times as long); it reports
# each difference as "file:line:col: error: code should be clang-formatted".
report=$(git ls-files -z '*.cc' '*.h' | xargs -0 "$clang_format" --dry-run --Werror 2>&1) && exit 0
differing=$(sed -n 's/^\(.*\):[0-9]*:[0-9]*: error: code should be clang-formatted.*/\1/p' \
              <<<"$report" | uniq)
if [ -z "$differing" ]; then
  echo "$report" >&2  # clang-format failed for another reason: show it.
  exit 1
fi
echo "$differing"
echo "check_format: the files above differ from .clang-format;" \
     "scripts/check_format.sh --fix formats them" >&2
exit 1
