#!/usr/bin/env bash
# Start-up of the packaged jar, from a fresh data directory each run (first start: migrations, institute import,
# demo data), timed until the home page lists a demo 심화기술지원사업 call.
# Usage: bench/startup/jar.sh [runs=3] [plain|cds]
#   plain: java -jar target/jiwon.jar
#   cds:   the jar extracted (java -Djarmode=tools -jar target/jiwon.jar extract) and started with a class data
#          sharing archive written by one training start that stops once the context is refreshed
#          (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh) — Spring Boot's documented way to use CDS
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
mode="${2:-plain}"
port=18090
[ -f target/jiwon.jar ] || ./mvnw -q -DskipTests package >/dev/null
cmd=(java ${JAVA_OPTS:-} -jar target/jiwon.jar)
if [ "$mode" = cds ]; then
  rm -rf target/extracted
  java -Djarmode=tools -jar target/jiwon.jar extract --destination target/extracted >/dev/null
  train=$(mktemp -d)
  java -XX:ArchiveClassesAtExit=target/extracted/application.jsa -Dspring.context.exit=onRefresh \
    -jar target/extracted/jiwon.jar --jiwon.data-dir="$train" --server.port=$port >"$train/log" 2>&1 || true
  rm -rf "$train"
  cmd=(java ${JAVA_OPTS:-} -XX:SharedArchiveFile=target/extracted/application.jsa -jar target/extracted/jiwon.jar)
fi
for i in $(seq 1 "$runs"); do
  dir=$(mktemp -d)
  start=$(date +%s.%N)
  "${cmd[@]}" --jiwon.data-dir="$dir" --server.port=$port >"$dir/log" 2>&1 &
  pid=$!
  until curl -sf http://localhost:$port/ 2>/dev/null | grep -q "심화기술지원사업 [12]차 공고"; do
    sleep 0.1
    if ! kill -0 "$pid" 2>/dev/null; then echo "app died; see $dir/log"; exit 1; fi
  done
  end=$(date +%s.%N)
  printf 'run %d (%s): home page with the demo calls after %.1f s (%s)\n' "$i" "$mode" "$(echo "$end - $start" | bc)" \
    "$(grep -o 'Started JiwonPlatform in [0-9.]* seconds' "$dir/log")"
  kill "$pid"; wait "$pid" 2>/dev/null || true
  rm -rf "$dir"
done
