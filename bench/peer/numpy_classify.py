#!/usr/bin/env python3
"""
The peer of the columnar benchmark: the vn-2022-2025 rule (Decree 07/2021/ND-CP) vectorised
with numpy (numpy.where), on the same columns file as bench/columns.ts (see
bench/columns-data.ts for the layout). Run by bench/columns.ts; on its own:

    python3 bench/peer/numpy_classify.py FILE [--repeat 5] [--out categories.u1]

Households: area (0 rural, 1 urban), size, income_cents (household income per month in
hundredths of a dong), 12 answers (0 not deprived, 1 deprived, 2 unknown).

The rule, as in the library:
  income position: 0 if income <= poverty line x size, 1 if <= average ceiling x size, else 2
  deprived = answers == 1, unknown = answers == 2; cut = 3
  cut state: 1 if deprived >= 3, 0 if deprived + unknown < 3, else 2 (either)
  poor: position 0 and cut met; near-poor: position 0 and cut not met; average: position 1;
  above-average: position 2; undetermined: position 0 and cut state 2.

Four variants are timed:
  exact    income_cents <= line x 100 x size in int64 (exact: no rounding anywhere), the
           thresholds read from a table by area and size;
  exactWhere  the same, written directly: np.where(urban, urban line, rural line) x size;
  float64  per-capita income as float64 (income / 100 / size) compared with the line;
  float32  the same in float32 (as a model that stores money as float32 would).
Each prints its best and median time over --repeat runs, and the number of households whose
category differs from the exact variant.

Printed as one JSON object on stdout.
"""
import json
import statistics
import sys
import time

import numpy as np

CATEGORY_TABLE = np.array(
    # index position * 3 + cut state (0 not met, 1 met, 2 either)
    [1, 0, 4,  # position 0: near-poor, poor, undetermined
     2, 2, 2,  # position 1: average
     3, 3, 3],  # position 2: above-average
    dtype=np.uint8,
)
POSSIBLE_TABLE = np.array([0b0010, 0b0001, 0b0011, 0b0100, 0b0100, 0b0100, 0b1000, 0b1000, 0b1000], dtype=np.uint8)
# Lines in dong per person per month by area code: [poverty, average ceiling].
LINES = np.array([[1_500_000, 2_250_000], [2_000_000, 3_000_000]], dtype=np.int64)
CUT = 3


def read_columns(path):
    raw = open(path, 'rb').read()
    if raw[:8] != b'CNCOL001':
        raise SystemExit(f'{path} is not a columns file')
    length = int.from_bytes(raw[8:12], 'little')
    header = json.loads(raw[12:12 + length].decode('utf-8'))
    start = 12 + length
    rows = header['rows']
    columns = {entry['name']: entry for entry in header['columns']}

    def column(name, dtype):
        entry = columns[name]
        return np.frombuffer(raw, dtype=dtype, count=rows, offset=start + entry['offset'])

    first = columns['answer:employment']['offset']
    answers = np.frombuffer(raw, dtype=np.uint8, count=12 * rows, offset=start + first).reshape(12, rows)
    return rows, column('area', np.uint8), column('size', np.uint8), column('income_cents', '<i8'), answers


def counts(answers):
    deprived = (answers == 1).sum(axis=0, dtype=np.uint8)
    unknown = (answers == 2).sum(axis=0, dtype=np.uint8)
    return deprived, unknown


def decide(position, deprived, unknown):
    cut_state = np.where(deprived >= CUT, 1, np.where(deprived + unknown < CUT, 0, 2))
    index = position * 3 + cut_state
    return CATEGORY_TABLE[index], POSSIBLE_TABLE[index]


# Thresholds in hundredths of a dong for the whole household, by area code and size (0-200):
# line x 100 x size, exact in int64.
SIZES = np.arange(201, dtype=np.int64)
THRESHOLDS = [(LINES[:, j][:, None] * 100 * SIZES[None, :]).ravel() for j in range(2)]


def classify_exact(area, size, income_cents, answers):
    deprived, unknown = counts(answers)
    at = area.astype(np.intp) * 201 + size
    position = np.where(income_cents <= THRESHOLDS[0][at], 0, np.where(income_cents <= THRESHOLDS[1][at], 1, 2))
    return decide(position, deprived, unknown) + (deprived, unknown)


