#!/usr/bin/env bash
# Indexing throughput of the same input with each analyzer, in one run, and the ratios to the project's.
# Usage: bench/index-analyzers.sh [OUT_DIR] [INPUT...]   (default: the 35k news file and the bundled corpus)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-/tmp/tracuu-bench}"
shift || true
INPUTS=("$@")
[ ${#INPUTS[@]} -gt 0 ] || INPUTS=("$ROOT/../shared/data/news-baomoi-2018.jsonl.gz" "$ROOT/corpus/seeds" "$ROOT/corpus/legal")
ARGS=()
for i in "${INPUTS[@]}"; do ARGS+=(--input "$i"); done
echo "date: $(date -u +%FT%TZ); cores: $(nproc); memory: $(free -g | awk '/Mem/ {print $2}') GiB; $("$ROOT/tracuu" --version 2>/dev/null)"
declare -A RATE
for a in vietnamese standard icu; do
  rm -rf "$OUT/$a"
  line=$("$ROOT/tracuu" index --analyzer "$a" "${ARGS[@]}" --index "$OUT/$a" 2>&1 | grep '^tracuu index:')
  echo "$a: ${line#tracuu index: }"
  RATE[$a]=$(echo "$line" | sed -n 's/.* \([0-9.]*\) tài liệu\/s.*/\1/p')
done
for a in standard icu; do
  awk -v v="${RATE[vietnamese]}" -v o="${RATE[$a]}" -v n="$a" 'BEGIN { printf "vietnamese / %s: %.2f× the documents per second\n", n, v / o }'
done
