#!/usr/bin/env bash
# Builds the bench module (and the modules it needs) and runs the analysis benchmark: every contest
# metric over the TCPD file in Janadesh and in DuckDB SQL, then person linkage at three sizes.
#   bench/run-analysis-bench.sh [--runs N] [--warmup N] [--link-warmup N] [--link-repeats N] [--jvm-opt OPT]... [--keep]
# See docs/benchmarks.md for what each scenario does.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/bin/select-jdk.sh"
janadesh_select_jdk
cd "$root"
echo "run-analysis-bench: building bench (JDK $JAVA_HOME)…" >&2
./mvnw -B -q -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
    package -pl bench -am >&2
jar="$root/bench/target/janadesh-bench.jar"
classpath="$jar:$(cat "$root/bench/target/bench-classpath.txt")"
exec "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -cp "$classpath" \
    org.janadesh.bench.AnalysisBench "$@"
