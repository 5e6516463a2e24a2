#!/bin/bash
# Latency of the indicator summaries on a big index: JAVA=... INDEX=DIR bench/summary-latency.sh path/to/tracuu.jar
J=${JAVA:-java}
$J -Xmx2g -jar $1 serve --index ${INDEX:-data/news} --port 7111 > /tmp/sumbench.log 2>&1 &
P=$!
until curl -s localhost:7111/health >/dev/null; do sleep 0.5; done
t() { curl -s -o /tmp/sumbench.$2.json -w "%{time_total} " "localhost:7111$1"; }
echo -n "place (first, then 5): "; for i in 1 2 3 4 5 6; do t "/api/indicators/summary?by=place" p; done; echo
echo -n "subject: "; for i in 1 2 3 4 5 6; do t "/api/indicators/summary?by=subject" s; done; echo
echo -n "anchor search: "; for i in 1 2 3 4 5 6; do t "/api/search?q=chi%20thi%2005" q; done; echo
kill $P; wait $P 2>/dev/null
