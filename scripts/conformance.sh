#!/usr/bin/env bash
# CI: runs `shapeguard conform` against emulators on free loopback ports and keeps the
# reports in build/conformance/:
#  - moto's server (the most used AWS emulator): findings are expected
#    (conformance/conform/known/moto.md lists them); the job fails only when the run does not
#    complete (exit 2: moto unreachable, bad arguments) or moto cannot be started; then boto3
#    and the AWS SDK for JavaScript v3 through `shapeguard proxy` to the same moto
#    (tests/proxy/);
#  - the built-in reference emulator (`shapeguard serve`), when the binary has it: the run
#    must find nothing (exit 0), and with each `--fault` it must find something (exit 1), by
#    the oracles conformance/conform/scenarios/faults.json allows for it only, in a run aimed at the
#    operations and budget given there (seconds per fault).
#   scripts/conformance.sh [PRESET]   (default: default; the binary must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shapeguard="build/$preset/cli/shapeguard"
out=build/conformance
seed="${SHAPEGUARD_CONFORM_SEED:-1}"
budget="${SHAPEGUARD_CONFORM_BUDGET:-1500}"
mkdir -p "$out"

. scripts/lib/emulators.sh
trap stop_server EXIT

# conform NAME URL EXPECTED...: runs the suite, writes NAME's reports, checks the exit status.
# The array conform_args, when set, replaces --budget "$budget" (--operations ..., --budget N).
conform_args=()
conform() {
  local name=$1 url=$2 status=0
  shift 2
  local args=(--budget "$budget")
  if [ "${#conform_args[@]}" -gt 0 ]; then args=("${conform_args[@]}"); fi
  "$shapeguard" conform --endpoint "$url" --seed "$seed" "${args[@]}" \
    --report "$out/$name-report.json" --junit "$out/$name-junit.xml" \
    --html "$out/$name-report.html" >"$out/$name-summary.txt" || status=$?
  echo "$name: $(tail -n 1 "$out/$name-summary.txt")"
  for expected in "$@"; do [ "$status" -eq "$expected" ] && return 0; done
  echo "$name: conform exited $status, expected one of: $*" >&2
  cat "$out/$name-summary.txt" >&2
  return 1
}

# moto (the most used AWS emulator), when this Python has it.
if python3 -c 'import moto.server' 2>/dev/null; then
  start_moto "$out/moto.log"
  conform moto "$url" 0 1
  # boto3 through `shapeguard proxy` to the same moto (tests/proxy/).
  SHAPEGUARD_BINARY="$shapeguard" SHAPEGUARD_MOTO_URL="$url" \
    python3 -m unittest tests/proxy/test_boto3_through_proxy.py
  # The AWS SDK for JavaScript v3 the same way (npm packages pinned in tests/proxy/js).
  if command -v npm >/dev/null; then
    npm ci --prefix tests/proxy/js --no-audit --no-fund --loglevel=error
    SHAPEGUARD_BINARY="$(realpath "$shapeguard")" SHAPEGUARD_MOTO_URL="$url" \
      npm test --prefix tests/proxy/js
  else
    echo "proxy with the JavaScript SDK: npm is not installed: skipped"
  fi
  stop_server
else
  echo "moto: not installed for $(command -v python3) (pip install 'moto[server]'): skipped"
fi

# The reference emulator: clean, then once per fault it can inject.
if faults=$("$shapeguard" serve --list-faults 2>/dev/null); then
  start_serve "$shapeguard" "$out/serve.log"
  conform serve "$url" 0
  stop_server
  faults_json=conformance/conform/scenarios/faults.json
  for fault in $faults; do
    # The fault's operations and budget, one argument a line.
    mapfile -t conform_args < <(python3 -c '
import json, sys
entry = json.load(open(sys.argv[1]))[sys.argv[2]]
print("--operations"); print(",".join(entry["operations"]))
print("--budget"); print(entry["budget"])' "$faults_json" "$fault")
    start_serve "$shapeguard" "$out/serve-$fault.log" --fault "$fault"
    conform "serve-$fault" "$url" 1
    stop_server
    # Found by the oracles the fault is mapped to, and by no other.
    python3 -c '
import json, sys
allowed = set(json.load(open(sys.argv[1]))[sys.argv[2]]["oracles"])
found = {f["oracle"] for f in json.load(open(sys.argv[3]))["findings"]}
if not found & allowed or found - allowed:
    sys.exit(f"{sys.argv[2]}: found by {sorted(found)}, expected only {sorted(allowed)}")
' "$faults_json" "$fault" "$out/serve-$fault-report.json"
  done
  conform_args=()
fi
echo "reports in $out/"
