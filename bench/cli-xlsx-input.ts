/**
 * Writes the input of bench/cli-xlsx.sh: a commune-style workbook of N households (the review
 * form's Vietnamese headings, ~70% rural, ticks with probability 0.18, 40 villages), the same
 * deterministic mix as bench/sheets.ts. SYNTHETIC data, not real.
 *
 * Usage: npx tsx bench/cli-xlsx-input.ts <households> <out.xlsx>
 */
import { open } from 'node:fs/promises';
import { getRuleSet } from '../src/index.js';
import { streamWorkbook, type WriteCell } from '../src/sheets/index.js';

const households = Number(process.argv[2] ?? 100_000);
const out = process.argv[3] ?? 'ra-soat.xlsx';
const ruleSet = getRuleSet('vn-2022-2025');
const names = ruleSet.indicators.map((indicator) => ruleSet.messages.vi[`indicator.${indicator.id}.name`]!);

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function* rows(): AsyncGenerator<WriteCell[], void, undefined> {
  const next = random(2025);
  yield ['STT', 'Mã hộ', 'Họ tên chủ hộ', 'Thôn', 'Khu vực', 'Số nhân khẩu', 'Thu nhập bình quân đầu người/tháng', ...names, 'Ghi chú'];
  for (let i = 1; i <= households; i++) {
    const rural = next() < 0.7;
    const income = Math.round((rural ? 600_000 : 900_000) + next() * 2_800_000);
    yield [
      i,
      `H${String(i).padStart(6, '0')}`,
      `Chủ hộ ${i}`,
      `Thôn ${1 + Math.floor(next() * 40)}`,
      rural ? 'Nông thôn' : 'Thành thị',
      1 + Math.floor(next() * 7),
      income,
      ...names.map(() => (next() < 0.18 ? 'x' : '')),
      next() < 0.05 ? 'hộ mới tách' : '',
    ];
  }
}

const handle = await open(out, 'w');
try {
  for await (const chunk of streamWorkbook([{ name: 'Hộ gia đình', rows: rows() }])) await handle.write(chunk);
} finally {
  await handle.close();
}