def classify_exact_where(area, size, income_cents, answers):
    """The same, written directly with numpy.where: the lines by area, times the size, in int64."""
    deprived, unknown = counts(answers)
    size64 = size.astype(np.int64)
    urban = area == 1
    poverty = np.where(urban, 200_000_000, 150_000_000) * size64
    ceiling = np.where(urban, 300_000_000, 225_000_000) * size64
    position = np.where(income_cents <= poverty, 0, np.where(income_cents <= ceiling, 1, 2))
    return decide(position, deprived, unknown) + (deprived, unknown)


def classify_float(area, size, income_cents, answers, dtype):
    deprived, unknown = counts(answers)
    per_capita = (income_cents.astype(dtype) / dtype(100)) / size.astype(dtype)
    at = area.astype(np.intp)
    position = np.where(per_capita <= LINES[:, 0].astype(dtype)[at], 0, np.where(per_capita <= LINES[:, 1].astype(dtype)[at], 1, 2))
    return decide(position, deprived, unknown) + (deprived, unknown)


def summary(category, deprived, unknown, answers):
    """The figures summarize gives: category counts, the deprivation table, Alkire-Foster."""
    categories = np.bincount(category, minlength=5)
    is_deprived = answers == 1
    poor_or_near = category <= 1
    complete = unknown == 0
    af_poor = complete & (deprived >= CUT)
    return {
        'categories': categories.tolist(),
        'deprived': np.count_nonzero(is_deprived, axis=1).tolist(),
        'unknown': np.count_nonzero(answers == 2, axis=1).tolist(),
        'deprivedAmongPoorOrNearPoor': np.count_nonzero(is_deprived & poor_or_near, axis=1).tolist(),
        'censored': np.count_nonzero(is_deprived & af_poor, axis=1).tolist(),
        'afPopulation': int(np.count_nonzero(complete)),
        'afPoor': int(np.count_nonzero(af_poor)),
        'afSum': int(deprived[af_poor].sum(dtype=np.int64)),
    }


def timed(repeat, run):
    """Wall time and CPU time (process_time: what the process ran, not waits for a busy CPU)."""
    times = []
    cpu = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        start_cpu = time.process_time()
        result = run()
        cpu.append(time.process_time() - start_cpu)
        times.append(time.perf_counter() - start)
    return result, {'best': min(times), 'median': statistics.median(times), 'cpuBest': min(cpu), 'cpuMedian': statistics.median(cpu)}


def main():
    args = sys.argv[1:]
    path = args[0]
    repeat = int(args[args.index('--repeat') + 1]) if '--repeat' in args else 5
    out = args[args.index('--out') + 1] if '--out' in args else None
    rows, area, size, income_cents, answers = read_columns(path)

    (exact_category, _possible, deprived, unknown), exact_time = timed(repeat, lambda: classify_exact(area, size, income_cents, answers))
    (where_category, _p, _d, _u), where_time = timed(repeat, lambda: classify_exact_where(area, size, income_cents, answers))
    (f64_category, _p, _d, _u), f64_time = timed(repeat, lambda: classify_float(area, size, income_cents, answers, np.float64))
    (f32_category, _p, _d, _u), f32_time = timed(repeat, lambda: classify_float(area, size, income_cents, answers, np.float32))

    def classify_and_summarize():
        category, _possible, deprived, unknown = classify_exact(area, size, income_cents, answers)
        return summary(category, deprived, unknown, answers)

    figures, with_summary_time = timed(repeat, classify_and_summarize)
    if out is not None:
        exact_category.tofile(out)
    print(json.dumps({
        'numpy': np.__version__,
        'python': sys.version.split()[0],
        'rows': rows,
        'exact': exact_time,
        'exactWhere': dict(where_time, differ=int(np.count_nonzero(where_category != exact_category))),
        'float64': dict(f64_time, differ=int(np.count_nonzero(f64_category != exact_category))),
        'float32': dict(f32_time, differ=int(np.count_nonzero(f32_category != exact_category))),
        'exactWithSummary': with_summary_time,
        'summary': figures,
    }))


if __name__ == '__main__':
    main()
