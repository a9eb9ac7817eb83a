#!/usr/bin/env bash
# Mutation testing with a checked-in list of one-line mutants (scripts/mutants.txt): each is
# applied, the listed targets rebuilt incrementally, the listed tests run, and the file
# restored. A mutant the tests let through shows a rule no test guards. No mutation tool is
# packaged for Debian, so this small script it is.
#
#   scripts/mutants.sh [--build-dir DIR] [--only N[,M...]] [--no-baseline] [--list FILE]
#
# A mutant is located by text, not line number (files change under it): its original text
# must occur exactly once in the file, else it is STALE, counted apart, and the run fails.
# Before its first mutant, each distinct (targets, tests) group is built and run unmutated:
# a group that fails then would "kill" every mutant, so its mutants are skipped and reported.
# The mutated file is always restored (on any exit, Ctrl-C included) byte for byte, with a
# new modification time so that the next build recompiles it.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
list="$repo/scripts/mutants.txt"
build_dir="$repo/build/default"
only=""
baseline=1
test_timeout=300

usage() {
  sed -n '7p' "${BASH_SOURCE[0]}" | sed 's/^#  *//' >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir="$(cd "$2" && pwd)"; shift 2 ;;
    --only) only=",$2,"; shift 2 ;;
    --no-baseline) baseline=0; shift ;;
    --list) list="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; shift 2 ;;
    *) usage ;;
  esac
done
[ -f "$build_dir/CMakeCache.txt" ] || { echo "mutants: $build_dir is not a configured build" >&2; exit 2; }

logs="$build_dir/mutants"
mkdir -p "$logs"
backup="$(mktemp)"
mutated=""  # the file currently mutated, if any

# Puts the original bytes back (a new mtime: ninja must recompile the restored file).
restore() {
  if [ -n "$mutated" ]; then
    cat "$backup" > "$mutated"
    if ! cmp -s "$backup" "$mutated"; then
      echo "mutants: FAILED to restore $mutated; its original is in $backup" >&2
      mutated=""
      exit 3
    fi
    mutated=""
  fi
}
cleanup() { restore; rm -f "$backup"; }
trap cleanup EXIT
trap 'echo "mutants: interrupted" >&2; exit 130' INT TERM HUP

# Prints how often ORIGINAL occurs in FILE; with a replacement, writes the mutant.
occurrences() {  # file original [replacement]
  python3 - "$@" <<'EOF'
import sys
path, original = sys.argv[1], sys.argv[2]
text = open(path, encoding="utf-8").read()
count = text.count(original)
if len(sys.argv) > 3 and count == 1:
    with open(path, "w", encoding="utf-8") as out:
        out.write(text.replace(original, sys.argv[3], 1))
print(count)
EOF
}

build() {  # log targets...
  local log="$1"; shift
  cmake --build "$build_dir" --target "$@" >"$log" 2>&1
}

run_tests() {  # log regex
  ctest --test-dir "$build_dir" -R "$2" --no-tests=error --timeout "$test_timeout" \
    --output-on-failure >"$1" 2>&1
}

# Reads the list: number, file, original, replacement, regex, targets (tab-separated; split
# by hand, as `read` would merge the empty field of a deletion into its neighbours). A comment
# line starting "# equivalent:" marks the next mutant as one no test can kill.
numbers=() files=() originals=() replacements=() regexes=() targets=() equivalent=()
n=0
marked=""
while IFS= read -r line || [ -n "$line" ]; do
  if [[ "$line" == "# equivalent:"* ]]; then marked=yes; continue; fi
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  fields=()
  rest="$line"
  while [[ "$rest" == *$'\t'* ]]; do
    fields+=("${rest%%$'\t'*}")
    rest="${rest#*$'\t'}"
  done
  fields+=("$rest")
  if [ "${#fields[@]}" != 5 ]; then
    echo "mutants: mutant $n is not five tab-separated fields: $line" >&2
    exit 2
  fi
  if [ -z "$only" ] || [[ "$only" == *",$n,"* ]]; then
    numbers+=("$n") files+=("${fields[0]}") originals+=("${fields[1]}")
    replacements+=("${fields[2]}") regexes+=("${fields[3]}") targets+=("${fields[4]}")
    equivalent+=("$marked")
  fi
  marked=""
done <"$list"

