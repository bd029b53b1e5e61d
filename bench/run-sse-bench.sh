#!/usr/bin/env bash
# SSE fan-out: N concurrent event-stream clients on loopback, events ingested one at a time, the
# time until every client has each (p50, p99, max; target p99 <= 500 ms at N = 20,000 on 2 cores)
# and the server's memory per connection. The first --warmup K events (default 3) are reported one
# by one (the first is the cold one) and left out of the summary over the next --events M (5).
#   bench/run-sse-bench.sh [--clients N] [--warmup K] [--events M] [--pause-ms MS]
#                          [--threads N] [--sources N] [--in-flight N]
#                          [--token TOKEN] [--server-arg ARG]... [--server-jvm-opt OPT]...
#                          [--seat S24-54] [--receive-timeout S] [--no-build] [--keep]
# Starts `janadesh serve` on a fresh store with a TEST count (ls-2024#sse-bench: the synthetic day
# of Andhra Pradesh, replayed) and POSTs the first synthetic updates of another state's seat to it.
# --server-arg is given to `serve` as is (e.g. the option that names the ingest tokens file), and
# --token is the bearer token the harness sends. See docs/benchmarks.md ("SSE fan-out").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"

clients=20000
harness=()
server_args=()
server_jvm=()
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients=$2; shift 2 ;;
    --threads|--sources|--in-flight|--token|--seat|--receive-timeout|--connect-timeout|--warmup|--events|--pause-ms)
      harness+=("$1" "$2"); shift 2 ;;
    --server-arg) server_args+=("$2"); shift 2 ;;
    --server-jvm-opt) server_jvm+=("$2"); shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "run-sse-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
say() { echo "run-sse-bench: $*" >&2; }

# Every client is a socket in the harness and one in the server: both need the descriptors.
want=$((2 * clients + 4096))
hard=$(ulimit -Hn)
if [ "$hard" != unlimited ] && [ "$hard" -lt "$want" ]; then
  # Each process needs N sockets plus ~100 descriptors of its own: with a hard limit of 20000 that
  # cannot be raised (a container without CAP_SYS_RESOURCE), N = 19,800 is the most that fits.
  ulimit -Hn "$want" 2>/dev/null ||
    say "open-files hard limit is $hard and cannot be raised: at most about $((hard - 200)) clients fit"
fi
ulimit -n "$( [ "$(ulimit -Hn)" = unlimited ] && echo "$want" || echo "$(ulimit -Hn)")"
say "open files limit $(ulimit -n); ephemeral ports $(tr '\t' '-' </proc/sys/net/ipv4/ip_local_port_range)" \
    "per source address"
command -v curl >/dev/null 2>&1 || { say "needs curl: apt-get install -y curl"; exit 1; }

if [ "$build" -eq 1 ] || [ ! -f cli/target/janadesh.jar ] || [ ! -f bench/target/janadesh-bench.jar ]; then
  say "building cli and bench (JDK $JAVA_HOME)…"
  ./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
      package -pl cli,bench -am >&2
fi
jar="$root/cli/target/janadesh.jar"
classpath="$root/bench/target/janadesh-bench.jar:$(cat "$root/bench/target/bench-classpath.txt")"

work=$(mktemp -d /tmp/janadesh-sse-bench.XXXXXX)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  if [ "$keep" -eq 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

db="$work/janadesh.db"
count='ls-2024#sse-bench'
say "importing the bundled data and replaying the test count $count…"
"$JAVA_HOME/bin/java" -jar "$jar" import --bundled --db "$db" >"$work/import.log" 2>&1
"$JAVA_HOME/bin/java" -jar "$jar" replay ls-2024 --source synthetic --state S01 \
    --label sse-bench --db "$db" >"$work/replay.log" 2>&1

# Unless told otherwise, the bench makes its own operator token: never one kept in the repo.
if [ ${#server_args[@]} -eq 0 ] && [[ " ${harness[*]-} " != *" --token "* ]]; then
  secret="bench-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  printf 'bench %s operator\n' "$secret" >"$work/tokens"
  server_args=(--tokens "$work/tokens")
  harness+=(--token "$secret")
fi

# Below the ephemeral range (32768-60999 here): 19,800 client sockets of this or another run must
# not be holding the port the server wants.
port=$((20000 + RANDOM % 12000))
"$JAVA_HOME/bin/java" ${server_jvm[@]+"${server_jvm[@]}"} -jar "$jar" serve --port "$port" \
    --db "$db" ${server_args[@]+"${server_args[@]}"} >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
for _ in $(seq 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "$server_pid" 2>/dev/null || { say "the server stopped:"; tail -5 "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
echo "load before: $(uptime)"
echo "server: janadesh serve (pid $server_pid) on 127.0.0.1:$port; $(nproc) cores;" \
    "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"

"$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$classpath" org.janadesh.bench.push.PushBench \
    --port "$port" --server-pid "$server_pid" --clients "$clients" --count "$count" --db "$db" \
    ${harness[@]+"${harness[@]}"} ||
  { say "the harness failed; the server's log ends:"; tail -20 "$work/server.log" >&2; exit 1; }
echo "load after: $(uptime)"
