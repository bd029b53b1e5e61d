#!/usr/bin/env bash
# Builds the bench module (and the modules it needs) and runs the cold-load benchmark against DuckDB.
#   bench/run-load-bench.sh [--runs N] [--warmup N] [--tally-calls N] [--profile] [--jvm-opt OPT]... [--keep]
# See docs/benchmarks.md for what each scenario does.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"
echo "run-load-bench: building bench (JDK $JAVA_HOME)…" >&2
./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
    package -pl bench -am >&2
jar="$root/bench/target/janadesh-bench.jar"
classpath="$jar:$(cat "$root/bench/target/bench-classpath.txt")"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    org.janadesh.bench.LoadBench "$@"
