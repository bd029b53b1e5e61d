#!/usr/bin/env bash
# Builds the bench module (and the modules it needs) and runs the live-counting benchmark.
#   bench/run-counting-bench.sh [--runs N] [--warmup N] [--heavy-rounds N] [--jvm-opt OPT]... [--keep]
# See docs/benchmarks.md ("Live counting") for what each scenario does.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"
jvm_opts=()
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --jvm-opt) jvm_opts+=("$2"); shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
echo "run-counting-bench: building bench (JDK $JAVA_HOME)…" >&2
./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
    package -pl bench -am >&2
jar="$root/bench/target/janadesh-bench.jar"
classpath="$jar:$(cat "$root/bench/target/bench-classpath.txt")"
echo "run-counting-bench: load before: $(uptime)" >&2
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED ${jvm_opts[@]+"${jvm_opts[@]}"} \
    -cp "$classpath" org.janadesh.bench.counting.CountingBench ${args[@]+"${args[@]}"}
