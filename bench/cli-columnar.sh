#!/usr/bin/env bash
# Throughput and peak memory of the built CLI (dist/cli.cjs) on SYNTHETIC columnar files from
# bench/cli-columnar-data.ts (answer-level households, int64 incomes in hundredths of a đồng —
# not real data). Needs the optional packages apache-arrow and parquet-wasm (npm ci installs them).
#
#   bash bench/cli-columnar.sh                 # 1,000,000 and 3,000,000 rows
#   bash bench/cli-columnar.sh 200000          # other row counts
#
# For each size: Parquet → Parquet, Arrow → Parquet, Parquet → Arrow, and Parquet classified and
# summarised (--by province --summary-json --output-format none: no per-row output, as an analyst
# computing a province's or the country's figures runs it): wall time, rows/s, CPU time and
# peak RSS (/usr/bin/time -v). Each run is repeated (RUNS, default 2) and the best wall time kept.
# Targets (issue 16): Parquet/Arrow → Parquet ≥ 2,000,000 rows/s; peak memory flat from 1M to 3M
# rows; 27,000,000 households classified and summarised in ≤ 30 s (extrapolated from 3M).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=("$@")
((${#SIZES[@]})) || SIZES=(1000000 3000000)
RUNS=${RUNS:-2}
[[ -f dist/cli.cjs ]] || npm run build --silent
DATA="${TMPDIR:-/tmp}/chuan-ngheo-bench"
mkdir -p "$DATA"

echo "node $(node --version), $(nproc) CPU(s), load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
printf '%-10s %-26s %8s %12s %8s %10s\n' rows run 'wall s' 'rows/s' 'cpu s' 'peak RSS'

# run LABEL N ARGS... : best of RUNS
measure() {
  local label=$1 n=$2
  shift 2
  local best="" best_cpu="" best_rss="" log="$DATA/time.log"
  for ((r = 0; r < RUNS; r++)); do
    /usr/bin/time -v node dist/cli.cjs classify "$@" --quiet 2> "$log" > /dev/null || { tail -3 "$log"; return 0; }
    local wall cpu rss
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")
    if [[ -z "$best" ]] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$wall; best_cpu=$cpu; best_rss=$rss; fi
  done
  awk -v n="$n" -v l="$label" -v w="$best" -v c="$best_cpu" -v r="$best_rss" 'BEGIN { printf "%-10s %-26s %8.2f %12.0f %8.2f %7s MB\n", n, l, w, n / w, c, r }'
  if [[ $label == summary* ]]; then awk -v n="$n" -v w="$best" 'BEGIN { printf "%-10s   → 27,000,000 households: %.1f s (linear extrapolation)\n", "", w * 27000000 / n }'; fi
}

for n in "${SIZES[@]}"; do
  pq="$DATA/columnar-$n.parquet"
  ar="$DATA/columnar-$n.arrow"
  [[ -f "$pq" ]] || npx tsx bench/cli-columnar-data.ts --count "$n" --out "$pq"
  [[ -f "$ar" ]] || npx tsx bench/cli-columnar-data.ts --count "$n" --out "$ar"
  measure 'parquet → parquet' "$n" "$pq" --income-scale 2 --ignore-columns province --out "$DATA/out-$n.parquet"
  measure 'arrow → parquet' "$n" "$ar" --income-scale 2 --ignore-columns province --out "$DATA/out-$n.parquet"
  measure 'parquet → arrow' "$n" "$pq" --income-scale 2 --ignore-columns province --out "$DATA/out-$n.arrow"
  measure 'summary (parquet, --by)' "$n" "$pq" --income-scale 2 --by province --summary-json "$DATA/summary-$n.json" --output-format none
  rm -f "$DATA/out-$n.parquet" "$DATA/out-$n.arrow"
done
