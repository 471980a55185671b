# Items 2, 4 and 7 of the benchmark: HTTP throughput of the GraphQL ticket(id) query against a bare Kestrel baseline,
# openTicket over HTTP against the direct store call, and the host's resident memory across repeated runs.
# Sourced by benchmarks/run.

graphql() { curl -sf "$1/graphql" -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' -d "$2"; }

http_stage() {
  local dir="$work/http" port url baseline_port baseline_url ticket_id
  port=$(free_port)
  url="http://127.0.0.1:$port"
  start_host "$dir" "$first_party_plugins" "$port"
  wait_ready "$url/health/ready" "$host_pid" >/dev/null
  result host.rss_after_start_mib "$(rss_mib "$host_pid")"

  ticket_id=$(graphql "$url" '{"query":"mutation { openTicket(input: { subject: \"Cannot log in: password expired\", priority: HIGH }) { ticket { id } } }"}' \
    | jq -er '.data.openTicket.ticket.id')
  jq -n --arg id "$ticket_id" '{ query: "query($id: ID!) { ticket(id: $id) { id number subject status priority tags { name } } }", variables: { id: $id } }' \
    >"$work/ticket-query.json"
  curl -sf "$url/graphql" -H "Authorization: Bearer $admin_key" -H 'Content-Type: application/json' \
    -H 'Accept: application/graphql-response+json' --data-binary @"$work/ticket-query.json" >"$out/ticket-response.json"
  jq -e '.data.ticket.tags | length > 0' "$out/ticket-response.json" >/dev/null \
    || { echo "the ticket was not tagged: are the first-party plugins loaded?" >&2; return 1; }

  baseline_port=$(free_port)
  baseline_url="http://127.0.0.1:$baseline_port"
  "$baseline_binary" "$out/ticket-response.json" --urls "$baseline_url" >"$work/baseline.log" 2>&1 &
  local baseline_pid=$!
  started_pids+=("$baseline_pid")
  until curl -s -o /dev/null -X POST "$baseline_url/graphql" -d '{}'; do sleep 0.05; done

  # The JIT needs a while under load to reach its optimised code (tiered compilation, dynamic PGO): the host's first
  # seconds run several times slower, so both servers are warmed up before anything is measured.
  echo "== HTTP: warm-up, then the baseline and the GraphQL query in turn, 3 runs of ${http_seconds} s each"
  load warmup-baseline "$baseline_url/graphql" "$work/ticket-query.json" "" 5 "$baseline_pid" >/dev/null
  load warmup-graphql "$url/graphql" "$work/ticket-query.json" "$admin_key" 15 "$host_pid" >/dev/null
  # The two take turns, three runs each, so a slow or a fast spell of the shared machine falls on both alike.
  for run in 1 2 3; do
    load "http.baseline.run$run" "$baseline_url/graphql" "$work/ticket-query.json" "" "$http_seconds" "$baseline_pid"
    load "http.graphql.run$run" "$url/graphql" "$work/ticket-query.json" "$admin_key" "$http_seconds" "$host_pid"
    result "host.rss_after_run${run}_mib" "$(rss_mib "$host_pid")"
  done
  result baseline.rss_after_run_mib "$(rss_mib "$baseline_pid")"
  stop_pid "$baseline_pid"

  echo "== Write path: openTicket over HTTP (all first-party plugins), then the store call directly"
  jq -n '{ query: "mutation { openTicket(input: { subject: \"VPN drops every morning after the update\", priority: HIGH }) { ticket { id tags { name } } userErrors { message } } }" }' \
    >"$work/open-ticket.json"
  graphql "$url" "$(cat "$work/open-ticket.json")" | jq -e '.data.openTicket.ticket.tags | length > 0' >/dev/null
  load warmup-write "$url/graphql" "$work/open-ticket.json" "$admin_key" 3 "$host_pid" >/dev/null
  load write.graphql "$url/graphql" "$work/open-ticket.json" "$admin_key" "$http_seconds" "$host_pid"
  result host.rss_after_writes_mib "$(rss_mib "$host_pid")"
  stop_pid "$host_pid"
  dotnet "$bench_dll" store-writes "$results" "$work/direct-writes" "$http_seconds" "$wrk_connections"
}
