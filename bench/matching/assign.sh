#!/usr/bin/env bash
# Assignment speed: 5,000 requests to 500 institutes (capacity, budget, convergent rule), CP-SAT on 2 workers.
# Usage: bench/matching/assign.sh [requests=5000] [institutes=500] [relative gap to stop at=0]
# (-DtimeLimit seconds, default 30, through JAVA_OPTS)
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java ${JAVA_OPTS:-} -Drequests="${1:-5000}" -Dinstitutes="${2:-500}" -Dgap="${3:-0}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kr.jiwon.bench.AssignmentBench
