#!/usr/bin/env bash
# N real OpenSearch 3.9.0 nodes on this machine, each its own JVM, with the analysis-tracuu plugin installed from
# the built zip: for development, demos and the cluster benchmarks, not a production deployment (README).
#   bench/cluster.sh N DATA_DIR [FIRST_HTTP_PORT]      (after ./mvnw -B verify; Ctrl-C or SIGTERM stops every node)
# Prints "node <i> pid <PID> http <port> transport <port>" per node, then waits.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${1:?number of nodes}"; DATA="${2:?data directory}"; HTTP0="${3:-9200}"
JAVA="${JAVA:-$(ls -d /usr/lib/jvm/*25*/bin/java /usr/lib/jvm/*21*/bin/java 2>/dev/null | head -n1)}"
ZIP="$ROOT/cluster/target/plugin/tracuu-opensearch.zip"
CP="$(cat "$ROOT/cluster/target/node.classpath"):$ROOT/cluster/target/test-classes"
[ -f "$ZIP" ] || { echo "cluster.sh: build first (./mvnw -B verify)" >&2; exit 2; }
seeds=(); names=()
for ((i = 0; i < N; i++)); do seeds+=("$((HTTP0 + 100 + i))"); names+=("node-$i"); done
pids=()
trap 'kill "${pids[@]}" 2>/dev/null; wait' INT TERM EXIT
for ((i = 0; i < N; i++)); do
  home="$DATA/node-$i"
  if [ ! -d "$home/plugins/analysis-tracuu" ]; then
    mkdir -p "$home/plugins/analysis-tracuu" "$home/config"
    (cd "$home/plugins/analysis-tracuu" && unzip -q "$ZIP")
  fi
  args=("$home" "node-$i" "$((HTTP0 + i))" "${seeds[$i]}")
  [ "$N" -gt 1 ] && args+=("$(IFS=,; echo "${seeds[*]}")" "$(IFS=,; echo "${names[*]}")")
  "$JAVA" ${NODE_JAVA_OPTS:--Xmx1g} --enable-native-access=ALL-UNNAMED -cp "$CP" vn.tracuu.cluster.LocalNode "${args[@]}" > "$home/node.log" 2>&1 &
  pids+=("$!")
  echo "node $i pid $! http $((HTTP0 + i)) transport ${seeds[$i]}"
done
wait