# Baseline: a group must build and pass unmutated before its first mutant is judged (checked
# when first needed, so that results come while later groups are still to build).
declare -A group_ok=()
check_group() {  # index
  local i="$1" group="${targets[$1]}|${regexes[$1]}"
  if [ "$baseline" = 0 ] || [ -n "${group_ok[$group]:-}" ]; then return; fi
  # shellcheck disable=SC2086  # targets are words
  if build "$logs/baseline-${numbers[$i]}.log" ${targets[$i]} &&
     run_tests "$logs/baseline-${numbers[$i]}.test.log" "${regexes[$i]}"; then
    group_ok[$group]=yes
  else
    group_ok[$group]=no
    echo "baseline FAILS for mutant ${numbers[$i]}'s group (${regexes[$i]}); see $logs/baseline-${numbers[$i]}*.log"
  fi
}

killed=0 by_build=0 survived=0 stale=0 skipped=0
survivors=() equivalents=() stales=() skips=()
for i in "${!numbers[@]}"; do
  id="${numbers[$i]}" file="$repo/${files[$i]}" where="${files[$i]}: ${originals[$i]}"
  group="${targets[$i]}|${regexes[$i]}"
  check_group "$i"
  if [ "${group_ok[$group]:-yes}" = no ]; then
    skipped=$((skipped + 1)); skips+=("$id $where")
    continue
  fi
  if [ ! -f "$file" ] || [ "$(occurrences "$file" "${originals[$i]}")" != 1 ]; then
    stale=$((stale + 1)); stales+=("$id $where")
    echo "mutant $id: STALE (not found exactly once) $where"
    continue
  fi
  git -C "$repo" diff --quiet -- "${files[$i]}" 2>/dev/null && clean=yes || clean=""
  cp "$file" "$backup"
  mutated="$file"
  occurrences "$file" "${originals[$i]}" "${replacements[$i]}" >/dev/null
  log="$logs/$id.log"
  # shellcheck disable=SC2086  # targets are words
  if ! build "$log" ${targets[$i]}; then
    verdict="killed (does not build)"; killed=$((killed + 1)); by_build=$((by_build + 1))
  elif ! run_tests "$log.test" "${regexes[$i]}"; then
    # Every failed test, one per line, for comparing runs (which tests kill what).
    grep -o '[0-9]* - [^ ]* ([A-Za-z]*)' "$log.test" | sed 's/^[0-9]* - //' >"$log.failed" || true
    failed="$(head -3 "$log.failed" | paste -sd' ' -)"
    verdict="killed by ${failed:-the tests}"; killed=$((killed + 1))
  elif [ -n "${equivalent[$i]}" ]; then
    verdict="survived (equivalent, explained in the list)"; survived=$((survived + 1))
    equivalents+=("$id $where")
  else
    verdict="SURVIVED"; survived=$((survived + 1)); survivors+=("$id $where")
  fi
  restore
  if [ -n "$clean" ] && ! git -C "$repo" diff --quiet -- "${files[$i]}"; then
    echo "mutants: ${files[$i]} differs from git after restoring it" >&2
    exit 3
  fi
  echo "mutant $id: $verdict: ${files[$i]}: ${originals[$i]} -> ${replacements[$i]}"
done

# A test binary last built with a mutant stays so until rebuilt: rebuild every target built
# here, so that no binary in the build directory holds a mutant (mostly ccache hits).
all_targets="$(printf '%s\n' "${targets[@]+"${targets[@]}"}" | tr ' ' '\n' | sort -u | paste -sd' ' -)"
if [ -n "$all_targets" ]; then
  # shellcheck disable=SC2086  # targets are words
  build "$logs/rebuild.log" $all_targets || echo "mutants: rebuilding the unmutated targets failed; see $logs/rebuild.log" >&2
fi

total=$((killed + survived))
echo
percent="$(awk -v k="$killed" -v t="$total" 'BEGIN { printf "%.0f", t ? 100 * k / t : 0 }')"
echo "score: $killed / $total killed ($percent%; $by_build of them do not build)," \
  "${#equivalents[@]} survivors explained as equivalent, $stale stale," \
  "$skipped skipped (baseline fails)"
for s in "${survivors[@]+"${survivors[@]}"}"; do echo "survivor: $s"; done
for s in "${equivalents[@]+"${equivalents[@]}"}"; do echo "survivor (equivalent): $s"; done
for s in "${stales[@]+"${stales[@]}"}"; do echo "stale: $s"; done
for s in "${skips[@]+"${skips[@]}"}"; do echo "skipped: $s"; done
# Fails on what needs attention: a stale or skipped mutant, or an unexplained survivor.
[ "$stale" = 0 ] && [ "$skipped" = 0 ] && [ "${#survivors[@]}" = 0 ]
