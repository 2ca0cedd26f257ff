#!/usr/bin/env bash
# Cold start of `make run` on a fresh clone: the time at which each stage ends, to the first
# answered SPARQL query and the first answered search.
# Usage: bench/coldstart.sh [PORT]   (clones this repository into a temporary directory)
# Stages: venv and uv in it; packages installed (.venv/.installed); the graph built and the port
# serving ("listening on" in the log); warm ("ready:" in the log); first SPARQL answer; first search.
set -euo pipefail
port=${1:-8765}
repo=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
work=$(mktemp -d)
git clone -q "$repo" "$work/main"
cd "$work/main"
query='SELECT%20(COUNT(*)%20AS%20%3Fn)%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D'
start=$(date +%s.%N)
PORT=$port make run > "$work/run.log" 2>&1 &
server=$!
trap 'kill -TERM -- -$server 2>/dev/null || kill $server 2>/dev/null; rm -rf "$work"' EXIT
declare -A seen=()
mark() {  # mark NAME: print the time since the start the first time NAME's condition holds
  [[ -n ${seen[$1]:-} ]] && return 0
  seen[$1]=1
  printf '%-28s %6.1f s\n' "$1" "$(echo "$(date +%s.%N) - $start" | bc)"
}
for _ in $(seq 1 1800); do
  [[ -x .venv/bin/uv ]] && mark "venv and uv"
  [[ -f .venv/.installed ]] && mark "packages installed"
  grep -q "listening on" "$work/run.log" && mark "graph built, port serving"
  grep -q "ready:" "$work/run.log" && mark "warm (log says ready)"
  if [[ -z ${seen[first SPARQL answer]:-} ]] && curl -sf "http://127.0.0.1:$port/sparql?query=$query" \
       -H 'Accept: application/sparql-results+json' >/dev/null; then mark "first SPARQL answer"; fi
  if curl -sf "http://127.0.0.1:$port/api/search?q=%E5%A4%A7%E8%BF%9E%E7%90%86%E5%B7%A5" >/dev/null; then
    mark "first search answer"
    echo "the server's log:"
    grep -E "INFO|WARNING|ERROR" "$work/run.log" | grep -v '^{' || true
    exit 0
  fi
  sleep 0.25
done
echo "no answer after 450 s; see $work/run.log" >&2
exit 1
