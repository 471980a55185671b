# One wrk run against a server process, reporting requests per second, p99 latency and CPU per request of both the
# server (from /proc/<pid>/stat) and wrk itself (bash's time). Sourced by benchmarks/run.

wrk_threads=1
wrk_connections=16

# load <name> <url> <body-file> <key> <seconds> <server-pid>: writes <name>.rps, .p99_ms, .server_cpu_us, .wrk_cpu_us, .errors
load() {
  local name=$1 url=$2 body=$3 key=$4 seconds=$5 pid=$6
  local log="$out/wrk-$name.txt" before after times requests
  before=$(cpu_ticks "$pid")
  TIMEFORMAT='%U %S'
  times=$( { time BENCH_BODY="$body" BENCH_KEY="$key" wrk -t"$wrk_threads" -c"$wrk_connections" -d"${seconds}s" --latency \
    -s benchmarks/http/post.lua "$url" >"$log"; } 2>&1 )
  after=$(cpu_ticks "$pid")
  requests=$(awk '/requests in/ { print $1 }' "$log")
  result "$name.rps" "$(awk '/^Requests\/sec:/ { print $2 }' "$log")"
  result "$name.p99_ms" "$(awk '$1 == "99%" { v = $2; if (v ~ /us$/) x = v / 1000; else if (v ~ /ms$/) x = v + 0; else x = v * 1000; print x }' "$log")"
  result "$name.server_cpu_us" "$(awk -v t=$(( after - before )) -v hz="$clock_ticks" -v n="$requests" 'BEGIN { printf "%.1f", t / hz * 1e6 / n }')"
  result "$name.wrk_cpu_us" "$(echo "$times" | awk -v n="$requests" '{ printf "%.1f", ($1 + $2) * 1e6 / n }')"
  result "$name.errors" "$(awk '/Non-2xx/ { s += $NF } /Socket errors/ { for (i = 3; i <= NF; i++) s += $i + 0 } END { print s + 0 }' "$log")"
}
