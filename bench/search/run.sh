#!/usr/bin/env bash
# Site search on generated Korean notices: indexing throughput and two-word query latency (top 10, highlighted).
# Usage: bench/search/run.sh [notices=100000] [queries=2000]
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
java -Xmx1g -Dnotices="${1:-100000}" -Dqueries="${2:-2000}" \
  -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" kr.jiwon.search.SearchBench
