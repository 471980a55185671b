# Processes the benchmark starts: the host and the baseline server, their CPU time and resident memory from /proc.
# Sourced by benchmarks/run; every process started here is remembered and stopped by its pid on exit.

started_pids=()

stop_started() {
  for pid in "${started_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  started_pids=()
}

free_port() {
  local port
  while :; do
    port=$(( 20000 + RANDOM % 30000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
}

# start_host <store-dir> <plugin-dir> <port>: starts the Release host in the background; sets host_pid.
start_host() {
  local dir=$1 plugins=$2 port=$3
  mkdir -p "$dir"
  ASPNETCORE_ENVIRONMENT=Production "$host_binary" \
    --urls "http://127.0.0.1:$port" \
    --contentRoot "$dir" \
    --HelpDesk:Storage:Embedded:Path "$dir/helpdesk.db" \
    --HelpDesk:Plugins:Directory "$plugins" \
    --HelpDesk:Bootstrap:AdminKey "$admin_key" \
    --HelpDesk:Bootstrap:AdminKeyFile "" \
    --HelpDesk:RateLimit:PermitsPerWindow 1000000 \
    --HelpDesk:RateLimit:Window 00:00:01 \
    --Logging:LogLevel:Default Warning \
    >"$dir/host.log" 2>&1 &
  host_pid=$!
  started_pids+=("$host_pid")
}

# wait_ready <url> <pid>: polls until the URL answers 200; prints the milliseconds it took.
wait_ready() {
  local url=$1 pid=$2 begin now
  begin=$(date +%s%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "$url" 2>/dev/null)" = "200" ]; do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid exited before $url was ready" >&2; return 1; }
    now=$(date +%s%N)
    [ $(( (now - begin) / 1000000 )) -lt 60000 ] || { echo "$url not ready within 60 s" >&2; return 1; }
    sleep 0.01
  done
  now=$(date +%s%N)
  echo $(( (now - begin) / 1000000 ))
}

cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

rss_mib() { awk '/^VmRSS:/ { printf "%.1f", $2 / 1024 }' "/proc/$1/status"; }

stop_pid() {
  kill "$1" 2>/dev/null || true
  wait "$1" 2>/dev/null || true
}
