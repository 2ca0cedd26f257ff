#!/usr/bin/env bash
# Cold start of `make run` on a fresh clone, to the first answered SPARQL query.
# Usage: bench/coldstart.sh [PORT]   (clones this repository into a temporary directory)
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
for _ in $(seq 1 900); do
  if curl -sf "http://127.0.0.1:$port/sparql?query=$query" -H 'Accept: application/sparql-results+json' >/dev/null; then
    echo "cold start to the first answered query: $(echo "$(date +%s.%N) - $start" | bc) s"
    exit 0
  fi
  sleep 0.5
done
echo "no answer after 450 s; see $work/run.log" >&2
exit 1
