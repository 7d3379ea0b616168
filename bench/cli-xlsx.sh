#!/usr/bin/env bash
# The built CLI (dist/cli.cjs) on a SYNTHETIC commune workbook: N households .xlsx →
# `chuan-ngheo classify --blank not-deprived --out results.xlsx --summary` → the officers'
# results workbook (results, summary per village, errors). Input made by bench/cli-xlsx-input.ts.
#
#   npm run bench:cli-xlsx            # 100,000 households
#   bash bench/cli-xlsx.sh 20000      # other sizes
#
# Reports wall time, CPU seconds (user + sys), households per CPU second, peak RSS
# (/usr/bin/time -v) and the load average before the run (the machine may be shared: compare CPU
# seconds, not wall time, between runs).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=("$@")
((${#SIZES[@]})) || SIZES=(100000)
[[ -f dist/cli.cjs ]] || npm run build --silent
DATA="${TMPDIR:-/tmp}/chuan-ngheo-bench"
mkdir -p "$DATA"

echo "node $(node --version), $(nproc) CPU(s), load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
printf '%-10s %9s %9s %14s %10s %10s %10s\n' households 'wall s' 'cpu s' 'rows/cpu-s' 'peak RSS' 'in MB' 'out MB'
for n in "${SIZES[@]}"; do
  input="$DATA/commune-$n.xlsx"
  [[ -f "$input" ]] || npx tsx bench/cli-xlsx-input.ts "$n" "$input"
  out="$DATA/results-$n.xlsx"
  log="$DATA/time-xlsx-$n.log"
  echo "  load average before: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
  /usr/bin/time -v node dist/cli.cjs classify "$input" --blank not-deprived --out "$out" --summary --quiet > /dev/null 2> "$log" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
  cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$log")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$log")
  size_in=$(awk -v b="$(stat -c %s "$input")" 'BEGIN { printf "%.1f", b / 1048576 }')
  size_out=$(awk -v b="$(stat -c %s "$out" 2>/dev/null || echo 0)" 'BEGIN { printf "%.1f", b / 1048576 }')
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" -v i="$size_in" -v o="$size_out" 'BEGIN { printf "%-10s %9.2f %9.2f %14.0f %10s %10s %10s\n", n, w, c, (c > 0 ? n / c : 0), r, i, o }'
  grep -m1 'rows read\|dòng đã đọc' "$log" | sed 's/^/  /'
done
