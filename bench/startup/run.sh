#!/usr/bin/env bash
# Measures how long the README's run command takes to serve the home page with the open demo calls, from a fresh
# data directory (first start: migrations, institute import, demo data). Usage: bench/startup/run.sh [runs]
# Compiles first so that the figure is the start-up, not the build.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
./mvnw -q compile >/dev/null
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  ./mvnw -q spring-boot:run -Dspring-boot.run.arguments="--jiwon.data-dir=$dir --server.port=18080" >"$dir/log" 2>&1 &
  pid=$!
  until curl -sf http://localhost:18080/ 2>/dev/null | grep -q "접수 중인 공고"; do
    sleep 0.1
    if ! kill -0 "$pid" 2>/dev/null; then echo "app died; see $dir/log"; exit 1; fi
  done
  # the demo calls are loaded just after the server starts; wait until they are listed
  until curl -sf http://localhost:18080/ | grep -q "심화기술지원사업 [12]차 공고"; do sleep 0.1; done
  end=$(date +%s.%N)
  printf 'run %d: home page with open demo calls after %.1f s\n' "$i" "$(echo "$end - $start" | bc)"
  pkill -f "jiwon.data-dir=$dir" || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
