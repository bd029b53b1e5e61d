#!/usr/bin/env bash
# GET throughput of the Janadesh server against nginx serving the same bytes from a file, same wrk
# settings, same run; prints both req/s, the ratio (target >= 1.0) and p99, plain and gzip.
#   bench/run-http-bench.sh [--runs N] [--path PATH] [--threads N] [--connections N]
#                           [--duration 10s] [--warmup 3s] [--no-build] [--keep]
# PATH defaults to the national 2024 tally once that route exists; until then pass
# --path /api/v1/elections. See docs/benchmarks.md ("HTTP: server against nginx").
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"

runs=3
path=/api/v1/elections/ls-2024/tally
threads=2
connections=64
duration=10s
warmup=3s
build=1
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --path) path=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    *) echo "run-http-bench: unknown option $1" >&2; exit 2 ;;
  esac
done
say() { echo "run-http-bench: $*" >&2; }

# nginx and wrk from Debian; installed when missing (as root, no sudo).
missing=()
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    say "needs ${missing[*]}: apt-get install -y ${missing[*]}"; exit 1
  fi
  say "installing ${missing[*]} with apt…"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

jar="$root/cli/target/janadesh.jar"
if [ "$build" -eq 1 ] || [ ! -f "$jar" ]; then
  say "building cli (JDK $JAVA_HOME)…"
  ./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
      package -pl cli -am >&2
fi

