#!/bin/bash
# Soak: 64 connections for 60 s on a served index, resident memory every 10 s, then the /health floor.
#   JAVA=... INDEX=DIR bench/soak.sh DIR_WITH_tracuu.jar_AND_lib PORT
cd "$(dirname "$0")/.."
${JAVA:-java} -Xmx512m --enable-native-access=ALL-UNNAMED -jar $1/tracuu.jar serve --index ${INDEX:-/tmp/newsZ} --port $2 > /tmp/soak.$2.log 2>&1 < /dev/null &
for i in $(seq 90); do curl -s localhost:$2/health >/dev/null && break; sleep 1; done
PID=$(pgrep -f "port $2")
wrk -t2 -c8 -d10s -s bench/wrk-queries.lua http://127.0.0.1:$2 >/dev/null
echo "== $1"
(for i in 0 1 2 3 4 5 6; do echo -n "$(ps -o rss= -p $PID) "; sleep 10; done; echo) > /tmp/rss.$2.txt &
wrk -t2 -c64 -d60s --latency -s bench/wrk-queries.lua http://127.0.0.1:$2 | grep -E " 50%| 90%| 99%|Requests/sec|errors|requests in|Non-2xx"
sleep 1; echo "rss every 10 s (kB): $(cat /tmp/rss.$2.txt)"
wrk -t2 -c16 -d10s http://127.0.0.1:$2/health | grep Requests/sec
kill $PID; sleep 2
