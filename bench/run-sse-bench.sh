#!/usr/bin/env bash
# SSE fan-out: N concurrent event-stream clients on loopback, events ingested one at a time, the
# time until every client has each (p50, p99, max; target p99 <= 500 ms at N = 20,000 on 2 cores)
# and the server's memory per connection. The first --warmup K events (default 3) are reported one
# by one (the first is the cold one) and left out of the summary over the next --events M (5).
#   bench/run-sse-bench.sh [--clients N] [--warmup K] [--events M] [--pause-ms MS]
#                          [--threads N] [--sources N] [--in-flight N]
#                          [--token TOKEN] [--server-arg ARG]... [--server-jvm-opt OPT]...
#                          [--seat S24-54] [--receive-timeout S] [--no-build] [--keep]
#                          [--nodes K] [--harnesses H] [--follower-arg ARG]... [--ready-timeout S]
# Starts `janadesh serve` on a fresh store with a TEST count (ls-2024#sse-bench: the synthetic day
# of Andhra Pradesh, replayed) and POSTs the first synthetic updates of another state's seat to it.
# --server-arg is given to `serve` as is (e.g. the option that names the ingest tokens file), and
# --token is the bearer token the harness sends. See docs/benchmarks.md ("SSE fan-out").
# One process can hold no more sockets than its open-files limit, so 20,000 clients may need
# several: --nodes K starts K-1 read nodes (`janadesh serve --follow`, each on its own port over the
# same store, given --follower-arg as is) after the writer, and the clients are spread evenly over
# all K; --harnesses H splits the clients evenly over H listening processes, while one more process
# POSTs the events to the writer and merges the results (stamps on the wall clock, shared by the
# processes of one machine). The defaults (1, 1) are the single-process run.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"

clients=20000
nodes=1
harnesses=1
warmup=3
events=5
follower_args=()
harness=()
server_args=()
server_jvm=()
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --clients) clients=$2; shift 2 ;;
    --nodes) nodes=$2; shift 2 ;;
    --harnesses) harnesses=$2; shift 2 ;;
    --follower-arg) follower_args+=("$2"); shift 2 ;;
    --warmup) warmup=$2; harness+=("$1" "$2"); shift 2 ;;
    --events) events=$2; harness+=("$1" "$2"); shift 2 ;;
    --threads|--sources|--in-flight|--token|--seat|--receive-timeout|--connect-timeout|--pause-ms|--ready-timeout)
      harness+=("$1" "$2"); shift 2 ;;
    --server-arg) server_args+=("$2"); shift 2 ;;
    --server-jvm-opt) server_jvm+=("$2"); shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "run-sse-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
say() { echo "run-sse-bench: $*" >&2; }
for n in "$clients" "$nodes" "$harnesses"; do
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { say "--clients, --nodes and --harnesses take a number >= 1, not $n"; exit 2; }
done
[ "$clients" -ge "$harnesses" ] || { say "$clients clients cannot be shared by $harnesses harnesses"; exit 2; }

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
# The most clients one process (a server node or a harness) may hold: its limit less ~200
# descriptors of its own (jars, logs, the store, selectors). A split that needs more is refused now
# rather than failing with EMFILE minutes later.
per_node=$(( (clients + nodes - 1) / nodes ))
per_harness=$(( (clients + harnesses - 1) / harnesses ))
if [ "$(ulimit -n)" != unlimited ]; then
  ceiling=$(( $(ulimit -n) - 200 ))
  if [ "$per_node" -gt "$ceiling" ] || [ "$per_harness" -gt "$ceiling" ]; then
    say "$clients clients over $nodes server node(s) and $harnesses harness(es) put up to" \
        "$(( per_node > per_harness ? per_node : per_harness )) sockets in one process; the" \
        "open-files limit ($(ulimit -n)) allows about $ceiling per process: use" \
        "--nodes $(( (clients + ceiling - 1) / ceiling )) --harnesses $(( (clients + ceiling - 1) / ceiling ))" \
        "or fewer clients"
    exit 2
  fi