work=$(mktemp -d /tmp/janadesh-http-bench.XXXXXX)
server_pid=""
nginx_pid=""
cleanup() {
  local pid
  for pid in "$server_pid" "$nginx_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  if [ "$keep" -eq 1 ]; then say "kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT

free_port() { # a loopback port nothing answers on
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}
wait_for() { # URL: until it answers 200, at most 30 s
  for _ in $(seq 300); do
    if curl -fs -o /dev/null "$1"; then return 0; fi
    sleep 0.1
  done
  say "no answer from $1"; exit 1
}

say "importing the bundled data into $work/janadesh.db…"
"$JAVA_HOME/bin/java" -jar "$jar" import --bundled --db "$work/janadesh.db" >"$work/import.log" 2>&1

server_port=$(free_port)
"$JAVA_HOME/bin/java" -jar "$jar" serve --port "$server_port" --db "$work/janadesh.db" \
    >"$work/server.log" 2>&1 </dev/null &
server_pid=$!
server="http://127.0.0.1:$server_port$path"
wait_for "$server"

# The exact bytes the server answers, plain and gzipped, become nginx's files at the same path.
# nginx's workers run as nobody when started by root: they must be able to read the files.
chmod 755 "$work"
www="$work/www"
mkdir -p "$(dirname "$www$path")" "$work/nginx/logs"
curl -fs -o "$www$path" "$server"
curl -fs -H 'Accept-Encoding: gzip' -o "$www$path.gz" "$server"
if ! gzip -t "$www$path.gz" 2>/dev/null; then
  say "the server did not gzip $path; nginx serves the plain file to gzip clients too"
  rm -f "$www$path.gz"
fi
chmod -R a+rX "$www"
content_type=$(curl -fs -o /dev/null -w '%{content_type}' "$server")

nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/logs/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  client_body_temp_path $work/nginx/client_body;
  proxy_temp_path $work/nginx/proxy;
  fastcgi_temp_path $work/nginx/fastcgi;
  uwsgi_temp_path $work/nginx/uwsgi;
  scgi_temp_path $work/nginx/scgi;
  types { }
  default_type "$content_type";
  server {
    listen 127.0.0.1:$nginx_port;
    root $www;
    location / { gzip_static on; }
  }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" >"$work/nginx/logs/stdout.log" 2>&1 &
nginx_pid=$!
baseline="http://127.0.0.1:$nginx_port$path"
wait_for "$baseline"

# Same bytes from both, or the comparison means nothing.
for enc in identity gzip; do
  a=$(curl -fs -H "Accept-Encoding: $enc" "$server" | sha256sum | cut -c1-16)
  b=$(curl -fs -H "Accept-Encoding: $enc" "$baseline" | sha256sum | cut -c1-16)
  if [ "$a" != "$b" ]; then say "bytes differ for Accept-Encoding $enc: $a vs $b"; exit 1; fi
done
plain_bytes=$(wc -c <"$www$path")
gzip_bytes=$( [ -f "$www$path.gz" ] && wc -c <"$www$path.gz" || echo "-")
echo "GET $path: $plain_bytes bytes plain, $gzip_bytes gzipped, $content_type"
echo "wrk -t$threads -c$connections -d$duration --latency; $(nproc) cores; JDK $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
echo "load before: $(uptime)"

# wrk ... -> "req/s p99_ms non2xx"
measure() {
  local url=$1 enc=$2 out
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Accept-Encoding: $enc" "$url")
  echo "$out" >>"$work/wrk.log"
  awk '
    /Requests\/sec:/ { rps = $2 }
    /^ +99%/ { v = $2; ms = v + 0
               if (v ~ /us$/) ms = ms / 1000; else if (v ~ /ms$/) ms = ms; else if (v ~ /s$/) ms = ms * 1000
               p99 = ms }
    /Non-2xx or 3xx responses:/ { bad = $NF }
    END { printf "%.1f %.3f %d\n", rps, p99, bad + 0 }' <<<"$out"
}

say "warm-up ($warmup each)…"
for enc in identity gzip; do
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Accept-Encoding: $enc" "$server" >/dev/null
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Accept-Encoding: $enc" "$baseline" >/dev/null
done

printf '%-5s %-8s | %12s %10s | %12s %10s | %7s\n' run encoding "nginx req/s" "p99 ms" \
    "janadesh r/s" "p99 ms" ratio
results="$work/results.txt"
: >"$results"
for run in $(seq "$runs"); do
  for enc in identity gzip; do
    # Alternate who goes first, so a drift in the machine's load falls on both.
    if [ $((run % 2)) -eq 1 ]; then
      read -r n_rps n_p99 n_bad < <(measure "$baseline" "$enc")
      read -r j_rps j_p99 j_bad < <(measure "$server" "$enc")
    else
      read -r j_rps j_p99 j_bad < <(measure "$server" "$enc")
      read -r n_rps n_p99 n_bad < <(measure "$baseline" "$enc")
    fi
    if [ "$n_bad" -ne 0 ] || [ "$j_bad" -ne 0 ]; then
      say "non-2xx answers: nginx $n_bad, janadesh $j_bad (see --keep, wrk.log)"; exit 1
    fi
    ratio=$(awk -v j="$j_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", j / n }')
    printf '%-5s %-8s | %12.1f %10.3f | %12.1f %10.3f | %6.3fx\n' "$run" "$enc" "$n_rps" "$n_p99" \
        "$j_rps" "$j_p99" "$ratio"
    echo "$enc $n_rps $n_p99 $j_rps $j_p99 $ratio" >>"$results"
  done
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo
echo "median of $runs run(s); ratio = janadesh / nginx req/s (target >= 1.0)"
for enc in identity gzip; do
  col() { awk -v e="$enc" -v c="$1" '$1 == e { print $c }' "$results" | median; }
  n_rps=$(col 2); n_p99=$(col 3); j_rps=$(col 4); j_p99=$(col 5)
  ratio=$(awk -v j="$j_rps" -v n="$n_rps" 'BEGIN { printf "%.3f", j / n }')
  range=$(awk -v e="$enc" '$1 == e { print $6 }' "$results" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { print lo "-" hi }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 1.0 ? "ok" : "MISSED") }')
  printf '%-8s | nginx %10.1f req/s p99 %7.3f ms | janadesh %10.1f req/s p99 %7.3f ms | %sx [runs %s] %s\n' \
      "$enc" "$n_rps" "$n_p99" "$j_rps" "$j_p99" "$ratio" "$range" "$verdict"
done
echo "load after: $(uptime)"
