#!/usr/bin/env bash
# Assignment speed: 5,000 requests to 500 institutes (capacity, budget, convergent rule), CP-SAT on 2 workers.
# Usage: bench/matching/assign.sh [requests=5000] [institutes=500]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Drequests="${1:-5000}" -Dinstitutes="${2:-500}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kr.jiwon.bench.AssignmentBench
