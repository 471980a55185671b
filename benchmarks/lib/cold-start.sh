# Item 6 of the benchmark: time from starting the host process to /health/ready answering 200, with the first-party
# plugins and 20 generated ones (copies of the small test tagger, each with its own manifest id). Sourced by benchmarks/run.

generated_plugins=20

make_plugin_folder() {
  local target=$1 i id
  mkdir -p "$target"
  cp -r "$first_party_plugins"/. "$target"/
  for i in $(seq -w 1 "$generated_plugins"); do
    id="bench.generated-$i"
    cp -r "$test_plugin" "$target/$id"
    jq --arg id "$id" '.id = $id | .name = ("Generated plugin " + $id)' "$test_plugin/plugin.json" >"$target/$id/plugin.json"
  done
}

cold_start_stage() {
  local plugins="$work/cold-plugins" run port url times=() loaded
  make_plugin_folder "$plugins"
  echo "== Cold start: $(find "$plugins" -mindepth 1 -maxdepth 1 -type d | wc -l) plugin folders, 3 starts on fresh stores"
  for run in 1 2 3; do
    port=$(free_port)
    url="http://127.0.0.1:$port"
    start_host "$work/cold-$run" "$plugins" "$port"
    times+=("$(wait_ready "$url/health/ready" "$host_pid")")
    loaded=$(graphql "$url" '{"query":"{ plugins { id status } }"}' | jq '[.data.plugins[] | select(.status == "LOADED" or .status == "ACTIVE")] | length')
    stop_pid "$host_pid"
  done
  result cold.ready_ms "$(printf '%s\n' "${times[@]}" | sort -n | sed -n 2p)"
  result cold.ready_max_ms "$(printf '%s\n' "${times[@]}" | sort -n | tail -1)"
  result cold.plugins_loaded "$loaded"
}
