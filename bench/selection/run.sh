#!/usr/bin/env bash
# Selection speed on generated instances of 100, 1,000 and 10,000 applications (time limit per instance, seconds).
# Usage: bench/selection/run.sh [timeLimit=10] [sizes=100,1000,10000] [engine=MIP|CP_SAT]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -DtimeLimit="${1:-10}" -Dsizes="${2:-100,1000,10000}" -Dsolver="${3:-MIP}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kr.jiwon.bench.SelectionBench
