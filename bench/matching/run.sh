#!/usr/bin/env bash
# Ranking throughput: 10,000 requests against 500 generated institutes, top 5, on 2 threads.
# Usage: bench/matching/run.sh [requests=10000] [institutes=500] [threads=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Drequests="${1:-10000}" -Dinstitutes="${2:-500}" -Dthreads="${3:-2}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kr.jiwon.bench.MatchingBench
