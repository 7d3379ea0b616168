#!/usr/bin/env bash
# Throughput and peak memory of the built CLI (dist/cli.cjs) on SYNTHETIC CSVs from
# examples/synthetic.mjs (answer-level, national mix ≈ the 2022 review — not real data).
#
#   npm run bench:cli                 # 1,000,000 and 3,000,000 rows
#   bash bench/cli.sh 200000          # other row counts
#   WORKERS_RUNS=0 bash bench/cli.sh  # without the --workers comparison
#
# For each size: wall time, rows/s, CPU time (user + sys) and peak RSS (/usr/bin/time -v when
# present). Output goes to /dev/null, the summary (--by region --summary) to stderr.
# Then, on each size, --workers 0 against --workers 2 (CSV → JSON Lines and CSV → CSV,
# --by region --summary, output to a file): WORKERS_RUNS (default 3) runs of each, alternating
# back to back so that both see the same load, and the ratio of the median wall times. The
# workers' fixed costs (starting two threads, each loading the bundle: about 0.1–0.2 s) weigh
# less on larger files (target of issue 16: ≥ 1.6× on large files).
# Targets (issue 5): ≥ 150,000 rows/s; peak RSS < 200 MB whatever the row count.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

SIZES=("$@")
((${#SIZES[@]})) || SIZES=(1000000 3000000)
[[ -f dist/cli.cjs ]] || npm run build --silent
DATA="${TMPDIR:-/tmp}/chuan-ngheo-bench"
mkdir -p "$DATA"

echo "node $(node --version), $(nproc) CPU(s), load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
printf '%-10s %9s %12s %9s %14s %10s\n' rows 'wall s' 'rows/s' 'cpu s' 'rows/cpu-s' 'peak RSS'
for n in "${SIZES[@]}"; do
  csv="$DATA/synthetic-$n.csv"
  [[ -f "$csv" ]] || node examples/synthetic.mjs --count "$n" --seed 2022 > "$csv"
  log="$DATA/time-$n.log"
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v node dist/cli.cjs classify "$csv" --by region --summary --quiet > /dev/null 2> "$log" || true
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")
    cpu=$(awk -F': ' '/User time/ { u = $2 } /System time/ { s = $2 } END { print u + s }' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ { printf "%.0f MB", $2 / 1024 }' "$log")
  else
    start=$(date +%s.%N)
    node dist/cli.cjs classify "$csv" --by region --summary --quiet > /dev/null 2> "$log" || true
    wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    cpu=0
    rss="n/a (no /usr/bin/time)"
  fi
  awk -v n="$n" -v w="$wall" -v c="$cpu" -v r="$rss" 'BEGIN { printf "%-10s %9.2f %12.0f %9.2f %14.0f %10s\n", n, w, n / w, c, (c > 0 ? n / c : 0), r }'
  grep -m1 'rows read' "$log" | sed 's/^/  /'
done
# The CSV writer (csv-stringify with formula escaping) on the first size, CPU time only.
n=${SIZES[0]}
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f "%U %S %M" node dist/cli.cjs classify "$DATA/synthetic-$n.csv" --by region --quiet --output-format csv > /dev/null 2> "$DATA/time-csv.log" || true
  awk -v n="$n" 'END { printf "%-10s CSV output: %.2f cpu s, %.0f rows/cpu-s, peak RSS %.0f MB\n", n, $1 + $2, n / ($1 + $2), $3 / 1024 }' "$DATA/time-csv.log"
fi

# --workers 0 against --workers 2, alternating (the machine may be shared: the load is printed with each run).
runs=${WORKERS_RUNS:-3}
if [[ -x /usr/bin/time ]] && ((runs > 0)); then
  for n in "${SIZES[@]}"; do
    csv="$DATA/synthetic-$n.csv"
    for out in jsonl csv; do
      echo "$n rows, CSV → ${out^^}, --workers 0 vs 2 ($runs runs each, alternating):"
      w0=()
      w2=()
      for ((r = 1; r <= runs; r++)); do
        for w in 0 2; do
          /usr/bin/time -f "%e %U %S %M" node dist/cli.cjs classify "$csv" --by region --summary --quiet --workers "$w" --out "$DATA/out-workers.$out" > /dev/null 2> "$DATA/time-workers.log" || true
          read -r wall user sys rss < <(tail -1 "$DATA/time-workers.log")
          printf '  --workers %s: %6.2f s wall, %5.2f cpu s, peak RSS %4.0f MB, load %s\n' "$w" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v m="$rss" 'BEGIN { print m / 1024 }')" "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo n/a)"
          if [[ $w == 0 ]]; then w0+=("$wall"); else w2+=("$wall"); fi
        done
      done
      median() { printf '%s\n' "$@" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
      m0=$(median "${w0[@]}")
      m2=$(median "${w2[@]}")
      awk -v a="$m0" -v b="$m2" 'BEGIN { printf "  median wall: %.2f s (--workers 0), %.2f s (--workers 2): %.2fx\n", a, b, a / b }'
    done
  done
  rm -f "$DATA/out-workers.jsonl" "$DATA/out-workers.csv"
fi
