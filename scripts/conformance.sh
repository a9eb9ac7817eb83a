#!/usr/bin/env bash
# CI: runs `shapeguard conform` against moto's server (the most used AWS emulator) on a free
# loopback port and keeps the reports in build/conformance/. Findings against moto are
# expected (conformance/known/moto.md lists them): the job fails only when the run itself
# does not complete (exit 2: moto unreachable, bad arguments) or moto cannot be started.
#   scripts/conformance.sh [PRESET]   (default: default; the binary must be built)
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-default}"
shapeguard="build/$preset/cli/shapeguard"
out=build/conformance
mkdir -p "$out"

# A free port: bind to port 0 and let the kernel choose (a race with other processes is
# possible but harmless here: moto would then fail to start and the wait below says so).
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m moto.server -H 127.0.0.1 -p "$port" >"$out/moto.log" 2>&1 &
moto=$!
trap 'kill "$moto" 2>/dev/null || true; wait "$moto" 2>/dev/null || true' EXIT

for _ in $(seq 100); do
  if curl -s -o /dev/null "http://127.0.0.1:$port/moto-api/"; then break; fi
  if ! kill -0 "$moto" 2>/dev/null; then echo "moto failed to start:" >&2; cat "$out/moto.log" >&2; exit 1; fi
  sleep 0.2
done

status=0
"$shapeguard" conform --endpoint "http://127.0.0.1:$port" --seed "${SHAPEGUARD_CONFORM_SEED:-1}" \
  --budget "${SHAPEGUARD_CONFORM_BUDGET:-1500}" \
  --report "$out/moto-report.json" --junit "$out/moto-junit.xml" --html "$out/moto-report.html" \
  >"$out/moto-summary.txt" || status=$?
tail -n 1 "$out/moto-summary.txt"
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "conform against moto did not complete (exit $status)" >&2
  cat "$out/moto-summary.txt" >&2
  exit 1
fi
echo "moto: reports in $out/moto-report.{json,html}, $out/moto-junit.xml"