fi
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
pids=()
cleanup() {
  for p in ${pids[@]+"${pids[@]}"}; do kill "$p" 2>/dev/null || true; done
  for p in ${pids[@]+"${pids[@]}"}; do wait "$p" 2>/dev/null || true; done
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
# not be holding the port the server wants. Read nodes take the ports after the writer's.
port=$((20000 + RANDOM % (12000 - nodes)))
"$JAVA_HOME/bin/java" ${server_jvm[@]+"${server_jvm[@]}"} -jar "$jar" serve --port "$port" \
    --db "$db" ${server_args[@]+"${server_args[@]}"} >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
for _ in $(seq 300); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/health" && break
  kill -0 "$server_pid" 2>/dev/null || { say "the server stopped:"; tail -5 "$work/server.log" >&2; exit 1; }
  sleep 0.1
done
servers="127.0.0.1:$port"
server_pids="$server_pid"
for k in $(seq 2 "$nodes"); do
  p=$((port + k - 1))
  "$JAVA_HOME/bin/java" ${server_jvm[@]+"${server_jvm[@]}"} -jar "$jar" serve --follow --port "$p" \
      --db "$db" ${follower_args[@]+"${follower_args[@]}"} >"$work/node-$k.log" 2>&1 </dev/null &
  pids+=($!)
  node_pid=$!
  for _ in $(seq 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$p/health" && break
    kill -0 "$node_pid" 2>/dev/null || { say "read node $k stopped:"; tail -5 "$work/node-$k.log" >&2; exit 1; }
    sleep 0.1
  done
  curl -fs -o /dev/null "http://127.0.0.1:$p/health" ||
    { say "read node $k did not answer /health in 30 s"; tail -5 "$work/node-$k.log" >&2; exit 1; }
  servers="$servers,127.0.0.1:$p"
  server_pids="$server_pids,$node_pid"
done
echo "load before: $(uptime)"
echo "server: janadesh serve (pid $server_pid) on 127.0.0.1:$port; $(nproc) cores;" \
    "JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
bench=("$JAVA_HOME/bin/java" -Xmx2g --enable-native-access=ALL-UNNAMED -cp "$classpath" org.janadesh.bench.push.PushBench)

if [ "$nodes" -eq 1 ] && [ "$harnesses" -eq 1 ]; then
  "${bench[@]}" \
      --port "$port" --server-pid "$server_pid" --clients "$clients" --count "$count" --db "$db" \
      ${harness[@]+"${harness[@]}"} ||
    { say "the harness failed; the server's log ends:"; tail -20 "$work/server.log" >&2; exit 1; }
  echo "load after: $(uptime)"
  exit 0
fi

[ "$nodes" -eq 1 ] || echo "read nodes: $((nodes - 1)) (\`janadesh serve --follow\`), all nodes $servers, pids $server_pids"
meet="$work/meet"
mkdir -p "$meet"
for h in $(seq 0 $((harnesses - 1))); do
  "${bench[@]}" --role listen --dir "$meet" --harness "$h" --harnesses "$harnesses" \
      --clients "$clients" --expect $((warmup + events)) --servers "$servers" --count "$count" \
      ${harness[@]+"${harness[@]}"} >"$work/listen-$h.log" 2>&1 </dev/null &
  pids+=($!)
done
echo "harnesses: $harnesses listening processes (about $per_harness clients each) and one posting"
"${bench[@]}" --role post --dir "$meet" --harnesses "$harnesses" --port "$port" --servers "$servers" \
    --server-pid "$server_pids" --clients "$clients" --count "$count" --db "$db" \
    ${harness[@]+"${harness[@]}"} || {
  say "the harness failed; the listeners' and servers' logs end:"
  for f in "$work"/listen-*.log "$work"/server.log "$work"/node-*.log; do
    [ -f "$f" ] && { echo "== $f" >&2; tail -10 "$f" >&2; }
  done
  exit 1
}
echo "load after: $(uptime)"
