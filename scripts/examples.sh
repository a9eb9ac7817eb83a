#!/usr/bin/env bash
# The main job on the built-in schemas and emulator: builds shapeguard, validates every
# document under examples/ against its operation (request-*.json as input, response-*.json
# as output) and prints the results; then starts the reference emulator (`shapeguard serve`)
# and runs a short conformance suite against it. Exits non-zero if any verdict differs from
# the example's expected.json (tests/examples_test.cc checks the exact diagnostics) or the
# suite finds anything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh default >/dev/null
shapeguard=build/default/cli/shapeguard

documents=0 valid=0 invalid=0 unexpected=0
for dir in examples/*/*/; do
  service=$(basename "$(dirname "$dir")")
  operation=$(basename "$dir")
  echo "== $service.$operation"
  for file in "$dir"*.json; do
    name=$(basename "$file")
    [ "$name" = expected.json ] && continue
    direction=()
    [[ "$name" == response-* ]] && direction=(--output)
    status=0
    "$shapeguard" validate "$service.$operation" "${direction[@]}" "$file" || status=$?
    documents=$((documents + 1))
    case $status in 0) valid=$((valid + 1));; 1) invalid=$((invalid + 1));; esac
    expected=$(python3 -c 'import json,sys; print(int(json.load(open(sys.argv[1]))[sys.argv[2]]["valid"]))' \
      "$dir/expected.json" "$name" 2>/dev/null || echo "?")
    if [ "$expected" = "?" ] || { [ "$expected" = 1 ] && [ $status -ne 0 ]; } ||
       { [ "$expected" = 0 ] && [ $status -ne 1 ]; }; then
      echo "   ^ UNEXPECTED: expected.json says valid=$expected, exit status $status"
      unexpected=$((unexpected + 1))
    fi
  done
done
echo
echo "$documents documents: $valid valid, $invalid invalid, $unexpected not as expected"

# The same contracts, served: every seeded operation reached through its prerequisites with
# valid and one-violation requests (scripts/conformance.sh runs the long version, and moto).
. scripts/lib/emulators.sh
trap stop_server EXIT
log="$(mktemp)"
start_serve "$shapeguard" "$log"
echo
echo "== shapeguard conform against shapeguard serve at $url"
conform_status=0
"$shapeguard" conform --endpoint "$url" --seed 1 --budget 1000 || conform_status=$?
stop_server
rm -f "$log"
[ $unexpected -eq 0 ] && [ $conform_status -eq 0 ]
