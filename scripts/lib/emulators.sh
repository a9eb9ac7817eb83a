# Starting and stopping the emulators the scripts drive; sourced by scripts/examples.sh and
# scripts/conformance.sh. Sets `server` (the PID) and, for start_serve, `url`.
server=
stop_server() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  server=
}

# start_serve SHAPEGUARD LOG [serve arguments...]: the reference emulator on a port the kernel
# picks; it prints "listening on URL" once it accepts connections.
start_serve() {
  local shapeguard=$1 log=$2
  shift 2
  # The log exists before the server does: the loop below may read it before the server's
  # shell has opened it (a race a loaded machine lost once, and set -e ended the script).
  : >"$log"
  "$shapeguard" serve --port 0 "$@" >"$log" 2>&1 &
  server=$!
  for _ in $(seq 150); do
    url=$(sed -n 's/^listening on //p' "$log")
    [ -n "$url" ] && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  echo "shapeguard serve did not start:" >&2; cat "$log" >&2; return 1
}

# start_moto LOG: moto's server on a free port from the kernel (a race with another process
# is possible but harmless: moto then fails to start and this says so). Sets `url`.
start_moto() {
  local log=$1 port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  python3 -m moto.server -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
  server=$!
  url="http://127.0.0.1:$port"
  for _ in $(seq 100); do
    curl -s -o /dev/null "$url/moto-api/" && return 0
    kill -0 "$server" 2>/dev/null || break
    sleep 0.2
  done
  echo "moto did not start:" >&2; cat "$log" >&2; return 1
}
