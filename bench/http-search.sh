#!/bin/bash
# HTTP benchmark of /api/search beside the /health floor, on the same 2 cores as the server:
#   apt-get install wrk; bench/make-queries.py ../shared/data/news-baomoi-2018.jsonl.gz 3000 > /tmp/tracuu-queries.txt
#   JAVA=... bench/http-search.sh path/to/tracuu.jar INDEX_DIR|CLUSTER_URLS LABEL
# (CLUSTER_URLS: http://127.0.0.1:9200,... serves from an OpenSearch cluster, `serve --opensearch`)
set -u
J=${JAVA:-java}
PORT=${PORT:-7098}
case "$2" in http*) WHERE="--opensearch $2" ;; *) WHERE="--index $2" ;; esac
/usr/bin/time -v $J ${JAVA_OPTS:--Xmx512m} -Dtracuu.root="$(cd "$(dirname "$0")/.." && pwd)" -jar "$1" serve $WHERE --port $PORT > /tmp/http-search.$3.log 2>&1 &
until curl -s localhost:$PORT/health >/dev/null; do sleep 0.5; done
cd "$(dirname "$0")/.."
wrk -t2 -c8 -d10s -s bench/wrk-queries.lua http://127.0.0.1:$PORT > /dev/null   # warm-up
echo "== /api/search, 16 connections, 30 s"
wrk -t2 -c16 -d30s --latency -s bench/wrk-queries.lua http://127.0.0.1:$PORT | grep -E "Latency  |50%|99%|Requests/sec|errors|requests in"
echo "== /health, 16 connections, 10 s"
wrk -t2 -c16 -d10s http://127.0.0.1:$PORT/health | grep -E "Requests/sec"
echo "== /api/search, 1 connection, 20 s"
wrk -t1 -c1 -d20s --latency -s bench/wrk-queries.lua http://127.0.0.1:$PORT | grep -E "50%|99%|Requests/sec"
kill %1 2>/dev/null; pkill -f "serve $WHERE --port $PORT"; sleep 2
grep "Maximum resident" /tmp/http-search.$3.log
